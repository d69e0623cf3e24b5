// A press release's "About <organisation>" block is furniture, but when it names the victim it says where the victim is
// (unseen-bank-rw4-pages.ts); a block about anyone else (the security firm that wrote the release) still says nothing.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const RELEASE =
  "FOR IMMEDIATE RELEASE\n\nHalden Imaging provides notice of data security incident\n\nHalden Imaging announced that unauthorized individuals accessed its picture archiving system and the personal information of 112 patients.";

describe("country: the victim's About block", () => {
  it.each([
    ["About Halden Imaging\nHalden Imaging operates four locations in Vermont and New Hampshire.", "US"],
    ["About Halden Imaging\nHalden Imaging runs three scanning centres in Manitoba.", "CA"],
    // A block about another body says nothing of the victim's place.
    ["About Orrin Cyber\nOrrin Cyber is a security firm based in Dublin, Ireland.", null],
  ])("%s", (block, want) => {
    expect(extract("Halden Imaging provides notice of data security incident", `${RELEASE}\n\n${block}`).country).toBe(
      want,
    );
  });
});

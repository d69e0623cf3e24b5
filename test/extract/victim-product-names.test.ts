// A name the article calls a piece of software or a flaw's home ("the Orvane file-transfer software", "a flaw in
// Orvane") is the product the victim was reached through, not a second victim beside it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a product named beside the victim", () => {
  it.each<[string, string, string[]]>([
    [
      "Kestrel says ORVit breach exposed data of 8.5 million patients",
      "Kestrel, a Denver-based company whose patient engagement platform is used by health plans and hospitals, has begun notifying about 8.5 million people that their information was stolen through a flaw in the ORVit Transfer file-sharing software.",
      ["Kestrel"],
    ],
    [
      "Tessmar says QUILLon hack exposed data of 80,000 members",
      "Tessmar, a Boston company whose claims platform is used by health plans, has begun notifying 80,000 members that their details were taken through a vulnerability in the QUILLon file transfer tool.",
      ["Tessmar"],
    ],
  ])("%s", (title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

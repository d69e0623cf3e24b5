// A one-word name fused with its healthcare word, as Nordic and German hospitals are named ("Rigshospitalet",
// "Universitätsklinikum"), joined by "and" to another healthcare name is a victim of its own (intl-i04). A generic word
// before "and" ("Healthcare and Rehabilitation Center") still opens one name.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hacktivists knock hospital websites offline";

describe("victims: a fused one-word healthcare name before 'and'", () => {
  it.each([
    ["Fjordhospitalet", "Kestrel Vale Hospital"],
    ["Nordklinikken", "Harrowmere General Hospital"],
    ["Stadtklinikum", "Kestrel Vale Hospital"],
  ])("%s and %s", (first, second) => {
    const e = extract(T, `A DDoS attack took down the websites of ${first} and ${second} on Sunday, the region said.`);
    expect(e.victim_orgs.sort()).toEqual([first, second].sort());
  });

  it("a generic word before 'and' opens one name", () => {
    expect(
      extract(T, "A DDoS attack took down the website of Healthcare and Rehabilitation Center Kestrel on Sunday.")
        .victim_orgs,
    ).toEqual(["Healthcare and Rehabilitation Center Kestrel"]);
  });
});

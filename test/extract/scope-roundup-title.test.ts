// A roundup's or tracker's title names its topic ("The week in ransomware: ...", "Ransomware victims posted today"), not the kind of attack its items tell: an item
// about data stolen is no ransomware attack for being listed under it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const ITEM = "Harwick Family Clinic in Leeds said on Monday that hackers had stolen patient files.";
describe("scope: a roundup's title is its topic", () => {
  it.each([
    "The week in ransomware: a clinic, a bank and a port",
    "This week in ransomware",
    "The month in ransomware: clinics and councils",
    "Ransomware victims posted in the last 24 hours",
  ])("%s", (title) => {
    expect(extract(title, ITEM).attack_types).toEqual(["data-theft"]);
  });

  it("still reads a headline that tells the attack", () => {
    expect(extract("Ransomware attack on Harwick Family Clinic", ITEM).attack_types).toEqual([
      "ransomware",
      "data-theft",
    ]);
  });
});

// A sentence opening on a time before this incident ("Last month, ...") that names only a victim of another incident tells
// that incident: its group, leak and figures are not this one's. The opening alone dates this incident as often, so a
// sentence that names this victim, or names no other, keeps its facts.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers claim theft of patient files from Corvale Medical Center";
const LEAD =
  "The Nightjar group claimed it stole 300 gigabytes of patient files from Corvale Medical Center this week.";
describe("scope: an earlier account of another named victim", () => {
  it.each([
    `${LEAD} Last month, the LockBit gang leaked data from Ashcombe General Hospital in Leeds.`,
    `${LEAD} Earlier this year, the Akira gang encrypted the servers of Dunmore Valley Hospital and cancelled its operations.`,
    `${LEAD} A few weeks ago, the Qilin group published records stolen from Westhaven Clinic on its leak site.`,
  ])("%s", (text) => {
    const got = extract(T, text);
    expect([got.attacker_groups, got.victim_orgs, got.impact]).toEqual([[], ["Corvale Medical Center"], []]);
  });

  it.each<[string, string[]]>([
    [
      "Corvale Medical Center said the data was taken last week. Last month, the LockBit gang leaked data from Corvale Medical Center.",
      ["data-leaked"],
    ],
    [`${LEAD} Last week, the hackers published some of the files.`, ["data-leaked"]],
  ])("keeps a dated sentence about this victim or naming no other: %s", (text, impact) => {
    expect(extract(T, text).impact).toEqual(impact);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Victims of other incidents named in a clause set in their past (victim-background.ts over clause.ts frameCue).
describe("victims of other incidents named in passing", () => {
  it.each([
    [
      "leaves out the victim of 'the earlier case'",
      "Second practice to close after ransomware",
      "A medical practice says it will close after a ransomware attack. The earlier case was Harlow Family Clinic in Ohio, whose doctors retired. Now Ridgeway Medical Group says it lost all patient records in the attack.",
      ["Ridgeway Medical Group"],
    ],
    [
      "leaves out a victim named in an earlier year",
      "Ransomware hits Ridgeway Medical Group",
      "Ridgeway Medical Group said in 2024 that its records were encrypted. In 2021 the same gang hit Harlow Family Clinic, which paid.",
      ["Ridgeway Medical Group"],
    ],
    [
      "keeps the only victim even when its clause speaks of an earlier case",
      "Practice closes",
      "In an earlier case, Harlow Family Clinic was hit by ransomware and closed.",
      ["Harlow Family Clinic"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

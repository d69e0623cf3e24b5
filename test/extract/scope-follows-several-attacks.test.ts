// "The advice follows several attacks that disrupted care, including the 2024 attack on X": what a piece of news follows
// is a run of other incidents, told in the same sentence, so the one it names is background, not this article's victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD =
  "Health boards should test their backups every year and keep paper forms ready, according to new guidance on cyber resilience.";

describe("scope: a sentence on the run of attacks a piece follows", () => {
  it.each([
    "The guidance follows several attacks that disrupted care, including the 2023 attack on Kelmoor Pathology by the Drava gang, which forced hospitals to cancel operations.",
    "It comes after a series of ransomware attacks on hospitals, among them the breach at Tarrant Vale Hospital claimed by the Drava gang.",
    "The advice followed a wave of incidents, including the Drava gang's attack on Kelmoor Pathology, which cancelled thousands of appointments.",
  ])("%s", (sentence) => {
    const e = extract("New cyber guidance for health boards", `${LEAD}\n\n${sentence}`);
    expect([e.relevant, e.victim_orgs]).toEqual([false, []]);
  });

  it("keeps an attack told after the run it follows in its own sentence", () => {
    const e = extract(
      "Kelmoor Hospital hit by ransomware",
      "Kelmoor Hospital cancelled operations on Monday after a ransomware attack encrypted its servers. The attack follows several others on hospitals in the region this year.",
    );
    expect([e.relevant, e.victim_orgs]).toEqual([true, ["Kelmoor Hospital"]]);
  });
});

// Another incident told as the victim's or its sector's history ("the second major incident involving an NHS software
// supplier in a year: in 2022 ...") is background, and so is the next sentence when it points back at it with "that
// attack" ("LockBit was later blamed for that attack"): the group and the kind belong to the other incident.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Harwick Records, supplier to ambulance trusts";
const LEAD =
  "A cyber attack on Harwick Records has left two ambulance trusts unable to use their patient record system.";
describe("scope: history told through 'involving' and 'that attack'", () => {
  it.each([
    "It is the second major incident involving an NHS software supplier in a year: in 2022, a ransomware attack on Brandt Systems took down its records. LockBit was later blamed for that attack.",
    "It is the third attack involving a health supplier in two years. Investigators blamed Akira for that attack within days.",
  ])("%s", (more) => {
    const e = extract(T, `${LEAD} ${more}`);
    expect([e.attacker_groups, e.attack_types]).toEqual([[], ["unknown"]]);
  });

  it("reads 'that attack' after a sentence about this one", () => {
    expect(extract(T, `${LEAD} Akira later claimed that attack.`).attacker_groups).toEqual(["Akira"]);
  });
});

// A group named as a comparison ("the hallmarks of X") and then said in its own apposition to be behind the attack, as
// reported ("which is believed to be behind it"), is the attacker; an apposition about another attack is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack at Larchmont Hospital";
const LEAD = "Larchmont Hospital was hit by a cyberattack on Monday.";

describe("attackers: a compared group whose apposition reports it behind the attack", () => {
  it.each([
    [
      "believed to be behind it",
      `${LEAD} Experts said the attack bears the hallmarks of the Conti ransomware group, which is believed to be behind it.`,
      ["Conti"],
    ],
    [
      "thought to have been behind the attack",
      `${LEAD} The intrusion has the hallmarks of Conti, which is thought to have been behind the attack.`,
      ["Conti"],
    ],
    [
      "an apposition about another attack",
      `${LEAD} The intrusion has the hallmarks of the Conti group, which was behind an attack on a school last year.`,
      [],
    ],
  ])("%s", (_label, body, want) => {
    expect(extract(T, body).attacker_groups).toEqual(want);
  });
});

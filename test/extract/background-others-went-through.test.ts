// Other bodies of the victim's kind told as the subject of what they went through ("Other health systems have had a
// hard year.") announce other incidents: the dated account after it in its paragraph ("In August, X diverted ambulances
// after a Hive attack") is background, its group, victim, attack type and impact not this incident's (us-e03).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack disrupts Ashgrove Regional Hospital";
const LEAD = "Ashgrove Regional Hospital said a cyberattack took its phone system offline on Monday.";

describe("background: other bodies told as going through their own incidents", () => {
  it.each([
    [
      "'have had a hard year', then a month opening the next sentence",
      `${LEAD} Other health systems have had a hard year. In August, Birchfield Medical Center in Maine diverted ambulances after an attack by the Hive group.`,
    ],
    [
      "'in the region have fared worse', then a month and year",
      `${LEAD} Other hospitals in the region have fared worse. In May 2021, the Conti gang encrypted servers at Larkin Health System and forced it to divert ambulances.`,
    ],
    [
      "'have also suffered', then a year",
      `${LEAD} Other providers across the state have also suffered. In 2022, Hive ransomware diverted ambulances from Birchfield Medical Center.`,
    ],
  ])("%s", (_label, body) => {
    const e = extract(T, body);
    expect([e.attacker_groups, e.victim_orgs, e.attack_types, e.impact]).toEqual([
      [],
      ["Ashgrove Regional Hospital"],
      ["unknown"],
      ["systems-offline"],
    ]);
  });

  it("other hospitals that 'have had to' take the victim's patients tell this incident", () => {
    const e = extract(
      T,
      `${LEAD} Other hospitals in the county have had to take in its patients. In March, the Hive group claimed the attack.`,
    );
    expect(e.attacker_groups).toEqual(["Hive"]);
  });
});

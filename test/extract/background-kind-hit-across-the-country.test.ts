// Bodies of the victim's kind told across a whole place as having been hit ("Hospitals across the country have been hit
// this fall.") announce other incidents: the dated account after it in its paragraph ("In September, X shut down its
// systems after a ransomware attack") is background, its group, victim, attack type and impact not this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack disrupts Ashgrove Regional Hospital";
const LEAD = "Ashgrove Regional Hospital said a cyberattack took its phone system offline on Monday.";

describe("background: a kind of body hit across a place, then a dated account", () => {
  it.each([
    [
      "'across the country have been hit', then a month",
      `${LEAD} Hospitals across the country have been hit this fall. In September, Larkin Health System shut down computer systems at its 30 facilities after a ransomware attack.`,
    ],
    [
      "'nationwide have been targeted', then a month and a group",
      `${LEAD} Health systems nationwide have been targeted this year. In June, the Hive group forced Birchfield Medical Center to divert ambulances.`,
    ],
    [
      "'around the state have also been attacked', then a year",
      `${LEAD} Clinics around the state have also been attacked. In 2022, ransomware encrypted the servers of Larkin Family Clinic and it cancelled appointments.`,
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
});

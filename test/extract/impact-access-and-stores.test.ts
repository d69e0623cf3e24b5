// Impact told as what staff lack ("no access to the electronic patient record") and as shops shut ("shut all of its
// stores"), patients of a kind sent elsewhere ("expectant mothers"), "doing everything on paper"; what the attackers could
// not reach is no outage, and an earlier attack on the same victim, or one this attack is compared with ("echoes the
// 2021 strike on X"), keeps its effects.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("impact: access lost, stores shut, the same victim's earlier attack", () => {
  it.each<[string, string, ImpactType[]]>([
    [
      "staff with no access to the record",
      "Nurses at Kestrel Hospital have had no access to the electronic patient record since the ransomware attack.",
      ["systems-offline"],
    ],
    [
      "clinicians left with no access to scans",
      "After the cyber attack, Kestrel Clinic's radiologists were left with no access to the imaging system for two days.",
      ["systems-offline"],
    ],
    [
      "the attackers had no access",
      "Kestrel Hospital said the hackers had no access to its patient records systems during the cyber attack.",
      [],
    ],
    [
      "no access to a person is no outage",
      "Kestrel Hospital said after the cyber attack that the press had no access to the chief executive.",
      [],
    ],
    [
      "a pharmacy chain shut its stores",
      "Kestrel Pharmacy shut all of its stores for two days after a ransomware attack on its head office.",
      ["services-closed"],
    ],
    [
      "outlets closed",
      "Kestrel Opticians said its outlets were closed on Monday after a cyber attack.",
      ["services-closed"],
    ],
    [
      "stores that stayed open",
      "Kestrel Pharmacy said its stores were not closed after the cyber attack on its head office.",
      [],
    ],
    [
      "an earlier attack on the same health system",
      "Hackers copied invoices from Kestrel Health. In 2022, a ransomware attack on the same health system forced it to divert ambulances.",
      [],
    ],
    [
      "expectant mothers sent to another hospital",
      "Expectant mothers were sent to Northfield General Hospital to give birth after the cyber attack at Kestrel Hospital.",
      ["ambulance-diversion"],
    ],
    [
      "casualties taken elsewhere",
      "Casualties were taken to Ridgeway Infirmary instead while Kestrel Hospital's systems were down after the cyber attack.",
      ["ambulance-diversion", "systems-offline"],
    ],
    [
      "doing everything on paper",
      "'We are doing everything on paper,' a nurse at Kestrel Hospital said after the cyber attack.",
      ["paper-records"],
    ],
    ["carried on on paper", "Kestrel Clinic carried on on paper for a week after the cyber attack.", ["paper-records"]],
    [
      "an attack compared with another",
      "Hackers stole files from Kestrel Clinic. The attack echoes the 2021 strike on Harlow Vale Health, which forced it to cancel surgeries.",
      [],
    ],
    [
      "an attack reminiscent of another",
      "Hackers stole files from Kestrel Clinic, in a breach reminiscent of the attack on Harlow Vale Health that took its phones down.",
      [],
    ],
    [
      "caesarean sections postponed",
      "Planned caesarean sections at Kestrel Hospital were postponed after the cyber attack.",
      ["operations-cancelled"],
    ],
    [
      "C-sections moved",
      "Kestrel Hospital rescheduled 14 C-sections after the cyber attack.",
      ["operations-cancelled"],
    ],
  ])("%s", (_name, text, impact) => {
    expect(extract("Cyber attack on Kestrel", text).impact).toEqual(impact);
  });
});

// Effects told with a figure before their noun ("rescheduled about 1,200 appointments"), patients "directed" to a named
// hospital, work on paper with a coordinated object ("writing prescriptions and reports on paper"), and online ordering
// or booking out of action.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Mapleford Hospital";
const LEAD = "Mapleford Hospital was hit by a cyber attack last week. ";

describe("impact told in these shapes", () => {
  it.each<[string, string, ImpactType[]]>([
    [
      "'about' and a figure with a comma before the noun",
      "The attack forced it to reschedule about 1,200 appointments.",
      ["appointments-cancelled"],
    ],
    ["'over' and a figure", "After the attack the hospital postponed over 300 operations.", ["operations-cancelled"]],
    [
      "a figure with a comma alone",
      "The hospital rescheduled 1,400 scans after the attack.",
      ["appointments-cancelled"],
    ],
    ["'about' as a preposition still starts another phrase", "The board cancelled talks about appointments.", []],
    [
      "patients directed to a named hospital",
      "Expectant mothers were directed to Harwell Vale Hospital while systems were down.",
      ["ambulance-diversion", "systems-offline"],
    ],
    [
      "patients directed to a door of the hospital itself",
      "Patients were directed to the hospital's side entrance.",
      [],
    ],
    [
      "two things written on paper",
      "Doctors went back to writing prescriptions and reports on paper.",
      ["paper-records"],
    ],
    ["the idiom 'on paper'", "On paper, the plan and its budget looked fine.", []],
    [
      "online ordering unavailable",
      "Online prescription ordering was unavailable for most of Monday.",
      ["systems-offline"],
    ],
    ["a booking system down", "Its booking system was down for two days.", ["systems-offline"]],
  ])("%s", (_shape, text, impact) => {
    expect(extract(HIT, LEAD + text).impact).toEqual(impact);
  });
});

// A dated opening ("In 2023", "Earlier this year", "Last month") that tells an attack on a body named indefinitely ("the
// X gang claimed an attack on a Houston-area hospital") is another incident: this story's victim is named, so its group, leak and impact are the other
// one's. So is the clause after a sentence's announcement of attacks on other bodies ("Cyberattacks have forced other
// hospitals onto diversion in recent years; in 2023, ..."). A definite object ("the attack on the hospital") is this one.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const T = "Cyberattack disrupts Ashgrove Regional Hospital";
const LEAD = "Ashgrove Regional Hospital in Texas said a cyberattack took its phone system offline on Monday.";

describe("background: a dated attack on a body told indefinitely", () => {
  it.each<[string, string, string[], ImpactType[]]>([
    [
      "a year, a gang's claim on 'a Houston-area hospital'",
      `${LEAD} In 2023, the Akira gang claimed an attack on a Houston-area hospital that diverted ambulances for days.`,
      [],
      ["systems-offline"],
    ],
    [
      "a month and year, hackers hit 'a dialysis clinic'",
      `${LEAD} In March 2022, Akira hackers hit a dialysis clinic in Ohio and published its files.`,
      [],
      ["systems-offline"],
    ],
    [
      "attacks on other hospitals announced, then a dated clause after a semicolon",
      `${LEAD} Cyberattacks have forced other Texas hospitals onto diversion in recent years; in 2023, the Akira gang claimed an attack on a hospital near Houston.`,
      [],
      ["systems-offline"],
    ],
    [
      "'Earlier this year', a gang's claim on 'a Florida billing company'",
      `${LEAD} Earlier this year the Akira gang claimed an attack on a Florida billing company.`,
      [],
      ["systems-offline"],
    ],
    [
      "'Last month', hackers struck 'a pediatric clinic'",
      `${LEAD} Last month, Akira hackers struck a pediatric clinic in Utah and posted its files.`,
      [],
      ["systems-offline"],
    ],
    [
      "a definite object is this attack",
      `${LEAD} In March, the Akira gang claimed the attack on the hospital.`,
      ["Akira"],
      ["systems-offline"],
    ],
  ])("%s", (_label, body, attackers, impact) => {
    const e = extract(T, body);
    expect([e.attacker_groups, e.victim_orgs, e.impact]).toEqual([attackers, ["Ashgrove Regional Hospital"], impact]);
  });
});

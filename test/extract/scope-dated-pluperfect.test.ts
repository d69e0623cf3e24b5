// A dated opening told in the pluperfect ("In 2021, an attack on X had already alarmed regulators") is set before the
// story's time: another incident, whose group, ransom and effects are not this one's; a "had" inside reported speech
// ("In July, the clinic said hackers had stolen files") still tells this one. "It is also the latest in a string of
// attacks" announces the dated account after it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Kestrel Clinic said on Monday that hackers stole patient files from its network.";

describe("a dated pluperfect opening tells another incident", () => {
  it.each<[string, string, string[], string, string[]]>([
    [
      "a year, another body's attack and its group's demand",
      `${LEAD} In 2021, the attack on Fenmoor Hospital, for which the Conti gang demanded $5 million, had already alarmed regulators.`,
      [],
      "not-mentioned",
      [],
    ],
    [
      "'only in' a month, another body on paper",
      `${LEAD} Only in March, a ransomware attack on Harlow General Hospital had forced its staff onto paper, and police suspected the Akira gang.`,
      [],
      "not-mentioned",
      [],
    ],
    [
      "the attack told after the verb",
      `${LEAD} In 2021 the region's booking portal had been knocked out by an attack attributed to the Akira group.`,
      [],
      "not-mentioned",
      [],
    ],
    [
      "the story's lead tells its own incident, however dated",
      `In March, Kestrel Clinic's servers had been encrypted by a ransomware attack, the Akira group said on its site.`,
      ["Akira"],
      "not-mentioned",
      [],
    ],
    [
      "the pluperfect in reported speech tells this incident",
      `In July, Kestrel Clinic said hackers had stolen patient files and that the Rhysida gang had posted them online.`,
      ["Rhysida"],
      "not-mentioned",
      ["data-leaked"],
    ],
    [
      "'is also the latest in a string' announces the dated account after it",
      `${LEAD} It is also the latest in a string of attacks on clinics. In 2022, hackers stole the data of Fenmoor Dental and published it online.`,
      [],
      "not-mentioned",
      [],
    ],
  ])("%s", (_name, text, attackers, ransom, impact) => {
    const e = extract("Clinic hit by hackers", text);
    expect([e.attacker_groups, e.ransom.status, e.impact]).toEqual([attackers, ransom, impact]);
  });
});

describe("a dated pluperfect about a person's own history is not another incident", () => {
  it("keeps an insider's earlier suspension with the story", () => {
    const e = extract(
      "Health region dismisses employee",
      "An employee of Fenmoor Health Region was dismissed after an audit found she had looked through the files of 14 patients without a reason. In May she had already been suspended for viewing the records of two patients.",
    );
    expect(e.relevant).toBe(true);
  });
});

// A sentence opening on a relative date ("Earlier this year", "Earlier this month") whose subject is a body told
// indefinitely ("a Melbourne cardiology practice", "an eye clinic in Leeds") tells another body's incident, as a year's
// opening does ("In 2023, a medical group ..."): its figures, group and ransom are not this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack hits Ferncliff District Hospital";
const LEAD = "Ferncliff District Hospital shut down its computer systems after a ransomware attack on Tuesday. ";

describe("scope: a relative date opening on another body", () => {
  it.each([
    [
      "a practice whose patient count is given",
      "Earlier this year a Perth cardiology practice had the files of 12,000 patients scrambled in an attack.",
      { people: null, attackers: [] },
    ],
    [
      "a clinic named by its town, with a group",
      "Earlier this month, an eye clinic in Leeds said the Akira gang had stolen the records of 8,400 patients.",
      { people: null, attackers: [] },
    ],
    [
      "the victim itself dated the same way stays",
      "Earlier this month, the hospital said hackers had taken the records of 8,400 patients.",
      { people: 8400, attackers: [] },
    ],
  ])("%s", (_name, sentence, want) => {
    const got = extract(T, LEAD + sentence);
    expect({ people: got.people_affected, attackers: got.attacker_groups }).toEqual(want);
  });
});

// A sentence opening on a month alone and an attack told indefinitely ("In March, a cyberattack on X forced it to ...")
// tells another incident, as "in a 2019 attack" does: a body named only there is not a victim beside the one the story
// names elsewhere. A victim named in the story's own sentences too stays, and so does a body the month's sentence tells
// hit with no such attack noun ("In July, X was hit by ransomware too": scope-announced-earlier-attacks.test.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware forces Tarnow Regional Hospital to shut down computers";
const LEAD =
  "Tarnow Regional Hospital switched off its computer network on Saturday after ransomware encrypted its servers.";

describe("victims: a body named only in a sentence opening on a month alone is another incident's", () => {
  it.each<[string, string, string[]]>([
    [
      "'In March,' an attack on another hospital",
      `${LEAD} In March, a cyberattack on Brenner University Hospital forced it to postpone operations.`,
      ["Tarnow Regional Hospital"],
    ],
    [
      "'In October ,' with a space before the comma, 'a data breach at'",
      `${LEAD} In October , a data breach at Selby Heart Clinic exposed the records of 4,000 patients .`,
      ["Tarnow Regional Hospital"],
    ],
    [
      "'In June,' 'a ransomware attack against' another clinic",
      `${LEAD} In June, a ransomware attack against Oakmere Dental Group closed its offices for a week.`,
      ["Tarnow Regional Hospital"],
    ],
    [
      "a body told hit with no attack noun after the month stays",
      `${LEAD} In June, Oakmere Dental Group was hit by ransomware too.`,
      ["Tarnow Regional Hospital", "Oakmere Dental Group"],
    ],
    [
      "the story's own victim named in the month's sentence stays",
      `${LEAD} In March, Tarnow Regional Hospital had warned staff about phishing emails.`,
      ["Tarnow Regional Hospital"],
    ],
    [
      "a second victim named elsewhere too stays",
      `${LEAD} Kelso Community Clinic, which shares its network, said its systems were also encrypted. In March, Kelso Community Clinic opened a new wing.`,
      ["Tarnow Regional Hospital", "Kelso Community Clinic"],
    ],
  ])("%s", (_label, body, victims) => {
    expect(extract(T, body).victim_orgs).toEqual(victims);
  });
});

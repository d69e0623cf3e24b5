// A sentence opening on a month alone ("In March, a cyberattack on X forced it to ...") tells another time than the
// story's own days: a body named only there is another incident's victim beside the one the story names elsewhere. A
// victim named in the story's own sentences too stays, and a month with its day ("On March 3, ...") is no such opening.
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
      "'In October ,' with a space before the comma",
      `${LEAD} In October , hackers hit Selby Heart Clinic and published its files .`,
      ["Tarnow Regional Hospital"],
    ],
    [
      "'In June,' another clinic's breach",
      `${LEAD} In June, Oakmere Dental Group reported a data breach affecting 4,000 patients.`,
      ["Tarnow Regional Hospital"],
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

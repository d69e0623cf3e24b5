// A sentence that sets this attack in a run of others ("one of several this year", "the latest in a string of") or counts
// it as the victim's second announces earlier attacks: the dated sentence right after it ("In July, ...", "In 2023, ...")
// tells one of them, so its victim, group and figures are not this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Pine Ridge Hospital in Dayton, Ohio, was hit by ransomware on Tuesday and moved to paper records.";

describe("scope: the dated account after an announcement of earlier attacks", () => {
  it.each<[string, string, string[]]>([
    [
      "one of several, then a month",
      `${LEAD} The attack is one of several against Ohio hospitals this year. In July, Cedar Falls Medical Center in Akron was hit by ransomware.`,
      ["Pine Ridge Hospital"],
    ],
    [
      "the latest in a string, then a year",
      `${LEAD} It was the latest in a string of attacks on the state's hospitals. In 2022, Lakeshore Regional Hospital in Toledo was hit by the Hive gang.`,
      ["Pine Ridge Hospital"],
    ],
    [
      "a month with no announcement before it stays this story's",
      `${LEAD} In July, Cedar Falls Medical Center in Akron was hit by ransomware too.`,
      ["Pine Ridge Hospital", "Cedar Falls Medical Center"],
    ],
  ])("victims: %s", (_name, text, victims) => {
    expect(extract("Ohio hospital hit by ransomware", text).victim_orgs).toEqual(victims);
  });

  it.each<[string, string]>([
    [
      "the victim's second attack in a year",
      `${LEAD} It is the second attack on Pine Ridge in a year. In 2023, the Akira gang claimed it stole 2 TB of data from the hospital, and Pine Ridge later notified about 90,000 people.`,
    ],
    [
      "the second in two years, a month opening",
      `${LEAD} It is the hospital's second cyberattack in two years. In March, the Akira gang said it took 2 TB of files from Pine Ridge, which later notified about 90,000 patients.`,
    ],
  ])("group and figures: %s", (_name, text) => {
    const e = extract("Ohio hospital hit by ransomware", text);
    expect([e.attacker_groups, e.people_affected, e.data_volume_bytes]).toEqual([[], null, null]);
  });
});

// Other newsrooms head their lists of links to other stories in their own words ("More on this story:", "Lesen Sie
// auch:", "Sur le même sujet"): the items under them are other stories, whose victims, groups and leaks are not this one's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Kestrel Clinic said on Monday that hackers stole patient files from its network.\n\n";

describe("a link list under another newsroom's header is not the story", () => {
  it.each<[string, string]>([
    ["More on this story:", "- Fenmoor Hospital says hackers published stolen patient data"],
    ["Lesen Sie auch:", "- Klinikum Harlow: LockBit veröffentlicht gestohlene Patientendaten"],
    ["Sur le même sujet", "- Hôpital de Fenmoor : LockBit publie les données des patients"],
  ])("%s", (header, item) => {
    const e = extract("Clinic hit by hackers", `${LEAD}${header}\n${item}\n- Health minister visits new ward`);
    expect([e.victim_orgs, e.attacker_groups, e.impact]).toEqual([["Kestrel Clinic"], [], []]);
  });
});

// Dev articles reworded a second time for the attack-type, impact and relevance fields (unseen-bank-rw2-attacks.ts):
// the same facts told in other words must give the dev labels. Cases the extractor still gets wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { RW2_ATTACKS_BANK } from "./unseen-bank-rw2-attacks";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (30 cases: 23 relevant, 7 not relevant; 25/30 before any fix, 26/30 once a label slip of the bank was
  // corrected: attacks-rw2-a036 had dropped the dev text's "ransomware attack" but kept its label).
  "attacks-rw2-a007":
    "attacks/impact: 'a second gang, RansomHub, said it holds ... data' (an apposition between subject and verb) and 'has begun leaking it' (a pronoun for the data) read as no theft and no leak",
  "attacks-rw2-a068":
    "attacks: 'copying HMR's data' (a gerund) is no theft; impact: systems 'running again by the end of the day' is no outage",
  "attacks-rw2-b204":
    "impact: 'driven to a hospital in Wuppertal, 20 miles away' (a place between the hospital and its distance) is no diversion",
  "attacks-rw2-b108": "impact: 'health centers shut network' (a transitive 'shut' with a systems object) read as centres closed",
};

describeBank(
  "second attack and impact rewordings of dev articles: each case matches its dev labels",
  RW2_ATTACKS_BANK,
  KNOWN_GAPS,
);

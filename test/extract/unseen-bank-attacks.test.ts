// The attack-type bank (unseen-bank-attacks.ts): each case must match its labels; cases the extractor still gets wrong are
// listed in KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until
// its entry is removed.
import { ATTACKS_BANK } from "./unseen-bank-attacks";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "at1-extent-compromised":
    "relevance: a victim named only with 'Organ Network' and described as 'a Kansas nonprofit' is not read as healthcare",
  "at1-in-hand": "relevance: 'Aesthetic Clinics' (plural head) not read as a healthcare victim",
  "at1-sitting-on": "relevance: 'Home Care' as the object of 'taken from' not read as the victim",
};

describeBank("attack-type bank: each case matches its labels", ATTACKS_BANK, KNOWN_GAPS);

// The reworded victims bank (unseen-bank-rw-victims.ts): dev articles told again with the victim moved around. Cases the
// extractor still gets wrong are listed in KNOWN_GAPS with their class of failure and run as expected failures, so
// fixing one makes this file fail until its entry is removed.
import { BANK_RW_VICTIMS } from "./unseen-bank-rw-victims";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (37 cases; 23 passed before any fix, 35 after).
  "qv-rw-a050":
    "type: the pharmacies disrupted by a clearing house's outage type it pharmacy (no description of the victim itself; dev too)",
  "qv-rw-a120":
    "victims: a supplier whose name is a common word, described only as 'Software supplier' and by the NHS service that relies on its system, is missed (dev too)",
};

describeBank("reworded victims bank: each case matches its dev labels", BANK_RW_VICTIMS, KNOWN_GAPS);

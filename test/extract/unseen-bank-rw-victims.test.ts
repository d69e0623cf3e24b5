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
  // Round 2 (12 cases, written after round 1's fixes; 9 passed before any fix, none fixed yet).
  "qv-rw-b213":
    "victims: a regulator's notice names the software supplier only as the object of the fine ('has fined X over ... the 2022 ransomware attack'), with no healthcare description beside it, so not relevant",
  "qv-rw-b206":
    "victims: a hospital centre named by its town and a lower-case noun ('the Armentières hospital center') is kept only when named twice",
};

describeBank("reworded victims bank: each case matches its dev labels", BANK_RW_VICTIMS, KNOWN_GAPS);

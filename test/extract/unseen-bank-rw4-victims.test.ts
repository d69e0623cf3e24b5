// The fourth reworded victims bank (unseen-bank-rw4-victims.ts). Cases the extractor still gets wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { BANK_RW4_VICTIMS } from "./unseen-bank-rw4-victims";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (18 cases; 12 passed before any fix, 15 after; b237 had lost its place in the rewording and was mended).
  "victims-rw4-b211":
    "country: no place named, the regulator told ('informed the Information Commissioner') read as the UK's (the dev article does the same)",
  "victims-rw4-b307":
    "country: no place named, 'Social Security numbers' of employees read as the US (the dev article does the same)",
  "victims-rw4-b116":
    "type: a company described as 'a life sciences and biotechnology company' whose lab business is told only by a subsidiary's name ('Enzo Clinical Labs') and 'laboratory specimens'",
  // Round 2 (10 cases, written after round 1's fixes; 8 passed before any fix, 9 after).
  "victims-rw4-b302":
    "victims: the victim named only at the head of its own quoted post ('X's health authority confirmed ... : \u201cRegion H the hospitals' websites are down\u201d'), elsewhere 'the health authority'",
};

describeBank("fourth reworded victims bank: each case matches its dev labels", BANK_RW4_VICTIMS, KNOWN_GAPS);

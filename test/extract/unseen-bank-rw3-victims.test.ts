// The third reworded victims bank (unseen-bank-rw3-victims.ts). Cases the extractor still gets wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { BANK_RW3_VICTIMS } from "./unseen-bank-rw3-victims";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (18 cases; 13 passed before any fix, 15 after; b108 mended in the fourth round).
  "victims-rw3-b323":
    "victims: a fraud told from the victim's statement ('the money it was tricked out of'); the building a mistaken payment was for ('a construction company working on the X Institute') taken as the victim",
  "victims-rw3-a029":
    "victims: a gang's campaign told before a colon ('affiliates keep going after healthcare: KHO, a German hospital network, recently reported ...'): the example victim stands in a sentence of its own",
  // Round 2 (10 cases, written after round 1's fixes; 7 passed before any fix, 9 after; a055 mended in the fourth round).
};

describeBank("third reworded victims bank: each case matches its dev labels", BANK_RW3_VICTIMS, KNOWN_GAPS);

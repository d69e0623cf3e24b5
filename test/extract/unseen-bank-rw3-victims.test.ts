// The third reworded victims bank (unseen-bank-rw3-victims.ts). Cases the extractor still gets wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { BANK_RW3_VICTIMS } from "./unseen-bank-rw3-victims";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {};

describeBank("third reworded victims bank: each case matches its dev labels", BANK_RW3_VICTIMS, KNOWN_GAPS);

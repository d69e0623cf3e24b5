// The victims bank (unseen-bank-victims.ts): victim names and types as other newsrooms write them. Cases the extractor
// still gets wrong are listed in KNOWN_GAPS with their class of failure and run as expected failures.
import { BANK_VICTIMS } from "./unseen-bank-victims";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {};

describeBank("unseen victims bank: each case matches its labels", BANK_VICTIMS, KNOWN_GAPS);

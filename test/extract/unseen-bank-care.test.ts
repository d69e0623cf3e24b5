// The care bank (unseen-bank-care.ts): relevance, impact on care, attack types and country as other newsrooms write
// them. Each case must match its labels; cases the extractor still gets wrong are listed in KNOWN_GAPS with their class
// of failure and run as expected failures, so fixing one makes this file fail until its entry is removed.
import { CARE_BANK } from "./unseen-bank-care";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {};

describeBank("care bank: each case matches its labels", CARE_BANK, KNOWN_GAPS);

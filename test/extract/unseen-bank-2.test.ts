// The second bank of unseen-shaped excerpts (unseen-bank-2.ts): ransom and victims as other newsrooms write them. Each
// case must match its labels field by field; cases the extractor still gets wrong are listed in KNOWN_GAPS with their
// class of failure and run as expected failures, so fixing one makes this file fail until its entry is removed.
import { BANK_2 } from "./unseen-bank-2";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "u2-law-firm": "relevance: a law firm whose clients are hospitals read as a healthcare victim",
};

describeBank("unseen bank 2: each case matches its labels", BANK_2, KNOWN_GAPS);

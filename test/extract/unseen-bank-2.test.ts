// The second bank of unseen-shaped excerpts (unseen-bank-2.ts): ransom and victims as other newsrooms write them. Each
// case must match its labels field by field; cases the extractor still gets wrong are listed in KNOWN_GAPS with their
// class of failure and run as expected failures, so fixing one makes this file fail until its entry is removed.
import { BANK_2 } from "./unseen-bank-2";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "u2-hospital-and-nursing-home": "type: two victims of different types",
  "u2-notice-letter": "type: a paediatrics practice ('Pediatrics' in the name) is not typed clinic",
  "u2-letter-vendor": "type: a practice's vendor typed over the practice that writes the letter",
  "u2-doctor-practice": "type: a doctor's practice named 'Family Care of X' is not typed primary-care",
  "u2-ransom-had-been-paid": "type: a health authority the text does not say runs hospitals (the label is debatable)",
  "u2-law-firm": "relevance: a law firm whose clients are hospitals read as a healthcare victim",
};

describeBank("unseen bank 2: each case matches its labels", BANK_2, KNOWN_GAPS);

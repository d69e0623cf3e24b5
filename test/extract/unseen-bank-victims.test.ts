// The victims bank (unseen-bank-victims.ts): victim names and types as other newsrooms write them. Cases the extractor
// still gets wrong are listed in KNOWN_GAPS with their class of failure and run as expected failures.
import { BANK_VICTIMS } from "./unseen-bank-victims";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "v1-vendor-customers":
    "victims: a customer named as one affected by its vendor's outage ('Among them was X') is listed",
  "v2-affiliated-nursing-home":
    "victims: a name after its description and a comma ('its affiliated nursing home, Tarrow Manor') is missed",
  "v3-gp-federation": "victims: 'GP' is no health word of a name ('Norfolk GP surgery' would become a name)",
  "v3-hospital-and-pharmacy":
    "victims and type: a second victim sharing the first's leading word folds into it, and its type wins",
  "v3-vendor-customer-quoted":
    "victims: a brand named once with an apposition between it and 'was hit' is missed, its quoted customer listed",
};

describeBank("unseen victims bank: each case matches its labels", BANK_VICTIMS, KNOWN_GAPS);

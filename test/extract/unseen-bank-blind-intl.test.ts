// The intl blind bank (unseen-bank-blind-intl.ts): each case must match its labels field by field; the cases the
// extractor still gets wrong run as expected failures with their class of failure. Round 1 (18 cases, written and
// labelled before any run): 4 passed before any fix (148 of 177 checked fields right), 13 after (171 of 177; two labels
// fixed after the first run, noted in the bank).
import { BLIND_INTL_BANK } from "./unseen-bank-blind-intl";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "intl-a01":
    "ransom amount: a changed demand whose new sum leaves its currency out ('demanded a ransom of 10 million dollars, later lowered to 1 million') keeps neither sum",
  "intl-a02":
    "impact: a European thousands separator ('some 3.000 outpatient visits') breaks the clause after 'cancelled', so the second object is not read",
  "intl-a04":
    "attacks, impact: translated 'blocked the computer systems' (Italian 'bloccato') is not read as systems locked or down, and a booking centre ('the CUP, the booking centre, was down') is no system noun; extortion follows the unread ransom clause",
  "intl-a15":
    "relevance (kind (a)): a district council's ransomware whose health office ('the Gesundheitsamt, the district's health office, cannot issue certificates') is named among its services reads as a healthcare victim",
  "intl-a18":
    "victim type: a group that runs hospitals and polyclinics ('runs four public hospitals ... and eight polyclinics'), its polyclinics named twice, is typed primary-care",
};

describeBank(
  "intl blind bank of real incidents outside the US told by other newsrooms: each case matches its labels",
  BLIND_INTL_BANK,
  KNOWN_GAPS,
);

// The second bank of whole pages (unseen-bank-rw2-pages.ts): each case must match its labels field by field. Cases the
// extractor still gets wrong are listed with their class of failure and run as expected failures, so fixing one makes
// this file fail until its entry goes.
import { RW2_PAGES_BANK } from "./unseen-bank-rw2-pages";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "pages-rw2-a007":
    "victim type: 'its platform for managing healthcare payments' does not make the victim a health-IT vendor; impact: 'has begun to leak it' not read as data-leaked",
  "pages-rw2-a094":
    "country: the background 'when an affiliate hit SickKids in Toronto last January' gives the country of a victim the text places nowhere",
  "pages-rw2-b111":
    "attack types: bitcoins asked 'to unlock all its computers' not read as ransomware; the victim's word 'malware' read instead",
  "pages-rw2-b301":
    "victims: the supplier 'Fortra told CHS it had suffered a security incident' not listed as a victim",
  "pages-rw2-b328": "attack types: 'a database with no password' not read as misconfiguration",
  "pages-rw2-neg-fine-old-breach":
    "relevance (label debatable): a regulator's fine over a 2021 ransomware attack read as a report of that attack",
  "pages-rw2-b231": "impact: 'the hospital's IT is still not fully running' not read as systems-offline",
};

describeBank("unseen whole pages, second series: each case matches its labels", RW2_PAGES_BANK, KNOWN_GAPS);

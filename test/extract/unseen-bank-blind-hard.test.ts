// The hard blind bank (unseen-bank-blind-hard.ts): each case must match its labels field by field; the cases the
// extractor still gets wrong run as expected failures with their class of failure. Round 1 (16 cases, labelled before
// any run): 9 passed before any fix (83 of 104 fields), 13 after (two labels fixed by the guide, noted in the bank).
// Round 2 (10 cases, written after round 1's fixes and labelled before any run): 5 passed before any fix (71 of 80
// fields), 8 after. Round 3 (14 cases, written after round 2's fixes and the session's merged work, labelled before any
// run): 5 passed before any fix (91 of 114 fields; c01's type label corrected by the guide, c11's victims by the dev
// labels, both noted in the bank), 10 after. Round 4 (8 cases, written after round 3's fixes and labelled before any
// run): 4 passed before any fix (47 of 58 fields); fixes for its classes (an insider's own access, a long object before
// "without a reason") right two more fields but no further case. Round 5 (12 cases, written after round 4's fixes and the
// session's merged work, labelled before any run): 7 passed before any fix (82 of 91 fields), 10 after; the round's
// fixes also closed hard-b08, hard-c04, hard-d02 and hard-d05 of earlier rounds. Round 6 (6 cases, written after round
// 5's fixes and labelled before any run): 2 passed before any fix (39 of 45 fields; f01's attack label corrected by
// the guide, noted in the bank, which makes 3 cases and 40 fields), 5 after. Round 7 (12 cases, written after round 6's
// fixes and the session's merged work, labelled before any run): 5 passed before any fix (65 of 82 fields), 9 after.
// Round 8 (6 cases, written after round 7's fixes and labelled before any run): 2 passed before any fix (30 of 36
// fields), 4 after. Round 9 (10 cases in voices the banks lacked: a hospital's press release with an FAQ, board and
// council minutes, a staff account from Reddit, a podcast transcript, a translated wire item, an op-ed, a correction
// notice, a numbered thread, a Q&A; written after round 8's fixes and the session's merged work, labelled before any
// run; i06 first told an incident blind-aa01 had used and was replaced, still before any run): 5 passed before any fix
// (83 of 90 fields), 9 after (88 of 90).
// The digest helper's scope of multi-item pages (digest-items.ts) closed c03 and all but one field of d04.
import { BLIND_HARD_BANK } from "./unseen-bank-blind-hard";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "hard-a04":
    "knock-on from a supplier: the customer places the incident (US, 'several US cancer centres') where the attacked supplier is 'the Swedish maker of radiotherapy equipment' (SE); the type and victims are right since round 5",
  "hard-a07":
    "insider at a vendor: 'a former employee of its IT vendor Nuance Communications' is not taken as a victim, yet its descriptor types the incident health-it-vendor over the notifying 'health system Geisinger'",
  "hard-a11":
    "court ruling years later: a bare company name with no health word ('Merck & Co', 'At Merck, it knocked out ...') is not taken as a victim and the insurers suing type it insurer; attackers (label question): the gazetteer names the malware NotPetya as a group where the text attributes it to no group",
  "hard-c10":
    "retrospective of an old outbreak: the malware's name (WannaCry) is taken as a group, the victim named only in 'Few organisations were hit as visibly as the NHS' is missed and a later incident's supplier (Advanced) is taken",
  "hard-d04":
    "attack types: hackers' emails offering to delete a patient's data for $50 are not read as extortion (the roundup's other items, whose group, payment, outage and phishing were read as this item's, are out of scope since digest-items.ts)",
  "hard-e05":
    "knock-on from a general IT-services supplier (kind (a)): 'the Finnish IT company' types Tietoevry health-IT vendor although its customers are 'government agencies to a cinema chain and a garden retailer' and a health region's payroll",
  "hard-e06":
    "knock-on from a supplier (as hard-a04): a supplier whose name holds no health word and whose kind is told only in a later sentence ('The Burlington, Massachusetts-based company said ... its eScription platform') is not taken, so the customer hospital types the incident hospital (attacks fixed: 'It said it had found no evidence that customer data had been taken' is no claim of holding data)",
  "hard-g05":
    "victims: a name with no health word as the object of a fine ('has fined Bupa Insurance Services £175,000') is not taken (impact fixed: 'offered it for sale on the dark web' is a leak)",
  "hard-g08":
    "knock-on from a general software supplier (kind (a), as hard-e05): 'maker of fundraising and donor management software' whose customers include 'hospital foundations' is typed health-IT vendor",
  "hard-g12":
    "follow-up: the leak told as 'the gang posted the names, dates of birth and passport details of more than 2,300 former volunteers on its website' is not read, and 'restored its computers the same day' is read as an outage (victim, type and relevance fixed: a regulator's action over a leak 'by the Maze ransomware gang last year' dates this incident)",
  "hard-i02":
    "board minutes: a body named only in a letterhead in capitals ('MORRIS HOSPITAL & HEALTHCARE CENTERS | Morris, Illinois') and then as 'the hospital' is not taken, so another hospital in a discussion item ('noted press reports that St. Margaret's Health ... had cited a 2021 ransomware attack among the reasons for closing') is the victim and lends ransomware: an indefinite attack dated by an adjective year before the story's year is read as this one",
  "hard-h03":
    "'stolen and posted on a hacking forum' (a leaking verb coordinated after the theft, the pair read across 'and') is not read as a leak; 'which sells software used by medical testing laboratories' types the vendor laboratory; a background sentence ('Later that year, hospitals in Dax ... were hit by ransomware') lends ransomware",
  "hard-h06":
    "report on ransom payments: a figure told in words ('fell by a third') does not make the headline a statistics piece, so the healthcare payment given as an example ('Change Healthcare's parent company said it paid $22 million') makes it relevant",
};

describeBank(
  "hard blind bank (tracker rows, roundups, knock-ons, negatives): each case matches its labels",
  BLIND_HARD_BANK,
  KNOWN_GAPS,
);

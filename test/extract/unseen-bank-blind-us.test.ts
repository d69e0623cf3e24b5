// The US blind bank (unseen-bank-blind-us.ts): each case must match its labels field by field; the cases the extractor
// still gets wrong run as expected failures with their class of failure. Round 1 (17 cases): 8 passed before any fix
// (144 of 159 labelled fields right, with a14's victims corrected), 14 after. Round 2 (10 cases, written after round
// 1's fixes): 5 passed before any fix (79 of 87 fields right), 8 after. Round 3 (15 cases, c01–c15, written after
// rounds 1–2 were merged and labelled before any run): 8 passed before any fix (119 of 132 fields right), 13 after.
// Round 4 (8 cases, d01–d08, written after round 3's fixes): 4 passed before any fix (64 of 70 fields right), 7 after.
// Round 5 (12 cases, e01–e12, written after rounds 1–4 were merged and labelled before any run): 4 passed before any
// fix (107 of 121 fields right), 12 after. Round 6 (6 cases, f01–f06, written after round 5's fixes): 3 passed before
// any fix (50 of 56 fields right), 3 after (51 of 56). Round 7 (12 cases, g01–g12, written after rounds 1–6 were
// merged and labelled before any run; its four whole pages run 260–310 words): 6 passed before any fix (102 of 112
// fields right), 8 after (106 of 112). Round 8 (6 cases, h01–h06, written after round 7's fixes): 1 passed before any
// fix (47 of 56 fields right), 2 after (51 of 56). Round 9 (9 cases, i01–i09, new kinds of text: a hospital's update
// page with its FAQ, board minutes, a staff post retold, a podcast page, a translated wire item, an op-ed, a correction
// notice, a hospital's alert page; written after rounds 1–8 were merged and labelled before any run): 2 passed before
// any fix (79 of 89 fields right), 8 after (88 of 89). Round 10 (6 cases, j01–j06, written after round 9's fixes and
// labelled before any run: a radio newscast script, a wire urgent, a CIO's Q&A, a class-action complaint, an archive
// page, a planned-downtime notice): 4 passed before any fix (51 of 55 fields right), 5 after (53 of 55).
import { BLIND_US_BANK } from "./unseen-bank-blind-us";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "us-a05":
    "impact: a closure told in one sentence ('closed its hospital in Spring Valley') and tied to the attack only in the next ('the closure followed ... a 2021 ransomware attack') is not read as services closed",
  "us-a08":
    "attackers (label question): 'the attack bore the hallmarks of the Ryuk ransomware' is read as a likeness, as the rules read 'hallmarks of'; the label, written first, takes it as the group believed to be behind it",
  "us-a17":
    "ransom amount (label question): a price put to each patient ('unless they pay $50 each') is read as a demand of no stated sum (ransom-patients-asked.test.ts); the label, written first, keeps the sum",
  "us-b07":
    "impact (label question): 'restored its systems from backups' is read as systems offline, as the rules read 'restored' (the class of blind-r04); the label keeps only what the text states as out of action",
  "us-c04":
    "victims: a supplier told only through its product ('an attack on DDS Safe, a cloud backup service sold to dentists by Digital Dental Record and its technology partner PerCSoft'): a name ending on a data noun ('Record') reads as no organisation and a one-word camel-case brand as no name; type then falls to the practices hit (dental)",
  "us-c15":
    "relevance: a county government's attack (kind a) whose stolen data include 'health records held by the county health department' and whose health department's clinics 'moved to paper' reads as healthcare through its health words, the county itself being no named victim; a county health department hit on its own is a public-health victim, so the line is not drawn by words alone",
  "us-b10":
    "relevance: a brand described as a healthcare body only by the next sentence's subject, with a place set off by a comma and a complement ('The Melville, New York-based distributor of dental and medical supplies had disclosed ...'), is not read as healthcare; attack types (label question): a ransom talked over beside data stolen is read as extortion",
  "us-f03":
    "attackers: hacktivists 'claiming to be part of Anonymous' name a collective whose bare name is an ordinary word the gazetteer does not list (it has only 'Anonymous Sudan')",
  "us-f05":
    "attackers (label question): 'the attackers used a variant of SamSam ransomware' reads 'variant of' as a relative of the group, as 'X, a variant of Conti' names another; type: the customers in the headline ('cloud EHR for physician practices') and a customer's lawsuit outweigh 'Health IT company Allscripts'; impact (label question): 'e-prescribing services unavailable' is read as services closed as well as systems offline",
  "us-g02":
    "attack types (label question): a gang that 'released what it described as the stolen data' with no threat or ask told is read as data theft alone, as the dev labels read a leak with no threat; the label, written first, takes the leak as extortion",
  "us-g05":
    "impact (label question): 'acted quickly to restore its systems from backups and ... patient care continued' is read as systems offline, as the rules read 'restore' (the class of us-b07)",
  "us-g07":
    "victims: an IT provider to dental offices named with no health word ('Complete Technology Solutions, an Englewood-based company that provides IT services to dental offices') is not taken, and the outlet named twice as a source ('practices that spoke to DentistryToday', 'a message seen by DentistryToday') is taken in its place through its health word; impact: 'scheduling patients on sticky notes' (in a quote) is not read as paper",
  "us-g08":
    "attack types (label question): 'the attackers may have taken some of their information' is read as data taken, as the rules read a hedged report of what happened (victims fixed: a department the attack was reported to after another body is no victim)",
  "us-h01":
    "type (label question): a system named only with 'Healthcare' and its 'Emory Brain Health Center' reads as primary care through 'Health Center'; the label, written first, takes the system as a hospital body, which the text does not say; attack types: a wiped open database with 'a note demanding 0.2 bitcoin for its return' is not read as extortion",
  "us-h03":
    "type: a guidelines publisher typed by its customers ('clinical care guidelines used by hospitals and health plans' gives insurer; the class of pg3-sidebar-widgets)",
  "us-h04":
    "impact (label question): 'operating on downtime procedures' is read as paper records, as the rules read downtime procedures; the label keeps only what the text states",
  "us-h06":
    "type: a collector 'that collects patient balances for hospitals' is typed by its customers (hospital); the label, written first, reads collecting patients' balances as medical billing (insurer)",
  "us-i05":
    "attackers (label question): a strain named as what the attack used ('The attack, with the ransomware «Petya» according to the experts'), no group told; the gazetteer knows the 2017 wiper as NotPetya (itself a label question, hard-a11), not Petya",
  "us-j05":
    "relevance: a brand with no health word described once ('Express Scripts Inc., one of the nation's largest pharmacy benefit managers') and named again only in sentences about an extortion letter is not read as a healthcare body, and the page holds too few health terms for the fallback; attacks (label question): members' records sent with the threat are labelled data taken, though no verb of taking is told",
};

describeBank(
  "US blind bank of real incidents told by US newsrooms: each case matches its labels",
  BLIND_US_BANK,
  KNOWN_GAPS,
);

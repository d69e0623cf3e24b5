// The blind bank (unseen-bank-blind.ts): each case must match its labels field by field; the cases the extractor still
// gets wrong run as expected failures with their class of failure. Round 1 (23 cases): 15 passed before any fix, 21
// after. Round 2 (12 cases, written after round 1's fixes): 7 passed before any fix, 10 after. Round 3 (10 cases,
// written before any of the session's branches were merged, measured on all of them merged): 6 passed, 7 after.
// blind-p06 ('deregistered from emergency care') passes since the intl blind bank's impact fix.
// Session 14: round 4 (10 cases, t01-t10) 2 passed on the session's starting main, 9 after its fixes; round 5 (10 cases,
// u01-u10, written after round 4's fixes, before any run) 1 passed on the starting main, 2 with round 4's fixes, 6
// after its own; three of its four gaps left are label questions. Round 6 (10 cases, v01-v10, written before any branch
// of the session was merged, measured on all of them merged and before any fix of its own): 6 passed, as on the
// starting main; 8 after two impact fixes. blind-v10 (a population health management platform used by health care
// providers) passes since session 15 (the us blind bank's trade-description type and probe8's IT-supplier rule each
// close it, written for other cases).
// Session 15: round 7 (11 cases, w01-w11, written and labelled before any run, measured on the session's starting main)
// 5 passed (79 of 91 checked fields right); two labels were corrected by the guide after the first run (w03's "downtime
// procedures" are manual processes, w11's type is what the post says); 8 after the round's fixes. Round 8 (10 cases,
// x01-x10, written and labelled after round 7's fixes, before any run, measured on the starting main): 4 passed (83 of 91
// fields right), 9 after its own fixes. Round 9 (8 cases, y01-y08, written after all the session's branches were merged,
// labelled before any run, measured on that merged main before any fix of its own): 4 passed (65 of 71 fields), 6 after
// its fixes.
// Session 16: round 10 (10 cases, z01-z10, written and labelled before any run, measured on the session's starting main)
// 4 passed (89 of 99 checked fields right); z06's attack label was set to insider alone after the run, as the dev set labels an
// employee's data theft; 9 after the round's fixes, which also closed vv2-nz-health-district in another bank. Round 11
// (6 cases, aa01-aa06, written and labelled after round 10's fixes, before any run): 5 passed (54 of 56 fields right).
// Round 12 (6 feed items, bb01-bb06, headline and one or two sentences, written after round 11's fix, before any run): 4
// passed (43 of 46 fields right), 6 after its fixes. Round 13 (3 cases, cc01-cc03, written after round 12's fixes, before
// any run): 2 passed (20 of 23 fields right, cc02's attack label set to unknown after the run), 3 after its fixes. Round
// 14 (2 cases, dd01-dd02, written after round 13's fixes, before any run): none passed (20 of 22 fields right), 1 after.
// Session 17: round 15 (8 cases, ee01-ee08, three whole pages, written and labelled before any run, measured on the
// session's starting main) 2 passed (59 of 71 checked fields right); 7 after its fixes (a page flattened to one line lost
// its story to the byline's and the pitch's line, a clause dated "last <month>", a run of others told on after a
// semicolon, data taken "in a large amount", a relative clause between diverted patients and where they went, an
// overseer as speaker, "enrolled patients"). Round 16 (6 cases, ff01-ff06, written after round 15's fixes, before any
// run): 3 passed (41 of 51 fields right; ff01's attack label set to insider alone after the run, as the dev set labels
// an employee's data theft), 5 after its fixes (a fine's sum set apart from its verb by the fined body's apposition, "an
// employee" read as "employs", data "offered it for sale", a denial closing a short article, a theft told by a
// which-clause subject); the fixes also closed cc3-pos-insider-snooping in the care bank.
// Session 18: round 17 (8 cases, gg01-gg08, voices the banks lacked: a practice's own question-and-answer notice page, a
// translated wire item with stray spaces, a settlement story, a company filing, board minutes, a notification letter
// quoted by a trade site, a podcast transcript, a correction notice; written and labelled before any run, measured on the
// session's starting main) 3 passed (67 of 78 checked fields right); 4 after its fixes ("back in February" right after
// the attack it dates, a yes/no question after a speaker label, a product's nationality, a letterhead in capitals, a
// copular description, an earlier account of another named victim). Round 18 (6 cases, hh01-hh06, written and labelled
// after round 17's fixes, before any run): 3 passed (51 of 56 fields right); two labels were corrected by the guide
// after the run (hh01: a note threatening to publish unless the hospital gets in touch is an extortion attempt, so a
// demand with no sum; hh04: the letter never says what kind of body Lamoille Health Partners is); 5 after its fixes (an
// adverb inside a hedged report, care given on paper). Round 19 (4 cases, ii01-ii04, written after round 18's fixes,
// before any run): 1 passed (20 of 24 fields right); ii02's impact label was set after the run to the banks' reading of
// "deregistered from emergency care" (a service suspended as well as ambulances sent elsewhere), without the outage
// its text never states (its IT "had been encrypted"); 3 after its fixes (screens gone black and a system awaited, "will
// not respond to the demand").
import { BLIND_BANK } from "./unseen-bank-blind";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "blind-q10":
    "attackers: a group the gazetteer does not know ('The Kill Security group has published'); victims: a name holding 'and' ('Star Imaging and Path Lab') split into two",
  "blind-r04":
    "impact (label question): 'had restored its systems from backups' is read as systems offline, as the rules read 'restored'; the label, written first, keeps only what the text states as out of action",
  "blind-s05":
    "relevance: a lawsuit over a database left exposed ('filed a lawsuit against a former IT contractor, alleging the firm left a database ... exposed') is read as court news, not as the incident it tells; victim type follows",
  "blind-s07":
    "victim type: the headline's knock-on ('Cyber attack on NHS X: GP practices told to use paper') types the health board primary-care; impact (label question): 'while systems were restored' read as systems offline",
  "blind-s08":
    "relevance: an IT supplier's attack felt by a pharmacy chain (knock-on, kind (a)) is read as relevant: the chain is named as the one whose services were unavailable",
  "blind-t06":
    "victim type: 'the country's largest group of healthcare institutions' that runs 'specialist outpatient clinics and polyclinics' is typed primary care from the polyclinics; the label (hospital) reads the group as a hospital cluster, which the text does not say in so many words (label question)",
  "blind-u02":
    "attack types (label question): 'stopped the attackers before they could encrypt any systems' is read as ransomware; dev labels an attempted encryption that was prevented as ransomware too, the blind label did not",
  "blind-u04":
    "people (label question): a hedged range in crore ('three to four crore patients may have been compromised') gives 40 million; the label keeps a range as vague",
  "blind-u05":
    "victims (label question): the board's hospital named for its postponed surgeries ('Surgeries at Waikato Hospital have been postponed') is listed beside the board",
  "blind-v06":
    "victims: a drugmaker named with no health word ('Drugmaker Merck & Co said the June 2017 attack ...') is not taken as a victim; attackers (label question): the NotPetya malware, which the gazetteer lists as a group, is named as the attacker",
  "blind-w09":
    "victim type (label question): 'the nation's largest not-for-profit health and aged care provider' is typed care home; the label reads the provider as a hospital operator from its chief executive's 'the operation of our hospitals'",
  "blind-w10":
    "victims: the hospitals' shared IT provider, told only as 'an IT provider, TransForm Shared Service Organization, whose systems were hit', is not read as a victim beside the five hospitals",
  "blind-ee04":
    "impact (label question, as blind-r04): 'while its systems were restored' is read as systems offline; the label keeps only what the text states as out of action",
  "blind-ff02":
    "relevance: a leak told without any cyber word ('the leak of the medical data', 'had been taken from some thirty medical laboratories ... and were published online') is not read as an incident; the same words tell a misdirected letter's 'leak', so no rule was added",
  "blind-y06":
    "impact (label question, as blind-r04): 'restored its systems from backups' is read as systems offline; the label keeps only what the text states as out of action",
  "blind-z06":
    "victim type (label question): the umbrella body of 'the regional health services' is typed other healthcare where the label reads the health service as public health; country: 'Dutch police said' is not read as the victim's place (a country's police may act abroad, so only a local force places the victim)",
  "blind-aa01":
    "country: a city with no country beside it ('Hillel Yaffe Medical Center in Hadera') is not in the place list, and a national agency's name ('the Israel National Cyber Directorate said') is not read as the victim's place (victim type fixed: 'the Health Ministry said' no longer types it)",
  "blind-dd02":
    "attack types (label question): servers accessed that 'held' members' data ('an unauthorized party may have accessed some of its computer servers ... the servers held names, ...') is read as an attack of unknown kind; the label reads the data as taken",
  "blind-gg02":
    "impact: another incident's leak told after 'Last month,' of a victim named with a lower-case head noun ('leaked data from the Mayanei Hayeshua hospital in Bnei Brak') is counted: with no capitalised name, the victims' reading has no other victim to mark the sentence by",
  "blind-gg03":
    "attack types (label question): a ransom paid for encrypted and stolen files ('Refuah paid a ransom to get its files back') adds extortion; the dev set labels paid ransoms both ways (4 with extortion, 3 without)",
  "blind-gg04":
    "victim type: a supplier described only by a copula ('Omnicell ... is a supplier of pharmacy automation software and services to hospitals') is typed pharmacy from its product's word; read as an apposition, the copula typed it right but put a dev profile sentence ('a life sciences and biotechnology company that ... offers diagnostic services') before its laboratory label, so only the victim's recognition reads the copula",
  "blind-gg05":
    "attackers (label question, as blind-v06): the NotPetya malware, which the gazetteer lists as a group, is named as the attacker",
  "blind-hh03":
    "country: a Thai province named alone ('PHETCHABUN, 8 September B.E. 2563', 'Phetchabun Hospital') is not in the place list, which holds every country and demonym but the provinces of only some",
  "blind-ii04":
    "relevance: an online pharmacy fined for selling its customers' details to marketers (its own trade, no attack) is read as a sale of stolen data; telling that apart needs the seller to be the body fined, which the leak and theft cues do not read",
  "blind-r12":
    "country: 'disclosed in an SEC filing' gives US from a weak cue where the text names no place (the same class as 'Social Security numbers')",
};

describeBank(
  "blind bank of real incidents told by other newsrooms: each case matches its labels",
  BLIND_BANK,
  KNOWN_GAPS,
);

// The intl blind bank (unseen-bank-blind-intl.ts): each case must match its labels field by field; the cases the
// extractor still gets wrong run as expected failures with their class of failure. Round 1 (18 cases, written and
// labelled before any run): 4 passed before any fix (148 of 177 checked fields right), 13 after (171 of 177; two labels
// fixed after the first run, noted in the bank). Round 2 (9 cases, written and labelled after round 1's fixes, before a
// run): 3 passed before any fix (78 of 88 fields), 5 after (84 of 88). b02 passes since women count as people (round 5). a02 passes since the impact reading of a later
// item of a cancelled list (integration). Round 3 (13 cases, written and labelled after round 2's fixes, before a run): 2
// passed before any fix (109 of 133 fields: relevance, each labelled field, ransom status and amount apart), 8 after
// (127 of 133; three labels fixed after the first run, noted in the bank). Round 4 (8 cases, written and labelled after
// round 3's fixes, before a run): 4 passed before any fix (72 of 78 fields), 6 after (75 of 78). Round 5 (12 cases,
// written and labelled after round 4's fixes, before a run): 1 passed before any fix (97 of 122 fields), 3 after (107 of 122; e10's remaining field is a label question). Round 6 (6 cases,
// written and labelled after round 5's fixes, before a run): 2 passed before any fix (51 of 56 fields), 2 after (52 of 56).
// Round 7 (11 cases, written and labelled after round 6's fixes, before a run): 2 passed before any fix (91 of 111
// fields), 5 after (98 of 111). Round 8 (6 cases, written and labelled after round 7's fixes, before a run): 3 passed
// before any fix (52 of 55 fields); its three misses are classes the gaps work holds (names with no health word,
// responders read as victims), left to it. Round 9 (10 cases in new shapes: a hospital's press release and FAQ, board
// minutes, a Reddit thread retold, a podcast transcript, wire items with odd punctuation, an op-ed, a correction
// notice; written and labelled after round 8's fixes, before a run): 2 passed before any fix (76 of 89 fields), 6 after (85 of 89). i04 and
// i09 are incidents the dev set also holds (noted after the run, by victim name only).
import { BLIND_INTL_BANK } from "./unseen-bank-blind-intl";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "intl-a01":
    "ransom amount: a changed demand whose new sum leaves its currency out ('demanded a ransom of 10 million dollars, later lowered to 1 million') keeps neither sum",
  "intl-a04":
    "attacks, impact: translated 'blocked the computer systems' (Italian 'bloccato') is not read as systems locked or down, and a booking centre ('the CUP, the booking centre, was down') is no system noun; extortion follows the unread ransom clause",
  "intl-a15":
    "relevance (kind (a)): a district council's ransomware whose health office ('the Gesundheitsamt, the district's health office, cannot issue certificates') is named among its services reads as a healthcare victim",
  "intl-b05":
    "victims: the hospitals a health service runs, listed in a which-clause ('which runs Box Hill Hospital, Maroondah Hospital and Angliss Hospital'), are read as victims though the text says only that it runs them",
  "intl-b06":
    "victim type (label question): 'All India Institute of Medical Sciences' is typed other-healthcare; the label, written first, says hospital, which the text implies only through outpatient registration",
  "intl-a18":
    "victim type: a group that runs hospitals and polyclinics ('runs four public hospitals ... and eight polyclinics'), its polyclinics named twice, is typed primary-care",
};

const ROUND_3_GAPS: Record<string, string> = {
  "intl-c03":
    "attacks (label question): data a group published, with no ransom or threat told, is labelled extortion (the guide's 'leaking or payment threats' read as leaking described); the extractor adds extortion only for a threat or a ransom with a leak, as the dev labels mostly do",
  "intl-c06":
    "attacks (label question, as c03): extortion; the victims are right since a country word before a specialty makes a name ('Australian Clinical Labs says')",
  "intl-c07":
    "attacks: a dated sentence opening without an announcement ('In 2022, servers of AIIMS Delhi were down ... after a ransomware attack') is read as this incident's; an asking price with a leak adds extortion (label question: a sale is no threat to the victim)",
  "intl-d04":
    "victim type: a provider that runs hospitals and aged care homes ('runs the St Stephen's, Buderim Private and Wesley hospitals as well as aged care homes'), its hospitals a list that ends on the plural head, is typed care-home",
  "intl-d05":
    "victim type, impact: a drugmaker whose name ends in 'Laboratories' ('Dr Reddy's Laboratories ... The drugmaker') is typed laboratory; 'isolated all its data centre services' is not read as systems taken offline",
};

const ROUND_5_GAPS: Record<string, string> = {
  "intl-e01":
    "relevance, victims, type: a lower-case company name with its legal form ('The practice software maker medatixx GmbH & Co. KG') is not taken, so no healthcare victim is left",
  "intl-e03":
    "victims, people, impact: a full name and the short name in brackets after it ('The Philippine Health Insurance Corp. (PhilHealth)') are two victims; a membership count urged to change passwords is read as the people affected; 'asked to process claims manually' and offices that 'stopped accepting transactions' are not read",
  "intl-e04": "attackers: a state-linked group the police 'pointed to' (Kimsuky) is not known",
  "intl-e08":
    "relevance (kind (a)): a university's breach of an NHS dataset held by its researchers reads as a healthcare victim",
  "intl-e09":
    "victims, type: the first of two names joined after their description ('two companies that manage third-party payment ..., Viamedis and Almerys') is lost; type (label question) insurer for a claims clearing role",
  "intl-e10":
    "victims (label question, as intl-b05): the hospitals a trust runs, in a which-clause, are read as victims; the label, written first, keeps the trust alone, where the hard and US blind banks (hard-c11, us-b08) list such hospitals beside their system as the dev labels of that incident do",
  "intl-e11": "attacks (label question, as intl-c07): an asking price for the data adds extortion",
  "intl-e12": "victims: a name ending on a lower-case local word ('ALAB laboratoria') is not taken",
};

const ROUND_6_GAPS: Record<string, string> = {
  "intl-f01":
    "country: a Belgian province that shares a country's name ('the public hospitals of the province of Luxembourg') places the victim in Luxembourg; the dateline's town (Arlon) is not known",
  "intl-f02":
    "victim type (label question): a children's hospital named 'IWK Health Centre' beside a provincial health authority is typed primary-care by its 'Health Centre'",
  "intl-f05":
    "attacks (label question): a ransom demanded for encrypted servers, with no data taken, is labelled extortion; the extractor adds extortion only with data stolen or a threat to publish",
};

const ROUND_7_GAPS: Record<string, string> = {
  "intl-g02":
    "relevance, victims, type, people: a health line's name opening on its number ('the health advice line 1177 Vårdguiden') is not taken and the camel-case 'MedHelp' is no health name, so no healthcare victim is left; a newsroom credited in the dateline and for the revelation ('STOCKHOLM (Computer Sweden) — ..., Computer Sweden revealed') is read as a victim",
  "intl-g04":
    "ransom amount: sums asked of each patient ('asking them to pay between 50 and 2,000 euros') are read as the demand on the clinic, whose own sum the text does not give",
  "intl-g08":
    "relevance: a camel-case name after a dateline and a descriptor ('NEW DELHI — Diagnostics chain Dr Lal PathLabs left ...') is not taken in the body, so the open bucket has no healthcare victim",
  "intl-g09":
    "relevance, victims, type, attacks: a ministry named once in a possessive ('the Ministry of Health's National Public Health Unit') and then as 'MOH' is no healthcare victim; a leak through the partner of a former official is not read as insider",
  "intl-g10":
    "relevance (kind (a)): an outsourcer that 'runs services for the NHS', its GP records service named, reads as a healthcare victim",
  "intl-g11":
    "victims: a group named with a lower-case head ('the hospitals of the Jolimont group') is not taken, so the hospitals the ambulances were redirected to come back as the victims",
};

const ROUND_8_GAPS: Record<string, string> = {};

const ROUND_9_GAPS: Record<string, string> = {
  "intl-i01":
    "victims: a press release's capitalised defined term for an authority ('the advice of the Police') is read as a victim",
  "intl-i02":
    "victim type: an agency that runs systems for a health authority, in that authority's minutes headed by its name ('SASKATCHEWAN HEALTH AUTHORITY'), is typed hospital",
  "intl-i08":
    "attacks: a subheadline's fronted time phrase naming another body's attack ('Days after the AIIMS ransomware attack, another ... hospital reports a breach') is read as this incident's",
  "intl-i10":
    "relevance (kind (a)): a cloud provider's ransomware whose state clients, a health ministry among them, lost their services reads as a healthcare victim",
};

describeBank(
  "intl blind bank of real incidents outside the US told by other newsrooms: each case matches its labels",
  BLIND_INTL_BANK,
  {
    ...KNOWN_GAPS,
    ...ROUND_3_GAPS,
    ...ROUND_5_GAPS,
    ...ROUND_6_GAPS,
    ...ROUND_7_GAPS,
    ...ROUND_8_GAPS,
    ...ROUND_9_GAPS,
  },
);

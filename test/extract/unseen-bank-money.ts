// A bank of invented news excerpts probing money, counts and attackers as newsrooms nobody here has read write them:
// refusals and negations in many forms (curly apostrophes, "neither willing nor able", "off the table"), demands that
// never say "ransom" (an asking price, a starting bid, "in exchange for a key"), money that is no ransom (fines,
// insurance cover, revenue, recovery costs, a gang's habit, an earlier payment, settlements), hedged and second-hand
// statements, currencies as symbols, codes, words, European and Indian number forms, head-counts in many shapes beside
// counts that are no head-count (staff, beds, yearly patients, roundup totals, other incidents), stolen volumes beside
// stored ones, and attacker groups named as background, comparison, denial, affiliation or in quotation marks. Every
// organisation, person and figure is made up; labels follow ../shared/eval/README.md and were written before the
// extractor was run on the texts. Only relevance and the fields this bank probes (attackers, ransom, people, volume)
// are checked.
import type { BankCase, Want } from "./unseen-shapes-bank";

const none = { status: "not-mentioned" as const, amount: null, currency: null };

type Probe = Omit<Want, "relevant"> & { relevant?: boolean };

/** A relevant case unless said otherwise; no attacker, no ransom, no head-count and no volume unless given. */
export const m = (id: string, shape: string, title: string, text: string, want: Probe): BankCase => ({
  id,
  shape,
  title,
  text,
  want: { relevant: true, attackers: [], ransom: none, people: null, volume: null, ...want },
});

// ---------------------------------------------------------------- round 1: refusals, negation and hedges
const ROUND_1_REFUSALS: BankCase[] = [
  m(
    "m1-wont-curly",
    "curly apostrophe in a refusal quote",
    "Hospital says it won’t pay hackers after ransomware attack",
    "Kestrel Bay Community Hospital confirmed on Wednesday that a ransomware attack had encrypted parts of its network. " +
      "“We won’t pay criminals, full stop,” chief executive Marion Ashdown told reporters.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m1-neither-willing",
    "'neither willing nor able to meet the demand'",
    "Clinic network refuses hackers' demand",
    "Hollins Ridge Medical Group said the criminals who breached its network last week had demanded payment, but that the group was neither willing nor able to meet the demand. " +
      "Patient records were stolen in the attack, the group said.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m1-off-the-table",
    "'paying is off the table'",
    "Paying hackers 'off the table', says health board",
    "NHS Corrie Glen, the health board hit by a cyber attack on Monday, has said that paying the attackers is off the table. " +
      "The gang behind the attack has threatened to publish stolen patient data.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m1-ruled-out",
    "'ruled out paying', sum kept",
    "Pharmacy chain rules out paying $2 million ransom",
    "Canterbrook Pharmacy has ruled out paying the $2 million ransom demanded by the hackers who knocked its dispensing systems offline on Saturday, a spokesperson said.",
    { ransom: { status: "refused", amount: 2000000, currency: "USD" } },
  ),
  m(
    "m1-no-plans",
    "'has no plans to pay'",
    "Dental group hit by ransomware",
    "Fenwick Dental Care said a ransomware attack had locked staff out of patient files at 18 of its practices. " +
      "The company said it has no plans to pay any ransom and is restoring systems from backups.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m1-declined-btc",
    "declined to hand over a bitcoin sum, no word 'ransom'",
    "Fertility clinic declines to hand over 40 bitcoin to hackers",
    "Maple Arc Fertility declined to hand over the 40 bitcoin that the attackers wanted in return for not publishing the patient files they stole, the clinic's director said.",
    { ransom: { status: "refused", amount: 40, currency: "BTC" } },
  ),
  m(
    "m1-reportedly-paid",
    "'is reported to have paid' a sum",
    "Home care firm reportedly paid hackers $1.3 million",
    "Brightmoor Home Care is reported to have paid $1.3 million to the ransomware gang that encrypted its scheduling servers in March, two people familiar with the matter said.",
    { ransom: { status: "paid", amount: 1300000, currency: "USD" } },
  ),
  m(
    "m1-quietly-paid",
    "sources say it quietly paid, no sum",
    "Sources: clinic quietly paid after cyber attack",
    "Westvale Orthopaedic Clinic quietly paid the hackers who took its booking system down last month, according to three sources briefed on the incident. " +
      "The clinic has not confirmed the payment.",
    { ransom: { status: "paid", amount: null, currency: null } },
  ),
  m(
    "m1-unclear-demanded",
    "'it is unclear whether a ransom was demanded'",
    "Cyber attack disrupts hospital's phone lines",
    "A cyber attack has knocked out phone lines and email at St Olave's Hospital, the trust said. " +
      "It is unclear whether a ransom was demanded.",
    { ransom: none },
  ),
  m(
    "m1-unclear-paid-sum",
    "'unclear whether it paid' the sum asked",
    "Hackers asked medical lab for $900,000",
    "Hackers who broke into Ridgefield Clinical Labs asked for $900,000 to restore its systems. " +
      "It is unclear whether the laboratory paid.",
    { ransom: { status: "demanded-amount", amount: 900000, currency: "USD" } },
  ),
  m(
    "m1-declined-to-say-demand",
    "declined to say whether it received a demand",
    "Eye hospital investigating cyber incident",
    "Larchmont Eye Hospital said it is investigating a cyber incident that disrupted its imaging systems. " +
      "A spokesperson declined to say whether the hospital had received a ransom demand.",
    { ransom: none },
  ),
  m(
    "m1-no-comment-demand",
    "has not commented on any ransom demand, gang named",
    "Medusa claims attack on Ohio behavioral health provider",
    "The Medusa ransomware gang has claimed responsibility for an attack on Harwick Behavioral Health in Ohio. " +
      "Harwick has not commented on any ransom demand.",
    { attackers: ["Medusa"], ransom: none },
  ),
];

// ---------------------------------------------------------------- round 1: demands without the word "ransom"
const ROUND_1_DEMANDS: BankCase[] = [
  m(
    "m1-asking-price",
    "an asking price for the stolen files",
    "Hackers put price on stolen hospital files",
    "The criminals behind the breach at Dunmore General Hospital are asking $350,000 for the files they stole, according to a post on their leak site.",
    { ransom: { status: "demanded-amount", amount: 350000, currency: "USD" } },
  ),
  m(
    "m1-btc-for-key",
    "bitcoin in exchange for a decryption key",
    "Attackers want 12 bitcoin to unlock clinic's computers",
    "The attackers who encrypted the computers of Pellham Family Practice want 12 bitcoin in exchange for a decryption key, the practice manager said.",
    { ransom: { status: "demanded-amount", amount: 12, currency: "BTC" } },
  ),
  m(
    "m1-starting-bid",
    "an auction's starting bid",
    "Stolen patient data auctioned on dark web",
    "A gang has put data stolen from Carrow Valley Health up for auction on its dark web site, with a starting bid of $80,000.",
    { ransom: { status: "demanded-amount", amount: 80000, currency: "USD" } },
  ),
  m(
    "m1-price-to-delete",
    "a price set to delete the data, euros",
    "Extortionists set price for deleting clinic data",
    "The extortionists who stole records from Klinik Sonnenfeld set a price of €600,000 to delete the data, the clinic told police.",
    { ransom: { status: "demanded-amount", amount: 600000, currency: "EUR" } },
  ),
  m(
    "m1-headline-truncated",
    "headline's truncated figure vs body's",
    "Hackers demand $1.8 from hospital group",
    "Hackers who breached Aldercroft Health System are demanding $1.8 million, the health system said on Friday.",
    { ransom: { status: "demanded-amount", amount: 1800000, currency: "USD" } },
  ),
  m(
    "m1-sek",
    "Swedish kronor as a word",
    "Hackers demand 10 million kronor from Swedish care provider",
    "The attackers behind the ransomware attack on Norrvik Omsorg, a Swedish home care provider, are demanding 10 million kronor, the company said.",
    { ransom: { status: "demanded-amount", amount: 10000000, currency: "SEK" } },
  ),
  m(
    "m1-lakh",
    "rupees in lakh",
    "Hackers demand Rs 50 lakh from Nagpur hospital",
    "Cyber criminals encrypted the servers of Sanjeevani Hospital in Nagpur and demanded Rs 50 lakh in cryptocurrency, police said.",
    { ransom: { status: "demanded-amount", amount: 5000000, currency: "INR" } },
  ),
  m(
    "m1-k-pounds",
    "'£250k' in a UK trade headline",
    "GP federation hit with £250k ransom demand",
    "Hackers have demanded £250k from Tamar Vale GP Federation after encrypting its shared servers, the federation confirmed.",
    { ransom: { status: "demanded-amount", amount: 250000, currency: "GBP" } },
  ),
];

// ---------------------------------------------------------------- round 1: money that is no ransom
const ROUND_1_OTHER_MONEY: BankCase[] = [
  m(
    "m1-fine-euro",
    "a regulator's fine beside an attack",
    "Hospital fined €1.2 million after ransomware attack",
    "The data protection authority fined Ospedale San Gervasio €1.2 million on Tuesday for failures that let a ransomware gang steal patient data in 2024.",
    { ransom: none },
  ),
  m(
    "m1-insurance-cover",
    "insurance cover",
    "Hospital hit by cyber attack says insurance will cover costs",
    "Pinecrest Regional Hospital said a cyber attack had forced it to take its systems offline. " +
      "The hospital's cyber insurance policy covers losses of up to $5 million, a spokesman said.",
    { ransom: none },
  ),
  m(
    "m1-revenue",
    "a revenue figure",
    "Health system confirms data breach",
    "Marlow Peak Health, which reported revenue of $2.3 billion last year, confirmed that hackers stole patient data in a cyber attack in April.",
    { ransom: none },
  ),
  m(
    "m1-recovery-cost",
    "recovery costs so far",
    "Cyber attack has cost trust £4.7m",
    "The ransomware attack on Oakhurst University Hospitals NHS Trust has cost it £4.7m so far in recovery work, board papers show.",
    { ransom: none },
  ),
  m(
    "m1-gang-habit",
    "the gang's usual range",
    "Akira claims attack on urgent care chain",
    "The Akira ransomware gang has claimed an attack on QuickMed Urgent Care. " +
      "Akira typically demands between $200,000 and $4 million from its victims.",
    { attackers: ["Akira"], ransom: none },
  ),
  m(
    "m1-earlier-incident-paid",
    "an earlier incident's payment",
    "Medical billing firm hit again",
    "Corbel Medical Billing has suffered a second cyber attack. " +
      "In 2021, the company paid $1.1 million to a different gang after a ransomware attack.",
    { ransom: none },
  ),
  m(
    "m1-settlement",
    "a class-action settlement",
    "Hospital settles breach lawsuit for $3.2 million",
    "Greyfield Memorial Hospital has agreed to a $3.2 million settlement with patients whose data was stolen in a 2023 cyber attack.",
    { ransom: none },
  ),
];

// ---------------------------------------------------------------- round 1: people affected and volume
const ROUND_1_COUNTS: BankCase[] = [
  m(
    "m1-people-million",
    "'1.4 million patients'",
    "Health network says breach affected 1.4 million patients",
    "Hackers stole the personal information of 1.4 million patients from Fairhaven Health Network, the company said in a filing.",
    { people: 1400000 },
  ),
  m(
    "m1-people-half-million",
    "'over half a million people'",
    "Over half a million people hit by clinic data breach",
    "A cyber attack on Sutter Lane Clinics exposed the data of over half a million people, the company said.",
    { people: 500000 },
  ),
  m(
    "m1-people-k",
    "'nearly 900k individuals'",
    "Nearly 900k individuals notified after imaging provider breach",
    "Clearview Imaging Partners is notifying nearly 900k individuals that hackers accessed their records during a network intrusion.",
    { people: 900000 },
  ),
  m(
    "m1-people-staff-size",
    "staff size and yearly patients are no count",
    "Hospital group hit by ransomware",
    "Harrowgate Health, which employs 14,000 people and treats 2 million patients each year, said a ransomware attack had disrupted its systems.",
    { people: null },
  ),
  m(
    "m1-people-roundup",
    "a roundup's total beside this incident's count",
    "Surgery centre breach affects 33,000",
    "A hacking incident at Lakeshore Surgery Center affected 33,000 patients, according to its notice. " +
      "In total, health data of 26 million Americans was breached in the first half of the year.",
    { people: 33000 },
  ),
  m(
    "m1-people-letter-table",
    "a notification filing's field",
    "Notice of data security incident",
    "Brookline Pediatric Associates experienced a cyber attack in which an unauthorized party copied files from its network. " +
      "Total number of persons affected (including residents): 48,213",
    { people: 48213 },
  ),
  m(
    "m1-people-lakh",
    "'2.1 lakh patients'",
    "Data of 2.1 lakh patients leaked in hospital hack",
    "Hackers stole the records of 2.1 lakh patients from Amrita Care Hospital in Kochi and published them online.",
    { people: 210000 },
  ),
  m(
    "m1-volume-tb",
    "'1.2 terabytes' claimed stolen",
    "Gang claims theft of 1.2 terabytes from cancer centre",
    "The Rhysida gang claims to have stolen 1.2 terabytes of data from Elmcrest Cancer Centre.",
    { attackers: ["Rhysida"], volume: 1.2e12 },
  ),
  m(
    "m1-volume-stored-vs-stolen",
    "a stored volume beside a stolen one",
    "Imaging firm says 300GB stolen",
    "Hackers stole 300 GB of files from Norvale Radiology, which stores more than 40 TB of scans. ",
    { volume: 3e11 },
  ),
  m(
    "m1-volume-euro-comma",
    "European decimal comma in a volume",
    "Hackers claim 1,5 TB from Belgian hospital",
    "The attackers claim to have stolen 1,5 TB of data from AZ Sint-Remigius, a hospital in Belgium, after a ransomware attack.",
    { volume: 1.5e12 },
  ),
];

// ---------------------------------------------------------------- round 1: attackers
const ROUND_1_ATTACKERS: BankCase[] = [
  m(
    "m1-ties-to-conti",
    "a group only tied to another",
    "Hospital attack linked to group with ties to Conti",
    "Investigators said the attack on Redmarsh Hospital was carried out by a group with ties to Conti. " +
      "Systems were encrypted and patient data stolen.",
    { attackers: [] },
  ),
  m(
    "m1-like-lockbit",
    "a comparison with another group",
    "Lynx ransomware claims attack on dialysis provider",
    "The Lynx ransomware group has claimed an attack on Bellmont Dialysis Centers. " +
      "Like LockBit before it, Lynx runs an affiliate programme.",
    { attackers: ["Lynx"] },
  ),
  m(
    "m1-quoted-name",
    "a name in quotation marks",
    "New gang claims hospital attack",
    "A group calling itself “Space Bears” has claimed an attack on Corran Bay Hospital and posted samples of patient data.",
    { attackers: ["Space Bears"] },
  ),
  m(
    "m1-claimed-vs-denied",
    "one group claimed, another denied",
    "BianLian lists clinic on leak site",
    "BianLian listed Oakvale Women's Clinic on its leak site on Tuesday, claiming to have stolen patient data. " +
      "RansomHub, which some researchers had first blamed, denied any involvement.",
    { attackers: ["BianLian"] },
  ),
  m(
    "m1-affiliate",
    "an affiliate of a named operation",
    "LockBit affiliate behind pharmacy attack",
    "An affiliate of the LockBit operation was behind the ransomware attack on Harlan Drug Stores, the company said.",
    { attackers: ["LockBit"] },
  ),
  m(
    "m1-unknown-group",
    "'an unknown group'",
    "Unknown group claims theft of hospital data",
    "An unknown group has claimed to have stolen data from Ferncliff Hospital and demanded a ransom.",
    { attackers: [], ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  m(
    "m1-previous-victims",
    "previous victims of another group",
    "Qilin claims attack on radiology group",
    "Qilin has claimed an attack on Summit Ridge Radiology. " +
      "Previous victims of Rhysida, another gang active against healthcare, include several US hospitals.",
    { attackers: ["Qilin"] },
  ),
  m(
    "m1-alias-gold-southfield",
    "an alias normalised through the gazetteer",
    "Gold Southfield blamed for clinic attack",
    "Researchers blamed Gold Southfield for the ransomware attack on Amberley Clinic, which encrypted its servers.",
    { attackers: ["REvil"] },
  ),
  m(
    "m1-same-gang-earlier",
    "'the same gang hit' another victim earlier",
    "Embargo claims attack on children's hospital",
    "The Embargo ransomware group claimed an attack on Wrenhaven Children's Hospital. " +
      "Last month the same gang hit a school district, and in March Interlock hit a nearby clinic.",
    { attackers: ["Embargo"] },
  ),
];

/** Round 1 (written before the extractor was run on it). */
export const MONEY_ROUND_1: readonly BankCase[] = [
  ...ROUND_1_REFUSALS,
  ...ROUND_1_DEMANDS,
  ...ROUND_1_OTHER_MONEY,
  ...ROUND_1_COUNTS,
  ...ROUND_1_ATTACKERS,
];

// ---------------------------------------------------------------- round 2: status in other words
const ROUND_2_STATUS: BankCase[] = [
  m(
    "m2-yet-to-decide",
    "undecided whether to pay 'the ransom'",
    "Clinic weighing options after ransomware attack",
    "Silverbirch Women's Health said a ransomware attack had encrypted its scheduling system. " +
      "The practice has yet to decide whether to pay the ransom, its administrator said.",
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  m(
    "m2-have-not-and-will-not",
    "'we have not and will not pay'",
    "Hospital: 'We have not and will not pay'",
    "Officials at Castlemere General Hospital, which was hit by ransomware on Sunday, said the hospital has not and will not pay the attackers.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m2-policy-does-not-pay",
    "a standing policy of not paying",
    "Health department hit by ransomware",
    "The Delmont County Health Department said ransomware had encrypted several servers. " +
      "The county does not pay ransoms as a matter of policy, a spokeswoman said.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m2-believed-paid-euro",
    "'is believed to have paid around' a euro sum",
    "Clinic group believed to have paid hackers",
    "Gruppo Medico Valtorre is believed to have paid around €500,000 to the gang that encrypted its servers in June, according to people close to the company.",
    { ransom: { status: "paid", amount: 500000, currency: "EUR" } },
  ),
  m(
    "m2-letter-payment-deletion",
    "a notification letter's payment for deletion",
    "Notice of Data Event",
    "On March 3, Harbourline Physical Therapy discovered that an unauthorized actor had encrypted certain systems and taken files. " +
      "A payment was made to the threat actor in exchange for assurances that the data had been deleted.",
    { ransom: { status: "paid", amount: null, currency: null } },
  ),
  m(
    "m2-negotiated-down-paid",
    "negotiated down, then paid",
    "Lab paid $750,000 after talks with hackers",
    "Coltrane Diagnostics negotiated the hackers' demand down to $750,000 and paid it last week, the company's chief executive said.",
    { ransom: { status: "paid", amount: 750000, currency: "USD" } },
  ),
  m(
    "m2-opening-demand-cut",
    "an opening demand later cut",
    "Hackers cut ransom demand to $4 million",
    "The gang that breached Ashby Valley Medical Center cut its opening demand of $10 million to $4 million after talks stalled, according to chat logs seen by reporters.",
    { ransom: { status: "demanded-amount", amount: 4000000, currency: "USD" } },
  ),
  m(
    "m2-seven-figure",
    "'a seven-figure sum' asked",
    "Hackers seek seven-figure sum from hospice",
    "Attackers who stole data from Morningside Hospice are seeking a seven-figure sum to keep it private, the hospice said.",
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  m(
    "m2-would-not-say-how-much",
    "officials would not say how much was demanded",
    "Ransomware attack on county hospital",
    "Bellhaven County Hospital was hit by ransomware on Friday. Officials would not say how much the attackers are demanding.",
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  m(
    "m2-not-known-whether",
    "'it is not known whether' a demand was made",
    "Cyberattack disrupts children's hospital",
    "A cyberattack has taken down the patient portal at Pembury Children's Hospital. It is not known whether the attackers made a ransom demand.",
    { ransom: none },
  ),
  m(
    "m2-did-not-respond",
    "did not respond to questions about a ransom",
    "Medical group confirms data breach",
    "Tallis Medical Group confirmed that hackers stole patient data. The group did not respond to questions about a ransom.",
    { ransom: none },
  ),
  m(
    "m2-keep-quiet-euros",
    "euros in words 'to keep quiet'",
    "Hackers want 2 million euros from Lyon clinic",
    "The hackers who stole files from Clinique des Tanneurs in Lyon want 2 million euros to keep quiet, the clinic's director said.",
    { ransom: { status: "demanded-amount", amount: 2000000, currency: "EUR" } },
  ),
  m(
    "m2-price-tag",
    "a price tag on the data",
    "Gang puts $1 million price tag on dental records",
    "The gang behind the breach at Crestline Dental has put a $1 million price tag on the records it stole.",
    { ransom: { status: "demanded-amount", amount: 1000000, currency: "USD" } },
  ),
];

// ---------------------------------------------------------------- round 2: currencies and number forms
const ROUND_2_CURRENCIES: BankCase[] = [
  m(
    "m2-us-dollars-words",
    "'2.4 million US dollars'",
    "Hackers demand 2.4 million US dollars from Manila hospital",
    "Hackers who encrypted the systems of St. Ignatius Medical Center in Manila are demanding 2.4 million US dollars, the hospital said.",
    { ransom: { status: "demanded-amount", amount: 2400000, currency: "USD" } },
  ),
  m(
    "m2-pounds-then-dollars",
    "pounds with dollars in brackets",
    "Trust faces £1.2m ransom demand",
    "Criminals who hacked Wexcombe Community Health NHS Trust have demanded £1.2 million ($1.5 million) to restore its systems.",
    { ransom: { status: "demanded-amount", amount: 1200000, currency: "GBP" } },
  ),
  m(
    "m2-indian-grouping",
    "rupees in Indian digit grouping",
    "Hackers demand Rs 12,00,000 from Indore clinic",
    "Cyber criminals who locked the computers of Sadbhav Eye Clinic in Indore demanded Rs 12,00,000 in bitcoin, police said.",
    { ransom: { status: "demanded-amount", amount: 1200000, currency: "INR" } },
  ),
  m(
    "m2-btc-with-dollars",
    "bitcoin sum with a dollar conversion in brackets",
    "Gang wants 2.5 BTC from family medicine practice",
    "The ransomware gang that hit Ormond Family Medicine is demanding 2.5 BTC (about $160,000) for the decryption key.",
    { ransom: { status: "demanded-amount", amount: 2.5, currency: "BTC" } },
  ),
  m(
    "m2-dollars-in-bitcoin",
    "'$70,000 in Bitcoin'",
    "Hackers ask $70,000 in Bitcoin from pediatric practice",
    "Hackers who encrypted patient files at Little Oaks Pediatrics asked for $70,000 in Bitcoin, the practice said.",
    { ransom: { status: "demanded-amount", amount: 70000, currency: "USD" } },
  ),
  m(
    "m2-swiss-francs",
    "Swiss francs in words",
    "Hackers demand 3 million Swiss francs from Zurich clinic",
    "The attackers who encrypted the servers of Klinik Seeblick in Zurich are demanding 3 million Swiss francs, the clinic said.",
    { ransom: { status: "demanded-amount", amount: 3000000, currency: "CHF" } },
  ),
  m(
    "m2-eur-code-m",
    "'EUR 1.9m'",
    "Hospital hit with EUR 1.9m demand",
    "Hackers who breached Ospedale Santa Chiara have demanded EUR 1.9m, regional officials said.",
    { ransom: { status: "demanded-amount", amount: 1900000, currency: "EUR" } },
  ),
];

// ---------------------------------------------------------------- round 2: money that is no ransom
const ROUND_2_OTHER_MONEY: BankCase[] = [
  m(
    "m2-reward",
    "a government reward for the group",
    "Hospital attack: US offers $10 million reward",
    "The State Department has offered a reward of up to $10 million for information on the gang that attacked Calloway Regional Hospital.",
    { ransom: none },
  ),
  m(
    "m2-could-cost",
    "a projected cost",
    "Ransomware attack could cost health system $100 million",
    "The ransomware attack on Brenmoor Health could cost the system $100 million in lost revenue and recovery, analysts said.",
    { ransom: none },
  ),
  m(
    "m2-gang-total-takings",
    "the gang's takings across victims",
    "Qilin claims attack on Ohio surgical centre",
    "Qilin has claimed an attack on Fairlawn Surgical Center. The group has collected more than $50 million in ransoms this year, researchers estimate.",
    { attackers: ["Qilin"], ransom: none },
  ),
  m(
    "m2-grant",
    "a grant to rebuild",
    "State gives hospital $2 million after cyber attack",
    "The state will give Pike River Hospital a $2 million grant to rebuild its network after a cyber attack crippled its systems.",
    { ransom: none },
  ),
  m(
    "m2-it-budget",
    "an IT budget",
    "Trust's IT systems hit by cyber attack",
    "A cyber attack has disrupted IT systems at Lowfield Hospitals NHS Trust, whose annual IT budget is £3m.",
    { ransom: none },
  ),
];

// ---------------------------------------------------------------- round 2: head-counts and volumes
const ROUND_2_COUNTS: BankCase[] = [
  m(
    "m2-people-exact",
    "an exact count",
    "Breach at orthopaedic group affected 1,203,442 people",
    "Hackers stole files from Tri-Valley Orthopaedics in an attack that affected 1,203,442 people, the company told regulators.",
    { people: 1203442 },
  ),
  m(
    "m2-people-current-former",
    "'nearly 2.3 million current and former patients'",
    "Health plan says hackers accessed data of 2.3 million",
    "Hackers accessed the data of nearly 2.3 million current and former patients of Lakeridge Medical Partners, the company said.",
    { people: 2300000 },
  ),
  m(
    "m2-people-total-including",
    "a total with a subset",
    "Children's clinic breach",
    "A cyber attack on Sunnybrook Pediatric Clinic exposed data of a total of 87,452 patients, including 3,210 minors, the clinic said.",
    { people: 87452 },
  ),
  m(
    "m2-people-quarter-million",
    "'roughly a quarter of a million patients'",
    "Quarter of a million patients hit by hospital hack",
    "Hackers stole the records of roughly a quarter of a million patients from Greywater Hospital.",
    { people: 250000 },
  ),
  m(
    "m2-people-beds-visits",
    "beds and yearly visits beside the count",
    "Hospital says data of 6,000 patients exposed",
    "Ridgeback Memorial, which has 450 beds and sees 80,000 emergency visits a year, said hackers exposed the data of about 6,000 patients.",
    { people: 6000 },
  ),
  m(
    "m2-people-serving-residents",
    "a population served is no count",
    "Cyber attack hits regional health service",
    "A cyber attack has disrupted systems at Kinross Valley Health, which serves 1.2 million residents across the region.",
    { people: null },
  ),
  m(
    "m2-people-roundup-total",
    "a year's breach total beside this one",
    "Clinic breach adds to year's tally",
    "A hacking incident at Millbrook Family Clinic affected 9,800 patients. It is one of 312 breaches reported this year, which together affected 41 million people.",
    { people: 9800 },
  ),
  m(
    "m2-people-earlier-breach",
    "an earlier breach's count",
    "Dental chain hit by second breach",
    "Hackers stole data of 15,000 people from Cobalt Dental Group. A 2022 breach at the same company affected 600,000 patients.",
    { people: 15000 },
  ),
  m(
    "m2-people-residents-total",
    "a state filing with residents and a total",
    "Notice of data breach: Harrow Creek Family Practice",
    "Harrow Creek Family Practice reported that an unauthorized party accessed its network and copied patient files. " +
      "Number of Maine residents affected: 42. Total number of persons affected: 10,394.",
    { people: 10394 },
  ),
  m(
    "m2-people-upward",
    "'upward of 30,000'",
    "Upward of 30,000 patients affected by lab hack",
    "The hack of Ventry Labs exposed the results of upward of 30,000 patients, the company said.",
    { people: 30000 },
  ),
  m(
    "m2-volume-gigs",
    "'850 gigs'",
    "Gang says it took 850 gigs from clinic",
    "The gang says it took some 850 gigs of data from Aster Fertility Clinic.",
    { volume: 8.5e11 },
  ),
  m(
    "m2-volume-leaked-of-claimed",
    "a leaked part of a claimed haul",
    "Hackers leak 40GB of hospital data",
    "The hackers leaked 40GB of a claimed 400GB haul from Kingsbridge Hospital on Monday.",
    { volume: 4e11 },
  ),
  m(
    "m2-volume-backup",
    "a backup's size beside the haul",
    "Hackers stole 200GB from clinic",
    "The clinic's 12 TB backup was not affected, but hackers stole 200 GB of files from Ivybridge Spine Clinic.",
    { volume: 2e11 },
  ),
  m(
    "m2-volume-mb",
    "megabytes",
    "Hackers post 500 MB of practice files",
    "Hackers posted 500 MB of files stolen from Orchard Lane Surgery on a leak site.",
    { volume: 5e8 },
  ),
];

// ---------------------------------------------------------------- round 2: attackers
const ROUND_2_ATTACKERS: BankCase[] = [
  m(
    "m2-style-adjective",
    "'a LockBit-style attack' names no attacker",
    "Hospital hit by LockBit-style ransomware attack",
    "Greenholm Hospital was hit by what investigators called a LockBit-style ransomware attack. No group has claimed it.",
    { attackers: [] },
  ),
  m(
    "m2-curly-quoted-needs-cue",
    "a cue-needing name in curly quotes",
    "“Kairos” ransomware group claims attack on clinic",
    "The “Kairos” ransomware group has claimed an attack on Whitcombe Sleep Clinic, posting what it says are patient files.",
    { attackers: ["Kairos"] },
  ),
  m(
    "m2-alias-punk-spider",
    "an alias from the threat-actor names",
    "Punk Spider blamed for attack on hospital",
    "Researchers attributed the ransomware attack on Lindell Hospital to Punk Spider, the group behind many recent intrusions.",
    { attackers: ["Akira"] },
  ),
  m(
    "m2-rebrand-of",
    "a group described as another's rebrand",
    "Hunters International claims attack on cancer clinic",
    "Hunters International, which some researchers see as a rebrand of Hive, claimed the attack on Norwell Oncology.",
    { attackers: ["Hunters International"] },
  ),
  m(
    "m2-believed-to-be",
    "'believed to be' a named group",
    "Hospital hackers believed to be DragonForce",
    "The hackers who breached Alder Bay Hospital are believed to be DragonForce, according to a security firm.",
    { attackers: ["DragonForce"] },
  ),
  m(
    "m2-weeks-after-other",
    "another group's attack as the article's background only",
    "Cyber attack disrupts hospital",
    "A cyber attack has disrupted systems at Westbury Hospital. It comes weeks after RansomHub hit a neighbouring hospital.",
    { attackers: [] },
  ),
  m(
    "m2-two-claimants",
    "two groups both claim",
    "Two gangs claim same clinic attack",
    "Both Everest and SafePay have claimed the attack on Meridian Kidney Care, each posting samples of patient data.",
    { attackers: ["Everest", "SafePay"] },
  ),
  m(
    "m2-nothing-to-do",
    "the named group says it had nothing to do with it",
    "LockBit denies hospital attack",
    "A cyber attack has crippled Farrow Vale Hospital. A LockBit spokesperson told reporters the group had nothing to do with the attack.",
    { attackers: [] },
  ),
  m(
    "m2-calls-itself",
    "a group that calls itself X",
    "Group calling itself Stormous claims clinic hack",
    "A group that calls itself 'Stormous' says it stole data from Brightwater Clinic.",
    { attackers: ["Stormous"] },
  ),
];

/** Round 2 (written after round 1 was fixed, before the extractor was run on it). */
export const MONEY_ROUND_2: readonly BankCase[] = [
  ...ROUND_2_STATUS,
  ...ROUND_2_CURRENCIES,
  ...ROUND_2_OTHER_MONEY,
  ...ROUND_2_COUNTS,
  ...ROUND_2_ATTACKERS,
];

// ---------------------------------------------------------------- round 3: status
const ROUND_3_STATUS: BankCase[] = [
  m(
    "m3-under-no-circumstances",
    "an inverted negation ('under no circumstances will we pay')",
    "Clinic: 'Under no circumstances will we pay'",
    "Hackers encrypted the records system at Larkhill Skin Clinic on Monday. “Under no circumstances will we pay these people,” the clinic's owner said.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m3-there-will-be-no-payment",
    "'there will be no ransom payment'",
    "Health board hit by ransomware",
    "NHS Glenarrow said ransomware had disrupted its systems. “There will be no ransom payment,” its chief executive said.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m3-not-paid-not-intend",
    "'has not paid and does not intend to'",
    "Hospital has not paid hackers",
    "Westmarch Hospital, hit by a ransomware attack last week, has not paid the attackers and does not intend to, a spokesperson said.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m3-no-payment-made",
    // Labelled "refused" before the run; relabelled to the project's documented reading of "no ransom was paid" (a ransom
    // said unpaid is still one asked, attack-ransom-language.test.ts), which this label had overlooked.
    "'no payment had been made'",
    "Care provider confirms cyber attack",
    "Oakleigh Care Homes confirmed that hackers had encrypted its servers and stolen resident data. It said no payment had been made to the criminals.",
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  m(
    "m3-insurer-covered",
    "the insurer covered the payment to the hackers",
    "Insurer covered clinic's payment to hackers",
    "The insurer of Dunholme Eye Clinic covered the $2.1 million payment to the hackers who encrypted the clinic's systems, a court filing shows.",
    { ransom: { status: "paid", amount: 2100000, currency: "USD" } },
  ),
  m(
    "m3-payment-btc",
    "'made a payment of 45 bitcoin'",
    "Hospital made payment of 45 bitcoin",
    "Carrick Memorial Hospital made a payment of 45 bitcoin to the ransomware gang that locked its systems, according to blockchain analysts.",
    { ransom: { status: "paid", amount: 45, currency: "BTC" } },
  ),
  m(
    "m3-tracker-field",
    "a tracker's field line",
    "New victim: Hollybrook Medical Centre",
    "Group: Akira | Victim: Hollybrook Medical Centre | Country: GB | Ransom demand: $600,000 | Data: patient records",
    { attackers: ["Akira"], ransom: { status: "demanded-amount", amount: 600000, currency: "USD" } },
  ),
  m(
    "m3-ignored-demand",
    "a demand the victim ignored",
    "Health system ignored $5 million demand",
    "Pemberton Health ignored a $5 million ransom demand from the hackers who stole its patient data, its chief information officer said.",
    { ransom: { status: "refused", amount: 5000000, currency: "USD" } },
  ),
  m(
    "m3-did-not-say-demanded-or-paid",
    "did not say whether a ransom was demanded or paid",
    "Pharmacy chain confirms ransomware",
    "Fenmore Pharmacy confirmed a ransomware attack on its dispensing systems but did not say whether a ransom had been demanded or paid.",
    { ransom: none },
  ),
  m(
    "m3-investigating-demand",
    "police investigating a demand",
    "Police investigate ransom demand sent to clinic",
    "Police are investigating a ransom demand sent to Northgate Sexual Health Clinic after hackers stole patient files.",
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  m(
    "m3-reports-false",
    "reports of a payment called false",
    "Hospital denies paying hackers",
    "Reports that Halewood Hospital had paid the hackers behind last week's ransomware attack were false, a spokesperson said.",
    { ransom: none },
  ),
  m(
    "m3-damages-sought",
    "damages sought in a lawsuit",
    "Patients sue hospital over data breach",
    "Patients whose records were stolen in the cyber attack on Ravenscourt Hospital are seeking $5 million in damages in a class action.",
    { ransom: none },
  ),
  m(
    "m3-penalty",
    "a regulator's penalty",
    "ICO issues penalty after ransomware attack on care provider",
    "The ICO has issued a £750,000 penalty to Sunfield Home Care after a ransomware attack exposed the records of its clients.",
    { ransom: none },
  ),
  m(
    "m3-demand-colon",
    "'the hackers' demand: $3 million by Friday'",
    "Hackers give clinic until Friday",
    "The ransomware gang's demand to Briarwood Pain Clinic: $3 million by Friday, or the stolen files go public.",
    { ransom: { status: "demanded-amount", amount: 3000000, currency: "USD" } },
  ),
];

// ---------------------------------------------------------------- round 3: currencies, counts and volumes
const ROUND_3_FORMS: BankCase[] = [
  m(
    "m3-rupee-crore-asked",
    "'₹1 crore' asked",
    "Hackers asked ₹1 crore from Jaipur hospital",
    "Hackers who encrypted the servers of Manipal Heights Hospital in Jaipur asked for ₹1 crore in cryptocurrency, police said.",
    { ransom: { status: "demanded-amount", amount: 10000000, currency: "INR" } },
  ),
  m(
    "m3-euro-dot-thousands",
    "'500.000 euro'",
    "Dutch hospital faces 500.000 euro demand",
    "Hackers who hit Ziekenhuis Oostervaart in the Netherlands are demanding 500.000 euro, the hospital said.",
    { ransom: { status: "demanded-amount", amount: 500000, currency: "EUR" } },
  ),
  m(
    "m3-euro-comma-m",
    "'€2,5m'",
    "Hospital faces €2,5m ransom demand",
    "Hackers who encrypted systems at Hospital Clínico Valdemar have demanded €2,5m, the regional health service said.",
    { ransom: { status: "demanded-amount", amount: 2500000, currency: "EUR" } },
  ),
  m(
    "m3-gbp-k",
    "'GBP 400k'",
    "Hackers demand GBP 400k from hospice",
    "The hackers who stole data from St Brigid's Hospice are demanding GBP 400k, the hospice said.",
    { ransom: { status: "demanded-amount", amount: 400000, currency: "GBP" } },
  ),
  m(
    "m3-people-3m",
    "'about 3.1m people'",
    "Health insurer breach affects 3.1m",
    "A cyber attack on Vantage Health Plan affects about 3.1m people, the insurer said.",
    { people: 3100000 },
  ),
  m(
    "m3-people-may-have-been",
    "'12,000 individuals whose information may have been involved'",
    "Clinic notifies 12,000",
    "Redfern Allergy Clinic said it had notified 12,000 individuals whose information may have been involved in the hacking incident.",
    { people: 12000 },
  ),
  m(
    "m3-people-share",
    "'4,500 of its 30,000 patients'",
    "Practice notifies patients of breach",
    "Hillcrest Medical Practice has notified 4,500 of its 30,000 patients that hackers accessed their records.",
    { people: 4500 },
  ),
  m(
    "m3-people-records-posted",
    "'among the 1.1 million records posted'",
    "Gang posts hospital records",
    "The gang posted 1.1 million records stolen from Ashgrove Hospital, including scans and discharge letters.",
    { people: 1100000 },
  ),
  m(
    "m3-people-staff-size-and-stolen",
    "staff size beside the employees affected",
    "Trust staff data stolen",
    "Hackers stole data of 1,200 employees from Corran Valley NHS Trust, which employs 9,000 staff.",
    { people: 1200 },
  ),
  m(
    "m3-people-two-million-words",
    "'more than two million people'",
    "Lab hack exposes data on more than two million people",
    "Hackers exposed data on more than two million people in the breach of Tessera Diagnostics, the company said.",
    { people: 2000000 },
  ),
  m(
    "m3-volume-approx",
    "'approximately 1.3TB'",
    "Gang claims 1.3TB from medical group",
    "The gang says it exfiltrated approximately 1.3TB of data from Ironwood Medical Group.",
    { volume: 1.3e12 },
  ),
  m(
    "m3-volume-hyphen-unit",
    "'a 600-gigabyte trove'",
    "Hackers post 600-gigabyte trove from clinic",
    "The hackers stole a 600-gigabyte trove of files from Salter Fertility Clinic and posted it online.",
    { volume: 6e11 },
  ),
];

// ---------------------------------------------------------------- round 3: attackers
const ROUND_3_ATTACKERS: BankCase[] = [
  m(
    "m3-work-of",
    "'the work of' a group",
    "Hospital hack was the work of Rhysida",
    "The hack of Saltmarsh Hospital was the work of Rhysida, according to a post on the group's leak site.",
    { attackers: ["Rhysida"] },
  ),
  m(
    "m3-formerly-royal",
    "a former name in dashes",
    "BlackSuit claims attack on county hospital",
    "BlackSuit — formerly Royal — claimed the attack on Dunmore County Hospital on Thursday.",
    { attackers: ["BlackSuit"] },
  ),
  m(
    "m3-hallmarks-but-claimed",
    "hallmarks of one group, claimed by another",
    "Interlock claims hospital attack",
    "The attack on Greyfriars Hospital bore the hallmarks of Scattered Spider, but the Interlock ransomware gang claimed it.",
    { attackers: ["Interlock"] },
  ),
  m(
    "m3-firm-said-behind",
    "a security firm says who was behind it",
    "INC Ransom behind clinic attack, firm says",
    "Security firm Cobalt Shield said INC Ransom was behind the attack on Harwood Children's Clinic.",
    { attackers: ["INC Ransom"] },
  ),
  m(
    "m3-unnamed-group",
    "'an unnamed ransomware group'",
    "Unnamed group hits rehab centre",
    "An unnamed ransomware group encrypted the systems of Brookvale Rehabilitation Centre.",
    { attackers: [] },
  ),
  m(
    "m3-fbi-warned-other",
    "an advisory about another group",
    "Qilin claims attack on dialysis centres",
    "Qilin claimed an attack on Ferrybridge Dialysis Centres. The FBI has warned hospitals about Rhysida this year.",
    { attackers: ["Qilin"] },
  ),
  m(
    "m3-curly-single-quotes",
    "a name in curly single quotes",
    "‘Devman’ ransomware hits clinic",
    "A gang using ‘Devman’ ransomware encrypted the servers of Kilbride Sports Medicine Clinic.",
    { attackers: ["Devman"] },
  ),
  m(
    "m3-whose-affiliate",
    "a relative clause about the group's earlier attack",
    "ALPHV claims attack on medical supplier",
    "ALPHV, whose affiliate hit a large claims processor in 2024, claimed the attack on Ostrander Medical Supply.",
    { attackers: ["ALPHV"] },
  ),
];

/** Round 3 (written after round 2 was fixed, before the extractor was run on it). */
export const MONEY_ROUND_3: readonly BankCase[] = [...ROUND_3_STATUS, ...ROUND_3_FORMS, ...ROUND_3_ATTACKERS];

// ---------------------------------------------------------------- round 4: status
const ROUND_4_STATUS: BankCase[] = [
  m(
    "m4-curly-arent-considering",
    "curly apostrophe in 'aren’t even considering paying'",
    "Fertility clinic hit by ransomware",
    "Hackers encrypted the systems of Pembroke Fertility Centre on Saturday. “We aren’t even considering paying them,” its medical director said.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m4-unwilling-unable-sum",
    "'unwilling and unable to pay' a stated sum",
    "Hospice unable to pay £2m ransom",
    "St Winifred's Hospice said it was unwilling and unable to pay the £2m ransom demanded by the gang that stole its patient records.",
    { ransom: { status: "refused", amount: 2000000, currency: "GBP" } },
  ),
  m(
    "m4-not-in-a-position",
    "'not in a position to pay'",
    "Rural hospital says it cannot pay hackers",
    "Ransomware has shut down systems at Cotter Creek Hospital. The hospital said it was not in a position to pay the ransom.",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
  m(
    "m4-which-refused",
    "a sum asked, then refused in a relative clause",
    "Clinic refused to pay hackers",
    "The hackers had asked Lowther Dermatology for 1.2 million dollars, which the clinic refused to pay.",
    { ransom: { status: "refused", amount: 1200000, currency: "USD" } },
  ),
  m(
    "m4-undisclosed-sum",
    "'paid an undisclosed sum'",
    "Medical billing firm paid hackers",
    "Quantrell Medical Billing paid an undisclosed sum to the ransomware gang that encrypted its claims servers, the company confirmed.",
    { ransom: { status: "paid", amount: null, currency: null } },
  ),
  m(
    "m4-btc-then-worth",
    "bitcoins with their value then",
    "Hackers demanded 80 bitcoins from hospital",
    "The attackers demanded 80 bitcoins, then worth about $4.5 million, from Almsford General Hospital.",
    { ransom: { status: "demanded-amount", amount: 80, currency: "BTC" } },
  ),
  m(
    "m4-fbi-recovered",
    "part of a paid ransom recovered",
    "FBI recovers part of hospital's ransom",
    "The FBI recovered $2.3 million of the ransom that Kelso Valley Hospital paid to the hackers who encrypted its servers.",
    { ransom: { status: "paid", amount: null, currency: null } },
  ),
  m(
    "m4-monero-demand",
    "a demand for payment in Monero, no sum",
    "Hackers demand Monero from medical practice",
    "The attackers who broke into Ferris Lane Medical Practice left a note demanding payment in Monero.",
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  m(
    "m4-estimated-at",
    "a refused ransom 'estimated at' a sum",
    "Hospital refuses to pay ransom",
    "Tarrant Bay Hospital refused to pay the ransom, estimated at $1 million, its board said.",
    { ransom: { status: "refused", amount: 1000000, currency: "USD" } },
  ),
  m(
    "m4-does-not-negotiate",
    "'does not negotiate with criminals' after a non-answer",
    "Health system silent on ransom",
    "Calder Ridge Health declined to say whether it had received a demand after the ransomware attack, but said it “does not negotiate with criminals.”",
    { ransom: { status: "refused", amount: null, currency: null } },
  ),
];

// ---------------------------------------------------------------- round 4: counts and volumes
const ROUND_4_COUNTS: BankCase[] = [
  m(
    "m4-people-table",
    "a count in a table row",
    "Breach report: Solano Vista Health",
    "Solano Vista Health reported a hacking incident on its network server.\n| Entity | State | Patients affected | Type |\n| Solano Vista Health | CA | 58,302 | Hacking/IT incident |",
    { people: 58302 },
  ),
  m(
    "m4-people-risen-to",
    "a count revised upward from an earlier estimate",
    "Hospital breach toll rises to 1.9 million",
    "The number of people affected by the cyber attack on Brackenridge Hospital has risen to 1.9 million, up from an earlier estimate of 800,000.",
    { people: 1900000 },
  ),
  m(
    "m4-people-label",
    "'Individuals affected: 7,812'",
    "Data breach notice: Mossgiel Counselling Services",
    "Mossgiel Counselling Services discovered that an unauthorized actor accessed its systems. Individuals affected: 7,812.",
    { people: 7812 },
  ),
  m(
    "m4-people-500k",
    "'nearly 500k' after a noun",
    "Pharmacy breach hits personal data of nearly 500k",
    "The breach at Corvale Pharmacy exposed the personal data of nearly 500k customers, the company said.",
    { people: 500000 },
  ),
  m(
    "m4-people-may-be",
    "'up to 30,000 patients may be affected'",
    "Up to 30,000 patients may be affected by clinic hack",
    "Up to 30,000 patients may be affected by the hack of Kestwick Sleep Clinic, the clinic said.",
    { people: 30000 },
  ),
  m(
    "m4-people-per-day",
    "patients a day beside the count",
    "Data of 700 patients stolen from urgent care centre",
    "Hackers stole data of 700 patients from Brimley Urgent Care, which sees 1,500 patients a day.",
    { people: 700 },
  ),
  m(
    "m4-people-states",
    "states but no count",
    "Home health provider confirms breach",
    "Hollis Home Health, which serves patients in 14 states, said hackers stole patient information.",
    { people: null },
  ),
  m(
    "m4-volume-worth",
    "'4 TB worth of data'",
    "Gang claims 4 TB from clinic",
    "The gang claims to have stolen 4 TB worth of data from Marlowe Spine Clinic.",
    { volume: 4e12 },
  ),
  m(
    "m4-volume-bracket-unit",
    "'3.5 terabytes (TB)'",
    "Hackers exfiltrated 3.5 terabytes from hospital",
    "The hackers exfiltrated 3.5 terabytes (TB) of data from Fernhill Hospital before encrypting its servers.",
    { volume: 3.5e12 },
  ),
];

// ---------------------------------------------------------------- round 4: attackers
const ROUND_4_ATTACKERS: BankCase[] = [
  m(
    "m4-operators",
    "'Akira ransomware operators'",
    "Akira operators hit imaging centre",
    "Akira ransomware operators breached Strathmore Imaging and encrypted its servers.",
    { attackers: ["Akira"] },
  ),
  m(
    "m4-outfit-known-as",
    "'the outfit known as Cl0p'",
    "Cl0p claims pharmacy data theft",
    "The notorious ransomware outfit known as Cl0p has claimed the theft of data from Redbank Pharmacy.",
    { attackers: ["Clop"] },
  ),
  m(
    "m4-attributed-not-listed",
    "attributed by researchers, not listed yet",
    "Researchers tie clinic attack to Medusa",
    "Researchers at a security firm attributed the attack on Glenview Pain Clinic to the Medusa ransomware group, though the gang has not listed the clinic on its leak site.",
    { attackers: ["Medusa"] },
  ),
  m(
    "m4-recalled-wannacry",
    "an outbreak recalled as comparison",
    "Cyber attack cripples hospital systems",
    "A cyber attack crippled systems at Ashworth General Hospital, in scenes that recalled the 2017 WannaCry outbreak.",
    { attackers: [] },
  ),
  m(
    "m4-emerged-last-year",
    "a group introduced with its history",
    "SafePay claims attack on cardiology practice",
    "The SafePay group, which emerged last year, has claimed an attack on Hartfield Cardiology.",
    { attackers: ["SafePay"] },
  ),
  m(
    "m4-leak-site-post",
    "'in a post on its leak site, X said'",
    "RansomHub says it hit hospital",
    "In a post on its leak site, RansomHub said it had stolen 300GB from Kinnaird Hospital.",
    { attackers: ["RansomHub"], volume: 3e11 },
  ),
];

/** Round 4 (written after round 3 was fixed, before the extractor was run on it). */
export const MONEY_ROUND_4: readonly BankCase[] = [...ROUND_4_STATUS, ...ROUND_4_COUNTS, ...ROUND_4_ATTACKERS];

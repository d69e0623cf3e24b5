// A second bank of invented news excerpts, written in the ways other newsrooms put ransom and victims: wire services,
// local TV, UK trade press, Australian, Canadian, Indian and European outlets, press-release quotes, notification
// letters, lawsuits and regulator statements; currencies as symbols, codes and words, bitcoin-only demands, demands
// reported second-hand, money that is no ransom (fines, settlements, recovery costs, a gang's usual range, an earlier
// payment), victims named after the attack sentence or only by a description, names whose words mislead about the
// type, subsidiaries and parents, two victims in one article. Every organisation and figure is made up; labels follow
// ../shared/eval/README.md and were written before the extractor was run on the texts. Attack types and impact are left
// unchecked here (the first bank covers them): this bank probes relevance, attackers, victims, type, ransom, people
// and country.
import type { BankCase, Want } from "./unseen-shapes-bank";

const none = { status: "not-mentioned" as const, amount: null, currency: null };

type Partial2 = Omit<Want, "relevant"> & { relevant?: boolean };

/** A relevant case unless said otherwise; no attacker, no ransom and no head-count unless given. */
const u = (id: string, shape: string, title: string, text: string, want: Partial2): BankCase => ({
  id,
  shape,
  title,
  text,
  want: { relevant: true, attackers: [], ransom: none, people: null, ...want },
});

// ---------------------------------------------------------------- currencies and amounts as other newsrooms write them
const AMOUNTS: BankCase[] = [
  u(
    "u2-wire-aud",
    "wire dateline, A$ demand, agency the victim works with",
    "Australian IVF provider hit by cyber attack, hackers seek A$2.5 million",
    "SYDNEY, May 4 (NewsWire) - Hackers who broke into the systems of Ovella Fertility, one of Australia's largest IVF providers, are demanding A$2.5 million, the company said on Monday. " +
      "Ovella said it was working with the Australian Cyber Security Centre.",
    {
      victims: ["Ovella Fertility"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 2500000, currency: "AUD" },
      country: "AU",
    },
  ),
  u(
    "u2-cad-physio",
    "C$ demand, physiotherapy chain",
    "Ransomware gang wants C$1.1M from Manitoba physiotherapy chain",
    "Winnipeg-based Northstride Physiotherapy says the criminals behind last week's ransomware attack have asked for C$1.1 million to restore access to its booking and billing systems. " +
      "The chain, which has 23 clinics across Manitoba and Saskatchewan, said it has not decided whether to pay.",
    {
      victims: ["Northstride Physiotherapy"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 1100000, currency: "CAD" },
      country: "CA",
    },
  ),
  u(
    "u2-rs-crore",
    "Indian outlet, Rs and crore",
    "Hackers demand Rs 20 crore from Pune hospital after ransomware strike",
    "A ransomware attack has crippled the computer systems of Shreeyash Multispeciality Hospital in Pune, with the attackers demanding Rs 20 crore in cryptocurrency, police said on Tuesday. " +
      "The hospital's billing and pharmacy counters worked manually through the day, a senior official said.",
    {
      victims: ["Shreeyash Multispeciality Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 200000000, currency: "INR" },
      country: "IN",
    },
  ),
  u(
    "u2-rupee-symbol-crore",
    "rupee symbol and crore, police as the source",
    "Hackers sought ₹5 crore from Chennai diagnostics chain, police say",
    "The Greater Chennai Police cyber crime wing has registered a case after Vaidya Diagnostics, a chain of 30 pathology labs, received an email demanding ₹5 crore in bitcoin to return data stolen from its servers.",
    {
      victims: ["Vaidya Diagnostics"],
      type: "laboratory",
      ransom: { status: "demanded-amount", amount: 50000000, currency: "INR" },
      country: "IN",
    },
  ),
  u(
    "u2-yen-words",
    "yen in words, refusal as 'no intention'",
    "Osaka hospital's records still down after ransomware attack",
    "Electronic medical records at Minato Kita General Hospital in Osaka remained unavailable on Thursday, four days after a ransomware attack. " +
      "Investigators said a message left on the hospital's servers demanded the equivalent of 10 million yen, to be paid in bitcoin. " +
      "The hospital said it had no intention of paying.",
    {
      victims: ["Minato Kita General Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: 10000000, currency: "JPY" },
      country: "JP",
    },
  ),
  u(
    "u2-dollars-in-words",
    "local TV, sum in words, refusal in a quote",
    "Hackers asked eye clinic for five million dollars, owner says",
    "The owner of Bayou Family Eye Care in Lafayette, Louisiana, told KBVX News 10 that the hackers who locked the practice's computers last Friday asked for five million dollars. " +
      '"We are not going to pay it. We are a small practice," Dr. Renee Thibodeaux said.',
    {
      victims: ["Bayou Family Eye Care"],
      type: "clinic",
      ransom: { status: "refused", amount: 5000000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-m-suffix-paid",
    "'$4.5m' paid, per a regulatory filing",
    "Dental chain paid $4.5m to hackers, filing shows",
    "Brightwell Dental Partners, which operates more than 140 dental offices in the US Southeast, paid a $4.5m ransom to the group that breached its network in February, according to a filing with the Securities and Exchange Commission. " +
      "The company said the payment was covered in part by its cyber insurance.",
    {
      victims: ["Brightwell Dental Partners"],
      type: "dental",
      ransom: { status: "paid", amount: 4500000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-mio-euro",
    "German number form '4,5 Mio. Euro', Klinik group",
    "Bavarian hospital group refuses 4,5 Mio. Euro ransom demand",
    "The Kliniken Donautal group, which runs four hospitals in Bavaria, said on Wednesday that it would not pay the ransom of 4,5 Mio. Euro demanded by the attackers who encrypted its servers at the weekend. " +
      "Emergency patients are being taken to neighbouring hospitals, the group said.",
    {
      victims: ["Kliniken Donautal"],
      type: "hospital",
      ransom: { status: "refused", amount: 4500000, currency: "EUR" },
      country: "DE",
    },
  ),
  u(
    "u2-btc-only-homecare",
    "bitcoin-only demand, Dutch home care, broadcaster as source",
    "Hackers demand 60 bitcoin from Dutch home-care provider",
    "Thuiszorg Westland, a home-care organisation with 1,800 clients in South Holland, has received a ransom demand of 60 bitcoin after criminals encrypted its planning systems, the organisation told regional broadcaster Omroep Kust. " +
      "Nurses are using printed schedules to plan their rounds.",
    {
      victims: ["Thuiszorg Westland"],
      type: "care-home",
      ransom: { status: "demanded-amount", amount: 60, currency: "BTC" },
      country: "NL",
    },
  ),
  u(
    "u2-nzd-refused",
    "NZ$ refused, GP practice",
    "Waikato medical centre refuses to pay NZ$500,000",
    "Te Awa Medical Centre, a general practice in Hamilton with 14,000 enrolled patients, says it will not pay the NZ$500,000 ransom demanded by hackers who encrypted its patient management system.",
    {
      victims: ["Te Awa Medical Centre"],
      type: "primary-care",
      ransom: { status: "refused", amount: 500000, currency: "NZD" },
      country: "NZ",
    },
  ),
  u(
    "u2-chf-klinik",
    "CHF demand, a 'Klinik' that is a private hospital",
    "Swiss private hospital targeted by extortion",
    "Klinik Seeblick, a private hospital on Lake Zurich, has been asked to pay CHF 2 million by criminals who say they copied patient files, the cantonal police said.",
    {
      victims: ["Klinik Seeblick"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 2000000, currency: "CHF" },
      country: "CH",
    },
  ),
  u(
    "u2-usd-prefix-hmo",
    "'US$' demand, HMO, privacy regulator informed",
    "Philippine health maintenance organisation says hackers demanded US$300,000",
    "Bayanihan Health Plans, a health maintenance organisation in Manila, said hackers demanded US$300,000 after stealing member records. " +
      "The company said it had reported the incident to the National Privacy Commission.",
    {
      victims: ["Bayanihan Health Plans"],
      type: "insurer",
      ransom: { status: "demanded-amount", amount: 300000, currency: "USD" },
      country: "PH",
    },
  ),
  u(
    "u2-euro-dots",
    "'800.000 euro', 'give in', name without a health word",
    "Belgian hospital will not give in to hackers",
    "AZ Sint-Remigius in Ghent said it would not give in to the hackers, who asked for 800.000 euro to unlock its systems. " +
      "The hospital has cancelled non-urgent operations until Monday.",
    {
      victims: ["AZ Sint-Remigius"],
      type: "hospital",
      ransom: { status: "refused", amount: 800000, currency: "EUR" },
      country: "BE",
    },
  ),
  u(
    "u2-pounds-words",
    "'one million pounds', care-home operator",
    "Scottish care provider hit by ransomware, hackers want one million pounds",
    "Glenmorven Care, which runs 22 care homes in the Highlands, said hackers were demanding one million pounds after encrypting staff rotas and resident care plans.",
    {
      victims: ["Glenmorven Care"],
      type: "care-home",
      ransom: { status: "demanded-amount", amount: 1000000, currency: "GBP" },
      country: "GB",
    },
  ),
  u(
    "u2-btc-then-usd",
    "bitcoin first, dollar worth second",
    "Kenyan hospital says attackers asked for 5 bitcoin",
    "Nairobi West Lakeside Hospital said the attackers behind a ransomware attack on its systems asked for 5 bitcoin, worth about $340,000, in exchange for a decryption key.",
    {
      victims: ["Nairobi West Lakeside Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 5, currency: "BTC" },
      country: "KE",
    },
  ),
  u(
    "u2-headline-amount-uk",
    "sum only in the headline, '$3m' in UK trade press",
    "Hackers demand $3m from Leeds dental chain",
    "A Leeds-based dental group with 30 practices across Yorkshire has been hit by a ransomware attack. " +
      "Airedale Smile Clinics said it had received a ransom demand and had informed the police and the Information Commissioner's Office.",
    {
      victims: ["Airedale Smile Clinics"],
      type: "dental",
      ransom: { status: "demanded-amount", amount: 3000000, currency: "USD" },
      country: "GB",
    },
  ),
  u(
    "u2-hyphen-million",
    "'$2-million ransom' (North American style)",
    "Hackers demanded $2-million ransom from Vermont hospital",
    "Hackers demanded a $2-million ransom from Green Hollow Medical Center after encrypting its servers last week, the hospital's president said Tuesday. " +
      "The hospital in Barre, Vt., does not plan to pay, he said.",
    {
      victims: ["Green Hollow Medical Center"],
      type: "hospital",
      ransom: { status: "refused", amount: 2000000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-two-currencies-euro-first",
    "two currencies, euros first",
    "Irish clinic group asked for €1.5 million",
    "Hackers asked Shannonside Clinics, which runs nine outpatient clinics in Limerick and Clare, for a ransom of €1.5 million (£1.3m) to restore its systems.",
    {
      victims: ["Shannonside Clinics"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 1500000, currency: "EUR" },
      country: "IE",
    },
  ),
];

// ---------------------------------------------------------------- demands reported second-hand, denied or undisclosed
const REPORTED: BankCase[] = [
  u(
    "u2-reportedly-demanded",
    "'reportedly demanded', people familiar",
    "Hospital group reportedly hit with $10 million ransom demand",
    "The hackers who disrupted Crescent Pines Health System last week have reportedly demanded $10 million, according to two people familiar with the matter. " +
      "The system, which operates nine hospitals in Alabama, declined to comment on the demand.",
    {
      victims: ["Crescent Pines Health System"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 10000000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-darkweb-listing-price",
    "asking price on a dark web listing",
    "Stolen data from orthopaedic practice offered for $250,000 on dark web",
    "A listing on a dark web forum is offering what it says are 90 GB of patient records from Summit Ridge Orthopaedics for $250,000, according to a threat intelligence firm that monitors the site. " +
      "The Colorado practice confirmed on Friday that it had detected unauthorised access to its network in late March.",
    {
      victims: ["Summit Ridge Orthopaedics"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 250000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-leak-post-btc",
    "leak-site post with a BTC price and deadline",
    "RansomHub lists Canadian pharmacy chain, asks 15 BTC",
    "The RansomHub group has posted Larkfield Pharmacies, a chain of 60 drugstores in Nova Scotia and New Brunswick, on its leak site, giving the company nine days to pay 15 BTC before it publishes 400GB of files. " +
      "Larkfield said its stores were open and filling prescriptions.",
    {
      attackers: ["RansomHub"],
      victims: ["Larkfield Pharmacies"],
      type: "pharmacy",
      ransom: { status: "demanded-amount", amount: 15, currency: "BTC" },
      country: "CA",
    },
  ),
  u(
    "u2-according-to-post",
    "'according to a post on the dark web', demand in a clause",
    "Gang says it wants $700,000 from Texas hospice",
    "According to a post on the group's dark web site, the Rhysida gang wants $700,000 from Bluebonnet Hospice of Central Texas for files it says it stole last month. " +
      "The hospice has not responded to requests for comment.",
    {
      attackers: ["Rhysida"],
      victims: ["Bluebonnet Hospice of Central Texas"],
      type: "care-home",
      ransom: { status: "demanded-amount", amount: 700000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-sources-told",
    "'sources told the station', a ransom requested, passive",
    "Sources: hackers want $1 million from Shreveport clinic",
    "A ransom of $1 million was requested by the hackers who shut down the computer network at Red River Kidney Clinic, sources told KSLV 12 on Wednesday. " +
      "The dialysis clinic in Shreveport has been scheduling patients by phone.",
    {
      victims: ["Red River Kidney Clinic"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 1000000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-police-deny",
    "a reported demand the authorities deny",
    "Police deny ransom was sought in health authority hack",
    "Police in Trinidad and Tobago on Monday denied a newspaper report that hackers had demanded US$5 million from the Northern Coastal Regional Health Authority, whose hospitals have been without computer systems since Thursday. " +
      '"There has been no ransom demand," a police spokesman said.',
    {
      victims: ["Northern Coastal Regional Health Authority"],
      type: "hospital",
      ransom: none,
      country: "TT",
    },
  ),
  u(
    "u2-wont-disclose",
    "demand received, amount withheld",
    "New Brunswick health authority received ransom demand",
    "Fundy Shore Health Authority, which operates 12 hospitals, said it received a ransom demand from the group behind last weekend's cyberattack but would not disclose the amount. " +
      "Officials in Saint John said emergency departments remained open.",
    {
      victims: ["Fundy Shore Health Authority"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      country: "CA",
    },
  ),
  u(
    "u2-unless-pays",
    "threat to publish unless the company pays",
    "Play gang threatens to publish specialty pharmacy's data",
    "The Play ransomware group says it will publish data stolen from Cardinal Rx, a specialty pharmacy in Memphis, unless the company pays by Friday.",
    {
      attackers: ["Play"],
      victims: ["Cardinal Rx"],
      type: "pharmacy",
      ransom: { status: "demanded-undisclosed" },
      country: "US",
    },
  ),
  u(
    "u2-negotiating",
    "negotiating with the hackers, no ransom word",
    "Montreal hospital in talks with hackers",
    "Saint-Laurent Riverside Hospital in Montreal is negotiating with the hackers who locked its systems, the hospital's director general told a local radio station.",
    {
      victims: ["Saint-Laurent Riverside Hospital"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      country: "CA",
    },
  ),
  u(
    "u2-note-no-amount",
    "ransom note without a sum",
    "Ransom note found on pharmacy's servers",
    "Staff at Kilbride Community Pharmacy in Ballymena found a ransom note on the shop's computers on Monday morning. " +
      "The note did not name a sum, the pharmacist said.",
    {
      victims: ["Kilbride Community Pharmacy"],
      type: "pharmacy",
      ransom: { status: "demanded-undisclosed" },
      country: "GB",
    },
  ),
  u(
    "u2-per-patient",
    "a price per patient is a demand without an amount",
    "Hackers email plastic surgery patients demanding money",
    "Patients of Aurelia Aesthetic Surgery in Brisbane have received emails from hackers demanding A$500 each to keep their before-and-after photos off the internet, the clinic said.",
    {
      victims: ["Aurelia Aesthetic Surgery"],
      type: "cosmetic-surgery",
      ransom: { status: "demanded-undisclosed" },
      country: "AU",
    },
  ),
  u(
    "u2-would-not-say",
    "would not say whether a demand was made",
    "Jamaican hospital says registration system hit by cyberattack",
    "Tamarind Bay Hospital in Kingston, Jamaica, declined to say whether it had received a ransom demand after a cyberattack knocked its patient registration system offline on Sunday.",
    {
      victims: ["Tamarind Bay Hospital"],
      type: "hospital",
      ransom: none,
      country: "JM",
    },
  ),
];

// ---------------------------------------------------------------- money that is no ransom, and payments
const MONEY: BankCase[] = [
  u(
    "u2-ico-fine",
    "regulator's fine for an earlier attack",
    "Regulator fines NHS trust £350,000 over 2024 cyber attack",
    "The Information Commissioner's Office has fined Wexcombe and Downs NHS Foundation Trust £350,000 after finding that a ransomware attack in 2024 exposed the records of 42,000 patients. " +
      "The ICO said the trust had failed to patch a known flaw in its remote access system.",
    {
      victims: ["Wexcombe and Downs NHS Foundation Trust"],
      type: "hospital",
      people: 42000,
      country: "GB",
    },
  ),
  u(
    "u2-class-settlement",
    "'agreed to pay' a settlement",
    "Medical billing firm agrees to pay $6.5 million to settle breach lawsuit",
    "Pellham Revenue Solutions, a medical billing company based in Tampa, Florida, has agreed to pay $6.5 million to settle a class action over a 2023 cyberattack that exposed data of 1.1 million patients, court records show. " +
      "The company denied wrongdoing.",
    {
      victims: ["Pellham Revenue Solutions"],
      type: "insurer",
      people: 1100000,
      country: "US",
    },
  ),
  u(
    "u2-recovery-costs",
    "the attack's cost, and 'did not say whether it paid'",
    "Hospital operator puts cost of ransomware attack at $45 million",
    "Ardenne Health Partners, which runs 11 hospitals in Quebec and Ontario, said the ransomware attack in January cost it C$45 million in lost revenue and recovery costs. " +
      "The company did not say whether it had paid a ransom.",
    {
      victims: ["Ardenne Health Partners"],
      type: "hospital",
      country: "CA",
    },
  ),
  u(
    "u2-ocr-resolution",
    "'has paid' a regulator to resolve an investigation",
    "Eye surgery centre pays $250,000 to resolve HIPAA investigation after ransomware attack",
    "Clearview Laser Eye Centers has paid $250,000 to the HHS Office for Civil Rights to settle potential HIPAA violations uncovered after a 2022 ransomware attack that affected 36,000 patients, OCR announced on Thursday. " +
      "Clearview will also adopt a corrective action plan.",
    {
      victims: ["Clearview Laser Eye Centers"],
      type: "clinic",
      people: 36000,
      country: "US",
    },
  ),
  u(
    "u2-lawsuit-damages",
    "damages a lawsuit seeks",
    "Patients sue home health agency over data breach, seeking $5 million",
    "A proposed class action filed in the U.S. District Court for the Eastern District of Michigan accuses Evergreen Home Health Services of failing to protect the personal data of 58,212 patients, which hackers stole in an August cyberattack. " +
      "The complaint seeks more than $5 million in damages.",
    {
      victims: ["Evergreen Home Health Services"],
      type: "care-home",
      people: 58212,
      country: "US",
    },
  ),
  u(
    "u2-gang-usual-range",
    "a gang's usual range is no demand for this victim",
    "Hunters International claims attack on Manchester fertility clinic",
    "Hunters International has claimed an attack on Deansgate Fertility, a private IVF clinic in Manchester. " +
      "The gang, which typically demands between $100,000 and $3 million from its victims, has not published a ransom figure for the clinic.",
    {
      attackers: ["Hunters International"],
      victims: ["Deansgate Fertility"],
      type: "clinic",
      country: "GB",
    },
  ),
  u(
    "u2-earlier-payment",
    "a payment in an earlier incident, apposed to the victim",
    "GP group hit again, two years after paying hackers",
    "Rivermead Medical Group, which runs five GP practices in Oxfordshire and paid a £200,000 ransom after a 2023 attack, has been hit by a new cyberattack that took its phone lines and patient portal offline. " +
      "The group said it was too early to say whether data had been taken.",
    {
      victims: ["Rivermead Medical Group"],
      type: "primary-care",
      country: "GB",
    },
  ),
  u(
    "u2-credit-monitoring",
    "pay-words for other things: attention, credit monitoring",
    "Women's health practice urges patients to watch statements after breach",
    "Willow Creek Women's Health, an obstetrics and gynecology practice in Fresno, California, said hackers accessed patient files, and urged patients to pay close attention to statements from their insurers. " +
      "The practice said it would pay for two years of credit monitoring.",
    {
      victims: ["Willow Creek Women's Health"],
      type: "clinic",
      country: "US",
    },
  ),
  u(
    "u2-paid-bitcoin",
    "paid in bitcoin, outlet as the source",
    "Cape Town fertility clinic paid 40 bitcoin to unlock files",
    "Table Mountain Fertility Centre paid a ransom of 40 bitcoin to regain access to patient files after its servers were encrypted, the clinic's director told News24.",
    {
      victims: ["Table Mountain Fertility Centre"],
      type: "clinic",
      ransom: { status: "paid", amount: 40, currency: "BTC" },
      country: "ZA",
    },
  ),
  u(
    "u2-payment-made-letter",
    "'made a payment to the unauthorised party', no sum",
    "Lab company says it paid hackers to delete stolen data",
    "Corvalis Diagnostic Laboratories said in a notice to patients that it made a payment to the unauthorised party in exchange for assurances that the stolen data had been deleted. " +
      "The Oregon-based lab did not disclose the amount.",
    {
      victims: ["Corvalis Diagnostic Laboratories"],
      type: "laboratory",
      ransom: { status: "paid" },
      country: "US",
    },
  ),
  u(
    "u2-insurer-paid",
    "the victim's cyber insurer paid",
    "Insurer paid $1.5 million ransom on behalf of Kansas hospital",
    "Prairie Bend Regional Medical Center's cyber insurer paid the hackers about $1.5 million in bitcoin to obtain a decryption key, hospital chief executive Tom Alder told the county commission on Tuesday. " +
      "Systems were restored within a week.",
    {
      victims: ["Prairie Bend Regional Medical Center"],
      type: "hospital",
      ransom: { status: "paid", amount: 1500000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-lawsuit-alleges-paid",
    "a lawsuit alleges a payment",
    "Lawsuit says Maine hospital paid ransom but data still leaked",
    "Patients suing Willowmere Regional Hospital allege in a complaint filed Monday that the hospital paid a ransom of $900,000 to the BlackSuit gang in exchange for a promise to delete stolen records, yet the data later appeared online. " +
      "The hospital, in Bangor, Maine, has not responded to the lawsuit.",
    {
      attackers: ["BlackSuit"],
      victims: ["Willowmere Regional Hospital"],
      type: "hospital",
      ransom: { status: "paid", amount: 900000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-believed-paid",
    "'is believed to have paid'",
    "Care group believed to have paid hackers",
    "Oakleigh Care Group, which runs 31 care homes in Victoria, is believed to have paid a ransom to the hackers who locked its systems last month, the Age reports. " +
      "The company declined to comment.",
    {
      victims: ["Oakleigh Care Group"],
      type: "care-home",
      ransom: { status: "paid" },
      country: "AU",
    },
  ),
  u(
    "u2-govt-wont-pay",
    "a government refuses on a health service's behalf",
    "Government will not pay hackers who hit Queensland health service",
    "The Queensland Government will not pay a ransom to the criminals who encrypted systems at the Darling Ridge Hospital and Health Service, the health minister said on Thursday.",
    {
      victims: ["Darling Ridge Hospital and Health Service"],
      type: "hospital",
      ransom: { status: "refused" },
      country: "AU",
    },
  ),
  u(
    "u2-declined-pounds",
    "'declined to pay a £2m ransom', trade press",
    "Pharmacy chain declines to pay £2m ransom",
    "Heathside Chemists, which runs 85 pharmacies across the English Midlands, has declined to pay a £2m ransom demanded by hackers who took its dispensing systems offline, the company confirmed to Pharmacy Trade Weekly.",
    {
      victims: ["Heathside Chemists"],
      type: "pharmacy",
      ransom: { status: "refused", amount: 2000000, currency: "GBP" },
      country: "GB",
    },
  ),
  u(
    "u2-rejected-demand",
    "'rejected a ransom demand', health-IT vendor",
    "Health IT vendor rejects hackers' demand",
    "Meridex Systems, which supplies electronic health record software to more than 300 rural hospitals, rejected a ransom demand from the Medusa gang, the company said. " +
      "Medusa has since posted samples of what it says is Meridex customer data.",
    {
      attackers: ["Medusa"],
      victims: ["Meridex Systems"],
      type: "health-it-vendor",
      ransom: { status: "refused" },
      country: null,
    },
  ),
  u(
    "u2-not-even-considering",
    "'isn't even considering paying'",
    "Care group 'not even considering' paying hackers",
    "Oakbridge Living, which operates 40 nursing homes in New South Wales, said it isn't even considering paying the criminals who encrypted its resident records.",
    {
      victims: ["Oakbridge Living"],
      type: "care-home",
      ransom: { status: "refused" },
      country: "AU",
    },
  ),
  u(
    "u2-no-intention-medtech",
    "'no intention of paying', device maker",
    "Medical device maker says it has no intention of paying ransom",
    "Trelane Medical, a Minnesota-based maker of cardiac monitoring devices, said it has no intention of paying the ransom sought by the Akira group, which claims to have stolen 1.2TB of engineering and customer data.",
    {
      attackers: ["Akira"],
      victims: ["Trelane Medical"],
      type: "pharma-medtech",
      ransom: { status: "refused" },
      country: "US",
    },
  ),
  u(
    "u2-half-million-sale",
    "data for sale at 'half a million dollars'",
    "LockBit puts Irish clinic's data up for sale",
    "The LockBit group says it will sell data stolen from Carlow Orthopaedic Clinic to the highest bidder, with a starting price of half a million dollars. " +
      "The clinic, in the south-east of Ireland, said it was aware of the claim.",
    {
      attackers: ["LockBit"],
      victims: ["Carlow Orthopaedic Clinic"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 500000, currency: "USD" },
      country: "IE",
    },
  ),
];

// ---------------------------------------------------------------- victims: where and how they are named, and their type
const VICTIMS: BankCase[] = [
  u(
    "u2-named-after-attack",
    "victim named in the sentence after the attack",
    "Ransomware attack hits Ontario dental group",
    "A ransomware attack has disrupted one of Ontario's largest dental groups, forcing dozens of offices to reschedule patients. " +
      "Maplecrest Dental Partners, which operates 74 clinics across the province, said in a statement on Wednesday that it discovered the attack on Monday.",
    {
      victims: ["Maplecrest Dental Partners"],
      type: "dental",
      country: "CA",
    },
  ),
  u(
    "u2-description-first",
    "description, then the name in apposition",
    "Melbourne radiology group confirms cyber incident",
    "A Melbourne radiology group, Southbank Imaging, has confirmed that hackers accessed patient referrals and scan reports. " +
      "The company said it had notified the Office of the Australian Information Commissioner.",
    {
      victims: ["Southbank Imaging"],
      type: "imaging",
      country: "AU",
    },
  ),
  u(
    "u2-health-insurer",
    "a 'Health' that is an insurer",
    "Ohio insurer Crestline Health says hackers stole member data",
    "Crestline Health, a nonprofit health insurer covering 420,000 members in Ohio, said hackers accessed a claims database and stole names, member ID numbers and diagnosis codes. " +
      "The company said it learned of the breach on Aug. 9.",
    {
      victims: ["Crestline Health"],
      type: "insurer",
      country: "US",
    },
  ),
  u(
    "u2-clinic-is-health-system",
    "a 'Clinic' that is a hospital system",
    "Cyberattack disrupts Harwell Clinic hospitals",
    "Harwell Clinic, a nonprofit health system with seven hospitals and 60 outpatient sites in Wisconsin, diverted ambulances from its two largest hospitals on Saturday after a cyberattack took its electronic health record offline.",
    {
      victims: ["Harwell Clinic"],
      type: "hospital",
      country: "US",
    },
  ),
  u(
    "u2-lab-brand",
    "a lab whose name has no health word",
    "Qilin claims attack on Southwest testing company",
    "Qilin has claimed responsibility for an attack on Brindle Labs, a clinical testing company that processes blood and urine samples for doctors' offices in Arizona and New Mexico. " +
      "The group says it took 320 GB of patient data.",
    {
      attackers: ["Qilin"],
      victims: ["Brindle Labs"],
      type: "laboratory",
      country: "US",
    },
  ),
  u(
    "u2-device-maker-8k",
    "device maker, SEC filing",
    "Medical device maker discloses ransomware attack in SEC filing",
    "Solvane Medical Inc., a maker of insulin pumps and glucose monitors, said in an 8-K filing that a ransomware attack had encrypted some of its manufacturing and business systems. " +
      "The Boston-based company said production at two plants was disrupted.",
    {
      victims: ["Solvane Medical"],
      type: "pharma-medtech",
      country: "US",
    },
  ),
  u(
    "u2-practice-software",
    "health-IT vendor whose product names billing",
    "Practice-management software provider confirms outage was cyberattack",
    "Dovetail Practice Systems, whose scheduling and billing software is used by about 9,000 physician practices, confirmed that a week-long outage was caused by a cyberattack. " +
      "Doctors' offices across the country have been unable to book appointments or submit claims.",
    {
      victims: ["Dovetail Practice Systems"],
      type: "health-it-vendor",
      country: null,
    },
  ),
  u(
    "u2-subsidiary",
    "'X, a subsidiary of Y': the parent is not hit",
    "Imaging subsidiary of Caldera Health hit by ransomware",
    "Northgate Imaging, a subsidiary of Caldera Health Partners, said a ransomware attack had disrupted scheduling at its 14 outpatient imaging centres in North Carolina. " +
      "Caldera said its other businesses were not affected.",
    {
      victims: ["Northgate Imaging"],
      type: "imaging",
      country: "US",
    },
  ),
  u(
    "u2-parent-and-hospitals",
    "a parent and two of its hospitals all hit",
    "Tennessee hospital owner says attack reached two hospitals",
    "Pinecrest Health Group said a cyberattack on its corporate network had spread to systems at Pinecrest Valley Hospital and Lakemoor Community Hospital, two of the 12 hospitals it owns in Tennessee.",
    {
      victims: ["Pinecrest Health Group", "Pinecrest Valley Hospital", "Lakemoor Community Hospital"],
      type: "hospital",
      country: "US",
    },
  ),
  u(
    "u2-two-surgeries",
    "two GP surgeries named in apposition; an outlet with a health word",
    "Two Welsh GP surgeries hit by same ransomware",
    "Two GP practices in south Wales, Cwmbran Road Surgery and Heol Fach Medical Practice, have had patient systems encrypted by the same ransomware, Digital Health Wales understands. " +
      "Both practices have switched to paper records.",
    {
      victims: ["Cwmbran Road Surgery", "Heol Fach Medical Practice"],
      type: "primary-care",
      country: "GB",
    },
  ),
  u(
    "u2-hospital-and-nursing-home",
    "hospital and nursing home both hit; the national service says so",
    "Galway hospital and nursing home hit by ransomware",
    "St. Brigid's Hospital and Rosewood Manor Nursing Home, which share an IT network in Galway, were both hit by a ransomware attack on Sunday, the HSE said.",
    {
      victims: ["St. Brigid's Hospital", "Rosewood Manor Nursing Home"],
      type: "hospital",
      country: "IE",
    },
  ),
  u(
    "u2-tv-urgent-care",
    "local TV dateline with call letters, urgent care chain",
    "Cyberattack shuts Tulsa urgent care chain",
    "TULSA, Okla. (KRDB) - A cyberattack has forced Redbud Urgent Care to close all eight of its clinics in the Tulsa area until further notice, the company told 8 News Now. " +
      "Patients are being asked to go to other providers.",
    {
      victims: ["Redbud Urgent Care"],
      type: "clinic",
      country: "US",
    },
  ),
  u(
    "u2-press-release-quote",
    "press-release quote in the first person",
    "Statement from Coastal Bend Behavioral Health regarding network incident",
    '"On the morning of October 14, Coastal Bend Behavioral Health became aware of a network security incident that has affected some of our systems," said Chief Executive Officer Maria Elena Ruiz. ' +
      '"We immediately took our systems offline and engaged leading cybersecurity experts. Our clinics in Corpus Christi, Texas, remain open."',
    {
      victims: ["Coastal Bend Behavioral Health"],
      type: "mental-health",
      country: "US",
    },
  ),
  u(
    "u2-notice-letter",
    "notification letter with a defined short name",
    "Notice of Data Security Incident",
    'Hollins Creek Pediatrics ("Hollins Creek") is writing to inform you of an incident that may affect the privacy of some of your information. ' +
      "On June 3, 2026, Hollins Creek discovered suspicious activity in its computer network. " +
      "The investigation determined that an unknown actor accessed and copied certain files between May 28 and June 3, 2026. " +
      "The information may have included your child's name, date of birth and health insurance information. " +
      "Hollins Creek Pediatrics is located in Roanoke, Virginia.",
    {
      victims: ["Hollins Creek Pediatrics"],
      type: "clinic",
      country: "US",
    },
  ),
  u(
    "u2-letter-vendor",
    "notification letter about the practice's vendor",
    "Notice of Data Event",
    "Ashgrove Family Medicine is providing notice of an incident at Carrow Health Technologies, a vendor that hosts Ashgrove's electronic medical records. " +
      "On April 2, Carrow notified Ashgrove that an unauthorised party had encrypted and taken data from Carrow's servers. " +
      "Ashgrove Family Medicine serves patients in Spokane, Washington.",
    {
      victims: ["Ashgrove Family Medicine", "Carrow Health Technologies"],
      type: "primary-care",
      country: "US",
    },
  ),
  u(
    "u2-regulator-statement",
    "regulator's statement naming the victim",
    "Privacy commissioner investigating breach at Saskatchewan home care agency",
    "Saskatchewan's Information and Privacy Commissioner said on Friday it had opened an investigation into a breach at Prairie Lily Home Care, after the agency reported that hackers had accessed the files of about 3,700 clients. " +
      "The commissioner's office said it was notified on March 2.",
    {
      victims: ["Prairie Lily Home Care"],
      type: "care-home",
      people: 3700,
      country: "CA",
    },
  ),
  u(
    "u2-lawsuit-hospital-operator",
    "a lawsuit names the victim; its description settles the type",
    "Patients file class action over Tennessee hospital operator's breach",
    "A class action filed in federal court in Nashville accuses Harrow Health Services, which operates 14 hospitals in Tennessee, of failing to protect data of 1.2 million patients stolen in a ransomware attack in March.",
    {
      victims: ["Harrow Health Services"],
      type: "hospital",
      people: 1200000,
      country: "US",
    },
  ),
  u(
    "u2-pharmacy-brand",
    "a pharmacy chain whose name holds no health word",
    "Alberta pharmacy chain hit by cyberattack",
    "Pomeroy Drug Mart, a family-owned pharmacy chain with 38 stores in Alberta, said a cyberattack had forced it to stop filling prescriptions online for three days.",
    {
      victims: ["Pomeroy Drug Mart"],
      type: "pharmacy",
      country: "CA",
    },
  ),
  u(
    "u2-homecare-brand",
    "a home-care agency whose name holds no health word",
    "Hackers stole data of seniors served by Massachusetts home-care agency",
    "BrightPath Companions, a home-care agency serving 5,000 seniors in Massachusetts, said hackers stole names, addresses and care plans of 4,112 clients in a July cyberattack.",
    {
      victims: ["BrightPath Companions"],
      type: "care-home",
      people: 4112,
      country: "US",
    },
  ),
  u(
    "u2-eprescribing",
    "an e-prescription network",
    "E-prescribing network down after cyberattack",
    "Scriptwell, an e-prescription network used by 70,000 prescribers in Canada, said a cyberattack had forced it to take its service offline, leaving doctors to fax prescriptions to pharmacies.",
    {
      victims: ["Scriptwell"],
      type: "health-it-vendor",
      country: "CA",
    },
  ),
  u(
    "u2-plasma",
    "plasma collector named by its description",
    "Plasma collector closes donation centers after ransomware attack",
    "Vitaplas, a plasma collection company with 90 donation centers in the US, closed its centers for two days after a ransomware attack, the company said.",
    {
      victims: ["Vitaplas"],
      type: "other-healthcare",
      country: "US",
    },
  ),
  u(
    "u2-ems-authority",
    "an EMS authority is an ambulance service",
    "Cyberattack forces county EMS to dispatch by radio",
    "Tri-County EMS Authority, which runs ambulance service for three counties in central Pennsylvania, said a cyberattack had taken its computer-aided dispatch system offline.",
    {
      victims: ["Tri-County EMS Authority"],
      type: "ambulance",
      country: "US",
    },
  ),
  u(
    "u2-ministry",
    "a ministry that does not run hospitals",
    "Bermuda health ministry hit by cyberattack",
    "Bermuda's Ministry of Health said on Tuesday that a cyberattack had disrupted its email and vaccination records systems. " +
      "Hospitals on the island are run by a separate authority and were not affected.",
    {
      victims: ["Ministry of Health"],
      type: "public-health",
      country: "BM",
    },
  ),
  u(
    "u2-research",
    "a clinical research institute",
    "Norwegian clinical research institute hit by ransomware",
    "The Halvorsen Institute for Clinical Research in Bergen said ransomware had encrypted servers holding data from 40 clinical trials.",
    {
      victims: ["Halvorsen Institute for Clinical Research"],
      type: "research",
      country: "NO",
    },
  ),
  u(
    "u2-addiction-provider",
    "addiction and mental health provider with a brand name",
    "Pennsylvania addiction treatment provider discloses breach",
    "Bridgeway Recovery Services, a provider of addiction treatment and mental health services in Pennsylvania, said hackers accessed records of 12,500 patients.",
    {
      victims: ["Bridgeway Recovery Services"],
      type: "mental-health",
      people: 12500,
      country: "US",
    },
  ),
  u(
    "u2-dental-owner",
    "a dental group whose name holds no dental word",
    "Texas dental group notifies patients of breach",
    "Lumen Care Partners, which owns and operates 120 dental offices in Texas, said an unauthorised party copied patient files from its network in May.",
    {
      victims: ["Lumen Care Partners"],
      type: "dental",
      country: "US",
    },
  ),
  u(
    "u2-background-victim",
    "a victim of another incident named as background",
    "Medusa claims attack on Ohio cancer centre",
    "The Medusa gang has claimed an attack on Lakeshore Cancer Center in Toledo. " +
      "Last year the same group hit Kettering Bluff Hospital, which paid to recover its files.",
    {
      attackers: ["Medusa"],
      victims: ["Lakeshore Cancer Center"],
      type: "clinic",
      country: "US",
    },
  ),
  u(
    "u2-outlet-named-hsj",
    "the outlet told, in UK trade press",
    "Trust confirms cyber attack on its pathology network",
    "Harrowdene Hospitals NHS Trust has confirmed that a cyber attack took its pathology systems offline, chief executive Sarah Blunt told Health Service Journal. " +
      "Blood tests are being sent to a neighbouring trust.",
    {
      victims: ["Harrowdene Hospitals NHS Trust"],
      type: "hospital",
      country: "GB",
    },
  ),
  u(
    "u2-parent-said",
    "a parent speaks for its hit subsidiary",
    "Parent company confirms attack on Quebec pharmacy group",
    "Groupe Santé Valmont said on Monday that its subsidiary, Pharmacies Laurentides, had been hit by a ransomware attack that disrupted prescription services at 45 stores in Quebec.",
    {
      victims: ["Pharmacies Laurentides"],
      type: "pharmacy",
      country: "CA",
    },
  ),
  u(
    "u2-indian-hospital-chain",
    "Indian chain, lakh patients",
    "Data of 3 lakh patients stolen from Hyderabad hospital chain",
    "Hackers stole data of about 3 lakh patients from Sanjeevani Hospitals, which runs seven hospitals in Telangana, the company said in a filing to the stock exchanges.",
    {
      victims: ["Sanjeevani Hospitals"],
      type: "hospital",
      people: 300000,
      country: "IN",
    },
  ),
];

// ---------------------------------------------------------------- not about a healthcare victim
const NEGATIVE: BankCase[] = [
  u(
    "u2-council-knock-on",
    "a council hit; social care services feel it",
    "Council's systems down after ransomware, social care affected",
    "Thornbury District Council said a ransomware attack had taken its systems offline, leaving social workers without access to case files. " +
      "The council said it would not pay any ransom.",
    { relevant: false },
  ),
  u(
    "u2-survey-averages",
    "a survey of ransom payments in healthcare",
    "Healthcare ransom payments average $4.4 million, survey finds",
    "Hospitals that paid ransoms last year handed over an average of $4.4 million, according to a survey of 400 healthcare IT leaders by a security vendor. " +
      "Two thirds of respondents said their organisation had been hit by ransomware.",
    { relevant: false },
  ),
  u(
    "u2-law-firm",
    "a law firm serving hospitals was hit",
    "Law firm that represents hospitals hit by ransomware",
    "Dunleavy & Price LLP, a Chicago law firm whose clients include several hospitals, said hackers demanded $2 million after encrypting its document servers.",
    { relevant: false },
  ),
];

// ---------------------------------------------------------------- a second round, written after the first fixes
const ROUND_2: BankCase[] = [
  u(
    "u2-sought-payment-euros",
    "'sought a payment of 1.2 million euros'",
    "Spanish clinic group targeted by extortionists",
    "The attackers who broke into the servers of Clínicas Levante, a group of 14 private clinics in Valencia, sought a payment of 1.2 million euros, regional police said.",
    {
      victims: ["Clínicas Levante"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 1200000, currency: "EUR" },
      country: "ES",
    },
  ),
  u(
    "u2-dollars-crypto-words",
    "'100,000 dollars in cryptocurrency', extortionists",
    "Extortionists targeted Ecuador hospital",
    "Police said the extortionists asked Hospital San Rafael de Cuenca for 100,000 dollars in cryptocurrency after locking its patient records.",
    {
      victims: ["Hospital San Rafael de Cuenca"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 100000, currency: "USD" },
      country: "EC",
    },
  ),
  u(
    "u2-space-thousands",
    "a French-style figure with spaces, 'a ransom of 250 000 euros'",
    "Clinique du Parc hit by ransomware",
    "The Clinique du Parc in Lyon has received a ransom demand of 250 000 euros after its servers were encrypted, the clinic's director said.",
    {
      victims: ["Clinique du Parc"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 250000, currency: "EUR" },
      country: "FR",
    },
  ),
  u(
    "u2-rand",
    "South African rand written 'R10 million'",
    "Hackers demand R10 million from Durban hospital group",
    "Hackers have demanded R10 million from Umhlanga Coast Hospitals, which runs three private hospitals in KwaZulu-Natal, after encrypting its systems.",
    {
      victims: ["Umhlanga Coast Hospitals"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 10000000, currency: "ZAR" },
      country: "ZA",
    },
  ),
  u(
    "u2-lakh",
    "rupees in lakh",
    "Nagpur clinic's data held for ransom",
    "Cyber criminals demanded Rs 15 lakh from Sushrut Eye Clinic in Nagpur to unlock its patient database, police said.",
    {
      victims: ["Sushrut Eye Clinic"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 1500000, currency: "INR" },
      country: "IN",
    },
  ),
  u(
    "u2-authorised-payment",
    "a board authorised a payment to the attackers",
    "Hospital board approved payment to hackers, minutes show",
    "The board of Fairhaven Memorial Hospital authorised a payment of $750,000 to the attackers who encrypted its servers in March, according to meeting minutes obtained by the Fairhaven Ledger.",
    {
      victims: ["Fairhaven Memorial Hospital"],
      type: "hospital",
      ransom: { status: "paid", amount: 750000, currency: "USD" },
      country: null,
    },
  ),
  u(
    "u2-gang-received",
    "the gang says it received the payment",
    "Gang says it was paid by Oregon health plan",
    "The ALPHV gang says it received a $1.2 million payment from Cascadia Health Plan, an Oregon Medicaid insurer, after stealing member records.",
    {
      attackers: ["ALPHV"],
      victims: ["Cascadia Health Plan"],
      type: "insurer",
      ransom: { status: "paid", amount: 1200000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-does-not-negotiate",
    "'does not negotiate with criminals'",
    "Health board says it will not deal with hackers",
    "NHS Kestrel Borders said it does not negotiate with criminals after hackers demanded a ransom to return data taken from its servers.",
    {
      victims: ["NHS Kestrel Borders"],
      type: "hospital",
      ransom: { status: "refused" },
      country: "GB",
    },
  ),
  u(
    "u2-pounds-in-bitcoin",
    "'£500,000 in Bitcoin'",
    "Hackers demand £500,000 in Bitcoin from Norfolk GP surgery",
    "Hackers are demanding £500,000 in Bitcoin from Broadland Road Surgery in Norwich after encrypting its patient records.",
    {
      victims: ["Broadland Road Surgery"],
      type: "primary-care",
      ransom: { status: "demanded-amount", amount: 500000, currency: "GBP" },
      country: "GB",
    },
  ),
  u(
    "u2-cost-estimate",
    "an expected cost is no ransom",
    "Hospital expects cyberattack to cost $20 million",
    "Lakeview Regional Medical Center expects the ransomware attack to cost $20 million in lost revenue and repairs, its chief financial officer told investors.",
    {
      victims: ["Lakeview Regional Medical Center"],
      type: "hospital",
      ransom: none,
      country: null,
    },
  ),
  u(
    "u2-quote-only-victim",
    "the victim named only as a spokesperson's employer",
    "Dental group confirms attack",
    '"We were the victim of a ransomware attack on Sunday," said a spokesperson for Seabrook Dental Care, which has 12 practices in Kent.',
    {
      victims: ["Seabrook Dental Care"],
      type: "dental",
      country: "GB",
    },
  ),
  u(
    "u2-headline-only-name",
    "the name in the headline only; the body says 'the hospital'",
    "Hackers hit Alder Bay Hospital in Nova Scotia",
    "The hospital said its computer systems were taken offline on Tuesday after a cyberattack, and emergency patients were being seen as usual.",
    {
      victims: ["Alder Bay Hospital"],
      type: "hospital",
      country: "CA",
    },
  ),
  u(
    "u2-org-clinic-site",
    "a system's named clinic site is the system",
    "Cyberattack closes clinic",
    "Kestrel Health's Boonville clinic closed for two days after a cyberattack on Kestrel Health, a health system with four hospitals in Missouri.",
    {
      victims: ["Kestrel Health"],
      type: "hospital",
      country: "US",
    },
  ),
  u(
    "u2-transcription",
    "a medical transcription company",
    "Medical transcription firm breached",
    "Nuvia Transcription, a medical transcription company that serves hospitals in 20 states, said hackers stole audio files and notes of 240,000 patients.",
    {
      victims: ["Nuvia Transcription"],
      type: "health-it-vendor",
      people: 240000,
      // "in 20 states" names no place (corrected after the first run: the label had read the US into it).
      country: null,
    },
  ),
  u(
    "u2-dme-supplier",
    "a durable medical equipment supplier",
    "Medical equipment supplier hit by ransomware",
    "Keller Home Medical, a durable medical equipment supplier in Iowa, said ransomware encrypted its order systems, delaying deliveries of oxygen concentrators.",
    {
      victims: ["Keller Home Medical"],
      type: "pharma-medtech",
      country: "US",
    },
  ),
  u(
    "u2-veterans-home",
    "a veterans' home",
    "State veterans home reports data breach",
    "The Kestrel County Veterans Home, a 120-bed long-term care facility, said hackers accessed the records of 1,400 residents and staff.",
    {
      victims: ["Kestrel County Veterans Home"],
      type: "care-home",
      people: 1400,
      country: null,
    },
  ),
  u(
    "u2-seven-figure",
    "a seven-figure sum sought, no amount",
    "Hackers seek seven-figure sum from fertility clinic",
    "The hackers who stole embryo records from Harbour Fertility in Auckland are seeking a seven-figure payout, the clinic said.",
    {
      victims: ["Harbour Fertility"],
      type: "clinic",
      ransom: { status: "demanded-undisclosed" },
      country: "NZ",
    },
  ),
  u(
    "u2-no-ransom-paid-statement",
    "'has not paid and will not pay'",
    "Hospital will not pay hackers",
    "Riverside Children's Hospital in Perth has not paid and will not pay any ransom, its chief executive said.",
    {
      victims: ["Riverside Children's Hospital"],
      type: "hospital",
      ransom: { status: "refused" },
      country: "AU",
    },
  ),
];

// ---------------------------------------------------------------- a third round, written after the second round's fixes
const ROUND_3: BankCase[] = [
  u(
    "u2-negotiated-down",
    "a demand negotiated down, then paid",
    "Hospital negotiated ransom down before paying",
    "Westbrook Valley Hospital negotiated the hackers' demand down from $4 million to $1 million and then paid, two executives told the Westbrook Courier.",
    {
      victims: ["Westbrook Valley Hospital"],
      type: "hospital",
      ransom: { status: "paid", amount: 1000000, currency: "USD" },
      country: null,
    },
  ),
  u(
    "u2-would-not-be-paid",
    "passive refusal: 'the ransom would not be paid'",
    "Ambulance service hit by ransomware",
    "Coastal Plains Ambulance Service said its dispatch systems were encrypted on Friday. A spokesperson said the ransom would not be paid.",
    {
      victims: ["Coastal Plains Ambulance Service"],
      type: "ambulance",
      ransom: { status: "refused" },
      country: null,
    },
  ),
  u(
    "u2-no-plans-to-pay",
    "'has no plans to pay'",
    "Clinic group has no plans to pay hackers",
    "Birchfield Sleep Clinics, which runs nine sleep medicine clinics in Ontario, said it has no plans to pay the ransom demanded by the group that encrypted its servers.",
    {
      victims: ["Birchfield Sleep Clinics"],
      type: "clinic",
      ransom: { status: "refused" },
      country: "CA",
    },
  ),
  u(
    "u2-met-the-demand",
    "'met the hackers' demand'",
    "Pharmacy met hackers' demand to restore systems",
    "Kinross Family Pharmacy in Perth, Scotland, met the hackers' demand of £40,000 to restore its dispensing system, the owner said.",
    {
      victims: ["Kinross Family Pharmacy"],
      type: "pharmacy",
      ransom: { status: "paid", amount: 40000, currency: "GBP" },
      country: "GB",
    },
  ),
  u(
    "u2-price-tag",
    "'a $4 million price tag on the data'",
    "Medusa puts $4 million price tag on clinic data",
    "The Medusa gang has put a $4 million price tag on data it says it stole from Pinecone Pediatrics in Bend, Oregon.",
    {
      attackers: ["Medusa"],
      victims: ["Pinecone Pediatrics"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 4000000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-bec-theft",
    "money stolen by impersonation is no ransom",
    "Hackers diverted $2 million from hospital's payments",
    "Hackers who impersonated a supplier diverted $2 million of Eastmoor General Hospital's payments to their own accounts, the hospital said.",
    {
      victims: ["Eastmoor General Hospital"],
      type: "hospital",
      ransom: none,
      country: null,
    },
  ),
  u(
    "u2-spent-restoring",
    "money spent on restoring systems",
    "Trust spent £3m recovering from cyber attack",
    "Kestrelwood NHS Foundation Trust spent £3m restoring its systems after the 2025 ransomware attack, board papers show.",
    {
      victims: ["Kestrelwood NHS Foundation Trust"],
      type: "hospital",
      ransom: none,
      country: "GB",
    },
  ),
  u(
    "u2-inc-comma",
    "a name with 'Inc.,' and its description",
    "Home infusion provider discloses breach",
    "Primewell Infusion, Inc., a home infusion pharmacy based in Tulsa, Oklahoma, said an unauthorised party accessed files containing the data of 9,800 patients.",
    {
      victims: ["Primewell Infusion"],
      type: "pharmacy",
      people: 9800,
      country: "US",
    },
  ),
  u(
    "u2-cro",
    "a contract research organisation",
    "Contract research firm hit by ransomware",
    "Veldhoven Trials, a contract research organisation that runs clinical trials for drugmakers, said ransomware had encrypted servers at its Dutch headquarters.",
    {
      victims: ["Veldhoven Trials"],
      type: "research",
      country: "NL",
    },
  ),
  u(
    "u2-officials-at",
    "'officials at X said'",
    "Cyberattack disrupts Kentucky hospital",
    "Officials at Riverbend Medical Center in Paducah, Kentucky, said a cyberattack forced staff to use paper charts on Monday.",
    {
      victims: ["Riverbend Medical Center"],
      type: "hospital",
      country: "US",
    },
  ),
  u(
    "u2-children-charity",
    "a children's mental health charity",
    "Children's mental health charity hit by cyber attack",
    "Brightmind, a children's mental health charity in Manchester, said hackers stole counselling notes of 2,300 young people.",
    {
      victims: ["Brightmind"],
      type: "mental-health",
      people: 2300,
      country: "GB",
    },
  ),
  u(
    "u2-two-names-one-sentence-or",
    "victims joined by 'as well as'",
    "Ransomware hits two Quebec clinics",
    "Clinique Médicale Saint-Roch as well as Clinique Dentaire Beauport were hit by ransomware on Sunday, Quebec's health ministry said.",
    {
      victims: ["Clinique Médicale Saint-Roch", "Clinique Dentaire Beauport"],
      type: "clinic",
      country: "CA",
    },
  ),
];

// ---------------------------------------------------------------- a fourth round
const ROUND_4: BankCase[] = [
  u(
    "u2-tracker-caps",
    "tracker post with the victim in capitals",
    "New victim: OPTIMA CARE PARTNERS",
    "Group: Lynx\nVictim: OPTIMA CARE PARTNERS (Australia)\nSector: Healthcare\nDescription: Optima Care Partners operates aged care homes in Queensland. The group claims to hold 120 GB of resident data.",
    {
      attackers: ["Lynx"],
      victims: ["Optima Care Partners"],
      type: "care-home",
      country: "AU",
    },
  ),
  u(
    "u2-ampersand",
    "a name with an ampersand",
    "Harmon & Sons Pharmacy reports ransomware attack",
    "Harmon & Sons Pharmacy, a family-run chain of six drugstores in Maine, said ransomware had locked its prescription system for two days.",
    {
      victims: ["Harmon & Sons Pharmacy"],
      type: "pharmacy",
      country: "US",
    },
  ),
  u(
    "u2-owned-modifier",
    "'Ascension-owned St. Agnes Hospital': the owner as a modifier",
    "Cyberattack hits Ascension-owned hospital",
    "A cyberattack has disrupted electronic records at Ascension-owned St. Agnes Hospital in Baltimore, the hospital said.",
    {
      victims: ["St. Agnes Hospital"],
      type: "hospital",
      country: "US",
    },
  ),
  u(
    "u2-doctor-practice",
    "a doctor's practice named after the doctor",
    "New Jersey family practice notifies patients",
    "Family Care of Edison, the practice of Dr. Anil Patel, said an unauthorised person accessed its patient portal and viewed records of 3,100 patients.",
    {
      victims: ["Family Care of Edison"],
      type: "primary-care",
      people: 3100,
      // The headline's "New Jersey" fixes the country (corrected after the first run).
      country: "US",
    },
  ),
  u(
    "u2-ransom-had-been-paid",
    "'confirmed a ransom had been paid'",
    "Province confirms ransom paid after health authority hack",
    "The provincial government confirmed on Thursday that a ransom had been paid to the hackers who encrypted systems at the Northern Lakes Health Authority in Manitoba.",
    {
      victims: ["Northern Lakes Health Authority"],
      type: "hospital",
      ransom: { status: "paid" },
      country: "CA",
    },
  ),
  u(
    "u2-reported-to-be",
    "'the extortion demand, reported to be about $3m'",
    "Extortion demand against clinic group reported at $3m",
    "The extortion demand, reported to be about $3m, was sent to Ridgecrest Urology Associates after hackers copied scans and billing records, the practice said.",
    {
      victims: ["Ridgecrest Urology Associates"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 3000000, currency: "USD" },
      country: null,
    },
  ),
  u(
    "u2-demand-was",
    "'the group's demand was $1.3 million'",
    "Hive demanded $1.3 million from Ohio hospital",
    "The Hive group's demand was $1.3 million, according to a copy of the ransom note seen by the Columbus Dispatch. Buckeye Valley Hospital has not said whether it will pay.",
    {
      attackers: ["Hive"],
      victims: ["Buckeye Valley Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 1300000, currency: "USD" },
      country: "US",
    },
  ),
  u(
    "u2-within-hours",
    "'demanded that the hospital pay $500,000 within 48 hours'",
    "Hackers give hospital 48 hours to pay",
    "The attackers demanded that Mercy Ridge Hospital pay $500,000 within 48 hours or see patient files published.",
    {
      victims: ["Mercy Ridge Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 500000, currency: "USD" },
      country: null,
    },
  ),
  u(
    "u2-dialysis-provider",
    "a dialysis provider with a brand name",
    "Dialysis provider hit by ransomware",
    "Renova Kidney Partners, a dialysis provider with 60 centres in Texas, said ransomware encrypted its scheduling systems.",
    {
      victims: ["Renova Kidney Partners"],
      type: "clinic",
      country: "US",
    },
  ),
  u(
    "u2-111-provider",
    "an NHS 111 provider",
    "NHS 111 provider hit by cyber attack",
    "Carewell Urgent Response, which runs the NHS 111 service in Cornwall, said a cyber attack had taken its call handling system offline.",
    {
      victims: ["Carewell Urgent Response"],
      type: "ambulance",
      country: "GB",
    },
  ),
];

export const BANK_2: BankCase[] = [
  ...AMOUNTS,
  ...REPORTED,
  ...MONEY,
  ...VICTIMS,
  ...NEGATIVE,
  ...ROUND_2,
  ...ROUND_3,
  ...ROUND_4,
];

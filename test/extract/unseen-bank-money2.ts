// A second money bank: ransom status and amount, attack types, people affected, data volume and attacker groups as
// newsrooms nobody here has read write them (wire copy, Indian, British, Australian, Swiss and French outlets, trade
// press, tracker posts, notification letters): currencies as symbols, codes and words, figures in words, lakh and
// crore, ranges and "up to", demands raised or negotiated down, insurers paying, decryptors bought, leak-site
// countdowns, groups rebranded, denied or named in quotation marks; and dev articles reworded (ids "mm1-rw-<dev id>",
// labels copied from the dev record). Every other organisation, person and figure is made up; labels follow
// ../shared/eval/README.md and were written before the extractor was run on the texts. Only relevance and the fields
// this bank probes (attackers, ransom, people, volume, and attack types where given) are checked.
import type { BankCase } from "./unseen-shapes-bank";
import { m as mm } from "./unseen-bank-money";

// ---------------------------------------------------------------- round 1: money
const ROUND_1_MONEY: BankCase[] = [
  mm(
    "mm1-crore",
    "a demand in crore, Indian police copy",
    "Hackers demand Rs 2 crore from Pune hospital",
    "Sahyadri Valley Hospital in Pune received an email from hackers demanding Rs 2 crore in cryptocurrency after its servers were encrypted on Sunday night, police said. The hospital has filed a complaint with the cyber cell.",
    { ransom: { status: "demanded-amount", amount: 20000000, currency: "INR" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-words-and-a-half",
    "a sum in words ('two and a half million dollars')",
    "Hackers want millions from Elmstead hospital",
    "Investigators said the hackers who locked Elmstead Community Hospital's computers last week want two and a half million dollars to restore them.",
    { ransom: { status: "demanded-amount", amount: 2500000, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-habit-range-then-ask",
    "a gang's usual range, then this demand in bitcoin",
    "Rhysida claims attack on Coralton Children's Clinic",
    "Rhysida typically asks its victims for between $1 million and $5 million. In Coralton Children's Clinic's case, the gang has asked for 20 bitcoin and says it holds patient files.",
    {
      attackers: ["Rhysida"],
      ransom: { status: "demanded-amount", amount: 20, currency: "BTC" },
      attacks: ["data-theft", "extortion"],
    },
  ),
  mm(
    "mm1-demand-raised",
    "a demand raised after a deadline",
    "Gang doubles ransom demand on Varden Health",
    "The gang behind the ransomware attack on Varden Health first demanded $1.5 million, then raised the demand to $3 million when its deadline passed, according to messages seen by reporters.",
    { ransom: { status: "demanded-amount", amount: 3000000, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-negotiated-insurer-paid",
    "negotiated down, paid by the insurer",
    "Insurer paid hackers after Lockwell hospital attack",
    "Negotiators working for Lockwell Memorial Hospital talked the hackers down from $4 million to $1.1 million, which the hospital's cyber insurer then paid, court filings show. The ransomware attack had shut the hospital's systems for nine days.",
    { ransom: { status: "paid", amount: 1100000, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-insurer-paid-no-sum",
    "the insurer paid, sum withheld",
    "Grenfell Orthopaedics confirms ransom was paid",
    "Grenfell Orthopaedics said its cyber insurance carrier paid the ransom after the attack encrypted its imaging archive. The practice would not say how much was paid.",
    { ransom: { status: "paid", amount: null, currency: null }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-decryptor-bought",
    "a decryptor bought, no ransom word",
    "Wexley rehab centre paid hackers for decryptor",
    "Wexley Rehabilitation Centre paid the hackers for a decryptor after its backups were also encrypted, the centre's director told the local paper.",
    { ransom: { status: "paid", amount: null, currency: null }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-countdown",
    "a leak-site countdown with a volume",
    "Clop sets countdown for Halberd Medical Group data",
    "Clop's leak site now shows a countdown for Halberd Medical Group: the practice has six days to pay before 120 GB of patient records are released, the post says.",
    {
      attackers: ["Clop"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 120e9,
      attacks: ["data-theft", "extortion"],
    },
  ),
  mm(
    "mm1-pounds-k",
    "a sum in 'k', British copy",
    "GP federation hit by £250k ransom demand",
    "Criminals who encrypted the network of Thornleigh GP Federation are demanding £250k, the federation's chair told a board meeting on Thursday.",
    { ransom: { status: "demanded-amount", amount: 250000, currency: "GBP" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-euro-decimal-comma",
    "a decimal comma, French wire copy in English",
    "Lyon clinic faces €1,2 million ransom",
    "The hackers who crippled the Clinique Saint-Aubin in Lyon are demanding 1,2 million euros, the clinic's management said on Tuesday, adding that surgeries had been postponed.",
    { ransom: { status: "demanded-amount", amount: 1200000, currency: "EUR" } },
  ),
  mm(
    "mm1-swiss-francs",
    "a sum in Swiss francs written after the figure",
    "Zurich laboratory refuses ransom",
    "Labor Seefeld, a medical laboratory in Zurich, said the attackers had asked for a ransom of 500,000 Swiss francs and that it would not give in to blackmail.",
    { ransom: { status: "refused", amount: 500000, currency: "CHF" } },
  ),
  mm(
    "mm1-aud",
    "an Australian dollar sum",
    "Queensland radiology group hit by A$1.3m demand",
    "Sunvale Imaging, which runs 14 radiology clinics in Queensland, has received an A$1.3 million ransom demand from the group that stole its patient data.",
    { ransom: { status: "demanded-amount", amount: 1300000, currency: "AUD" }, attacks: ["data-theft", "extortion"] },
  ),
  mm(
    "mm1-refused-sum-withheld",
    "a refusal, sum withheld",
    "Kelso health board will not pay hackers",
    "NHS Kelso declined to say how much the attackers had demanded but said it would not be paying. The health board's systems were hit by ransomware on Friday.",
    { ransom: { status: "refused", amount: null, currency: null }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-weighing",
    "still weighing whether to pay a stated demand",
    "Hospital weighing $700,000 ransom demand",
    "Dunmore Valley Hospital is still weighing whether to pay the $700,000 demanded by the hackers who encrypted its servers, its chief executive said.",
    { ransom: { status: "demanded-amount", amount: 700000, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-fine-not-ransom",
    "a regulator's fine after the attack",
    "Ashdown Clinic fined £40,000 over ransomware attack",
    "The Information Commissioner has fined Ashdown Clinic £40,000 after a ransomware attack in which hackers stole the records of 6,100 patients.",
    { people: 6100, attacks: ["ransomware", "data-theft"] },
  ),
  mm(
    "mm1-payment-report-false",
    "a reported payment called untrue",
    "Morrow Health denies paying hackers",
    "Morrow Health was hit by a cyberattack on March 3. Reports that the health system paid the hackers are untrue, a spokesperson said on Monday.",
    { attacks: ["unknown"] },
  ),
  mm(
    "mm1-btc-then-usd",
    "bitcoin first, dollars in brackets",
    "Hackers ask Pinecrest clinic for 12 bitcoin",
    "The group that breached Pinecrest Fertility Clinic has demanded 12 bitcoin (about $800,000) not to publish the stolen embryology records.",
    { ransom: { status: "demanded-amount", amount: 12, currency: "BTC" }, attacks: ["data-theft", "extortion"] },
  ),
  mm(
    "mm1-demand-then-negotiating",
    "in talks, no sum",
    "Hospital in talks with hackers",
    "Ferncliff General Hospital confirmed it is in talks with the hackers who encrypted its patient record system, but gave no details of what they are asking.",
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-other-victim-paid",
    "another victim's payment in the same article",
    "Oakridge clinic refuses to pay LockBit",
    "Oakridge Pain Clinic said it refused to pay the LockBit affiliate that encrypted its systems. Last year a pharmacy chain hit by the same gang paid $2 million.",
    { attackers: ["LockBit"], ransom: { status: "refused", amount: null, currency: null }, attacks: ["ransomware"] },
  ),
];

// ---------------------------------------------------------------- round 1: counts and volumes
const ROUND_1_COUNTS: BankCase[] = [
  mm(
    "mm1-people-some-million",
    "'some 1.2 million people'",
    "Data of 1.2 million exposed in Orland Health Plan hack",
    "Hackers stole names, dates of birth and claim numbers of some 1.2 million people from Orland Health Plan, the insurer said.",
    { people: 1200000, attacks: ["data-theft"] },
  ),
  mm(
    "mm1-people-lakh",
    "a head-count in lakh",
    "Records of 3.5 lakh patients stolen from Kochi hospital",
    "A hacker has stolen records of 3.5 lakh patients from Aster Bay Hospital in Kochi and put them up for sale on a forum, the hospital confirmed.",
    { people: 350000, attacks: ["data-theft"] },
  ),
  mm(
    "mm1-people-up-to",
    "'up to 80,000 patients'",
    "Up to 80,000 patients hit by Bellmoor breach",
    "Bellmoor Surgical Centre said data of up to 80,000 patients was copied by an unauthorised third party during the incident.",
    { people: 80000, attacks: ["data-theft"] },
  ),
  mm(
    "mm1-people-revised",
    "a count revised upward",
    "Hollis Eye Care raises breach count",
    "Hollis Eye Care first said the cyberattack affected about 4,000 patients. In a filing this week it raised that figure to 11,500.",
    { people: 11500 },
  ),
  mm(
    "mm1-people-beside-staff",
    "a head-count beside a staff count",
    "2,300 patients' records stolen from Marlow trust",
    "Marlow Community NHS Trust, which employs 9,000 staff across 14 sites, said hackers stole the records of 2,300 patients.",
    { people: 2300, attacks: ["data-theft"] },
  ),
  mm(
    "mm1-volume-half-tb",
    "'half a terabyte'",
    "Gang says it stole half a terabyte from Corbin clinic",
    "The Akira gang says it took half a terabyte of data from Corbin Sleep Clinic, including insurance forms and sleep-study reports.",
    { attackers: ["Akira"], volume: 5e11, attacks: ["data-theft"] },
  ),
  mm(
    "mm1-volume-mb",
    "megabytes",
    "Referral letters stolen from Hartwell practice",
    "An intruder downloaded 350 MB of scanned referral letters from Hartwell Family Practice's file server, the practice said.",
    { volume: 350e6, attacks: ["data-theft"] },
  ),
  mm(
    "mm1-volume-stored-vs-taken",
    "a stored volume beside the volume taken",
    "Gang took 400GB from dental group's archive",
    "Brightsmile Dental Group's imaging archive holds about 12 TB of X-rays; the hackers took 400 GB of it before they were detected.",
    { volume: 400e9, attacks: ["data-theft"] },
  ),
];

// ---------------------------------------------------------------- round 1: attackers
const ROUND_1_ATTACKERS: BankCase[] = [
  mm(
    "mm1-rebranded",
    "a rebranded gang with its former name",
    "BlackSuit claims Kestle Valley hospital attack",
    "BlackSuit, the gang formerly known as Royal, has claimed the ransomware attack on Kestle Valley Hospital.",
    { attackers: ["BlackSuit"], attacks: ["ransomware"] },
  ),
  mm(
    "mm1-affiliate",
    "an affiliate of a named operation",
    "RansomHub affiliate behind Aldergrove clinic attack",
    "An affiliate of the RansomHub operation was behind the attack on Aldergrove Kidney Clinic, in which dialysis schedules were encrypted, researchers said.",
    { attackers: ["RansomHub"], attacks: ["ransomware"] },
  ),
  mm(
    "mm1-denied-then-other",
    "one gang denies, another is blamed",
    "Akira, not LockBit, behind Fenwell hospital hack",
    "LockBit denied any involvement in the attack on Fenwell District Hospital; investigators now believe the Akira group was responsible.",
    { attackers: ["Akira"], attacks: ["unknown"] },
  ),
  mm(
    "mm1-quoted-name",
    "a group named only in quotation marks",
    "New gang claims attack on Parkside pharmacy chain",
    'A group calling itself "Bashe" says it stole customer prescriptions from Parkside Pharmacies and will publish them on Friday.',
    { attackers: ["Bashe"], attacks: ["data-theft", "extortion"] },
  ),
  mm(
    "mm1-leaked-builder",
    "a leaked builder used by others",
    "Hospital hit by ransomware built with leaked LockBit code",
    "The ransomware that encrypted Torvale Hospital's servers was built with the LockBit builder leaked in 2022, but researchers say the attackers are not LockBit.",
    { attacks: ["ransomware"] },
  ),
  mm(
    "mm1-relisted",
    "data stolen by one gang, relisted by another",
    "Stolen Ravensworth data resurfaces on second leak site",
    "Patient data stolen from Ravensworth Health by ALPHV in February has been listed again by RansomHub, which claims the ALPHV affiliate now works with it.",
    { attackers: ["ALPHV", "RansomHub"], attacks: ["data-theft"] },
  ),
];

// ---------------------------------------------------------------- round 1: dev articles reworded (labels copied)
const ROUND_1_REWORDED: BankCase[] = [
  mm(
    "mm1-rw-b214",
    "dev b214 reworded: a demand in lakh in the headline, dollars in the body",
    "Star Health faces ₹57L ransom demand after data breach",
    "Star Health, the Indian health insurer valued at about $4 billion, has confirmed that a hacker going by xenZen asked it for $68,000, or roughly ₹57.2 lakh, after customers' tax details and medical claim papers were leaked through Telegram chatbots and a website. The company is working with the country's cybersecurity authorities to trace the hacker.",
    {
      attackers: ["xenZen"],
      ransom: { status: "demanded-amount", amount: 5700000, currency: "INR" },
      attacks: ["data-theft", "extortion"],
    },
  ),
  mm(
    "mm1-rw-b106",
    "dev b106 reworded: a refusal by the partners, sum kept",
    "Michigan ENT practice closes after ransomware attack",
    "The partners of Brookside ENT and Hearing Center in Battle Creek, Mich., decided against paying the $6,500 the hackers wanted for a code to unlock their files, a local TV station reports. The practice's electronic medical record system had been encrypted and its whole network knocked offline; the two doctors have chosen early retirement instead.",
    { ransom: { status: "refused", amount: 6500, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm1-rw-a091",
    "dev a091 reworded: a demand told after the attack",
    "LockBit shows no remorse over Chicago children's hospital hit",
    "Saint Anthony Hospital, a Chicago nonprofit, was attacked by LockBit, which encrypted patient data and wants an $800,000 ransom. The data was not compromised until January 7, and the hospital is warning patients about possible fraud. LockBit had earlier hit SickKids in Toronto and later gave that hospital a free decryptor.",
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-amount", amount: 800000, currency: "USD" },
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  mm(
    "mm1-rw-b307",
    "dev b307 reworded: 'neither paid nor countered' before a deadline",
    "D#nut Leaks publishes Montgomery General patient data",
    "The D#nut Leaks group asked Montgomery General Hospital for $750,000 to delete data it had copied from the hospital, having encrypted only some of its files. When the hospital neither paid nor made a counteroffer by the deadline, the group released the patient and employee records on March 31.",
    {
      attackers: ["Donut Leaks"],
      ransom: { status: "demanded-amount", amount: 750000, currency: "USD" },
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  mm(
    "mm1-rw-b318",
    "dev b318 reworded: patients emailed for $50 each, a refusal told by the gang",
    "Cancer centre patients receive extortion emails",
    "Patients of Fred Hutchinson Cancer Center in Seattle have received emails from the Hunters International ransomware operation demanding $50 each to keep their records off the dark web. One patient said the email claimed 800,000 patient records had been leaked and accused the centre of refusing to make a deal.",
    {
      attackers: ["Hunters International"],
      ransom: { status: "refused", amount: null, currency: null },
      people: 800000,
      attacks: ["data-theft", "extortion"],
    },
  ),
];

export const MONEY2_ROUND_1: readonly BankCase[] = [
  ...ROUND_1_MONEY,
  ...ROUND_1_COUNTS,
  ...ROUND_1_ATTACKERS,
  ...ROUND_1_REWORDED,
];

// ---------------------------------------------------------------- round 2: money, counts, attackers, reworded
const ROUND_2: BankCase[] = [
  mm(
    "mm2-yen",
    "a sum in yen, Japanese wire copy",
    "Osaka hospital asked for 100 million yen",
    "Hackers who encrypted the electronic records of Kitahama General Hospital in Osaka demanded 100 million yen, the hospital said at a news conference on Tuesday.",
    { ransom: { status: "demanded-amount", amount: 100000000, currency: "JPY" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm2-paid-in-bitcoin",
    "a payment sized in dollars, made in bitcoin",
    "Hospital paid $480,000 ransom in bitcoin",
    "Brackley Regional Hospital paid a ransom of $480,000 in bitcoin to recover files encrypted in last month's attack, its finance director confirmed.",
    { ransom: { status: "paid", amount: 480000, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm2-flatly-refused",
    "'flatly refused the gang's demand for £1m'",
    "Trust refuses £1m ransom demand",
    "Wyndham Vale NHS Trust flatly refused the gang's demand for £1m after the cyber attack on its pathology systems, a spokesman said.",
    { ransom: { status: "refused", amount: 1000000, currency: "GBP" } },
  ),
  mm(
    "mm2-not-paying-curly",
    "a refusal in a curly-quoted present tense",
    "Hospice hit by hackers",
    "Ardley Hospice said its network was encrypted by ransomware on Sunday. “We are not paying these people,” its chief executive, Joan Pike, said.",
    { ransom: { status: "refused", amount: null, currency: null }, attacks: ["ransomware"] },
  ),
  mm(
    "mm2-considering",
    "'is considering paying' a stated sum",
    "Clinic considers paying hackers",
    "Merriton Eye Clinic is considering paying the $350,000 ransom demanded by the group that encrypted its scheduling system, the clinic's lawyer said.",
    { ransom: { status: "demanded-amount", amount: 350000, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm2-board-approved",
    "a payment approved by the board, in BTC",
    "Board approved bitcoin payment to hackers",
    "Minutes show the board of Castleford Care Homes approved a payment of 25 BTC to the attackers who had locked its care-planning servers.",
    { ransom: { status: "paid", amount: 25, currency: "BTC" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm2-kronor",
    "Swedish kronor written after the figure",
    "Swedish care provider refuses ransom",
    "Vårdhem Norr, a Swedish elderly-care provider, said hackers had demanded 5 million Swedish kronor after stealing resident records, and that it would not pay.",
    { ransom: { status: "refused", amount: 5000000, currency: "SEK" }, attacks: ["data-theft", "extortion"] },
  ),
  mm(
    "mm2-eur-code",
    "a code before the figure ('EUR 750,000')",
    "Hackers demand EUR 750,000 from Dutch clinic",
    "The attackers who stole data from Kliniek Zuidhaven in Rotterdam are demanding EUR 750,000, Dutch broadcaster NOS reported.",
    { ransom: { status: "demanded-amount", amount: 750000, currency: "EUR" }, attacks: ["data-theft", "extortion"] },
  ),
  mm(
    "mm2-demand-met",
    "'the demand was met in full'",
    "Dental chain met hackers' demand",
    "Brightwater Dental's owner admitted the hackers' demand was met in full after the ransomware attack shut its 30 practices for three days.",
    { ransom: { status: "paid", amount: null, currency: null }, attacks: ["ransomware"] },
  ),
  mm(
    "mm2-decryptor-failed",
    "paid for a decryptor that failed",
    "Clinic paid $90,000 for broken decryptor",
    "Hollow Pine Medical Clinic paid the gang $90,000 for a decryptor that then failed to restore most of its encrypted files.",
    { ransom: { status: "paid", amount: 90000, currency: "USD" }, attacks: ["ransomware"] },
  ),
  mm(
    "mm2-pay-or-publish",
    "a deadline to pay or see data published",
    "LockBit gives hospital until Friday",
    "LockBit has given Dunmore Hospital until Friday to pay or see its patient data published, according to the gang's leak site.",
    { attackers: ["LockBit"], ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
  ),
  mm(
    "mm2-police-deny-demand",
    "a demand reported, then denied by the police",
    "Police deny ransom was demanded in clinic hack",
    "Hackers broke into the booking system of Caversham Clinic last week. Police said no ransom had been demanded, contrary to earlier reports.",
    { attacks: ["unknown"] },
  ),
  mm(
    "mm2-seller-wants",
    "an asking price for stolen records and a head-count",
    "Records of 230,000 patients offered for sale",
    "A seller on a hacking forum wants $15,000 for a database holding records of 230,000 patients of Riverbend Health, the hospital group confirmed.",
    { ransom: { status: "demanded-amount", amount: 15000, currency: "USD" }, people: 230000 },
  ),
  mm(
    "mm2-fine-beside-demand",
    "a regulator's fine beside the demand",
    "Clinic faces $1m demand and a fine",
    "The hackers who stole patient files from Greystone Clinic demanded $1 million. Separately, the state health department fined the clinic $200,000 for late notification.",
    { ransom: { status: "demanded-amount", amount: 1000000, currency: "USD" }, attacks: ["data-theft", "extortion"] },
  ),
  mm(
    "mm2-people-just-over",
    "'just over 64,000 patients'",
    "Cyberattack exposes data of 64,000 patients",
    "Data of just over 64,000 patients was exposed when hackers breached Fairhaven Medical Group's email system, the group said.",
    { people: 64000 },
  ),
  mm(
    "mm2-people-words",
    "'nearly two million members'",
    "Health plan breach hits nearly two million",
    "Hackers stole personal data of nearly two million members of Crestline Health Plan, the insurer said in a filing.",
    { people: 2000000, attacks: ["data-theft"] },
  ),
  mm(
    "mm2-people-letter",
    "a notification letter's count",
    "Notice of data security incident",
    "Aldbury Family Medicine is notifying 18,223 individuals that an unauthorized party accessed its network between May 2 and May 9 and copied files containing their names and dates of birth.",
    { people: 18223, attacks: ["data-theft"] },
  ),
  mm(
    "mm2-people-beds",
    "a bed count beside a head-count",
    "Data of 9,800 patients taken from hospital",
    "The 420-bed Lakeshore Regional Hospital said hackers took data of 9,800 patients during the attack.",
    { people: 9800, attacks: ["data-theft"] },
  ),
  mm(
    "mm2-people-yearly-only",
    "a yearly patient count, no head-count of the breach",
    "Clinic investigates cyber attack",
    "Pemberly Skin Clinic, which sees 40,000 patients a year, said hackers had stolen some patient files but has not said how many people were affected.",
    { attacks: ["data-theft"] },
  ),
  mm(
    "mm2-people-approx-m",
    "'approximately 1.1m people'",
    "1.1m people's data stolen from pharmacy chain",
    "Hackers stole data of approximately 1.1m people from Pillbox Pharmacies, the chain said.",
    { people: 1100000, attacks: ["data-theft"] },
  ),
  mm(
    "mm2-volume-tb-decimal",
    "'1.4TB of files'",
    "Gang claims 1.4TB from laboratory",
    "The Qilin gang says it stole 1.4TB of files from Northgate Pathology, including test results.",
    { attackers: ["Qilin"], volume: 1.4e12, attacks: ["data-theft"] },
  ),
  mm(
    "mm2-volume-around-gb",
    "'around 600 gigabytes'",
    "Hackers took 600GB from hospital",
    "Hackers exfiltrated around 600 gigabytes of data from Eastmoor Hospital before encrypting its servers, investigators found.",
    { volume: 6e11, attacks: ["ransomware", "data-theft"] },
  ),
  mm(
    "mm2-volume-stored-none-taken",
    "a stored volume and no theft",
    "Clinic's imaging servers hit by ransomware",
    "Ransomware encrypted the servers of Southfield Imaging, which held 8TB of images; no data was taken, the company said.",
    { attacks: ["ransomware"] },
  ),
  mm(
    "mm2-calls-itself",
    "a group that 'calls itself' a quoted name",
    "New gang claims clinic attack",
    'A group which calls itself "SafePay" has claimed the attack on Harlow Fertility Centre and says it stole 90GB of data.',
    { attackers: ["SafePay"], volume: 9e10, attacks: ["data-theft"] },
  ),
  mm(
    "mm2-same-gang-background",
    "the same gang's earlier victim as background",
    "Qilin claims Corvel Hospital attack",
    "Qilin claimed the ransomware attack on Corvel Hospital on Tuesday. In 2024 the same gang hit a London pathology provider, disrupting thousands of operations.",
    { attackers: ["Qilin"], attacks: ["ransomware"] },
  ),
  mm(
    "mm2-believed",
    "a group believed to be behind the attack",
    "Black Basta suspected in hospital attack",
    "Investigators believe the Black Basta gang is behind the ransomware attack on St. Wilfred's Hospital in Leeds.",
    { attackers: ["Black Basta"], attacks: ["ransomware"] },
  ),
  mm(
    "mm2-resembles",
    "a comparison with a gang, no claim",
    "Hospital attack resembles Conti operations",
    "The ransomware attack on Moorland General Hospital resembles earlier Conti operations, researchers said, but no group has claimed it.",
    { attacks: ["ransomware"] },
  ),
  mm(
    "mm2-slash-alias",
    "a slashed alias",
    "ALPHV/BlackCat claims attack on Vantor Health",
    "The ALPHV/BlackCat gang has claimed the attack on Vantor Health and says it encrypted 2,000 devices.",
    { attackers: ["ALPHV"], attacks: ["ransomware"] },
  ),
  mm(
    "mm2-rw-b109",
    "dev b109 reworded: a demand in bitcoin told by an outlet, volume held",
    "SimonMed Imaging hit by apparent ransomware attack",
    "SimonMed Imaging, a radiology practice in Scottsdale, Arizona, confirmed on Thursday that it had suffered what appears to have been a ransomware attack, though a spokesperson said no data had been encrypted. SuspectFile.com reported that the Medusa group had claimed the attack, posted 45 proof files and said it was holding more than 212 GB of SimonMed data, for which it wants $1 million in Bitcoin by Feb. 21.",
    {
      attackers: ["Medusa"],
      ransom: { status: "demanded-amount", amount: 1000000, currency: "USD" },
      volume: 212e9,
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  mm(
    "mm2-rw-a038",
    "dev a038 reworded: a demand with a 48-hour deadline and a threat",
    "LockBit targets Chicago hospital",
    "The ransomware gang LockBit went after Saint Anthony Hospital in Chicago and wants $900k within 48 hours, the gang threatening to leak patient records to the dark web otherwise, The Record reported on Jan. 31. The hospital said an unknown actor had copied files holding patient information on Dec. 18.",
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-amount", amount: 900000, currency: "USD" },
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  mm(
    "mm2-rw-b220",
    "dev b220 reworded: a demand for the decryptor key, with an alias",
    "REvil hits Brazil's Grupo Fleury",
    "Grupo Fleury, a São Paulo medical diagnostics company, shut its systems down after a ransomware attack. Security sources say REvil, also known as Sodinokibi, is behind it and is asking $5 million for the decryptor key and a promise not to leak the company's data.",
    {
      attackers: ["REvil"],
      ransom: { status: "demanded-amount", amount: 5000000, currency: "USD" },
      attacks: ["ransomware", "extortion"],
    },
  ),
];

export const MONEY2_ROUND_2: readonly BankCase[] = ROUND_2;

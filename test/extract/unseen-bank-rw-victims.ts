// Dev articles reworded once more with the victim moved around (issue 15, classes 1 and 2): the victim in apposition,
// named only in the second sentence, in a possessive, as parent and subsidiary, in a list, in "-based" and "(State)"
// forms, with its abbreviation introduced later, its type said only through a description, beside bodies that are no
// victims (regulators told, police, outlets, security firms, other incidents' victims). Ids `qv-rw-<dev id>` name the
// dev article each case rewords (../shared/eval/dev.jsonl); its facts, names and hedges are kept and the victim labels
// copied from that record (a second rewording of one article adds "-2"). A round was written in full before the
// extractor was run on it. Only relevance, victims, type (and country where the text fixes it) are checked.
import type { BankCase } from "./unseen-shapes-bank";
import { v } from "./unseen-bank-victims";

/** A relevant dev article reworded, id `qv-rw-<dev id>`. */
const rw = (devId: string, shape: string, title: string, text: string, want: Parameters<typeof v>[4]) =>
  v(`qv-rw-${devId}`, shape, title, text, want);

// ---------------------------------------------------------------- round 1: dev half A
const ROUND_1_A: BankCase[] = [
  rw(
    "a023",
    "name only in the second sentence, a regulator's office as the reporting body",
    "Saskatchewan health region fired employee who snooped in patient files",
    "A Saskatchewan health region dismissed an employee who was caught looking at patients' medical records without any reason to, according to an investigation by the province's Information and Privacy Commissioner. " +
      "The commissioner's office found that Prince Albert Parkland Health Region, which provides health care in the province, discovered on June 14 during an internal audit that the worker had snooped in the files of 14 patients, herself and relatives among them. " +
      "She had already been suspended for five days in May for looking at two patients' details in the pharmaceutical information program the hospital uses. " +
      "Commissioner Ronald J. Kruzeniski said Parkland had acted properly to contain the breach and was not at fault.",
    { victims: ["Prince Albert Parkland Health Region"], type: "hospital", country: "CA" },
  ),
  rw(
    "a030",
    "insurer and its second brand, the brand named only through customers' counts",
    "Hackers threaten to publish Medibank data within a day",
    "Someone claiming to hold the data taken in Medibank's mid-October breach has threatened to release it within 24 hours, less than a day after the health insurer said it would not pay a ransom. " +
      "The company confirmed on Monday that basic personal details of 9.7 million Australians had been accessed: 5.1 million of its own customers, 2.8 million customers of AHM and 1.8 million international customers. " +
      "Health claims data may also have been reached for 160,000 Medibank customers and 300,000 AHM customers.",
    { victims: ["Medibank", "AHM"], type: "insurer", country: "AU" },
  ),
  rw(
    "a035",
    "six victims in a dash-set list with a possessive place ('Sarnia’s'), another gang's earlier victims as background",
    "Daixin Team says it leaked data of Ontario hospitals",
    "The Daixin Team gang says it stole millions of records from hospitals in southwestern Ontario and posted them online when its ransom demands were not met. " +
      "The affected organisations — Windsor Regional Hospital, Hôtel-Dieu Grace Healthcare, Erie Shores HealthCare, Chatham-Kent Health Alliance, Sarnia’s Bluewater Health and the Windsor-Essex hospice — confirmed that the data had been published, but not who was behind the October 23 attack. " +
      "They are still struggling to get back into their systems. " +
      "Local police, the Ontario Provincial Police, the FBI and INTERPOL are investigating. " +
      "Daixin Team has previously hit AirAsia, a German water metering company and OakBend Medical Centre in Texas.",
    {
      victims: [
        "Bluewater Health",
        "Chatham-Kent Health Alliance",
        "Windsor-Essex hospice",
        "Erie Shores HealthCare",
        "Hôtel-Dieu Grace Healthcare",
        "Windsor Regional Hospital",
      ],
      type: "hospital",
      country: "CA",
    },
  ),
  rw(
    "a039",
    "possessive with a trailing apostrophe ('Universal Health Services' hospitals'), abbreviation introduced later",
    "Suspected Ryuk attack takes down UHS networks",
    "Computers across Universal Health Services' hospitals went dark on Sunday in what is believed to be another Ryuk ransomware attack. " +
      "UHS, a for-profit provider that operates about 400 hospitals and facilities in the US and the UK, said an IT security issue had taken its network down, and staff were told to switch off every computer. " +
      "The company said no patient or employee data appeared to have been accessed. " +
      "Ryuk has been linked to WizardSpider, a Russian cybercrime group.",
    { victims: ["Universal Health Services (UHS)"], type: "hospital", country: "US" },
  ),
  rw(
    "a057",
    "name in the second sentence after 'The clinic,', an outlet and the police as non-victims",
    "Hackers steal patient photos from London cosmetic surgery clinic",
    "A London plastic surgery clinic says a hacking group has made off with several terabytes of photos of its patients. " +
      "The clinic, London Bridge Plastic Surgery, told The Daily Beast that it had alerted the Metropolitan Police and that, after investigations, it believed data had been stolen. " +
      "The group behind the theft, The Dark Overlord, has threatened to put the photos online but has not yet done so.",
    { victims: ["London Bridge Plastic Surgery"], type: "cosmetic-surgery", country: "GB" },
  ),
  rw(
    "a085",
    "a cosmetic surgery chain whose name says 'Hospital', its trading name in a dash aside, a law firm as another incident's victim",
    "REvil threatens to publish cosmetic surgery patients' photos",
    "The Hospital Group — the UK cosmetic surgery and weight-loss chain that trades as Transform Hospital Group — has confirmed that it was hit by ransomware. " +
      "The group said some patients' personal data may have been accessed and that it had told the Information Commissioner's Office. " +
      "REvil, which says it took 900 gigabytes of before-and-after photographs, is the same gang that in May claimed an attack on New York law firm Grubman Shire Meiselas & Sacks.",
    { victims: ["The Hospital Group", "Transform Hospital Group"], type: "cosmetic-surgery", country: "GB" },
  ),
  rw(
    "a087",
    "academic health system named with a dateline, typed hospital from 'health system'",
    "Michigan Medicine notifies 33,850 patients after phishing attack",
    "ANN ARBOR, Mich. — About 33,850 patients are being told that their health information may have been exposed after four employees of Michigan Medicine fell for a phishing email and approved multifactor prompts. " +
      "The academic health system said it found and disabled the compromised accounts on Aug. 23. " +
      "Names, addresses, dates of birth, diagnosis and treatment details and health insurance information were in some of the emails, the health system said.",
    { victims: ["Michigan Medicine"], type: "hospital", country: "US" },
  ),
  rw(
    "a095",
    "'Brewster, N.Y.-based' before the name, its management company as a non-victim helper",
    "Radiology group says hackers reached its PACS",
    "Brewster, N.Y.-based Northeast Radiology says unauthorized individuals broke into its picture archiving and communication system, exposing information on 29 patients. " +
      "Alliance HealthCare Services, the imaging chain's healthcare management provider, helped with the investigation and is reviewing its processes. " +
      "The practice said it knows of no fraud or identity theft.",
    { victims: ["Northeast Radiology"], type: "imaging", country: "US" },
  ),
  rw(
    "a106",
    "pharmacy services provider described by the nursing facilities it serves, a state attorney general as a non-victim",
    "PharMerica breach hits 5.8 million people",
    "Hackers accessed the personal data of 5,815,591 people at PharMerica, the second-largest institutional pharmacy services provider in the country, which serves nursing facilities and senior living communities in 41 U.S. states. " +
      "A copy of the notification letter sent to those affected was filed with the Maine Attorney General's Office. " +
      "The company said an unknown third party accessed its systems on March 12-13, 2023.",
    { victims: ["PharMerica"], type: "pharmacy", country: "US" },
  ),
  rw(
    "b111",
    "'the Columbia, Maryland-based health system' after a possessive name, newspapers as sources",
    "Hackers offer MedStar a 'bulk discount'",
    "The attackers who locked computers at MedStar Health are offering a bulk discount, the Baltimore Sun reports. " +
      "According to a copy of the demand seen by the paper, 3 bitcoins unlock one computer of the Columbia, Maryland-based health system, while 45 bitcoins buy the keys for all of them. " +
      "MedStar said it was nearing full restoration of its three primary IT systems, the Baltimore Business Journal reported.",
    { victims: ["MedStar Health"], type: "hospital", country: "US" },
  ),
  rw(
    "b114",
    "a medical center's own notice, its pharmacies named as still open (no separate victims), no place",
    "Ransomware attack on Sky Lakes Medical Center",
    "Sky Lakes Medical Center's computer systems were hit by a ransomware attack earlier today. " +
      "So far there is no sign that patient information has been compromised, but reaching the medical center will be harder until systems are restored. " +
      "Emergency and urgent care remain available, and the Sky Lakes Downtown Pharmacy and the Sky Lakes Outpatient Pharmacy are open with some limitations.",
    { victims: ["Sky Lakes Medical Center"], type: "hospital", country: null },
  ),
  rw(
    "b115",
    "a description first, the name only in the second sentence ('The firm, X,'), an agency explaining ransomware",
    "Imaging provider closes Central Florida sites after ransomware attack",
    "A South Florida medical diagnostic imaging company has shut its sites across the state, seven of them in Central Florida, after a ransomware attack. " +
      "The firm, Akumin, which is headquartered in Broward County, said a hacker had reached personal patient data earlier this month. " +
      "The Cybersecurity and Infrastructure Security Agency describes ransomware as software that encrypts files until a ransom is paid.",
    { victims: ["Akumin"], type: "imaging", country: "US" },
  ),
  rw(
    "b117",
    "the parent and two subsidiaries joined by 'or' after 'received services from', a federal portal as a non-victim",
    "CommonSpirit says ransomware attackers reached 623,774 patients' data",
    "Ransomware attackers got into the personal information of 623,774 patients during October's attack on CommonSpirit Health, according to the U.S. Department of Health and Human Services breach portal. " +
      "The Chicago-based system, which runs 140 hospitals, said the affected files held details of people who may have received services from Franciscan Medical Group or Franciscan Health in Washington.",
    {
      victims: ["CommonSpirit Health", "Franciscan Medical Group", "Franciscan Health"],
      type: "hospital",
      country: "US",
    },
  ),
  rw(
    "b120",
    "a member hospital and its system, possessive 'Scripps Health’s network', a newspaper as source",
    "Scripps diverts patients after cyberattack",
    "A weekend ransomware attack on Scripps Health’s computer network forced the San Diego health care provider to cut off its patient portal, postpone Monday's appointments and send some critical-care patients elsewhere. " +
      "Scripps Memorial Hospital La Jolla was among the sites hit, according to an internal memo obtained by The San Diego Union-Tribune, and trauma patients were diverted from it.",
    { victims: ["Scripps Health", "Scripps Memorial Hospital La Jolla"], type: "hospital", country: "US" },
  ),
  rw(
    "b136",
    "parent and four subsidiaries with 'Inc.' inside the list, a state department as a non-victim",
    "Arkansas behavioral health provider notifies 375,000",
    "Arisa Health, an Arkansas provider of mental and behavioral health services, is notifying 375,436 people of a hacking incident involving a network server. " +
      "Its subsidiaries Counseling Associates, Inc., Ozark Guidance Center, Inc., Professional Counseling Associates Inc. and Northeast Arkansas Community Mental Health Center were also affected, according to a notice on its website. " +
      "Some of the group's services are provided under contracts with the Arkansas Department of Human Services.",
    {
      victims: [
        "Arisa Health",
        "Counseling Associates, Inc.",
        "Ozark Guidance Center, Inc.",
        "Professional Counseling Associates Inc.",
        "Northeast Arkansas Community Mental Health Center",
      ],
      type: "mental-health",
      country: "US",
    },
  ),
  rw(
    "b140",
    "vendor named with an appositive description, its customers (practices, hospitals) as non-victims",
    "Allscripts outage enters its seventh day",
    "Physician practices across the U.S. were still struggling on Wednesday, a week after ransomware hit Allscripts. " +
      "The Chicago-headquartered electronic health record company said about 1,500 clients were affected and that the SamSam strain was to blame; none of them were hospitals or large independent practices.",
    { victims: ["Allscripts"], type: "health-it-vendor", country: "US" },
  ),
  rw(
    "b204",
    "the hospital named in German only after a description, the university it belongs to as the ransom note's addressee",
    "Patient dies after ransomware hits Düsseldorf hospital",
    "A woman died after a ransomware attack left a university hospital in Düsseldorf unable to take emergency patients. " +
      "With the IT systems of the Universitätsklinikum Düsseldorf paralysed, she had to be driven to a hospital in Wuppertal, 20 miles away. " +
      "The ransom note was addressed to Heinrich Heine University, to which the hospital belongs, and the hacker handed over a decryption key once police explained that a hospital had been hit.",
    { victims: ["Universitätsklinikum Düsseldorf"], type: "hospital", country: "DE" },
  ),
  rw(
    "b228",
    "the trust's possessive social media profile, a security firm's CEO and an agency as background",
    "Wirral hospital declares major incident over cyber security",
    "Wirral University Teaching Hospital has declared a major incident for cyber security reasons and cancelled all of today's outpatient appointments. " +
      "The trust's X account asked patients to use NHS 111, a GP or a pharmacy instead of A&E except in a genuine emergency. " +
      "Last month the Health Sector Cybersecurity Coordination Center (HC3) warned about the Trinity ransomware group, and Simon Bain, CEO at OmniIndex, spoke of a growing threat.",
    { victims: ["Wirral University Teaching Hospital"], type: "hospital", country: "GB" },
  ),
  rw(
    "b302",
    "a regional health authority named after a description ('the health authority for the Copenhagen area, Region H')",
    "Pro-Russian group knocks Danish hospital websites offline",
    "The websites of nine Danish hospitals were knocked offline for a few hours on Sunday by a wave of DDoS attacks. " +
      "The health authority for the Copenhagen area, Region H, confirmed the outage on Twitter and said the rest of its digital infrastructure was not affected. " +
      "A group calling itself Anonymous Sudan claimed the attacks on its Telegram channel.",
    { victims: ["Region H"], type: "hospital", country: "DK" },
  ),
  rw(
    "b315",
    "short name first ('Tampa General'), abbreviation later, a description as apposition",
    "Tampa General confirms patient data stolen; Snatch claims the attack",
    "Tampa General, a research medical center in Florida, says attackers took files from its network over almost two weeks before they were found. " +
      "Tampa General Hospital (TGH) said outside experts stopped the intruders before they could encrypt its data. " +
      "The Snatch ransomware group has posted about the TGH hack on its leak site.",
    { victims: ["Tampa General Hospital"], type: "hospital", country: "US" },
  ),
  rw(
    "b328",
    "AI company that finds trial patients (vendor, not research), a researcher and a website as non-victims, no place",
    "Open database exposed 886 million dummy medical records",
    "An unsecured database with more than 886 million patient records was found online by researcher Jeremiah Fowler and Website Planet. " +
      "It belonged to Deep 6 AI, a healthcare AI firm whose algorithms help find patients for clinical trials, and was fixed promptly once disclosed. " +
      "The company said the records were dummy data from MIT's MIMIC test system and no real patients were affected.",
    { victims: ["Deep 6 AI"], type: "health-it-vendor", country: null },
  ),
];

// ---------------------------------------------------------------- round 1: dev half B
const ROUND_1_B: BankCase[] = [
  rw(
    "a047",
    "'Marietta, Ohio-based' before the name, the FBI and a tech site as non-victims",
    "FBI warns of Hive after Memorial Health attack",
    "The FBI has issued a warning about Hive ransomware after the gang was linked to the August 15 attack on Marietta, Ohio-based Memorial Health System. " +
      "The health system shut down its IT network and sent ambulances and patients to other hospitals for a week. " +
      "Bleeping Computer reported seeing evidence that the hackers took databases with information on 200,000 patients.",
    { victims: ["Memorial Health System"], type: "hospital", country: "US" },
  ),
  rw(
    "a050",
    "a clearing house named with its owner in a 'which owns' clause, blockchain firms as non-victims",
    "Bitcoin trail points to $22 million Change Healthcare ransom",
    "A single Bitcoin payment of $22 million to the AlphV group suggests that Change Healthcare paid the ransom after an attack that has disrupted pharmacies across the United States for more than 10 days, researchers at Recorded Future and TRM Labs say. " +
      "United Healthcare, which owns Change Healthcare, would not confirm whether a ransom had been paid.",
    { victims: ["Change Healthcare", "United Healthcare"], type: "health-it-vendor", country: "US" },
  ),
  rw(
    "a051",
    "a trade name in apposition ('X, the trade name of Y'), a law firm and a federal office as non-victims",
    "Tennessee radiology practice breach affects 569,000",
    "Chattanooga Imaging, the name under which Plaza Radiology does business, has confirmed that an unauthorized party reached files with sensitive information on 569,000 patients. " +
      "The Tennessee practice told the HHS Office for Civil Rights about the attack on Dec. 20, and the law firm Console & Associates, P.C. said Social Security numbers were included.",
    { victims: ["Plaza Radiology", "Chattanooga Imaging"], type: "imaging", country: "US" },
  ),
  rw(
    "a061",
    "two victims, one described as a federally qualified health center, the other by '(Florida)', its abbreviation later",
    "BianLian-linked breaches hit 700,000 patients at two providers",
    "Goshen Medical Center, a federally qualified health center with 38 locations in eastern North Carolina, told regulators that nearly 456,400 people were affected by a cyberattack. " +
      "Medical Associates of Brevard (Florida) said about 247,000 patients' data was compromised in a separate hack. " +
      "BianLian listed MAB on its leak site in January and Goshen in March.",
    {
      victims: ["Goshen Medical Center", "Medical Associates of Brevard"],
      type: "primary-care",
      country: "US",
    },
  ),
  rw(
    "a068",
    "'London-based' research firm with its abbreviation, a gang with 'Team'",
    "Maze Team hits London clinical trials firm",
    "Maze Team attacked London-based Hammersmith Medicines Research (HMR) on March 14, copying its data before locking its systems and demanding a ransom. " +
      "HMR, which runs phase 1 and early phase 2 clinical studies, has told its volunteers about the attack.",
    { victims: ["Hammersmith Medicines Research (HMR)"], type: "research", country: "GB" },
  ),
  rw(
    "a070",
    "a possessive city before the name with its abbreviation, national agencies as helpers",
    "AIIMS servers down after suspected ransomware attack",
    "Delhi's All India Institute of Medical Sciences (AIIMS) may have been hit by a ransomware attack, the hospital said, and every section has been working manually since its servers failed. " +
      "The National Informatics Centre and the Indian Computer Emergency Response Team (CERT-In) are helping to restore the systems.",
    { victims: ["All India Institute of medical Sciences (AIIMS)"], type: "hospital", country: "IN" },
  ),
  rw(
    "a084",
    "a health system and its three hospitals in brackets after 'made up of'",
    "Hive ransomware hits Memorial Health System",
    "Staff at Memorial Health System are working on paper after the Hive ransomware gang encrypted its computers early on Sunday. " +
      "The not-for-profit system is made up of three hospitals in Ohio and West Virginia (Marietta Memorial Hospital, Selby General Hospital and Sistersville General Hospital) and a number of outpatient sites.",
    {
      victims: [
        "Memorial Health System",
        "Marietta Memorial Hospital",
        "Selby General Hospital",
        "Sistersville General Hospital",
      ],
      type: "hospital",
      country: "US",
    },
  ),
  rw(
    "a112",
    "an insider breach at a hospital group with its abbreviation, a TV station as the source",
    "Former employee accessed Florida hospital patients' data",
    "A former employee of Community Health Centers (CHC), a central Florida hospital group, improperly accessed the names, dates of birth, incomes and Social Security numbers of 94 patients, according to letters the group has sent. " +
      "Channel 9 News learned of the breach from a former patient. " +
      "CHC said the employee lost access to its patient database and was fired.",
    { victims: ["Community Health Centers (CHC)"], type: "hospital", country: "US" },
  ),
  rw(
    "a120",
    "a supplier whose name is a common word ('software supplier Advanced'), NHS bodies as its customers",
    "NHS 111 supplier still restoring systems after ransomware attack",
    "Software supplier Advanced said on 11 August that it was still bringing its systems back after the 4 August ransomware attack. " +
      "The company has rebuilt its Adastra system, on which NHS 111 services rely, and is working with the National Cyber Security Centre and NHS England on the last checks before restoring it.",
    { victims: ["Advanced"], type: "health-it-vendor", country: "GB" },
  ),
  rw(
    "b116",
    "a life sciences company typed by the clinical testing it does",
    "Enzo Biochem says ransomware gang stole test data on 2.5 million",
    "Hackers broke into the network of New York life sciences company Enzo Biochem in April and stole clinical test information on nearly 2.5 million people, the company told the SEC. " +
      "Enzo provides diagnostic testing services, including for COVID-19, genetic conditions and sexually transmitted diseases.",
    { victims: ["Enzo Biochem"], type: "laboratory", country: "US" },
  ),
  rw(
    "b119",
    "two victims set apart by dashes ('one target - X - paid, the other - Y in Maryland - recovered')",
    "Two mental health providers hit by ransomware",
    "Two mental health providers have recently been hit by ransomware. " +
      "One of them, Delaware Guidance Services for Children and Youth, paid a ransom to get its patient records unlocked, while the other, Maryland's Green Ridge Behavioral Health, recovered without paying.",
    {
      victims: ["Delaware Guidance Services for Children and Youth", "Green Ridge Behavioral Health"],
      type: "mental-health",
      country: "US",
    },
  ),
  rw(
    "b124",
    "possessive 'Philadelphia-based drugstore chain', the victim as subject of 'is telling'",
    "Rite Aid says 2.2 million customers' data stolen",
    "The Philadelphia-based drugstore chain Rite Aid is notifying 2.2 million customers that attackers obtained their personal information. " +
      "An attacker impersonated an employee on June 6 to get into business systems, the pharmacy chain said.",
    { victims: ["Rite Aid"], type: "pharmacy", country: "US" },
  ),
  rw(
    "b125",
    "an ENT practice named 'Center', described as a two-doctor practice, with its doctors named",
    "Michigan ENT practice to close after ransomware wipes records",
    "A two-doctor ear, nose and throat practice in Michigan is closing after ransomware destroyed all of its patient files. " +
      "Brookside ENT and Hearing Center's owners, Dr. William Scalf and Dr. John Bizon, refused the hacker's $6,500 demand.",
    { victims: ["Brookside ENT and Hearing Center"], type: "clinic", country: "US" },
  ),
  rw(
    "b233",
    "a laboratory company introduced by 'Canada’s largest private provider of diagnostic testing', commissioners told",
    "LifeLabs paid ransom after cyberattack on 15 million Canadians' data",
    "Canada’s largest private provider of diagnostic testing, LifeLabs, says it paid a ransom after a cyberattack that may have compromised information on some 15 million customers, mostly in British Columbia and Ontario. " +
      "The privacy commissioners of Ontario and British Columbia said the company told them of the breach on Nov. 1.",
    { victims: ["LifeLabs"], type: "laboratory", country: "CA" },
  ),
  rw(
    "b234",
    "the municipal hospital named after a description, a newspaper as source",
    "Japanese hospital stopped taking new patients after ransomware",
    "Ransomware hit a municipal hospital in Tsurugi, a small town in western Japan, at the end of October. " +
      "Printers at Handa Hospital began printing a message in English saying the electronic records of about 85,000 patients had been stolen and encrypted, the Mainichi Shimbun reported. " +
      "Handa refused to pay.",
    { victims: ["Handa Hospital"], type: "hospital", country: "JP" },
  ),
  rw(
    "b326",
    "a cancer center that runs clinical sites (clinic, not hospital), its short form 'Fred Hutch'",
    "Hunters International emails Fred Hutch patients directly",
    "The ransomware group that stole data from Fred Hutchinson Cancer Center is now emailing patients and threatening to publish their details unless they pay. " +
      "Fred Hutch, which runs 10 clinical sites in the Seattle region, said its network was breached on November 19, and Hunters International later claimed the attack.",
    { victims: ["Fred Hutchinson Cancer Center"], type: "clinic", country: "US" },
  ),
];

// ---------------------------------------------------------------- round 2: written after round 1's fixes
const ROUND_2: BankCase[] = [
  rw(
    "a093",
    "a chain described before its name ('A large cosmetic surgery chain ... The chain, X,'), its alias in the last sentence",
    "Hackers threaten to publish cosmetic surgery photos",
    "A large cosmetic surgery chain has had patients' before-and-after photos stolen by hackers who threaten to release them. " +
      "The chain, The Hospital Group, confirmed the ransomware attack and said it had told the Information Commissioner. " +
      "The REvil group says it took more than 900 gigabytes of photographs. " +
      "The group is also known as the Transform Hospital Group.",
    { victims: ["The Hospital Group", "Transform Hospital Group"], type: "cosmetic-surgery", country: "GB" },
  ),
  rw(
    "b130",
    "a non-profit that runs hospitals, a doctor 'at a MedStar hospital' and a newspaper as sources",
    "Ransomware hits MedStar Health",
    "Hackers have encrypted data on computers at MedStar Health, a non-profit organisation that runs 10 hospitals and other facilities in Baltimore and Washington, the FBI and the organisation said this week. " +
      "The Baltimore Sun confirmed the ransomware attack, citing a doctor at one of MedStar's hospitals in Baltimore.",
    { victims: ["MedStar Health"], type: "hospital", country: "US" },
  ),
  rw(
    "b141",
    "'a provider of radiology and oncology services' set before the name and its comma",
    "Ransomware stops radiology provider scheduling patients",
    "A provider of radiology and oncology services, Akumin, has told customers that a ransomware attack is stopping it from scheduling new patients or reaching patient data. " +
      "The company has put off most of its clinical and diagnostic operations at its Florida sites until its systems can be restored.",
    { victims: ["Akumin"], type: "imaging", country: "US" },
  ),
  rw(
    "a094",
    "'Capital Health hospital' (a lower-case noun after the name), an outlet as source",
    "LockBit claims attack on New Jersey hospital system",
    "The LockBit gang has claimed a cyberattack on Capital Health hospital carried out in late November 2023, BleepingComputer reports. " +
      "The group has listed the New Jersey healthcare institution on its leak site and says it took 7TB of medical data.",
    { victims: ["Capital Health"], type: "hospital", country: "US" },
  ),
  rw(
    "b213",
    "a regulator's notice: the software provider with its abbreviation, 'a subsidiary of Advanced'",
    "Software provider fined £3m over 2022 ransomware attack",
    "The Information Commissioner's Office has fined Advanced Computer Software Group Ltd (Advanced) £3.07m over security failings before the 2022 ransomware attack, which disrupted NHS 111 services. " +
      "The ICO found that a subsidiary of Advanced had not put multi-factor authentication in place across its systems.",
    { victims: ["Advanced Computer Software Group Ltd (Advanced)"], type: "health-it-vendor", country: "GB" },
  ),
  rw(
    "b245",
    "a laboratory company named after its description, a health minister as a non-victim",
    "LifeLabs paid ransom after breach of 15 million customers' data",
    "Canadian laboratory testing company LifeLabs says it paid criminals to get back information on about 15 million customers, mostly in B.C. and Ontario, after a cyberattack on its systems. " +
      "B.C. Health Minister Adrian Dix said he was deeply disappointed.",
    { victims: ["LifeLabs"], type: "laboratory", country: "CA" },
  ),
  rw(
    "b137",
    "a parent and its subsidiary that rescheduled appointments, the parent's other systems named as ties",
    "CommonSpirit names facilities hit by ransomware",
    "Chicago-based CommonSpirit Health has published a list of more than 100 facilities where patient information may have been exposed in last fall's ransomware attack. " +
      "Scores of hospitals of CHI Health are on the list; CHI Health said at the time that some appointments had to be rescheduled because of the attack.",
    { victims: ["CommonSpirit Health", "CHI Health"], type: "hospital", country: "US" },
  ),
  rw(
    "b301",
    "a supplier named with its product ('Fortra's GoAnywhere MFT'), the hospital operator with its abbreviation",
    "Hospital operator says GoAnywhere breach hit up to 1 million patients",
    "Community Health Systems (CHS), which operates 79 acute-care hospitals, says hackers who exploited a zero-day flaw in Fortra's GoAnywhere MFT file transfer platform exposed data on up to 1 million of its patients. " +
      "CHS learned of the breach when its third-party provider Fortra told it that Fortra had suffered a security incident.",
    { victims: ["Community Health Systems", "Fortra"], type: "hospital" },
  ),
  rw(
    "b315-2",
    "a university research medical center described in apposition after its abbreviation",
    "Snatch gang claims Tampa General data",
    "TGH, a university research medical center in Florida, says attackers took files from its network between May 12 and May 30, 2023. " +
      "The Snatch ransomware group posted about the Tampa General Hospital hack on its leak site on Friday.",
    { victims: ["Tampa General Hospital"], type: "hospital", country: "US" },
  ),
  rw(
    "b232",
    "Italian local health company named with its towns after commas, 'the ASL' later",
    "Ransom demand after hacker attack on Abruzzo health company",
    "The local health company Asl 1 Avezzano, Sulmona, L’Aquila is dealing with a ransom request after a hacker attack that has seriously disrupted its services and care. " +
      "The ASL's IT infrastructure could be offline for a month, and the postal police are investigating under the Public Prosecutor's Office of L’Aquila.",
    { victims: ["Asl 1 Avezzano, Sulmona, L’Aquila"], type: "hospital", country: "IT" },
  ),
  rw(
    "b206",
    "a French hospital centre named by its town before 'hospital center', a new gang",
    "Data of 300,000 patients leaked after hack of French hospital",
    "Cybercriminals have disclosed data on around 300,000 patients of the Armentières hospital center, in the north of France, the establishment admitted. " +
      "A previously unknown ransomware gang, Blackout, claimed the mid-February attack on Sunday.",
    { victims: ["Armentières hospital center"], type: "hospital", country: "FR" },
  ),
  rw(
    "a124",
    "the pharmacy network described as the second-largest provider, a notification filed with a state attorney general",
    "PharMerica notifies 5.8 million people of breach",
    "The second-largest institutional pharmacy services provider in the US, PharMerica, is notifying 5,815,591 people that an unknown third party accessed its systems in March 2023. " +
      "A copy of the letter was filed with the Maine Attorney General's Office.",
    { victims: ["PharMerica"], type: "pharmacy", country: "US" },
  ),
];

/** Every round of the reworded victims bank. */
export const BANK_RW_VICTIMS: BankCase[] = [...ROUND_1_A, ...ROUND_1_B, ...ROUND_2];

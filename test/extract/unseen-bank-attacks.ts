// A bank of invented excerpts for attack types (../shared/eval/README.md "Attack types"), written as other newsrooms
// write (wire copy, local TV, trade press, UK/AU/IN/EU/US outlets, notification letters). Labels follow the guide and
// were written before the extractor was run on a round. Every organisation, person, place pairing and figure is made up.
//
// Choices where the guide leaves room: a group described as a ransomware gang, even as "the ransomware gang responsible
// for the attack", does not make the attack ransomware (the guide's own example); demands turned down were demands made
// (extortion when data was taken), while a policy or promise not to pay ("never pays ransoms") describes no threat, as the
// dev set labels "did not pay a ransom" beside stolen data (two round-1 labels were changed to this after the run, when
// the dev label was found); a ransom note is the mark of encryption, not a threat about stolen data.
import type { BankCase, Want } from "./unseen-shapes-bank";

const c = (id: string, shape: string, title: string, text: string, attacks: Want["attacks"]): BankCase => ({
  id,
  shape,
  title,
  text,
  want: { relevant: true, attacks },
});

/** Round 1: written before the extractor was run on it. */
const ROUND_1: BankCase[] = [
  // ------------------------------------------------- a ransomware group named, the attack not called ransomware
  c(
    "at1-group-responsible-leaking",
    "wire: 'the ransomware group responsible for' the attack leaks data",
    "Insurer says hackers have begun leaking member data",
    "Kestrel Mutual Health, the Queensland health fund, said on Monday that the ransomware group responsible for last month's breach has begun posting member records on a dark web forum. " +
      "The fund said it would not give in to the criminals.",
    // Extortion added in session 14: dev labels every ransom (asked, refused or paid) with a leak as extortion (14/14).
    ["data-theft", "extortion"],
  ),
  c(
    "at1-group-claimed-stole",
    "trade press: a gang described as ransomware claims the hack and the files",
    "Harwick Dental Group named on leak site",
    "Responsibility for the intrusion at Harwick Dental Group was claimed on Tuesday by Mordant, a ransomware outfit that surfaced last year. " +
      "The gang says it exfiltrated 80GB of patient records from the Leeds-based chain.",
    ["data-theft"],
  ),
  c(
    "at1-group-hit-called-ransomware",
    "local TV: the attack itself called a ransomware attack",
    "Pine Hollow hospital confirms ransomware attack",
    "Pine Hollow Community Hospital in Ridgeford, Ore., confirmed Thursday it was the victim of a ransomware attack that locked staff out of the electronic health record. " +
      "The hospital has not said whether patient information was taken.",
    ["ransomware"],
  ),
  c(
    "at1-did-not-encrypt",
    "security blog: gang says it did not encrypt, only took files",
    "Cobalt Spider says it spared hospital's systems",
    "The Cobalt Spider ransomware gang says it did not encrypt any of Marlow Bay Hospital's systems during last week's attack. " +
      "Instead the hackers stole 1.2TB of files and are threatening to publish them unless the Sydney hospital pays.",
    ["data-theft", "extortion"],
  ),
  c(
    "at1-left-unencrypted",
    "trade press: gang's note says it left the clinic unencrypted",
    "Gang claims it spared clinic from encryption",
    "The Vireo ransomware operation has added Ashgrove Fertility Clinic to its leak site. " +
      "In a note on the site the group says it chose not to encrypt the clinic's network 'out of respect for patients' and only copied 300GB of data, which it will publish on Friday unless it is paid.",
    ["data-theft", "extortion"],
  ),
  c(
    "at1-encrypted-and-stolen",
    "wire: encryption and theft both stated, gang described",
    "Hospital servers encrypted in attack claimed by Nightjar",
    "Servers at St Brennan's Hospital in Cork were encrypted on Sunday, the hospital group said, in an attack later claimed by Nightjar, a ransomware gang. " +
      "The gang says it also took 40GB of patient data.",
    ["ransomware", "data-theft"],
  ),
  // ------------------------------------------------- data lost or destroyed is not data taken
  c(
    "at1-stolen-destroyed",
    "trade press: locked data that could not be recovered is destroyed",
    "IT supplier's customers lose records after ransomware attack",
    "A ransomware attack on Tamsworth Care IT, which runs systems for 60 care homes across the Midlands, has left records beyond recovery. " +
      "The firm could not pay the $2 million demanded or restore its hacked data, and the stolen information has been destroyed, chief executive Alan Brierley said.",
    ["ransomware"],
  ),
  c(
    "at1-records-lost",
    "local paper: records lost for good",
    "Clinic loses years of records in cyber attack",
    "Hollins Street Medical Practice in Ballarat says years of patient records have been lost after a ransomware attack scrambled its server. " +
      "The practice refused to pay the attackers and its backups were also wiped.",
    ["ransomware"],
  ),
  c(
    "at1-wiped-data",
    "wire: data wiped, not taken",
    "Hackers wipe lab's database",
    "Intruders wiped the sample-tracking database of Corvin Diagnostics in Pune, the company said, in a cyber attack on Saturday. " +
      "The company said there is no sign that any data was copied out of its network.",
    ["unknown"],
  ),
  c(
    "at1-stolen-then-deleted-by-gang",
    "security blog: gang deleted its copy after payment (still theft)",
    "Clinic paid to have stolen files deleted",
    "Redwater Eye Clinic paid the Quarry gang to delete 20GB of patient files it had stolen from the clinic's file server, according to a filing seen by this site.",
    ["data-theft", "extortion"],
  ),
  // ------------------------------------------------- a refusal to pay tells of a demand
  c(
    "at1-policy-never-pay",
    "trade press: refusal told as the victim's policy",
    "Lyon clinic group will not pay hackers",
    "Groupe Santé Rivière, which runs six clinics around Lyon, said it never pays ransoms after hackers took 45GB of patient files from its network last week. " +
      "The gang, Obsidian, has posted a sample of the files online.",
    // Extortion added in session 14, as for at1-group-responsible-leaking.
    ["data-theft", "extortion"],
  ),
  c(
    "at1-turned-down-demands",
    "wire: turned down the demands",
    "Hospital rejects gang's demands",
    "Northfold General Hospital has turned down the demands of the Quasar gang, which says it stole 90GB of data from the Manchester hospital during an attack in March.",
    ["data-theft", "extortion"],
  ),
  c(
    "at1-wont-pay-in-quote",
    "local TV: a refusal in a quote",
    "'We will not pay': health centre defiant after data theft",
    '"We will not be paying any ransom to criminals," said Dr Meera Joshi, director of Lakeview Health Centre in Nagpur, after attackers exfiltrated patient records from its servers.',
    ["data-theft"],
  ),
  c(
    "at1-no-demand",
    "press release: no demand received",
    "Update on cyber incident at Fenwick Physiotherapy",
    "Fenwick Physiotherapy said hackers copied files from its booking system in an incident on 3 May. " +
      "No ransom has been demanded, the company said.",
    ["data-theft"],
  ),
  c(
    "at1-rejected-ransom-after-encryption",
    "wire: ransom refused after encryption (no theft)",
    "Belgian hospital refuses ransom",
    "AZ Meerhoven, a hospital in Belgium, refused to pay a ransom after hackers encrypted its patient records system, director Jan Peeters said.",
    ["ransomware"],
  ),
  // ------------------------------------------------- access and compromise are no theft
  c(
    "at1-accessed-certain-files",
    "notification letter: unauthorized party accessed files",
    "Notice of data security incident",
    "Brookvale Orthopedics is notifying patients of a cyberattack discovered on March 2. " +
      "The investigation found that an unauthorized party accessed certain files that contained patient names and dates of birth.",
    ["unknown"],
  ),
  c(
    "at1-gained-access-to-files",
    "trade press: gained access to files",
    "Radiology group reports breach affecting 210,000",
    "Sunfield Imaging said an unauthorized actor gained access to certain files on its network between June 1 and June 4, in what it called a cyberattack. " +
      "The files held names and Social Security numbers of about 210,000 patients.",
    ["unknown"],
  ),
  c(
    "at1-extent-compromised",
    "health IT news: working out to what extent data was compromised",
    "Transplant network hit by cyberattack",
    "Great Plains Organ Network, a Kansas nonprofit, said it suffered a cyberattack on Friday and is working with outside experts to determine to what extent patient data was compromised.",
    ["unknown"],
  ),
  c(
    "at1-how-much-accessed",
    "UK trade press: how much data was accessed is being established",
    "Trust investigates cyber incident",
    "Calder Valley NHS Trust is investigating a cyber incident and is working to establish how much patient data was accessed, a spokesperson said.",
    ["unknown"],
  ),
  c(
    "at1-acquired-files",
    "notification letter: accessed and acquired files (theft)",
    "Notice of data incident",
    "On July 8 Westmere Family Medicine learned that an unauthorized party accessed its network and acquired copies of certain files containing patient information.",
    ["data-theft"],
  ),
  // ------------------------------------------------- data held by the attackers
  c(
    "at1-in-hand",
    "security blog: 'with N gigabytes ... in hand'",
    "Cosmetic clinic chain held to ransom",
    "With some 600 gigabytes of patient photos in hand, the Rook group is holding Belmont Aesthetic Clinics to ransom, the Birmingham chain confirmed.",
    ["data-theft", "extortion"],
  ),
  c(
    "at1-in-possession",
    "wire: data in the gang's possession",
    "Pharmacy chain says gang has customer data",
    "Medivale Pharmacies said the hacking group Lantern has 2TB of customer records in its possession after a cyber attack last week and is demanding payment to keep them private.",
    ["data-theft", "extortion"],
  ),
  c(
    "at1-sitting-on",
    "trade press: gang sitting on a volume of data",
    "Care provider's data held by Umbra",
    "The Umbra gang says it is sitting on 350GB of data taken from Heathcote Home Care, a Victorian home care provider, and has given it five days to pay.",
    ["data-theft", "extortion"],
  ),
  // ------------------------------------------------- a ransom note marks encryption
  c(
    "at1-ransom-note-decrypt",
    "wire: ransom note, key to decrypt stolen data",
    "Hospital attack was a mistake, hacker says",
    "The ransom note left on the servers of Klinikum Oberau was addressed to a nearby university, police said. " +
      "After police told the hacker a hospital had been hit, the attacker handed over a key to decrypt the data they had stolen.",
    ["ransomware", "data-theft"],
  ),
  c(
    "at1-ransom-note-screens",
    "local TV: ransom note on screens",
    "Ransom note appears on clinic computers",
    "Staff at Greyfield Kidney Centre in Leicester arrived on Monday to find a ransom note on every computer screen. " +
      "The centre said patient data had been encrypted but there was no evidence it had been taken.",
    ["ransomware"],
  ),
  c(
    "at1-ransom-note-threat",
    "trade press: ransom note that threatens to publish (extortion)",
    "Note threatens to publish clinic's files",
    "A ransom note left on the network of Ivybridge Pain Clinic says the attackers copied 12GB of records and will publish them unless the clinic pays within a week.",
    ["ransomware", "data-theft", "extortion"],
  ),
  c(
    "at1-ransom-demand-theft",
    "wire: ransom demand beside stolen data (extortion)",
    "Hackers demand ransom from Indian hospital",
    "Hackers who stole the records of 80,000 patients from Sree Anandam Hospital in Kochi have demanded a ransom of Rs 5 crore, police said.",
    ["data-theft", "extortion"],
  ),
];

/** Round 2: written after round 1's fixes, before the extractor was run on it. */
const ROUND_2: BankCase[] = [
  c(
    "at2-still-in-hands",
    "wire: data remains in the criminals' hands",
    "Clinic data still with hackers, police say",
    "Patient files from Orchard Lane Surgery in Swindon remain in the hands of the criminals who broke into its network in June, police said on Tuesday.",
    ["data-theft"],
  ),
  c(
    "at2-irretrievably-lost",
    "local paper: encrypted files irretrievably lost",
    "GP practice loses records to ransomware",
    "Years of scanned letters at Parkgate Medical Centre in Hobart were irretrievably lost after ransomware encrypted its server, the practice manager said.",
    ["ransomware"],
  ),
  c(
    "at2-hacked-data-gone",
    "trade press: the hacked data is gone",
    "Care software firm cannot restore client data",
    "Brightwell Care Systems said the hacked data is gone for good after attackers locked its servers in a ransomware attack last week and it chose not to pay.",
    ["ransomware"],
  ),
  c(
    "at2-rebuffed-extortion",
    "trade press: an extortion demand rebuffed beside theft",
    "Hospital rebuffs gang",
    "Mercy Vale Hospital in Auckland rebuffed an extortion demand from hackers who had copied 14,000 patient files, its chief executive said.",
    ["data-theft", "extortion"],
  ),
  c(
    "at2-ignored-demands",
    "wire: the gang's demands ignored, data taken",
    "Hospital ignores gang's demands",
    "Lindenhof Klinik in Basel says it ignored the gang's demands after the attackers downloaded patient records from its servers last month.",
    ["data-theft", "extortion"],
  ),
  c(
    "at2-third-party-viewed",
    "UK notification: an unauthorised third party viewed records",
    "Data incident at Ashby Physio",
    "Ashby Physio has told patients that an unauthorised third party viewed appointment records during a cyber incident in April.",
    ["unknown"],
  ),
  c(
    "at2-how-much-taken-unclear",
    "wire: how much was taken is unclear",
    "Hospital network hit by cyber attack",
    "Riverside Health Partners in Ohio was hit by a cyber attack on Sunday; it is not yet clear how much information was taken.",
    ["unknown"],
  ),
  c(
    "at2-extent-of-theft-open",
    "Indian daily: the extent of the theft being assessed",
    "Cyber attack on Pune hospital",
    "Officials at Sahyadri Care Hospital in Pune said a cyber attack hit its billing servers on Friday and that experts were assessing to what extent patient records were stolen.",
    ["unknown"],
  ),
  c(
    "at2-accessed-lakh",
    "Indian daily: data of 3 lakh patients accessed",
    "Hackers access records of 3 lakh patients",
    "Hackers accessed the records of 3 lakh patients of Shanti Nursing Home in Indore, the state cyber cell said, in a cyber attack on its billing software.",
    ["unknown"],
  ),
  c(
    "at2-gang-claimed-only",
    "tracker-style news: a ransomware gang claims the hack, nothing more",
    "Ransomware gang claims attack on fertility clinic",
    "The Sable ransomware gang has claimed responsibility for a cyber attack on Westbury Fertility Clinic in Bristol, adding the clinic to its leak site on Monday.",
    ["unknown"],
  ),
  c(
    "at2-deployed-ransomware",
    "trade press: the gang deployed ransomware",
    "Gang deployed ransomware at dialysis provider",
    "Investigators say the Sable gang deployed ransomware across the network of Renalis Dialysis in Lyon after stealing 60GB of patient data.",
    ["ransomware", "data-theft"],
  ),
  c(
    "at2-pay-for-decryption-only",
    "wire: money asked for a decryption key, no data taken",
    "Hospital asked for bitcoin to unlock systems",
    "The attackers who encrypted the systems of Hospital San Telmo in Valencia demanded 30 bitcoin for the decryption key, the regional health service said.",
    ["ransomware"],
  ),
  c(
    "at2-wants-money-to-return-data",
    "tabloid: wants money to hand back what it took",
    "Gang wants £200,000 to hand back patient data",
    "A gang that took the records of 5,000 patients from Highcliff Dental in Kent wants £200,000 to hand them back.",
    ["data-theft", "extortion"],
  ),
  c(
    "at2-in-their-hands-volume",
    "security blog: volume 'in their hands'",
    "Eye hospital data in hackers' hands",
    "With 90 gigabytes of Clearview Eye Hospital scans in their hands, the attackers have set a deadline of Friday.",
    ["data-theft", "extortion"],
  ),
  c(
    "at2-did-not-pay-policy",
    "AU news: government policy not to pay, data taken",
    "State health service won't pay hackers",
    "NSW Regional Health, whose patient files were stolen last week, will not pay any ransom, in line with government policy, the minister said.",
    ["data-theft"],
  ),
  c(
    "at2-ransom-note-only",
    "EU news: a ransom note found, systems down",
    "Ransom note found at Dutch care group",
    "A ransom note was found on the systems of Zorggroep Heuvelland in Limburg after a cyber attack took them offline on Thursday.",
    ["ransomware"],
  ),
];

/** Round 3: written after round 2's fixes, before the extractor was run on it. */
const ROUND_3: BankCase[] = [
  c(
    "at3-gang-behind-attack-took",
    "wire: 'the ransomware gang behind the attack' took data",
    "Gang behind hospital attack posts records",
    "The ransomware gang behind the attack on Ferncliffe General Hospital in Ontario has posted 4,000 patient records online after the hospital turned down its demands.",
    ["data-theft", "extortion"],
  ),
  c(
    "at3-locked-out-no-theft",
    "local TV: staff locked out of systems, no theft found",
    "Clinic staff locked out after cyber attack",
    "Staff at Kinloch Community Clinic in Inverness were locked out of their computer systems by ransomware on Monday. " +
      "The clinic said there was no evidence that data had been removed.",
    ["ransomware"],
  ),
  c(
    "at3-data-lost-in-encryption",
    "trade press: data lost, not stolen",
    "Dental group loses a week of records",
    "Smilecraft Dental Group in Perth lost a week of appointment records when ransomware encrypted its booking server; the company says nothing was taken.",
    ["ransomware"],
  ),
  c(
    "at3-extent-unclear-files",
    "notification letter: unauthorized access, extent under review",
    "Notice of security incident",
    "Carrow Hills Pediatrics detected a cyberattack on October 4 in which an unauthorized individual accessed parts of its network. " +
      "We are reviewing how much patient information was involved.",
    ["unknown"],
  ),
  c(
    "at3-holds-data-hostage",
    "tabloid: gang 'holding' 1.2TB and a deadline",
    "Hackers hold hospice data to ransom",
    "Hackers are holding 1.2TB of data from St Ninian's Hospice in Glasgow and have given it until Sunday to pay.",
    ["data-theft", "extortion"],
  ),
  c(
    "at3-rejected-ransom-demand-policy",
    "EU news: rejected the ransom demand after theft",
    "Dutch hospital rejects ransom demand",
    "Ziekenhuis Waterland in Purmerend has rejected a ransom demand from hackers who stole the personal data of 30,000 patients, a spokesperson said.",
    ["data-theft", "extortion"],
  ),
  c(
    "at3-ransom-note-paid-decryptor",
    "US trade press: ransom paid for a decryptor",
    "Clinic paid hackers for decryptor",
    "Bayou Family Clinic in Louisiana paid $90,000 for a decryptor after ransomware encrypted its patient records, the clinic's owner said.",
    ["ransomware"],
  ),
  c(
    "at3-viewed-and-downloaded",
    "notification: viewed and downloaded (theft)",
    "Notice of data event",
    "Lakeshore Hearing Clinic learned that an unauthorized person viewed and downloaded files from its server during a cyber incident in May.",
    ["data-theft"],
  ),
];

export const ATTACKS_BANK: readonly BankCase[] = [...ROUND_1, ...ROUND_2, ...ROUND_3];

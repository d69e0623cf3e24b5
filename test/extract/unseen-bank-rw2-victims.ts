// Dev articles reworded a second time for the victim fields (issue 15, classes 1 and 2), this session's round: the
// victim named through what it does rather than a health word in its name, several victims in lists and possessives,
// subsidiaries and sister brands, and beside bodies that are no victims (regulators and courts told, outlets quoted,
// intended targets, councils and customers notified, other incidents' victims, products and websites). Ids
// `victims-rw2-<dev id>` name the dev article each case rewords (../shared/eval/dev.jsonl): its facts, names and hedges
// are kept and the victim labels copied from that record. The round was written in full before the extractor was run
// on it. Only relevance, victims, type (and country where the text fixes it) are checked.
import type { BankCase } from "./unseen-shapes-bank";
import { v } from "./unseen-bank-victims";

/** A relevant dev article reworded, id `victims-rw2-<dev id>`. */
const rw = (devId: string, shape: string, title: string, text: string, want: Parameters<typeof v>[4]) =>
  v(`victims-rw2-${devId}`, shape, title, text, want);

// ---------------------------------------------------------------- round 1: dev half A
const ROUND_1_A: BankCase[] = [
  rw(
    "a075",
    "operator described before its name, employees' forum and list of places as non-victims",
    "Ryuk suspected as hospital operator's computers shut down",
    "An operator of more than 400 healthcare and hospital facilities across the US, Puerto Rico and the UK, Universal Health Services, has been struck by a large-scale cyberattack, and several of its own employees believe Ryuk ransomware is probably behind it. " +
      "One UHS worker wrote on Reddit that systems began shutting themselves down early on Sunday morning, and staff were told to power off every device. " +
      "Computer and phone systems went down at 80 or more UHS sites in California, Florida, Texas, Arizona and Georgia among other places; facilities in Puerto Rico and the UK are not affected for now. " +
      "A ransom of USD50 million in Bitcoin mentioned in Reddit comments has not been confirmed. " +
      "In a brief statement on Monday the Fortune-500 company said an IT security issue had taken its network offline and that patient care was still being delivered safely.",
    { victims: ["Universal Health Services (UHS)"], type: "hospital", country: "US" },
  ),
  rw(
    "a083",
    "brand with no health word described by what it does ('carries out early trials of medicines'), an outlet quoted",
    "Maze publishes trial volunteers' records after firm refuses to pay",
    "The Maze hacking group has published personal details of medical trial volunteers stolen from Hammersmith Medicines Research, a UK company that carries out early trials of new medicines and vaccines and had been standing by to test a COVID-19 vaccine. " +
      "The data went online after the firm declined to pay the ransom demand. " +
      'HMR spotted what it called a "severe attack" on 14 March and had its computer systems back the same day. ' +
      '"We fought it off and got all our functions back fast. We had no downtime," Malcolm Boyce, HMR\'s managing and clinical director, told ComputerWeekly. ' +
      "According to Boyce, the hackers sent the firm records on more than 2,300 patients, some going back 20 years, including passport copies and national insurance numbers, and he would rather go out of business than pay them.",
    { victims: ["Hammersmith Medicines Research (HMR)"], type: "research", country: "GB" },
  ),
  rw(
    "a086",
    "victim in a possessive headline, the FBI and a forensics firm it informed as non-victims",
    "Phishing email exposed 1,400 patients, Navicent Health says",
    "More than 1,400 patients had sensitive information exposed when an employee of Navicent Health opened a phishing email, the hospital said in an Aug. 23 news release, two months after it found out. " +
      "The employee probably opened the message between June 22 and June 24; the hospital learned of it on June 24 and changed the employee's password at once. " +
      "Besides its own internal investigation, the hospital told the FBI and began talks with a national forensics firm. " +
      "Navicent Health's electronic medical record systems were not accessed, the release said.",
    { victims: ["Navicent Health"], type: "hospital", country: "US" },
  ),
  rw(
    "a096",
    "insurer named in a possessive, an outlet, a telecoms company of another breach and a breach website as non-victims",
    "Medibank customer files, among them one labelled 'abortions', posted on dark web",
    "Hackers demanding close to $10m have put sensitive customer data from Medibank on the dark web, the Australian health insurer said. " +
      "In an update on 9 November the insurer said the criminal had posted files of customer data thought to come from Medibank's systems on a dark web forum, weeks after last month's cyberattack that hit 9.7m Australians. " +
      "The breach has been linked to REvil, a Russian ransomware group, which according to The Guardian cut its price to $9.7m, or $1 for each customer. " +
      "Optus, an Australian telecoms company, recently suffered a similar breach that may have hit up to 9m customers. " +
      "Troy Hunt, who created the breach-checking website Have I Been Pwned, said the release was deeply troubling.",
    { victims: ["Medibank"], type: "insurer", country: "AU" },
  ),
  rw(
    "a097",
    "'US healthcare giant' with the attacker's affiliate quoted, the payment as the topic",
    "BlackCat affiliate says it was cheated of its cut of Change Healthcare's $22m payment",
    "A single transaction worth about $22 million reached a cryptocurrency address linked to the BlackCat ransomware group on March 1, suggesting that Change Healthcare, the US healthcare giant whose outage has disrupted prescription drug services nationwide for weeks, paid the extortion. " +
      "A BlackCat affiliate later complained in a post that Change Healthcare had paid the ransom for a decryption key and to keep four terabytes of stolen data from being published, but that BlackCat had cheated it of its share. " +
      "The affiliate says it still holds Change Healthcare's sensitive data. " +
      "The intrusion began in the third week of February and has held up prescription deliveries to hospitals and pharmacies across the country.",
    { victims: ["Change Healthcare"], type: "health-it-vendor", country: "US" },
  ),
  rw(
    "a098",
    "name only in the second sentence after 'a radiology firm', a security company hired as non-victim",
    "Radiology firm tells patients of PACS break-in",
    "A radiology firm based in New York is contacting patients after hackers got into its picture archiving and communication system. " +
      "Northeast Radiology said on Wednesday that the breach began in January, when unauthorized individuals reached the personal information of 29 patients, and that it had hired a security company to look into what happened. " +
      "The company, which runs five locations in New York and Connecticut, said it knew of no fraud or identity theft arising from the incident. " +
      "As an extra precaution it is telling all of its patients, not only the 29 affected.",
    { victims: ["Northeast Radiology"], type: "imaging", country: "US" },
  ),
  rw(
    "a111",
    "hospital network and its three hospitals after a colon, an outlet as source, an abbreviation introduced later",
    "Christmas Eve LockBit attack halts emergency care at three German hospitals",
    "Emergency care is still unavailable at three hospitals in Germany after a ransomware attack on Christmas Eve morning, according to BleepingComputer: Franziskus Hospital Bielefeld, Mathilden Hospital Herford and Sankt Vinzenz Hospital Rheda-Wiedenbruck. " +
      "Their operator, the Katholische Hospitalvereinigung Ostwestfalen (KHO), said attackers had got into its IT systems and encrypted data, so the systems were shut down at once. " +
      "KHO said initial tests pointed to Lockbit 3.0, and that it could not yet say how long recovery would take. " +
      "Clinic operations and patient treatment have not been hit, and LockBit has yet to add KHO to the victim list on its dark web site.",
    {
      victims: [
        "Katholische Hospitalvereinigung Ostwestfalen",
        "Franziskus Hospital Bielefeld",
        "Mathilden Hospital Herford",
        "Sankt Vinzenz Hospital Rheda-Wiedenbruck",
      ],
      type: "hospital",
      country: "DE",
    },
  ),
  rw(
    "a013",
    "health system named as a compound brand, other victims of the same campaign as 'among the others', government agencies as background",
    "UofL Health swept up in MOVEit breach",
    "Louisville, Ky.-based UofLHealth has confirmed to TechCrunch that it was caught up in the MOVEit data breach, though it would not say how many patients were affected. " +
      "Clop, a ransomware gang linked to Russia, has claimed responsibility and added the health system to its dark web leak site. " +
      '"The United States government recently confirmed that several federal agencies were hit by cyberattacks that exploited a security flaw in MOVEit, a widely used file transfer tool," a UofL Health spokesperson said, adding that a handful of its medical practices relied on the software to send files to third-party vendors. ' +
      "Baltimore-based Johns Hopkins Medicine and Bellaire, Texas-based Harris Health System are among the other health systems the MOVEit breach has hit.",
    { victims: ["UofLHealth", "Johns Hopkins Medicine", "Harris Health System"], type: "hospital", country: "US" },
  ),
  rw(
    "a015",
    "three victims of one claim in a list with appositions, another gang's victim and a monitoring firm as non-victims",
    "LockBit claims Florida health department, Illinois hospital and Kentucky crisis center",
    "The LockBit ransomware operation has listed three new victims on its leak site, Security Affairs reports: the Florida Department of Health; Fairfield Memorial Hospital, a nonprofit critical access provider based in Illinois; and the Merryman House Domestic Crisis Center of Kentucky. " +
      "Florida's health department was told to pay by July 5 or see 100 GB of data allegedly taken from its systems exposed, according to screenshots shared by the threat monitoring firm HackManac, while Fairfield Memorial and Merryman House were given until July 17. " +
      "The claims come as the Monti gang says it compromised Wayne Memorial Hospital in Pennsylvania.",
    {
      victims: ["Florida Department of Health", "Fairfield Memorial Hospital", "Merryman House Domestic Crisis Center"],
      type: "public-health",
      country: "US",
    },
  ),
  rw(
    "a061",
    "'Medical Center' name typed by its description as a federally qualified health center, regulators told as non-victims",
    "BianLian-linked hacks at two clinics affect 700,000 patients",
    "Two medical providers, one in North Carolina and one in Florida, are notifying more than 700,000 patients that their health information was stolen in separate cyberattacks earlier this year. " +
      "Both appeared on the leak site of BianLian, a ransomware group now thought to be inactive. " +
      "Goshen Medical Center, a federally qualified health center with 38 locations in eastern North Carolina, told federal and state authorities on September 17 that almost 456,400 people had been affected. " +
      "Medical Associates of Brevard, in Melbourne, Florida, reported to regulators on September 5 that about 247,000 patients' data had been compromised.",
    { victims: ["Goshen Medical Center", "Medical Associates of Brevard"], type: "primary-care", country: "US" },
  ),
  rw(
    "a084",
    "president and CEO after the system's name, three hospitals in brackets with 'as well as'",
    "Hive ransomware suspected in attack on Ohio health system",
    "Staff at Memorial Health System are working with paper charts after its computers were encrypted early on Sunday in what appears to be a Hive ransomware attack. " +
      "The nonprofit, integrated health system runs three hospitals in Ohio and West Virginia (Marietta Memorial Hospital, Selby General Hospital as well as Sistersville General Hospital), along with outpatient sites and provider clinics, and employs more than 3,000 people. " +
      "Urgent surgery cases and X-ray exams were cancelled on Monday. " +
      "Memorial Health System President and CEO Scott Cantley said at that point that no patient or employee data had been compromised.",
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
];

// ---------------------------------------------------------------- round 1: dev half B
const ROUND_1_B: BankCase[] = [
  rw(
    "b129",
    "operator named in the headline's possessive, a federal court and the plaintiff as non-victims",
    "Lawsuit says Carespring waited ten months to tell residents of NoEscape data theft",
    "Private health information of as many as 67,000 people was stolen in a data breach at Carespring Health Care Management, according to a proposed class action filed last week in the U.S. District Court for the Southern District of Ohio, as cyber risks facing nursing homes keep rising. " +
      "The complaint says the NoEscape ransomware group attacked Carespring last October and took 364 gigabytes of data. " +
      "It accuses the company of leaving the information poorly encrypted and of waiting until August 15, 2024 to send notices although it knew of the attack by October 28, 2023. " +
      "The lead plaintiff's spouse is a resident at Carespring.",
    { victims: ["Carespring Health Care Management"], type: "care-home", country: "US" },
  ),
  rw(
    "b138",
    "chief executive and spokesman quoted with the hospital's name, 'numerous hospitals' hit by the same campaign as background",
    "Sky Lakes chief warns ransomware will hurt finances",
    'The ransomware attack on Sky Lakes Medical Center last week will be "detrimental" to the Klamath Falls hospital\'s finances, its chief executive said, although a new system should be in place this week. ' +
      "Numerous hospitals across the country were hit by the same attack. " +
      "In an emailed statement, chief executive officer Paul Stewart said the hospital would refuse to pay any extortion but had scaled back some elective and outpatient services while systems were down. " +
      'Spokesman Tom Hottman and Stewart said on Friday that "great progress" was being made, with clinical systems coming back online first.',
    { victims: ["Sky Lakes Medical Center"], type: "hospital", country: "US" },
  ),
  rw(
    "b143",
    "operator of senior living communities, abbreviation introduced by a letter, a forensics firm as non-victim",
    "Ransomware encrypts medical records at senior living operator",
    "A hacker got into the computer system of American Baptist Homes of the Midwest on March 10 and planted malware that encrypted medical records, in an attempt to extort money, the religious-affiliated organisation has told residents. " +
      "The nonprofit runs senior living communities in five states. " +
      "According to the letter, a data forensics firm was brought in to clear the systems of malware and restore them from backup, and ABHM has hired a third-party security expert for a risk assessment. " +
      "The letter says there is no evidence so far that any resident's information was retrieved or misused, but names, addresses, Social Security numbers and medical information may be in the unauthorized party's hands.",
    { victims: ["American Baptist Homes of the Midwest"], type: "care-home", country: "US" },
  ),
  rw(
    "b231",
    "'university clinic' as the victim's short form, the intended target (a university) and ministries as non-victims",
    "Russian trail in Düsseldorf hospital hack, ministry says",
    "A possible trail from the hacker attack on Düsseldorf University Hospital early in September leads to Russia, North Rhine-Westphalia's Ministry of Justice told the state parliament's legal committee on Tuesday. " +
      "The attackers slipped the encryption Trojan DoppelPaymer into the system, the ministry said; private security companies say a group based in the Russian Federation has used it against companies and institutions worldwide. " +
      "Thirty servers at the university clinic were encrypted, and the blackmailers apparently meant to hit Heinrich Heine University, to which their letter was addressed. " +
      "When told they had hit the wrong target, they released the key. " +
      "The public prosecutor's office is investigating negligent homicide after a patient had to be taken to a distant hospital.",
    { victims: ["Düsseldorf University Hospital"], type: "hospital", country: "DE" },
  ),
  rw(
    "b239",
    "the hospital a patient was diverted to and a broadcaster as non-victims, the intended university target",
    "Woman dies after ambulance is diverted from hacked Düsseldorf hospital",
    "A critically ill woman may have died because a ransomware attack on University Hospital Düsseldorf meant her ambulance had to be diverted to a hospital in Wuppertal, delaying her treatment by an hour. " +
      "The university hospital announced a major IT outage on September 10, cancelled all appointments and stopped providing emergency care. " +
      "The attackers did not demand a ransom, the hospital said; their message was addressed to Heinrich Heine University in Düsseldorf, and after police told them that a hospital had been hit, they handed over the key. " +
      "German broadcaster NTV reports that police are investigating negligence.",
    { victims: ["University Hospital Düsseldorf"], type: "hospital", country: "DE" },
  ),
  rw(
    "b319",
    "abbreviation in a statement, the FBI told and a forensic firm as non-victims, figure in words",
    "Tampa General says hackers took data of about 1.2 million patients",
    "Hackers made off with patient names, birthdates, Social Security numbers, treatment records and insurance information in a breach at Tampa General Hospital that is estimated to affect some 1.2 million patients. " +
      "TGH said in a release on Wednesday afternoon that it first noticed unusual activity on May 31; a third-party forensic firm found that the intruders had taken files from May 12 to May 30. " +
      "The hospital has reported the attack to the FBI, and a spokesperson said TGH did not pay a ransom. " +
      "Its monitoring systems prevented encryption, the hospital said.",
    { victims: ["Tampa General Hospital"], type: "hospital", country: "US" },
  ),
  rw(
    "b327",
    "medical equipment supplier with a bracketed abbreviation inside its name, the councils it told listed as non-victims",
    "Councils warn residents after ransomware attack on equipment supplier NRS Healthcare",
    "East Lothian, Waltham Forest, Camden and Buckinghamshire councils have warned residents that their personal data may have been exposed in a ransomware attack on Nottingham Rehab Supplies (NRS) Healthcare, a major supplier of medical equipment to local authorities. " +
      "The attack in early April took the company's website offline. " +
      "East Lothian Council said on May 14 that specialist teams were still establishing how far it reached, and Buckinghamshire Council confirmed that personal data had been breached as a result of the attack on NRS. " +
      "Keep your data safe and accessible with TrueNAS's self-healing technology.",
    { victims: ["Nottingham Rehab Supplies (NRS) Healthcare"], type: "pharma-medtech", country: "GB" },
  ),
  rw(
    "b342",
    "software supplier and its hospital customer, an outlet, regulators and a product as non-victims",
    "Community Health Systems patients' data exposed through Fortra's GoAnywhere",
    "Franklin, Tenn.-based Community Health Systems said in a filing with the U.S. Securities and Exchange Commission on Feb. 13 that a security breach at Fortra, the cybersecurity firm that supplies its GoAnywhere file transfer software, had compromised patients' personal information. " +
      "Clop, the Russian-based ransomware group, told TechCrunch it had exploited a flaw in GoAnywhere and stolen data from more than 130 organizations, without offering evidence. " +
      "Fortra released an emergency patch on Feb. 7, and CISA has ordered organizations running the software to patch it before March 3.",
    { victims: ["Community Health Systems", "Fortra"], type: "hospital", country: "US" },
  ),
  rw(
    "b136",
    "parent and four subsidiaries in a list, one with a trading name, a state department as non-victim",
    "Arkansas behavioral health provider notifies 375,000 of data theft",
    "Arisa Health, an Arkansas provider of mental and behavioral health services, has told federal regulators that a hacking incident involving a network server affected 375,436 people. " +
      "Its subsidiaries Counseling Associates, Inc., Ozark Guidance Center, Inc., Professional Counseling Associates Inc. and Northeast Arkansas Community Mental Health Center, which does business as Mid-South Health Systems, were also affected, according to a notice on its website. " +
      "Some of the group's services are delivered under contracts with the Arkansas Department of Human Services. " +
      "At least one proposed federal class action has been filed.",
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
    "EHR company described after its name, its products and customers as non-victims",
    "Practices still hobbled a week after Allscripts ransomware attack",
    "Physician practices across the U.S. were still struggling on Wednesday, a week after ransomware hit Allscripts, the Chicago-headquartered company that runs electronic health record systems for practices and hospitals. " +
      "The attack began last Thursday at two data centers in Raleigh and Charlotte, N.C., and brought down the company's Professional EHR service and its system for electronic prescribing of controlled substances. " +
      "In a statement on Tuesday the company said 1,500 customers were affected and named SamSam as the strain.",
    { victims: ["Allscripts"], type: "health-it-vendor", country: "US" },
  ),
  rw(
    "b309",
    "dental imaging centre with 'Ltd', the practices it serves and an analysis firm as non-victims",
    "Hacker offers 7TB database of UK dental imaging centre for $100,000",
    "A huge database said to belong to CT Dent Ltd, a leading independent dental imaging centre in the UK, is being advertised for sale on a monitored hacker forum for $100,000. " +
      "The seller claims about 7 terabytes and more than a million files, with a payment deadline of December 21, 2025. " +
      "CT Dent carries out cone beam CT scans and X-rays for more than 10,000 UK dental practices, Brinztech noted, so a breach of the imaging centre exposes data from thousands of independent clinics.",
    { victims: ["CT Dent Ltd"], type: "imaging", country: "GB" },
  ),
  rw(
    "b328",
    "AI firm described as a healthcare AI company, a researcher, a website and an outlet as non-victims",
    "Unprotected database of a healthcare AI firm exposed 886 million test records",
    "An unsecured database holding more than 886 million patient records, later confirmed to be dummy data, was found by researcher Jeremiah Fowler and Website Planet and traced to Deep 6 AI. " +
      "The healthcare AI firm, whose algorithms search medical data to find patients for clinical trials, fixed the exposure promptly once it was disclosed. " +
      "In a statement to Infosecurity, Deep 6 AI said the records came from a test environment with de-identified data from MIT's MIMIC system and that no patients were affected.",
    { victims: ["Deep 6 AI"], type: "health-it-vendor" },
  ),
  rw(
    "b105",
    "health system and a hospital owned by it, the parent's other brand named as the source of a figure",
    "CommonSpirit attack takes MercyOne systems offline",
    'CommonSpirit Health, a Chicago-headquartered nonprofit that runs 140 hospitals and more than 1,000 care sites in 21 states, took some computer systems offline "as a precautionary step" after a cyber attack on Oct. 3. ' +
      "MercyOne in Des Moines, which counts CommonSpirit Health among its parent companies, also had its computer systems taken offline. " +
      "CommonSpirit treated 20 million patients in 2019, according to the website of Dignity Health International, part of the CommonSpirit family. " +
      "It is not yet clear whether patient information was compromised.",
    { victims: ["CommonSpirit Health", "MercyOne"], type: "hospital", country: "US" },
  ),
  rw(
    "b119",
    "two victims contrasted in one sentence, a federal reporting tool as non-victim",
    "One mental health provider paid ransom, the other recovered without paying",
    "Delaware Guidance Services for Children and Youth paid a ransom to get its patient records unlocked, while Green Ridge Behavioral Health in Maryland recovered without paying the extortionists. " +
      "The Wilmington-based organisation describes itself as the largest not-for-profit provider of comprehensive psychiatric care to children and their families in Delaware; it reported the hacking incident to the Department of Health and Human Services' HIPAA Breach Reporting Tool on Feb. 22 as affecting 50,000 people.",
    {
      victims: ["Delaware Guidance Services for Children and Youth", "Green Ridge Behavioral Health"],
      type: "mental-health",
      country: "US",
    },
  ),
  rw(
    "b101",
    "two providers in separate paragraphs, the second with a '-based healthcare provider' description",
    "Scripps Health diverts emergency patients after cyberattack",
    "San Diego-based Scripps Health took its information technology systems offline after a cyberattack on May 1, 2021, and has been sending stroke, heart attack and trauma patients from all four of its hospitals to other facilities. " +
      "Its emergency departments and urgent care centers remain open, and staff are using offline documentation. " +
      "Separately, the Midwest Transplant Network, a Westwood, KS-based healthcare provider, disclosed on April 30, 2021 that its IT department and outside security experts were dealing with a suspected ransomware attack.",
    { victims: ["Scripps Health", "Midwest Transplant Network"], type: "hospital", country: "US" },
  ),
  rw(
    "b331",
    "hospital websites named by their domains in a list, airports and a security firm as non-victims",
    "Anonymous Sudan knocks nine Danish hospital websites offline",
    "Nine Danish websites linked to the health sector were brought down on Sunday afternoon by the hacker group Anonymous Sudan, a week after a similar attack on several Danish airports. " +
      "The sites hit were regionh.dk, amagerhospital.dk, bispebjerhospital.dk, bornholmshospital.dk, frederiksberghospital.dk, gentoftehospital.dk, rigshospitalet.dk, herlevhospital.dk and andhvidovrehospital.dk. " +
      '"Some hospitals in Denmark have been attacked due to Quran burnings, and more will be attacked in the hours to come," the group said on Telegram. ' +
      "TrueSec, a Swedish cybersecurity firm, said last week it was almost certain that the group is Russian and linked to the Russian government.",
    {
      victims: [
        "regionh.dk",
        "amagerhospital.dk",
        "bispebjerhospital.dk",
        "bornholmshospital.dk",
        "frederiksberghospital.dk",
        "gentoftehospital.dk",
        "rigshospitalet.dk",
        "herlevhospital.dk",
        "andhvidovrehospital.dk",
      ],
      type: "hospital",
      country: "DK",
    },
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes)
const ROUND_2: BankCase[] = [
  rw(
    "a007",
    "the victim's owner confirming the payment, an outlet as first source",
    "UnitedHealth confirms ransom paid after Change Healthcare attack",
    "UnitedHealth Group has confirmed that it paid a ransom to the hackers behind the attack on its subsidiary Change Healthcare, though the payment did not keep patient data safe. " +
      "Change Healthcare disclosed on Feb. 21 that ransomware had badly disrupted its healthcare payment management platform, and the Alphv/BlackCat gang quickly claimed responsibility. " +
      "Researchers tied a $22 million payment to Change Healthcare in early March, a figure Wired first reported; the gang then vanished in what is presumed to be an exit scam.",
    { victims: ["Change Healthcare", "UnitedHealth Group"], type: "health-it-vendor" },
  ),
  rw(
    "a020",
    "IT provider named after its customers' plight, described by what it supplies to nursing homes",
    "Ransomware at IT supplier leaves 100 nursing homes without records",
    "More than 100 nursing homes around the country lost access to patient data after a ransomware attack on the firm that runs their computer systems. " +
      "The hackers asked Virtual Care Provider for $14 million after the attack it found on Nov. 17, the company told clients in a letter. " +
      "The Milwaukee-based company supplies internet security and data storage to nursing homes and acute-care providers, and says it can neither afford the ransom nor recover the data.",
    { victims: ["Virtual Care Provider"], type: "health-it-vendor", country: "US" },
  ),
  rw(
    "a036",
    "shared service organisation named after 'its target was', the hospitals it serves unnamed",
    "Daixin attack on shared services provider cripples five Ontario hospitals",
    "Five hospitals in Ontario have been crippled by the Daixin team's latest attack. " +
      "This time the gang's target was Transform Shared Service Organization, which provides IT, supply chain and other services to the five hospitals. " +
      "Transform acknowledged a systems outage on October 23 that took in email and customer appointments, and confirmed on October 27 that it had been the victim of a cyberattack.",
    { victims: ["Transform Shared Service Organization"], type: "hospital", country: "CA" },
  ),
  rw(
    "a051",
    "practice and its trading name joined by an em dash aside, a regulator and a law firm as non-victims",
    "Tennessee radiology practice reports breach affecting 569,000",
    "A radiology practice in Tennessee says a data breach has affected 569,000 patients. " +
      "Plaza Radiology, which does business as Chattanooga Imaging, first notified the U.S. Department of Health and Human Services Office for Civil Rights of the attack on Dec. 20. " +
      "The law firm Console & Associates, P.C. said Chattanooga Imaging had confirmed that an unauthorized party gained access to files with sensitive information.",
    { victims: ["Plaza Radiology", "Chattanooga Imaging"], type: "imaging", country: "US" },
  ),
  rw(
    "b212",
    "ambulance service named after its paging system, police and a broadcaster as non-victims",
    "Tasmanian ambulance patients' details published online",
    "Personal details of every Tasmanian who has called an ambulance since November have been published online through the service's pager messages. " +
      "Ambulance Tasmania uses a paging system for first communications between its dispatchers and paramedics in the field, and messages going back to November were uploaded to a website that is still live. " +
      "Tasmania Police have been called in, ABC News reported.",
    { victims: ["Ambulance Tasmania"], type: "ambulance", country: "AU" },
  ),
  rw(
    "b221",
    "blood service named with its state, a researcher and a partner as non-victims",
    "Half a million blood donors' details leaked online",
    "Personal data on more than half a million blood donors around Australia has leaked online, the Australian Red Cross Blood Service confirmed on Friday. " +
      "Security researcher Troy Hunt said a Red Cross partner had put a 1.74 GB database backup on a public-facing website. " +
      "The file held 1.2 million records on 550,000 donor applicants.",
    { victims: ["Australian Red Cross Blood Service"], type: "other-healthcare", country: "AU" },
  ),
  rw(
    "b226",
    "a ministry by its country's possessive, an app and outlets as non-victims",
    "Lapsus$ claims 50TB theft from Brazil's health ministry",
    "The Lapsus$ Group says it stole 50TB of data, including COVID-19 vaccination certificates, from networks run by Brazil's Ministry of Health. " +
      "On Dec. 10 the ministry's homepage was replaced by a message telling it to contact the hackers to get the data back. " +
      "ZDNet reports that the group went after the ConecteSUS app, and Reuters reports that Deputy Health Minister Rodrigo Cruz said the ministry was working to restore its network.",
    { victims: ["Brazil's Ministry of Health"], type: "public-health", country: "BR" },
  ),
  rw(
    "b233",
    "laboratory company described before its name, privacy commissioners and an outlet as non-victims",
    "LifeLabs paid ransom after attack exposing 15 million Canadians",
    "Canadian laboratory testing company LifeLabs said on Tuesday that it had paid a ransom after a cyberattack that may have compromised personal information of some 15 million customers, mostly in British Columbia and Ontario. " +
      '"This is still under police investigation," chief executive Charles Brown told Postmedia. ' +
      "The privacy commissioners of Ontario and British Columbia said the company told them of the breach on Nov. 1.",
    { victims: ["LifeLabs"], type: "laboratory", country: "CA" },
  ),
];

export const BANK_RW2_VICTIMS: BankCase[] = [...ROUND_1_A, ...ROUND_1_B, ...ROUND_2];

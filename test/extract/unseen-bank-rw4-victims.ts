// Dev articles reworded a fourth time for the victim fields (issue 15, classes 1 and 2), each told in one newsroom's
// voice on purpose: a US local paper, a wire service (attribution last, "said on Tuesday"), a UK NHS trade journal, a
// security blog (group first, leak-site posts described), a European outlet in plain English translation ("CH",
// "ASL", "Klinikum"), the victim's own notice or breach letter, a tracker post and a weekly roundup. Ids
// `victims-rw4-<dev id>` name the dev article each case rewords (../shared/eval/dev.jsonl): its facts, names, number
// forms and hedges are kept and the victim labels copied from that record. Each round was written in full before the
// extractor was run on it. Only relevance, victims, type and country are checked.
import type { BankCase } from "./unseen-shapes-bank";
import { v } from "./unseen-bank-victims";

/** A relevant dev article reworded, id `victims-rw4-<dev id>`. */
const rw = (devId: string, shape: string, title: string, text: string, want: Parameters<typeof v>[4]) =>
  v(`victims-rw4-${devId}`, shape, title, text, want);

// ---------------------------------------------------------------- round 1: dev half A
const ROUND_1_A: BankCase[] = [
  rw(
    "a091",
    "wire service: the group first, the victim in apposition with its city, agencies and an earlier victim after it",
    "LockBit demanded $800,000 from Chicago nonprofit hospital",
    "CHICAGO (AP) \u2014 The LockBit ransomware group attacked Saint Anthony Hospital, a nonprofit in Chicago, and demanded an $800,000 ransom, breaking with its earlier practice of sparing nonprofits, according to a report published on Saturday. " +
      "Patient data was encrypted in the attack, although it was not compromised until January 7, the report said. " +
      "Some have questioned LockBit's motives and suggested the gang misread what \u201cnonprofit\u201d means. " +
      "The hospital is working with the FBI and the Department of Health and Human Services and is warning patients about possible identity and financial fraud, it said. " +
      "LockBit earlier attacked SickKids hospital in Toronto, then apologized and handed over a decryptor for free.",
    { victims: ["Saint Anthony Hospital"], type: "hospital", country: "US" },
  ),
  rw(
    "b211",
    "security blog: the group's dark-web post told first, the victim named as the one 'held to ransom', the regulator told",
    "REvil leaks celebrity photos from cosmetic surgery chain",
    "Threat intel | REvil\n\n" +
      "REvil, a Russian group of hackers, has posted an announcement on its dark web blog saying it compiled a list of celebrity \u2018before and after\u2019 photos from cosmetic procedures. " +
      "The post claims the gang holds \u201cintimate photos of the customers\u201d that are \u201cnot a completely pleasant sight\u201d. " +
      "With around 900GB of data in the form of images, the actors are holding The Hospital Group to ransom.\n\n" +
      "Initial access: sources differ, but the group typically abuses the Remote Desktop Protocol to reach the admin desktop. Mitigation: turn off RDP and keep software patched.\n\n" +
      "The Hospital Group, which runs 11 clinics specialising in cosmetic procedures such as breast enhancements, bariatric weight loss surgery and rhinoplasty, has confirmed the incident and told the Information Commissioner. " +
      "\u201cWe can confirm that our IT systems have been subject to a data security breach,\u201d it said in a statement to customers.",
    { victims: ["The Hospital Group"], type: "cosmetic-surgery", country: null },
  ),
  rw(
    "b307",
    "tracker post: fields as labelled lines, the group's obfuscated name first, the victim's acronym after",
    "D#nut Leaks publishes Montgomery General Hospital data",
    "Leak-site monitor | Entry 2,114\n" +
      "Group: D#nut Leaks\n" +
      "Victim: Montgomery General Hospital (MGH)\n" +
      "Sector: Healthcare\n" +
      "Status: published March 31\n" +
      "Demand: $750,000\n\n" +
      "Notes: According to a report by DataBreaches, MGH did not pay the $750,000 ransom on time, so the group released patient and employee data it had stolen, including patient files, medical histories, diagnoses, treatment plans, test results and insurance information, plus Social Security numbers and pay rates of past and present MGH employees. " +
      "D#nut Leaks says it entered MGH\u2019s systems through a Microsoft Exchange flaw and encrypted only some files because of the services the hospital provides. " +
      "\u201cSince your business provides critical services and its infrastructure necessary for ordinary people health, we decided not to crypt or damage your network,\u201d the negotiator reportedly wrote.",
    { victims: ["Montgomery General Hospital"], type: "hospital", country: null },
  ),
  rw(
    "b228",
    "NHS trade journal: 'major incident' at a trust, the trust's X profile, HC3 and a CEO's warning and an NHS England tender after it",
    "Wirral trust declares major incident over cyber security",
    "News, NHS trust\n\n" +
      "Wirral University Teaching Hospital has declared a \u201cmajor incident\u201d, still ongoing, \u201cfor cyber security reasons\u201d. " +
      "All outpatient appointments booked for today have been cancelled, a spokesperson said, and the public are asked to stay away from A&E unless it is a \u201cgenuine emergency\u201d. " +
      "Business continuity procedures are in place and patient safety remains the trust\u2019s priority; \u201cwe will contact our patients as soon as possible to rearrange\u201d.\n\n" +
      "The trust also posted on its \u201cX\u201d profile, asking patients to consider NHS 111, a GP, a pharmacy or a walk-in centre instead.\n\n" +
      "Cyber security across the NHS\n\n" +
      "Last month the Health Sector Cybersecurity Coordination Center (HC3) warned providers about the Trinity Ransomware group, and Simon Bain, CEO at OmniIndex, spoke of the \u201cgrowing threat\u201d such attacks pose. " +
      "In November NHS England opened market engagement ahead of a tender for an NHS Cyber Risk Rating Platform.",
    { victims: ["Wirral University Teaching Hospital"], type: "hospital", country: "GB" },
  ),
  rw(
    "a106",
    "the victim's breach letter: 'we' throughout, the company named once in the letterhead and once in apposition",
    "Notice of Data Security Incident",
    "PharMerica \u2014 Notice of Data Security Incident\n\n" +
      "Dear Sample Recipient,\n\n" +
      "We are writing to let you know about an incident that may have involved some of your personal information. " +
      "On March 14, 2023, we became aware of suspicious activity on our computer network. Once we discovered the cybersecurity incident, we quickly launched an internal investigation and engaged cybersecurity advisors to investigate and secure our computer systems. " +
      "\u201cThe investigation established that our computer systems were accessed by an unknown third party between March 12-13, 2023, and some personal information may have been taken from our systems in the incident.\u201d " +
      "The information may have included names, addresses, dates of birth, Social Security numbers, medications and health insurance details. " +
      "We have no evidence that it has been used for fraud or identity theft, and out of an abundance of caution we have strengthened our technical security measures.\n\n" +
      "PharMerica, a national pharmacy network serving post-acute care organizations and nursing facilities across 41 U.S. states, is notifying 5,815,591 individuals.",
    { victims: ["PharMerica"], type: "pharmacy", country: "US" },
  ),
  rw(
    "b309",
    "tracker post: 'a threat actor ... advertising' a database 'belonging to' the victim, bulleted fields, 'hub and spoke' customers",
    "CT Dent database listed for sale",
    "Dark Web Watch\n" +
      "A threat actor is advertising on a monitored hacker forum a huge database said to belong to CT Dent Ltd, a leading independent dental imaging centre in the UK.\n" +
      "- Size: approximately 7 Terabytes (TB), over 1 million files\n" +
      "- Price/Ransom: $100,000\n" +
      "- Dump date: December 6, 2025; payment deadline: December 21, 2025\n" +
      "Analysis: CT Dent is a service hub for over 10,000 UK dental practices, performing Cone Beam CT scans and X-rays, so a breach of the imaging centre reaches the data of thousands of independent clinics. " +
      "A 7TB set points to a PACS (Picture Archiving and Communication System) dump rather than database rows: DICOM files, referral forms and partner contracts.",
    { victims: ["CT Dent Ltd"], type: "imaging", country: "GB" },
  ),
  rw(
    "a035",
    "US-style local paper on a regional story: the gang's claim first, six victims in a list after 'among them', the gang's earlier victims last",
    "Hospital data posted online after ransom refused",
    "By Staff Reporter\n\n" +
      "Daixin Team, a notorious cybercrime gang, says it stole millions of records from five hospitals in southern Ontario and put the data online after its ransom demands went unmet. " +
      "The Windsor Star has obtained what is said to be a link to the leaked information on the dark web. " +
      "The hospitals, in Leamington, Windsor, Sarnia and Chatham-Kent, confirmed the data had been published but would not officially confirm Daixin Team was involved. " +
      "David Musyj, CEO of Windsor Regional Hospital, said the attackers were a sophisticated, organized operation, not a lone individual.\n\n" +
      "The affected hospitals, among them Sarnia\u2019s Bluewater Health, Chatham-Kent Health Alliance, Windsor-Essex hospice, Erie Shores HealthCare, Hôtel-Dieu Grace Healthcare and Windsor Regional Hospital, are still struggling to reach their systems after the cyberattack on October 23. " +
      "Local police, the Ontario Provincial Police, the FBI and INTERPOL are investigating. " +
      "Daixin Team has previously attacked a German water metering company, AirAsia and Missouri's Fitzbiggon Hospital.",
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
];

// ---------------------------------------------------------------- round 1: dev half B
const ROUND_1_B: BankCase[] = [
  rw(
    "b225",
    "translated French outlet: 'CH' and 'CHR' abbreviations, SAMU and the ARS told, a radio station as source",
    "Cyberattaque : les urgences d'Armentières fermées",
    "A cyberattack struck the Armentières hospital center at 2 a.m. in the night from Saturday to Sunday, hospital management told France Bleu Nord on Sunday February 11. " +
      "The pirates are demanding a ransom. The emergency department is closed for 24 hours and patients are sent to other hospitals.\n\n" +
      "\u00ab The printers that were on started printing a message saying our data had been encrypted and that we should contact them \u00bb, Samy Bayod, deputy director of the CH d\u2019Armentières, told franceinfo. " +
      "A crisis unit with security staff from the Armentières hospital and the Lille CHR was set up at 5:40 a.m. " +
      "Patients are redirected to other hospitals of the Lille metropolis by staff on site, the Regional Health Agency and the SAMU.",
    { victims: ["Armentières hospital center"], type: "hospital", country: "FR" },
  ),
  rw(
    "b237",
    "wire service: the victim as the subject of 'says', Telegram sued and a UK researcher as non-victims, attribution last",
    "Star Health Insurance says hacker demanded $68,000",
    "Star Health Insurance said a cyberhacker had asked it for a $68,000 ransom in connection with a major breach of customer data including sensitive personal information and medical records. " +
      "Hackers exploited the company's data through chatbots on the messaging platform Telegram, according to a Reuters report. " +
      "Star Health has started legal proceedings against both the hacker and Telegram, which said on September 27, 2024 that it had deleted the original bots as soon as it found them. " +
      "The breach reportedly covers mobile numbers, addresses and pre-existing medical conditions of more than 31 million customers, the company said on Monday. " +
      "A website set up by a hacker going by xenZen announced that it was leaking the customer and insurance claims data of all Star Health India customers, a UK-based researcher, Jason Parker, reported.",
    { victims: ["Star Health Insurance"], type: "insurer", country: "IN" },
  ),
  rw(
    "a025",
    "translated Quebec outlet: two bodies named with their French acronyms in brackets, an ambulance dispatch centre as the kind",
    "Cyberattaque au centre de répartition des ambulances de Québec",
    "A ransomware cyber attack this week struck the ambulance dispatch centre in Quebec City.\n\n" +
      "Services to the public are not affected at present, according to the Quebec City health services communication centre (CCSC), which said a contingency plan was set up quickly. " +
      "\u00ab For now the computer attack has no effect on ambulance coverage, on response times or on how calls for pre-hospital services are taken. Extra ambulances have been added. \u00bb\n\n" +
      "Staff were sent notices asking them to be more vigilant, said the Quebec City health care centre (CIUSSS-CN). CIUSSS IT teams are working to fix the situation.",
    {
      victims: [
        "Quebec City health services communication centre (CCSC)",
        "Quebec City health care centre (CIUSSS-CN)",
      ],
      type: "ambulance",
      country: "CA",
    },
  ),
  rw(
    "a111",
    "translated German outlet: the network's German name, its acronym, three hospitals in a list after 'at'",
    "LockBit legt Krankenhäuser in Ostwestfalen lahm",
    "Dateline 28.12.2023\n\n" +
      "The Katholische Hospitalvereinigung Ostwestfalen (KHO) hospital network has confirmed that a LockBit ransomware attack on the morning of Christmas Eve disrupted emergency care at three of its hospitals, BleepingComputer reports. " +
      "The IT systems were infiltrated and data then encrypted, so systems were shut down at once, KHO said; initial tests indicate the attack was probably by Lockbit 3.0. " +
      "Emergency care remains unavailable at Franziskus Hospital Bielefeld, Mathilden Hospital Herford and Sankt Vinzenz Hospital Rheda-Wiedenbruck, although clinic operations and patient treatment have not been hit. " +
      "LockBit has yet to add KHO to the victim list on its dark web site.",
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
    "b232",
    "translated Italian outlet: the ASL's name with a comma list of towns, 'the health company', the postal police and prosecutor as non-victims",
    "ASL 1, corsa contro il tempo dopo l'attacco hacker",
    "At Asl 1 Avezzano, Sulmona, L\u2019Aquila the race is on to ease the serious disruption to services caused by the hacker attack of recent days, and the health company also faces a ransom request. " +
      "Coordinated by the general manager, Ferdinando Romano, technicians have set up an \u201cIT security emergency response\u201d task force; rumour has it the IT infrastructure could stay offline for a month. " +
      "The postal police are investigating under the coordination of the Public Prosecutor\u2019s Office of L\u2019Aquila.\n\n" +
      "Over 500 gigabytes were stolen in the attack on the night of May 3, medical data on HIV, cancer and newborn patients among them, and the group threatens to publish it unless a ransom is paid, says a screenshot that points to the \u2018Monti\u2019 bulletin board on the dark web.",
    { victims: ["Asl 1 Avezzano, Sulmona, L\u2019Aquila"], type: "hospital", country: "IT" },
  ),
  rw(
    "a018",
    "weekly roundup: the incident as the lead item, a vendor named with no health word, other items that are no incidents",
    "This week in health IT security",
    "Your Friday roundup\n\n" +
      "1. LockBit 3.0 behind NHS 111 outage. It is now confirmed that LockBit 3.0 malware was behind the ransomware attack that crippled NHS 111 services this summer. " +
      "Advanced, the NHS vendor hit on 4 August, says data belonging to \u201capproximately 16\u201d institutions using StaffPlan and Caresys, its care management software platforms, was lost, but has not said whether personal data was taken. " +
      "Out-of-hours GP surgeries could not use its services while the incident was handled.\n\n" +
      "2. Funding tops a reader poll on NHS cyber priorities, tied with mandating supplier compliance at 34 percent each.\n\n" +
      "3. A new guide on multi-factor authentication for care homes is out this week.",
    { victims: ["Advanced"], type: "health-it-vendor", country: "GB" },
  ),
  rw(
    "b116",
    "the victim's press release: the company's full name as subject, its three subsidiaries, the SEC and HHS as non-victims",
    "Enzo Biochem Reports Cybersecurity Incident",
    "NEW YORK, June 2023 \u2014 Enzo Biochem, a life sciences and biotechnology company, today provided an update on the ransomware incident it discovered on April 11th. " +
      "The company stayed operational by disconnecting its systems from the internet, although backup procedures held up the processing of laboratory specimens. " +
      "Unauthorized actors accessed and exfiltrated data from the company\u2019s systems, including clinical test information of 2,470,000 individuals and approximately 600,000 Social Security numbers, as first disclosed to the Securities and Exchange Commission in an 8-K filing on May 30, 2023. " +
      "Enzo Biochem operates through three wholly-owned subsidiaries \u2013 Enzo Therapeutics, Enzo Life Sciences and Enzo Clinical Labs \u2013 and provides diagnostic and testing services.",
    { victims: ["Enzo Biochem"], type: "laboratory", country: "US" },
  ),
  rw(
    "b220",
    "wire service: the victim described as a diagnostics company, a maritime victim in a quote and an Armis officer as non-victims",
    "Brazil's Grupo Fleury hit by ransomware",
    "SAO PAULO (Reuters) - Grupo Fleury, a Sao Paulo-based medical diagnostics company, was hit by a ransomware attack that disrupted operations after it shut down its systems, the company's website said on the 22nd of June. " +
      "The Brazilian healthcare giant runs more than 200 service centers with over 10,000 employees and carries out about 75 million clinical exams a year. " +
      "Several cybersecurity sources said the ransomware operation known as REvil, also called Sodinokibi, was behind the attack and is demanding $5 million for the decryptor. " +
      "\u201cREvil is also launching a lot of attacks right now, having hit a maritime organization in Brazil earlier this month,\u201d said Andy Norton, European cyber risk officer at Armis.",
    { victims: ["Grupo Fleury"], type: "laboratory", country: "BR" },
  ),
  rw(
    "b318",
    "security blog: the group first, the victim and its acronym, the parent university told as 'also affected'",
    "Hunters International emails cancer patients directly",
    "THE HEADLINE\n" +
      "Hunters International, a ransomware-as-a-service (RaaS) operation that surfaced in October 2023 and has named 20 victims on its dedicated leak site (DLS), struck the Fred Hutchinson Cancer Center (FHCC) in mid-November 2023 and then began emailing patients directly. " +
      "The University of Washington (UW), FHCC\u2019s parent entity, was also affected by the attack.\n" +
      "TTPs: patients treated at FHCC or through UW received emails demanding $50 each to stop their data being sold on the dark web; one email claimed 800,000 patient records had leaked and accused FHCC of refusing \u201cto make a deal\u201d. " +
      "FHCC denied that patients\u2019 personal data was stolen and told patients not to pay.",
    { victims: ["Fred Hutchinson Cancer Center", "University of Washington"], type: "clinic", country: "US" },
  ),
  rw(
    "a086",
    "US local paper: the victim told by its notification, the FBI and a forensics firm as non-victims, a phishing explainer box first",
    "Navicent notifies 1,400 patients of phishing breach",
    "Get cyber smart: guard against phishing attacks. Up Next\n\n" +
      "MACON \u2014 Navicent Health is beginning to notify people who may have been affected, two months after the hospital learned that an employee had opened an email that let hackers reach sensitive information on more than 1,400 patients. " +
      "The hospital found out about the phishing email on June 24, according to an Aug. 23 news release. " +
      "The employee probably opened it between June 22-24, and the password was changed straight away. " +
      "The hospital informed the FBI and began talks with a national forensics firm. Navicent Health\u2019s electronic medical record systems were not accessed.",
    { victims: ["Navicent Health"], type: "hospital", country: "US" },
  ),
  rw(
    "b234",
    "wire copy from a Japanese story: 'the municipal X Hospital in <town>', Japanese papers quoted, a pipeline named as background",
    "Japanese hospital stopped taking new patients after ransomware",
    "TOKYO, Jan 26 (RT) - Ransomware hit the municipal Handa Hospital in Tsurugi, a small town in western Japan, at the end of October, and its printers began spitting out an English-language message saying the electronic records of around 85,000 patients had been stolen and encrypted, the Mainichi Shimbun reported at the time. " +
      "Handa refused to pay the ransom and said the records had not been made public. " +
      "Staff went back to paper records and stopped taking new patients for two months until January 4, Toshiya Maruzasa, the hospital's head of administration, told the Japan Times on Monday. " +
      "Among businesses that paid ransoms last year was the Colonial Pipeline Company.",
    { victims: ["Handa Hospital"], type: "hospital", country: "JP" },
  ),
];

// ---------------------------------------------------------------- round 2: written after round 1's fixes, both halves
const ROUND_2: BankCase[] = [
  rw(
    "a071",
    "tracker post: the group's listing first, the hospital with a bracketed state abbreviation, then its plain name in a filing",
    "Bian Lian lists Oklahoma hospital",
    "Ransomware tracker | March 25\n\n" +
      "The Bian Lian hacking gang, a ransomware group specializing in \u201cdouble extortion\u201d, has listed Lindsay (Okla.) Municipal Hospital on its data leak site and says the stolen data will be uploaded shortly, HIPAA Journal reported. " +
      "The group steals data and then demands payment both for not releasing it and for decrypting files; HHS has warned that Bian Lian goes after healthcare providers for money. " +
      "On March 13, Lindsay Municipal Hospital told HHS\u2019 Office of Civil Rights that a hacking incident had affected 500 individuals, a figure often entered as a placeholder when the precise number is not known.",
    {
      victims: ["Lindsay (Okla.) Municipal Hospital", "Lindsay Municipal Hospital"],
      type: "hospital",
      country: "US",
    },
  ),
  rw(
    "a062",
    "wire service: police deny a ransom claim, the institute's full name with its city after a comma and the acronym",
    "Delhi Police deny Rs 200 crore ransom claim in AIIMS server outage",
    "NEW DELHI, Nov 29 (PTI) Delhi Police on Monday evening rejected claims that someone had allegedly sought Rs 200 crore from those running the All India Institute of Medical Sciences, Delhi (AIIMS), whose server has been down for six days. " +
      "No ransom demand such as the one quoted by some sections of the media had been brought to its notice by AIIMS authorities, police said in a statement on the AIIMS Delhi Computer Incident. " +
      "The primary server and its first backup server were corrupted at 7 am on Wednesday (November 23), which was later identified as a ransomware attack. " +
      "\u201cRestoring the data and cleaning the servers is ongoing,\u201d the teaching hospital said separately.",
    { victims: ["All India Institute of Medical Sciences, Delhi (AIIMS)"], type: "hospital", country: "IN" },
  ),
  rw(
    "b302",
    "translated Danish outlet: the region named only in a quoted tweet, 'the health authority' as its anaphor, a politician as background",
    "Hjemmesider for ni hospitaler ramt af DDoS",
    "The websites of nine Danish hospitals were knocked offline for a few hours on Sunday by a run of distributed-denial-of-service (DDoS) attacks, with no life-threatening effect on the hospitals\u2019 operations.\n\n" +
      "Copenhagen\u2019s health authority confirmed the outages on Twitter: \u201cRegion H the hospitals\u2019 websites are down. We are working on getting the websites up and running again. The rest of our digital infrastructure is not affected by the incident.\u201d " +
      "A few hours later the health authority said all nine websites were back.\n\n" +
      "A group calling itself Anonymous Sudan claimed the attacks on its Telegram page, citing the burning of a Quran by Rasmus Paludan, a far-right Swedish-Danish politician, in January.",
    { victims: ["Region H"], type: "hospital", country: "DK" },
  ),
  rw(
    "a057",
    "weekly roundup: the clinic named after 'from', the group with its article, the police and an outlet as non-victims, other items no incidents",
    "The week in health data security",
    "Five things you missed this week\n\n" +
      "1. Surgery photos stolen. A plastic surgery clinic in London says a hacking group made off with several terabytes of client images. The hackers, who go by the name the Dark Overlord, took photos of procedures in progress from London Bridge Plastic Surgery, according to The Daily Beast. " +
      "\u201cWe are able to confirm the Clinic has suffered a cyber attack,\u201d the clinic said, adding that it had alerted the Metropolitan Police.\n\n" +
      "2. A survey finds 82% of Botox patients notice an improvement within a week.\n\n" +
      "3. The ICO published new guidance on photographs as health data.",
    { victims: ["London Bridge Plastic Surgery"], type: "cosmetic-surgery", country: "GB" },
  ),
  rw(
    "b226",
    "security blog: the group first, the ministry by a country possessive, an app and outlets as non-victims",
    "Lapsus$ Group claims 50TB from Brazil's health ministry",
    "Threat actor: Lapsus$ Group\nSector: Government / Health\n\n" +
      "Lapsus$ Group claims to have stolen 50TB of data, COVID-19 vaccination certificates included, from networks run by Brazil\u2019s Ministry of Health. " +
      "On Dec. 10 the ministry\u2019s homepage was defaced with an image from the group saying the ministry would have to contact it to get back data it had stolen, copied and deleted. " +
      "According to ZDNet the actors went after the ConecteSUS app, which Brazilians use to \u201cview their clinical history\u201d. " +
      "Deputy Health Minister Rodrigo Cruz confirmed the ministry was working to restore its network, Reuters reports.",
    { victims: ["Brazil\u2019s Ministry of Health"], type: "public-health", country: "BR" },
  ),
  rw(
    "b245",
    "Canadian wire: 'Canadian laboratory testing company' before the name, a provincial minister and commissioners as non-victims",
    "LifeLabs paid ransom after breach of 15 million customers",
    "TORONTO \u2014 Canadian laboratory testing company LifeLabs says it paid criminals to retrieve sensitive information on millions of customers after a cyberattack on its computer systems. " +
      "Information on about 15 million customers, mostly in B.C. and Ontario, may have been accessed, president Charles Brown wrote in a letter to customers. " +
      "The company paid the ransom \u201cin collaboration with experts familiar with cyberattacks and negotiations with cyber criminals,\u201d it said. " +
      "B.C. Health Minister Adrian Dix said on Tuesday the province first learned of the breach on Oct. 28, and that LifeLabs handles about 34 per cent of laboratory tests in B.C.",
    { victims: ["LifeLabs"], type: "laboratory", country: "CA" },
  ),
  rw(
    "b106",
    "US local paper: the practice named after 'the whole system at', two doctors and a TV station as non-victims",
    "Battle Creek ENT practice closes after ransomware",
    "BATTLE CREEK \u2014 A Michigan medical practice has shut its doors after it judged a ransomware demand too expensive to pay, WWMT, the CBS-affiliated station, reports.\n\n" +
      "The whole system at Brookside ENT and Hearing Center, a one-group practice in Battle Creek, Mich., was knocked offline, and hackers asked for $6,500 for a code to reach the files. " +
      "Partners William Scalf, M.D., and John Bizon, M.D., both otolaryngology specialists, chose not to pay and decided on early retirement instead. " +
      "The FBI is looking into the hack.",
    { victims: ["Brookside ENT and Hearing Center"], type: "clinic", country: "US" },
  ),
  rw(
    "a095",
    "the victim's press release: the chain speaks in the third person, its management provider named for its tie",
    "Northeast Radiology Provides Notice of Data Security Incident",
    "BREWSTER, N.Y. \u2014 Northeast Radiology today announced that unauthorized individuals gained access to its picture archiving and communication system, which may have exposed patients\u2019 personal information. " +
      "An investigation with a leading forensic security firm has been completed; Alliance HealthCare Services, the company\u2019s healthcare management provider, assisted and is reviewing systems and processes. " +
      "The data of 29 patients was accessed, and the company knows of no fraud or identity theft. " +
      "\u201cNortheast Radiology has met the medical imaging needs of New York, Connecticut and nearby communities for many years,\u201d the company said.",
    { victims: ["Northeast Radiology"], type: "imaging", country: "US" },
  ),
  rw(
    "b124",
    "the victim's breach notification: 'we' throughout, the chain named once as signatory with its size, an impersonated employee",
    "Notice of Data Incident",
    "Rite Aid \u2014 Notice of Data Incident\n\n" +
      "We are writing to tell you about an incident that involved some of your personal information. " +
      "On June 6 an unknown third party \u201cimpersonated a company employee to compromise their business credentials and gain access to certain business systems.\u201d We detected the intrusion within 12 hours and immediately launched an investigation. " +
      "By June 17 we determined that the attacker took records of purchases, or attempted purchases, made between June 6, 2017, and July 30, 2018, including name, address, date of birth and driver\u2019s license number. " +
      "No Social Security numbers, financial details or patient information were involved.\n\n" +
      "Rite Aid, the Philadelphia-based pharmacy chain with 1,700 stores in 16 states, is notifying 2.2 million customers.",
    { victims: ["Rite Aid"], type: "pharmacy", country: "US" },
  ),
  rw(
    "a112",
    "local TV news: the hospital group named inside 'a X hospital facility', its short form without an apostrophe",
    "Former patient says hospital employee stole her data",
    "ORLANDO (Channel 9) \u2014 A hospital in central Florida has sent breach notification letters to 94 patients, telling them a former employee improperly accessed their full names, dates of birth, annual income and Social Security numbers.\n\n" +
      "Channel 9 learned of the breach from a former patient of a Community Health Centers (CHC) hospital facility, who got a letter saying her Protected Health Information (PHI) may have been stolen. " +
      "The employee lost access to CHCs patient database and was fired, and CHC told patients it is developing better privacy monitoring.",
    { victims: ["Community Health Centers (CHC)"], type: "hospital", country: "US" },
  ),
];

export const BANK_RW4_VICTIMS: BankCase[] = [...ROUND_1_A, ...ROUND_1_B, ...ROUND_2];

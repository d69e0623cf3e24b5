// Dev articles reworded a fourth time for the attack-type, impact, attacker and relevance fields: articles no earlier
// attack bank (unseen-bank-attacks.ts, unseen-bank-rw-attacks.ts, rw2, rw3) has reworded, each told in one newsroom's
// voice on purpose (a US local paper, a wire service with the attribution last, a UK NHS trade journal, a security blog,
// a translated European outlet, a victim's notice, a tracker post, a weekly roundup). The same facts, names, number
// forms, hedges and negations as the dev record (../shared/eval/dev.jsonl); ids `attacks-rw4-<devid>`; the attack-type,
// impact, relevance and attacker labels are copied from that record (other fields are not checked here). Each round was
// written in full before the extractor was run on it.
import { attackCases, type BankCase, notRelevantCases } from "./unseen-shapes-bank";

/** A relevant dev article reworded: its attack types, impact and attackers as labelled in the dev record. */
const rw4 = attackCases("attacks-rw4-");

/** A dev article labelled not relevant (an attack on a school, an outsourcer, a medical school or a county), reworded. */
const rw4No = notRelevantCases("attacks-rw4-");

/** Round 1: relevant articles from both halves of the dev split, one newsroom voice each. */
const ROUND_1: BankCase[] = [
  rw4(
    "a003",
    "UK NHS trade journal: two ambulance trusts 'locked out of' records after a supplier was attacked; crews 'back on pencil and paper'; 999 'unaffected'",
    "Ambulance trusts locked out of patient records after supplier cyber attack",
    `Digital Health News | Cyber security

Ambulance trusts locked out of patient records after supplier cyber attack

26 July 2023

Two NHS ambulance trusts, South Central Ambulance Service and South Western Ambulance Service, have been locked out of their electronic patient records following a cyber attack on a third-party supplier.

The two trusts serve a stretch of England with 12 million residents between them. Crews have gone back to pencil and paper for now, and hospitals receiving their patients may see minor delays at handover. The 999 call-handling system remains unaffected, the trusts said.`,
    ["unknown"],
    ["systems-offline", "paper-records"],
  ),
  rw4(
    "a011",
    "wire service: attribution last ('according to Bleeping Computer', 'the insurer said on Wednesday'); the ransomware group responsible for the attack leaking data; 'no evidence' of financial data taken",
    "Medibank says ransomware group behind last month's attack has begun leaking customer data",
    `SYDNEY (Reuters) - Australian health insurer Medibank warned customers that the ransomware group responsible for last month's attack had begun leaking data taken from its systems, the company said on Wednesday.

The REvil cybercrime gang, which carried out the attack, has published customers' private and health data together with transcripts of its negotiations with the insurer, according to Bleeping Computer.

The threat that the hackers would start releasing data within 24 hours, affecting 10 million people, came a day after Medibank refused to pay any ransom demand, and the insurer urged customers to stay vigilant, it said.

Files were posted on the REvil cybercrime group's dark web leak site, and Medibank said it expected the hackers to use them to extort customers. Names, addresses, birth dates, phone numbers, email addresses, Medicare and passport numbers and health claims were exposed in the breach, the company said, adding that the material appeared to be a sample of data it had already established was held by the crime group.

There was no evidence that the REvil cybercrime group had also obtained customers' financial information such as credit card and banking details, Medibank said.

On Tuesday someone posting to a hacking blog claimed that information from the Medibank breach would be made public within the next 24 hours, Barron's reported.

"We'll keep working around the clock to tell customers which data we think has been stolen ... and to advise them on the steps they should take," the insurer said. It is working with the Australian government and police to stop the breach getting worse.

(Reporting by staff; Editing by the Sydney desk)`,
    ["ransomware", "data-theft", "extortion"],
    ["data-leaked"],
    ["REvil"],
  ),
  rw4(
    "a013",
    "US local paper: a hometown health system 'swept up in' a mass breach; the gang claiming it in a 'Responsibility ... has been claimed by' passive; other systems hit listed; operations 'not put at risk'",
    "UofL Health caught up in MOVEit breach, confirms it to TechCrunch",
    `LOUISVILLE, Ky. — UofLHealth is the latest health system to fall victim to the MOVEit data breach, which has already hit millions of people across a wide range of industries.

The Louisville-based system confirmed to TechCrunch in a July 11 story that it had been swept up in the breach, though it declined to say how many of its patients were affected. Responsibility for the hack has been claimed by Clop, a Russia-linked ransomware gang, which has added the health system to its dark web leak site.

"The United States government recently confirmed that several federal agencies were hit by cyberattacks that exploited a security flaw in MOVEit, a widely used file transfer tool," a UofL Health spokesperson told the outlet. "Regrettably, a handful of UofL Health medical practices relied on this software to send files to third-party vendors."

The spokesperson said UofL Health acted straight away once it learned of the event and has brought in a forensic IT agency to work out the scope. Normal operations at its hospitals, physician offices and medical centers remain secure and have not been put at risk, the spokesperson said.

Baltimore-based Johns Hopkins Medicine and Bellaire, Texas-based Harris Health System are among the other health systems hit by the MOVEit breach.`,
    ["data-theft"],
    [],
    ["Clop"],
  ),
  rw4(
    "a022",
    "security blog, group first: an advisory's general tradecraft (encrypting EHR servers, double extortion), then one case: data 'taken' and 'subsequently published on the group's data leak site'",
    "Daixin Team: ransomware and data extortion aimed squarely at U.S. healthcare",
    `Threat Intel | Daixin Team

Daixin Team: ransomware and data extortion aimed squarely at U.S. healthcare

TL;DR: The FBI, CISA and HHS have jointly flagged the Daixin Team, a cybercriminal crew running ransomware and data extortion against the Healthcare and Public Health (HPH) sector since at least June 2022.

Tradecraft. Per the joint advisory, the Daixin Team has run several ransomware incidents against HPH organizations over the last four months. Its operators encrypt servers that host electronic health records and essential medical diagnostic services, and they use double extortion: patient health information (PHI) and personally identifiable information (PII) are exfiltrated to pressure victims into paying ransom demands.

Case: OakBend Medical Center. On September 1, 2022 the Daixin Team attacked OakBend Medical Center. The group says it took approximately 3.5GB of sensitive data, with over one million records on patients and employees. Names, gender, birth dates, Social Security numbers and appointment details were in the haul and were subsequently published on the group's data leak site, DataBreaches.net reported. OakBend later warned affected customers that third parties were emailing them about the cyber incident, promised to contact impacted patients directly and offered 18 months of free credit monitoring.

Initial access. The crew is known for frequently exploiting unpatched vulnerabilities and compro`,
    ["ransomware", "data-theft", "extortion"],
    ["data-leaked"],
    ["Daixin Team"],
  ),
  rw4(
    "a029",
    "tracker post: victim listed on a Tor leak site with a countdown; 'IT systems outage' told in a noun phrase; the gang's quoted 'left this hospital unencrypted'; a German network's disruption as background, cut off",
    "LockBit ransomware gang says it was behind Capital Health attack",
    `[LEAK SITE UPDATE] Capital Health — claimed by LockBit

Group: Lockbit (LockBit 3.0)
Victim: Capital Health (hospital network, Trenton, New Jersey, US)
Deadline: January 09, 2024, 17:48:59 UTC
Claimed data: Over 7 terabytes of confidential medical data, "worth $250,000"

The LockBit ransomware gang says it carried out the November 2023 cyberattack on the Capital Health hospital network. Capital Health Regional Medical Center, part of Capital Health System, is a regional academic medical center and a state-designated trauma center in Trenton, New Jersey; the William McKinley Memorial Hospital began as a movement for a homeopathic dispensary.

Background: the November cyberattack caused an IT systems outage across the network. Capital Health notified law enforcement, brought in outside forensic and information technology experts and announced extra security measures.

The Lockbit ransomware group has now listed Capital Health on its Tor data leak site and threatens to publish what it stole when the countdown ends. The group says its attacks on hospitals stop at data theft and do not disrupt patient care. Its post reads: “We deliberately left this hospital unencrypted to avoid interfering with patient care. All we did was steal over 10 million files, which add up to over 7 terabytes of confidential medical data, with a value of $250,000. That is everything you need to know about this hospital.”

Analyst note: Lockbit affiliates keep going after healthcare. Katholische Hospitalvereinigung Ostwestfalen (KHO), a German hospital network, recently reported disruption to services at three hospitals (Bielefeld, Rheda-Wie`,
    ["ransomware", "data-theft", "extortion"],
    ["systems-offline"],
    ["LockBit"],
  ),
  rw4(
    "a046",
    "translated French outlet: 'le centre hospitalier' and the ANSSI in plain English; operations 'déprogrammées' as 'postponed'; charts kept 'à la main'; the gang's link to stolen files; a refusal",
    "Cannes hospital will not pay LockBit, management says",
    `Nice-Matin (translated from French) | Santé

Cannes hospital will not pay LockBit, management says

The Centre hospitalier de Cannes, Hôpital de Cannes - Simone Veil (CHC-SV), has confirmed that it turned down the demands of the LockBit ransomware operation after last month's attack, Cybernews reports. The attack led to nearly 30% of non-urgent surgeries being postponed ("déprogrammées") and forced staff to keep patient charts by hand, with paper and pen.

"Public health establishments never pay a ransom when faced with attacks of this kind," the hospital wrote in a translated post on X, formerly Twitter.

The statement came after LockBit, which says it exfiltrated nearly 62GB of data out of the hospital's networks, released a link pointing to the stolen information. The hospital said LockBit's claims had already been passed to the French police and to the Agence nationale de la sécurité des systèmes d'information (ANSSI), France's National Agency for Information Systems Security. It has not yet said whether the information the LockBit ransomware gang exposed is genuine.`,
    ["ransomware", "data-theft", "extortion"],
    ["operations-cancelled", "paper-records", "data-leaked"],
    ["LockBit"],
  ),
  rw4(
    "a050",
    "wire service: disruption to pharmacies told without an outage; a payment 'comes to light'; 'said on Tuesday' attribution; a spokesman who 'would not confirm'; two earlier victims as background",
    "Change Healthcare attackers received $22 million bitcoin payment, analysts say",
    `ATLANTA, March 5 (AP) — The hackers behind the ransomware attack on medical firm Change Healthcare appear to have received a $22 million ransom payment, security researchers said on Tuesday.

The attack, carried out by a group called AlphV, has caused widespread disruption for pharmacies across the United States, affected hospitals and held up prescription drug deliveries nationwide for over 10 days.

AlphV received 350 bitcoins, equivalent to $22 million, in one transaction to a Bitcoin address on March 1. Someone claiming to be an AlphV affiliate then complained on a cybercriminal forum that the group had not paid them fairly for their part in the Change Healthcare ransom attack, and pointed to the $22 million transaction as evidence that AlphV had been paid.

The size of the payment into AlphV's Bitcoin wallet strongly suggests that Change Healthcare paid the ransom, said Dmitry Smilyanets of Recorded Future. United Healthcare, which owns Change Healthcare, would not confirm whether a ransom had been paid and said its focus was on the investigation.

Recorded Future and blockchain analysis firm TRM Labs both tied the AlphV hackers to the Bitcoin address that received the $22 million. TRM Labs also linked the address to payments in January from two earlier AlphV victims, pointing to a pattern of ransom payments to the group, the firm said.`,
    ["ransomware"],
    [],
    ["ALPHV"],
  ),
  rw4(
    "a062",
    "Indian wire copy: servers 'corrupted' and 'later identified as' ransomware; police reject a rumoured ransom demand; 'down for six days'; restoration under way",
    "AIIMS server down for sixth day; police deny Rs 200 crore ransom claim",
    `NEW DELHI, Nov 29 (PTI) — The server of the All India Institute of Medical Sciences, Delhi (AIIMS) remained down for a sixth day on Tuesday, while the Delhi Police late on Monday denied reports that someone had allegedly sought Rs 200 crore from the hospital's administration.

The teaching hospital's primary server and its first backup server were corrupted at 7 am on Wednesday (November 23), an incident that was later identified as a ransomware attack, officials said.

No ransom demand of the kind quoted in some sections of the media had been brought to its notice by AIIMS authorities regarding the AIIMS Delhi Computer Incident, Delhi Police said in a statement.

AIIMS said separately that work on restoring data and cleansing servers was under way. "Restoring the data and cleaning the servers is ongoing. Because of the volume of data and the many servers used for hospital services, this is taking a while," it said.`,
    ["ransomware"],
    ["systems-offline"],
  ),
  rw4(
    "a071",
    "US local paper citing a trade site: a gang 'specializing in double extortion' lists a town hospital; encryption only in the description of that speciality; a placeholder head-count",
    "Ransomware group says it hit Lindsay Municipal Hospital",
    `LINDSAY, Okla. — A ransomware group that specializes in "double extortion" says it was behind a cyberattack on Lindsay Municipal Hospital, HIPAA Journal reported.

The Bian Lian hacking gang listed Lindsay (Okla.) Municipal Hospital on its data leak site and said the stolen data would be uploaded shortly, according to the site's March 25 story.

That speciality, the site explained, means stealing data and then demanding ransom payments both for releasing the information and for decrypting any encrypted files. HHS has warned that Bian Lian goes after healthcare providers because the group is financially motivated.

The hospital told HHS' Office for Civil Rights on March 13 that a hacking incident had affected 500 individuals. HIPAA Journal noted that 500 is often entered as a placeholder to meet reporting requirements when the exact number is not yet known.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["BianLian"],
  ),
  rw4(
    "b104",
    "US local paper: a hospital pays in bitcoin 'to get its files back'; patients diverted only as what paying avoided; 'life-sustaining' systems not affected; no data believed to have left",
    "Greenfield hospital paid ransom in bitcoin to unlock files",
    `GREENFIELD, Ind. — Hancock Health paid hackers four bitcoins, worth about $55,000, to unlock data files encrypted in a ransomware attack on the hospital late last week, hospital representatives said.

Officials insisted that patient safety was never in danger. An unknown group went after the hospital on Thursday night and encrypted files on some of its information systems; hospital leadership paid the ransom that was demanded to get them back.

CEO Steve Long said in a statement that the hospital was in "a very precarious situation" when the attack hit, with an ice and snow storm under way and one of the worst flu seasons in memory. The goal was to restore systems as quickly as possible and to avoid shifting the burden of diverted patients onto other hospitals. Restoring from backup was considered, he said, but the hospital deliberately chose to pay so it could return to full operations sooner.

The hospital's "life-sustaining and support systems" were not affected, the statement said.

Pondurance, LLC, an Indianapolis cyber security firm, found that the attackers entered through an administrative account set up by a vendor, and that they encrypted the files with the ransomware known as SamSam. Officials said they do not believe any patient data left the hospital's network. The FBI cyber-crime task force, which helped after the attack, confirmed that the criminals who use the SamSam ransomware are typically after a ransom payment rather than patient data.`,
    ["ransomware"],
    [],
    ["SamSam"],
  ),
  rw4(
    "b116",
    "the victim's own notice: 'we recently discovered'; systems 'disconnected from the internet' to stay operational; specimen processing delayed; data 'accessed and exfiltrated'",
    "Enzo Biochem notice of ransomware incident",
    `NOTICE OF DATA SECURITY INCIDENT

Enzo Biochem, Inc. — Farmingdale, New York

Enzo Biochem, a life sciences and biotechnology company that provides research, diagnostic services and testing, recently discovered that it was the victim of a ransomware attack. We are writing to explain what happened and what we are doing about it.

What happened. On April 11th we discovered the attack. Out of an abundance of caution we disconnected our systems from the internet, which allowed us to remain operational; however, our backup procedures caused operational difficulties and delayed the processing of laboratory specimens.

What information was involved. Our investigation found that the unauthorized parties were able to access and exfiltrate sensitive data from our systems, including clinical test information of 2,470,000 individuals and approximately 600,000 Social Security numbers.

What we are doing. We reported the incident to the Securities and Exchange Commission in an 8-K filing on May 30, 2023. We have "incurred and may continue to incur" costs related to the incident, including the costs of remediation and investigation. Our clinical laboratory subsidiary, Enzo Clinical Labs, is a "clinical laboratory" under the Clinical Laboratory Improvement Amendments of 1988 (CLIA).`,
    ["ransomware", "data-theft"],
    ["systems-offline"],
  ),
  rw4(
    "b129",
    "US local paper on a lawsuit: a ransomware group 'made off with' data per a complaint; 'poorly encrypted' as the victim's fault, not an attack; notices late",
    "Lawsuit: data on up to 67,000 stolen from Carespring nursing homes",
    `CINCINNATI — Private health information on as many as 67,000 people was stolen in a data breach at Carespring Health Care Management, a lawsuit filed last week claims, as cybersecurity risks at nursing homes mount.

The ransomware group NoEscape attacked Carespring last October and made off with 364 gigabytes of data, according to the complaint filed in the U.S. District Court for the Southern District of Ohio.

The information varies by person but may include names, addresses, dates of birth, Social Security numbers, medical information, health insurance information and diagnoses.

The proposed class action says Carespring ignored industry security standards, leaving its sensitive information poorly encrypted and exposed to vulnerable networks, and seeks damages. It also faults the company for waiting until August 15, 2024, to send breach notices when it knew of the cyberattack by October 28, 2023.

The lead plaintiff, whose spouse lives at Carespring, faces a continuing risk of identity theft, the filing says.`,
    ["data-theft"],
    [],
    ["NoEscape"],
  ),
  rw4(
    "b226",
    "translated Portuguese-language outlet: 'Ministério da Saúde' site defaced; data 'copied and deleted'; app 'remains off the air'; records recovered 'with no loss'; a delayed travel rule",
    "Lapsus$ Group says it took 50TB from Brazil's Ministry of Health",
    `Folha (translated from Portuguese) | Tecnologia

Hackers who call themselves Lapsus$ Group claim to have stolen 50TB of data, COVID-19 vaccination certificates among it, from networks of Brazil's Ministry of Health (Ministério da Saúde).

The attack became public on Dec. 10, when the ministry's homepage was replaced by an image from Lapsus$ Group telling the ministry to contact the hackers if it wanted back the data the group said it had stolen, copied and deleted from its networks.

According to ZDNet, the group targeted the ConecteSUS app, where Brazilians can "view their clinical history", including "vaccines applied, COVID-19 laboratory tests performed, hospitalizations, medicines dispensed".

Deputy Health Minister Rodrigo Cruz confirmed to Reuters that the ministry was working to restore its network and had no access to COVID-19 vaccine data. At the time of writing the ministry's website and the ConecteSUS app remained off the air.

On Dec. 12 the ministry said on Twitter that "the process for recovering the records of Brazilians vaccinated against Covid-19 has been completed, with no loss of information" and that "all data was successfully retrieved", without saying how. "At the moment," it added, "the department is working to re-establish the systems for registering and issuing vaccination certificates as quickly as possible."

The temporary loss of the data nonetheless led the government to postpone, from Dec. 11 to Dec. 18, a rule requiring unvaccinated travellers to take a COVID-19 test and quarantine for five days on arrival.`,
    ["data-theft", "extortion"],
    ["systems-offline"],
    ["Lapsus$"],
  ),
  rw4(
    "b307",
    "security blog: a gang with a mangled name ('D#nut Leaks'); 'chose not to crypt' most files but encrypted some; data posted when a deadline passed",
    "D#nut Leaks dumps Montgomery General Hospital data after missed deadline",
    `Ransomware Watch | D#nut Leaks

D#nut Leaks dumps Montgomery General Hospital data after missed deadline

By Brian Ward

The D#nut Leaks ransomware group released patient and employee data stolen from Montgomery General Hospital (MGH) on March 31, after the hospital failed to pay a $750,000 ransom in time, according to a report. The leaked set includes patient files, medical histories, diagnoses, treatment plans, test results and insurance information, along with Social Security numbers and pay rates of current and former MGH staff.

How it came out: D#nut got in touch with DataBreaches and said it had got into MGH's systems through a Microsoft Exchange flaw. Unusually for a ransomware crew, which would normally encrypt a victim's whole system and lock the user out, D#nut Leaks encrypted only some of MGH's files, saying it had spared the rest because of the services the hospital provides.

"Since your business provides critical services and its infrastructure necessary for ordinary people health, we decided not to crypt or damage your network. But we still have downloaded sensitive data from there, so we could make a deal," D#nut's negotiator reportedly told MGH.

The group then asked for a $750,000 ransom to delete the copied data. When MGH neither paid nor countered before the deadline, the data went up on D#nut Leaks' website.`,
    ["ransomware", "data-theft", "extortion"],
    ["data-leaked"],
    ["Donut Leaks"],
  ),
  rw4(
    "b309",
    "tracker post in bullet form: a database 'advertised for sale' with a price and a deadline; encryption only as an analyst's 'probably'",
    "CT Dent Ltd database advertised on hacker forum",
    `Dark Web Monitor | Alert

CT Dent Ltd database advertised on hacker forum

Summary: A threat actor on a monitored hacker forum is offering for sale a large database said to belong to CT Dent Ltd, a leading independent dental imaging centre in the UK. The set is approximately 7 Terabytes (TB) with over 1 million files.

- Asking price / ransom: $100,000
- Dump date: December 6, 2025
- Payment deadline: December 21, 2025

Assessment:
- Target: CT Dent serves over 10,000 UK dental practices with Cone Beam CT scans and X-rays, so one breach reaches thousands of independent clinics ("hub and spoke").
- Data: 7TB suggests a dump of the PACS (Picture Archiving and Communication System) rather than database rows: high-resolution DICOM images, referral forms with patient names, dates of birth, addresses, referring dentists and clinical notes, and invoices and partner contracts.
- Context: the deadline points to a ransomware or extortion event. The attackers probably encrypted the systems and are now threatening to sell the exfiltrated data unless the ransom is paid by the cutoff.
- Regulation: medical data is "Special Category Data" under UK GDPR; a breach of this size will draw a severe investigation by the Information Commissioner's Office (ICO).`,
    ["data-theft", "extortion"],
    ["data-leaked"],
  ),
  rw4(
    "b335",
    "weekly roundup: the hospital item first (encryption 'prevented', a gang 'has claimed the attack', its earlier victims as background), then unrelated items naming an infostealer and another ransomware gang",
    "This week in healthcare security: Tampa General, Raccoon Infostealer plea, Meow leaks",
    `SC Media Weekly Roundup

Tampa General Hospital ransomware attack impacts over 1.2M patients
Florida's Tampa General Hospital has confirmed that sensitive information on more than 1.2 million patients was exfiltrated in a ransomware attack it thwarted in May, The Record reports. The intruders were in the network from May 12 to 30 and reached names, birthdates, addresses, phone numbers, Social Security numbers, health insurance details, patient account and medical record numbers and other treatment information. The hospital did stop the data from being encrypted, having contained unusual network activity it spotted on May 31. People whose SSNs were affected will be offered free credit monitoring. Tampa General has not named the threat actors, but the Snatch ransomware gang has claimed the attack; Snatch has previously breached the City of Modesto, California, a Wisconsin school district, the Metropolitan Opera and Volvo.

Raccoon Infostealer operator pleads guilty
Ukrainian national Mark Sokolovsky, also known as raccoon-stealer, black21jack77777 and Photix, has pleaded guilty to running the Raccoon Infostealer malware-as-a-service operation, the U.S. Department of Justice said.

QR-code payment scam
In attacks that Swiss authorities said exceeded 260 between August 2023 and April 2024, the suspects used QR codes that sent victims to websites spoofing payment platforms.

Meow leaks
Information allegedly stolen by Meow ransomware included client and employee data, scanned payment files, personal details, addresses, banking details, certificates and criminal`,
    ["ransomware", "data-theft"],
    [],
    ["Snatch"],
  ),
];

/** Round 1: attacks on a school and on an outsourcer, labelled not relevant. */
const ROUND_1_NOT_RELEVANT: BankCase[] = [
  rw4No(
    "a108",
    "UK education trade journal: a school's files on a gang's leak site; phones down; the ICO; other schools hit by the gang as background",
    "Vice Society posts safeguarding files from Guildford County School",
    `Schools Week | Cyber security

Vice Society posts safeguarding files from Guildford County School

The Vice Society ransomware group said on Thursday that it had taken sensitive data from Guildford County School, the latest British school it has hit.

Hundreds of files, apparently taken on January 19, have been seen on the group's leak site by The Record; several are named like safeguarding reports, the internal documents in which teachers record concerns about at-risk pupils.

The specialist music academy, which has over 1,000 students, confirmed last week that a cyberattack had knocked out its phone lines and affected its IT systems. A spokesperson reported "excellent progress" towards restoring them, but the school website still said on Thursday that phones were down. The school said it was in touch with the ICO, the UK's data protection regulator, as the law requires, and that it remained open to all students, with lessons still being delivered thanks to the skill and experience of its staff. Headteacher Steve Smith said learning would not be affected.

Vice Society has carried out a string of ransomware attacks on educational establishmen`,
  ),
  rw4No(
    "b217",
    "wire service: an outsourcer that runs parts of the NHS's IT; a gang posts its documents; 'said on Sunday'; the gang's habits as background",
    "Capita checks whether data was stolen after Black Basta posts documents",
    `LONDON, April 16 (Reuters) - Capita, one of Britain's biggest outsourcing companies, was scrambling on Sunday to establish whether sensitive data had been stolen from its systems after a Russian-speaking cyber gang posted a cache of documents online.

Capita, whose public sector contracts are worth billions of pounds and include enforcing the BBC licence fee, said it had "not been able to confirm" whether the files came from its systems.

The documents, first reported by the Sunday Times, were posted on the dark web by the Russian-speaking ransomware gang Black Basta, which claims to have stolen them from Capita in a recent cyber attack. They include screening documents about teachers at schools in Sheffield and what appear to be bank account details of suppliers to Capita's nuclear consulting division.

An incident crippled Capita's systems more than two weeks ago; at first the company said no data had been stolen and that the hackers had only disabled its computer systems. The Cabinet Office and the National Cyber Security Centre are in contact with the company.

Capita holds some £6.5bn of government contracts, including training Royal Navy nuclear submarine officers and running substantial parts of the NHS's IT services, and a £456m contract to collect the BBC TV licence fee.`,
  ),
];

/** Round 2, written after round 1's fixes: other dev articles, other voices. */
const ROUND_2: BankCase[] = [
  rw4(
    "a025",
    "translated Quebec outlet: 'centrale de répartition' in English; services 'not affected'; a contingency plan; 'no effect on ambulance coverage'",
    "Ransomware attack hits Quebec City ambulance dispatch centre",
    `Le Soleil (translated from French) | Régional

Ransomware attack hits Quebec City ambulance dispatch centre

The ambulance dispatch centre (centrale de répartition) in Quebec City was struck by a ransomware cyber attack this week.

For now, services to the public are not affected, according to the Quebec City health services communication centre (CCSC), which said it had quickly put a contingency plan in place. "At the moment the computer attack has no effect on ambulance coverage, on response times or on how calls for pre-hospital services are taken. Calls are prioritized as usual. Additional ambulances have been added," the CCSC said.

Staff were sent notices asking them to be more vigilant, said the Quebec City health care centre (CIUSSS-CN), whose IT teams are working to fix the situation.`,
    ["ransomware"],
    [],
  ),
  rw4(
    "a038",
    "US local paper: a gang demanding a sum 'within 48 hours' or it leaks records; an unknown actor 'copied files'; care 'not interrupted'; the gang's earlier hospital cases as background",
    "Saint Anthony Hospital targeted by LockBit, which wants $900K",
    `CHICAGO — The LockBit ransomware gang went after Saint Anthony Hospital and is demanding $900k within 48 hours, threatening otherwise to leak patient records to the dark web, The Record reported Jan. 31.

The West Side hospital disclosed the cybersecurity incident on Jan. 29. It said unauthorized access was first detected on Dec. 18, 2023, and that an investigation which ended Jan. 7, 2024, found that an unknown actor had copied files containing patient information on Dec. 18.

The hospital said it moved at once to secure its network, make sure patient care was not interrupted and investigate the nature and scope of the activity with leading cybersecurity specialists. Patients are urged to watch for identity theft and to consider a fraud alert or a credit freeze. Saint Anthony says it is working with the FBI and the U.S. Department of Health and Human Services (HHS).

Payment is due by Feb. 2 at 7:41 PM CST; The Register reported that $1,000 would buy the hospital 24 more hours.

Flashpoint, a cybersecurity firm, counts LockBit as the most active cybergang, behind approximately 28% of all reported ransomware activity, and BlackBerry says the gang sees itself as the "Robin Hood" of cybergangs. Late last year LockBit gave SickKids Hospital in Canada a free decryption code, saying a rogue affiliate had hit the hospital against its code of conduct, and apologised. It also claimed a cybersecurity incident this month at Capital Health in Trenton, New Jersey.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["LockBit"],
  ),
  rw4(
    "a072",
    "security blog, group first, with its alias: a leak-site screenshot described; 600GB claimed; 70GB 'will be published'; threats to release photos batch by batch",
    "REvil (Sodinokibi) threatens to release Transform Hospital Group patients' photos",
    `Ransomware Desk | REvil / Sodinokibi

REvil (Sodinokibi) threatens to release Transform Hospital Group patients' photos

Summary: a ransomware attack on the Transform Hospital Group, a large British chain of cosmetic surgery clinics with many celebrity clients, is attributed in media reports to the hacker groups called 'REvil' and 'Sodinokibi'. REvil has a criminal history of threatening to steal data from hospitals.

Leak-site post: to prove it had got into the Transform Hospital Group data, REvil put a screenshot (described here, not reproduced) of folder listings on its dark web leak site. DataBreaches.net estimates the data was stolen around December 6th.

Claims: REvil says it stole about 600GB of 'key confidential documents, personal data of customers and their photos' and threatened to release the files batch by batch, starting with patient personal data folders and documents totalling 70GB, which it says will be published.

Victim side: patients include well-known singers and actresses. Simon Hales, who had chest reduction surgery for gynecomastia, told the BBC the clinic had emailed him about 'significant data security issues', and that he worries the photos taken before his surgery will come out.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["REvil"],
  ),
  rw4(
    "a095",
    "the victim's notice: 'unauthorized individuals' got into an image archive; information 'may have been exposed'; 29 patients' data 'accessed'; no known fraud",
    "Northeast Radiology notice of data security incident",
    `NOTICE OF DATA SECURITY INCIDENT

Brewster, New York, March 11 — Northeast Radiology is writing to let patients know about an incident involving our picture archiving and communication system (PACS), which may have exposed some patients' personal information.

What happened. We recently discovered that "unauthorized individuals" had broken into the system. Out of an abundance of caution we began an investigation with a leading forensic security firm, which has now been completed. Alliance HealthCare Services, our healthcare management provider, assisted and is reviewing systems and processes so that a similar event does not happen again.

What we found. In all, the data of 29 patients was accessed in the incident. We know of no cases of fraud or identity theft. The information may have included names, gender, age, date of birth, exam description, date of service, images and image descriptions, and medical record numbers, which in some cases may have matched Social Security numbers.

What we are doing. We are writing to every affected patient and to those whose information was put at risk. Northeast Radiology apologises for any inconvenience or concern this incident may cause.`,
    ["unknown"],
    [],
  ),
  rw4(
    "b133",
    "a blog reposting a practice's closing notice: records 'encrypted'; closing 'on December 17' as a plan; an earlier practice's closure as background; 'no reason to think' data was taken",
    "Second medical practice to close after ransomware attack",
    `Alert Team blog

For the second time in six months a medical practice has announced it will close because of a ransomware attack. The first was Brookside ENT and Hearing Center in Michigan, whose doctors refused to pay a $6,500 ransom for the decryption key and retired almost at once. Now Wood Ranch Medical in California says it will shut its office in December after losing all of its patient records and backups. The notice from its website is reproduced below, in case the site goes dark once the practice closes. It does not say how much was demanded or why the practice chose not to pay (if a demand was received, which the letter suggests).

SIMI VALLEY, CA – September 18, 2019 – Wood Ranch Medical ("WRM") suffered a ransomware attack that left its patients' personal healthcare information encrypted. Because we were unable to restore patients' healthcare records, we will be closing our practice on December 17, 2019. Nothing indicates that any information was accessed, but as a precaution we have notified all patients and arranged resources to help them.

Our computer systems were hit by a ransomware attack on August 10, 2019. The attack encrypted our servers, which hold your electronic health records, as well as our backup hard drives. We believe the attacker most likely wanted only money, not the information on our computers, and we have no reason to think anyone's healthcare information was taken.`,
    ["ransomware"],
    [],
  ),
  rw4(
    "b211",
    "an IT provider's blog in Q&A form: a gang 'holding ... to ransom' with 900GB of images; a modus operandi told as habit; advice to other firms",
    "Ransomware attack strikes cosmetic surgery chain popular with celebrities",
    `Unified Micro Systems | Blog

Ransomware attack strikes cosmetic surgery chain popular with celebrities

The Hospital Group is known for the cosmetic surgery that lets celebrities surprise fans with striking transformations. This time the surprise was its own: a ransomware attack.

Q: What happened?
A: REvil, a Russian hacking group, recently revealed that it had compiled a list of celebrity 'before and after' photos from cosmetic procedures and posted an announcement on the dark web. The group says it holds "intimate photos of the customers" that are "not a completely pleasant sight". Holding around 900GB of data in the form of images, the hackers are holding The Hospital Group to ransom.

Q: How did they get in?
A: Sources differ, but the group's modus operandi typically involves using the Remote Desktop Protocol to gain unauthorized access to the admin desktop and reach confidential data. Experts advise other firms to turn off RDP and keep software updated to prevent such ransomware attacks.

Q: What has the company said?
A: The Hospital Group, which runs 11 clinics offering procedures such as breast enhancements, bariatric weight loss surgery and rhinoplasty, has confirmed the incident and informed the Information Commissioner. "We can confirm that our IT systems have been subject to a data security breach," it told customers.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["REvil"],
  ),
  rw4(
    "b212",
    "wire service (AAP style): pager messages 'published automatically' and 'uploaded to a website'; the minister 'said on Friday'; a similar earlier breach as background",
    "Tasmanian ambulance patients' details published online",
    `HOBART, Jan 8 (AAP) - Private details of every Tasmanian who has called an ambulance since November have been published online, police and the state government said on Friday.

Pager messages that Ambulance Tasmania uses for first contact between its dispatch team and paramedics in the field, carrying patients' personal details and condition and the address of each incident, were published automatically to a website that is still live and keeps updating, ABC News reported.

The information made public also includes patients' HIV status, gender and age, raising fears of discrimination or stigmatisation.

Health Minister Sarah Courtney said she was "very concerned to hear that the sensitive information of some Tasmanians had been posted to a website" and that it was her "understanding that access to the site has been blocked". Tasmania Police have been called in.

The breach looks almost the same as a pager publishing breach in Western Australia in 2020.`,
    ["data-theft"],
    ["data-leaked"],
  ),
  rw4(
    "b301",
    "wire service with an SEC filing: a supplier's zero-day; 'exposed Company data'; 'no material interruption' of care; a gang's claim to 130 organisations at the end",
    "Community Health Systems says Fortra breach hit up to 1 million patients",
    `NEW YORK, Feb 14 (Reuters) - Community Health Systems (CHS), which operates 79 acute-care hospitals and more than 1,000 other sites of care, said on Tuesday that up to 1 million patients were affected by a cyber attack on its file transfer supplier Fortra.

Threat actors exploited the recently disclosed zero-day vulnerability (CVE-2023-0669) in Fortra's GoAnywhere MFT secure file transfer platform, and Fortra told CHS it had suffered a security incident that exposed Company data, CHS said in an 8-K filing with the Securities and Exchange Commission.

While its investigation is ongoing, the company believes the Fortra breach has had no impact on any of its information systems and has caused no material interruption of its business operations, including the delivery of patient care, according to the filing. "With regard to the PHI and PI compromised by the Fortra breach, the Company currently estimates that approximately one million individuals may have been affected by this attack," it said.

CHS will notify every affected individual whose information was exposed and provide protection services.

The Clop ransomware gang told BleepingComputer last week that it had compromised over 130 organizations in just ten days by exploiting the GoAnywhere MFT flaw.`,
    ["data-theft"],
    [],
    ["Clop"],
  ),
];

/** Round 2: a medical school and a county, labelled not relevant. */
const ROUND_2_NOT_RELEVANT: BankCase[] = [
  rw4No(
    "b306",
    "US local paper: a university medical school pays to unlock encrypted servers; patient care 'not touched'; a bargained-down demand",
    "UCSF pays $1.14 million to hackers after Netwalker attack",
    `SAN FRANCISCO — The University of California at San Francisco (UCSF) School of Medicine has paid hackers $1.14 million to regain access to data that malware had encrypted, after the Netwalker ransomware gang first asked for $3 million.

Netwalker ransomware hit UCSF networks on June 1; the attack was discovered on June 3. "The data that was encrypted is important to some of the academic work we pursue as a university serving the public good," UCSF said in a statement, explaining that it paid about $1.14 million in exchange for a tool to unlock the encrypted data and the return of the data the attackers obtained.

The actors launched malware that encrypted a limited number of servers within the School of Medicine, leaving them temporarily inaccessible, though the school halted the attack while it was under way. The incident did not touch patient care, the wider campus network or COVID-19 work, officials said.

The BBC followed the negotiations in a live chat on the dark web, where a school representative talked the payment down.`,
  ),
  rw4No(
    "b314",
    "wire service: a county's 'rolling restoration' after a ransomware attack; 911 operators writing by hand; BlackCat or ALPHV named by a dark web post",
    "Suffolk County begins restoring systems after ransomware attack",
    `YAPHANK, N.Y. (AP) — Suffolk County has begun a "rolling restoration" of its computer systems after the Sept. 8 ransomware attack, starting with the 911 emergency dispatch system, a spokeswoman for County Executive Steve Bellone said Tuesday.

The police computer-aided dispatch system came back online last Thursday for the first time since officials announced a "cyber intrusion" of county systems, spokeswoman Marykate Guilfoyle said in an email. Officials had shut down all county computer systems to protect data, and 911 operators had been writing emergency information down by hand.

A post on the dark web attributed the attack to the BlackCat or ALPHV strain of ransomware. An unidentified group claimed the attack and published several county documents it said it had obtained, including speeding tickets and court records showing defendants' names.

Bellone has said the county will offer free identity theft protection to people whose identities were exposed.`,
  ),
];

export const RW4_ATTACKS_BANK: BankCase[] = [...ROUND_1, ...ROUND_1_NOT_RELEVANT, ...ROUND_2, ...ROUND_2_NOT_RELEVANT];

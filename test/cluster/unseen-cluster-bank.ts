// A bank of invented article groups for clustering: one incident as several newsrooms tell it (syndicated copies
// with "Source:" lines, the victim named as a full name, a short name, an acronym, its parent system or one of its
// hospitals, "the Trust"; follow-ups weeks later with a gang's claim, a leak or a revised count; leak-site and tracker
// posts; notification letters; roundups), and hard negatives that must stay apart (one gang's victims in one week,
// the same victim hit again a year later, two hospitals of one system hit separately, sister organisations with
// similar names). Every organisation, person, site and figure is made up; the incident keys were written before the
// pipeline was run on the texts. Array order is arrival order: clustering takes articles one at a time.

/** One article of the bank and the incident it reports. */
export interface ClusterCase {
  id: string;
  /** Gold incident key: articles with the same key report one incident. */
  incident: string;
  site: string;
  title: string;
  text: string;
}

const c = (id: string, incident: string, site: string, title: string, text: string): ClusterCase => ({
  id,
  incident,
  site,
  title,
  text,
});

// ---------------------------------------------------------------- round 1
export const CLUSTER_ROUND_1: ClusterCase[] = [
  c(
    "h1-news",
    "harrowgate-2025-rhysida",
    "dunmoreledger.com",
    "Harrowgate Valley Health diverts ambulances after cyberattack",
    "DUNMORE, Ohio - Harrowgate Valley Health said Tuesday that a cyberattack had forced it to divert ambulances away from Harrowgate Valley Medical Center and to postpone some elective surgeries.\n" +
      "The health system, which runs the 340-bed hospital and a dozen outpatient clinics across three counties, said it detected suspicious activity on its network early Monday and took its electronic health record offline as a precaution.\n" +
      '"Our teams are working around the clock with outside experts," said chief executive Lorna Pettigrew. Staff are documenting care on paper.\n' +
      "The system did not say whether patient data had been accessed or whether a ransom had been demanded.",
  ),
  c(
    "k1-news",
    "hesselbach-2025-lockbit",
    "kliniknews.de",
    "Hesselbach Kliniken shut down IT after cyber attack",
    "The Hesselbach Kliniken gGmbH, which operates three hospitals in the district of Oberwald in Hesse, Germany, has shut down its IT systems after a cyber attack on Sunday night.\n" +
      "The emergency departments have deregistered from emergency care and planned operations were postponed, a spokeswoman said on Monday. The State Criminal Police Office is investigating.",
  ),
  c(
    "h2-syndicated",
    "harrowgate-2025-rhysida",
    "wkrv-news.com",
    "Ohio health system hit by cyberattack, ambulances diverted",
    "By Mara Quint\n" +
      "DUNMORE, Ohio - Harrowgate Valley Health said Tuesday that a cyberattack had forced it to divert ambulances away from Harrowgate Valley Medical Center and to postpone some elective surgeries.\n" +
      "The health system, which runs the 340-bed hospital and a dozen outpatient clinics across three counties, said it detected suspicious activity on its network early Monday and took its electronic health record offline as a precaution.\n" +
      '"Our teams are working around the clock with outside experts," said chief executive Lorna Pettigrew. Staff are documenting care on paper.\n' +
      "The system did not say whether patient data had been accessed or whether a ransom had been demanded.\n" +
      "Source: Dunmore Ledger",
  ),
  c(
    "p1-news",
    "pinecrest-2025-rhysida",
    "columbusbizwire.com",
    "Pinecrest Behavioral Health investigating ransomware attack",
    "Pinecrest Behavioral Health, a psychiatric hospital in Marlow Heights, Ohio, is investigating a ransomware attack that hit its systems over the weekend, days after the same criminal group struck a health system in the southern part of the state.\n" +
      "The Rhysida gang listed Pinecrest on its leak site on Thursday and is asking for 10 bitcoin. The hospital said patient care continued and that its phone lines were briefly down.",
  ),
  c(
    "s1-news",
    "st-aldwyns-2025",
    "kyhealthnews.com",
    "St. Aldwyn's Regional Medical Center says network outage was a cyberattack",
    "St. Aldwyn's Regional Medical Center in Bowling Creek, Kentucky, said Friday that a network outage that began Wednesday was caused by a cyberattack.\n" +
      "The 220-bed hospital has diverted ambulances and canceled elective procedures, spokesperson Renee Tolliver said. Clinicians are using paper charts.",
  ),
  c(
    "o1-tracker",
    "orchid-lane-2025-medusa",
    "ransomtracker.io",
    "Medusa has just published a new victim: Orchid Lane Fertility Partners",
    "Medusa has just published a new victim: Orchid Lane Fertility Partners (AU).\n" +
      "Description: Orchid Lane Fertility Partners is an Australian network of IVF and fertility clinics with sites in Melbourne, Geelong and Ballarat.\n" +
      "Data size: 312 GB. Ransom: $800,000. Deadline: 9 days.",
  ),
  c(
    "p2-background",
    "pinecrest-2025-rhysida",
    "ohiohealthbeat.com",
    "Ohio psychiatric hospital says hackers stole patient files",
    "Hackers who broke into the network of Pinecrest Behavioral Health in Marlow Heights copied patient records, the hospital said in a statement on Friday.\n" +
      "The Rhysida ransomware group, which also claimed an attack on Harrowgate Valley Health earlier this month, has threatened to publish the files unless its 10-bitcoin demand is met.",
  ),
  c(
    "n1-news",
    "northmere-2025-inc",
    "northnews.co.uk",
    "Northmere hospitals cancel operations after cyber attack",
    "Planned operations and outpatient appointments have been cancelled at two hospitals in Northmere after a cyber attack on the trust that runs them.\n" +
      "Northmere Coast Hospitals NHS Foundation Trust declared a critical incident on Thursday morning after its IT systems were taken offline. The trust, which runs Saltby General Hospital and Kirkhaven Community Hospital, asked patients to attend only if told otherwise.\n" +
      "Chief executive Dr Imogen Faraday said staff had reverted to paper and apologised for the disruption.",
  ),
  c(
    "o2-news",
    "orchid-lane-2025-medusa",
    "ausmedtechnews.com.au",
    "Fertility clinic group confirms cyber incident after Medusa listing",
    "Melbourne-based Orchid Lane has confirmed it is responding to a cyber security incident after the Medusa ransomware group added the fertility provider to its dark web leak site.\n" +
      "In a statement, Orchid Lane said it had recently identified unauthorised access to part of its IT environment and had notified the Australian Cyber Security Centre and the Office of the Australian Information Commissioner.\n" +
      "The group is demanding US$800,000 for the deletion of the data. Orchid Lane said its clinics remained open and treatment cycles were continuing as planned.",
  ),
  c(
    "n2-hospital",
    "northmere-2025-inc",
    "saltbyecho.co.uk",
    "Saltby General Hospital: patients urged to avoid A&E after IT attack",
    "Patients are being urged to avoid the emergency department at Saltby General Hospital unless their condition is life-threatening, after a cyber attack crippled computer systems.\n" +
      "Ambulances are being diverted to neighbouring hospitals, the Northmere Coast trust said.\n" +
      'A spokesperson for the trust said: "We are working with the National Cyber Security Centre to restore our systems as quickly as possible."',
  ),
  c(
    "b1-news",
    "brayside-2025-bianlian",
    "radiologytoday.net",
    "Brayside Diagnostic Imaging hit by cyberattack, scans delayed",
    "Brayside Diagnostic Imaging (BDI), which runs 18 outpatient radiology centers in Arizona and Nevada, said a cyberattack disrupted its scheduling and image archive systems last week, forcing it to reschedule hundreds of MRI and CT appointments.\n" +
      "The company said it was working with law enforcement and had brought in a cybersecurity firm.",
  ),
  c(
    "o3-syndicated",
    "orchid-lane-2025-medusa",
    "healthcarewire.com.au",
    "Orchid Lane fertility group confirms cyber incident",
    "Source: AusMedTech News\n" +
      "Melbourne-based Orchid Lane has confirmed it is responding to a cyber security incident after the Medusa ransomware group added the fertility provider to its dark web leak site.\n" +
      "In a statement, Orchid Lane said it had recently identified unauthorised access to part of its IT environment and had notified the Australian Cyber Security Centre and the Office of the Australian Information Commissioner.\n" +
      "The group is demanding US$800,000 for the deletion of the data. Orchid Lane said its clinics remained open and treatment cycles were continuing as planned.",
  ),
  c(
    "cr1-news",
    "calder-memorial-2025-lockbit",
    "mountainherald.com",
    "Calder Ridge Memorial Hospital hit by LockBit ransomware",
    "Calder Ridge Memorial Hospital in Elk Falls, Colorado, is operating on downtime procedures after a LockBit ransomware attack encrypted its servers on Monday.\n" +
      "The hospital is part of Calder Ridge Health, a three-hospital system. The system's other hospitals were not affected, a spokesperson said.",
  ),
  c(
    "s2-variant",
    "st-aldwyns-2025",
    "wbcv.com",
    "Saint Aldwyn hospital still on diversion as cyberattack enters second week",
    "Saint Aldwyn Regional Medical Center remained on ambulance diversion Tuesday as the hospital worked to bring systems back online after last week's cyberattack.\n" +
      "Hospital officials said outpatient clinics had reopened but the laboratory was sending some tests to outside facilities.",
  ),
  c(
    "pw1-news",
    "pellwick-2025-akira",
    "canadiannewsdesk.ca",
    "Pellwick pharmacy chain says customer data may have been exposed in cyberattack",
    "Pellwick, a Canadian retail pharmacy chain with 140 stores in Ontario and Manitoba, says customer information may have been exposed in a cyberattack on its systems.\n" +
      "The company said prescription records and contact details for about 40,000 customers could be affected. Stores stayed open, though some were unable to process insurance claims for two days.\n" +
      "Pellwick has not said who was behind the attack.",
  ),
  c(
    "c1-news",
    "corvell-ems-2025",
    "centraltexasnews.com",
    "Corvell County EMS Authority hit by ransomware, dispatch on radio",
    "The Corvell County EMS Authority, which provides ambulance service to about 300,000 residents in central Texas, said ransomware encrypted its computer-aided dispatch system on Sunday.\n" +
      "Dispatchers switched to radio and paper run cards, and response times were not affected, director Alan Pruitt said. The authority said it would not pay the ransom.",
  ),
  c(
    "k2-variant",
    "hesselbach-2025-lockbit",
    "regionalnachrichten.de",
    "Cyber attack: Klinikum Hesselbach still offline",
    "Klinikum Hesselbach is still largely working without computers four days after the cyber attack on its network.\n" +
      "The emergency rooms reopened on Thursday, the hospital operator said. According to the clinic, there is no evidence so far that patient data was stolen.",
  ),
  c(
    "ld1-tracker",
    "lakemoor-dental-2025-qilin",
    "ransomtracker.io",
    "Qilin has just published a new victim: Lakemoor Dental Partners",
    "Qilin has just published a new victim: Lakemoor Dental Partners (US).\n" +
      "Description: Lakemoor Dental Partners is a group of 22 dental offices in Michigan.\n" +
      "Data size: 90 GB.",
  ),
  c(
    "hs1-tracker",
    "hollybank-surgical-2025-qilin",
    "ransomtracker.io",
    "Qilin has just published a new victim: Hollybank Surgical Center",
    "Qilin has just published a new victim: Hollybank Surgical Center (US).\n" +
      "Description: Hollybank Surgical Center is an outpatient surgery center in Grand Rapids, Michigan.\n" +
      "Data size: 140 GB.",
  ),
  c(
    "mr1-news",
    "mercy-ridge-home-care-2025",
    "seniorcarenews.com",
    "Mercy Ridge Home Care discloses data breach affecting 12,400 clients",
    "Mercy Ridge Home Care, a home health agency in Spokane, Washington, has notified 12,400 clients that their information was exposed when an employee's email account was compromised in a phishing attack.\n" +
      "The agency said the account held names, dates of birth and care plans.",
  ),
  c(
    "v1-news",
    "vireo-2025-ransomhub",
    "healthitnews.com",
    "EHR vendor Vireo Health Technologies hit by ransomware; client practices offline",
    "Vireo Health Technologies, a Nashville company whose cloud electronic health record is used by about 900 physician practices, said a ransomware attack forced it to take its hosted platform offline on Tuesday.\n" +
      "Practices using the software reverted to paper and some rescheduled appointments, according to messages sent to customers.",
  ),
  c(
    "b2-leaksite",
    "brayside-2025-bianlian",
    "darkfeed.net",
    "BianLian adds BDI Group to leak site",
    "BianLian claims BDI Group. The gang's post, published on Saturday, says it took 1.1 TB of data including patient files, PHI, financial records and employee data from BDI, a Phoenix radiology provider.\n" +
      "The post lists bdimaging.com as the victim's website.",
  ),
  c(
    "f1-news",
    "ferncastle-2025-hunters",
    "carehomenews.co.uk",
    "Care home group Ferncastle hit by cyber attack",
    "Ferncastle Care Homes, which runs 31 care homes in Yorkshire and the East Midlands, has been hit by a cyber attack that took its rota and medication systems offline.\n" +
      "Staff moved to paper medication charts while systems were restored, the company said. The Information Commissioner's Office has been informed.",
  ),
  c(
    "ld2-news",
    "lakemoor-dental-2025-qilin",
    "dentalbizdaily.com",
    "Michigan dental group Lakemoor confirms breach after Qilin claim",
    "Lakemoor Dental, which operates 22 practices across Michigan, says it is investigating a data security incident after the Qilin ransomware gang claimed to have stolen 90 GB of its data.\n" +
      "The company said some patient appointment systems were briefly unavailable.",
  ),
  c(
    "v2-short",
    "vireo-2025-ransomhub",
    "medicalpracticeinsider.com",
    "Vireo outage enters day five as practices cancel appointments",
    "Physician practices that rely on Vireo's EHR platform say they are still unable to access patient charts five days after the ransomware attack on the vendor.\n" +
      "Vireo said it expected to restore service by the weekend. The company has not named the group responsible.",
  ),
  c(
    "s3-variant",
    "st-aldwyns-2025",
    "hospitaltechreview.com",
    "St Aldwyns hospital says patient data was taken in cyberattack",
    "St Aldwyns hospital in Kentucky has begun notifying patients that their information was taken during the March cyberattack that disrupted operations for nearly two weeks.\n" +
      "The hospital said 48,900 people are affected. No group has claimed the attack.",
  ),
  c(
    "k3-claim",
    "hesselbach-2025-lockbit",
    "securitynews.de",
    "LockBit claims attack on German hospital operator Hesselbach",
    "The LockBit group has named the Hesselbach clinics in Hesse on its leak site and is threatening to publish data.\n" +
      "The hospital group confirmed the listing but said it would not negotiate with the attackers.",
  ),
  c(
    "c2-followup",
    "corvell-ems-2025",
    "firstresponderwire.com",
    "Texas EMS agency says patient billing data stolen in ransomware attack",
    "Corvell EMS says the ransomware attack on its systems in April exposed billing records for 31,200 patients.\n" +
      "The agency, formally the Corvell County EMS Authority, said the attackers stole files before encrypting its dispatch servers.",
  ),
  c(
    "n3-followup",
    "northmere-2025-inc",
    "cyberdesk.co.uk",
    "INC Ransom leaks data stolen from NHS trust",
    "The INC Ransom gang has published what it says is 400GB of data stolen from Northmere Coast, three weeks after the cyber attack that forced the NHS trust to cancel operations.\n" +
      "The Trust confirmed on Monday that the data included patient letters and staff records and that it had informed the Information Commissioner's Office.\n" +
      '"We know this will be worrying," the Trust said in a statement.',
  ),
  c(
    "mh1-sister",
    "mercy-ridge-hospice-2025",
    "spokanedaily.com",
    "Mercy Ridge Hospice hit by ransomware; sister agency's breach unrelated",
    "Mercy Ridge Hospice in Spokane said a ransomware attack locked its patient records system for three days.\n" +
      "The hospice is a sister organisation of Mercy Ridge Home Care, which disclosed an unrelated email breach last month.",
  ),
  c(
    "h3-followup",
    "harrowgate-2025-rhysida",
    "healthsecwire.com",
    "Rhysida claims attack on Ohio's HVH, posts patient data",
    "The Rhysida ransomware gang has claimed responsibility for last month's attack on HVH, the health system based in Dunmore, Ohio, and says it has published 1.2 terabytes of files after the organisation declined to pay.\n" +
      "In a filing with the Maine attorney general this week, Harrowgate Valley said the personal information of 212,406 people may have been involved, up from an earlier estimate of about 90,000.\n" +
      "The gang had demanded 25 bitcoin. HVH said it would not negotiate with criminals.",
  ),
  c(
    "pw2-followup",
    "pellwick-2025-akira",
    "torontobiz.ca",
    "Pellwick breach larger than first thought, now 58,310 customers",
    "The cyberattack on Pellwick Drug Mart affected 58,310 people, the Winnipeg-based pharmacy operator said in an update, well above its first estimate.\n" +
      "The Akira ransomware group has claimed the attack and published about 60 gigabytes of files it says came from the company. Pellwick said it did not pay a ransom.",
  ),
  c(
    "mr2-tracker",
    "mercy-ridge-home-care-2025",
    "breachtracker.net",
    "Mercy Ridge Home Care email breach",
    "Mercy Ridge Home Care (Washington) reported a breach of 12,400 records to HHS' Office for Civil Rights.\n" +
      "The breach is listed as a hacking/IT incident involving email.",
  ),
  c(
    "n4-roundup",
    "northmere-2025-inc",
    "healthitweekly.com",
    "Week in review: NHS trust attack, fertility group claim, pharmacy breach",
    "Here are the cyber incidents that caught our eye this week.\n" +
      "Northmere Coast Hospitals NHS Foundation Trust, in the north of England, cancelled planned operations after a cyber attack took its systems offline; the INC Ransom gang later claimed it.\n" +
      "In Australia, the Medusa group listed Orchid Lane Fertility Partners on its leak site. And in Canada, pharmacy chain Pellwick said customer data may have been exposed.",
  ),
  c(
    "b3-followup",
    "brayside-2025-bianlian",
    "phoenixnewsjournal.com",
    "BDI says 92,000 patients' data stolen in January attack",
    "Phoenix-based BDI said this week that the personal and medical information of 92,114 patients was stolen in the January cyberattack on its network, which the BianLian extortion group claimed.\n" +
      "The imaging provider said it had no evidence the data had been misused.",
  ),
  c(
    "h4-letter",
    "harrowgate-2025-rhysida",
    "harrowgatevalley.org",
    "Notice of Data Security Incident",
    'Harrowgate Valley Medical Center ("HVMC") is writing to inform you of an incident that may have involved some of your personal and health information.\n' +
      "On March 3, 2025, HVMC identified unusual activity in its computer network. We immediately took steps to secure our systems and engaged a forensic firm. The investigation found that an unauthorized party copied certain files between February 27 and March 3, 2025.\n" +
      "These files may have contained your name, date of birth, medical record number and treatment information. We are offering you 24 months of complimentary credit monitoring.\n" +
      "If you have questions, please call our dedicated line at 1-888-555-0142.",
  ),
  c(
    "cr2-leak",
    "calder-memorial-2025-lockbit",
    "coloradohealthwire.com",
    "LockBit posts data from Colorado hospital",
    "LockBit has begun leaking data it says was stolen from Calder Ridge Memorial in Elk Falls.\n" +
      "The hospital has told patients to watch for phishing emails that use their details.",
  ),
  c(
    "mh2-tracker",
    "mercy-ridge-hospice-2025",
    "breachtracker.net",
    "Mercy Ridge Hospice ransomware attack",
    "Mercy Ridge Hospice (Washington) reported a ransomware attack affecting 3,050 patients to HHS' Office for Civil Rights.\n" +
      "The BlackSuit group claimed the attack.",
  ),
  c(
    "pw3-letter",
    "pellwick-2025-akira",
    "pellwick.ca",
    "Notice of data breach",
    'Pellwick Drug Mart Inc. ("Pellwick", "we") is writing to let you know about a cybersecurity incident that involved some of your personal information.\n' +
      "On May 12, we discovered that an unauthorized third party had accessed our network and copied files that included your name, address and prescription history.\n" +
      "We have notified the Office of the Privacy Commissioner of Canada and are offering two years of free credit monitoring.",
  ),
  c(
    "f2-followup",
    "ferncastle-2025-hunters",
    "northernbiz.co.uk",
    "Hackers claim Ferncastle attack and leak resident records",
    "The Hunters International gang says it was behind last month's cyber attack on Ferncastle, a care home operator based in Leeds, and has posted what it claims are residents' medical records and staff passports.\n" +
      "Ferncastle Care Homes Ltd said it was aware of the publication and was contacting those affected.",
  ),
  c(
    "v3-followup",
    "vireo-2025-ransomhub",
    "tennesseedaily.com",
    "Vireo says 1.3 million patients' records accessed in ransomware attack",
    "Vireo Health Technologies said data on 1.3 million patients of its client practices was accessed in the November ransomware attack.\n" +
      "RansomHub claimed the attack on its leak site.",
  ),
  c(
    "cr3-sibling",
    "calder-childrens-2025-akira",
    "mountainherald.com",
    "Calder Ridge Children's Hospital reports cyberattack",
    "Calder Ridge Children's Hospital in Greeley Springs, Colorado, said Thursday it was responding to a cyberattack that took its patient portal and phone system offline. The Akira ransomware gang claimed the attack.\n" +
      "The hospital is part of Calder Ridge Health, whose Elk Falls hospital was hit by a separate ransomware attack in the spring.",
  ),
  c(
    "b4-again",
    "brayside-2026-akira",
    "radiologytoday.net",
    "Brayside Diagnostic Imaging suffers second cyberattack in 14 months",
    "Brayside Diagnostic Imaging is recovering from another cyberattack, little more than a year after a breach claimed by BianLian exposed the records of 92,114 patients.\n" +
      "The Akira ransomware group claimed the new attack on its leak site on Tuesday, saying it had taken 40 GB of corporate documents. BDI said its imaging centers were open but its online appointment portal was offline.",
  ),
  c(
    "f3-letter",
    "ferncastle-2025-hunters",
    "ferncastlecare.co.uk",
    "Important information about a cyber incident",
    "Dear resident or family member,\n" +
      "We are writing to tell you about a cyber incident at Ferncastle Care Homes Ltd. Criminals gained access to our systems and copied some information, and some of it has since been published online.\n" +
      "The information may include names, dates of birth, medication records and next-of-kin details. We have reported the incident to the Information Commissioner's Office and the police.",
  ),
  c(
    "cr4-sibling",
    "calder-childrens-2025-akira",
    "coloradohealthwire.com",
    "Akira claims attack on Calder Ridge Children's",
    "The Akira gang says it stole 85 GB of data from Calder Ridge Children's Hospital, including patient records.\n" +
      "The pediatric hospital said care was not disrupted.",
  ),
  c(
    "b5-again",
    "brayside-2026-akira",
    "azhealthnews.com",
    "Arizona imaging chain hit again, Akira claims",
    "For the second time in just over a year, Brayside Diagnostic Imaging has been hit by hackers.\n" +
      "The Akira ransomware operation added the company to its leak site on March 10, 2026, claiming 40GB of data. A spokesperson said the incident was unrelated to the 2025 event and that patient scans were not affected.",
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes)
export const CLUSTER_ROUND_2: ClusterCase[] = [
  c(
    "q1-news",
    "quenby-2025-akira",
    "oregonlive-health.com",
    "Quenby Health Partners says cyberattack disrupted clinics",
    "Quenby Health Partners, which runs primary care and urgent care clinics across southern Oregon, said a cyberattack discovered on June 2 disrupted its phone lines and patient portal.\n" +
      "Clinics stayed open but some appointments were rescheduled, spokesperson Dale Ostrander said. The organisation has hired forensic investigators.",
  ),
  c(
    "mo1-news",
    "mossgiel-2025",
    "scotnewsdesk.co.uk",
    "NHS Mossgiel hit by cyber attack, patients' data stolen",
    "NHS Mossgiel has said patient data was stolen in a cyber attack on its systems, and that some of it may be published online.\n" +
      "The health board, which serves 320,000 people in the south-west of Scotland, said its hospitals and GP practices continued to operate but that some services were running more slowly.",
  ),
  c(
    "bw1-tracker",
    "brightwater-dental-group-2025-qilin",
    "ransomtracker.io",
    "Qilin has just published a new victim: Brightwater Dental Group",
    "Qilin has just published a new victim: Brightwater Dental Group (US).\n" +
      "Description: Brightwater Dental Group operates 35 dental offices in Florida.\n" +
      "Data size: 210 GB.",
  ),
  c(
    "q2-tracker",
    "quenby-2025-akira",
    "ransomtracker.io",
    "Akira has just published a new victim: quenbyhealth.org",
    "Akira has just published a new victim: quenbyhealth.org (US).\n" +
      "Description: healthcare provider in Oregon. The group claims to have taken 70 GB of data, including patient records and HR files.",
  ),
  c(
    "sc1-ireland",
    "st-columbas-thurles-2025",
    "irishhealthnews.ie",
    "St Columba's Hospital in Thurles hit by ransomware",
    "St Columba's Hospital in Thurles, Co Tipperary, has cancelled outpatient appointments after a ransomware attack encrypted its systems on Saturday, the HSE said.\n" +
      "Emergency care is continuing and staff are working on paper.",
  ),
  c(
    "lw1-hospital",
    "lowther-2025-rhysida",
    "mainepress.com",
    "Lowther Memorial Hospital diverts ambulances after cyberattack",
    "Lowther Memorial Hospital in Castine Falls diverted ambulances to other hospitals on Wednesday after a cyberattack took down its electronic health records, officials said.\n" +
      "The 90-bed hospital said it had switched to paper records and postponed elective surgeries scheduled for Thursday.",
  ),
  c(
    "cs1-news",
    "cobalt-shore-2025",
    "insurancebizwire.com",
    "Cobalt Shore Health Plan discloses breach affecting 2.1 million members",
    "Cobalt Shore Health Plan, a nonprofit insurer in Michigan, has begun notifying 2.1 million members that their personal and health information was stolen in a cyberattack in April.\n" +
      "The health plan said the attackers accessed a file server that held claims data, and that it had found no evidence of fraud so far.",
  ),
  c(
    "bw2-tracker",
    "brightwater-family-2025-qilin",
    "ransomtracker.io",
    "Qilin has just published a new victim: Brightwater Family Dentistry",
    "Qilin has just published a new victim: Brightwater Family Dentistry (US).\n" +
      "Description: Brightwater Family Dentistry is a family dental practice in Macon, Georgia.\n" +
      "Data size: 18 GB.",
  ),
  c(
    "rf1-tracker",
    "ridgefold-2025-ransomhub",
    "darkfeed.net",
    "RansomHub lists Ridgefold Orthopaedics",
    "RansomHub claims Ridgefold Orthopaedics. The gang's post says it took 400 GB of data, including patient X-rays, insurance records and employee files, and gives the victim five days to pay.",
  ),
  c(
    "mo2-short",
    "mossgiel-2025",
    "healthcybernews.co.uk",
    "Ransomware gang publishes Scottish health board data",
    "A ransomware gang has published 3TB of data it says it stole from the Scottish health board Mossgiel, a week after the board disclosed the attack.\n" +
      "The INC Ransom group posted the files on its leak site on Thursday. The board said it was working with Police Scotland and the National Cyber Security Centre.",
  ),
  c(
    "lw2-parent-only",
    "lowther-2025-rhysida",
    "healthsecwire.com",
    "Rhysida leaks Penwyn Health data",
    "The Rhysida gang has published data it says it took from Penwyn Health, the Maine hospital operator, after a deadline for a 15-bitcoin ransom passed.\n" +
      "Penwyn Health said it would not pay and was reviewing the files.",
  ),
  c(
    "sc2-scotland",
    "st-columbas-inverness-2025",
    "highlandnews.co.uk",
    "St Columba's Hospital in Inverness reports data breach",
    "St Columba's Hospital in Inverness, Scotland, has reported a data breach to the Information Commissioner's Office after a staff email account was compromised in a phishing attack.\n" +
      "The hospital said about 1,200 patients' details may have been viewed.",
  ),
  c(
    "tw1-news",
    "tarnwell-2025",
    "statehealthnews.com",
    "Tarnwell Family Medicine reports data breach",
    "Tarnwell Family Medicine, a group of five family practices in Lancaster County, Pennsylvania, has reported a data breach affecting 22,480 patients to federal regulators.\n" +
      "The practice said an unauthorized party accessed its network between May 14 and May 19.",
  ),
  c(
    "cl1-french",
    "ste-odile-2025",
    "hospimedia-en.fr",
    "Clinique Sainte-Odile de Varenne hit by cyberattack",
    "The Clinique Sainte-Odile de Varenne, a private hospital in the Vosges, France, was hit by a cyberattack on Monday that forced it to postpone surgery and transfer some patients to the Epinal hospital.\n" +
      "The clinic filed a complaint with the police and informed the CNIL.",
  ),
  c(
    "cs2-short",
    "cobalt-shore-2025",
    "detroitbiznews.com",
    "Insurer Cobalt Shore says hackers stole member data",
    "Hackers stole Social Security numbers and claims information belonging to members of Cobalt Shore, the Michigan health insurer said on Friday.\n" +
      "The company said it learned of the intrusion in April and has offered members two years of credit monitoring.",
  ),
  c(
    "rf2-news",
    "ridgefold-2025-ransomhub",
    "bonehealthtoday.com",
    "Ridgefold Orthopaedic Associates investigating data theft claim",
    "Ridgefold Orthopaedic Associates, a practice with eight clinics in New Jersey, said it is investigating a claim by the RansomHub gang that it stole patient data.\n" +
      "The practice said its clinics remain open and that it has notified the FBI.",
  ),
  c(
    "q3-acronym",
    "quenby-2025-akira",
    "healthitnews.com",
    "QHP notifies 41,000 patients of data theft",
    "QHP, the Oregon clinic operator hit by a cyberattack in June, is notifying 41,206 patients that their information was stolen.\n" +
      "The Akira ransomware group had claimed the attack. Quenby said it had added multi-factor authentication across its network.",
  ),
  c(
    "tw2-letter",
    "tarnwell-2025",
    "tarnwellfm.com",
    "Notice of Data Security Incident",
    "We are writing to inform you of a data security incident that may have involved some of your information.\n" +
      "On May 19, we discovered suspicious activity on our network. An investigation determined that an unauthorized party may have accessed files containing patient names, dates of birth and insurance information between May 14 and May 19.\n" +
      "We are offering complimentary credit monitoring. Sincerely, the Privacy Office, Tarnwell Family Medicine",
  ),
  c(
    "cl2-variant",
    "ste-odile-2025",
    "vosgesmatin-en.fr",
    "Ste-Odile clinic in Varenne still disrupted a week after cyberattack",
    "A week after the cyberattack, the Ste-Odile clinic in Varenne is still operating in degraded mode, with surgery only partly resumed, its director said.\n" +
      "No ransom demand has been made public.",
  ),
  c(
    "lw3-both",
    "lowther-2025-rhysida",
    "bangordaily-health.com",
    "Penwyn Health says 18,000 patients affected by Lowther Memorial cyberattack",
    "Penwyn Health, which owns Lowther Memorial Hospital, said the personal information of 18,312 patients was taken in last month's cyberattack on the Castine Falls hospital.\n" +
      "The Rhysida ransomware gang claimed the attack and has published some of the data.",
  ),
  c(
    "cs3-roundup",
    "cobalt-shore-2025",
    "healthbreachweekly.com",
    "Breach roundup: Michigan insurer, Oregon clinics, New Jersey orthopaedic practice",
    "This week's largest breach report came from Cobalt Shore Health Plan, which told regulators that 2.1 million members were affected by an April cyberattack.\n" +
      "Also reported: Quenby Health Partners in Oregon, and Ridgefold Orthopaedic Associates, which RansomHub claims to have hacked.",
  ),
  c(
    "mo3-syndicated",
    "mossgiel-2025",
    "dailyrecord-news.co.uk",
    "NHS Mossgiel data stolen in cyber attack",
    "Source: PA\n" +
      "NHS Mossgiel has said patient data was stolen in a cyber attack on its systems, and that some of it may be published online.\n" +
      "The health board, which serves 320,000 people in the south-west of Scotland, said its hospitals and GP practices continued to operate but that some services were running more slowly.",
  ),
];

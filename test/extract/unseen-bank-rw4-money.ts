// Dev articles reworded a fourth time for their money, counts, places and attackers (session 13), each case in one
// newsroom's voice: a US local newspaper, a wire service (attribution last, "said on Tuesday"), a UK NHS trade journal,
// a security blog (group first, leak-site screenshots), a translated European outlet (Klinikum, CIUSSS), a victim's
// press release or notification letter, a tracker post and a weekly roundup of several incidents. Most of the articles
// were never reworded in the earlier money banks. Each id names the dev article it rewords (`money-rw4-<devid>`); the
// labels of the fields checked are copied from that record. Each round was written in full before the extractor was run.
import { moneyCases, type BankCase } from "./unseen-shapes-bank";

const mr = moneyCases("money-rw4-");

export const RW4_MONEY_ROUND_1: readonly BankCase[] = [
  mr(
    "a003",
    "UK NHS trade journal: two ambulance trusts, a supplier hit; '12 million people' is the area served, not a head-count",
    "Two ambulance trusts lose access to patient records after supplier cyber attack",
    `Two ambulance trusts have lost access to their electronic patient records following a cyber attack on a third-party supplier, leaving receiving hospitals unable to view crews' notes.

South Central Ambulance Service NHS Foundation Trust and South Western Ambulance Service NHS Foundation Trust together serve an area of England with a population of 12 million people.

Crews have switched to pencil and paper, and trusts have warned hospitals to expect minor delays at handover. The 999 call-handling system is unaffected, a spokesperson for the trusts confirmed.

Published 26 July 2023 by webadmin`,
    { country: "GB" },
  ),
  mr(
    "a018",
    "security blog: the strain first ('LockBit 3.0 was the payload'); 'approximately 16' customers; NHS 111 as the only place",
    "LockBit 3.0 confirmed as payload in Advanced attack that knocked out NHS 111",
    `LockBit 3.0 was the payload. That is the headline from Advanced's latest update on the 4 August intrusion that took NHS 111 and out-of-hours GP services offline for weeks.

Initial access, per the vendor, came through legitimate third-party credentials. From there the operator moved laterally and exfiltrated data belonging to "approximately 16" customers of its Staffplan and Caresys products before the encryptor ran. Advanced has still not said whether any of that data is personal information about patients or staff.

Caresys handles care-home residents' care plans; Staffplan schedules care workers. Hospital staff reverted to pen and paper while the systems were down, according to reports at the time.

No ransom figure has been disclosed, and at the time of writing Advanced does not appear on LockBit's leak site.

By Claudia Glover, 14 October 2022`,
    { attackers: ["LockBit"], country: "GB" },
  ),
  mr(
    "a025",
    "translated Quebec outlet: 'the CCSC', 'the CIUSSS-CN', ambulance dispatch in Quebec City; no figures",
    "Cyberattack by ransomware hits the ambulance dispatch centre of Quebec City",
    `The centre that dispatches ambulances in Quebec City was the target this week of a cyberattack by ransomware, the Centre de communication santé (CCSC) of the Capitale-Nationale confirmed.

For the moment, the services to the population are not affected, indicates the CCSC. "The computer attack has at present no impact on the ambulance coverage, on the response delays or on the taking of calls for prehospital services," one can read in its communiqué. A contingency plan was put in place rapidly, calls are prioritised as usual, and ambulances were added.

The personnel received notices inviting them to redouble vigilance, specifies the Centre intégré universitaire de santé et de services sociaux de la Capitale-Nationale (CIUSSS-CN), whose informatics teams work to correct the situation.`,
    { country: "CA" },
  ),
  mr(
    "a070",
    "wire service: attribution last; '1.5 million outpatients and 80,000 inpatients a year' are the hospital's size; a ransom only in a definition",
    "AIIMS Delhi servers down, suspected ransomware attack",
    `NEW DELHI (PTI) - Appointment, billing, report generation and smart lab systems at the All India Institute of Medical Sciences (AIIMS) here were hit on Wednesday in what may be a ransomware attack, the hospital said.

Every department has worked manually since servers began malfunctioning at 7 am, with long queues forming, officials said. Registration, where hundreds queue from dawn, was worst affected.

The National Informatics Centre (NIC), which is restoring the system, has indicated it could be a ransomware attack that would be investigated by the appropriate agencies, the hospital said in an evening statement. Help is being taken from the Indian Computer Emergency Response Team (CERT-In), it said.

Ransomware is malicious software that blocks a user or an organisation from its files; attackers generally demand a ransom before restoring access.

The premier referral hospital, set up in New Delhi in 1956, serves about 1.5 million outpatients and 80,000 inpatients a year, according to its website.`,
    { country: "IN" },
  ),
  mr(
    "a071",
    "tracker post: fields in a list; 'Bian Lian' spelled apart; '500 individuals' flagged as a placeholder; 'Okla.'",
    "Bian Lian lists Lindsay Municipal Hospital",
    `[LEAK SITE] Bian Lian adds Lindsay Municipal Hospital

Victim: Lindsay (Okla.) Municipal Hospital
Sector: Healthcare
Group: Bian Lian ("double extortion": data theft plus demands for payment to keep it private and to decrypt files)
Posted: March 25, 2024 - "data will be uploaded soon"

Notes: Lindsay Municipal Hospital reported a hacking incident to HHS' Office for Civil Rights on March 13, putting the number affected at 500 individuals. HIPAA Journal cautions that 500 is often entered as a placeholder when the true count is not yet known. HHS has warned that Bian Lian targets healthcare providers for financial gain.`,
    { attackers: ["BianLian"], people: 500, country: "US" },
  ),
  mr(
    "a093",
    "wire service: 'more than 900 gigabytes of photographs' claimed, attribution last; the ICO told; celebrities as background",
    "Hackers threaten to leak cosmetic surgery patients' photos",
    `LONDON (Reuters) - Hackers have stolen data from a large British cosmetic surgery chain and are threatening to publish patients' before-and-after photographs, the company confirmed on Thursday.

The Hospital Group, also known as the Transform Hospital Group, said it had suffered a data security breach affecting its IT systems and had informed the Information Commissioner. No payment card details were compromised, it said, but some patients' personal data may have been accessed.

The REvil hacking group said on its darknet site that it had obtained more than 900 gigabytes of patient photographs, adding that the pictures were "not entirely pleasant" to look at.

The group, which runs 11 clinics offering weight loss and cosmetic procedures, has in the past used celebrity endorsements, among them reality TV stars. All customers have been emailed, the company said.`,
    { attackers: ["REvil"], volume: 900e9, country: "GB" },
  ),
  mr(
    "a098",
    "notification letter: 'we recently learned', 'the 29 patients whose information was involved'; five locations in New York and Connecticut",
    "Notice of data security incident - Northeast Radiology",
    `Northeast Radiology is writing to inform our patients of a data security incident involving our picture archiving and communication system (PACS).

What happened. We recently learned that, beginning in January, unauthorized individuals gained access to our PACS. We promptly engaged a security firm to investigate, and on March 11 we announced what we had found.

What information was involved. For the 29 patients whose information was involved, it varied by person and may include name, gender, age, date of birth, exam description, image and image description, and medical record ID. In some cases the medical record ID may be the patient's Social Security number; those patients are being offered credit monitoring and identity theft protection.

What we are doing. We have no indication that any information has been misused. Out of an abundance of caution, we are notifying all of our patients, not only those affected, and we are strengthening our PACS and security protocols.

Northeast Radiology operates five locations in New York and Connecticut.`,
    { people: 29, country: "US" },
  ),
  mr(
    "b101",
    "weekly roundup: two incidents under their own subheads; San Diego hospitals and a 'Westwood, KS-based' network",
    "This week in healthcare cybersecurity: Scripps Health, Midwest Transplant Network",
    `Healthcare security roundup, week of May 3, 2021

Scripps Health takes systems offline after weekend attack
San Diego-based Scripps Health shut down its IT systems after a cyberattack on May 1. Stroke, heart attack and trauma patients have been diverted from all four of its hospitals, in Encinitas, La Jolla, San Diego and Chula Vista, while staff work from offline documentation. Emergency departments and urgent care centers remain open, and some appointments this week have been postponed. Local media are calling it ransomware; Scripps has not said.

Midwest Transplant Network investigates suspected ransomware
The Westwood, KS-based organ procurement organization disclosed on April 30 that its IT team and outside experts had been working around the clock to contain a cyberattack and establish whether patient information was compromised. So far it has found no evidence that any was.`,
    { country: "US" },
  ),
  mr(
    "b115",
    "US local newspaper: Central Florida addresses; a ransom only in a CISA definition; '50 locations across Florida'",
    "Ransomware attack closes Akumin imaging centers across Central Florida",
    `Patients showing up for scans at Akumin's imaging centers in Orlando, Deltona and Kissimmee this week found the doors shut after a ransomware attack forced the Broward County-based company to suspend services statewide.

Akumin, an outpatient radiology and oncology provider, said Tuesday a hacker had accessed personal patient data earlier this month. Seven Central Florida locations are closed, including two on Oak Street in Kissimmee and one at 7960 Forest City Road in Orlando.

A ransomware attack, as the Cybersecurity and Infrastructure Security Agency describes it, encrypts files so that they are useless unless the owner pays the hacker a ransom for a decryption key.

Akumin has 50 locations across Florida. It said some prior imaging results may not be available while systems come back on different timelines.`,
    { country: "US" },
  ),
  mr(
    "b140",
    "security blog: the strain named by the vendor; '1,500 customers' are client organisations, not people; a cut-off background payment",
    "SamSam behind Allscripts outage, vendor confirms",
    `SamSam - the ransomware strain that has chased hospitals and healthcare providers since 2016 - is behind the outage at Allscripts, the Chicago-headquartered EHR vendor confirmed in a statement on Tuesday.

The ransomware hit two data centers, in Raleigh and Charlotte, N.C., last Thursday, taking down Professional EHR and the electronic prescribing of controlled substances service. Practices across the U.S. have been crippled for a week.

According to Allscripts, 1,500 customers were affected, none of them hospitals or large independent physician practices, and there is no evidence that data was taken from its systems.

SamSam also encrypted files at Hancock Health, a regional hospital in Indiana, earlier this month. Officials there paid a whopping`,
    { attackers: ["SamSam"], country: "US" },
  ),
  mr(
    "b239",
    "translated German outlet: 'the Uniklinik', 'the perpetrators demanded no ransom', a letter meant for the university; no figures",
    "Death after hacker attack on Düsseldorf university clinic",
    `A woman in critical condition may have died as a result of a hacker attack on the IT of the Universitätsklinikum Düsseldorf (UKD), reports the broadcaster NTV. Because of the attack the ambulance had to be diverted to a hospital in Wuppertal, and her treatment began an hour later.

Since 10 September the Uniklinik had been only partially reachable; it cancelled all appointments and withdrew from emergency care. On Thursday the clinic stated that a cyber attack was the cause. The perpetrators demanded no ransom, according to the clinic.

According to a report of the Attorney General of North Rhine-Westphalia, 30 servers were encrypted and a note asked that the perpetrators be contacted; it was addressed to the Heinrich Heine University. After police explained that a hospital had been hit, the perpetrators handed over the key. The police investigate for negligent homicide.`,
    { country: "DE" },
  ),
  mr(
    "a020",
    "US local newspaper: the demand told as 'The hackers asked Virtual Care Provider for $14 million'; 'more than 100 nursing homes'; 'Milwaukee-based'",
    "Milwaukee IT firm's ransomware attack leaves nursing homes without records",
    `A ransomware attack on a Milwaukee-based company that handles computer services for nursing homes has left more than 100 facilities around the country unable to reach patient records, pay staff or order medicine.

The hackers asked Virtual Care Provider for $14 million after the company discovered the attack on Nov. 17, according to a letter it sent to clients. The virus hit about 20 percent of its services, and 100 of its servers had to be rebuilt.

The company could not afford to pay and could not recover the data, said Karen Christianson, Virtual Care's owner and chief executive. Some small facilities could close if their billing does not reach Medicaid by Dec. 5, she said.`,
    { ransom: { status: "demanded-amount", amount: 14000000, currency: "USD" }, country: "US" },
  ),
  mr(
    "a017",
    "security blog: another victim's '200 BTC ($1,664,320)' first; '9.5GB' leaked then '100GB' stolen; '100 BTC ($832,880)' for keys and another for deletion",
    "Maze publishes MDLab research data after talks stall",
    `The Maze operators are following through on their leak threats. In December, Carrollton, GA-based cable maker Southwire refused a 200 BTC ($1,664,320) demand and saw part of its data posted; it went on to sue the Maze Team.

Now Medical Diagnostic Laboratories (MDLab), a New Jersey lab, has joined the leak site. Maze says it hit MDLab on December 2, 2019 and encrypted 231 workstations. Talks stalled, no ransom was paid, and Maze dumped 9.5GB of immunology research data before advertising the rest on a hacking forum.

Bleeping Computer reports the attackers took 100GB of data in all. The group wants 100 BTC ($832,880) for the decryption keys and another 100 BTC to delete what it stole.`,
    {
      attackers: ["Maze"],
      ransom: { status: "demanded-amount", amount: 100, currency: "BTC" },
      volume: 100e9,
      country: "US",
    },
  ),
  mr(
    "b106",
    "wire service: attribution last; 'a $6,500 demand' the partners chose not to pay; 'Battle Creek, Mich.'",
    "Michigan medical practice closes after ransomware attack",
    `BATTLE CREEK, Mich. (AP) - Two doctors have closed their Michigan ear, nose and throat practice rather than pay hackers who wiped its files, a local television station reported on Thursday.

Brookside ENT and Hearing Center's entire system was knocked offline, and the hackers wanted $6,500 for a code to unlock the files, WWMT reported.

William Scalf and John Bizon decided not to pay, because there was no guarantee the code would work or that the hackers would not come back for more, the station said. The partners chose early retirement instead. The FBI is investigating, WWMT said.`,
    { ransom: { status: "refused", amount: 6500, currency: "USD" }, country: "US" },
  ),
  mr(
    "b104",
    "victim's press release: 'we made the decision to pay' 'four bitcoins'; the hospital in Greenfield; Indianapolis-based investigators",
    "Hancock Health statement on ransomware incident",
    `GREENFIELD, Ind. - Hancock Health today provided an update on the ransomware attack on its information systems late last week.

On Thursday night an unknown group encrypted data files on several of our systems. Given an ice and snow storm and one of the worst flu seasons in memory, we needed our systems back as quickly as possible, and after weighing a restore from backup we made the deliberate decision to pay the ransom requested, four bitcoins worth approximately $55,000.

"We were in a very precarious situation," said CEO Steve Long. Life-sustaining systems were not affected, and we have no reason to believe patient data left our network.

Pondurance, an Indianapolis cyber security firm, found the attackers used a vendor's administrative account. The ransomware involved is known as SamSam.`,
    {
      attackers: ["SamSam"],
      ransom: { status: "paid", amount: 4, currency: "BTC" },
      country: "US",
    },
  ),
  mr(
    "b221",
    "wire service (Australian): 'more than half a million' in the lede, '550,000 blood donor applicants' and '1.2 million records' later; '1.74 GB' backup",
    "Half a million Australian blood donors' data leaked online",
    `SYDNEY (AAP) - Personal details of more than half a million blood donors have leaked online after a database backup was left on a public website, the Red Cross Blood Service said on Friday.

The 1.74 GB file held more than 1.2 million records on 550,000 blood donor applicants, including names, addresses, dates of birth, blood types and answers about "at-risk sexual behaviour", security researcher Troy Hunt said.

The Australian Red Cross Blood Service blamed human error by a partner that maintains its website and said all known copies had been deleted. It believes the archive was accessed on 24 October 2015. Affected donors are being notified, and the service is working with AusCERT, a spokesperson said.`,
    { volume: 1.74e9, people: 550000, country: "AU" },
  ),
  mr(
    "b342",
    "weekly roundup: Clop's 'more than 130 organizations' is a campaign total; 'Franklin, Tenn.-based'; an SEC filing",
    "Week in breaches: Clop claims GoAnywhere mass hack, CHS among victims",
    `Healthcare breach roundup - February 16, 2023

1. Clop claims GoAnywhere mass hack. The Russian-speaking ransomware gang Clop says it hacked more than 130 organizations through a flaw in Fortra's GoAnywhere file transfer software, TechCrunch reported on Feb. 15. It offered no proof, and its leak site does not mention Fortra.

2. Community Health Systems reports patient data exposed. Franklin, Tenn.-based Community Health Systems told the Securities and Exchange Commission on Feb. 13 that the breach at its vendor Fortra compromised patients' personal information. It is one of the first victims to come forward.

3. CISA adds the GoAnywhere flaw to its known exploited vulnerabilities catalog and orders agencies to patch by March 3.`,
    { attackers: ["Clop"], country: "US" },
  ),
];

// Round 2, written after round 1's fixes and before the extractor was run on it: other dev articles, other voices.
export const RW4_MONEY_ROUND_2: readonly BankCase[] = [
  mr(
    "b105",
    "US TV-station explainer with Q&A subheads: '20 million patients in 2019' and '1,000 care sites in 21 states' are sizes; a Des Moines affiliate",
    "What to know about the CommonSpirit Health ransomware attack",
    `A ransomware attack on one of the nation's largest health systems could touch millions of Americans. Here is what we know.

What is CommonSpirit Health?
The Chicago-based nonprofit runs 140 hospitals and more than 1,000 care sites in 21 states. It treated 20 million patients in 2019, according to Dignity Health International, a member of the CommonSpirit family.

What happened?
On Oct. 3, CommonSpirit took some computer systems offline "as a precautionary step" after an attack on its network. Electronic health records could not be reached and care was delayed in several regions. MercyOne in Des Moines, one of whose parent companies is CommonSpirit, also took its systems offline.

Was patient data stolen?
That is still unclear, and cybersecurity experts are investigating.`,
    { country: "US" },
  ),
  mr(
    "b120",
    "US local newspaper: an internal memo; 'more than 700,000 patients a year' is a size; La Jolla, Encinitas, Hillcrest and Chula Vista",
    "Scripps diverts stroke and heart patients after weekend cyberattack",
    `Scripps Memorial Hospital La Jolla was among the hospitals caught up in the weekend ransomware attack on Scripps Health's computer network, which cut patients off from the online portal, pushed back appointments set for Monday, May 3, and sent some critical-care patients elsewhere.

Scripps, which treats more than 700,000 patients a year, first played the intrusion down. But an internal memo seen by The San Diego Union-Tribune said information systems at two of its four main hospitals had been infected, as had backup servers in Arizona.

Staff are on paper records, and "telemetry at most sites" was affected. Every Scripps hospital - in La Jolla, Encinitas, Hillcrest and Chula Vista - went on emergency bypass for stroke and heart attack patients, and all trauma cases were diverted from the La Jolla hospital.`,
    { country: "US" },
  ),
  mr(
    "b137",
    "trade journal follow-up: 'more than 100 affected facilities' are sites; dates of access; no head-count given",
    "CommonSpirit lists facilities hit in last fall's ransomware attack",
    `CommonSpirit Health has published the names of more than 100 facilities where patient information may have been exposed in last fall's ransomware attack, the Chicago-based system said.

The attackers had access to its network between Sept. 16 and Oct. 3 and reached files on two file share servers, though not its electronic health records, CommonSpirit said. It detected the attack on Oct. 2.

Names, addresses, dates of birth, diagnosis and treatment information, claims and insurance details were involved, and in a small number of cases Social Security numbers. Scores of CHI Health hospitals and providers are on the list; CHI Health had to reschedule some appointments during the incident. Letters went out by U.S. mail from April 6.`,
    { country: "US" },
  ),
  mr(
    "b141",
    "imaging trade press: ransomware defined as going after data 'to extort money from the company'; chapter 11 filing; 'Florida-based'",
    "Akumin halts most imaging services after ransomware attack",
    `Akumin, a radiology and oncology services provider, has told customers a ransomware attack has left it unable to schedule new patients or reach patient data.

The Florida-based company temporarily suspended most clinical and diagnostic operations and could not see patients at some fixed sites. It gave no timeline for restoring services.

Ransomware is a type of cyberattack that goes after sensitive information such as patient data and uses it to extort money from the company, often by threatening to make the data public.

Akumin has restored some operations, including all oncology services. Separately, it has filed for chapter 11 bankruptcy to restructure its debt, a move it said is unrelated to the attack.`,
    { country: "US" },
  ),
  mr(
    "b219",
    "Indian business wire: a share price '₹5,029.15' and '100 million doses' beside the attack; 'Hyderabad-based'; units in five countries",
    "Dr Reddy's isolates data centres after cyberattack; shares slip",
    `HYDERABAD (Reuters) - Dr Reddy's Laboratories Ltd said on Thursday it had isolated all its data centre services worldwide as a preventive step after detecting a cyberattack, and expected all services to be back within 24 hours.

The Hyderabad-based drugmaker, which has a deal with the Russian Direct Investment Fund to distribute up to 100 million doses of the Sputnik V vaccine in India, said it did not foresee any major impact on its operations, chief information officer Mukesh Rathi said in a filing.

A person aware of the matter described it as a ransomware attack that led to all servers being shut down; plants in the UK, the US, Brazil, India and Russia were affected, ETNow reported.

The company's shares fell as much as 4% before closing 0.4% lower at ₹5,029.15 on the National Stock Exchange.`,
    { country: "IN" },
  ),
  mr(
    "b222",
    "Canadian public broadcaster: a minister's hedged words; 'thousands of appointments'; the province named as 'N.L.'",
    "Cyberattack suspected as N.L. health system cancels thousands of appointments",
    `A suspected cyberattack has disrupted health care across Newfoundland and Labrador, delaying thousands of appointments and procedures, COVID-19 testing among them.

"We may have been the victims of a possible cyberattack by a third party," Health Minister John Haggie told reporters on Monday. The attack, he said, struck "the brain of the data centre" that runs the province's health-care system on Saturday morning.

Sources told CBC News the attack was ransomware, though Haggie would not confirm it. At Eastern Health, the largest of the province's four health authorities, nearly all non-emergency procedures are cancelled, patients cannot be registered and email is down.`,
    { country: "CA" },
  ),
  mr(
    "b228",
    "NHS trade journal: a 'major incident' at a trust; a poll with '34 percent'; another group's warning as background",
    "Wirral trust declares major incident over cyber security",
    `Wirral University Teaching Hospital NHS Foundation Trust has declared a "major incident" for cyber security reasons, cancelling all of today's outpatient appointments and asking the public to attend A&E only in a "genuine emergency".

Business continuity procedures are in place and patient safety is the trust's priority, a spokesperson said. "We will contact our patients as soon as possible to rearrange."

In our LinkedIn poll on health and care cyber security, funding and resources and mandating supplier compliance tied for first place with 34 percent of the vote each.

Last month HC3 warned providers about the Trinity ransomware group and its focus on patient data.`,
    { country: "GB" },
  ),
  mr(
    "b327",
    "storage trade blog: councils named as knock-on; 'nearly 1,500' council breaches as a statistic; a sponsor line",
    "Councils warn residents after ransomware hits medical supplier NRS Healthcare",
    `Nottingham Rehab Supplies (NRS) Healthcare, which supplies medical equipment to a number of UK councils, was hit by a ransomware attack in early April 2024 that took its website offline.

East Lothian, Waltham Forest, Camden and Buckinghamshire councils have since said NRS told them of possible breaches affecting residents. Buckinghamshire confirmed personal data was breached; the others are still investigating.

Keep your data safe with TrueNAS's self-healing technology.

The incident adds to a rising trend: in 2022, UK councils reported nearly 1,500 data breaches.`,
    { country: "GB" },
  ),
  mr(
    "b328",
    "security magazine: '886 million patient records' that were dummy data; 'no patients were affected'; an average cost '$9.2m per incident'; no place",
    "Exposed database held 886 million 'medical records' - all of them test data",
    `A researcher found an unsecured database exposing more than 886 million patient records, but the data turned out to be dummy data.

Jeremiah Fowler and Website Planet traced the password-free trove to Deep 6 AI, a healthcare AI firm, which secured it once told. It held physician notes, encounter IDs and patient IDs in plain text.

Deep 6 AI said no patients were affected. "No real patient data or records were included in this ephemeral test environment," its statement said, adding that the records came from the MIMIC de-identified test data set.

Healthcare still leads every sector for breach costs, which averaged more than $9.2m per incident, according to IBM.`,
    { country: null },
  ),
  mr(
    "b237",
    "wire-style business story: '$68,000 ransom' in the lede; 'more than 31 million' then '31,216,953 customers'; Telegram bots",
    "Star Health says hacker demanded $68,000 after data leak",
    `Star Health Insurance said a hacker had asked it for a $68,000 ransom after a major breach of customer data including medical records, Reuters reported.

The breach is said to include mobile numbers, addresses and pre-existing medical conditions of more than 31 million customers. A hacker calling itself xenZen set up a website showing samples and built Telegram chatbots giving access to the data of 31,216,953 customers, updated through July 2024. The site said it was leaking the customer and insurance claims data of all Star Health India customers.

Star Health has taken legal action against the hacker and Telegram, which said it had deleted the bots.`,
    {
      attackers: ["xenZen"],
      ransom: { status: "demanded-amount", amount: 68000, currency: "USD" },
      people: 31216953,
      country: "IN",
    },
  ),
  mr(
    "b309",
    "dark-web monitoring post with bullet fields: 'Price/Ransom: $100,000'; 'approximately 7 Terabytes (TB)'; '10,000 UK dental practices' are the hub's clients",
    "Hacker offers 7TB CT Dent database for $100,000",
    `Dark Web Monitor
A threat actor on a hacker forum is offering for sale a database said to belong to CT Dent Ltd, an independent dental imaging centre in the UK.
- Size: approximately 7 Terabytes (TB), more than 1 million files.
- Price/Ransom: $100,000.
- Deadline: dump date December 6, 2025; payment by December 21, 2025.
Analysis: CT Dent serves more than 10,000 UK dental practices with cone beam CT scans and X-rays, so a breach at the hub reaches thousands of clinics. The deadline suggests an extortion event.`,
    {
      ransom: { status: "demanded-amount", amount: 100000, currency: "USD" },
      volume: 7e12,
      country: "GB",
    },
  ),
  mr(
    "a120",
    "GP trade journal: 'the 4 August ransomware attack' on a supplier; NHS 111 and NHS England; no figures",
    "Advanced rebuilds Adastra as NHS 111 waits for phased return",
    `Advanced said in an update on 11 August that it was still working to restore its systems after the 4 August ransomware attack.

The company has rebuilt its Adastra 111 system and is completing final assurance steps with the National Cyber Security Centre and NHS England. NHS 111 and other Adastra customers should see a phased return within days, it said.

Until then NHS 111 cannot book patients directly into GP practices, and NHS England has asked practices to take calls rather than redirect patients to 111. "The target of the attack was the third party software provider, not the NHS," NHS England said.`,
    { country: "GB" },
  ),
];

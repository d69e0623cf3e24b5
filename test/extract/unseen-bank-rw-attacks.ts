// Dev articles reworded once more for the attack-type and impact fields: the same facts, names, figures, hedges and
// negations as the dev record (../shared/eval/dev.jsonl), told as another newsroom would (other order, active for
// passive, reported speech, nominalisations such as "the rescheduling of appointments", objects between a verb and its
// particle, datelines). Ids are `qa-rw-<devid>`; labels are copied from that record. Each round was written in full
// before the extractor was run on it.
import type { BankCase, Want } from "./unseen-shapes-bank";

const none = { status: "not-mentioned" as const, amount: null, currency: null };

/** A relevant dev article reworded: labels copied from its record, no attacker, ransom or numbers unless given. */
const qa = (id: string, shape: string, title: string, text: string, want: Omit<Want, "relevant">): BankCase => ({
  id: `qa-rw-${id}`,
  shape,
  title,
  text,
  want: { relevant: true, attackers: [], ransom: none, people: null, volume: null, attacks: [], impact: [], ...want },
});

/** Round 1, half A of the dev split. */
const ROUND_1_A: BankCase[] = [
  qa(
    "a035",
    "dateline; leak told as 'put the data online' and 'released'; systems told as 'access ... remained a problem'",
    "Ontario hospitals' stolen data posted online after ransom refusal, Daixin Team says",
    `WINDSOR, Ont. - The cybercrime gang Daixin Team has publicly taken responsibility for the theft of millions of records from five hospitals in southwestern Ontario, and says it put the data online when its ransom demands were not met.

Hospitals in Windsor, Sarnia, Leamington and Chatham-Kent were among those targeted. The Windsor Star says it has obtained what is described as a link to the leaked files, which sit on the dark web and expose the personal details of patients.

Publication of the compromised data has been confirmed by the hospitals, though they have not officially confirmed Daixin Team's involvement. Windsor Regional Hospital chief executive David Musyj said the attack was the work of a sophisticated, organized operation rather than a lone individual.

Since the October 23 cyberattack, the hospitals affected - Bluewater Health in Sarnia, Chatham-Kent Health Alliance, Windsor-Essex hospice, Erie Shores HealthCare, Hotel-Dieu Grace Healthcare and Windsor Regional Hospital - have still been struggling to access their systems. As well as disrupting their digital systems, the attackers walked off with large volumes of staff and patient information, which they released after the hospitals declined to give in to the ransom demand.

Local police, the Ontario Provincial Police, the FBI and INTERPOL are all involved in the investigation. The gang has previously hit a German water metering company, AirAsia, Missouri's Fitzbiggon Hospital and OakBend Medical Centre in Texas.`,
    {
      attackers: ["Daixin Team"],
      victims: [
        "Bluewater Health",
        "Chatham-Kent Health Alliance",
        "Windsor-Essex hospice",
        "Erie Shores HealthCare",
        "Hotel-Dieu Grace Healthcare",
        "Windsor Regional Hospital",
      ],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "CA",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "data-leaked"],
    },
  ),
  qa(
    "a075",
    "dateline; 'lost both their computer and their phone systems'; unconfirmed demand passed around",
    "Ryuk suspected as UHS hospitals lose computers and phones",
    `KING OF PRUSSIA, Pa. - Universal Health Services (UHS), the Fortune 500 hospital operator that runs more than 400 facilities across the US, Puerto Rico and the UK, has been hit by a large-scale cyberattack that several of its employees say bears the marks of the Ryuk ransomware operators.

According to one employee's Reddit post, it started early on Sunday, when systems began shutting themselves down, antivirus programs stopped working and hard drives went into overdrive. Staff were told to turn off every device and leave them off.

At least 80 UHS facilities in the US, in states from California and Florida to North Dakota and in Washington D.C., lost both their computer and their phone systems. Its sites in Puerto Rico and the UK have not been affected so far.

One worker said encrypted files were being given the .RYK extension, typical of the Ryuk family, which also leaves a ransom note in a text file. Reddit commenters are passing around a demand of USD50 million in Bitcoin, which has not been confirmed.

In a brief statement on Monday, UHS said an IT security issue had taken its IT network offline and that it was working with security partners to restore IT operations as quickly as possible. Patient care continues to be delivered safely and effectively, it said, and no patient or employee data appears to have been accessed.`,
    {
      attackers: ["Ryuk"],
      victims: ["Universal Health Services (UHS)"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 50000000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "a096",
    "leak told as 'posted ... on the dark web' and 'put files on a dark web forum'; demand beside the leak",
    "Stolen Medibank files, including one labelled 'abortions', surface on dark web",
    `10 Nov 2022

Hackers have posted sensitive customer data taken from Medibank on the dark web, among it a file called 'abortions', while demanding close to $10m in ransom from the Australian health insurer.

The leak follows last month's major cyberattack on Medibank, which hit 9.7m Australians and has been linked to the Russian ransomware group REvil.

The insurer said in an update on 9 November that it had become aware that the criminal had put files on a dark web forum containing customer data believed to have come from its systems. Names, addresses, dates of birth, phone numbers and email IDs are among the published details, and for some customers Medicare and passport numbers too.

Medibank said it would keep working around the clock to tell customers what data it believes was stolen and what they should do.

Police are investigating. The Guardian reports that the gang initially demanded $10m and then appeared to drop its price to $9.7m, or $1 for each affected customer, and that the group also posted the 'abortions' file to the blog it uses to publish sensitive data.

Optus, an Australian telecoms company, recently suffered a similar breach that may have affected up to 9m customers.`,
    {
      attackers: ["REvil"],
      victims: ["Medibank"],
      type: "insurer",
      ransom: { status: "demanded-amount", amount: 10000000, currency: "USD" },
      people: 9700000,
      country: "AU",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  qa(
    "a124",
    "leak told as 'has posted several spreadsheets ... on its leak site' beside a future release; demand size unclear",
    "Money Message claims PharMerica hack as 5.8 million are notified",
    `Institutional pharmacy PharMerica says a hacking incident in March exposed the personal data of close to 6 million current and deceased patients.

In letters to 5.8 million people, the Kentucky company said the hackers obtained names, birthdates and Social Security numbers as well as medication and health insurance details. It told patients it spotted suspicious activity on its network on March 14, after the intruders had been inside its systems for two days.

The Money Message ransomware group has claimed the attack. It has posted several spreadsheets it says contain patient data on its dark web leak site, along with what appear to be internal business documents such as market models and balance sheets, and says a 4.7-terabyte database with at least 1.6M records of personal data will be revealed soon.

Neither the size of the ransom demand nor the number of databases accessed is clear. A spokesperson for the group told databreaches.net that there had been negotiations but that the talks had reached an impasse.

KKR bought PharMerica for $1.4 billion in 2017 and later combined it with BrightSpring Health Services.`,
    {
      attackers: ["Money Message"],
      victims: ["PharMerica"],
      type: "pharmacy",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 4700000000000,
      people: 5800000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  qa(
    "b111",
    "demand in bitcoins per machine and for all; 'e-mail remained offline'; paper in a quoted statement",
    "MedStar attackers want 45 bitcoins to unlock every computer, paper reports",
    `The attack on MedStar Health's computer systems is no longer merely suspected of being ransomware. The hackers are reportedly offering the Columbia, Maryland-based health system a 'bulk discount', the Baltimore Sun reported after seeing a copy of their demand: 45 bitcoins, about $18,500, for the keys to all of the infected computers, or 3 bitcoins, some $1,250, to unlock a single machine.

As of 4 p.m. EDT Wednesday no payment had been made, the Sun said.

The Baltimore Business Journal reported that MedStar was 'nearing full restoration' of its three primary IT systems, although e-mail remained offline across the organization and the health system could not confirm that technology was working in specialty departments such as radiation oncology.

MedStar, which first acknowledged an outage on Monday without mentioning ransomware, said on Tuesday evening that it had been hit by 'malware'. 'We are working today to bring back the majority of our IT systems,' the statement read. 'Where necessary, we are relying on backup systems, including paper documentation, to support our clinical operations.'`,
    {
      victims: ["MedStar Health"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 45, currency: "BTC" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  qa(
    "b120",
    "dateline; a list of effects after 'forced ... to'; 'went on emergency bypass'; paper told as 'working from paper records'",
    "Ransomware forces Scripps Health to divert critical patients and go to paper",
    `SAN DIEGO - A ransomware attack over the weekend on the computer network of Scripps Health seriously disrupted care, with the health care giant cutting patients off from its online portal, postponing appointments set for Monday, May 3, and sending some critical-care patients to other hospitals. Scripps Memorial Hospital La Jolla was among the sites hit in the May 1 attack.

Scripps, which treats more than 700,000 patients a year, initially downplayed the intrusion, and on May 2 it declined to confirm that ransomware was involved. But an internal memo seen by The San Diego Union-Tribune showed that information systems had been infected at two of its four main hospitals, including backup servers in Arizona.

With electronic medical records reportedly down, medical staff have been working from paper records, and 'telemetry at most sites' was affected as well, according to the memo. A person familiar with the situation, who asked not to be named, said access to medical imaging was also affected.

All four Scripps hospitals - in La Jolla, Encinitas, Hillcrest and Chula Vista - went on emergency bypass for stroke and heart attack patients, who were taken elsewhere wherever possible.`,
    {
      victims: ["Scripps Health", "Scripps Memorial Hospital La Jolla"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  qa(
    "b136",
    "subsidiaries listed; 'connectivity to its network was affected'; theft told as 'accessed or acquired'",
    "Arkansas behavioral health provider Arisa Health notifies 375,436 of data theft",
    `Arisa Health, an Arkansas provider of mental and behavioral health services, is notifying more than 375,000 people that their sensitive personal and medical information may have been compromised in a recent data theft incident. At least one proposed federal class action has already been filed over the breach.

The provider reported a hacking incident involving a network server to federal regulators on July 19, putting the number affected at 375,436. According to a notice on its website, subsidiaries including Counseling Associates, Inc., Ozark Guidance Center, Inc., Professional Counseling Associates Inc. and Northeast Arkansas Community Mental Health Center, which does business as Mid-South Health Systems, were also affected.

Connectivity to Arisa Health's network was affected by a cybersecurity incident on March 18, the provider said. Its investigation found that an unauthorized individual had accessed or acquired certain files containing personal information between March 1 and March 18. Those files may include names, addresses, Social Security numbers, medical record numbers, health insurance numbers and medical histories.`,
    {
      victims: [
        "Arisa Health",
        "Counseling Associates, Inc.",
        "Ozark Guidance Center, Inc.",
        "Professional Counseling Associates Inc.",
        "Northeast Arkansas Community Mental Health Center",
      ],
      type: "mental-health",
      people: 375436,
      country: "US",
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "b137",
    "nominalisation 'the rescheduling of some appointments was necessary'; 'said last fall' is reported time, not background",
    "CommonSpirit lists more than 100 facilities hit in last fall's ransomware attack",
    `CommonSpirit Health has published a full list of more than 100 facilities where patient information could have been exposed in the ransomware attack it suffered last fall, though the Chicago-based system says it has no evidence that any patient data has been misused.

The attack, detected on Oct. 2, affected a number of facilities, including scores of CHI hospitals and healthcare providers. The rescheduling of some appointments was necessary because of the incident, CHI Health said last fall. CommonSpirit, the parent of Catholic Health Initiatives and Dignity Health, found that the attackers had access to its system between Sept. 16 and Oct. 3.

The attackers did not get into the system's electronic health records, it said, but they did reach files on two file share servers containing individuals' names, addresses and dates of birth, as well as diagnosis, treatment, billing and insurance information. In a small number of cases Social Security numbers were accessed.

CommonSpirit began notifying affected individuals by U.S. mail on April 6.`,
    {
      victims: ["CommonSpirit Health", "CHI Health"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled"],
    },
  ),
  qa(
    "b138",
    "dateline; 'services had been scaled back while the systems were down'; refusal told as 'will not pay any extortion'",
    "Sky Lakes refuses extortion as ransomware bill mounts",
    `KLAMATH FALLS, Ore. - Sky Lakes Medical Center will not pay any extortion to the attackers behind last week's ransomware attack, chief executive Paul Stewart said, though he warned the financial hit to the medical center would be 'detrimental'.

The hospital was one of many across the country struck by the same cyberattack. In an emailed statement Stewart said some elective and outpatient services had been scaled back while the hospital's systems were down, and that it was having to buy PCs and servers it had not budgeted for and pay extra labor costs.

Clinical systems are being brought back online in order of priority, Stewart and spokesman Tom Hottman said Friday, and the hospital hopes to have all of them running by the end of next week. Accounting, billing and email will take longer.`,
    {
      victims: ["Sky Lakes Medical Center"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline"],
    },
  ),
  qa(
    "b141",
    "passive 'have been temporarily postponed'; 'unable to schedule new patients or access patient data'; 'patients could not be seen'",
    "Ransomware halts most Akumin clinical and diagnostic work",
    `Radiology and oncology provider Akumin has told customers that a recent ransomware attack has left it unable to schedule new patients or access patient data.

Most of its clinical and diagnostic operations have been temporarily postponed until its systems can be safely and securely restored, the Florida-based company said in a statement to customers, and as a result patients could not be seen at some of its fixed-site locations. It could not give an estimated timeline for the restoration of its services.

Akumin said suspicious activity in its network turned out, on investigation, to be a ransomware incident. Some operations, including all oncology services, have been restored and some patients are being treated again, but imaging results from prior years may still be unavailable because systems are coming back on different timelines.

Separately, Akumin has filed for chapter 11 bankruptcy to restructure its debt, a move it says is unrelated to the attack.`,
    {
      victims: ["Akumin"],
      type: "imaging",
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "services-closed"],
    },
  ),
  qa(
    "b228",
    "'all outpatient appointments booked for today have been cancelled'; a warning about another gang as background",
    "Wirral hospital cancels all of today's outpatient appointments in cyber incident",
    `Wirral University Teaching Hospital has declared a 'major incident' 'for cyber security reasons', and the incident is still ongoing.

All outpatient appointments booked for today have been cancelled, a spokesperson said, and the public is being asked to stay away from A&E unless it is a 'genuine emergency'. Patients should consider NHS 111, a GP, a pharmacy or a walk-in centre instead.

Business continuity procedures are in place and patient safety remains the trust's priority, the statement said: 'we will contact our patients as soon as possible to rearrange.'

Last month the Health Sector Cybersecurity Coordination Center (HC3) warned providers about the Trinity Ransomware group, and OmniIndex chief executive Simon Bain spoke of the 'growing threat' of attacks that can keep hospital infrastructure 'hostage and immobilised'.`,
    {
      victims: ["Wirral University Teaching Hospital"],
      type: "hospital",
      country: "GB",
      attacks: ["unknown"],
      impact: ["appointments-cancelled"],
    },
  ),
  qa(
    "b231",
    "wire copy; 'Thirty servers ... were encrypted'; 'IT is still not fully back up and running'; 'had to be taken to a distant hospital'",
    "Trail in Dusseldorf hospital hack leads to Russia, ministry says",
    `DUSSELDORF (dpa) - A possible trail from the hacker attack on Dusseldorf University Hospital in early September leads to Russia, the North Rhine-Westphalia Ministry of Justice told the state parliament's legal committee on Tuesday.

The attackers planted malware known as 'DoppelPaymer' in the hospital's systems. Private security firms say this so-called encryption Trojan has been used against companies and institutions around the world by a group of hackers based in the Russian Federation.

Thirty servers at the university hospital were encrypted in the attack two weeks ago. The blackmailers appear to have been aiming at Dusseldorf's university instead: the blackmail letter they left was addressed to Heinrich Heine University. When told they had hit the wrong target, they handed over the key to unlock the server. The hospital's IT is still not fully back up and running.

Prosecutors are also investigating negligent homicide after a patient died who, because of the attack, had to be taken to a distant hospital.`,
    {
      attackers: ["DoppelPaymer"],
      victims: ["Dusseldorf University Hospital"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "DE",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  qa(
    "b239",
    "'All appointments were cancelled'; 'emergency care was no longer provided'; 'the ambulance ... had to be diverted'",
    "Patient's death linked to ransomware attack on Dusseldorf hospital",
    `A critically ill woman may have died as a result of a ransomware attack on the systems of a hospital in Dusseldorf, having had to be taken to another hospital.

University Hospital Dusseldorf announced on September 10 that it was suffering a major IT outage and could be reached only to a limited extent. All appointments were cancelled, patients were told to stay away, and emergency care was no longer provided.

On Thursday the hospital attributed the outage to a cyber attack and said its IT staff were slowly restoring systems and access to data. The perpetrators were not demanding a ransom, according to the hospital, which said the attackers may have entered through a vulnerability in widely used commercial software.

On the night of 11 to 12 September the ambulance bringing the patient to the university hospital had to be diverted to Wuppertal because of the attack, delaying her treatment by an hour. Police are investigating negligence, broadcaster NTV reports.

According to a report by the Attorney General, the ransomware encrypted 30 servers at the clinic and left a message asking for the perpetrators to be contacted, with no further demand. It was addressed to Heinrich Heine University; after police told the blackmailers that a hospital had been hit, they are said to have handed over the key.`,
    {
      victims: ["University Hospital Dusseldorf"],
      type: "hospital",
      country: "DE",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "services-closed"],
    },
  ),
  qa(
    "b327",
    "'knocked the company's website offline' (object between verb and particle); councils' uncertainty",
    "Councils warn residents after ransomware hits equipment supplier NRS Healthcare",
    `A ransomware attack in early April 2024 on Nottingham Rehab Supplies (NRS) Healthcare, which supplies medical equipment to a number of UK councils, knocked the company's website offline and has raised fears that residents' personal data may have been exposed.

East Lothian, Waltham Forest, Camden and Buckinghamshire councils are among those that say NRS has told them of possible data breaches affecting residents. East Lothian Council said on May 14 that it had not yet established whether any personal data had been compromised, and Waltham Forest said on May 16 it could not yet say whether residents' data was affected. Buckinghamshire Council confirmed that personal data was breached as a result of the attack.

The councils have urged residents to be wary of unsolicited emails, texts, calls and home visits.`,
    {
      victims: ["Nottingham Rehab Supplies (NRS) Healthcare"],
      type: "pharma-medtech",
      country: "GB",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "b331",
    "passive 'were taken down ... by the hacker group'; a list of domains",
    "Anonymous Sudan knocks Danish hospital websites offline",
    `Copenhagen - As many as nine Danish health-sector websites were taken down on Sunday afternoon by the hacker group Anonymous Sudan, a week after a similar attack on several Danish airports.

'Some hospitals in Denmark have been attacked due to Quran burnings, and more will be attacked in the hours to come,' the group said on Telegram.

The sites hit were regionh.dk, amagerhospital.dk, bispebjerhospital.dk, bornholmshospital.dk, frederiksberghospital.dk, gentoftehospital.dk, rigshospitalet.dk, herlevhospital.dk and andhvidovrehospital.dk.

Swedish security firm TrueSec said in a report last week that Anonymous Sudan is almost certainly, contrary to its claims, a Russian group with links to the Russian government.`,
    {
      attackers: ["Anonymous Sudan"],
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
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "a106",
    "theft only in a quoted hedge 'may have been taken from our systems'",
    "PharMerica notifies 5,815,591 people of March breach",
    `National pharmacy network PharMerica says personal information belonging to 5,815,591 individuals was exposed in a data breach in March, and it has begun writing to those affected.

According to the notification letter, a copy of which was filed with the Maine Attorney General's Office, the company became aware of suspicious activity on its computer network on March 14, 2023, started an internal investigation and brought in cybersecurity advisors. 'The investigation established that our computer systems were accessed by an unknown third party between March 12-13, 2023, and some personal information may have been taken from our systems in the incident.'

Names, addresses, dates of birth, Social Security numbers, medications and health insurance details were within the threat actors' reach. PharMerica, the second-largest institutional pharmacy services company with $1.9 billion in revenue, believes the information has not been used for fraud or identity theft.`,
    {
      victims: ["PharMerica"],
      type: "pharmacy",
      people: 5815591,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  qa(
    "b319",
    "dateline; 'No ransom was paid'; prevented encryption and a conditional interruption",
    "Hackers stole files on 1.2 million Tampa General patients; hospital paid no ransom",
    `TAMPA, Fla. - Tampa General Hospital says hackers made off with sensitive information on an estimated 1.2 million patients, including names, birthdates, Social Security numbers, treatment records, phone numbers and insurance details.

The hospital said in a release on Wednesday afternoon that it first noticed unusual activity on its computer systems on May 31. A third-party forensic firm found that the intruders had got into TGH's network and taken files over roughly two and a half weeks, from May 12 to May 30.

No ransom was paid to the hackers, a hospital spokesperson said.

'Fortunately, TGH's monitoring systems and experienced technology professionals effectively prevented encryption, which would have significantly interrupted the hospital's ability to provide care for patients,' the hospital said.

TGH has reported the attack to the FBI and will notify by mail everyone whose information may have been stolen.`,
    {
      victims: ["Tampa General Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: 1200000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
    },
  ),
  qa(
    "a023",
    "dateline; insider told as 'snooped in the records'; a phishing headline in related links",
    "Saskatchewan health region fired employee who snooped in 14 patients' records",
    `REGINA - Prince Albert Parkland Health Region dismissed an employee who was caught improperly viewing patients' medical records, an investigation and audit by Saskatchewan's Information and Privacy Commissioner has found.

The health region, which provides care in the province, discovered during an internal audit on June 14 that the worker had 'snooped' in the records of 14 patients, including her own and several family members'. She had already been suspended for five days in May for similar conduct, when she looked at information on two patients in the pharmaceutical information program the hospital uses.

Commissioner Ronald J. Kruzeniski said Parkland acted appropriately to contain the breach and was not at fault, and that the root cause was the employee's deliberate breach of privacy.

More cybersecurity coverage:
DNC plans fake phishing attacks to test its employees`,
    {
      victims: ["Prince Albert Parkland Health Region"],
      type: "hospital",
      people: 14,
      country: "CA",
      attacks: ["insider"],
    },
  ),
  qa(
    "a085",
    "threat to release photos (no leak); the gang's other attacks and demand as background",
    "REvil threatens to publish cosmetic surgery patients' photos",
    `Hackers have threatened to release before-and-after photographs of patients stolen from a well-known UK chain of cosmetic surgery and weight loss hospitals.

The Hospital Group, also known as Transform Hospital Group, has confirmed it was hit by a ransomware attack. It told the BBC it could confirm a data security breach of its IT systems: 'Patients' payment card details have not been compromised, but at this stage we believe some patients' personal data may have been accessed.' The incident has been reported to the Information Commissioner's Office.

REvil, the group known for hacking celebrity law firm Grubman Shire Meiselas & Sacks, claimed the attack on its dark web site, saying it had stolen 900 gigabytes of patient photographs.

In May the group, also known as Sodinokibi, claimed to have taken 756 gigabytes from that law firm and demanded $42 million (£31m). It was also behind the New Year's Eve 2019 ransomware attack on currency seller Travelex.

Its malware locks up victims' systems, which are useless until a ransom is paid.`,
    {
      attackers: ["REvil"],
      victims: ["The Hospital Group", "Transform Hospital Group"],
      type: "cosmetic-surgery",
      volume: 900000000000,
      country: "GB",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
];

/** Round 1, half B of the dev split. */
const ROUND_1_B: BankCase[] = [
  qa(
    "a068",
    "'copied ... and then locked up its systems'; systems back by the end of the day; 'dumped part of ... data'",
    "Maze Team publishes data of COVID trial firm that would not pay",
    `April 10, 2020

Hammersmith Medicines Research (HMR), the London pharmacology firm that runs phase 1 and early phase 2 clinical trials and stands ready to test COVID-19 therapeutics, has told volunteers about an attack by Maze Team in March.

On March 14 Maze Team copied HMR's data and then locked up its systems, demanding a ransom for a decryption key. Even though it was a Saturday, HMR stopped the attack and had its computer systems and email back up by the end of the day. It did not pay, and its managing and clinical director told ComputerWeekly it had never meant to: he would rather see the business close than pay these people a ransom.

On March 18 Maze Team said in a press release that it would leave medical organisations alone until the pandemic eased. Three days later it dumped part of HMR's data, exposing a great deal of personal and medical information about some of the study volunteers.`,
    {
      attackers: ["Maze"],
      victims: ["Hammersmith Medicines Research (HMR)"],
      type: "research",
      ransom: { status: "refused", amount: null, currency: null },
      country: "GB",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "data-leaked"],
    },
  ),
  qa(
    "a070",
    "dateline; paper told as 'working manually'; systems 'began malfunctioning' and 'were affected'; hedged ransomware",
    "AIIMS Delhi runs manually after suspected ransomware attack",
    `NEW DELHI - Every department at the All India Institute of medical Sciences (AIIMS) has been working manually since its servers began malfunctioning at 7 a.m., in what the hospital says may have been a ransomware attack.

The National Infomatics Centre, which is restoring the system, told the hospital it could be a ransomware attack, the hospital said in an evening statement, adding that the appropriate authorities would investigate. Help is being sought from CERT-In to bring the digital services back.

The appointment, billing and report generation systems were affected, along with the smart lab. Long queues formed at every department of the city's biggest referral hospital, which sees 1.5 million outpatients and 80,000 inpatients a year, with the registration section worst hit.`,
    {
      victims: ["All India Institute of medical Sciences (AIIMS)"],
      type: "hospital",
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  qa(
    "a083",
    "leak 'has published ... after the company declined to pay'; 'the Maze ransomware group' as a descriptor only; 'no downtime'",
    "Maze leaks vaccine trial volunteers' records after HMR rejects ransom",
    `The Maze hacking group has published sensitive data on medical trial volunteers taken from Hammersmith Medicines Research (HMR), a UK research firm standing by to develop a COVID-19 vaccine, after the company declined to pay its ransom demand.

The stolen records include identity documents, medical histories and details of the vaccination studies volunteers took part in. HMR's security team spotted the 'severe attack' on 14th March and fought it off quickly, restoring the firm's computer systems the same day. 'We had no downtime,' Managing and Clinical Director Malcolm Boyce told ComputerWeekly.

The hackers sent the company stolen information on more than 2,300 patients, Boyce said, including copies of passports and driving licences, medical questionnaires and national insurance numbers, mainly to prove, alongside a ransom demand, that they had reached its sensitive data. HMR had no intention of paying, he said.

After the attack, the Maze ransomware group publicly promised to stop attacking medical organisations until the virus situation had stabilised.`,
    {
      attackers: ["Maze"],
      victims: ["Hammersmith Medicines Research (HMR)"],
      type: "research",
      ransom: { status: "refused", amount: null, currency: null },
      people: 2300,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  qa(
    "a084",
    "dateline; 'have had its computers encrypted'; 'urgent surgery cases and X-ray exams ... were cancelled'; 'paper charts'",
    "Hive ransomware hits Ohio's Memorial Health System; surgeries cancelled",
    `MARIETTA, Ohio - The nonprofit Memorial Health System has had its computers encrypted in what appears to be an attack by the Hive ransomware gang, and staff are working with paper charts.

IT noticed the attack early on Sunday morning when parts of the infrastructure stopped responding normally. The network runs three hospitals in Ohio and West Virginia - Marietta Memorial Hospital, Selby General Hospital and Sistersville General Hospital - as well as outpatient and provider clinics.

The attack disrupted clinical and financial operations, and urgent surgery cases and X-ray exams scheduled for Monday were cancelled.

President and CEO Scott Cantley said on Sunday that no patient or employee data had been compromised and that an investigation was under way. But BleepingComputer has seen evidence that the attackers took databases holding information on 200,000 patients, including names, Social Security numbers and dates of birth.`,
    {
      attackers: ["Hive"],
      victims: [
        "Memorial Health System",
        "Marietta Memorial Hospital",
        "Selby General Hospital",
        "Sistersville General Hospital",
      ],
      type: "hospital",
      people: 200000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  qa(
    "a086",
    "dateline; phishing told as 'opened an email that gave hackers access'; records 'were not accessed'",
    "Navicent Health notifying 1,400 patients after employee opened phishing email",
    `MACON, Ga. - Navicent Health has started notifying people who may have been affected after an employee opened an email that gave hackers access to sensitive information on more than 1,400 patients, two months after the hospital discovered it.

The hospital learned of the phishing email on June 24, according to an Aug. 23 news release. The employee probably opened it between June 22-24; the employee's password was changed immediately and security controls were strengthened.

The hospital notified the FBI and hired a national forensics firm. Navicent's electronic medical record systems were not accessed and no clinical records were involved, it said.`,
    {
      victims: ["Navicent Health"],
      type: "hospital",
      people: 1400,
      country: "US",
      attacks: ["phishing"],
    },
  ),
  qa(
    "a097",
    "'took its systems offline'; a payment to prevent 'the publication of' stolen data (a nominalised threat, no leak)",
    "Change Healthcare said to have paid ALPHV $22 million",
    `U.S. healthcare giant Change Healthcare appears to have paid $22 million in extortion to the notorious BlackCat ransomware group, also known as ALPHV, as it works to restore services after a cyberattack that has disrupted prescription drug services nationwide for weeks.

The intrusion began knocking out key healthcare services in the third week of February as the company took its systems offline. BlackCat was soon revealed to be behind the attack.

On March 1 a cryptocurrency address tied to BlackCat received a single transaction of about $22 million. A BlackCat affiliate then complained in a post that Change Healthcare had paid the $22 million ransom to get a decryption key and to prevent the publication of four terabytes of stolen data, but that BlackCat had cheated the affiliate out of its share and that the affiliate still held the sensitive data.`,
    {
      attackers: ["ALPHV"],
      victims: ["Change Healthcare"],
      type: "health-it-vendor",
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      volume: 4000000000000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "a111",
    "'shut its systems down'; 'still cannot offer emergency care' (services-closed told as inability)",
    "Christmas Eve LockBit attack shuts emergency departments at three German hospitals",
    `Emergency care at three hospitals of the Katholische Hospitalvereinigung Ostwestfalen (KHO) network in Germany has been disrupted by a LockBit ransomware attack on the morning of Christmas Eve, BleepingComputer reports.

The attackers got into the hospitals' IT infrastructure and encrypted data, after which KHO shut its systems down straight away to stop further compromise. Initial checks point to Lockbit 3.0, the network said in a machine-translated statement, adding that it could not yet say how long it would take to resolve.

Franziskus Hospital Bielefeld, Mathilden Hospital Herford and Sankt Vinzenz Hospital Rheda-Wiedenbruck still cannot offer emergency care, although clinic operations and patient treatment there have not been affected. LockBit has not yet listed KHO on its dark web leak site.`,
    {
      attackers: ["LockBit"],
      victims: [
        "Katholische Hospitalvereinigung Ostwestfalen",
        "Franziskus Hospital Bielefeld",
        "Mathilden Hospital Herford",
        "Sankt Vinzenz Hospital Rheda-Wiedenbruck",
      ],
      type: "hospital",
      country: "DE",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  qa(
    "a120",
    "systems-offline told as 'until the systems are back online'; NHS named as not the target",
    "Advanced rebuilds Adastra after ransomware; NHS 111 return expected within days",
    `12 August 2022

Advanced said on 11 August that it was still restoring its systems after the ransomware attack of 4 August. The company has rebuilt its Adastra 111 system and is working with the National Cyber Security Centre and NHS England on final assurance steps before the service comes back, which it expects to happen in phases over the next few days.

NHS 111 uses Advanced's Adastra system to reach patient information, refer patients to their GP and dispatch ambulances. Until the systems are back online, NHS 111 cannot book patients directly into GP practices or access hubs, and practices have been told to expect more calls.

NHS England said the target of the attack was the third-party software provider, not the NHS.`,
    {
      victims: ["Advanced"],
      type: "health-it-vendor",
      country: "GB",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "b213",
    "regulator's fine (no ransom); theft told as 'was exfiltrated'; 'staff were reportedly unable to access patient records'",
    "ICO fines Advanced £3.07m over 2022 ransomware attack",
    `27 March 2025

The Information Commissioner's Office has fined Advanced Computer Software Group Ltd (Advanced) £3.07m for security failings that put the personal information of 79,404 people at risk.

Advanced provides IT and software services to the NHS and other healthcare providers. The fine relates to a ransomware incident in August 2022 in which hackers entered certain systems of its health and care subsidiary through a customer account without multi-factor authentication. At the time, critical services such as NHS 111 were reported to be disrupted and other healthcare staff were reportedly unable to access patient records.

The regulator's investigation found that the personal information of 79,404 people was exfiltrated, including details of how to get into the homes of 890 people receiving care at home. Advanced has accepted the decision and agreed to pay the reduced fine without appeal.`,
    {
      victims: ["Advanced Computer Software Group Ltd (Advanced)"],
      type: "health-it-vendor",
      people: 79404,
      country: "GB",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "b234",
    "'reverted to paper records'; 'new patients were turned away'; 'had not been made public'; other firms' ransoms as background",
    "Japanese hospital stopped taking new patients for two months after ransomware",
    `Handa Hospital, a municipal hospital in the small western Japanese town of Tsurugi, was hit by ransomware at the end of October.

Many of the hospital's printers suddenly began printing an English-language message saying the electronic records of around 85,000 patients had been stolen and encrypted, the Mainichi Shimbun reported at the time, and the hackers threatened to leak them unless a ransom was paid. Handa refused to pay and said the records had not been made public.

Daily operations were nonetheless paralysed immediately, as the hospital had no way left to calculate medical fees, and with no paper copies of the records, doctors were unable to check patients' basic details, past treatments or medication.

For a time staff reverted to paper records, and new patients were turned away for two months until normal operations resumed on January 4, head of administration Toshiya Maruzasa told the Japan Times.

Among companies that paid ransoms last year to get their operations unblocked were Colonial Pipeline and the meat processor JBS.`,
    {
      victims: ["Handa Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: 85000,
      country: "JP",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "paper-records", "services-closed"],
    },
  ),
  qa(
    "b245",
    "dateline; theft told as 'paid ... to retrieve sensitive information'; hedged access",
    "LifeLabs paid hackers to recover data on 15 million customers",
    `TORONTO - Canadian lab testing company LifeLabs says it paid cyber criminals to retrieve sensitive information on millions of customers after an attack on its computer systems.

Information on about 15 million customers, most of them in B.C. and Ontario, may have been accessed, president Charles Brown said in a letter to customers. The company said the payment was made 'in collaboration with experts familiar with cyberattacks and negotiations with cyber criminals.' The letter does not say who was behind the attack.

B.C. Health Minister Adrian Dix said the province learned of the breach on Oct. 28. The privacy commissioners of Ontario and British Columbia are investigating. Customers' names, addresses, birthdates, logins and passwords, health card numbers and lab test results were affected, the letter says.`,
    {
      victims: ["LifeLabs"],
      type: "laboratory",
      ransom: { status: "paid", amount: null, currency: null },
      people: 15000000,
      country: "CA",
      attacks: ["data-theft", "extortion"],
    },
  ),
  qa(
    "b326",
    "dateline; 'took its clinical network offline' in a list; threats and proof thumbnails (no leak)",
    "Hunters International emails Fred Hutch patients with extortion threats",
    `SEATTLE - The ransomware gang that stole information from Fred Hutchinson Cancer Center is now writing to individual patients, threatening to publish their personal details unless they pay.

The cancer center, which runs 10 clinical sites in the region, said earlier this month that its network was breached on November 19. It quarantined the affected servers and took its clinical network offline, notified federal authorities and hired a forensic security firm.

Hunters International, a new ransomware group, claimed the attack on December 15 and listed Fred Hutchinson on its dark web extortion portal. It threatened to leak 533.1 GB of data and posted thumbnails of documents it says it exfiltrated, Bleeping Computer reported.

In emails to patients, the group claims to hold names, Social Security numbers, medical histories and lab results of more than 800,000 people, and directs them to a site where they are told to pay $50 to keep their data from being sold, The Seattle Times reported.`,
    {
      attackers: ["Hunters International"],
      victims: ["Fred Hutchinson Cancer Center"],
      type: "clinic",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 533100000000,
      people: 800000,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  qa(
    "a112",
    "insider told as 'a former employee improperly accessed'; a hedged 'may have been stolen' in a letter",
    "Former employee at Florida's Community Health Centers viewed 94 patients' data",
    `A hospital in central Florida has sent breach notification letters to 94 patients after a former employee improperly accessed their names, dates of birth, annual income and Social Security numbers.

Channel 9 News heard of the breach from a former patient of a Community Health Centers (CHC) hospital facility who had received a letter saying her Protected Health Information may have been stolen. The employee's access to the CHC patient database was removed once the breach was discovered, and her employment was terminated.

It is still unclear whether she viewed the records out of curiosity or to use the data for personal gain. CHC is offering all 94 patients a year of identity theft resolution services and credit monitoring.`,
    {
      victims: ["Community Health Centers (CHC)"],
      type: "hospital",
      people: 94,
      country: "US",
      attacks: ["insider"],
    },
  ),
];

export const RW_ATTACKS_BANK: BankCase[] = [...ROUND_1_A, ...ROUND_1_B];

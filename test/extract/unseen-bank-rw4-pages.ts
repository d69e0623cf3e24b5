// Unseen bank, fourth series of whole pages (q-pages, 13th session): dev articles no page bank had reworded yet, told
// again in new sentences (same facts, names, figures in their written form, hedges and negations; labels copied from
// the dev record), each in the voice of one kind of newsroom on purpose: a US local newspaper, a wire service
// (attribution at the end, "said on Tuesday"), a UK NHS trade journal, a security blog (group first, IOCs, leak-site
// screenshots described), a translated European outlet, a victim's press release or notification letter, a
// tracker/leak-site post, a weekly roundup. Furniture names other groups, victims and sums on purpose.
// `pages-rw4-neg-*` cases are invented hard negatives (every name and figure made up) of kinds the dev set has. Labels
// follow ../shared/eval/README.md. Each round was written in full before the extractor was run on it.
import { type BankCase, notRelevantCases, relevantPageCases } from "./unseen-shapes-bank";

/** A relevant page: no attacker, ransom, numbers or impact unless given. */
const pg = relevantPageCases("pages-rw4-");

/** A page labelled not relevant (only relevance is scored there). */
const pgNo = notRelevantCases("pages-rw4-");

// ---------------------------------------------------------------- round 1
const ROUND_1: BankCase[] = [
  pg(
    "a029",
    "wire story: attribution at the end of each sentence, 'said on Tuesday', the gang's own valuation of the data, a German network as background",
    "LockBit says it hacked Capital Health, threatens to leak data",
    `Technology | Cybersecurity

LockBit says it hacked Capital Health, threatens to leak data

By Wire Staff

The LockBit ransomware gang said on Tuesday it was behind the November 2023 cyberattack on the Capital Health hospital network, according to a post on its leak site.

The attack caused an outage of IT systems across the network, the hospital group said at the time, adding that it had alerted law enforcement and hired outside forensic and information technology specialists.

Capital Health Regional Medical Center, part of Capital Health System, is a regional academic medical center and state-designated trauma center in Trenton, New Jersey.

LockBit added Capital Health to the list of victims on its Tor data leak site and set a deadline of January 09, 2024, 17:48:59 UTC to release what it stole, the post showed. The gang claimed to hold Over 7 terabytes of confidential medical data, which it valued at $250,000.

"We deliberately left this hospital unencrypted to avoid interfering with patient care," the gang wrote, saying it had only stolen more than 10 million files.

Capital Health did not immediately respond to a request for comment, Reuters could not verify the claim.

LockBit affiliates have kept up attacks on health providers. Katholische Hospitalvereinigung Ostwestfalen (KHO), a German hospital network, said recently that services at three of its hospitals had been disrupted.

Reporting by Wire Staff; Editing by Desk`,
    {
      attackers: ["LockBit"],
      victims: ["Capital Health", "Capital Health Regional Medical Center"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 7e12,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "a035",
    "local newspaper (Canada): the paper's own scoop in the lead, a CEO quoted, the victims as an 'among them' list, the gang's earlier victims",
    "Daixin Team says it leaked data from five area hospitals",
    `Windsor Star | Local News

Daixin Team says it leaked data from five area hospitals

A cybercrime gang called Daixin Team has openly admitted that it stole millions of records from five hospitals in southern Ontario and put them online after its ransom demands went unmet.

The Star has obtained what is said to be a link to the leaked information on the dark web, which gives access to personal details of patients at hospitals in Leamington, Windsor, Sarnia and Chatham-Kent.

The hospitals confirmed the compromised data had been published, though they have not officially confirmed Daixin Team's involvement. Windsor Regional Hospital CEO David Musyj said the attackers were a sophisticated, organized operation, not a lone individual.

Since the cyberattack on October 23, the hospitals affected, among them Sarnia's Bluewater Health, Chatham-Kent Health Alliance, Windsor-Essex hospice, Erie Shores HealthCare, Hôtel-Dieu Grace Healthcare and Windsor Regional Hospital, have still been struggling to access their systems. The attackers disrupted digital and tech-based systems and also took large amounts of personal information about staff and patients. They spread the stolen data because the hospitals refused to give in to ransom demands.

Local police, the Ontario Provincial Police, the FBI and INTERPOL are all part of the investigation. Daixin Team has previously hit a German water metering company, AirAsia, Missouri's Fitzbiggon Hospital and OakBend Medical Centre in Texas.

Related: Windsor council approves new arena budget`,
    {
      attackers: ["Daixin Team"],
      victims: [
        "Bluewater Health",
        "Chatham-Kent Health Alliance",
        "Windsor-Essex hospice",
        "Erie Shores HealthCare",
        "Hôtel-Dieu Grace Healthcare",
        "Windsor Regional Hospital",
      ],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "CA",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "data-leaked"],
    },
  ),
  pg(
    "b138",
    "US local newspaper: dateline, 'officials said Friday', the CEO's emailed statement paraphrased, elective and outpatient services cut back",
    "Sky Lakes braces for 'detrimental' cost of ransomware attack",
    `Herald and News | Local

Sky Lakes braces for 'detrimental' cost of ransomware attack

KLAMATH FALLS — Last week's ransomware attack will deal a "detrimental" financial blow to Sky Lakes Medical Center, officials said, though they hope to have a new system in place this week.

The medical center was one of numerous hospitals across the country hit by the same cyberattack. IT staff have worked around the clock, and the hospital is partway through a system-wide upgrade.

Chief executive officer Paul Stewart said in an emailed statement that it was too early to say how much the attack would cost. The hospital will refuse to pay any extortion, he said, but it has scaled back some elective and outpatient services while its systems were down.

Spokesman Tom Hottman and Stewart said Friday that clinical systems are coming back online in order of priority, with all of them expected to be running by the end of next week. Accounting, billing and email will take longer.

Comments (3)
Subscribe for $1 a week`,
    {
      victims: ["Sky Lakes Medical Center"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline"],
    },
  ),
  pg(
    "b219",
    "wire story: 'said on Thursday', a source 'aware of the matter', a stock move, ends on other companies' staff emails",
    "Dr Reddy's isolates data centres after cyberattack",
    `Business | Pharma

Dr Reddy's isolates data centres after cyberattack

HYDERABAD — Hyderabad-based drugmaker Dr Reddy's Laboratories Ltd said on Thursday it had isolated all its data centre servers worldwide for up to a day as a preventive step after detecting a cyberattack.

"We expect all services to be up within 24 hours and we do not foresee any major impact on our operations from this incident," chief information officer Mukesh Rathi said in a stock exchange filing.

The attack was a ransomware attack on the company's IT systems early on Thursday that led to all servers being shut down, a person aware of the matter said. Dispatches, the serialization process and quality control records were put on hold, the person said. A company spokesperson declined to comment.

The attack came days after the company won approval to run clinical trials of Russia's Sputnik V vaccine in India. Shares fell as much as 4% before closing 0.4% lower at ₹5,029.15.

(Reporting by Desk; Editing by Desk)`,
    {
      victims: ["Dr Reddy's Laboratories Ltd"],
      type: "pharma-medtech",
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "a120",
    "UK NHS trade journal: GP practices told what to do, NHS England quoted, subheads, the supplier's update in the lead",
    "Practices told to expect more calls as Adastra restore begins",
    `GP | Practice management

Practices told to expect more calls as Adastra restore begins

Software supplier Advanced said in an update on 11 August that it was still working to restore its systems after the 4 August ransomware attack.

The company said it had rebuilt its Adastra 111 system and was working with the National Cyber Security Centre and NHS England on final assurance steps before service could be restored, in phases, over the next few days.

What practices need to do

NHS England told practices to keep expecting extra calls until the situation is resolved, and asked them to handle calls where they can rather than send patients to 111. Until the systems are back online, NHS 111 cannot book patients straight into GP practices or access hubs, and referrals will come by phone or email without patients' NHS numbers.

'The target of the attack was the third party software provider, not the NHS,' NHS England said.

More on cyber security
Trust board papers reveal IT risk register`,
    {
      victims: ["Advanced"],
      type: "health-it-vendor",
      country: "GB",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "a124",
    "security blog: group-first lead, leak-site screenshot described, IOCs box, the spokesperson misnamed as in the source",
    "Money Message leaks PharMerica files; 5.8 million notified",
    `Threat Intel | Ransomware

Money Message leaks PharMerica files; 5.8 million notified

The Money Message ransomware group has claimed the March attack on PharMerica and posted several spreadsheets to its dark web leak site that it says hold patient data, along with what look like internal business documents such as market models and balance sheets.

The leak-site screenshot below shows the PharMerica entry with a countdown. The group says a 4.7-terabyte database with at least 1.6M records of personal data will soon be revealed.

The Kentucky-based institutional pharmacy has sent letters to 5.8 million individuals, current and deceased patients, saying the hackers got names, birthdates and Social Security numbers, plus medications and health insurance details. It spotted suspicious activity on March 14; the attackers had been inside for the two days before.

How much ransom was demanded is not clear. A Money Market spokesperson told databreaches.net that there had been some negotiations but the two sides had reached an impasse.

IOCs
- Note: money_message.log
- Extension: .mm

Also on the blog: Qilin ransomware targets healthcare`,
    {
      attackers: ["Money Message"],
      victims: ["PharMerica"],
      type: "pharmacy",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 5800000,
      volume: 4.7e12,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "b331",
    "translated Danish outlet: domain names as the victims, the group's Telegram post quoted, a Swedish firm's attribution",
    "Anonymous Sudan brings down nine Danish hospital websites",
    `Indland | Sundhed (translated from Danish)

Anonymous Sudan brings down nine Danish hospital websites

On Sunday afternoon, the hacker group Anonymous Sudan brought down as many as nine Danish websites linked to the health sector, a week after a similar cyberattack on several Danish airports.

"Some hospitals in Denmark have been attacked due to Quran burnings, and more will be attacked in the hours to come," the group wrote on Telegram.

The websites hit were regionh.dk, amagerhospital.dk, bispebjerhospital.dk, bornholmshospital.dk, frederiksberghospital.dk, gentoftehospital.dk, rigshospitalet.dk, herlevhospital.dk and andhvidovrehospital.dk.

The Swedish security firm TrueSec said in a report last week that it is almost certain Anonymous Sudan, contrary to its claims, is a Russian group linked to the Russian government.

Read also: Region Hovedstaden opens new emergency ward`,
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
  pg(
    "b135",
    "breach-notification notice from the victim: 'we', 'out of an abundance of caution', the head-count in the last paragraph",
    "Notice of Data Security Incident",
    `Dental Care Alliance, LLC | Notice of Data Security Incident

Notice of Data Security Incident

Dental Care Alliance, LLC ("DCA"), a Sarasota, Florida-based dental support organization with more than 320 affiliated dental practices in 20 states, is providing notice of an incident that may have affected the protected health information of certain patients.

What happened. On October 11, 2020, we discovered that an unauthorized party had gained access to our systems on September 18, 2020. We contained the incident on October 13. Our investigation found that the hackers stole some patient information, including patient names with financial account numbers, although only about one in ten of those affected had a financial account number involved.

What information was involved. For most individuals, the information was limited to names, addresses, diagnoses, treatment details, patient account numbers, billing data, dentist names and health insurance details. We have found "no specific evidence" that any information has been misused.

What we are doing. Out of an abundance of caution, we have added safeguards and given staff additional data security training. DCA mailed letters in November to the 1,004,304 individuals affected and has notified the Maine Attorney General.

Questions? Call our dedicated line, Monday through Friday, 9 a.m. to 9 p.m. Eastern.`,
    {
      victims: ["Dental Care Alliance, LLC"],
      type: "dental",
      people: 1004304,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "b309",
    "dark-web monitoring post: bullet fields (price, dump date, deadline), analyst speculation, GDPR advice",
    "CT Dent Ltd database offered for sale on hacker forum",
    `Dark Web Watch | Listing #4471

CT Dent Ltd database offered for sale on hacker forum

A threat actor on a monitored hacker forum is advertising a huge database belonging to CT Dent Ltd, a leading independent dental imaging centre in the UK, for sale.

- Size: approximately 7 Terabytes (TB), over 1 million files
- Price/Ransom: $100,000
- Dump date: December 6, 2025; payment deadline: December 21, 2025

Our analysis: CT Dent performs Cone Beam CT scans and X-rays for more than 10,000 UK dental practices, so a breach at the hub exposes thousands of clinics. A set this size probably holds the PACS archive: DICOM images, referral forms and invoices. The deadline suggests a ransomware/extortion event in which the attackers probably encrypted systems and threaten to sell the data unless paid.

What to do: Under GDPR, medical data is special category data; expect the ICO to investigate.

Subscribe to alerts for your domain`,
    {
      victims: ["CT Dent Ltd"],
      type: "imaging",
      ransom: { status: "demanded-amount", amount: 100000, currency: "USD" },
      volume: 7e12,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "a071",
    "ransomware tracker post: field lines (victim, group, sector), a placeholder head-count explained, the group's methods",
    "Bian Lian lists Lindsay (Okla.) Municipal Hospital",
    `Ransomware Tracker | New victim

Bian Lian lists Lindsay (Okla.) Municipal Hospital

Victim: Lindsay (Okla.) Municipal Hospital
Group: Bian Lian
Sector: Healthcare
Posted: March 25, 2024

The Bian Lian hacking gang, which specialises in "double extortion", has listed Lindsay Municipal Hospital on its data leak site and says the stolen data will be uploaded shortly. The gang steals data and then demands payment both for not releasing it and for decrypting any encrypted files.

On March 13 the hospital reported a hacking incident affecting 500 individuals to HHS' Office of Civil Rights, although 500 is often used as a placeholder when the exact number is not yet known.

Previous entries: 14 this month`,
    {
      attackers: ["BianLian"],
      victims: ["Lindsay (Okla.) Municipal Hospital", "Lindsay Municipal Hospital"],
      type: "hospital",
      people: 500,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "a091",
    "weekly roundup: the lead item about a hospital, then a council, a retailer and a school in bullet items",
    "The week in breaches: LockBit hits Chicago hospital, a council and a retailer",
    `Friday Briefing | Week 5

The week in breaches: LockBit hits Chicago hospital, a council and a retailer

1. Saint Anthony Hospital. LockBit, the ransomware group, hit Saint Anthony Hospital, a nonprofit in Chicago, and demanded an $800,000 ransom. Breaking with its old habit of sparing nonprofits, the attack encrypted patient data, though that data was not compromised until January 7. The hospital is working with the FBI and the Department of Health and Human Services and is warning patients about possible identity and financial fraud. LockBit earlier attacked SickKids hospital in Toronto, then apologized and handed over a free decryptor.

2. Marlow District Council says its payments portal is back after a weekend outage.

3. Online retailer Pemberly & Co confirmed a card-skimming incident.

4. A school district in Ohio delayed report cards after a phishing email.

See you next Friday.`,
    {
      attackers: ["LockBit"],
      victims: ["Saint Anthony Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 800000, currency: "USD" },
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "b245",
    "Canadian broadcaster page: the president's letter paraphrased, a provincial minister quoted, a subhead, 'paid' in the headline",
    "LifeLabs paid ransom after hack exposed data of 15 million customers",
    `News | Health

LifeLabs paid ransom after hack exposed data of 15 million customers

Canadian laboratory testing company LifeLabs says it paid cyber criminals to get back sensitive data on millions of customers after an attack on its computer systems.

In a letter to customers, president Charles Brown said information on about 15 million customers, mostly in B.C. and Ontario, may have been accessed. The company says it made the payment "in collaboration with experts familiar with cyberattacks and negotiations with cyber criminals." The letter does not say who carried out the attack.

B.C. Health Minister Adrian Dix said Tuesday the province learned of the breach on Oct. 28. "The only reason for the delay was to make sure information that had not been compromised would not be," he said.

Logins, passwords affected

The information includes names, addresses, birthdates, email addresses, logins and passwords, health card numbers and lab test results.

Share this story | Report a typo`,
    {
      victims: ["LifeLabs"],
      type: "laboratory",
      ransom: { status: "paid", amount: null, currency: null },
      people: 15000000,
      country: "CA",
      attacks: ["data-theft", "extortion"],
    },
  ),
  pg(
    "a098",
    "provider's press release: 'unauthorized individuals', the head-count of 29, credit monitoring, 'About' boilerplate",
    "Northeast Radiology provides notice of PACS security incident",
    `FOR IMMEDIATE RELEASE

Northeast Radiology provides notice of PACS security incident

Northeast Radiology announced on March 11 that unauthorized individuals gained access to its picture archiving and communication system beginning in January, and that the personal information of 29 patients was accessed.

The practice has completed a forensic investigation with an outside security firm and is strengthening its PACS and security protocols. It is not aware of any fraud or identity theft arising from the incident. The information differed by patient and included name, gender, age, birth date, exam description, images and medical record ID, which in some cases may have matched a Social Security Number; those patients are being offered credit monitoring.

As a further precaution, Northeast Radiology is writing to all of its patients, not only the 29 affected.

About Northeast Radiology
Northeast Radiology operates five locations in New York and Connecticut.`,
    {
      victims: ["Northeast Radiology"],
      type: "imaging",
      people: 29,
      country: "US",
      attacks: ["unknown"],
    },
  ),
  pg(
    "b140",
    "security blog: the strain named by the vendor, product names listed as outages, a vendor's customer count, a background hospital that paid",
    "SamSam behind Allscripts outage, vendor says",
    `Blog | Threat Research

SamSam behind Allscripts outage, vendor says

For a seventh day on Wednesday, healthcare providers across the country were still dealing with last week's ransomware attack on Allscripts, the Chicago-headquartered electronic health record (EHR) company.

The ransomware hit two data centers, in Raleigh and Charlotte, N.C., last Thursday and brought down the company's Professional EHR services and its system for electronic prescribing of controlled substances. Some users also reported trouble reaching InfoButton, regulatory reporting and Payerpath.

In a statement on Tuesday, Allscripts said 1,500 customers were affected and named SamSam as the culprit. It said none of those clients were hospitals or large independent physician practices and that there was no evidence data had been taken.

SamSam also encrypted files earlier this month at Hancock Health, a regional hospital in Indiana, which paid the attackers.

Tags: SamSam, EHR, ransomware`,
    {
      attackers: ["SamSam"],
      victims: ["Allscripts"],
      type: "health-it-vendor",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "a050",
    "translated German outlet: place line, blockchain firms as sources, the owner declining to confirm, a closing moral",
    "Change Healthcare: $22 million ransom payment comes to light",
    `IT-Sicherheit | Gesundheit (translated from German)

Change Healthcare: $22 million ransom payment comes to light

Atlanta, Georgia – After the ransomware attack on the medical firm Change Healthcare, which has disrupted pharmacies across the United States and held up prescription deliveries for over 10 days, the group behind it, AlphV, has reportedly received a $22 million ransom payment.

AlphV took in 350 bitcoins, equivalent to $22 million, in a single transaction on March 1. Soon after, someone claiming to be an AlphV affiliate complained on a criminal forum that the group had not paid them their share of the Change Healthcare ransom, pointing to the transaction as evidence.

According to Recorded Future, the large sum strongly suggests that Change Healthcare paid the ransom. United Healthcare, which owns Change Healthcare, would not confirm a payment and said its focus is on the investigation. TRM Labs also linked the address to payments in January from two earlier AlphV victims.

Further articles on the topic`,
    {
      attackers: ["ALPHV"],
      victims: ["Change Healthcare", "United Healthcare"],
      type: "health-it-vendor",
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  pg(
    "b124",
    "US local newspaper (business desk): the company's notification quoted, store counts, bankruptcy background, the group last",
    "Rite Aid says hackers stole data on 2.2 million customers",
    `Business | Philadelphia

Rite Aid says hackers stole data on 2.2 million customers

Rite Aid, the Philadelphia-based pharmacy chain, is notifying 2.2 million customers that an attacker obtained their personal information.

In a breach notification, the company said that on June 6 an attacker "impersonated a company employee to compromise their business credentials and gain access to certain business systems." By June 17 it had established that the attacker took records of purchases made between June 6, 2017, and July 30, 2018, including names, addresses, birthdates and driver's license numbers. No Social Security numbers or patient information were taken, the company said.

Rite Aid, which has 1,700 stores in 16 states, emerged from Chapter 11 bankruptcy this summer.

The breach became public after the ransomware group RansomHub released a sample of data allegedly stolen from Rite Aid.

More from Business
Comcast raises prices again`,
    {
      attackers: ["RansomHub"],
      victims: ["Rite Aid"],
      type: "pharmacy",
      people: 2200000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  pgNo(
    "neg-ehr-go-live",
    "health IT news, not an incident: a planned EHR switch-over takes systems down, staff on paper, appointments moved",
    "Fenwick hospitals go live with new patient record system",
    `Health IT | Fenwick

Fenwick hospitals go live with new patient record system

Fenwick Valley Health switched its three hospitals to a new electronic patient record over the weekend. The old system was taken offline at midnight on Friday and staff worked on paper forms for 36 hours while records were moved across.

About 400 outpatient appointments were rescheduled to free up staff for the change, the trust said. "This was planned for two years and went to plan," said chief digital officer Nadia Orme.

Related: Supplier outage hits pathology results in Kent`,
  ),
  pgNo(
    "neg-lessons-advice",
    "advice piece: lessons drawn from named past hospital attacks, a vendor's CISO quoted, no incident reported",
    "Five lessons from a year of hospital ransomware",
    `Opinion | Security

Five lessons from a year of hospital ransomware

When Harlow General went back to paper for three weeks and Beacon Children's diverted ambulances, the lesson was the same: downtime plans must be practised, not filed.

1. Keep offline backups and test restoring them.
2. Segment clinical devices from the office network.
3. Train staff to spot phishing emails.
4. Decide in advance who talks to attackers, and whether you would ever pay.
5. Rehearse paper processes twice a year.

"Every hospital that recovered fast had rehearsed," says Owen Lark, CISO at Brightline Security.

Download our free downtime checklist`,
  ),
  pgNo(
    "neg-hipaa-access",
    "regulator follow-up that is not about a cyber incident: right-of-access settlements with two clinics",
    "OCR settles two more right-of-access cases",
    `Compliance | HIPAA

OCR settles two more right-of-access cases

The HHS Office for Civil Rights announced settlements with two providers that failed to give patients timely copies of their records. Maple Ridge Family Clinic will pay $25,000 and Oakden Eye Center $40,000; both agreed to two years of monitoring.

"Patients have a right to their records," the OCR director said. The office has now closed 48 right-of-access cases.

Related: Data breach at a billing company affects 90,000 patients`,
  ),
  pgNo(
    "neg-payroll-vendor",
    "non-health victim: ransomware at a payroll company delays pay for a hospital's nurses",
    "Payroll firm hit by ransomware; hospital nurses paid late",
    `Local | Business

Payroll firm hit by ransomware; hospital nurses paid late

Payroll company Ledgerline said a ransomware attack encrypted its servers on Monday and it had not paid any ransom. About 1,200 clients were affected.

Staff at Ashby Memorial Hospital were among those whose pay was delayed by two days, the hospital said, adding that its own systems and patient care were not affected.`,
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes, before a run)
const ROUND_2: BankCase[] = [
  pg(
    "a011",
    "Australian broadcaster page: 'Key points' box first, the insurer's refusal as background of the leak, 'Read more' teasers",
    "Medibank hackers begin leaking customer data",
    `News | Business

Medibank hackers begin leaking customer data

Key points:
- The hackers are releasing data within 24 hours, Medibank says
- The insurer refused to pay any ransom the day before

Medibank has warned customers that the ransomware group responsible for last month's attack has started leaking data from its systems.

The REvil cybercrime gang, which carried out the attack, has leaked customers' private and health data, as well as transcripts of its negotiations with the health insurer, Bleeping Computer reported.

Medibank, the Australian health insurer, told clients the hackers were putting data out within 24 hours, affecting 10 million people. The warning came the day after Medibank refused to pay any ransom demand.

The insurer said REvil had posted files on its dark web leak website, and it expected the hackers to use them to extort customers. There is no evidence the gang also obtained credit card or banking details, it said.

Read more: Medibank says hackers accessed data of all its members`,
    {
      attackers: ["REvil"],
      victims: ["Medibank"],
      type: "insurer",
      ransom: { status: "refused", amount: null, currency: null },
      people: 10000000,
      country: "AU",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "a083",
    "UK pharma trade journal: the firm's director quoted on 'no downtime', the group's later promise, a sector tag",
    "Maze publishes trial volunteers' data after HMR refuses ransom",
    `Clinical Research | Cyber security

Maze publishes trial volunteers' data after HMR refuses ransom

A hacking group called 'Maze' recently breached the systems of Hammersmith Medicines Research (HMR), the UK research company that runs early trials of medicines and vaccines and was on standby to test a COVID-19 vaccine.

The group took sensitive data on trial volunteers, including identity documents and medical histories, and published it after the company declined to pay the ransom demand. HMR detected the "severe attack" on 14th March, fought it off and restored its computer systems the same day.

"We had no downtime," managing and clinical director Malcolm Boyce said. He said the hackers had sent the firm stolen information on more than 2,300 patients, and that he would rather go out of business than pay.

After the HMR attack, the Maze ransomware group publicly promised to stop attacking medical organisations until the virus situation had stabilised.

Topics: Data security, Vaccines`,
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
  pg(
    "b120",
    "wire story: dateline with agency tag, an internal memo cited, a person 'who asked not to be named', the bypass last",
    "Ransomware attack disrupts care across Scripps Health",
    `SAN DIEGO (AP) — A weekend ransomware attack on Scripps Health's computer network seriously disrupted care, forcing the health care provider to cut off patient access to its online portal, postpone appointments scheduled for Monday, May 3, and send some critical-care patients to other hospitals.

Scripps Memorial Hospital La Jolla was among the sites hit by the May 1 cyberattack, which infected information systems at two of Scripps' four main hospitals, according to an internal memo obtained by The San Diego Union-Tribune.

Electronic medical records were reportedly down, and medical staff had to use paper records for now, the memo said. A person familiar with the situation, who asked not to be named, said access to medical imaging was also affected.

On May 2, Scripps would not confirm that the attack was ransomware.

Every Scripps hospital went on emergency bypass for stroke and heart attack cases, and all trauma patients were diverted from Scripps Memorial Hospital La Jolla.

Copyright The Associated Press. All rights reserved.`,
    {
      victims: ["Scripps Health", "Scripps Memorial Hospital La Jolla"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "b318",
    "threat-intel blog: group-first, RaaS jargon, the patients' extortion emails, the victim's denial, '$50' per patient",
    "Hunters International emails Fred Hutch patients with extortion demands",
    `Threat Actor Spotlight | Hunters International

Hunters International emails Fred Hutch patients with extortion demands

After striking Fred Hutchinson Cancer Center (FHCC) in mid-November 2023, the 'Hunters International' ransomware operation began emailing individual patients directly to demand payments. The University of Washington (UW), FHCC's parent entity, was also affected by the attack.

The RaaS gang surfaced in October 2023 and has named 20 victims on its dedicated leak site (DLS).

FHCC denied that the attackers had stolen patients' personal data. Even so, patients treated at FHCC or through UW received emails demanding payments of $50 to stop their personal information being sold on the dark web. One UW patient told local media the email claimed 800,000 patient records had been leaked and accused FHCC of refusing "to make a deal."

FHCC told patients not to pay the extortionists. About 300 people called its call center in the week after its December 1, 2023 breach notice.

Analyst note: RaaS affiliates increasingly contact patients directly.`,
    {
      attackers: ["Hunters International"],
      victims: ["Fred Hutchinson Cancer Center", "University of Washington"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      people: 800000,
      country: "US",
      attacks: ["data-theft", "extortion"],
    },
  ),
  pg(
    "b319",
    "US local TV station page: 'reporting' lead, the hospital's statement quoted twice, encryption prevented, a 'visit the website' close",
    "Tampa General Hospital: hackers stole data of 1.2 million patients",
    `FOX 13 News | Tampa Bay

Tampa General Hospital: hackers stole data of 1.2 million patients

Tampa General Hospital is reporting a sweeping data breach in which hackers took names, birthdates, Social Security numbers, treatment records and insurance information.

Some 1.2 million patients are estimated to be affected. The hospital has reported the cyber-attack to the FBI.

TGH said in a release Wednesday afternoon that it first noticed unusual activity on its computer systems on May 31, and that a forensic firm found hackers took files from its network between May 12 and May 30.

A hospital spokesperson said TGH did not pay a ransom to the hackers. "Fortunately, TGH's monitoring systems and experienced technology professionals effectively prevented encryption, which would have significantly interrupted the hospital's ability to provide care for patients," the hospital wrote.

Patients with questions can visit TGH's website.

Watch FOX 13 News live`,
    {
      victims: ["Tampa General Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: 1200000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
    },
  ),
  pg(
    "a015",
    "leak-site monitoring roundup: three victims of one group in one post, deadlines per victim, a concurrent claim by another gang",
    "LockBit lists Florida health department, Illinois hospital and Kentucky crisis center",
    `Ransomware Watch | Healthcare

LockBit lists Florida health department, Illinois hospital and Kentucky crisis center

The LockBit ransomware operation has claimed intrusions at the Florida Department of Health, at Fairfield Memorial Hospital, an Illinois-based nonprofit critical access health provider, and at Kentucky-based Merryman House Domestic Crisis Center, Security Affairs reports.

- Florida Department of Health: pay the ransom demanded by July 5 or 100 GB of data allegedly taken will be exposed
- Fairfield Memorial Hospital: deadline July 17
- Merryman House Domestic Crisis Center: deadline July 17

Screenshots of the leak site come from the threat monitoring firm HackManac, which says the claims, arriving as the Monti ransomware gang admits to compromising Pennsylvania-based Wayne Memorial Hospital, show how attacks on healthcare can endanger lives.`,
    {
      attackers: ["LockBit"],
      victims: ["Florida Department of Health", "Fairfield Memorial Hospital", "Merryman House Domestic Crisis Center"],
      type: "public-health",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 100e9,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "a112",
    "breach-notification letter from the victim: 'Dear Patient', the former employee unnamed, 94 in the closing offer",
    "Notice of privacy incident",
    `Community Health Centers (CHC)

Notice of privacy incident

Dear Patient,

We are writing to tell you about an incident that may involve your protected health information. A former employee of a CHC hospital facility in central Florida improperly accessed the full names, dates of birth, annual income and Social Security numbers of some of our patients.

When we found the breach, the employee's access to the CHC patient database was removed and her employment was terminated. We do not know whether she viewed the records out of curiosity or to use them for personal gain, so we ask you to watch for signs of identity theft.

We are improving our privacy monitoring systems to detect improper access quickly. All 94 patients whose records the employee improperly viewed are being offered a year of identity theft resolution services and credit monitoring.

Sincerely,
Privacy Office`,
    {
      victims: ["Community Health Centers (CHC)"],
      type: "hospital",
      people: 94,
      country: "US",
      attacks: ["insider"],
    },
  ),
  pg(
    "b125",
    "US local newspaper: the practice's closing in the lead, the doctors' choice told in their words, a 'Comments' footer",
    "Battle Creek ear, nose and throat practice closes after ransomware attack",
    `Battle Creek Enquirer | Local

Battle Creek ear, nose and throat practice closes after ransomware attack

Brookside ENT and Hearing Center in Michigan is closing after a ransomware attack destroyed all of its patient files for good.

A hacker broke into the two-doctor practice's network and planted ransomware, leaving staff unable to reach patient records, appointment schedules or payment information. The hacker asked for $6,500 and said a key to unlock the files would follow payment.

Dr. William Scalf and Dr. John Bizon chose not to pay, because there was no guarantee the files would ever be unlocked. When the hacker learned they had refused, every file on the system was deleted.

Rather than rebuild, the two doctors decided to shut the practice and retire early. The practice reported the incident to the FBI.

Comments are closed for this story.`,
    {
      victims: ["Brookside ENT and Hearing Center"],
      type: "clinic",
      ransom: { status: "refused", amount: 6500, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  pg(
    "b213",
    "UK health IT trade journal: the ICO's fine as news, the 2022 attack's effects recalled, the Commissioner quoted",
    "ICO fines Advanced £3.07m over 2022 ransomware attack",
    `Digital Health | Cyber security

ICO fines Advanced £3.07m over 2022 ransomware attack

The Information Commissioner's Office has fined Advanced Computer Software Group Ltd (Advanced) £3.07m for security failings that put the personal information of 79,404 people at risk.

The fine concerns the ransomware incident in August 2022, when hackers got into systems of Advanced's health and care subsidiary through a customer account without multi-factor authentication. The attack disrupted critical services such as NHS 111, and healthcare staff were unable to access patient records.

The ICO's investigation found the personal information of 79,404 people was taken, including details of how to get into the homes of 890 people who receive care at home. Advanced, which supplies IT and software services to the NHS and other healthcare providers, agreed to pay the reduced fine without appeal.

"Today's decision is a stark reminder that, without robust security measures in place, organisations risk becoming the next target," said Information Commissioner John Edwards.

Related: NHS trusts told to review supplier access`,
    {
      victims: ["Advanced Computer Software Group Ltd (Advanced)"],
      type: "health-it-vendor",
      people: 79404,
      country: "GB",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b313",
    "Canadian wire story: 'said on Tuesday', the hospital's acronym HHS (not the US department), a phone extension",
    "Hamilton hospital fires 8 staff over patient record snooping",
    `HAMILTON, Ont. — Hamilton Health Sciences said on Tuesday that eight staff members have lost their jobs after they "inappropriately accessed" the personal health information of 4,000 patients.

"There is no evidence that patients' health information was printed, downloaded, or electronically shared with anyone," the hospital said in a statement. "We have concluded that these were snooping cases."

HHS said affected patients had been sent a letter and the Information and Privacy Commissioner of Ontario had been told. Patients can call the hospital at 905-521-2100, ext. 77488.

Aaron Levo, HHS vice-president of People, Culture and Communications, apologized to everyone affected.

The Canadian Press`,
    {
      victims: ["Hamilton Health Sciences"],
      type: "hospital",
      people: 4000,
      country: "CA",
      attacks: ["insider"],
    },
  ),
  pgNo(
    "neg-klinikum-update",
    "translated German page: a hospital's IT outage after a faulty software update, operations moved; explicitly no attack",
    "Klinikum Lindenau: IT outage after faulty update",
    `Region | Gesundheit (translated from German)

Klinikum Lindenau: IT outage after faulty update

A faulty software update knocked out the IT systems of Klinikum Lindenau on Tuesday. Staff switched to paper, and 30 planned operations were postponed.

"There is no sign of a cyber attack," a spokeswoman said; the supplier's update had damaged the database server. The systems were back online on Wednesday evening.

Also read: Kreis plans new rescue station`,
  ),
];

export const RW4_PAGES_BANK: BankCase[] = [...ROUND_1, ...ROUND_2];

// Dev articles reworded a third time for the attack-type, impact and relevance fields: articles neither earlier attack
// bank (unseen-bank-rw-attacks.ts, unseen-bank-rw2-attacks.ts) has reworded, told as another newsroom would (effects on
// care in other words: "closed for good", "coming back online", "turned away", "on paper"; background incidents,
// possibilities and rumours that must not count; passive, reported speech, lists, page furniture). The same facts,
// names, hedges and negations as the dev record (../shared/eval/dev.jsonl); ids `attacks-rw3-<devid>`; the attack-type,
// impact, relevance and attacker labels are copied from that record (other fields are not checked here). Round 1 was
// written in full before the extractor was run on it.
import { attackCases, type BankCase, notRelevantCases } from "./unseen-shapes-bank";

/** A relevant dev article reworded: its attack types, impact and attackers as labelled in the dev record. */
const rw3 = attackCases("attacks-rw3-");

/** A dev article labelled not relevant (an attack on a council or a grocer), reworded. */
const rw3No = notRelevantCases("attacks-rw3-");

/** Round 1: relevant articles from both halves of the dev split. */
const ROUND_1: BankCase[] = [
  rw3(
    "a017",
    "background victim's refusal and leak first; workstations encrypted 'according to the site'; research data 'released by the gang' in the passive; two 100 BTC asks",
    "Maze gang dumps MDLab research files after talks stall",
    `HIPAA Journal | News | Ransomware

Maze gang dumps MDLab research files after talks stall

The operators of Maze ransomware are carrying out their threats against victims who will not pay. In December the Carrollton, GA cable maker Southwire turned down a 200 BTC ransom ($1,664,320), and part of its stolen data was then published. Southwire took the Maze team and the ISP hosting its website to court in the Northern District of Georgia; it won, and the site went down, only to come back a few days later with a different host.

Listed there now, beside samples of what was taken from each of them, are the companies that were attacked and refused to pay.

The newest name is Medical Diagnostic Laboratories (MDLab), a New Jersey firm. According to the Maze Team, MD Lab was attacked on December 2, 2019. The lab did contact the gang, but the negotiations stalled and no ransom was paid.

Some 231 workstations were encrypted in the attack, the Maze website claims. Once MD Lab stopped negotiating, 9.5GB of its private research data, including immunology research, was released by the Maze team, which went on to advertise the stolen data on a hacking forum in the hope of restarting talks. Bleeping Computer says the attackers stole 100GB of data. The gang wants 100 BTC ($832,880) for the keys that decrypt the files, and a second 100 BTC to delete the stolen data.

Download The Checklist
Free, Instant Access`,
    ["ransomware", "data-theft", "extortion"],
    ["data-leaked"],
    ["Maze"],
  ),
  rw3(
    "a018",
    "services 'could not be used'; staff 'resorted to pen and paper' in a reported clause; data lost vs stolen; whether personal data was taken left open",
    "LockBit 3.0 confirmed behind Advanced attack that took down NHS 111",
    `October 14, 2022 | Technology | Cybersecurity

By Claudia Glover

The August ransomware attack that crippled NHS 111 services this summer was carried out with the LockBit 3.0 malware, it has been confirmed, though it is still unclear whether any patient data was taken.

Advanced, the NHS supplier that was hit, said data belonging to "approximately 16" institutions using StaffPlan and Caresys, its care management platforms, had been lost in the incident. It has not said whether personal data was among it.

The attack took place on 4 August. While it was being dealt with, the services Advanced supplied to NHS 111 and to out-of-hours GP surgeries could not be used, and hospital staff were reported to have resorted to pen and paper with their usual digital systems down.

In an update published this week, Advanced said the attacker had stolen data from up to 16 companies: the financially motivated perpetrators had, for a time, got hold of information relating to "approximately 16" of its Staffplan and Caresys customers. Whether the leaked data includes personal information on patients or staff has yet to be confirmed.

According to the update, the threat actor first got into the Advanced network with legitimate third-party credentials.`,
    ["ransomware", "data-theft"],
    ["systems-offline", "paper-records"],
    ["LockBit"],
  ),
  rw3(
    "a020",
    "homes 'unable to access patient records' told by a newspaper; closure only as a risk and a condition; stolen data 'destroyed'; a demand with no theft",
    "Ransomware hit on IT provider leaves 100-plus nursing homes without records or payroll",
    `long-term care

More than 100 nursing homes around the country have been left without health data and payroll after a ransomware attack on Virtual Care Provider, the technology services company they rely on. Some may have to close unless they get access to vital patient data back.

Milwaukee-based Virtual Care Provider, which supplies internet security and data storage to nursing homes and acute-care providers, found the attack on Nov. 17 and disclosed it the next day. The hackers asked it for $14 million.

In a letter to clients the company said the virus had affected about 20 percent of its services and that 100 of its servers would have to be rebuilt. It could neither afford the ransom nor recover its hacked data, so the stolen information has been destroyed.

As the Milwaukee Journal Sentinel reported last week, a number of nursing homes have been unable to access patient records, use their internet services, pay staff or order medications for patients. Some facilities risk closure because their access to core services and data is so limited, Karen Christianson, Virtual Care's CEO and owner, told KrebsOnSecurity.

"There's a small assisted living site, a single unit, that links to billing," she said. "If its billing doesn't reach Medicaid by December 5, it shuts its doors."

Read More: Ransomware Attacks Find a New Frontier in Managed Service Providers`,
    ["ransomware"],
    ["systems-offline"],
  ),
  rw3(
    "a051",
    "breach notice through a law firm: 'gained access to certain files'; the exposed data 'not yet' listed; no misuse reported; reporter bio",
    "Tennessee radiology practice says 569,000 patients caught up in cyberattack",
    `A Tennessee radiology practice has suffered a data breach that affects 569,000 patients, according to an announcement issued Tuesday.

Plaza Radiology, which does business as Chattanooga Imaging, first told the U.S. Department of Health and Human Services Office for Civil Rights about the attack on Dec. 20. The practice believes the breach stems from a cyberattack it detected on Oct. 21.

An investigation confirmed that an unauthorized party had gained access to certain files holding sensitive information, the law firm Console & Associates, P.C., said in a Jan. 23 announcement. Chattanooga Imaging has not yet published a list of the data involved, though C&A noted that Social Security numbers were among it.

The practice, which has finished a forensic investigation and is now reviewing the information, plans to send personalized letters to those affected. Its IT leaders have changed passwords, turned on multifactor authentication, replaced several computers and servers and stepped up security training. The practice said it had received no reports of the information being misused.

The Chattanooga, Tennessee-based company runs six locations in the Volunteer State and Georgia.

Marty Stempniak

A healthcare reporter since 2012, Marty Stempniak has written for Modern Healthcare and McKnight's.`,
    ["unknown"],
    [],
  ),
  rw3(
    "a087",
    "phishing told as a link asking for credentials; data 'might have been exposed'; theft that 'could not be ruled out'; whether data leaked as a review's aim",
    "Michigan Medicine notifies 33,850 patients after email phishing scam",
    `ANN ARBOR, Mich. - Michigan Medicine is writing to approximately 33,850 patients to tell them that some of their health details might have been exposed through compromised employee email accounts.

Between Aug. 15-22 a cyber attacker sent employees a "phishing" email with a link that asked them to enter their Michigan Medicine login details, the health system said. Four employees did so and then wrongly approved multifactor authentication prompts, letting the attacker into their e-mail accounts.

The compromised accounts were discovered on Aug. 23 and disabled immediately. Nothing found in the investigation pointed to the attack being aimed at patient health information, the health system says, though it could not rule out data theft.

A review of every compromised email, meant to establish whether sensitive data had leaked, was completed on Oct. 17. Names, addresses, dates of birth, diagnosis and treatment information and health insurance details appeared in some of the emails and attachments; no credit card, debit card or bank account numbers did.

Letters are going out between Oct. 19-26. The employees involved face disciplinary action under Michigan Medicine policies.`,
    ["phishing"],
    [],
  ),
  rw3(
    "b106",
    "the practice 'closed for good'; 'took the entire system offline'; a refusal with its reasons; encrypted record system; FBI background on paying",
    "Michigan ENT practice closes for good after refusing ransom",
    `April 4, 2019

BATTLE CREEK, Mich. - Brookside ENT and Hearing Center has closed for good after its doctors judged a ransom demand too costly to pay, CBS affiliate WWMT reports.

Hackers recently took the one-group practice's entire system offline and asked for $6,500 in return for a code to get at the files, the station said.

The practice's two partners, otolaryngologists William Scalf, M.D., and John Bizon, M.D., refused to pay: nothing guaranteed that the code would unlock the files, they reasoned, or that the hackers would not come back for more money. Rather than rebuild the practice from scratch they chose early retirement, a decision Scalf called "devastating".

The FBI is investigating the hack. But according to the report, every file the office held, appointment schedules and payment and patient information among them, has already been wiped; because the practice's electronic medical record (EMR) system had been encrypted, the files could only be deleted, not copied or shared.

As far back as 2016 the FBI warned that paying a ransom does not guarantee that victims get their data back, and that some who pay never receive decryption keys.`,
    ["ransomware"],
    ["systems-offline", "services-closed"],
  ),
  rw3(
    "b115",
    "services 'temporarily suspended' statewide with a list of addresses; systems 'coming back online'; an explainer of ransomware; rescheduling as a promise",
    "Ransomware shuts Akumin imaging sites across Central Florida",
    `Ransomware shuts Akumin imaging sites across Central Florida

Akumin, a medical diagnostic imaging firm headquartered in Broward County, has been shut down by a ransomware attack that also closed several of its Central Florida locations. Earlier this month, the company said in a statement, a hacker reached personal patient data at its Akumin site.

What is a ransomware attack?

The Cybersecurity and Infrastructure Security Agency describes it as a cyberattack meant to encrypt files on a device so that the data is useless until its owners pay the hacker a ransom for a decryption key.

Which offices are affected?

The outpatient radiology and oncology provider said Tuesday that it had temporarily suspended services throughout the state, including at seven Central Florida locations:

• Orlando - 7960 Forest City Road and 1150 S. Semoran Boulevard
• Deltona - 1555 Saxon Boulevard
• Kissimmee - 1503 W. Oak Street and 819 E. Oak Street

Akumin has 50 locations in Florida and also operates in several other states.

Can past records be accessed?

Some imaging results may not be available, Akumin said. Its systems are coming back online on different timelines, and patients should ask the clinic they visited whether their prior studies can be seen. The company will tell patients once it is able to reschedule appointments.`,
    ["ransomware"],
    ["systems-offline", "services-closed"],
  ),
  rw3(
    "b132",
    "'had to turn off its computer systems' in a relative clause; shutdown 'forced'; details that 'may have been exposed'; clinics 'remain open' beside communications still down",
    "California health centers notify 656,047 patients of cyberattack",
    `Stockton, Calif.-based Community Health Centers is notifying 656,047 patients of a cyberattack in which it had to turn off its computer systems and lost communications for three weeks, according to information given to Maine's attorney general's office on Nov. 1.

Five things to know:
- The health center, which has nearly two dozen locations in Northern California, noticed unusual activity on its computer systems on Oct. 10, it said in an Oct. 26 news release. Many of its systems had to be shut down because of the cyberattack.
- An investigation found that hackers had broken into its network. Names, birth dates, Social Security numbers and medical record information are among the patient details that may have been exposed.
- There is no sign the hackers have misused the data, the health centers said. Patients began receiving notices of the data breach on Oct. 26.
- Communications are still down, its website tells patients, but its clinic sites remain open.
- The Maine attorney general's office was told that 656,047 patients were exposed.`,
    ["unknown"],
    ["systems-offline"],
  ),
  rw3(
    "b206",
    "a leak told as 'disclosed the data'; encryption claimed on the leak site; blackmail backed by screenshots; 'no computerized patient file' in the leak",
    "Blackout gang leaks data on 300,000 Armentières hospital patients",
    `Cybercriminals have disclosed the data of around 300,000 patients of the Armentières hospital center in the North, the establishment has admitted. The hospital was hit by a computer attack in mid-February; on Sunday Blackout, a ransomware gang nobody had heard of before, claimed it.

The gang says on its data leak site that it encrypted more than a hundred servers and workstations at the hospital, and that it got hold of a database of around 20 gigabytes on more than 900,000 patients, with their postal addresses, telephone numbers and even medical histories.

The leaked data consists "essentially of lists, containing the contact details, date of arrival and the care sector of the patients concerned", according to the hospital, which says no computerized patient file appears among what was disclosed. A large share of the stolen data seems to be administrative documents, internal schedules or templates, ZDNET.fr noted.

To back up its blackmail, Blackout had already put out several screenshots of documents, a doctor's diagnosis of a patient among them. Apart from the hospital, the gang lists only one other victim, a Canadian coatings company.`,
    ["ransomware", "data-theft", "extortion"],
    ["data-leaked"],
    ["Blackout"],
  ),
  rw3(
    "b214",
    "a leak 'through Telegram chatbots'; a rupee demand with its dollar sum; denials about an officer; market furniture",
    "Star Health confirms ₹57 lakh ransom demand after data leak",
    `In short: Star Health, the $4 billion insurer, is handling a major data breach and a ransom demand of ₹57L. Its shares are down 11% since the news broke on September 20.

By Dwaipayan Roy | Oct 13, 2024

India's leading health insurance provider, Star Health, has confirmed receiving a ransom demand of $68,000 (around ₹57.2 lakh). The demand came after a major breach that exposed sensitive customer information. Customers' confidential data, tax details and medical claim documents included, was leaked by the hacker through Telegram chatbots and a website.

The company is working with Indian cybersecurity authorities to track down the hacker, who goes by xenZen, and is suing both Telegram and the hacker.

Market impact

Star Health's shares have fallen 11% since the leak came to light.

Star Health also says it found no evidence that its chief security officer was involved in the leak, despite the allegations.`,
    ["data-theft", "extortion"],
    ["data-leaked"],
    ["xenZen"],
  ),
  rw3(
    "b219",
    "servers 'isolated' as a precaution and 'shut down' in an unnamed source's account; units closed in a channel's report; work 'put on hold'",
    "Dr Reddy's isolates data centres after suspected ransomware attack",
    `HYDERABAD - Dr Reddy's Laboratories Ltd, the Hyderabad-based drugmaker, said on Thursday it had isolated all its data centre servers worldwide for up to a day as a preventive step after detecting a cyberattack.

"We expect all services to be up within 24 hours and we do not foresee any major impact on our operations from this incident," chief information officer Mukesh Rathi said in a stock exchange filing. The attack came days after the company won approval from the Drug Controller General of India to run trials of Russia's Sputnik V vaccine.

Earlier on Thursday the business news channel ETNow had reported a "mega data breach" at Dr Reddy's, which it said had led to the closure of key units in the UK, the US, Brazil, India and Russia.

According to a person aware of the matter, it was a ransomware attack on the company's IT systems early on Thursday, and all servers were shut down as a result. With no internet access, there was no external communication on Thursday, and the serialization process, dispatches, the recording of quality control results and approvals through electronic systems were put on hold, the person said. A company spokesperson declined to comment.`,
    ["ransomware"],
    ["systems-offline"],
  ),
  rw3(
    "b220",
    "systems 'unavailable' in a website notice; booking online impossible; a demand for a decryptor and a promise not to leak; the gang's habit of exfiltrating",
    "REvil hits Brazilian diagnostics giant Grupo Fleury",
    `SÃO PAULO - Grupo Fleury, a São Paulo-based medical diagnostics company, was hit by a ransomware attack that disrupted its business after it shut its systems down. From the 22nd of June a notice on its website warned that its systems were under attack and could not be reached.

"Please note that our systems are currently unavailable and that we are prioritizing the restoration of services," the notice read in English translation, blaming the unavailability on "an attempted external attack on our systems".

The company, which runs more than 200 service centers and carries out some 75 million clinical exams a year, has seen its systems knocked out, and patients cannot book lab or other examinations online. Several cybersecurity sources have since confirmed that the attack was the work of the ransomware operation REvil, also known as Sodinokibi.

REvil is asking $5 million for the decryptor key and a guarantee that no vital information will be leaked online. The gang is known for exfiltrating data before it encrypts devices and then using what it stole to extort money from its victims.`,
    ["ransomware", "extortion"],
    ["systems-offline"],
    ["REvil"],
  ),
  rw3(
    "b222",
    "a possible attack; ransomware from unnamed sources; 'almost every procedure apart from emergency ones' cancelled; appointments 'held up'; 'paper-based backups'; email down",
    "Suspected cyberattack cripples Newfoundland and Labrador health system",
    `Nfld. & Labrador

A suspected cyberattack has disrupted health care across Newfoundland and Labrador, holding up thousands of appointments and procedures, COVID-19 testing among them.

"We may have been the victims of a possible cyberattack by a third party," Health Minister John Haggie told a news conference on Monday morning. The problem first showed on Saturday morning, he said, and struck "the brain of the data centre" that runs the province's health-care system. "The system we have is damaged."

Sources told CBC News that the attack was ransomware, though Haggie said he could not yet confirm it.

The weekend hit Eastern Health hardest. At the province's largest health authority almost every procedure apart from emergency ones has been cancelled, no patients can be registered and the whole email system is down. The authority is now mostly working from paper-based backups.

"These have been a difficult few days," said Eastern Health CEO David Diamond.`,
    ["ransomware"],
    ["operations-cancelled", "appointments-cancelled", "systems-offline", "paper-records"],
  ),
  rw3(
    "b225",
    "printers printing an encryption message in a quote; emergency room 'closed for the next 24 hours'; patients 'redirected' by the SAMU; computers 'disconnected from the network'",
    "Armentières hospital shuts its emergency room after overnight cyberattack",
    `France Info - with France Bleu Nord | Reading time: 1 min

A cyberattack struck the Armentières hospital center at 2 a.m. in the night from Saturday to Sunday, hospital management told France Bleu Nord on Sunday February 11. The pirates are demanding a ransom. The hospital's emergency department will stay closed for the next 24 hours, and patients are being sent on to other hospitals.

"The printers that were on started printing a message saying our data had been encrypted and that we should contact them," deputy director Samy Bayod told franceinfo. "We cut off the whole hospital network straight away, and we have been isolated since 3 a.m."

Until a crisis unit set up at 5:40 a.m. brings the situation back under control, every computer in the establishment stays disconnected from the network. Because the hospital cannot properly admit new patients without a computer system, the emergency room will not reopen until Monday morning; patients are being redirected to other hospitals in the Lille metropolitan area by staff on site, the Regional Health Agency and the SAMU.

"Cyberattacks have happened here before, but this is the first time one has got past our protective barriers," Bayod said.`,
    ["ransomware"],
    ["ambulance-diversion", "systems-offline", "services-closed"],
  ),
  rw3(
    "b232",
    "stolen datasets listed before their verb; ransomware in an explaining clause; a threat in a quoted screenshot; infrastructure 'could be offline for a month' as rumour",
    "Monti gang threatens to publish Abruzzo health data",
    `L'AQUILA - Asl 1 Avezzano, Sulmona, L'Aquila is racing to limit the serious disruption to services and care caused by the hacker attack of recent days, and is also facing a ransom request.

A task force for the "IT security emergency response", coordinated by general manager Ferdinando Romano, is backing up the internal technical teams, but nobody dares predict when things will be back to normal; rumour has it that the IT infrastructure could be offline for a month, and the ASL is said to be talking to providers about a new IT system.

What the cybercriminals stole

Medical data on HIV patients, cancer patients and newborns, information on infant mortality, employees' personal files and administrative records: over 500 gigabytes in all are said to have been stolen from the servers of the ASL of L'Aquila, and the hacker group threatens to disclose them unless a ransom is paid.

The data was taken on the night of May 3 in a cyber attack using ransomware, which locks and encrypts data until a ransom is paid. "If our requests are not accepted, we will be forced to publish the rest of the medical data," reads an English-language screenshot released by the group, which points to the 'Monti' bulletin board on the dark web.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["Monti"],
  ),
  rw3(
    "b302",
    "sites 'knocked offline' by a DDoS run; the rest of the infrastructure 'not affected'; a background DDoS on German targets; ties to another crew",
    "Anonymous Sudan DDoS knocks Danish hospital websites offline",
    `This article is more than 1 year old

A series of distributed-denial-of-service (DDoS) attacks on Sunday knocked the websites of nine Danish hospitals offline for a few hours, though the medical centers' operations and digital infrastructure suffered nothing life-threatening.

Copenhagen's health authority confirmed the outages on Twitter and pointed patients to an emergency page with the hospitals' phone numbers. "Region H the hospitals' websites are down," the tweet read in Danish. "The rest of our digital infrastructure is not affected by the incident." A few hours later all nine websites were back up.

A group calling itself Anonymous Sudan claimed the flood of traffic on its Telegram page: "Some hospitals in Denmark have been attacked for burning the Quran, and more will be attacked in the coming hours."

Researchers say the 2023 hacktivists are probably Russian or based in former Soviet states, with ties to Killnet. Last month Anonymous Sudan claimed DDoS attacks on the websites of the German foreign intelligence service and the Cabinet of Germany, in support of Killnet.`,
    ["ddos"],
    ["systems-offline"],
    ["Anonymous Sudan"],
  ),
  rw3(
    "b313",
    "staff 'inappropriately accessed' records; no evidence of printing, downloading or sharing; a phone number and an apology",
    "Eight Hamilton Health Sciences staff fired over patient record snooping",
    `HAMILTON - Hamilton Health Sciences has fired eight staff members who, it alleges, "inappropriately accessed" the personal health information of thousands of patients.

The privacy breach involved 4,000 patients, the hospital (HHS) said in a statement this week. "There is no evidence that patients' health information was printed, downloaded, or electronically shared with anyone. We have concluded that these were snooping cases."

Letters have gone to the patients affected, and the Information and Privacy Commissioner of Ontario has been told. Patients can call the hospital at 905-521-2100, ext. 77488, for more information.

Aaron Levo, vice-president of People, Culture and Communications at HHS, apologised to everyone affected by the breach.`,
    ["insider"],
    [],
  ),
  rw3(
    "b323",
    "an email 'posing as' a supplier's CFO asking to switch payment method; payments made to the wrong account; most of the money recovered",
    "Hamilton Health Care System gets back most of $1.26 million lost to fraud",
    `DALTON, Ga. - Hamilton Health Care System has recovered the bulk of the $1.26 million it was scammed out of late last year, the hospital said in a statement.

The system had made two electronic payments totalling $1.26 million that officials believed were going to a construction company working on the Anna Shaw Children's Institute and the Peeples Cancer Institute. The company later told a system official it had never received them.

According to the police report, Hamilton's Financial Services Department had received an email from a source posing as the Chief Financial Officer of Brasfield & Gorrie, a large construction firm, asking Hamilton to switch its payment method from check to electronic payments.

"We take this matter with the utmost seriousness," CEO Jeff Myers said, thanking the FBI and the Dalton Police Department. "$1,157,144.91 of the funds have been successfully recovered."`,
    ["bec", "phishing"],
    [],
  ),
];

/** Round 1: attacks on bodies that are not healthcare, labelled not relevant. */
const ROUND_1_NOT_RELEVANT: BankCase[] = [
  rw3No(
    "a066",
    "a council's IT and phone lines down; other councils' attacks as background",
    "Leicester City Council hit by cyber attack, systems down for days",
    `Leicester City Council says it will be days before its IT systems and phone lines are back after a cyber attack last Thursday disrupted its services. The council is investigating with the National Cyber Security Centre.

"We don't expect to be able to begin the recovery process, starting with our most critical services, until the middle of the week at the earliest," said Richard Sword, strategic director for city developments and neighborhoods. Extra phone lines are open for anyone who needs urgent help.

It is the latest in a series of attacks on councils: three Kent councils suffered severe disruption in January, and Gloucester City Council spent more than £1 million recovering from one.`,
  ),
  rw3No(
    "b311",
    "a grocer's in-store pharmacies unable to fill prescriptions and shut; ransomware from employees",
    "Sobeys owner puts cost of cyberattack at $25 million",
    `Empire Co., the parent company of the Sobeys grocery chain, says last month's cyberattack will cost it about $25 million, net of insurance recoveries.

The company's report does not say what kind of attack it was or whether a ransom was paid, but employees have told CBC News that ransomware was involved. For several days after the Nov. 4 attack, staff at in-store pharmacies could not get into their computers to fill prescriptions, and pharmacy services were shut down for four days.

Empire, which owns 1,500 stores across Canada including Sobeys, IGA and Safeway, is still looking into whether customers' personal data was stolen.`,
  ),
];

/** Round 2, written after round 1's fixes: relevant articles from both halves. */
const ROUND_2: BankCase[] = [
  rw3(
    "a015",
    "three victims claimed at once; a deadline 'or see 100 GB exposed'; another gang's admission as background",
    "LockBit claims Florida health department, Illinois hospital and Kentucky crisis center",
    `July 5, 2024 | Security Affairs

The LockBit ransomware operation has claimed intrusions at three organisations: the Florida Department of Health, Fairfield Memorial Hospital, a nonprofit critical access provider in Illinois, and Merryman House Domestic Crisis Center in Kentucky.

According to screenshots of LockBit's data leak site shared by threat monitoring firm HackManac, Florida's health department has until July 5 to pay the ransom demanded, or 100 GB of data allegedly taken from its systems will be exposed. Fairfield Memorial and Merryman House have each been given until July 17 to pay.

The claims come as the Monti ransomware gang admits to compromising Wayne Memorial Hospital in Pennsylvania. These claims show how ransomware incidents aimed at healthcare can endanger lives, HackManac said on X.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["LockBit"],
  ),
  rw3(
    "a061",
    "theft told in a notice ('their sensitive health information was stolen'); the gang 'now thought to be inactive'; separate attacks, both listed",
    "Two clinics tell 700,000 patients of suspected BianLian hacks",
    `Fraud Management & Cybercrime | Data Breach Notification

Two US medical providers, one in North Carolina and one in Florida, are telling more than 700,000 patients that their sensitive health information was stolen in separate cyberattacks earlier this year. Both had been named on the dark web site of BianLian, a ransomware group now thought to be inactive.

Goshen Medical Center, a federally qualified health center with 38 locations in Eastern North Carolina, reported its cyber incident to federal and state authorities on September 17, saying almost 456,400 individuals had been affected. Medical Associates of Brevard, of Melbourne, Florida, told regulators on September 5 that the data of approximately 247,000 patients had been compromised.

Goshen appeared on the group's site in March; MAB had been listed before it, in January.`,
    ["data-theft"],
    [],
    ["BianLian"],
  ),
  rw3(
    "b105",
    "systems taken offline 'as a precautionary step'; access to health records 'cut off'; whether data was stolen 'not clear'; Q&A furniture",
    "What we know about the CommonSpirit Health ransomware attack",
    `A ransomware attack on a health system that runs more than 1,000 hospitals and care facilities in 21 states could affect millions of Americans.

What happened?

CommonSpirit Health was hit by a cyber attack on Oct. 3 and took some computer systems offline "as a precautionary step", it said soon afterwards. In Des Moines, MercyOne, one of whose parent companies is CommonSpirit, also had its computer systems taken offline. The attack on CommonSpirit's computer systems cut off access to electronic health records and held up patient care in several regions.

Was patient data stolen?

That is not yet clear; cybersecurity experts are still investigating.

Who is CommonSpirit?

A nonprofit health system based in Chicago that runs 140 hospitals and more than 1,000 care sites in 21 states.`,
    ["ransomware"],
    ["systems-offline"],
  ),
  rw3(
    "b109",
    "'apparent ransomware attack' with 'no data was encrypted'; systems 'temporarily taken offline'; proof files posted; a gang holding 212 GB and asking $1 million",
    "SimonMed Imaging confirms apparent ransomware attack as Medusa claims 212 GB",
    `SCOTTSDALE, Ariz. - Radiology practice SimonMed Imaging confirmed on Thursday that it had recently suffered an apparent ransomware attack.

The breach happened last week, a company representative said, but SimonMed "interrupted" the hackers and "no data was encrypted". Clinical systems were not affected by the "unauthorized activity", chief marketing officer Jenna Lloyd told Radiology Business. Some systems, she said, were temporarily taken offline to contain the situation, causing some operational slowdowns; the practice is now fully operational.

SuspectFile.com first reported the breach on Tuesday: according to the outlet, the Medusa ransomware group claimed the attack on the dark web and posted 45 proof files online. The group said it held over 212 GB of SimonMed data and was asking for $1 million in Bitcoin, with a deadline of Feb. 21.`,
    ["ransomware", "data-theft", "extortion"],
    ["systems-offline"],
    ["Medusa"],
  ),
  rw3(
    "b119",
    "two providers, one paid to unlock records and one recovered without paying; records 'encrypted so they could not be opened'",
    "One mental health provider pays ransom, another recovers without paying",
    `Fraud Management & Cybercrime | Ransomware

Two recent ransomware attacks on mental healthcare providers show the pressure on incident response at organisations that hold especially sensitive records.

Delaware Guidance Services for Children and Youth paid a ransom to have its patient records unlocked, while Green Ridge Behavioral Health in Maryland recovered without paying the extortionists.

Delaware Guidance reported the hacking incident to HHS on Feb. 22 as affecting 50,000 individuals. According to a notice on its website, the Wilmington-based organisation was hit on Dec. 25, 2018 by a ransomware attack on its data servers, which encrypted records so that they could not be opened.

See Also: 9 Common Security & Compliance Risks`,
    ["ransomware"],
    [],
  ),
  rw3(
    "b135",
    "the hackers 'succeeded in stealing part of the patient information'; data that 'may have' been reached; a breach 'shut down'",
    "Dental Care Alliance breach affects over a million patients",
    `Sarasota, Florida-based Dental Care Alliance, LLC, a dental support group with more than 320 affiliated practices in 20 states, says hackers who broke into its systems may have reached the protected health information of over a million people.

The breach began on September 18, 2020, was discovered on October 11 and was shut down on October 13. In a notification to the Maine Attorney General's office the group said the hackers had succeeded in stealing part of the patient information, patient names and financial account numbers among it, though only about one in ten of those affected had an account number exposed.

Notification letters went to the 1,004,304 people affected in November. Dental Care Alliance said it will keep reviewing the data that may be at risk.`,
    ["data-theft"],
    [],
  ),
  rw3(
    "b143",
    "malware 'that encrypted medical records, in a bid to extort money'; data 'put at risk'; no evidence of retrieval",
    "Ransomware attack puts residents' data at risk at senior living operator",
    `A recent ransomware attack on American Baptist Homes of the Midwest, which runs senior living communities in five states, has put residents' data at risk.

On March 10 a hacker got into the organisation's computer system and planted malware that encrypted medical records, in a bid to extort money. A data forensics firm was brought in to check that all systems were free of malware and to help restore them from backup, according to a letter to residents.

The letter played down the exposure: so far there is no evidence that the unauthorized party retrieved or misused any resident's information, it said, and residents were being told out of an abundance of caution.`,
    ["ransomware"],
    [],
  ),
  rw3(
    "b221",
    "data 'leaked online' through a partner's database backup on a public-facing website; copies deleted; human error",
    "Red Cross Blood Service leak exposes data on 550,000 donors",
    `Skip to content | Skip to navigation

Personal data on more than half a million blood donors around Australia has leaked online, the Red Cross Blood Service confirmed on Friday.

According to security researcher Troy Hunt, the data was exposed after a Red Cross partner put a 1.74 GB database backup on a public-facing website. The file held more than 1.2 million records for 550,000 donor applicants.

The Australian Red Cross blamed human error. "All known copies have been deleted, and we have removed the vulnerability from the third party service that develops and maintains the Blood Service's website," it said.`,
    ["misconfiguration"],
    [],
  ),
  rw3(
    "b345",
    "a tracker post quoting a report; 'forced to quarantine servers and take its clinical network offline'; the gang extorting patients; 533 GB claimed stolen",
    "Fred Hutchinson Cancer Center hit by cyber attack",
    `Sources say Fred Hutchinson Cancer Center (a Medical organization in Washington) was struck by a cyber attack. It was first reported on 2023-12-15.

"On Friday morning the Hunters International ransomware group listed the Fred Hutchinson Cancer Center on its leak site, claiming to have stolen 533 GB of data. The group was reported to be extorting individual patients as well."

"In a December 1 statement the organization said that, once it discovered the attack, it had been forced to quarantine servers and take its clinical network offline to contain the impact."

Cyber-Protecting Our Nation's Critical Infrastructure`,
    ["data-theft", "extortion"],
    ["systems-offline"],
    ["Hunters International"],
  ),
];

/** Round 2: a sector report labelled not relevant. */
const ROUND_2_NOT_RELEVANT: BankCase[] = [
  rw3No(
    "b303",
    "a quarter's ransomware trends: counts by country and sub-industry, no victim",
    "HC3: health sector ransomware trends in the third quarter",
    `HC3 TLP White Analyst Note, October 13, 2021

Ransomware remains a major threat to the health sector worldwide, and clinics are still the sub-industry it hits most often, followed by healthcare industry services and hospitals. HC3 expects these trends to continue through 2021.

The team counted 68 ransomware incidents affecting healthcare organisations in the third quarter; about 63% of them hit the U.S. health sector. Outside the U.S., France, Brazil, Thailand, Australia and Italy saw the most.`,
  ),
];

export const RW3_ATTACKS_BANK: BankCase[] = [...ROUND_1, ...ROUND_1_NOT_RELEVANT, ...ROUND_2, ...ROUND_2_NOT_RELEVANT];

// Dev articles reworded a second time for the attack-type, impact and relevance fields: articles no earlier rw bank has
// reworded, told as another newsroom would (reported speech, nominalisations such as "the diversion of ambulances",
// passive for active, background and planned statements, negated effects, datelines, figures in words). The same facts,
// names, hedges and negations as the dev record (../shared/eval/dev.jsonl); ids `attacks-rw2-<devid>`; the attack-type,
// impact, relevance and attacker labels are copied from that record (other fields are not checked here). Round 1 was
// written in full before the extractor was run on it.
import { attackCases, type BankCase, notRelevantCases } from "./unseen-shapes-bank";

/** A relevant dev article reworded: its attack types, impact and attackers as labelled in the dev record. */
const rw2 = attackCases("attacks-rw2-");

/** A dev article labelled not relevant (advice, reports, outages that were no attack), reworded. */
const rw2No = notRelevantCases("attacks-rw2-");

/** Round 1: relevant articles, both halves of the dev split. */
const ROUND_1: BankCase[] = [
  rw2(
    "a036",
    "nominalised effects ('the rescheduling of surgeries'); radiation treatment 'transferred to other hospitals'; IT provider as victim; ransomware only as the gang's descriptor (this rewording dropped the dev text's 'ransomware attack', so the label drops ransomware, as the guide's rule says)",
    "Daixin claims hit on Ontario hospitals' IT provider",
    `TORONTO - A ransomware group calling itself Daixin Team has said it was behind the attack that crippled Transform Shared Service Organization, the company that runs IT, supply chain and other shared services for five hospitals in southwestern Ontario.

Transform first acknowledged an outage of its systems, email among them, on October 23, along with trouble reaching customer appointments. Staff ended up rescheduling appointments by hand before the organization confirmed on October 27 that it had been the target of a cyberattack.

For the past two weeks, CBC reported, cancer patients due for radiation treatment have had to be transferred to other hospitals. The attack left hospital Wi-Fi, email and patient information systems at a standstill, which led to the rescheduling of surgeries as well as appointments.

The gang, which first surfaced in June 2022 and specialises in the health sector, said it also made off with more than 5 million records, about 160 GB of documents taken from Transform's internal servers.`,
    ["data-theft"],
    ["operations-cancelled", "appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    ["Daixin Team"],
  ),
  rw2(
    "a039",
    "hedged attribution ('what appears to be'); 'working from offline documentation'; generic description of Ryuk",
    "UHS networks down after suspected Ryuk attack",
    `Universal Health Services (UHS), one of America's largest healthcare providers, has had its IT networks knocked out by what appears to be yet another attack by the Ryuk ransomware.

The malware is reported to have struck on Sunday. With the networks down, staff have been working from "offline documentation", and a worker told TechCrunch they had been instructed to switch every computer off and keep it off. "We've been told it'll be days until the computers are back up," the worker said.

In its statement the company said an IT security issue had taken the network at its facilities out of action and that it was working with its security partners to restore operations.

Ryuk typically encrypts a victim's systems and keeps users locked out until a ransom is paid. How far the infection has spread, and what it means for patient care, is not yet clear; UHS said it appeared that no patient or employee data had been accessed or copied.`,
    ["ransomware"],
    ["systems-offline", "paper-records"],
    ["Ryuk"],
  ),
  rw2(
    "a047",
    "ambulances 'sent to other hospitals' inside a clause; threat to publish described by the FBI",
    "Hive tied to Memorial Health System outage",
    `MARIETTA, Ohio - The ransomware attack that forced Memorial Health System to shut down its IT network in August has been tied to the Hive gang, prompting the FBI to issue a warning about the group.

During the week-long outage the health system sent ambulances and patients to other hospitals instead of its own. Bleeping Computer reportedly saw evidence that databases holding information on 200,000 patients were taken.

According to the FBI, Hive first exfiltrates data from a network and then encrypts the files stored there, leaving a ransom note in every infected directory that threatens to publish the stolen data on its HiveLeaks site.

Chief executive Scott Cantley said on Aug. 18 that the system had "arrived at a negotiated solution" and was beginning to bring systems back online.`,
    ["ransomware", "data-theft", "extortion"],
    ["ambulance-diversion", "systems-offline"],
    ["Hive"],
  ),
  rw2(
    "a055",
    "DDoS on a public website ('kept going down'); negated effect on the health record",
    "Pro-Russian hackers target Dutch hospitals",
    `Dutch hospitals are the target of DDoS attacks by pro-Russian hackers, according to Z-Cert, the cyber security cooperative for the country's hospitals. A spokesperson said the Killnet group was behind the attacks, together with others.

The public website of the UMCG in Groningen has kept going down, the hospital said, with the attack arriving in waves. Only the outward-facing site is hit: the electronic health record, and the portal in which patients read their records, will not be affected.

The group has listed 31 Dutch hospitals on its Telegram channel, but so far the UMCG appears to be the only one actually hit.`,
    ["ddos"],
    ["systems-offline"],
    ["Killnet"],
  ),
  rw2(
    "a070",
    "hedged ransomware ('may have been hit'); 'working manually' told as 'run by hand'",
    "AIIMS Delhi servers down in suspected ransomware attack",
    `NEW DELHI - The All India Institute of Medical Sciences (AIIMS) says it may have been hit by a ransomware attack after its servers went down at 7 am on Wednesday.

Since then every department of the hospital has been run by hand, with long queues at registration. The smart lab and the report generation, billing and appointment systems have also been affected.

In an evening statement the hospital said the National Informatics Centre, which is working to restore the system, had told it that the outage could be a ransomware attack; CERT-In has been asked to help bring the digital services back.`,
    ["ransomware"],
    ["systems-offline", "paper-records"],
  ),
  rw2(
    "a007",
    "past payment and leak by a second gang; systems told as 'platform disrupted'",
    "UnitedHealth confirms Change Healthcare ransom, but data still leaks",
    `UnitedHealth Group has confirmed that its subsidiary Change Healthcare paid a ransom to the criminals behind February's attack, a payment that did not in the end keep patient data safe.

Change Healthcare disclosed on Feb. 21 that a ransomware attack had knocked its healthcare payment platform offline. The Alphv/BlackCat gang quickly claimed it, and in early March vanished with a $22 million payment researchers tied to the company, in what is presumed to be an exit scam.

This month a second gang, RansomHub, said it holds Change Healthcare data, including patient medical records, and it has begun leaking it.`,
    ["ransomware", "data-theft", "extortion"],
    ["systems-offline", "data-leaked"],
    ["ALPHV", "RansomHub"],
  ),
  rw2(
    "a068",
    "exfiltration before encryption; systems restored the same day; partial dump told as 'released part of'",
    "Maze releases data of UK vaccine trial firm after it refuses to pay",
    `London-based Hammersmith Medicines Research (HMR), which runs early-phase clinical trials, has told volunteers about a Maze Team attack in March.

The gang struck on March 14, copying HMR's data before encrypting its systems and asking for a ransom in exchange for a decryption key. The firm said it fought off the attack and had its computer systems and email running again by the end of the day. It never intended to pay, its managing director said.

On March 21, a week after the attack, Maze Team released part of HMR's data, exposing personal and medical details of some of the trial volunteers.`,
    ["ransomware", "data-theft", "extortion"],
    ["systems-offline", "data-leaked"],
    ["Maze"],
  ),
  rw2(
    "b101",
    "patients 'redirected to other facilities' as a precaution; appointments 'pushed back'; two victims",
    "Scripps Health diverts stroke and trauma patients after attack",
    `SAN DIEGO - Scripps Health, which runs four hospitals in the San Diego area, took its information technology systems offline after a cyberattack on May 1, 2021. Local media describe it as a ransomware attack; Scripps has not said what kind of attack it was.

As a precaution, stroke, heart attack and trauma patients arriving for emergency care have been redirected to other facilities from all four hospitals. With its systems down, online portal included, the provider is relying on offline documentation methods, it said. Because nobody knows when systems will be back, some appointments for Monday and later this week are being pushed back.

Separately, the Midwest Transplant Network in Westwood, Kansas said on April 30 that it too had been hit by a cyberattack.`,
    ["ransomware"],
    ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
  ),
  rw2(
    "b111",
    "bulk-discount demand; e-mail 'still offline'; paper documentation in a quote",
    "Hackers offer MedStar a bulk deal on unlock keys",
    `The criminals behind the ransomware attack on MedStar Health are reportedly offering a "bulk discount": 3 bitcoins to unlock one computer, or 45 bitcoins, about $18,500, for all of them, the Baltimore Sun reported.

The Columbia, Maryland-based health system said it was close to fully restoring its three main IT systems, but e-mail was still offline across the organization.

"Where necessary we are relying on backup systems, including paper documentation," MedStar said in a statement, calling the attack "malware".`,
    ["ransomware"],
    ["systems-offline", "paper-records"],
  ),
  rw2(
    "b114",
    "press release; 'procedures will go ahead as planned' and 'pharmacies are open' (negated effects); systems 'compromised'",
    "Update from Sky Lakes Medical Center on ransomware attack",
    `Sky Lakes Medical Center's computer systems were hit by a ransomware attack early today, October 27, 2020. There is no sign so far that patient information has been compromised.

Until our systems are restored, it will be harder to reach us. Emergency and urgent care remain available, and many scheduled procedures will go ahead as planned.

Update, October 28: all Sky Lakes retail pharmacies and clinics are open. Our computer system is still down because of the ransomware, so we are working more slowly. Thank you for your patience.`,
    ["ransomware"],
    ["systems-offline"],
  ),
  rw2(
    "b120",
    "memo obtained by a newspaper; 'went on emergency bypass'; 'staff turned to paper records'",
    "Scripps hospitals go on bypass after weekend ransomware attack",
    `A weekend ransomware attack on Scripps Health's computer network badly disrupted care, forcing the provider to cut patients off from its online portal, to postpone appointments set for Monday, May 3, and to send some critical-care patients to other hospitals, the San Diego Union-Tribune reported.

An internal memo seen by the paper said information systems at two of Scripps' four main hospitals, Scripps Memorial Hospital La Jolla among them, had been infected. Electronic medical records were reportedly down and staff turned to paper records.

Every Scripps hospital went on emergency bypass for stroke and heart attack cases.`,
    ["ransomware"],
    ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
  ),
  rw2(
    "b125",
    "practice 'closing its doors for good'; records out of reach; refusal",
    "Michigan ENT practice shuts after ransomware wipes its files",
    `Brookside ENT and Hearing Center, a two-doctor practice in Michigan, is closing its doors for good after a ransomware attack destroyed all of its patient files.

Once the hacker had planted ransomware on its network, staff could no longer get into patient records, appointment schedules or payment information. The hacker asked for $6,500 for a key; the doctors refused to pay, and every file on the system was then deleted.

Rather than rebuild, the two owners decided to close the practice and retire early.`,
    ["ransomware"],
    ["systems-offline", "services-closed"],
  ),
  rw2(
    "b130",
    "data encrypted so staff 'cannot get at' it; records back read-only; appointment system being restored",
    "MedStar Health struck by ransomware",
    `Hackers have attacked the computers of MedStar Health, the non-profit that runs 10 hospitals in Baltimore and Washington, encrypting data so that its doctors and employees cannot get at the information. A doctor at one of its hospitals confirmed the ransomware to the Baltimore Sun.

The ransom note points to a strain called Samsam. A spokeswoman said access to three critical clinical systems had been restored, with medical records available read-only for now, and patients have been asked to phone doctors' offices directly while IT staff work to restore the electronic appointment system.`,
    ["ransomware"],
    ["systems-offline"],
    ["SamSam"],
  ),
  rw2(
    "b140",
    "vendor outage ('brought down its EHR services'); background victim of the same strain",
    "Allscripts still restoring services a week after SamSam attack",
    `A week after ransomware hit two of its data centers in Raleigh and Charlotte, N.C., Allscripts, the electronic health record company, is still working to restore services to about 1,500 customers.

The attack brought down its Professional EHR service and its system for electronic prescribing of controlled substances. The company named SamSam as the strain responsible and said there was no evidence that data had been taken.

Earlier this month the same strain encrypted files at Hancock Health, an Indiana hospital, whose officials paid the attackers.`,
    ["ransomware"],
    ["systems-offline"],
    ["SamSam"],
  ),
  rw2(
    "b204",
    "'could not admit emergency patients'; patient taken to a hospital 20 miles away; ransom note addressed to the university",
    "Woman dies after hacked Dusseldorf hospital turns away emergencies",
    `DUSSELDORF, Germany - A woman needing urgent care died after the Universitatsklinikum Dusseldorf, paralysed by a ransomware attack, could not admit emergency patients and she had to be driven to a hospital in Wuppertal, 20 miles away.

The attack encrypted 30 servers and made them inaccessible, according to a report by the justice minister of North Rhine-Westphalia. The ransom note left behind was addressed to Heinrich Heine University, which the hospital belongs to. When police told the hacker a hospital had been hit, the attack was called off and a key handed over to decrypt the data they had stolen.`,
    ["ransomware", "data-theft"],
    ["ambulance-diversion", "systems-offline", "services-closed"],
  ),
  rw2(
    "b231",
    "dpa wire; encryption Trojan named; patient 'taken to a distant hospital'; IT 'not yet fully running'",
    "Trail from Dusseldorf clinic hack points to Russia",
    `DUSSELDORF (dpa) - The hackers who broke into the Dusseldorf University Hospital early in September slipped in malware called "DoppelPaymer", an encryption Trojan used by a Russian-based group, the justice ministry of North Rhine-Westphalia said on Tuesday.

Thirty servers at the clinic were encrypted; the blackmail letter was addressed to Heinrich Heine University. After being told they had hit the wrong target, the hackers released the key. The clinic's IT is still not fully up and running, and prosecutors are investigating negligent homicide over the death of a patient who had to be taken to a distant hospital because of the attack.`,
    ["ransomware"],
    ["ambulance-diversion", "systems-offline"],
    ["DoppelPaymer"],
  ),
  rw2(
    "b239",
    "'called off all appointments', 'suspended emergency care'; ambulance 'had to divert'; no ransom demanded",
    "German hospital ransomware attack may have cost a patient's life",
    `A critically ill woman may have died because of a ransomware attack on the University Hospital Dusseldorf, which was unable to take her in.

On September 10 the hospital announced a major IT failure. It called off all appointments, asked patients to stay away and suspended emergency care. On Thursday it said a cyberattack was to blame and that staff were gradually restoring systems.

During the night of 11 to 12 September the ambulance bringing the patient had to divert to Wuppertal, delaying her treatment by an hour. The ransomware encrypted 30 servers, according to the Attorney General; the perpetrators did not demand a ransom.`,
    ["ransomware"],
    ["appointments-cancelled", "ambulance-diversion", "systems-offline", "services-closed"],
  ),
  rw2(
    "a023",
    "insider told as 'looked at records without a work reason'; earlier suspension of the same employee",
    "Saskatchewan health region fires employee for snooping",
    `A Saskatchewan health region fired an employee who looked at the medical records of 14 patients without any work reason, the province's Information and Privacy Commissioner has found.

Prince Albert Parkland Health Region discovered the snooping in an internal audit on June 14. The employee, who was not named, had already been suspended for five days in May for viewing two patients' information in the pharmaceutical information program. Commissioner Ronald J. Kruzeniski said the root cause was the employee's deliberate breach of privacy.`,
    ["insider"],
    [],
  ),
  rw2(
    "a086",
    "phishing told as 'a fraudulent email' opened by an employee; records systems not accessed",
    "Navicent Health notifies 1,400 patients after phishing email",
    `Navicent Health is notifying more than 1,400 patients whose information may have been exposed after an employee opened a phishing email that gave hackers access to an email account, the hospital said.

The email was probably opened between June 22 and 24; the hospital learned of it on June 24, changed the employee's password at once and informed the FBI. Its electronic medical record systems were not accessed.`,
    ["phishing"],
    [],
  ),
  rw2(
    "b328",
    "open database of dummy data; 'leaking' in a headline of an exposure",
    "Unprotected test database of AI firm exposed 886 million dummy records",
    `Security researcher Jeremiah Fowler found a database with no password protection that exposed more than 886 million patient records online. It belonged to Deep 6 AI, a company that uses algorithms to match patients to clinical trials, which secured it promptly after being told.

The company said the records were dummy data from the MIMIC test set and that no real patient was affected: the test environment was isolated from its production systems.`,
    ["misconfiguration"],
    [],
  ),
  rw2(
    "b233",
    "paid to get stolen data back; commissioners quote 'extracted data and demanded a ransom'",
    "LifeLabs paid hackers to recover stolen data of up to 15 million Canadians",
    `LifeLabs, Canada's biggest private provider of diagnostic testing, said on Tuesday that it paid a ransom after cyber criminals got into its systems in October and took customer data.

"LifeLabs told our offices that cyber criminals got into the company's systems, extracted data and demanded a ransom," the privacy commissioners of Ontario and British Columbia said in a joint statement. The information of some 15 million customers may have been compromised.`,
    ["data-theft", "extortion"],
    [],
  ),
  rw2(
    "b237",
    "data spread through Telegram bots; ransom asked; 'leaking' on a website",
    "Star Health says hacker wants $68,000 after customer data spread on Telegram",
    `Indian insurer Star Health says a hacker has asked it for a $68,000 ransom over a breach of customer data that includes medical records. The data of more than 31 million customers was spread through chatbots on Telegram, Reuters reported.

A hacker calling themselves xenZen set up a website with sample data and announced they were leaking the customer and claims data of all Star Health customers. Telegram said it deleted the bots as soon as it found them.`,
    ["data-theft", "extortion"],
    ["data-leaked"],
    ["xenZen"],
  ),
  rw2(
    "b108",
    "precautionary shutdown of the network and phone lines; hedged access to PHI",
    "Stockton health centers shut network after intrusion",
    `Community Medical Centers (CMC), a nonprofit network of health centers in Stockton, California, shut down its entire network, servers, computers and some patient phone lines, as a precaution after detecting unusual activity on October 10.

Forensic review found unauthorized individuals had got into parts of the network holding patients' health information, and names, addresses, dates of birth and Social Security numbers of 656,047 people may have been taken, according to a filing with the Maine attorney general.`,
    ["data-theft"],
    ["systems-offline"],
  ),
];

/** Round 1: articles labelled not relevant (advice, reports, outages that were no cyber attack). */
const ROUND_1_NOT_RELEVANT: BankCase[] = [
  rw2No(
    "a032",
    "advice piece with a quote on paying; 'related news' list naming victims",
    "Five ways hospitals can get ahead of ransomware",
    `Hospital IT teams can take several steps to keep ransomware out and patient data safe. Medical facilities are especially exposed because they cannot afford to lose the research and patient data they hold.

"Why pay when your data probably won't be decrypted anyway?" one analyst asked. Follow the 3-2-1 backup rule: three copies of your data, on two different media, one of them offsite. Even cloud storage can be hit.

More news
- Weekend ransomware attack strikes kidney dialysis firm DaVita
- Akira ransomware attack forces Hitachi Vantara to take servers offline`,
  ),
  rw2No(
    "a048",
    "survey figures on paying and recovery",
    "Healthcare ransom payments doubled in 2021, Sophos finds",
    `Twice as many healthcare organisations paid a ransom in 2021 as in 2020, according to Sophos's State of Ransomware in Healthcare 2022 report, based on interviews with 381 IT teams in 31 countries.

Ransomware hit 66% of the healthcare organisations surveyed, up from 34%. Sixty-one percent of those whose data was encrypted paid, yet only 2% of payers got all of their data back. Forty-four percent needed up to a week to recover from their worst attack.`,
  ),
  rw2No(
    "b236",
    "guidance for the care sector: decision whether to pay, what an attack could disrupt",
    "NCSC publishes guidance for organisations weighing a ransom payment",
    `The National Cyber Security Centre has published new guidance, drawn up with insurance industry bodies, to help organisations decide whether to pay a ransom after a ransomware attack. As social care providers rely more on digital tools, they need to weigh the risks carefully.

Organisations should first assess how much data has been encrypted and how badly operations could be disrupted, consult experts and law enforcement, and look at alternatives such as restoring from backups before any payment is considered.`,
  ),
  rw2No(
    "b304",
    "government alert: health bodies 'could be targeted', possible impact",
    "Canada's cyber agency warns health bodies of elevated ransomware risk",
    `OTTAWA - Health organisations involved in Canada's COVID-19 response face an elevated risk of cyber attacks, the Communications Security Establishment warned in an alert on Thursday.

Criminals may try to exploit the pressure on hospitals and labs to squeeze ransom payments out of them, said Scott Jones, head of the Canadian Centre for Cyber Security. The impact of a ransomware incident could be more severe during the pandemic, the alert said, urging organisations to patch critical systems and remind staff about phishing.`,
  ),
  rw2No(
    "b320",
    "outage that 'was not a cyberattack': surgeries cancelled, care recorded by hand",
    "Toronto hospital network says outage was internal, not a cyberattack",
    `TORONTO - The University Health Network said on Tuesday it had restored virtually all of its digital systems after an outage that it blamed on internal problems rather than an outside cyberattack.

"We are confident that this was not a cyberattack," the network said, adding that no patient data had been breached. Six surgeries had to be cancelled on Monday, physicians could not see imaging systems and staff recorded care by hand during the outage, a spokesperson said.

The outage came a month after the Hospital for Sick Children was hit by a ransomware attack.`,
  ),
  rw2No(
    "b201",
    "IT upgrade failures: appointments lost, no attack",
    "Patients lose appointments after Royal Free record system upgrade",
    `Patients in Barnet, Enfield and Camden have lost appointments after a run of IT failures at the Royal Free London NHS Foundation Trust, which followed an upgrade of its electronic patient record system.

The trust insists no appointments were wiped, but clinic lists are understood to have been lost in last week's transfer, and patients reported trouble booking new appointments and getting into records. One woman said her suspected cancer test had been wiped off the system.`,
  ),
  rw2No(
    "b340",
    "heatwave outage with paper working; an unrelated cyber attack on a supplier in passing",
    "Cooling warnings at Guy's and St Thomas' datacentres went unheeded, review finds",
    `Concerns about cooling at a datacentre hosting key systems for Guy's and St Thomas' NHS Foundation Trust were raised in 2018 and never fully addressed, a review of the July 2022 heatwave outage has found.

Both datacentres overheated on 19 July 2022 and the trust moved to a paper-based operating model for clinical work while its IT took weeks to recover. Recovery was also slowed by an unrelated cyber attack in August on an external supplier.`,
  ),
];

/** Round 2: written after round 1's fixes, before the extractor was run on it. */
const ROUND_2: BankCase[] = [
  rw2(
    "a030",
    "a threat to release 'within 24 hours'; theft hedged ('may have taken the data'); forum talk of a possible release",
    "Medibank data to be released within a day, hackers warn",
    `SYDNEY - Someone claiming to hold the data stolen in Medibank's mid-October breach has threatened to release it within 24 hours, less than a day after the health insurer said it would refuse to pay the ransom.

Medibank said on Wednesday the hackers had accessed the basic personal details of 9.7 million current and former customers, and for the first time said it believed the criminals may have taken the data rather than simply viewed it.

The data is now being discussed on a dark web forum, where users are speculating about a possible release.`,
    ["data-theft", "extortion"],
    [],
  ),
  rw2(
    "a093",
    "'had its data stolen' (passive with 'have'); a threat to release photos; 'got hold of' 900 gigabytes",
    "Hackers threaten to publish cosmetic surgery patients' photos",
    `The Hospital Group, a UK cosmetic surgery chain, has confirmed a ransomware attack in which hackers stole its data. The gang, called REvil, is threatening to release patients' before-and-after photographs.

On its darknet page, REvil says it got hold of more than 900 gigabytes of patient photos. The company said it had informed the Information Commissioner.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["REvil"],
  ),
  rw2(
    "a094",
    "a leak-site listing and a threat; the gang says it chose not to encrypt; ransomware in the headline",
    "Capital Health struck by LockBit ransomware, which threatens a leak",
    `The operators of the LockBit ransomware have claimed a cyberattack on Capital Health hospital in late November 2023, adding the hospital to their leak site and threatening to publish the stolen data soon unless a ransom is paid.

The gang says the attack netted it 7TB of medical data. On its site it claimed it had deliberately not encrypted the hospital so as not to interfere with patient care, and had only stolen more than 10 million files.`,
    ["ransomware", "data-theft", "extortion"],
    [],
    ["LockBit"],
  ),
  rw2(
    "b315",
    "encryption stopped ('prevented the attackers from encrypting'); 'taking files' for two weeks; two gangs claim the data",
    "Two gangs say they hold Tampa General patient data",
    `TAMPA, Fla. - Tampa General Hospital says outside experts stopped attackers from encrypting its data, but not before they had spent almost two weeks taking files from its network.

"An unauthorized third party accessed TGH's network and obtained certain files from its systems between May 12th and May 30th, 2023," the hospital said. The Snatch ransomware group now says it has 4T of patient data, and the Nokoyawa gang has also claimed the attack.`,
    ["ransomware", "data-theft"],
    [],
    ["Snatch", "Nokoyawa"],
  ),
  rw2(
    "b124",
    "impersonation of an employee as the way in; 'made off with' records; 'no ... were taken'; a sample released by the gang",
    "Rite Aid: hackers took data of 2.2 million customers",
    `Pharmacy chain Rite Aid is notifying 2.2 million customers that an attacker made off with records of their purchases, including names, addresses, dates of birth and driver's license numbers.

In its breach notice the company said an attacker "impersonated a company employee to compromise their business credentials" on June 6. The company said no Social Security numbers or patient information were taken. The breach first came to light when the RansomHub gang released a sample of data it allegedly stole from Rite Aid.`,
    ["data-theft"],
    ["data-leaked"],
    ["RansomHub"],
  ),
  rw2(
    "a057",
    "clinic's statement 'data was stolen'; several terabytes 'made off with'; 'none has been released so far' beside a threat",
    "Dark Overlord hackers steal photos from London plastic surgery clinic",
    `A London plastic surgery clinic says a hacking group made off with several terabytes of client images, including photos taken during procedures. The Daily Beast reported that the hackers, who call themselves the Dark Overlord, took the pictures from London Bridge Plastic Surgery.

"We believe our security was breached and data was stolen," the clinic said, adding that it had alerted the Metropolitan Police. None of the photos has been released so far, though the group has threatened to release them.`,
    ["data-theft", "extortion"],
    [],
    ["The Dark Overlord"],
  ),
  rw2(
    "a106",
    "notification letter: 'exposed personal information' of 5.8 million; suspicious activity; no other type",
    "PharMerica breach exposes data of 5.8 million",
    `PharMerica, a national pharmacy network, is sending letters to 5,815,591 people whose personal information was exposed in a breach in March.

According to the letter, a copy of which went to the Maine Attorney General, the company noticed suspicious activity on its network on March 14, 2023, and an investigation found that an unknown third party had accessed its computer systems and that some personal information may have been taken.`,
    ["data-theft"],
    [],
  ),
  rw2(
    "b342",
    "mass exploitation claimed by a gang; the victim's data 'compromised' through a supplier",
    "Community Health Systems among 130 victims Clop says it hacked",
    `Clop, the Russian-speaking ransomware group, says it stole data from more than 130 organizations by exploiting a flaw in Fortra's GoAnywhere file transfer software, Community Health Systems among them.

The Franklin, Tenn.-based health system told the SEC that the breach at Fortra had led to patients' personal information being compromised. Clop gave no evidence for its claim.`,
    ["data-theft"],
    [],
    ["Clop"],
  ),
  rw2(
    "a083",
    "'took sensitive data'; systems 'restored the same day' beside 'no downtime'; details published after a refusal",
    "Maze posts data of vaccine trial volunteers after HMR refuses to pay",
    `A hacking group called Maze breached the systems of Hammersmith Medicines Research (HMR), a UK research firm preparing to test COVID-19 vaccines, and took sensitive data about trial volunteers.

HMR said it fought the attack off and had its computer systems restored the same day. "We had no downtime," its managing director said. When the firm declined to pay the ransom, the gang published the details.`,
    ["data-theft", "extortion"],
    ["data-leaked"],
    ["Maze"],
  ),
];

/** Round 2: reports and alerts labelled not relevant. */
const ROUND_2_NOT_RELEVANT: BankCase[] = [
  rw2No(
    "b341",
    "survey percentages of encryption, extortion and recovery costs",
    "Two in three healthcare bodies hit by ransomware in 2024, Sophos says",
    `Sixty-seven percent of healthcare organisations were hit by ransomware in 2024, up from 60% in 2023, according to Sophos's State of Ransomware in Healthcare 2024.

Data was encrypted in 74% of the attacks, and cybercriminals tried to compromise backups in 95% of them. Only one respondent described an extortion-only attack. Recovery cost an average of $2.57 million.`,
  ),
  rw2No(
    "b337",
    "trade association passes on an FBI alert; how a gang encrypts and extorts",
    "FBI warns hospitals about Darkside ransomware",
    `The Healthcare Council of the Plains urged members on Monday to pass an FBI flash alert on recent cyber-attacks to their IT departments at once.

The FBI has been investigating the Darkside gang since 2020. Its affiliates break into a victim's network, encrypt the data and then demand cryptocurrency, threatening to publish the files if the victim does not pay. The gang has claimed victims in manufacturing, energy and health care.`,
  ),
  rw2No(
    "a082",
    "joint advisory on a gang that targets healthcare: what it deploys and steals",
    "CISA, FBI and HHS warn of Daixin Team",
    `US agencies have warned that Daixin Team, a cybercrime group active since June 2022, is targeting healthcare organisations with ransomware.

According to the joint alert, the group deploys ransomware on servers used for electronic health records and imaging, and steals patients' health information, which it then uses to extort its victims.`,
  ),
  rw2No(
    "b145",
    "vendor report: root causes and the human toll of ransomware",
    "Exploited vulnerabilities top cause of healthcare ransomware, report finds",
    `Exploited vulnerabilities were the most common technical root cause of ransomware attacks on healthcare providers this year, accounting for 33% of incidents, according to a Sophos study of 292 providers that were hit.

The report also looks at the organisational gaps that left providers exposed, such as too few security staff, and at the toll attacks take on IT teams.`,
  ),
];

export const RW2_ATTACKS_BANK: BankCase[] = [...ROUND_1, ...ROUND_1_NOT_RELEVANT, ...ROUND_2, ...ROUND_2_NOT_RELEVANT];

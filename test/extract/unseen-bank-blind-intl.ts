// A blind bank of incidents outside the United States (area intl): items about real healthcare incidents (and real kinds
// of non-incident) written from memory of public reporting, in the voices of other newsrooms (translated French,
// German, Spanish, Italian and Czech news, a Toronto daily, Australian and New Zealand broadcasters, an Indian business
// paper, a Japanese English-language daily, a Singapore daily, a South African news site, UK regional and trade press),
// with local words (CHU, Klinikum, ASL, DHB, KBC, crore) and local number and date forms. Facts are approximate; the
// labels follow ../shared/eval/README.md and state only what each text says. Each round was written and labelled in
// full before the extractor was run on any of it. Carry-over figures are in unseen-bank-blind-intl.test.ts.
import { type BankCase, notRelevantCases, relevantPageCases } from "./unseen-shapes-bank";

/** A relevant case: no attacker, ransom, numbers or impact unless given. */
const pg = relevantPageCases("intl-");

/** A case labelled not relevant (only relevance is scored there). */
const no = notRelevantCases("intl-");

// ---------------------------------------------------------------- round 1
const ROUND_1: BankCase[] = [
  pg(
    "a01",
    "whole page, translated French regional daily: dateline with a département, a demand in words of dollars refused, patients transferred, 'Related' links naming other French victims and groups, author bio",
    "Cyberattaque à l'hôpital de Corbeil-Essonnes : les pirates publient des données de patients",
    `Le Républicain de l'Essonne | Faits divers | Santé

Cyberattack at Corbeil-Essonnes hospital: hackers publish patient data

By Claire Dumoulin | Published 25/09/2022 at 18h32, updated 26/09/2022 at 08h10

CORBEIL-ESSONNES (Essonne). — Nearly a month after the cyberattack that paralysed it, the Centre hospitalier Sud Francilien (CHSF) has seen the threat of the hackers carried out. On Sunday the LockBit 3.0 group put online a first batch of files stolen from the hospital, some 11 gigabytes including medical scans, test results and the social security numbers of patients.

The attack began in the night of 20 to 21 August. The hackers encrypted the hospital's servers and demanded a ransom of 10 million dollars, later lowered to 1 million. The management, backed by the Ministry of Health, refused to pay. "The public hospital does not negotiate with criminals," the director, Gilles Calmes, repeated on Sunday.

For weeks the 1,000-bed establishment has been working in "degraded mode". The business software, the storage systems and the patient record system were out of service, and the teams went back to paper and pencil. In the first days, patients needing emergency care were transferred to other hospitals in the Île-de-France region, and several operations were postponed.

"We are asking patients to be vigilant about any message that asks them for personal information," the hospital said in a statement. The national cybersecurity agency (ANSSI) and the gendarmerie's cyber unit are investigating; the Paris prosecutor's office has opened an inquiry for extortion in an organised gang.

The CHSF is not the first French hospital targeted. In 2021 the hospitals of Dax and Villefranche-sur-Saône were also paralysed by ransomware, and Health Minister François Braun has promised 20 million euros more for the security of hospital systems.

Read also:
- Arcachon: the town hall's servers hit by a cyberattack, Vice Society claims it
- Brest university hospital (CHU) repels an intrusion attempt, no data stolen
- Cannes: the Simone-Veil hospital targeted, LockBit demands a ransom

Receive our Essonne newsletter every morning: Subscribe

Claire Dumoulin covers justice and health in the south of the Essonne for Le Républicain.`,
    {
      attackers: ["LockBit"],
      victims: ["Centre hospitalier Sud Francilien"],
      type: "hospital",
      // Label fixed after the first run: a demand changed from one sum to another keeps the second (the rule the
      // extractor's changed-sum tests follow; the guide is silent).
      ransom: { status: "refused", amount: 1000000, currency: "USD" },
      volume: 11000000000,
      country: "FR",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "a02",
    "translated Spanish wire: the regional government's refusal, figures 'non-urgent operations' and 'visits', a demand in 'millones de dólares' glossed, a volume in terabytes",
    "El Hospital Clínic de Barcelona no pagará el rescate tras el ciberataque",
    `BARCELONA, 7 Mar. (EFE). — The Hospital Clínic de Barcelona will not pay the ransom demanded by the hackers who attacked its computer systems on Sunday, the Catalan government's digital policy department said on Tuesday. The RansomHouse group, which claims to have stolen 4,5 terabytes of data, is asking for 4,5 millones de dólares (about 4.5 million dollars). Since the attack the hospital has cancelled 150 non-urgent operations and some 3.000 outpatient visits, and its laboratory and pharmacy are working with paper forms.`,
    {
      attackers: ["RansomHouse"],
      victims: ["Hospital Clínic de Barcelona"],
      type: "hospital",
      ransom: { status: "refused", amount: 4500000, currency: "USD" },
      volume: 4500000000000,
      country: "ES",
      attacks: ["data-theft", "extortion"],
      impact: ["operations-cancelled", "appointments-cancelled", "paper-records"],
    },
  ),
  pg(
    "a03",
    "whole page, translated German trade press: 'Klinikum', Emotet malware, deregistered from emergency care, dates written the German way, a state's funding in 'Mio. €' as background, 'Mehr zum Thema' links",
    "Klinikum Fürth: Nach Emotet-Befall vom Netz",
    `Gesundheit & IT | Sicherheit

Klinikum Fürth nach Trojaner-Befall vom Netz

Von Markus Brandl | 13.12.2019, 11:45 Uhr

The Klinikum Fürth in Middle Franconia has cut itself off from the internet after a malware infection. On Thursday, 12.12.2019, staff noticed unusual activity in the hospital's network; the IT department then shut down all computers as a precaution. According to the hospital, it is the Emotet trojan, which arrived with a manipulated e-mail.

The hospital has deregistered from emergency care at the integrated control centre until further notice. Ambulances are taking patients to other hospitals in the region, among them the university hospital in Erlangen and the Klinikum Nürnberg. Planned operations were postponed; patients already in the house continue to be cared for.

"There is no indication that patient data has flowed out," a spokeswoman said. The police and the Bavarian Central Office for Cybercrime (ZCB) in Bamberg are investigating. A ransom demand has not been received so far.

Emotet counts as one of the most dangerous malware programs in the world; the Federal Office for Information Security (BSI) warned only recently about a new wave. The trojan often reloads further malware, for example the ransomware Ryuk. In the autumn the Kammergericht in Berlin and the city of Frankfurt am Main had to take their networks off the internet after Emotet infections.

The Free State of Bavaria is supporting the IT security of its hospitals this year with 1,2 Mio. € from a special programme.

Mehr zum Thema:
- Ryuk-Angriff: Landkreis in Sachsen-Anhalt ruft Katastrophenfall aus
- Kammergericht Berlin: Emotet-Infektion schlimmer als gedacht
- Uniklinik: Lösegeldforderung über 2 Mio. Euro

Markus Brandl schreibt seit 2015 über IT im Gesundheitswesen.`,
    {
      victims: ["Klinikum Fürth"],
      type: "hospital",
      country: "DE",
      attacks: ["malware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "services-closed"],
    },
  ),
  pg(
    "a04",
    "translated Italian news: an ASL described as running hospitals, a group that published after the refusal, a volume in gigabytes, the booking centre (CUP) down",
    "ASL 1 Abruzzo, i dati sanitari pubblicati dagli hacker",
    `L'AQUILA — The hackers of the Monti ransomware group have published on the dark web the data stolen from the ASL 1 Abruzzo, the local health authority that runs the hospitals of L'Aquila, Avezzano and Sulmona. The files, around 522 gigabytes, include medical reports and the data of patients. The attack of 3 May had blocked the computer systems of the ASL; the CUP, the booking centre, was down for days and many appointments had to be postponed. The regional government said it did not pay any ransom.`,
    {
      attackers: ["Monti"],
      victims: ["ASL 1 Abruzzo"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      volume: 522000000000,
      country: "IT",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["appointments-cancelled", "systems-offline", "data-leaked"],
    },
  ),
  pg(
    "a05",
    "whole page, Toronto daily: a gang's apology and free decryptor, the hospital's 'has not made a ransom payment', delays told as effects of systems down, 'Related' links naming Ontario hospitals and another gang",
    "LockBit apologizes for attack on SickKids, offers free decryptor",
    `Toronto Daily | News | GTA

LockBit apologizes for attack on SickKids, offers free decryptor

By Priya Raman, Staff Reporter | Mon., Jan. 2, 2023

The ransomware gang LockBit has apologized for an attack on Toronto's Hospital for Sick Children and posted a free decryptor, saying one of its "partners" broke the group's rules by targeting the hospital.

SickKids said on Dec. 18 it had been hit by a cybersecurity incident that took down internal and corporate systems, hospital phone lines and its website. Patients faced delays in receiving lab and imaging results, and some were told to expect longer waits.

In a statement posted on its leak site on Dec. 31, LockBit said the partner who attacked SickKids had been blocked from its affiliate program. "We formally apologize for the attack on sickkids.ca and give back the decryptor for free," the post read.

The hospital said on Sunday it was aware of the statement and was working with experts to validate the decryptor. "SickKids has not made a ransom payment," it said, adding that more than 50 per cent of its priority systems had been restored.

Experts cautioned against taking the gang at its word. "Apologies like this are public relations," said Brett Callow, a threat analyst at Emsisoft. "They want to keep getting paid by other victims."

LockBit has claimed hundreds of victims around the world. In 2022 the group was also behind attacks on a French hospital south of Paris and on a number of municipal governments in Ontario.

Related:
- Five southwestern Ontario hospitals still recovering from Daixin attack
- Durham Region: Conti claims data from regional government
- Halton hospital warns patients after email phishing scheme

Sign up for our morning newsletter, delivered to your inbox before 7 a.m.

Priya Raman is a Toronto-based reporter covering health care for the Daily.`,
    {
      attackers: ["LockBit"],
      victims: ["Hospital for Sick Children"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "CA",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "a06",
    "short Croatian wire: the hospital's own acronym (KBC) in brackets, a 'cyber attack' a group claimed with stolen records and a threat, emergency patients sent elsewhere",
    "Croatia's largest hospital hit by cyber attack, LockBit claims responsibility",
    `ZAGREB, June 28 (Hina) — The University Hospital Centre Zagreb (KBC Zagreb), the largest hospital in Croatia, said on Friday that its information system was shut down after a cyber attack on Thursday night. Ambulances were redirected to other Zagreb hospitals for almost 24 hours. The LockBit group claimed responsibility on its website, saying it had taken medical records of patients and would publish them.`,
    {
      attackers: ["LockBit"],
      victims: ["University Hospital Centre Zagreb"],
      type: "hospital",
      country: "HR",
      attacks: ["data-theft", "extortion"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  pg(
    "a07",
    "whole page, Australian broadcaster: a fertility clinic group, a little-known group's leak, an injunction, a volume in gigabytes, 'Related' links naming other Australian victims (MediSecure, Medibank)",
    "Hackers publish stolen Genea patient data on dark web",
    `ABC-style News | Health

Hackers publish stolen Genea patient data on dark web

By Lucy Tran | Posted Wed 26 Feb 2025 at 5:12pm

Patients of IVF provider Genea are being warned their personal and medical information may now be on the dark web, after a ransomware group published data it stole from the company.

The group, which calls itself Termite, listed Genea on its leak site overnight and released what it says is 940 gigabytes of files, including names, dates of birth, Medicare numbers and details of fertility treatment.

Genea, one of Australia's largest fertility clinic operators, first disclosed the cyber incident on February 19. Its patient management system, known as Melinda, was unavailable for several days and some patients were unable to use the clinic's app to check their treatment.

The company obtained an injunction from the NSW Supreme Court on Wednesday to stop anyone from accessing, publishing or downloading the data.

"We understand this is distressing news," Genea said in a statement. "Clinical care is continuing and all treatments are proceeding as scheduled."

The National Cyber Security Coordinator, Lieutenant General Michelle McGuinness, said she was aware of the incident and was working with the company.

Termite emerged in late 2024 and has also claimed an attack on the software company Blue Yonder in the United States.

Related stories
- MediSecure administrators say 12.9 million Australians affected by 2024 breach
- Medibank hack: Russian national sanctioned over 2022 attack
- Western Sydney University confirms second data breach

Get ABC News alerts: Download the app

Lucy Tran is a health reporter based in Sydney.`,
    {
      attackers: ["Termite"],
      victims: ["Genea"],
      type: "clinic",
      volume: 940000000000,
      country: "AU",
      attacks: ["data-theft"],
      impact: ["systems-offline", "data-leaked"],
    },
  ),
  pg(
    "a08",
    "short New Zealand item: a DHB, a minister's refusal, electives postponed, data sent to media and put online",
    "Waikato DHB: ransomware attack, health minister rules out paying",
    `Waikato District Health Board's IT systems are still down more than a week after a ransomware attack, with elective surgery postponed and clinicians working on paper. Health Minister Andrew Little said the DHB would not pay a ransom. The hackers have since sent patient files to several media outlets and published some of the data online.`,
    {
      victims: ["Waikato District Health Board"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "NZ",
      // Extortion added at integration: dev labels a ransom with a leak as extortion (14 of 14 articles).
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["operations-cancelled", "systems-offline", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "a09",
    "Indian business paper: customers counted in crore, a demand in dollars, data sold through chatbots; the hacker's handle not checked",
    "Star Health data leak: details of 3.1 crore customers exposed, says hacker",
    `Star Health and Allied Insurance, India's largest standalone health insurer, said on Friday it was the target of a malicious cyberattack after a hacker claimed to be selling the data of 3.1 crore customers, including medical reports and tax details, through chatbots on Telegram. The hacker, who uses the name xenZen, said he had demanded US$68,000 from the company. Star Health said it had filed a complaint with the police in Chennai and that the data was being sold illegally.`,
    {
      victims: ["Star Health and Allied Insurance"],
      type: "insurer",
      ransom: { status: "demanded-amount", amount: 68000, currency: "USD" },
      people: 31000000,
      country: "IN",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "a10",
    "Japanese English-language daily: a general hospital through a meal supplier's server, emergency care stopped, restoration cost in yen, a demand in bitcoin the hospital will not pay",
    "Osaka hospital hit by ransomware, suspends emergency care",
    `OSAKA — Osaka General Medical Center has suspended emergency treatment and postponed planned surgeries after a ransomware attack on Oct. 31 paralyzed its electronic medical record system, the hospital said.

Staff are writing records by hand. According to the prefectural government, which runs the center, the attackers appear to have entered through a server of an outside company that supplies patients' meals, which was connected to the hospital's network.

A message left on the hospital's computers demanded payment in bitcoin. The hospital has said it will not pay. Full restoration of the system is expected to take about two months and cost several hundred million yen.

The 865-bed center is one of the main acute-care hospitals in western Japan. A hospital in Tokushima Prefecture was hit in a similar attack last year.`,
    {
      victims: ["Osaka General Medical Center"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "JP",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "systems-offline", "paper-records", "services-closed"],
    },
  ),
  pg(
    "a11",
    "translated Brazilian business news: a diagnostics group, a group attributed by reports, a demand in dollars, exams rescheduled (attack types left open: a 'ransomware group' that asked a ransom, the attack told only as a 'cyberattack')",
    "Grupo Fleury sofre ataque hacker e sistemas ficam fora do ar",
    `SÃO PAULO — Grupo Fleury, one of the largest medical diagnostics companies in Brazil, said on Tuesday that its systems were unavailable after a cyberattack and that some tests were being rescheduled. According to specialist websites, the attack was carried out by the REvil ransomware group, which asked for a ransom of US$5 million. The company said it was working to restore its systems and that it had informed the authorities.`,
    {
      attackers: ["REvil"],
      victims: ["Grupo Fleury"],
      type: "laboratory",
      ransom: { status: "demanded-amount", amount: 5000000, currency: "USD" },
      country: "BR",
      impact: ["appointments-cancelled", "systems-offline"],
    },
  ),
  pg(
    "a12",
    "whole page, South African news site: a national laboratory service, a group's claim with a volume, backups deleted, no demand received, 'Related' links naming other South African victims",
    "NHLS ransomware attack: lab results delayed as BlackSuit claims 1.2TB of data",
    `News | South Africa | Health

NHLS ransomware attack: lab results delayed as BlackSuit claims 1.2TB of data

By Sipho Mabuza | 26 June 2024, 14:05

The National Health Laboratory Service (NHLS) is still struggling to deliver test results to public hospitals and clinics three days after a ransomware attack crippled its systems.

The laboratory service, which processes tests for about 80% of South Africans, confirmed on Tuesday that its laboratory information system and email were down and that parts of its backup servers had been deleted by the attackers.

The BlackSuit ransomware group has claimed responsibility, saying on its leak site that it stole 1.2TB of data, including patient information and internal documents.

"We have not received any ransom demand," NHLS spokesperson Mzi Mtwesi said. "Our laboratories continue to process urgent samples, and results are being delivered by phone and on paper where necessary."

Health department spokesperson Foster Mohale said hospitals had been asked to prioritise emergency tests while the system was restored. The attack comes in the middle of an mpox outbreak, and doctors have warned that delays could put patients at risk.

Cybersecurity analyst Ziaan Lee said BlackSuit was a rebrand of the Royal ransomware gang, itself an offshoot of Conti.

Related
- Netcare confirms ransomware attack, says patient care not affected
- Transnet cyberattack: port operations back to normal
- Dis-Chem customers' data exposed in third-party breach

Sign up for our daily newsletter

Sipho Mabuza is a health reporter.`,
    {
      attackers: ["BlackSuit"],
      victims: ["National Health Laboratory Service"],
      type: "laboratory",
      volume: 1200000000000,
      country: "ZA",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "a13",
    "UK broadcaster: two NHS trusts through a shared gateway, a group publishing a sample and threatening the rest",
    "Alder Hey and Liverpool Heart and Chest data published by ransomware gang",
    `Alder Hey Children's NHS Foundation Trust and Liverpool Heart and Chest Hospital NHS Foundation Trust are investigating after a cyber criminal group said it had stolen data from a digital gateway service the two trusts share. The INC Ransom gang published a sample of documents on its website, including what appear to be patient reports and donor records, and threatened to release the rest. Alder Hey said its services were running as normal.`,
    {
      attackers: ["INC Ransom"],
      victims: ["Alder Hey Children's NHS Foundation Trust", "Liverpool Heart and Chest Hospital NHS Foundation Trust"],
      type: "hospital",
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "a14",
    "UK regional item: a trust's 'major incident', outpatient appointments cancelled, systems 'not available'; a place named only by its county",
    "Wirral hospital trust declares major incident after cyber attack",
    `Wirral University Teaching Hospital NHS Foundation Trust has declared a major incident after a cyber security issue. Outpatient appointments at Arrowe Park Hospital and Clatterbridge Hospital were cancelled on Tuesday, and staff said patient record systems were not available and they were using paper. Patients in Merseyside were asked to attend A&E only in an emergency.`,
    {
      // Label fixed after the first run: the trust's two hospitals whose appointments were cancelled were hit by the
      // incident ("organisations hit by the incident ... in the text's own wording"), as blind-s01 lists an operator's.
      victims: [
        "Wirral University Teaching Hospital NHS Foundation Trust",
        "Arrowe Park Hospital",
        "Clatterbridge Hospital",
      ],
      type: "hospital",
      country: "GB",
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  no(
    "a15",
    "German district council's ransomware, its health office among the services hit (kind (a): not a healthcare victim)",
    "Anhalt-Bitterfeld: Landkreis ruft nach Hackerangriff den Katastrophenfall aus",
    `The Landkreis Anhalt-Bitterfeld in Saxony-Anhalt has declared a state of disaster after a ransomware attack encrypted the district administration's servers. Payments of social benefits and parental allowance are delayed, the vehicle registration office is closed, and the Gesundheitsamt, the district's health office, cannot issue certificates. The district said it would not pay the ransom demanded by the attackers.`,
  ),
  no(
    "a16",
    "French government programme for hospital cybersecurity, a budget in 'millions d'euros', no victim named (kind (c))",
    "Cybersécurité : 750 millions d'euros pour les hôpitaux",
    `PARIS — The government has announced a programme of 750 millions d'euros over five years to strengthen the cybersecurity of hospitals, after a series of ransomware attacks in recent years disrupted care in several establishments. Health establishments will have to run crisis exercises and keep offline backups, the health ministry said. The national agency ANSSI will audit the 135 hospitals considered most critical.`,
  ),
  pg(
    "a17",
    "Czech wire in English: a university hospital's own name in Czech in brackets, new patients sent to another hospital, operations postponed, computers shut down",
    "Brno University Hospital hit by cyberattack amid coronavirus outbreak",
    `PRAGUE, March 13 (CTK) — The Brno University Hospital (Fakultní nemocnice Brno) had to shut down all its computers on Friday morning after a cyberattack, director Jaroslav Štěrba said. Urgent surgical operations were postponed and new acute patients were redirected to St. Anne's University Hospital in Brno. The hospital is one of the Czech Republic's biggest testing centres for the coronavirus. The National Cyber and Information Security Agency (NUKIB) and the police are investigating.`,
    {
      victims: ["Brno University Hospital"],
      type: "hospital",
      country: "CZ",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline"],
    },
  ),
  pg(
    "a18",
    "whole page, Singapore daily: a public healthcare cluster, patients counted in millions, a state-linked actor not named, background of another leak in 'Related'",
    "SingHealth cyber attack: data of 1.5 million patients stolen, including PM Lee's",
    `The Straits-style Times | Singapore | Health

SingHealth cyber attack: data of 1.5 million patients stolen, including PM Lee's

By Tan Wei Ming | Published Jul 20, 2018, 6:00 pm SGT

SINGAPORE — The personal particulars of about 1.5 million patients who visited SingHealth's specialist outpatient clinics and polyclinics between May 1, 2015, and July 4, 2018, have been stolen in Singapore's worst cyber attack, the authorities said on Friday.

The information taken includes names, NRIC numbers, addresses, gender, race and dates of birth. The outpatient prescription records of about 160,000 of those patients, including Prime Minister Lee Hsien Loong's, were also copied. No records were tampered with, and diagnoses, test results and doctors' notes were not taken.

SingHealth, the country's largest group of public healthcare institutions, runs four public hospitals, five national specialty centres and eight polyclinics.

Investigators from the Cyber Security Agency of Singapore (CSA) said the attackers gained access through a front-end workstation infected with malware, and then obtained privileged account credentials. "This was a deliberate, targeted and well-planned cyber attack," said Health Minister Gan Kim Yong. The authorities declined to name the attackers, citing national security, but said they were not casual hackers or criminal gangs.

Communications and Information Minister S. Iswaran said internet access on all public healthcare staff computers would be cut off as a temporary measure.

Patients whose data were taken will receive an SMS from SingHealth over the next five days.

Related:
- HIV registry leak: details of 14,200 people put online by American fraudster
- Two government agencies hit by phishing e-mails, no data lost
- Polytechnic student data exposed after misconfigured server

Get the latest news delivered to your inbox: Sign up for our newsletters

Tan Wei Ming is a correspondent covering health policy.`,
    {
      victims: ["SingHealth"],
      type: "hospital",
      people: 1500000,
      country: "SG",
      attacks: ["data-theft", "malware"],
    },
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes)
const ROUND_2: BankCase[] = [
  pg(
    "b01",
    "whole page, translated French national daily: the hospital's name with its town, a gang publishing after a refusal, a volume in 'Go', consultations postponed, 'Lire aussi' links naming other French victims, a newsletter line",
    "Cyberattaque : LockBit publie les données de l'hôpital de Cannes",
    `Le Quotidien | Société | Santé

Cyberattack: LockBit publishes data from the Cannes hospital

By Julie Martel | Published on 2 May 2024 at 10:14

The ransomware group LockBit has carried out its threat. On Wednesday evening it published on its site 61 Go of data stolen from the Hôpital Simone-Veil de Cannes, after the establishment refused to pay the ransom demanded.

The hospital, which has some 700 beds, was hit on the night of 15 to 16 April. Its teams had to switch to downgraded procedures: prescriptions and patient files were kept on paper, and non-urgent consultations and operations were postponed during the first days. Emergency care continued to be provided.

"The data published include administrative documents, payslips and some medical information," the management said in a statement, adding that it had filed a complaint and informed the CNIL, the data protection authority. Patients whose data appear in the files will be contacted individually.

The hospital had said from the start that it would not negotiate. "Paying would be financing crime," its director told Nice-Matin last week.

LockBit, which claims to have hit more than 2,000 victims worldwide, was weakened in February by an international police operation, Cronos, but its leak sites reappeared within days.

Lire aussi
- Armentières: the hospital centre targeted in 2024, a demand in bitcoin
- Rennes university hospital: patient data sold on the dark web in 2021
- Brest: the CHU repels an intrusion, no data leaked

Subscribe to our Health newsletter: every Thursday in your inbox.

Julie Martel is a journalist in the Société department.`,
    {
      attackers: ["LockBit"],
      victims: ["Hôpital Simone-Veil de Cannes"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      volume: 61000000000,
      country: "FR",
      attacks: ["data-theft", "extortion"],
      impact: ["operations-cancelled", "appointments-cancelled", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "b02",
    "translated Dutch public broadcaster: a laboratory for a national screening programme, women counted with a thousands dot, a group's publication",
    "Gegevens van 485.000 vrouwen gestolen bij hack op laboratorium",
    `RIJSWIJK — Hackers have stolen data of 485.000 women who took part in the national cervical cancer screening programme, in an attack on the laboratory Clinical Diagnostics NMDL in Rijswijk, which analyses the smears for the programme. The criminal group Nova says it took 300 gigabytes of files, including names, addresses, citizen service numbers and test results, and has put part of them online. The laboratory said it had informed the Dutch Data Protection Authority.`,
    {
      attackers: ["Nova"],
      victims: ["Clinical Diagnostics NMDL"],
      type: "laboratory",
      people: 485000,
      volume: 300000000000,
      country: "NL",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "b03",
    "translated Norwegian news: a regional health authority, 'up to' a figure of people, no theft confirmed, a foreign state actor suspected",
    "Hackers broke into Helse Sør-Øst: data of up to 2.9 million Norwegians exposed",
    `OSLO — Helse Sør-Øst, the regional health authority that runs the hospitals of south-eastern Norway, said on Tuesday that hackers had broken into its computer systems. The personal and health data of up to 2.9 million people, more than half of Norway's population, may have been exposed, HelseCERT said. It is not yet known whether any data was taken. Security sources said the attackers were probably working for a foreign state.`,
    {
      victims: ["Helse Sør-Øst"],
      type: "hospital",
      people: 2900000,
      country: "NO",
      attacks: ["unknown"],
    },
  ),
  pg(
    "b04",
    "Canadian broadcaster: a lab company that paid to get data back, customers counted in millions, two provinces",
    "LifeLabs paid hackers to retrieve stolen data of up to 15 million customers",
    `LifeLabs, Canada's largest medical testing company, says it paid a ransom to cybercriminals to retrieve the personal information of up to 15 million customers, most of them in Ontario and British Columbia. The data included names, addresses, health card numbers and, for about 85,000 Ontarians, lab test results. "We did this in collaboration with experts familiar with cyber-attacks and negotiations with cyber criminals," chief executive Charles Brown said. The company would not say how much it paid.`,
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
    "b05",
    "Australian state broadcaster: a Victorian health service, elective surgery postponed, systems taken offline, hospitals not named",
    "Eastern Health postpones elective surgery after cyber attack",
    `Victoria's Eastern Health has postponed some category two and three elective surgery after a cyber attack forced it to take its IT systems offline. The health service, which runs Box Hill Hospital, Maroondah Hospital and Angliss Hospital in Melbourne's east, said emergency departments remained open and patient care had not been compromised.`,
    {
      victims: ["Eastern Health"],
      type: "hospital",
      country: "AU",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "systems-offline"],
    },
  ),
  pg(
    "b06",
    "Indian wire: an institute known by its acronym, OPD registration by hand, a rumoured demand in crore that police deny",
    "AIIMS servers down for sixth day after ransomware attack",
    `NEW DELHI — Servers at the All India Institute of Medical Sciences (AIIMS) remained down for a sixth day on Monday after a ransomware attack, with outpatient registration, billing and lab reports being handled manually. Reports had claimed that the hackers demanded Rs 200 crore in cryptocurrency, but Delhi Police denied that any ransom demand had been received. The Intelligence Fusion and Strategic Operations unit has registered a case of extortion and cyber terrorism.`,
    {
      victims: ["All India Institute of Medical Sciences"],
      type: "hospital",
      ransom: { status: "not-mentioned", amount: null, currency: null },
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "b07",
    "whole page, translated German regional daily: a university hospital that cut itself off from the internet as a precaution, emergency care continuing, no demand, 'Mehr zum Thema' links naming other victims and a ransom",
    "Uniklinik Frankfurt nach IT-Sicherheitsvorfall vom Netz",
    `Frankfurter Rundschau-Stil | Frankfurt | Gesundheit

University hospital cut off from the internet after IT security incident

Von Anna Keller | Aktualisiert: 06.10.2023, 18:20 Uhr

FRANKFURT. The Universitätsklinikum Frankfurt has disconnected its entire IT from the internet after an IT security incident. As a precaution, all connections to the outside were cut on Thursday evening, a spokesman for the hospital said on Friday. E-mails from outside cannot be received at the moment, and the website can only be reached with restrictions.

Patient care is secured, the spokesman stressed: emergency care and the operations planned for Friday took place. Internal systems, including the electronic patient record, continue to work.

According to the hospital, the incident was discovered by its own IT security team. There was no ransom demand, and so far there is no evidence that data has been stolen. The State Criminal Police Office (LKA) of Hesse and the Federal Office for Information Security (BSI) have been informed.

The university hospital, with around 1,450 beds, is one of the largest hospitals in Hesse. It is not the first attack on a hospital in the region: in 2022 the Klinikum Darmstadt had to restrict its services for weeks after a ransomware attack.

Mehr zum Thema
- Südwestfalen-IT: Akira-Angriff legt 70 Kommunen lahm
- Lösegeld: Hacker verlangen 3 Millionen Euro von Stadtwerken
- Klinikum Ingolstadt: Notaufnahme vorübergehend abgemeldet

Anna Keller ist Redakteurin im Ressort Frankfurt.`,
    {
      victims: ["Universitätsklinikum Frankfurt"],
      type: "hospital",
      country: "DE",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b08",
    "translated Colombian news: a health insurer (EPS) and its parent, a group's claim, appointments and medicine deliveries disrupted",
    "Sanitas y Keralty, víctimas de un ciberataque de RansomHouse",
    `BOGOTÁ — The health group Keralty and its insurer EPS Sanitas confirmed that a ransomware attack has affected their systems since Sunday, making it impossible for patients to book medical appointments through the app and the call centre. The RansomHouse group claimed the attack on its website and published screenshots as proof. The company said its clinics were attending patients with contingency plans on paper.`,
    {
      attackers: ["RansomHouse"],
      // Type left open: a health group of clinics and its insurer.
      victims: ["Keralty", "EPS Sanitas"],
      country: "CO",
      attacks: ["ransomware"],
      impact: ["paper-records"],
    },
  ),
  no(
    "b09",
    "a faulty security update takes a Canadian hospital's systems down, expressly no cyber attack (kind (b))",
    "Ontario hospitals hit by global IT outage, not a cyberattack",
    `Several Ontario hospitals cancelled some appointments on Friday after a faulty software update from the security company CrowdStrike crashed Windows computers around the world. Hospital officials stressed that this was not a cyberattack and that no patient data had been compromised. Emergency departments remained open.`,
  ),
];

// ---------------------------------------------------------------- round 3 (written after round 2's fixes)
const ROUND_3: BankCase[] = [
  pg(
    "c01",
    "whole page, UK national daily: a pathology partnership whose two trusts are named, a demand in dollars glossed in pounds, figures of postponed procedures and appointments, a WannaCry count as background, 'Related' links naming other UK victims and groups, author bio",
    "Qilin gang publishes data stolen in Synnovis attack",
    `Health | Technology | London

Qilin gang publishes data stolen in Synnovis attack

By Harriet Okafor, Health Correspondent
Friday 21 June 2024 14.05 BST

The cyber criminals behind the attack on the pathology firm Synnovis have published almost 400GB of data they say was taken from its systems, including patient names, dates of birth, NHS numbers and descriptions of blood tests.

The Russian-speaking group Qilin posted the files on its darknet site overnight after, it says, negotiations broke down. The gang had demanded $50m (£40m) from the company, which is a partnership between the private laboratory group Synlab and two London trusts.

The ransomware attack on 3 June crippled the blood-testing services that Synnovis runs for Guy's and St Thomas' NHS Foundation Trust and King's College Hospital NHS Foundation Trust, as well as GP practices across six south-east London boroughs. Figures released by NHS England on Thursday show that 1,134 elective procedures and 2,194 outpatient appointments were postponed at the two trusts in the first two weeks.

Synnovis's laboratory IT system has been offline since the attack, and staff have gone back to paper request forms. Hospitals have had to use O-type blood, which can be given to any patient, because they cannot match patients' blood as often as usual, and NHS Blood and Transplant has appealed for O-positive and O-negative donors.

"We know how worrying this will be for patients," an NHS England spokesperson said, adding that the data was being analysed "as quickly as possible" and that a helpline had been set up.

Ciaran Martin, the former head of the National Cyber Security Centre, said the gang was "simply looking for money" and that healthcare was an easy target for such groups.

The attack is the most serious on the NHS since the 2017 WannaCry outbreak, which hit a third of trusts in England and led to the cancellation of some 19,000 appointments. In 2022 a ransomware attack on the software supplier Advanced took the NHS 111 service offline.

Related
- Cyber-attack on Merseyside hospitals: data published by INC Ransom
- Patients' data leaked after attack on NHS Dumfries and Galloway
- British Library still recovering months after Rhysida attack

Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST

Harriet Okafor is the health correspondent. She previously reported on the NHS for a London evening paper.`,
    {
      attackers: ["Qilin"],
      victims: [
        "Synnovis",
        "Guy's and St Thomas' NHS Foundation Trust",
        "King's College Hospital NHS Foundation Trust",
      ],
      type: "laboratory",
      ransom: { status: "demanded-amount", amount: 50000000, currency: "USD" },
      volume: 400000000000,
      country: "GB",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "c02",
    "whole page, translated German regional daily: a Catholic hospital association and its three houses, deregistered from emergency care, a group's leak-site claim with a threat, 'whether a ransom was demanded she would not say', dates the German way, 'Mehr zum Thema' links with a demand in euros",
    "Cyberangriff an Heiligabend: Drei Krankenhäuser in Ostwestfalen von der Notfallversorgung abgemeldet",
    `Westfalen-Kurier | Bielefeld | Lokales

Cyber attack on Christmas Eve: three hospitals in East Westphalia deregistered from emergency care

Von Jens Brockmann | 27.12.2023, 16:45 Uhr

BIELEFELD/HERFORD/RHEDA-WIEDENBRÜCK. The three hospitals of the Katholische Hospitalvereinigung Ostwestfalen (KHO) are still struggling with the consequences of a cyber attack. Unknown attackers had penetrated the IT systems of the Franziskus Hospital Bielefeld, the Sankt Vincenz Hospital in Rheda-Wiedenbrück and the Mathilden Hospital in Herford in the night to 24 December and encrypted data, a KHO spokeswoman confirmed on Wednesday.

As a precaution, all IT systems were shut down and the three houses deregistered from the emergency services. Since then the rescue services have been taking patients to other hospitals in the region. Inpatient care continues, the spokeswoman said; documentation is being kept on paper.

The ransomware group LockBit has since claimed the attack on its leak site and threatens to publish data it says it stole. Whether a ransom was demanded, the spokeswoman would not say. The State Criminal Police Office (LKA) of North Rhine-Westphalia and the cybercrime central office ZAC NRW in Cologne are investigating.

Only in 2020 a ransomware attack on the Universitätsklinikum Düsseldorf made headlines nationwide, when a patient had to be taken to Wuppertal and died. In October 2023 hackers also paralysed the Bezirkskliniken Mittelfranken.

"Hospitals are attractive targets because they cannot afford long outages," says Prof. Dr. Thomas Kessler, who researches IT security at the Bielefeld University of Applied Sciences. The criminals often demanded sums in the millions.

Mehr zum Thema
- Landkreis Anhalt-Bitterfeld: Hacker fordern 500.000 Euro
- Südwestfalen-IT: Akira-Angriff trifft 70 Kommunen
- Klinikum Lippe übt den Ernstfall

Jens Brockmann ist Redakteur der Lokalredaktion Bielefeld.`,
    {
      attackers: ["LockBit"],
      victims: [
        "Katholische Hospitalvereinigung Ostwestfalen",
        "Franziskus Hospital Bielefeld",
        "Sankt Vincenz Hospital",
        "Mathilden Hospital",
      ],
      type: "hospital",
      country: "DE",
      attacks: ["ransomware", "data-theft", "extortion"],
      // Label fixed after the first run: 'deregistered from the emergency services' is also services-closed, as round
      // 1's a03 labels the same words.
      impact: ["ambulance-diversion", "systems-offline", "paper-records", "services-closed"],
    },
  ),
  pg(
    "c03",
    "translated Italian news: a laboratory chain suspends blood draws, a volume with a decimal comma, a group that published",
    "Synlab Italia, attacco hacker: sospesi i prelievi in tutta Italia",
    `MILAN — Synlab Italia has suspended blood draws and sample collection at its more than 380 points in Italy after a cyber attack that forced it to disconnect all of its IT systems on Thursday. The diagnostics company said the attack was of the ransomware type. On Saturday the Black Basta gang claimed responsibility and published about 1,5 TB of data on its site, including patients' medical reports and employees' documents. The Garante per la privacy has been notified.`,
    {
      attackers: ["Black Basta"],
      victims: ["Synlab Italia"],
      type: "laboratory",
      volume: 1500000000000,
      country: "IT",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "services-closed", "data-leaked"],
    },
  ),
  pg(
    "c04",
    "whole page, Canadian local daily: five hospitals and their shared IT provider, a refusal with no sum, a patient count beside a group's larger claim, treatments moved to 'London' (Ontario), SickKids and LockBit as background, 'Related Stories', newsletter, bio",
    "Hackers publish data stolen from five southwestern Ontario hospitals",
    `Windsor Daily Ledger | Local News

Hackers publish data stolen from five southwestern Ontario hospitals

Taylor Campbell | Published Nov 02, 2023 • Last updated Nov 03, 2023 • 4 minute read

Patient data stolen in last month's ransomware attack on five southwestern Ontario hospitals has been posted on the dark web after the hospitals refused to pay a ransom, the hospitals said Thursday.

Windsor Regional Hospital, Hôtel-Dieu Grace Healthcare, Erie Shores HealthCare, Chatham-Kent Health Alliance and Bluewater Health said in a joint statement that they had made the decision not to pay "after careful consideration" and on the advice of experts. The data appears to include information on 267,000 patients, as well as employee records.

The attack, first detected on Oct. 23, targeted TransForm Shared Service Organization, the not-for-profit that runs IT, supply chain and accounts payable for the five hospitals. Since then the hospitals have had no access to their electronic health records and staff have been charting on paper. Some radiation treatments for cancer patients were transferred to hospitals in London, Kitchener and elsewhere.

A group calling itself Daixin Team told a security news site it was behind the attack and said it had stolen 5.6 million records.

"Hospitals are running 24/7 with a lot of legacy technology, and that makes them a target," said Dr. Marisa Chen, who teaches cybersecurity at the University of Windsor. "Not paying is the right call, but it means the data will be out there."

Ontario has seen a string of attacks on health-care providers. In December 2022, the Hospital for Sick Children in Toronto was hit by LockBit, which later apologized and offered a free decryptor.

Related Stories
- Newfoundland and Labrador health system attack cost $16 million, auditor says
- Nova Scotia says MOVEit breach exposed health card numbers
- Bluewater Health opens new MRI suite in Sarnia

Sign up to receive daily headline news from the Windsor Daily Ledger.

Taylor Campbell covers health care for the Ledger.`,
    {
      attackers: ["Daixin Team"],
      victims: [
        "Windsor Regional Hospital",
        "Hôtel-Dieu Grace Healthcare",
        "Erie Shores HealthCare",
        "Chatham-Kent Health Alliance",
        "Bluewater Health",
        "TransForm Shared Service Organization",
      ],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: 267000,
      country: "CA",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "c05",
    "translated Romanian wire: a hospital platform hit, about 100 hospitals on paper, a demand in bitcoin glossed in euros, the minister's refusal",
    "Atac cibernetic: aproximativ 100 de spitale din România afectate",
    `BUCHAREST, 12 February (Agerpres) — Around 100 hospitals in Romania are working with pen and paper after a ransomware attack on the Hipocrate Information System (HIS), a platform used to manage medical activity and patient data, the National Cyber Security Directorate (DNSC) said on Monday. The attack, with the Backmydata ransomware, began on the night of 11 to 12 February at the Pitești Paediatric Hospital, where the database servers were encrypted. The attackers are asking for 3.5 Bitcoin, about 157,000 euros. Health minister Alexandru Rafila said the hospitals would not pay and would restore their data from backups.`,
    {
      // Label fixed after the first run: the ransomware named as this attack's is listed, as the dev labels list strains
      // (Ryuk, SamSam, RobbinHood).
      attackers: ["Backmydata"],
      victims: ["Pitești Paediatric Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: 3.5, currency: "BTC" },
      country: "RO",
      attacks: ["ransomware"],
      impact: ["paper-records"],
    },
  ),
  pg(
    "c06",
    "Australian broadcaster: a listed pathology company and the business it bought, a head-count and a volume, data published on the dark web",
    "Australian Clinical Labs confirms data breach affecting 223,000 people",
    `Australian Clinical Labs says the personal information of about 223,000 people was stolen in a ransomware attack on its Medlab Pathology business in February, and some of it has been published on the dark web.

The Quantum ransomware group claimed in June that it had taken 86 gigabytes of data, including medical test results and credit card numbers.

The ASX-listed pathology company, which bought Medlab in 2021, said it had notified the Australian Information Commissioner and was contacting affected patients in New South Wales and Queensland.`,
    {
      attackers: ["Quantum"],
      victims: ["Australian Clinical Labs", "Medlab Pathology"],
      type: "laboratory",
      people: 223000,
      volume: 86000000000,
      country: "AU",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "c07",
    "Indian daily: a research council's database offered for sale, people counted in crore, an asking price in dollars, an earlier ransomware attack as background",
    "Data of 81.5 crore Indians from ICMR up for sale on dark web",
    `NEW DELHI: Personal details of 81.5 crore Indians, allegedly taken from the Covid-19 testing database of the Indian Council of Medical Research (ICMR), are being sold on the dark web, a US cybersecurity firm has flagged. The leaked data includes names, Aadhaar and passport numbers, phone numbers and addresses. A hacker put up the database for $80,000 on a breach forum on October 9. ICMR has filed a complaint and the CBI is likely to probe the matter, officials said. In 2022, servers of AIIMS Delhi were down for two weeks after a ransomware attack.`,
    {
      victims: ["Indian Council of Medical Research"],
      // Label fixed after the first run: the guide's research slug is for medical research organisations, which the
      // council's name says it is (public-health was written first).
      type: "research",
      ransom: { status: "demanded-amount", amount: 80000, currency: "USD" },
      people: 815000000,
      country: "IN",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "c08",
    "Singapore daily: a private eye clinic, a patient count, encrypted servers but no sign of data taken out",
    "Data of 73,500 patients at Eye & Retina Surgeons affected in ransomware attack",
    `SINGAPORE – The personal data of about 73,500 patients of Eye & Retina Surgeons (ERS) was affected in a ransomware attack on its IT systems, the Ministry of Health said on Wednesday.

The private eye clinic's servers and computers were encrypted in the attack on Aug 6, but no medical records such as clinical notes were compromised, and there is no evidence that the data was taken out of its systems, MOH said. The affected data includes patients' names, addresses, NRIC numbers and dates of birth.

ERS has lodged a police report and is working with the Cyber Security Agency of Singapore.`,
    {
      victims: ["Eye & Retina Surgeons"],
      type: "clinic",
      people: 73500,
      country: "SG",
      attacks: ["ransomware"],
    },
  ),
  pg(
    "c09",
    "Japanese English-language daily: a town-run hospital, ransom notes from the printers, new and emergency patients turned away, a budget in yen",
    "Ransomware attack on Tokushima hospital: records encrypted, new patients turned away",
    `TOKUSHIMA — A town-run hospital in Tokushima Prefecture has stopped accepting new patients after a ransomware attack encrypted its electronic medical records.

Tsurugi Municipal Handa Hospital said the attack came early on Oct. 31, when its printers began printing English-language messages from a group calling itself LockBit, demanding a ransom in exchange for restoring the data. The hospital said it will not pay.

Emergency patients are also not being accepted for the time being. The town has set aside ¥200 million to build a new system.`,
    {
      attackers: ["LockBit"],
      victims: ["Tsurugi Municipal Handa Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "JP",
      attacks: ["ransomware"],
      impact: ["services-closed"],
    },
  ),
  pg(
    "c10",
    "whole page, South African business site: a private hospital group's systems offline, 'manual back-up processes', silence on ransom and data, a city's bitcoin ransom and a named group as background, 'Read more' links, bio",
    "Life Healthcare hit by cyberattack, admissions systems affected",
    `BusinessDesk SA | Companies | Healthcare

Life Healthcare hit by cyberattack, admissions systems affected

Tammy Mokoena | 10 June 2020 - 11:40

Private hospital group Life Healthcare says it has been the victim of a "criminal cyberattack" which affected its admissions systems, business processing systems and e-mail servers.

The JSE-listed group, which operates 66 hospitals in South Africa, said it had taken its IT systems offline to contain the attack, and that patient care was not affected. "Our hospitals continue to operate and admit patients, and we have put in place manual back-up processes," it said in a statement on Tuesday.

The attack was detected on Saturday. Life Healthcare said it had reported it to the Information Regulator and to the police. It did not say whether any data had been stolen or whether a ransom had been demanded.

The group is treating thousands of Covid-19 patients, and the timing of the attack was "deplorable", chief executive Peter Wharton-Hood said.

Anna Collins, a security awareness advocate at a Cape Town consultancy, said criminals were exploiting the strain on hospitals during the pandemic. "They know that a hospital cannot wait days to get its systems back."

Last year the City of Johannesburg refused to pay a ransom of four bitcoin demanded by a group calling itself the Shadow Kill Hackers, after an attack that took its website and e-services down.

Read more:
- Transnet: ransomware attack brings container terminals to a standstill
- Dis-Chem customer data exposed in supplier breach
- Experian SA data breach: suspect arrested

Get the best of BusinessDesk SA in your inbox every morning. Sign up here.

Tammy Mokoena writes about healthcare and retail.`,
    {
      victims: ["Life Healthcare"],
      type: "hospital",
      country: "ZA",
      attacks: ["unknown"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "c11",
    "translated French regional daily: a CHU in degraded mode, guillemets, emergency patients directed elsewhere, a bitcoin ransom refused with no sum, 'no patient data stolen'",
    "Le CHU de Rouen paralysé par une cyberattaque",
    `ROUEN (Seine-Maritime). — The CHU de Rouen has been working « en mode dégradé » since Friday evening, when a ransomware attack encrypted some 6 000 of its computers. The staff went back to paper and pencil, and the emergency department directed part of its patients to other establishments in the region. A ransom demanded in bitcoins will not be paid, the management said; it has filed a complaint. « Aucune donnée patient n'a été volée » (no patient data was stolen), the hospital assures.`,
    {
      victims: ["CHU de Rouen"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "FR",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "paper-records"],
    },
  ),
  pg(
    "c12",
    "translated Spanish wire: a hospital and the consortium it belongs to, a demand with no sum and a threat to publish terabytes, operations 'working normally', appointments rescheduled",
    "El Hospital Moisès Broggi sufre un ciberataque",
    `SANT JOAN DESPÍ (Barcelona), 6 Mar. (Europa Press) — The Hospital Moisès Broggi and the other centres of the Consorci Sanitari Integral (CSI) suffered a ransomware attack on Sunday that has affected their computer systems, the Catalan Cybersecurity Agency reported. The RansomEXX group has demanded a ransom and threatened to publish 4 TB of data, including patient records, if it is not paid. The CSI said that emergency care and operations are working normally, although some outpatient appointments had to be rescheduled.`,
    {
      attackers: ["RansomEXX"],
      victims: ["Hospital Moisès Broggi", "Consorci Sanitari Integral"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 4000000000000,
      country: "ES",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["appointments-cancelled"],
    },
  ),
  no(
    "c13",
    "a national agency's annual threat report: health as the sector reporting most incidents, an average ransom and a cost figure, no particular victim (kind (c))",
    "Healthcare again the most targeted sector, cyber agency's annual report finds",
    `CANBERRA — Health care and social assistance organisations reported more cyber security incidents than any other sector in the past financial year, the Australian Signals Directorate's annual cyber threat report says. Ransomware accounted for about one in ten incidents the agency responded to, and the average cost of a cybercrime for a medium-sized business rose to $97,200. The report urges hospitals and clinics to patch internet-facing systems quickly and to enable multi-factor authentication.`,
  ),
];

// ---------------------------------------------------------------- round 4 (written after round 3's fixes)
const ROUND_4: BankCase[] = [
  pg(
    "d01",
    "whole page, translated German regional daily: a Lukaskrankenhaus, a virus in an e-mail attachment, all computers switched off, fax and paper, operations moved, no ransom 'so far', another hospital's earlier attack and a 'Mehr zum Thema' list",
    "Computervirus legt Lukaskrankenhaus lahm",
    `Rheinische Neuss-Zeitung | Neuss | Lokales

Computer virus paralyses Lukaskrankenhaus

Von Petra Wollenweber | 12.02.2016, 19:05 Uhr

NEUSS. Since Wednesday the Städtische Kliniken Neuss – Lukaskrankenhaus has been working almost without computers. A virus that reached the network through an infected e-mail attachment encrypted files on several servers, the hospital's management said on Friday. As a precaution, the IT department switched off all of the hospital's roughly 600 computers and the servers.

Since then, doctors and nurses have been communicating by fax and telephone, and findings are written by hand. Operations that were not urgent were postponed, and patients who needed intensive care were taken to neighbouring hospitals. The emergency department has deregistered from the emergency services for the time being.

According to the management, no ransom has been demanded so far. The State Criminal Police Office (LKA) has been called in. "We assume that it was a random attack," said managing director Nicolas Krämer.

The attack on the Neuss hospital is not an isolated case. A few days earlier the Klinikum Arnsberg had also found a virus on one of its servers, but was able to isolate it quickly.

Mehr zum Thema
- Hacker erpressen Krankenhaus in Los Angeles: 17.000 Dollar in Bitcoin gezahlt
- Datenschutz: Wie sicher sind unsere Patientenakten?
- Städtische Kliniken stellen neuen Chefarzt vor

Petra Wollenweber ist Redakteurin der Lokalredaktion Neuss.`,
    {
      victims: ["Städtische Kliniken Neuss – Lukaskrankenhaus"],
      type: "hospital",
      country: "DE",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records", "services-closed"],
    },
  ),
  pg(
    "d02",
    "translated French regional daily: a CHU cut from the internet after an intrusion, no encryption and no ransom, appointments kept",
    "Le CHU de Brest visé par une cyberattaque",
    `BREST (Finistère). — The CHU de Brest was the target of a cyberattack on Thursday evening. The intrusion was detected quickly by the IT teams, who cut the hospital off from the internet as a precaution. "No data was encrypted and no ransom was demanded," the management assured on Friday. Consultations and operations are being maintained, but staff are working « en mode dégradé » without some software. A complaint has been filed and the ANSSI is on site.`,
    {
      victims: ["CHU de Brest"],
      type: "hospital",
      country: "FR",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "d03",
    "whole page, Canadian public broadcaster: a province's health system, thousands of appointments cancelled, chemotherapy moved, the province will not say whether a ransom was asked, a named group 'believed to be' behind it, 'Related' links, bio",
    "N.L. health-care cyberattack: thousands of appointments cancelled",
    `CBN News | Newfoundland & Labrador

Thousands of appointments cancelled as N.L. health-care cyberattack drags on

Jenna Whelan · CBN News · Posted: Nov 04, 2021 6:00 AM NT

A cyberattack that crippled Newfoundland and Labrador's health-care IT systems has led to the cancellation of thousands of medical appointments, and some chemotherapy patients have been sent to hospitals in Nova Scotia for treatment.

The attack, discovered on Oct. 30, took down the networks of Eastern Health, the province's largest health authority, as well as the other regional authorities that share its systems. Email was shut down, and staff have been using paper to book and document care. Diagnostic imaging, lab work and some surgeries were postponed.

Premier Andrew Furey said on Tuesday that it is "one of the most severe cyberattacks in Canadian history", but he would not say whether a ransom had been demanded. Security experts who have spoken with CBN News said the attack bears the hallmarks of the Hive ransomware group, which is believed to be behind it.

"Anything that touches a health system touches every patient," said Tom Keenan, a cybersecurity expert at a Calgary university.

Last year, a ransomware attack on a U.S. health system, Universal Health Services, forced hundreds of its hospitals to go back to paper.

Related Stories
- N.L. health breach: personal information of patients and employees stolen, province says
- Nova Scotia hospital opens new cancer wing
- Ransomware gang hits Quebec's Cégep de Saint-Jérôme

Jenna Whelan is a reporter with CBN News in St. John's.`,
    {
      attackers: ["Hive"],
      victims: ["Eastern Health"],
      type: "hospital",
      country: "CA",
      // Only "a cyberattack" is told of this attack; the group is described as a ransomware group (the guide: that
      // alone does not make it ransomware).
      attacks: ["unknown"],
      impact: [
        "operations-cancelled",
        "appointments-cancelled",
        "ambulance-diversion",
        "systems-offline",
        "paper-records",
      ],
    },
  ),
  pg(
    "d04",
    "Australian regional daily: a church-run care provider's hospitals and aged care, a group named by a second name, staff on paper",
    "UnitingCare Queensland hit by REvil ransomware attack",
    `BRISBANE: UnitingCare Queensland, which runs the St Stephen's, Buderim Private and Wesley hospitals as well as aged care homes, has been hit by a ransomware attack that forced it to take some of its IT systems offline. The Sodinokibi ransomware, also known as REvil, was used in the attack, the not-for-profit said. Staff at the hospitals have reverted to paper-based records, but patients continue to receive care.`,
    {
      attackers: ["REvil"],
      victims: ["UnitingCare Queensland"],
      type: "hospital",
      country: "AU",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "d05",
    "Indian business paper: a listed drugmaker isolates its data centre, plants and a stock price, a vaccine trial as context",
    "Dr Reddy's isolates data centre services after cyber attack",
    `HYDERABAD: Dr Reddy's Laboratories on Thursday said it had isolated all its data centre services after detecting a cyber attack, and that it expected its operations to be back within 24 hours. The drugmaker, which recently received approval to run late-stage trials of Russia's Sputnik V vaccine in India, said there was no major impact on its operations. Its shares fell 3 per cent on the BSE.`,
    {
      victims: ["Dr Reddy's Laboratories"],
      type: "pharma-medtech",
      country: "IN",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "d06",
    "translated Brazilian news: a health ministry's vaccination app down, a group's claim of terabytes copied and deleted",
    "Ministério da Saúde sofre ataque hacker e ConecteSUS sai do ar",
    `BRASÍLIA — The Ministry of Health's websites and the ConecteSUS app, which stores Brazilians' Covid-19 vaccination certificates, were taken offline on Friday after a hacker attack. The Lapsus$ Group claimed responsibility in a message on the ministry's site, saying it had copied and deleted 50 TB of data from the ministry's systems. The Federal Police are investigating.`,
    {
      attackers: ["Lapsus$"],
      victims: ["Ministry of Health"],
      type: "public-health",
      volume: 50000000000000,
      country: "BR",
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "d07",
    "New Zealand radio: a primary health organisation's website defaced, data of up to a million people possibly accessed",
    "Wellington health provider hacked, data of up to a million people may be exposed",
    `Tū Ora Compass Health, a primary health organisation in the Wellington region, says hackers have gained access to its IT systems and that the personal information of up to a million people may have been accessed. The breach came to light when its website was defaced last week. The organisation said it had no evidence that data had been taken, but was notifying patients as a precaution.`,
    {
      victims: ["Tū Ora Compass Health"],
      type: "primary-care",
      people: 1000000,
      country: "NZ",
      attacks: ["unknown"],
    },
  ),
  no(
    "d08",
    "a national cyber centre's advisory about ransomware against health suppliers, no particular victim (kind (c))",
    "Cyber agency warns NHS suppliers of ransomware threat",
    `LONDON — The National Cyber Security Centre has urged companies that supply the NHS to check their defences, warning that ransomware gangs are increasingly targeting suppliers to reach hospitals. Its advisory recommends offline backups, multi-factor authentication and exercises to test how quickly care could move to paper if systems went down.`,
  ),
];

// ---------------------------------------------------------------- round 5 (written after round 4's fixes)
const ROUND_5: BankCase[] = [
  pg(
    "e01",
    "whole page, translated German medical trade paper: a practice-software maker's internal IT encrypted, phones and e-mail down, customers' systems not affected, ransom question unanswered, a German thousands separator on a count that is no head-count, another hospital's attack and group as background, 'Lesen Sie auch' links, newsletter, bio",
    "Praxissoftware-Hersteller medatixx von Ransomware getroffen",
    `Ärzte Zeitung Online | IT & Praxis

Practice software maker medatixx hit by ransomware

Von Jörg Hansen | 17.11.2020, 14:27 Uhr

WIESBADEN / BAMBERG. The practice software maker medatixx GmbH & Co. KG has been the victim of a ransomware attack. Criminals encrypted parts of the company's internal IT, the manufacturer told its customers on Monday. The telephone system and e-mail were no longer working, and for several days the service hotline could only be reached by fax.

According to medatixx, the practice software used in around 21.000 practices is not affected: the systems in the doctors' practices are separate from the company's network. Nevertheless, the company is advising all practices to change the passwords of their medatixx customer accounts as a precaution.

Whether a ransom was demanded, the company would not say. The State Criminal Police Office of Hesse has been informed, and external forensic experts are helping to restore the systems.

"An attack on a software house is particularly unpleasant for practices, because it is their lifeline for updates and support," says Dr. Anke Richter, IT security officer of a regional association of statutory health insurance physicians (KV).

Only in September, an attack on the Universitätsklinikum Düsseldorf had caused a sensation: a patient who had to be taken to Wuppertal died, and investigators suspect the DoppelPaymer group.

Lesen Sie auch:
- Uniklinik Düsseldorf: Ermittler verfolgen Spur zu DoppelPaymer
- KBV: Frist für IT-Sicherheitsrichtlinie verlängert
- Emotet: So schützen sich Arztpraxen

Newsletter: Die wichtigsten Nachrichten für Ärzte – jeden Morgen kostenlos. Jetzt abonnieren

Jörg Hansen schreibt für die Ärzte Zeitung über Praxis-IT und Digitalisierung.`,
    {
      victims: ["medatixx"],
      type: "health-it-vendor",
      country: "DE",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "e02",
    "translated Italian local daily: a ULSS (local health authority running hospitals), a group publishing after a ransom deadline, the CUP booking service at a standstill, paper forms at vaccination centres",
    "Ulss 6 Euganea, LockBit pubblica i dati sanitari dei padovani",
    `PADOVA — The LockBit ransomware gang has published on the dark web the data stolen from the Ulss 6 Euganea, the local health authority that runs seven hospitals in the province of Padua, after the deadline it had set for the payment of a ransom expired. Among the files are medical reports, Covid test results and the tax codes of thousands of patients. The ransomware attack, on 3 December, put the health authority's computer systems out of action: the CUP booking service remained at a standstill for days, and the vaccination centres worked with paper forms.`,
    {
      attackers: ["LockBit"],
      victims: ["Ulss 6 Euganea"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "IT",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "e03",
    "whole page, Philippine daily: a state health insurer refuses a dollar ransom, the group dumps gigabytes, workstations encrypted, portals shut, manual claims, local offices stop transactions, a membership count that is no count of people affected, 'RELATED STORIES' with other victims, newsletter, bio",
    "PhilHealth refuses to pay $300,000 ransom as Medusa leaks members' data",
    `The Manila Courier | Nation

PhilHealth refuses to pay $300,000 ransom as Medusa leaks members' data

By Ana Marie Villanueva | October 3, 2023 | 5:12 PM

MANILA, Philippines — The Philippine Health Insurance Corp. (PhilHealth) will not pay the $300,000 ransom demanded by the hackers who attacked its systems, its president said on Tuesday, even after the Medusa ransomware group began posting members' personal data online.

The Department of Information and Communications Technology (DICT) said the group had dumped some 734 gigabytes of files on the dark web, including members' names, addresses, birth dates and PhilHealth identification numbers, as well as internal documents. "We have reason to believe that this is PhilHealth's data," DICT Undersecretary Jeffrey Ian Dy told reporters.

The attack, detected on Sept. 22, encrypted some of the agency's workstations and forced it to shut down its website, e-claims portal and member portal. Hospitals were asked to process claims manually, and members lined up at PhilHealth local offices, some of which stopped accepting transactions for several days.

"We will not negotiate with criminals," PhilHealth president Emmanuel Ledesma Jr. said. He said the agency had no cyber insurance and that its antivirus subscription had lapsed in April.

Dy urged PhilHealth's more than 36 million members to change their passwords and to watch out for phishing messages that might use the stolen information.

Cybersecurity expert Rafael Cruz said the case should be a wake-up call for government agencies. "Medusa has hit schools and hospitals around the world; last year another group crippled Costa Rica's social security fund," he said.

RELATED STORIES
- COMELEC denies data breach after hacker claims 60 GB of voter records
- Hospital in Cebu says patient data safe after ransomware scare
- Hackers hit PSA's national ID system, DICT says

Get the latest news delivered to your inbox. Sign up for our newsletters.

Ana Marie Villanueva covers health and government agencies for The Manila Courier.`,
    {
      attackers: ["Medusa"],
      victims: ["PhilHealth"],
      type: "insurer",
      ransom: { status: "refused", amount: 300000, currency: "USD" },
      volume: 734000000000,
      // "more than 36 million members" are urged to change passwords; the text never says they were affected.
      country: "PH",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "paper-records", "services-closed", "data-leaked"],
    },
  ),
  pg(
    "e04",
    "South Korean English-language daily: police attribute a years-old hospital breach to a state-linked group named once, two counts (patients, staff) in one clause",
    "North Korean hackers suspected in Seoul National University Hospital breach",
    `SEOUL — Police said Tuesday that a hacking group linked to North Korea is believed to be behind a cyberattack on Seoul National University Hospital (SNUH) in 2021, in which the personal information of 810,000 current and former patients and 17,000 staff members was stolen. The hackers got into the hospital's internal network through a server vulnerability and took out the data, according to the Korean National Police Agency, which pointed to Kimsuky, the group tied to North Korea's intelligence agency. The hospital said it had strengthened its security since the incident.`,
    {
      attackers: ["Kimsuky"],
      victims: ["Seoul National University Hospital"],
      type: "hospital",
      people: 810000,
      country: "KR",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "e05",
    "whole page, Canadian regional daily: a dental benefits administrator paid an undisclosed ransom, 'as many as 1.47 million' beside a smaller confirmed count, a group that listed it with screenshots, another company's payment as background, 'Related' links, newsletter, bio",
    "Alberta dental benefits administrator paid hackers after ransomware attack",
    `Prairie Post | Calgary | News

Alberta dental benefits administrator paid hackers after ransomware attack

Data of up to 1.47 million Albertans may have been affected, company says

By Kyle Dubois | Updated: August 18, 2023

The company that administers the Alberta Dental Assistance Program for low-income families says it paid a ransom to the hackers who attacked its systems last month, and that the personal information of as many as 1.47 million people may have been affected.

Alberta Dental Service Corporation (ADSC), an Edmonton-based firm that also handles dental benefit plans for the provincial government, said in a notice on its website that it detected the ransomware attack on July 9, after some of its systems were encrypted. The company said it "engaged with the threat actors" and paid an undisclosed sum, after which the hackers said they had deleted the data they took.

Of the 1.47 million people whose information was on the affected systems, ADSC has confirmed that the data of about 7,300, including names, addresses and in some cases banking information, was taken. Those people are being offered two years of credit monitoring.

The Black Basta ransomware gang had listed ADSC on its leak site in late July, posting screenshots of what it said were stolen files.

"Paying doesn't guarantee anything. You're trusting the word of criminals," said Priya Anand, a cybersecurity researcher at the University of Calgary. She pointed to other Canadian health-care attacks, including the 2019 LifeLabs breach, in which the lab company also paid hackers.

Alberta's privacy commissioner said her office had been notified and was reviewing the breach.

Related
- Ransomware attack hits Calgary's public library system
- Hackers claim attack on Saskatchewan liquor retailer
- Alberta Health Services moves to new patient record system

Sign up for the Prairie Post's daily headlines newsletter.

Kyle Dubois is a reporter covering business and technology for the Prairie Post.`,
    {
      attackers: ["Black Basta"],
      victims: ["Alberta Dental Service Corporation"],
      type: "insurer",
      ransom: { status: "paid", amount: null, currency: null },
      people: 1470000,
      country: "CA",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "e06",
    "translated Czech news agency: a hospital named for two people, ransomware, handwriting, planned operations postponed, ambulances to other towns' hospitals, 'no one had contacted' about a ransom",
    "Nemocnice Benešov: kybernetický útok ochromil provoz",
    `BENEŠOV — The Rudolf and Stefanie Hospital in Benešov, central Bohemia, has been paralysed since Wednesday morning by a cyberattack. Ransomware encrypted its computers, so doctors have had to write everything by hand. The hospital postponed all planned operations, and ambulances are taking patients to hospitals in Prague and Příbram; only patients in acute danger are admitted. The hospital's director, Roman Kraus, said no one had contacted the hospital about a ransom.`,
    {
      victims: ["Rudolf and Stefanie Hospital"],
      type: "hospital",
      country: "CZ",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "paper-records"],
    },
  ),
  pg(
    "e07",
    "whole page, Australian public broadcaster: a listed fertility provider's ASX statement, data stolen, systems offline as a precaution, clinics open, no count and no claim, another scandal and two earlier Australian breaches with counts as background, 'More on this story' links with another fertility victim, bio",
    "Monash IVF confirms patient data stolen in cyber attack",
    `ABN News | Health

Monash IVF confirms patient data stolen in cyber attack

Posted Mon 21 Apr 2025 at 4:37pm

By health reporter Sophie McGrath

One of Australia's largest fertility providers, Monash IVF, has confirmed that criminals gained access to its systems and stole some patient data in a cyber attack over the weekend.

In a statement to the Australian Securities Exchange on Monday, the ASX-listed company said it had "identified a cyber security incident" and had taken some systems offline as a precaution, with the help of external specialists. It said its clinics remained open and that patients should attend their appointments unless they were contacted.

The company did not say how many patients were affected, or whether a ransom had been demanded. No group has claimed responsibility for the attack.

Monash IVF, which operates clinics in Victoria, New South Wales, Queensland and South Australia, as well as in Malaysia and Singapore, said it had notified the Australian Cyber Security Centre and the Office of the Australian Information Commissioner.

The attack comes as the company deals with a separate scandal, after an embryo was transferred to the wrong patient at its Brisbane clinic.

It is also the latest in a string of attacks on Australian health companies. In 2022, hackers stole the data of 9.7 million Medibank customers and later published some of it on the dark web, and last year the prescription service MediSecure said the personal information of 12.9 million people had been taken.

"Fertility records are among the most sensitive data a person has," said Professor Nigel Phair, a cyber security expert at Monash University.

More on this story:
- Genea says hackers published stolen patient data
- Ransomware gang claims attack on Western Australian hospital network
- Medibank hacker named and sanctioned

Sophie McGrath is a health reporter for ABN News.`,
    {
      victims: ["Monash IVF"],
      type: "clinic",
      country: "AU",
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  ),
  no(
    "e08",
    "a university's breach that took an NHS patient dataset held by its researchers (kind (a): the victim is a university, however many NHS patients and hospitals are named)",
    "University of Manchester cyber attack: NHS patient data stolen",
    `MANCHESTER — Hackers who broke into the University of Manchester's systems in June stole a copy of an NHS dataset held by its researchers, containing information on more than 1.1 million patients treated at 200 hospitals in England after major trauma, the university has told NHS England. The dataset, used for research into trauma care, includes NHS numbers and the first part of patients' postcodes. The university said the attackers had told it that data had been taken, and it was working with the National Crime Agency. It is not yet known whether a ransom has been demanded.`,
  ),
  pg(
    "e09",
    "whole page, translated French health trade paper: two third-party-payment operators (a claims clearing role) named together, a regulator's count 'more than 33 million', phishing of a professional's credentials, platform offline, 'no ransom has been demanded', another hospital's group and demand as background, 'À lire aussi' links, newsletter, bio",
    "Viamedis et Almerys : les données de 33 millions d'assurés dérobées",
    `Le Quotidien de la Santé | Assurance maladie | Cybersécurité

Viamedis et Almerys : les données de 33 millions d'assurés dérobées

Par Sébastien Garnier | Publié le 07/02/2024 à 19h05

PARIS. — The data of more than 33 million people insured in France have been stolen in cyberattacks against two companies that manage third-party payment (tiers payant) for mutuelles and complementary health insurers, Viamedis and Almerys, the CNIL announced on Wednesday.

The data concerned are civil status, date of birth, social security number, the name of the insurer and the guarantees of the contract. According to the CNIL, banking data, medical data, postal addresses, telephone numbers and e-mail addresses were not affected.

At Viamedis, based in Lille, the attackers got in with the credentials of a health professional stolen in a phishing campaign, its director general, Christophe Cande, said. The company's platform was taken offline on 1 February; pharmacists, opticians and other professionals could no longer check patients' rights, and some asked patients to pay in advance. Almerys, a subsidiary of Docaposte, said the intrusion on its side had been "contained".

No ransom has been demanded, the two companies say, and no group has claimed the attacks. Complaints have been filed and the Paris prosecutor's cybercrime section has opened an investigation.

"This is the largest leak of health-related data ever recorded in France," said Maître Lucie Brunet, a lawyer specialising in data protection. In 2022, the attack on the Corbeil-Essonnes hospital, for which LockBit demanded 10 million dollars, had already alarmed the authorities.

Insured persons are advised to be wary of calls, SMS or e-mails claiming to come from their mutuelle.

À lire aussi
- Cyberattaque : le CHU de Rennes victime d'un vol de données
- Hôpital de Cannes : LockBit revendique l'attaque et publie des fichiers
- Cybersécurité : 750 millions d'euros pour les hôpitaux

Inscrivez-vous à notre newsletter santé

Sébastien Garnier est journaliste au Quotidien de la Santé, spécialiste de l'assurance maladie.`,
    {
      victims: ["Viamedis", "Almerys"],
      // Label question: the guide puts claims clearing houses under health-it-vendor and payers under insurer; these
      // operators process payments on the insurers' behalf, which is the clearing-house role.
      type: "health-it-vendor",
      people: 33000000,
      country: "FR",
      attacks: ["phishing", "data-theft"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "e10",
    "UK regional broadcaster: an NHS foundation trust's 'computer virus', all planned operations and outpatient appointments cancelled, systems shut down, major trauma diverted, the hospitals it runs listed in a which-clause",
    "Hospitals cancel operations after computer virus attack",
    `Northern Lincolnshire and Goole NHS Foundation Trust has cancelled all planned operations and outpatient appointments until Wednesday after a computer virus infected its systems on Sunday. The trust, which runs Diana Princess of Wales Hospital in Grimsby, Scunthorpe General Hospital and Goole and District Hospital, said most of its systems had been shut down to isolate and destroy the virus. Major trauma cases are being diverted to neighbouring hospitals. A spokesperson said patients should assume appointments were cancelled unless contacted.`,
    {
      victims: ["Northern Lincolnshire and Goole NHS Foundation Trust"],
      type: "hospital",
      country: "GB",
      attacks: ["malware"],
      impact: ["operations-cancelled", "appointments-cancelled", "ambulance-diversion", "systems-offline"],
    },
  ),
  pg(
    "e11",
    "Indonesian English-language daily: a national health insurer's data 'allegedly' offered on a forum, an asking price in bitcoin, a sample, a ministry summons",
    "Data of 279 million Indonesians allegedly from BPJS Kesehatan sold online",
    `JAKARTA — The Communications and Information Ministry has summoned the directors of BPJS Kesehatan, the state health insurance agency, after a user of an online hacking forum offered for sale a database that allegedly contains the personal data of 279 million Indonesians, including people who have died. The seller posted a sample of one million records and asked for 0.15 bitcoin for the full file. BPJS Kesehatan said it was tracing whether the data came from its systems.`,
    {
      victims: ["BPJS Kesehatan"],
      type: "insurer",
      // An asking price for the stolen data counts as a demand (the guide).
      ransom: { status: "demanded-amount", amount: 0.15, currency: "BTC" },
      people: 279000000,
      country: "ID",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "e12",
    "translated Polish news: a laboratory network's patients' results published after a refusal to pay, a count in words ('some 50 thousand'), collection points working normally",
    "ALAB laboratoria: hakerzy opublikowali wyniki badań pacjentów",
    `WARSZAWA — Hackers have published online the test results and personal data of patients of ALAB laboratoria, one of Poland's largest networks of medical laboratories, after the company refused to pay a ransom. According to the Ministry of Digital Affairs, the leaked files cover some 50 thousand patients and include PESEL numbers and the results of blood and HIV tests from 2017–2023. ALAB said its laboratories and collection points were working normally and that it had reported the incident to the personal data protection office (UODO).`,
    {
      victims: ["ALAB laboratoria"],
      type: "laboratory",
      ransom: { status: "refused", amount: null, currency: null },
      people: 50000,
      country: "PL",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
];

// ---------------------------------------------------------------- round 6 (written after round 5's fixes)
const ROUND_6: BankCase[] = [
  pg(
    "f01",
    "translated Belgian (French-language) regional daily: an intercommunal hospital network, a group's version number, data 'put online', consultations kept, a province that places it",
    "Vivalia : LockBit met en ligne des données volées",
    `ARLON — The LockBit 3.0 group has put online part of the data it stole from Vivalia, the intercommunal that runs the public hospitals of the province of Luxembourg, a week after the cyberattack that hit its servers. According to the management, the published files mainly concern staff, but patient data cannot be ruled out. Several computer applications remained unavailable on Tuesday; consultations and operations were nevertheless maintained, and the emergency services are working normally.`,
    {
      attackers: ["LockBit"],
      victims: ["Vivalia"],
      type: "hospital",
      country: "BE",
      attacks: ["data-theft"],
      impact: ["systems-offline", "data-leaked"],
    },
  ),
  pg(
    "f02",
    "Canadian public broadcaster: a provincial health authority and a children's hospital hit through a file-transfer tool, a group named for the campaign, staff counted, a campaign-wide figure as background",
    "Nova Scotia Health employees' data stolen in MOVEit breach",
    `HALIFAX — Personal information of about 100,000 current and former employees of Nova Scotia Health and the IWK Health Centre was stolen in a global breach of the MOVEit file-transfer service, the province said Sunday. The stolen data includes names, addresses, social insurance numbers and banking information used for payroll. The Clop ransomware group has claimed responsibility for the wider campaign, which has hit hundreds of organisations worldwide. The province said no patient information appears to have been taken.`,
    {
      attackers: ["Clop"],
      victims: ["Nova Scotia Health", "IWK Health Centre"],
      type: "hospital",
      people: 100000,
      country: "CA",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "f03",
    "Singapore daily: a healthcare group's data taken from a vendor's server and offered for sale, corporate clients' employees, no figure of people",
    "Fullerton Health says patient data on vendor's server offered for sale",
    `SINGAPORE — Healthcare group Fullerton Health, which runs more than 30 clinics in Singapore, said on Tuesday that personal data of some of its patients had been stolen from a server belonging to one of its vendors and put up for sale online. The data, which includes names, NRIC numbers and some bank account details of employees of its corporate clients, was accessed after the vendor's system was compromised, the company said. It has suspended its work with the vendor and reported the matter to the police and the Personal Data Protection Commission.`,
    {
      victims: ["Fullerton Health"],
      type: "clinic",
      country: "SG",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "f04",
    "whole page, translated Italian regional daily: a Lombard hospital authority (ASST), a group's claim with a volume, emergency room closed to ambulances, paper, the region's statement, another authority's attack as background, 'Leggi anche' links, newsletter, bio",
    "ASST Rhodense, attacco hacker: pronto soccorso chiuso alle ambulanze",
    `Il Giornale del Nord-Ovest | Cronaca | Rho

ASST Rhodense, hacker attack: emergency room closed to ambulances

di Marco Bellini | 04/09/2024 ore 20:14

RHO (Milano). The computer systems of the ASST Rhodense, the health authority that runs the hospitals of Rho, Garbagnate Milanese, Bollate and Passirana, have been out of service since Sunday after a ransomware attack. The emergency rooms of Rho and Garbagnate were closed to ambulances, which were diverted to other hospitals in the Milan area, and in the wards doctors went back to paper.

On Wednesday the Cicada3301 group claimed the attack on its site on the dark web, saying it had stolen about 1 TB of data, including patients' medical records. The ASST said it was checking whether data had actually been taken and had filed a complaint with the postal police.

"Urgent activities were always guaranteed," the Lombardy Region said in a note, adding that the blood-sampling centres and outpatient clinics, closed since Sunday, were gradually reopening.

In 2021 the Region's vaccination booking portal had been knocked out by an attack attributed to the LockBit group.

Leggi anche
- Attacco hacker all'ASL di Napoli 3: rubati i dati di 30 mila pazienti
- Synlab Italia, riprendono i prelievi dopo l'attacco
- Sanità lombarda, in arrivo 200 nuovi infermieri

Iscriviti alla newsletter del Giornale del Nord-Ovest

Marco Bellini è giornalista della redazione di Rho.`,
    {
      attackers: ["Cicada3301"],
      victims: ["ASST Rhodense"],
      type: "hospital",
      volume: 1000000000000,
      country: "IT",
      attacks: ["ransomware", "data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records", "services-closed"],
    },
  ),
  pg(
    "f05",
    "translated French regional daily: a centre hospitalier in a département, a group named by its own name, demand undisclosed, 'mode dégradé', operations postponed",
    "Le centre hospitalier d'Arles victime d'une cyberattaque revendiquée par Vice Society",
    `ARLES (Bouches-du-Rhône). — The Centre hospitalier d'Arles has been the victim of a ransomware attack claimed by the Vice Society group, which is demanding a ransom, the management said on Monday, without giving the sum. The hospital's servers were encrypted and the staff have been working in degraded mode, with paper files, since Sunday. Some scheduled operations have been postponed. "We will not pay," the director said.`,
    {
      attackers: ["Vice Society"],
      victims: ["Centre hospitalier d'Arles"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "FR",
      attacks: ["ransomware", "extortion"],
      impact: ["operations-cancelled", "paper-records"],
    },
  ),
  no(
    "f06",
    "healthcare data policy news with breach words: a national data platform contract, privacy campaigners' worries, no incident (kind (b))",
    "NHS England awards federated data platform contract amid privacy concerns",
    `LONDON — NHS England has awarded a £330 million contract to build a federated data platform that will link patient records held by hospital trusts, despite warnings from privacy campaigners that the system could expose sensitive data to misuse. NHS England said the platform would help cut waiting lists and that patient data would stay under the control of each trust. Campaign groups have threatened legal action unless patients can opt out.`,
  ),
];

// ---------------------------------------------------------------- round 7 (written after round 6's fixes)
const ROUND_7: BankCase[] = [
  pg(
    "g01",
    "whole page, translated French regional daily: a hospital group named 'hôpital Nord-Ouest' over three towns, a ransomware named by a source, phones down, the SAMU sending ambulances elsewhere, no demand made public, another hospital's attack and a state plan as background, 'Lire aussi' links, newsletter, bio",
    "Cyberattaque : l'hôpital de Villefranche toujours sur papier",
    `Le Journal du Beaujolais | Santé | Villefranche

Cyberattack: the Villefranche hospital still running on paper

Par Sophie Vernay | Publié le 17/02/2021 à 19h05 | Mis à jour le 18/02/2021 à 07h40

VILLEFRANCHE-SUR-SAÔNE (Rhône). — Two days after the cyberattack that struck it in the night from Sunday to Monday, the Hôpital Nord-Ouest is still working without computers. The establishment, which groups the hospitals of Villefranche-sur-Saône, Tarare and Trévoux, was hit by a ransomware that encrypted its servers; the telephone system was also knocked out on Monday, and the staff fell back on paper files.

"All our software is down, from the patient record to the pharmacy," the director, Didier Renaut, told the press on Tuesday. Around twenty operations scheduled this week have been postponed, and patients who need surgery urgently are being transferred to hospitals in Lyon. The emergency department stays open, but the SAMU, the emergency call centre, is sending ambulances to other establishments wherever possible.

According to a source close to the investigation, the ransomware used is Ryuk, the same as in the attack on the hospital of Dax (Landes) the week before. No ransom demand had been made public on Wednesday, and the hospital did not wish to say whether a note had been left on its servers. The national cybersecurity agency (ANSSI) has sent a team, and the cybercrime section of the Paris prosecutor's office has opened an inquiry.

Since the start of the year, French hospitals have been hit by an attack almost every week. In 2019 the CHU de Rouen was paralysed for several days by a ransomware, and its attackers demanded a ransom in bitcoins. The government is to present on Thursday a plan of 1 milliard d'euros for the cybersecurity of the country, a part of it for hospitals.

Lire aussi :
- Dax : l'hôpital toujours paralysé, les pirates réclament une rançon
- Lyon : les Hospices civils visés par une campagne d'hameçonnage
- Covid-19 : le centre de vaccination de Gleizé ouvre le samedi

Inscrivez-vous à la newsletter Beaujolais pour recevoir chaque matin l'essentiel de l'actualité.

Sophie Vernay est journaliste au service Beaujolais du Journal depuis 2012.`,
    {
      attackers: ["Ryuk"],
      victims: ["Hôpital Nord-Ouest"],
      type: "hospital",
      country: "FR",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "g02",
    "translated Swedish IT weekly: recorded calls to a health advice line on an open server of a subcontractor, a count of calls, the line and its answering company, no sign of download",
    "2,7 miljoner inspelade samtal till 1177 låg öppet på nätet",
    `STOCKHOLM (Computer Sweden) — Some 2.7 million recorded calls to the health advice line 1177 Vårdguiden were stored on an unprotected web server that anyone could reach without a password, Computer Sweden revealed on Monday. The recordings, going back to 2013, include callers describing their symptoms and, in many cases, giving their personal identity numbers. The server was used by a subcontractor of MedHelp, the company that answers 1177 calls for several regions, among them Stockholm, Värmland and Södermanland. Inera, which runs 1177 on behalf of the regions, has reported the incident to the Data Inspection Board. There is no sign that the files were downloaded by outsiders, MedHelp said.`,
    {
      victims: ["1177 Vårdguiden", "MedHelp"],
      type: "other-healthcare",
      people: 2700000,
      country: "SE",
      attacks: ["misconfiguration"],
    },
  ),
  pg(
    "g03",
    "whole page, Australian metropolitan daily: two regional IT alliances and a hospital, systems taken offline, manual systems, elective surgery delayed, outpatient appointments rescheduled, the government 'will not be paying any ransom', an expert quote and a cardiology practice's attack as background, 'RELATED' links, newsletter, bio",
    "Cyber attack on Victorian hospitals: elective surgery postponed, records on paper",
    `The Melbourne Herald | Health | Victoria

Cyber attack on Victorian hospitals: elective surgery postponed, records on paper

By Rachel Hogan, Health Reporter | October 2, 2019 — 6.21pm

Several regional Victorian hospitals have shut down their computer systems after a ransomware attack that has left staff relying on manual systems and forced some elective surgery to be postponed.

The attack hit the Gippsland Health Alliance, which runs IT for hospitals across Gippsland, and the South West Alliance of Rural Health (SWARH), which serves hospitals in the Barwon South West region.

The Department of Premier and Cabinet said in a statement that financial, booking and patient management systems had been isolated and taken offline to protect patient information. "There is no evidence that any patient information has been accessed," a spokeswoman said.

Hospitals are continuing to treat patients, using manual systems where needed, but some patients have been told their elective surgery will be delayed. Outpatient appointments at Latrobe Regional Hospital in Traralgon were also being rescheduled.

The Australian Cyber Security Centre and Victoria Police are investigating. Health Minister Jenny Mikakos would not say whether a ransom had been demanded, saying only that the government "will not be paying any ransom".

Cyber security researcher Dr Priya Shah, of Deakin University, said hospitals were attractive targets. "Health data is worth more on the black market than credit card numbers, and ransomware gangs know hospitals cannot afford downtime," she said. Earlier this year a Melbourne cardiology practice had the files of 15,000 patients scrambled in an attack that was reportedly linked to North Korean hackers.

RELATED
- Melbourne Heart Group: patient files scrambled by hackers
- PageUp breach: job seekers' data taken in recruitment software hack
- Bushfire season: country hospitals told to check generators

Sign up to our Health newsletter

Rachel Hogan is The Herald's health reporter.`,
    {
      victims: ["Gippsland Health Alliance", "South West Alliance of Rural Health", "Latrobe Regional Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "AU",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "g04",
    "Lithuanian public broadcaster in English: a cosmetic surgery clinic's patient photos published, a self-named group, a demand to the clinic with no sum and per-patient sums in euros paid in bitcoin, a photo count that is no head-count, the clinic had not paid",
    "Hackers publish photos of plastic surgery clinic patients, demand ransom in bitcoin",
    `VILNIUS (LRT) — Hackers who broke into the servers of the Vilnius cosmetic surgery clinic Grožio chirurgija have published more than 25,000 private photos of its patients, including nude pictures, police said on Wednesday. The group, calling itself Tsar Team, first demanded a ransom from the clinic and then wrote to individual patients, asking them to pay between 50 and 2,000 euros in bitcoin to have their photos and data deleted. Patients from some 60 countries, among them Germany, Norway and the United Kingdom, are affected. The clinic said it had not paid and that its systems had been secured.`,
    {
      attackers: ["Tsar Team"],
      victims: ["Grožio chirurgija"],
      type: "cosmetic-surgery",
      ransom: { status: "refused", amount: null, currency: null },
      country: "LT",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "g05",
    "Japanese English-language daily: a prefectural psychiatric hospital, records by hand, new patients not accepted, 'up to about 40,000 patients' may have leaked, a group's posting on the dark web",
    "Ransomware hits Okayama psychiatric hospital; data of up to 40,000 patients may have leaked",
    `OKAYAMA — The Okayama Psychiatric Medical Center, a prefectural hospital in Okayama City, said Tuesday that its electronic medical record system had been hit by a ransomware attack and that personal information on up to about 40,000 patients may have been leaked. According to the center, the system went down on May 19 and staff have since been recording patient information by hand. Outpatient consultations are continuing, but new patients are not being accepted for the time being. A group calling itself Qilin has posted on the dark web what it says are documents taken from the hospital. The center has reported the damage to the prefectural police and the Personal Information Protection Commission.`,
    {
      attackers: ["Qilin"],
      victims: ["Okayama Psychiatric Medical Center"],
      type: "mental-health",
      people: 40000,
      country: "JP",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline", "paper-records", "services-closed", "data-leaked"],
    },
  ),
  pg(
    "g06",
    "whole page, translated Argentine daily: a retirees' health insurer known by its acronym, a group publishing after a deadline, systems disconnected, paper prescriptions, a membership count in 'millones' that is no head-count, never negotiated nor paid, the group's attack on another country's fund and other victims as background, 'Te puede interesar' links, newsletter, bio",
    "PAMI: hackers publican datos de jubilados tras el ciberataque",
    `Diario del Sur | Sociedad | Salud

PAMI: hackers publish data of retirees after the cyberattack

Por Martín Olivera | 28 de noviembre de 2022 | 14:32

BUENOS AIRES. — The Hive group published on Sunday on its site on the dark web part of the information it says it stole from the PAMI, the health insurer for retirees and pensioners, in the ransomware attack that left the institution's systems down for several days earlier this month. The files, according to specialists who analysed them, include names, national identity numbers (DNI) and medical data of affiliates, as well as internal documents of the organisation.

The PAMI, which covers around 5 millones de afiliados, confirmed on November 13 that it had suffered "a computer security incident" and that, as a preventive measure, it had disconnected its systems. For days pharmacies could not validate prescriptions online, and doctors had to write prescriptions on paper. The body said that medical care was guaranteed at all times.

"The institution never negotiated with the attackers and did not pay anything," PAMI's spokesperson said on Monday. The hackers had given it a deadline of ten days before publishing the files.

Hive has been one of the most active groups this year. In May an attack attributed to the same group left the Caja Costarricense de Seguro Social in Costa Rica without its systems, and in Argentina the Comisión Nacional de Valores was hit in October by another gang, which asked for US$ 500.000.

Specialist Lucía Fernández, of the Universidad de Buenos Aires, recommended that affiliates be alert to calls and messages asking for their data. "With a DNI and a health record, criminals can impersonate anyone," she said.

Te puede interesar:
- Ciberataque a la Comisión Nacional de Valores: LockBit pide US$ 500.000
- El Senado de la Nación, víctima de un ataque de ransomware
- Aumentos en prepagas: cuánto subirán las cuotas en diciembre

Suscribite al newsletter de Diario del Sur

Martín Olivera es periodista especializado en salud y tecnología.`,
    {
      attackers: ["Hive"],
      victims: ["PAMI"],
      type: "insurer",
      ransom: { status: "refused", amount: null, currency: null },
      country: "AR",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "g07",
    "South African tech news site: a private hospital group's note to staff, data taken, administrative systems offline as a precaution, a hospital count that is no head-count, silence on ransom",
    "Netcare says hackers stole some data in cyberattack",
    `JOHANNESBURG — Private hospital group Netcare has confirmed that it was hit by a cyberattack on 16 March and that the attackers managed to take a limited amount of data, TechCentral has learnt. "Our IT teams detected suspicious activity and immediately isolated the affected systems," chief executive Richard Friedland said in a note to staff. Some administrative systems were taken offline as a precaution, but the group's 49 hospitals continued to admit and treat patients. Netcare said it was working to establish whether patient information was among the files stolen and had informed the Information Regulator. It did not say whether a ransom had been demanded.`,
    {
      victims: ["Netcare"],
      type: "hospital",
      country: "ZA",
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "g08",
    "Indian business daily: a diagnostics chain's open cloud bucket, 'several lakh' patients (vague), a daily sample count that is no head-count, secured within hours, CERT-In",
    "Dr Lal PathLabs left lakhs of patient records exposed on open server, researcher says",
    `NEW DELHI — Diagnostics chain Dr Lal PathLabs left a cloud storage bucket containing patient booking data open to the internet without a password, exposing the records of several lakh patients, an independent security researcher has said. The spreadsheets, some updated daily, held names, addresses, phone numbers and the tests booked, including for HIV, the researcher told ET. The Delhi-based company, which handles around 70,000 samples a day, said the bucket had been secured within hours of being alerted and that there was no evidence the data had been misused. It has informed CERT-In.`,
    {
      victims: ["Dr Lal PathLabs"],
      type: "laboratory",
      country: "IN",
      attacks: ["misconfiguration"],
    },
  ),
  pg(
    "g09",
    "Singapore daily: a ministry's registry leaked online by the partner of a former official, a count of people and a smaller count of contacts, a minister's apology",
    "Confidential data of 14,200 HIV-positive people leaked online, MOH says",
    `SINGAPORE — The confidential information of 14,200 people diagnosed with HIV, along with that of 2,400 of their contacts, has been leaked online by an American who had obtained it from his partner, a former head of the Ministry of Health's National Public Health Unit, the ministry said on Monday. The data from the HIV registry includes names, identification numbers, phone numbers, addresses and HIV test results. MOH said it had worked with the relevant parties to disable access to the information but that it was still in the possession of the unauthorised person, Mikhy Farrera Brochez, who had been deported from Singapore last year. "We are sorry for the anxiety and distress caused," Health Minister Gan Kim Yong said.`,
    {
      victims: ["Ministry of Health"],
      type: "public-health",
      people: 14200,
      country: "SG",
      attacks: ["insider", "data-theft"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "g10",
    "UK trade press, kind (a): an outsourcer that runs NHS and council services, a group's leak-site listing and files for sale, a pension scheme's member count, costs in pounds, its GP records service 'not affected'",
    "Capita confirms data stolen in cyber attack as Black Basta lists it",
    `LONDON — Outsourcing giant Capita has confirmed that hackers stole data from its servers in an attack that began on 22 March, after the Black Basta ransomware gang listed the company on its leak site and offered files for sale. Capita, which runs services for the NHS, councils and the armed forces, said the intruders had accessed around 4% of its server estate and that some files, which may include customer, supplier or staff data, had been exfiltrated. The company said it expected costs of £15 million to £20 million from the incident. Among its customers, the Universities Superannuation Scheme said the pension details of about 470,000 members may have been taken. Capita's Primary Care Support England service, which handles the transfer of GP records for NHS England, was not affected, the company said.`,
  ),
  pg(
    "g11",
    "whole page, translated Belgian (French-language) regional daily: a hospital group over four sites, network shut down, 112 ambulances redirected to named hospitals, consultations cancelled, paper, 'care continues in degraded mode', no demand communicated, another Belgian hospital's attack as background, 'À lire aussi' links naming a fraud and a group's claim, newsletter, bio",
    "Le groupe Jolimont victime d'une cyberattaque : les ambulances délestées",
    `L'Avenir du Centre | Région | Santé

The Jolimont group hit by a cyberattack: ambulances redirected

Par Julien Degand | Publié le 17/01/2021 à 17:20

LA LOUVIÈRE — The hospitals of the Jolimont group have been the target of a cyberattack since the night from Friday to Saturday. A ransomware encrypted part of the servers, and the management shut down the whole computer network as a precaution. The group, which includes the hospitals of Jolimont in Haine-Saint-Paul, Lobbes, Mons-Warquignies and Nivelles, has triggered its emergency plan.

The emergency departments remain open for the most serious cases, but the ambulances of the 112 service are being redirected to other hospitals in the region wherever possible, in particular to the CHU de Charleroi and the Ambroise Paré hospital in Mons. The non-urgent consultations planned for Monday have been cancelled, and the teams are working with paper files.

"Patient care continues, but in degraded mode," said the group's medical director, Dr Philippe Leroy. No ransom demand has been communicated, and the group has filed a complaint with the federal computer crime unit. The Centre for Cybersecurity Belgium (CCB) is helping the IT teams.

It is the second Belgian hospital attacked in a few weeks: at the start of January the AZ Sint-Jan in Bruges had already had to disconnect its systems, and the Walloon hospitals had been warned by the authorities of an increase in phishing attempts.

À lire aussi :
- Tournai : un hôpital visé par une fraude au président, 300.000 euros détournés
- Ransomware : Conti revendique l'attaque d'une entreprise de Gosselies
- Vaccination : les centres de la région ouvriront en février

Inscrivez-vous à notre newsletter Centre pour recevoir l'essentiel de l'actualité régionale.

Julien Degand est journaliste à la rédaction de La Louvière.`,
    {
      victims: ["groupe Jolimont"],
      type: "hospital",
      country: "BE",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
];

// ---------------------------------------------------------------- round 8 (written after round 7's fixes)
const ROUND_8: BankCase[] = [
  pg(
    "h01",
    "whole page, translated French regional daily (south-west): a centre hospitalier in the Landes, telephones and software down, radiotherapy patients sent to Bordeaux, 'no ransom demand has been received', another hospital's attack the same week as background, 'À lire aussi' links, newsletter",
    "Cyberattaque à l'hôpital de Dax : les patients de radiothérapie transférés à Bordeaux",
    `Le Courrier des Landes | Actualité | Dax

Cyberattack at Dax hospital: radiotherapy patients transferred to Bordeaux

Par Hélène Larrouy | Publié le 11/02/2021 à 18h20

DAX (Landes). — The Centre hospitalier de Dax-Côte d'Argent has been paralysed since Tuesday by a ransomware attack that encrypted its servers. The telephone lines, the patient records and the software used to steer the radiotherapy machines are down, and the staff have gone back to paper and pencil.

The radiotherapy treatments of some forty cancer patients could not be given this week; the patients are being transferred to the Institut Bergonié and the CHU in Bordeaux. The emergency department is still open. "We will need weeks to get back to normal," the director, Jean-Pierre Dupuy, said on Thursday.

No ransom demand has been received so far, according to the management. The national cybersecurity agency (ANSSI) is on site, and the Paris prosecutor's office has opened an investigation.

The same week, the hospital of Villefranche-sur-Saône, in the Rhône, was also hit by a ransomware, which forced it to postpone operations.

À lire aussi :
- Mont-de-Marsan : la mairie victime d'un rançongiciel, LockBit réclame 500.000 euros
- Landes : le centre de vaccination de Saint-Paul-lès-Dax ouvre ses portes

Inscrivez-vous à la newsletter du Courrier des Landes.`,
    {
      victims: ["Centre hospitalier de Dax-Côte d'Argent"],
      type: "hospital",
      country: "FR",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "h02",
    "Australian metropolitan daily: a cardiology practice at a private hospital, files of 15,000 patients scrambled, a payment reported, not all files recovered, suspects abroad",
    "Melbourne heart clinic paid hackers after patient files scrambled",
    `MELBOURNE — Cyber criminals have scrambled the medical files of about 15,000 patients of the Melbourne Heart Group, a cardiology practice based at Cabrini Hospital in Malvern, in a ransomware attack. The practice paid a ransom to have the files unlocked, but some of the records remain unreadable weeks later, sources told The Age. The attack, which is believed to have come from hackers in North Korea or Russia, did not affect Cabrini's own systems, a hospital spokeswoman said. The Australian Cyber Security Centre is investigating.`,
    {
      victims: ["Melbourne Heart Group"],
      type: "clinic",
      ransom: { status: "paid", amount: null, currency: null },
      people: 15000,
      country: "AU",
      attacks: ["ransomware"],
    },
  ),
  pg(
    "h03",
    "South African business daily: a pharmacy chain's customer data taken from a third-party operator's system, a count in millions, the Information Regulator told",
    "Dis-Chem says data of 3.6 million customers accessed in breach at service provider",
    `JOHANNESBURG — Pharmacy chain Dis-Chem said on Friday that the personal information of about 3.6 million customers had been accessed without authorisation in a breach at one of its third-party service providers, which manages a database for the group. The data includes names, cellphone numbers and email addresses but not medical or banking details, the company said. Dis-Chem has reported the incident to the Information Regulator and is notifying affected customers.`,
    {
      victims: ["Dis-Chem"],
      type: "pharmacy",
      people: 3600000,
      country: "ZA",
      // Attack types unchecked: the text says only that the data was "accessed without authorisation".
    },
  ),
  pg(
    "h04",
    "Estonian public broadcaster in English: a pharmacy group named with its chains, loyalty-card data of about 750,000 people downloaded through a service account, police suspect a criminal group, no ransom told",
    "Hackers stole loyalty data of 750,000 pharmacy customers, police say",
    `TALLINN (ERR News) — Hackers have downloaded the loyalty-card data of some 750,000 people from the systems of Allium UPI, the company that runs the Apotheka and Euroapteek pharmacy chains, the Police and Border Guard Board said on Wednesday. The attackers got in through a service account and copied a database holding personal identification codes, contact details and the purchases of customers, including of prescription and non-prescription medicines. Police believe a foreign criminal group is behind the attack. Estonia's data protection inspectorate has opened proceedings.`,
    {
      victims: ["Allium UPI"],
      type: "pharmacy",
      people: 750000,
      country: "EE",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "h05",
    "Taiwanese English-language daily: a hospital's patient data offered for sale on a forum, a count of patients and a volume in terabytes, the hospital's statement that care continues",
    "Mackay Memorial Hospital data of 1.6 million patients offered for sale",
    `TAIPEI — A hacker has put up for sale on a hacking forum what he says are 6 terabytes of data stolen from Mackay Memorial Hospital, including the records of 1.6 million patients, the Ministry of Health and Welfare said yesterday. The hospital said that some of its computers at its Taipei and Tamsui branches had been infected with malware in February, but that patient care had not been affected. The ministry has asked the hospital to report on the breach within a week.`,
    {
      victims: ["Mackay Memorial Hospital"],
      type: "hospital",
      people: 1600000,
      volume: 6000000000000,
      country: "TW",
      attacks: ["malware", "data-theft"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "h06",
    "Dutch health-sector CERT's annual report, kind (c): counts of incidents and ransomware at Dutch care providers, no particular victim",
    "Z-CERT: minder ransomware bij zorginstellingen, wel meer phishing",
    `AMSTERDAM — Dutch hospitals and care providers reported fewer ransomware attacks last year, but phishing attempts rose sharply, Z-CERT, the computer emergency response team of the Dutch healthcare sector, said in its annual report on Tuesday. The organisation handled 212 incidents at its member institutions, of which 9 involved ransomware, against 14 the year before. Z-CERT urged hospitals to use multi-factor authentication on all remote access.`,
  ),
];

// ---------------------------------------------------------------- round 9 (written after round 8's fixes)
const ROUND_9: BankCase[] = [
  pg(
    "i01",
    "whole page, a hospital's own press release and FAQ: site navigation, servers encrypted, network taken offline, a ransom demand with a threat to publish that the hospital will not pay, appointments rescheduled, manual procedures, a FAQ answer warning of suspicious calls, a hotline number, footer",
    "Information Security Incident – Update",
    `Union Hospital 仁安醫院
Home | About Us | Find a Doctor | Health Check Packages | Maternity | Careers | Contact Us

Home > About Us > Press Releases

PRESS RELEASE
Information Security Incident – Update (27 August 2023)

Union Hospital ("the Hospital") wishes to update the public on the information security incident first announced on 19 August 2023.

On 18 August 2023 the Hospital detected that some of its computer servers had been encrypted by ransomware. The Hospital immediately isolated the affected servers, took its computer network offline as a precaution, activated its contingency plan and reported the case to the Hong Kong Police Force and to the Office of the Privacy Commissioner for Personal Data (PCPD). Independent cybersecurity experts have been engaged to assist with the investigation and the restoration of systems.

The Hospital sincerely apologises for the inconvenience caused to patients and their families.

FREQUENTLY ASKED QUESTIONS

Q1. Has patient data been affected?
A1. The investigation is ongoing. The attackers have claimed to have copied data from the Hospital's servers. The Hospital will contact any affected patients and staff directly once the scope is known.

Q2. Has the Hospital received a ransom demand?
A2. Yes. The attackers have demanded a ransom and threatened to publish the data unless it is paid. In line with the advice of the Police, the Hospital will not pay any ransom.

Q3. Are the Hospital's services affected?
A3. The 24-hour Outpatient and Emergency Service and in-patient services continue to operate. Some outpatient appointments and imaging examinations have been rescheduled, and registration and billing are being handled manually. Patients whose appointments are affected will be contacted by our staff.

Q4. I have received a suspicious call or SMS claiming to be from the Hospital. What should I do?
A4. The Hospital will never ask for bank account details or passwords by phone, SMS or email. Please do not click on any link and report suspicious messages to the Police Anti-Deception Coordination Centre at 18222.

Q5. Whom can I contact?
A5. Please call our enquiry hotline at 2608 3388 (Monday to Saturday, 9 a.m. to 6 p.m.).

Union Hospital
18 Fu Kin Street, Tai Wai, Shatin, N.T., Hong Kong

© 2023 Union Hospital. All rights reserved. | Privacy Policy | Disclaimer | Sitemap`,
    {
      victims: ["Union Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      country: "HK",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "i02",
    "a health authority's board minutes: motions carried, an agenda item on its IT agency's ransomware (a phishing attachment, shared systems taken offline, recovery cost in dollars, no ransom paid or to be paid, 'no surgeries or clinics had been cancelled'), then unrelated items with patient counts",
    "Minutes of the Board of Directors – Public Session",
    `SASKATCHEWAN HEALTH AUTHORITY
Minutes of the Board of Directors – Public Session
Thursday, February 13, 2020, 1:00 p.m., Delta Hotel, Regina, Salon A

Present: A. Linner (Chair), D. Sanford, M. Wagner, G. Hagel, R. Kotylak
Regrets: J. Pinay
Staff: S. Livingstone (CEO), Dr. S. Alexander (Chief Medical Officer), C. Mawdsley (Recording Secretary)
Guests: J. Hornell, CEO, eHealth Saskatchewan

1. CALL TO ORDER
The Chair called the meeting to order at 1:02 p.m.

2. APPROVAL OF AGENDA
Moved by D. Sanford, seconded by M. Wagner, THAT the agenda be approved as circulated. CARRIED.

3. APPROVAL OF MINUTES
Moved by G. Hagel, seconded by R. Kotylak, THAT the minutes of December 12, 2019 be approved. CARRIED.

4. BUSINESS ARISING
4.1 eHealth Saskatchewan cyber incident – update
J. Hornell reported that a ransomware attack detected on January 6 had encrypted files on eHealth Saskatchewan servers, and that some systems eHealth runs for the Authority, including the provincial laboratory results viewer, had been taken offline while they were rebuilt. The attackers got in after an employee opened an infected attachment in a phishing email in December. There is no evidence at this time that personal health information was taken. In answer to a question from M. Wagner, he said that no ransom had been paid and that none would be paid; recovery work is estimated at $1.2 million.
Dr. Alexander noted that no surgeries or clinics had been cancelled because of the incident, although some laboratory results had reached physicians late.
ACTION: eHealth to report back to the Board at the April meeting.

4.2 Surgical wait times
The CEO reported that the number of patients waiting longer than 12 months for surgery had fallen to 1,412, from 2,030 a year earlier. Moved by R. Kotylak, seconded by G. Hagel, THAT the report be received. CARRIED.

5. IN CAMERA
The Board moved in camera at 2:35 p.m.

6. ADJOURNMENT
The meeting was adjourned at 3:40 p.m. Next meeting: April 9, 2020.`,
    {
      victims: ["eHealth Saskatchewan"],
      type: "health-it-vendor",
      ransom: { status: "refused", amount: null, currency: null },
      country: "CA",
      attacks: ["ransomware", "phishing"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "i03",
    "translated French regional daily retelling a nurse's Reddit thread: pseudonymous quotes of handwritten prescriptions and a record system still down, the management's account, a view count, 'no ransom demand has been received', consultations postponed",
    "« On est revenus aux années 90 » : sur Reddit, une infirmière du CHU de Rennes raconte l'après-cyberattaque",
    `"We're back in the 1990s": on Reddit, a nurse at the CHU de Rennes describes life after the cyberattack

RENNES (Ille-et-Vilaine). — Under the pseudonym u/infirmiere_de_nuit, a user who says she is a nurse in a medical unit of the CHU de Rennes described on the forum Reddit, on Tuesday, her night shifts since the ransomware attack that hit the university hospital last week. "Since Thursday we print everything, prescriptions are handwritten, we write our notes on paper and fax them to the pharmacy," she wrote in a post viewed more than 2,000 times. "The internal phones work again, but the patient record software is still down."

We were not able to verify the identity of the author, but her account matches what the management said on Monday: the patient record system and part of the internal telephone network were cut after the attack, and the teams switched to "degraded procedures". Some non-urgent consultations have been postponed.

Another user, who presents himself as a junior doctor, replied that in his department "nobody told us anything for two days".

According to the management, the attack was "contained" and no ransom demand has been received. The national cybersecurity agency (ANSSI) is assisting the hospital's IT teams, and the CNIL has been notified.`,
    {
      victims: ["CHU de Rennes"],
      type: "hospital",
      country: "FR",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "i04",
    "podcast transcript with timestamps and speaker names: hospital websites knocked down by a DDoS a hacktivist group claimed, a suspected tie to another group, 'none of that was affected', a Finnish extortion case as background, a sponsor read",
    "Nordic Threat Brief, episode 41: Danish hospital websites go dark",
    `Nordic Threat Brief — Episode 41 — Transcript

[00:00] [Intro music]

[00:12] MADS KJÆR: Welcome back to Nordic Threat Brief. I'm Mads Kjær, and with me as always is Sofie Brandt from our security desk. Sofie, the big Danish story this week.

[00:20] SOFIE BRANDT: Yes. On Sunday evening the websites of nine Danish hospitals, among them Rigshospitalet and Bispebjerg Hospital in Copenhagen, went down for several hours. The Capital Region confirmed it was a DDoS attack, so a flood of traffic, not a break-in.

[00:41] MADS KJÆR: And who's behind it?

[00:43] SOFIE BRANDT: A group calling itself Anonymous Sudan claimed it on its Telegram channel and said it was revenge for the Quran burnings. Some researchers think the group has ties to Killnet, but that's contested.

[01:05] MADS KJÆR: Did patients notice anything?

[01:07] SOFIE BRANDT: Not really. The region was very clear that the patient systems, the electronic records, the phone lines, none of that was affected. It was the public websites only. If you wanted to look up visiting hours on Sunday night, you were out of luck.

[01:25] MADS KJÆR: Which is a very different story from Vastaamo in Finland, where hackers stole therapy notes and blackmailed the patients one by one.

[01:33] SOFIE BRANDT: Completely different. This is noise, that was a catastrophe.

[01:40] MADS KJÆR: After the break: what NIS2 means for Danish municipalities. But first, a word from our sponsor.

[01:46] [Sponsor read] This episode is brought to you by NordGuard, the password manager trusted by 4,000 Nordic companies.`,
    {
      attackers: ["Anonymous Sudan"],
      victims: ["Rigshospitalet", "Bispebjerg Hospital"],
      type: "hospital",
      country: "DK",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "i05",
    "translated wire with odd punctuation (spaces before commas and stops, a split possessive, '-- ' after the dateline): a hospital's patient list offered for sale, the hackers' claimed count against the ministry's smaller one, treatment systems 'not affected'",
    "Thai ministry says hospital data stolen , fewer patients affected than hackers claim",
    `BANGKOK , Sept. 7 ( TNA ) -- Thailand 's Ministry of Public Health said on Tuesday that data from the computer system of Phetchabun Hospital had been stolen by hackers , after a post on a hacking forum offered the records of " 16 million patients " for sale .

The ministry 's permanent secretary , Dr. Kiattiphum Wongrajit , said the hacked server held only patients ' names , hospital numbers and appointment dates , with no treatment information , and that the stolen file covered about 10,000 patients , not 16 million as the hackers claimed . The hospital 's treatment systems were not affected , he said .

The ministry has ordered all hospitals under its supervision to change their passwords and check their servers , and the case has been reported to the Technology Crime Suppression Division of the police . ( TNA )`,
    {
      victims: ["Phetchabun Hospital"],
      type: "hospital",
      people: 10000,
      country: "TH",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "i06",
    "whole page, op-ed in an Irish daily, kind (c): an argument for funding hospital IT that names past attacks in passing (the HSE, Synnovis, WannaCry) with no new incident, a sum spent, a reader-comments prompt, author bio",
    "Our hospitals are still running on goodwill and Windows 7",
    `Opinion | Health

Our hospitals are still running on goodwill and Windows 7

Ireland cannot keep treating cyber security as an IT problem, writes Dr Niamh Gallagher

Tue, Oct 15, 2024, 05:00

Every winter the same argument is made about trolleys, and every winter we forget that the computers behind the trolleys are older than some of the junior doctors using them.

Anyone who worked in an Irish hospital in May 2021 remembers what it was like when the HSE's systems went dark. Across the water, the attack on Synnovis last year and WannaCry before it showed that the NHS has not found a cure either. These are not freak events; they are what happens when a health service runs critical systems on software its vendors stopped supporting years ago.

The State has spent more than €100 million on cyber security in health since 2021, and some of it has been well spent. But a new firewall does not help a ward whose blood-gas analyser still runs Windows 7 because replacing it would mean a procurement process that takes two years.

What would help is boring: a ring-fenced budget for replacing old equipment, a named senior manager in every hospital group who answers for cyber risk, and drills in which clinical staff, not just IT staff, practise working on paper for a week.

None of this is as photogenic as a new hospital wing. But the next attack will not care how new the wing is.

Dr Niamh Gallagher is a consultant in emergency medicine and a member of the Irish Medical Organisation's council. She writes in a personal capacity.

Have your say: join the conversation in the comments below.

More in Opinion:
- The Irish Times view on the housing crisis
- Fintan O'Toole: Budget 2025 was a missed chance`,
  ),
  pg(
    "i07",
    "South African business news with a correction notice on top that withdraws patient data and a group's claim: a hospital group's staff data accessed through a social engineering attack, a staff count, the Information Regulator, operations 'not affected'",
    "Mediclinic says employee data compromised in social engineering attack",
    `Correction, 14 June 2023: An earlier version of this article said that patient records had been accessed and that the Daixin Team gang had claimed the attack. Mediclinic says no patient data was involved, and no group has claimed the attack; the reference to Daixin Team belonged to another incident. We apologise for the error.

CAPE TOWN — Private hospital group Mediclinic Southern Africa says the personal information of about 1,600 of its employees was compromised in a social engineering attack detected on 6 June.

An attacker gained access to a mailbox of the group's human resources department and viewed documents containing the names, identity numbers and bank details of staff, the group said in a statement. It has informed South Africa's Information Regulator and the affected employees, and has offered them identity-theft monitoring.

Hospital operations and patient systems were not affected, Mediclinic said.`,
    {
      victims: ["Mediclinic Southern Africa"],
      type: "hospital",
      people: 1600,
      country: "ZA",
      // Attack types unchecked: the text says only that a mailbox was reached through "social engineering".
    },
  ),
  pg(
    "i08",
    "whole page, Indian metropolitan daily: a central government hospital's servers down for a day after a cyber attack its superintendent says was 'not a ransomware attack', manual registration, an OPD count per day, a neighbouring institute's ransomware with terabytes, a denied crore demand and a country blamed as background, 'Also Read' links, an expert quote, newsletter and bio",
    "Cyber attack on Safdarjung hospital server, OPD runs manually for a day",
    `The Capital Chronicle | Cities | Delhi

Cyber attack on Safdarjung hospital server, OPD runs manually for a day

Days after the AIIMS ransomware attack, another central government hospital in the city reports a breach; officials say data is safe

Ritika Sharma | New Delhi | Updated: Dec 3, 2022, 11:45 PM IST

NEW DELHI: Safdarjung Hospital, one of the largest central government hospitals in Delhi, was hit by a cyber attack last week that took its server down for a day, officials said on Saturday.

"It was not a ransomware attack like the one at AIIMS. Our server was down for a day and the data is safe," said the hospital's medical superintendent, Dr B L Sherwal. While the National Informatics Centre (NIC) restored the system, registration at the outpatient department (OPD), which sees around 10,000 patients a day, was done manually on paper slips.

Also Read | AIIMS server outage enters 12th day, e-hospital data restored

The attack comes days after five servers of the All India Institute of Medical Sciences (AIIMS) were hit on November 23. Around 1.3 terabytes of data were encrypted there, and Delhi Police have denied reports of a Rs 200 crore ransom demand in cryptocurrency. Investigators have pointed to hackers based in China.

"Most government hospitals still run old, unpatched systems. It is only a matter of time before the next one," said Pavan Duggal, a cyber law expert.

Also Read | ICMR website faced 6,000 hacking attempts in a day, officials say
Also Read | Delhi: dengue cases rise to 3,900 this year

Get the day's top stories from Delhi in your inbox. Sign up for our newsletter.

Ritika Sharma is a principal correspondent at The Capital Chronicle and covers health and civic issues in Delhi.`,
    {
      victims: ["Safdarjung Hospital"],
      type: "hospital",
      country: "IN",
      attacks: ["unknown"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "i09",
    "whole page, Australian public broadcaster: a blood service's donor database left on an insecure website by its web contractor, a count of donors and a volume in gigabytes, the chief executive's apology, a census website's DDoS as background, related links, topic tags",
    "Red Cross Blood Service data breach: personal details of 550,000 donors exposed",
    `News Home | Health | Technology

Red Cross Blood Service data breach: personal details of 550,000 donors exposed

By technology reporter Tom Mahoney

Posted Fri 28 Oct 2016 at 3:15pm, updated Fri 28 Oct 2016 at 6:40pm

The personal details of about 550,000 blood donors were exposed online in what is believed to be Australia's largest data security breach, the Australian Red Cross Blood Service says.

A file containing donors' names, addresses, dates of birth and answers to eligibility questions, including whether they had engaged in "at-risk sexual behaviour" in the previous 12 months, was placed on an insecure part of a website by the third-party contractor that developed and maintained the service's website.

The 1.74-gigabyte database backup was found by a person scanning the internet for publicly accessible files, who reported it to a security researcher. The researcher alerted the service on Tuesday, and the file has since been removed.

"We are deeply sorry," chief executive Shelly Park said. "This was the result of human error by our contractor, Precedent Communications."

The service said it had no evidence that the file had been misused, and it has informed the Australian Cyber Security Centre and the Office of the Australian Information Commissioner.

In August, the Census website was taken offline for almost two days after what the Australian Bureau of Statistics described as a series of DDoS attacks.

Related stories:
- Census website shut down after 'attacks', ABS says
- Medicare card details of Australians for sale on dark web, investigation finds
- IVF clinic patients' files stolen in Sydney break-in

Topics: health, privacy, information-and-communication, blood-donation, australia`,
    {
      victims: ["Australian Red Cross Blood Service"],
      type: "other-healthcare",
      people: 550000,
      volume: 1740000000,
      country: "AU",
      attacks: ["misconfiguration"],
    },
  ),
  no(
    "i10",
    "translated Spanish wire with agency punctuation ('(EFE).-'), kind (a): a cloud provider's ransomware takes down the sites of state bodies, the health ministry and health superintendency among them, services suspended",
    "Ataque de ransomware a IFX Networks afecta a más de 40 entidades del Estado colombiano",
    `BOGOTÁ, 14 sep (EFE).- A ransomware attack against IFX Networks, a company that provides cloud and data-centre services, has left the websites and systems of more than 40 Colombian state bodies out of service since Tuesday, among them the Ministry of Health, the National Health Superintendency (Supersalud) and the judiciary.

The Ministry of Health said that its platforms for health providers, including the one used to authorise payments to hospitals, would remain suspended "until the provider restores its services", and Supersalud postponed the deadlines of its proceedings. The judiciary suspended court terms until Friday.

IFX Networks said in a statement that it had "isolated the affected infrastructure" and that it was working with its clients to restore the services. The Colombian government's digital security team (ColCERT) is investigating.

The Minister of Information Technologies, Mauricio Lizcano, said the attack was "a serious warning" for the State's digital infrastructure. (EFE)`,
  ),
];

/** The intl blind bank's cases, in the order they were written. */
export const BLIND_INTL_BANK: BankCase[] = [
  ...ROUND_1,
  ...ROUND_2,
  ...ROUND_3,
  ...ROUND_4,
  ...ROUND_5,
  ...ROUND_6,
  ...ROUND_7,
  ...ROUND_8,
  ...ROUND_9,
];

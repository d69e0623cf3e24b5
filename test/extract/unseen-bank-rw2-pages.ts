// Unseen bank, second series of whole pages (q-pages, 11th session): dev articles that no other bank had reworded, told
// again in new sentences (same facts, names, figures, hedges and negations; labels copied from the dev record) and
// wrapped in the furniture of ANOTHER kind of site than the dev page came from: podcast pages, TV station pages with
// video captions and "Trending" lists, hospital websites with an update log, trade-press "things to know" lists,
// Postmedia "story continues below" breaks, tracker write-ups, author boxes, newsletter and cookie boxes, comment
// threads. Furniture names other groups, hospitals and sums on purpose. `pages-rw2-neg-*` and `pages-rw2-trk-*` cases
// are invented (every name and figure made up). Labels follow ../shared/eval/README.md. The round was written in full
// before the extractor was run on it.
import { type BankCase, notRelevantCases, relevantPageCases } from "./unseen-shapes-bank";

/** A relevant page: no attacker, ransom, numbers or impact unless given. */
const pg = relevantPageCases("pages-rw2-");

/** A page labelled not relevant (only relevance is scored there). */
const pgNo = notRelevantCases("pages-rw2-");

// ---------------------------------------------------------------- round 1
const ROUND_1: BankCase[] = [
  pg(
    "a007",
    "podcast page: show notes above an episode summary, 'Listen on' links, transcript note, related episodes",
    "Risk & Repeat: Change Healthcare's ransom payment bought little",
    `Podcasts | Security | Risk & Repeat

Risk & Repeat: Change Healthcare's ransom payment bought little

Listen on: Apple Podcasts | Spotify | RSS

Published: 25 Apr 2024

UnitedHealth Group, which owns Change Healthcare, has now told news outlets that a ransom was paid to the criminals behind February's cyber attack, and yet patient data was not kept safe by it.

Change Healthcare first said on Feb. 21 that ransomware had hit it; the attack badly disrupted its platform for managing healthcare payments. The Alphv/BlackCat operation, a busy ransomware-as-a-service gang, quickly said it was responsible. In early March the gang seemingly staged an exit scam and disappeared with a $22 million payment that researchers linked to Change Healthcare; Wired was first to report the figure last month.

The payment did not end the matter. This month a second gang, RansomHub, said it had got hold of Change Healthcare data, and it has begun to leak it, claiming to hold patient medical records and personally identifiable information on Change Healthcare's customers.

On this episode, TechTarget editors Rob Wright and Alex Culafi discuss the attack and whether paying a ransom is ever worth it.

Transcript: a transcript of this episode is not available.

More episodes
Risk & Repeat: Inside the MOVEit mass exploitation
Risk & Repeat: LockBit's comeback after Operation Cronos
Risk & Repeat: Why Scattered Spider targets help desks`,
    {
      attackers: ["ALPHV", "RansomHub"],
      victims: ["Change Healthcare", "UnitedHealth Group"],
      type: "health-it-vendor",
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      country: null,
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "data-leaked"],
    },
  ),
  pg(
    "a030",
    "commercial TV news page: browser banner, video caption, image credits, 'Trending now' list",
    "Hackers threaten to release Medibank data within a day",
    `This browser is no longer supported. Update it here for a better experience

Latest | Australia | World | Money | Video

Hackers threaten to release Medibank data within a day

WATCH: Medibank refuses to pay ransom (1:42)

Someone who says they have the data taken in Medibank's mid-October breach has warned it will be published within 24 hours, less than a day after the insurer said it would not pay the ransom demanded.

Medibank confirmed yesterday that basic personal details of 9.7 million Australians had been accessed: 5.1 million Medibank customers, 2.8 million AHM customers and 1.8 million international customers. Names, dates of birth, addresses, phone numbers and email addresses were included.

Health claims data may also have been reached for 160,000 Medibank customers, 300,000 AHM customers and 20,000 international customers. For the first time, Medibank said it believed the criminal or criminals may have taken the data and not just accessed it.

The health insurer said yesterday it would make no ransom payment. On a dark web forum, a post by the alleged hacker says the data will be released in 24 hours and suggests, in a P.S., selling Medibank shares.

Medibank's building in Melbourne. (Getty)

Trending now
Two dead after light plane crash near Bendigo
Optus boss faces Senate over outage
Man charged after ransomware attack on Sydney law firm`,
    {
      victims: ["Medibank", "AHM"],
      type: "insurer",
      ransom: { status: "refused", amount: null, currency: null },
      people: 9700000,
      country: "AU",
      attacks: ["data-theft", "extortion"],
    },
  ),
  pg(
    "a036",
    "security blog page: category chips, share bar, 'about the group' paragraph first, 'You may also like' list",
    "Daixin team cripples five Ontario hospitals through shared IT provider",
    `Blog | Threat Intelligence | Healthcare

Daixin team cripples five Ontario hospitals through shared IT provider

Share: LinkedIn | X | Facebook

The Daixin team, which has specialised in the public health sector since its first ransomware attack in June 2022, has left five hospitals in Ontario crippled.

Its target this time was Transform Shared Service Organization, the provider of critical IT, supply chain and other services to the five hospitals. Transform acknowledged a systems outage, including email and trouble reaching customer appointments, in a press release on October 23rd; by October 27th, after disruption so heavy that appointments had to be rescheduled by hand, it confirmed a cyberattack.

Over the past two weeks, CBC reported, cancer patients' radiation treatment had to be moved to other hospitals, and surgeries and appointments were rescheduled because the attack stopped hospital Wi-Fi, email and patient information systems altogether.

Daixin later claimed the attack. Besides disrupting the hospitals, the group stole more than 5 million records of personally identifiable and protected health information, some 160 GB of documents from Transform's internal servers.

You may also like
How LockBit affiliates pick their victims
Black Basta hits German defence contractor
Five questions to ask your managed service provider`,
    {
      attackers: ["Daixin Team"],
      victims: ["Transform Shared Service Organization"],
      type: "hospital",
      people: 5000000,
      volume: 160e9,
      country: "CA",
      attacks: ["ransomware", "data-theft"],
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
    "a039",
    "UK IT trade page: standfirst, stock-photo caption, 'shadow universe' detail, newsletter signup, whitepaper promo",
    "UHS hospitals knocked offline in suspected Ryuk attack",
    `IT Pro | News | Security | Ransomware

UHS hospitals knocked offline in suspected Ryuk attack

Employees at Universal Health Services have been told the disruption could go on for days

Photo: an empty hospital corridor (Shutterstock)

Universal Health Services (UHS), one of the largest healthcare providers in the US, has been hit by what appears to be a ransomware attack, in what is thought to be another Ryuk case.

The malware struck UHS systems on Sunday, reports say, taking down its IT networks and forcing staff to fall back on "offline documentation". The for-profit provider runs about 400 hospitals and facilities in the US and the UK.

A worker at one hospital told TechCrunch that text referring to the "shadow universe", a hallmark of Ryuk, appeared on their screen, and that all staff had been told to switch their computers off and keep them off.

UHS said an IT security issue had taken the network offline, and that so far it appears no patient or employee data has been accessed, copied or otherwise compromised.

Sign up to the IT Pro newsletter for the latest security news

Whitepaper: How Conti and Ryuk changed the ransomware economy - download now`,
    {
      attackers: ["Ryuk"],
      victims: ["Universal Health Services (UHS)"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "a047",
    "trade-press 'things to know' list page: numbered points, copyright footer, 'Most read' list",
    "Hive ransomware behind Memorial Health attack, FBI says: 5 things to know",
    `Health IT | Cybersecurity

Hive ransomware behind Memorial Health attack, FBI says: 5 things to know

The FBI has issued a warning about Hive ransomware after tying the group to the Aug. 15 attack on Marietta, Ohio-based Memorial Health System, which took down its IT network and led it to divert patients.

1. Hive was first seen in June, according to an Aug. 25 FBI release; once inside a network it exfiltrates data before encrypting files.

2. Ransom notes are left in every infected directory, explaining how to buy the decryptor and threatening to post the stolen data on HiveLeaks.

3. Memorial shut down its IT system during the attack and, through a weeklong outage, sent ambulances and patients to other hospitals.

4. Bleeping Computer has reportedly seen evidence that the hackers took databases holding information on 200,000 patients.

5. CEO Scott Cantley said on Aug. 18 that the system had "arrived at a negotiated solution", and a spokesperson said Memorial was working with the FBI on negotiating with the hackers.

Most read
1. Vice Society leaks data of California school district
2. 10 hospitals hiring CIOs
3. Conti demands $20M from Irish health service

© 2021 Health IT Daily. All rights reserved.`,
    {
      attackers: ["Hive"],
      victims: ["Memorial Health System"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 200000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  pg(
    "a055",
    "Dutch outlet's English page: source line, 'Read in Dutch' link, quote box, 'More from the Netherlands'",
    "Pro-Russian hackers target Dutch hospitals; UMCG website down in waves",
    `NL Times | Netherlands | Health | Read in Dutch

Pro-Russian hackers target Dutch hospitals; UMCG website down in waves

Dutch hospitals are under DDoS attack from pro-Russian hackers, according to Z-Cert, the sector's cooperative for digital security. Its spokesperson named the Killnet group, working with other attackers, as responsible.

The UMCG in Groningen is among the targets: its website keeps going down, and a spokesperson described the attack as coming in waves. Only the public-facing website is hit; neither the electronic health record nor the patient portal will be affected.

Killnet has put 31 Dutch hospitals, and care facilities in Scandinavia, Poland, the US, the UK and Germany, on a list on its Telegram channel, but so far only the UMCG site appears to have actually gone down.

"We are tearing down medical facilities in these countries over their support for the Nazis in Ukraine," Killnet's founder wrote.

Source: NOS

More from the Netherlands
Rotterdam port hit by cyberattack on logistics firm
Amsterdam hospital opens new cancer wing`,
    {
      attackers: ["Killnet"],
      victims: ["UMCG"],
      type: "hospital",
      country: "NL",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "a057",
    "celebrity tabloid page: 'Exclusive' tag, gallery prompt, clinic quote, 'Don't miss' list",
    "Hackers steal celebrity patients' photos from London plastic surgery clinic",
    `Showbiz | Health | Money | Exclusive

Hackers steal celebrity patients' photos from London plastic surgery clinic

Scroll down for gallery

Several terabytes of pictures of patients have been taken from London Bridge Plastic Surgery, the clinic has said, by a hacking group calling itself the Dark Overlord, according to The Daily Beast.

The clinic said in a statement that it had suffered a cyber attack, had acted at once to block it and had told the Metropolitan Police. "After investigations by the police and our IT experts, we believe our security was breached and data was stolen."

The photos have not been put online so far, but The Dark Overlord has threatened to release them, and told The Daily Beast it would publish "the whole patient list, with the photos that go with it". The group has hacked medical centers before and threatens to publish unless victims pay.

Don't miss
Reality star reveals her surgery regrets
Clinic fined after botched Botox treatments`,
    {
      attackers: ["The Dark Overlord"],
      victims: ["London Bridge Plastic Surgery"],
      type: "cosmetic-surgery",
      country: "GB",
      attacks: ["data-theft", "extortion"],
    },
  ),
  pg(
    "a068",
    "breach blog page: menu list, 'posted by' line, first-person reporter's note, categories footer",
    "Maze Team dumps data of COVID-ready trials firm it attacked in March",
    `Menu
  • Home
  • Breach Laws
  • Contact

Maze Team dumps data of COVID-ready trials firm it attacked in March

posted by the editor, April 10, 2020

Hammersmith Medicines Research (HMR), based in London, specialises in phase 1 and early phase 2 clinical studies and stands ready to test COVID-19 therapeutics. On March 14 Maze Team attacked it, copying its data out before encrypting its systems and asking for a ransom for the decryption key.

HMR halted the attack and had its computer systems and email working again by the end of that Saturday. It has not paid: its managing and clinical director said it never meant to, and that he would rather the business failed than pay.

Maze Team announced on March 18 that it would spare medical organisations during the pandemic. On March 21 it nonetheless dumped part of HMR's data, with personal and medical details of some trial volunteers.

Categories: Breach Incidents, Health Data, Of Note`,
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
  pg(
    "a070",
    "Indian news page: dateline, 'Also Read' promos naming other incidents, explainer paragraph",
    "AIIMS Delhi servers down, hospital suspects ransomware",
    `Home / India News / Delhi

AIIMS Delhi servers down, hospital suspects ransomware

New Delhi, Nov 23 (PTI)

Delhi's premier All India Institute of medical Sciences (AIIMS) may have been hit by a ransomware attack, the hospital said on Wednesday. Its servers started failing at 7 am, and since then every section has been working manually.

Also Read | Ransomware gang demands Rs 10 crore from Mumbai port operator

The National Infomatics Centre, which is restoring the system, told the hospital it could be ransomware, the hospital said in an evening statement, adding that CERT-In was helping.

The smart lab and the appointment, billing and report generation systems were affected. Long queues formed at every department of the city's biggest referral hospital, above all at registration.

Also Read | Hackers leak data of Kerala power utility customers

Ransomware is malicious software that blocks users from their files; the attackers usually demand a ransom to restore access.`,
    {
      victims: ["All India Institute of medical Sciences (AIIMS)"],
      type: "hospital",
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "a086",
    "local newspaper page: embedded video player text about phishing first, 'Up Next', then the story",
    "Navicent Health tells 1,400 patients of phishing email",
    `Get cyber smart: guard against phishing attacks. Up Next. COPY LINK SHARE. Phishing is the attempt to get sensitive details such as usernames, passwords and card numbers by posing as a trustworthy sender.

Navicent Health tells 1,400 patients of phishing email

Two months after finding that an employee had opened an email that let hackers reach sensitive information on more than 1,400 patients, Navicent Health says it has started notifying people who may be affected.

The hospital learned of the phishing email on June 24, according to an Aug. 23 release; the employee probably opened it between June 22 and 24, and the password was changed at once. The hospital told the FBI and hired a national forensics firm.

Navicent Health's electronic medical record systems were not accessed, the release said. The mailbox held names, addresses, phone numbers, dates of birth, Social Security numbers and payment card details of patients and guarantors.

Comments are closed on this story.`,
    {
      victims: ["Navicent Health"],
      type: "hospital",
      people: 1400,
      country: "US",
      attacks: ["phishing"],
    },
  ),
  pg(
    "a093",
    "public broadcaster page: 'Posted' line, 'Related Topics', two clinics' celebrity background, 'Top Stories'",
    "Hackers threaten to leak cosmetic surgery patients' photos",
    `Home | News | Technology

Hackers threaten to leak cosmetic surgery patients' photos

Hackers who stole data from a large cosmetic surgery chain say they will publish patients' before-and-after photos.

The Hospital Group, also known as the Transform Hospital Group, has confirmed the ransomware attack and says it has told the Information Commissioner.

On its darknet site, the hacker group REvil claims to have more than 900 gigabytes of patient photographs.

The company, which calls itself the UK's leading specialist group for weight loss and cosmetic surgery, has 11 clinics. It said no payment card details had been compromised but some patients' personal data may have been accessed, and it has emailed all its customers.

Related Topics
Cyber-attacks
Plastic surgery

Top Stories
Travelex pays hackers after New Year's Eve attack
Hospital in Manchester restores systems after outage`,
    {
      attackers: ["REvil"],
      victims: ["The Hospital Group", "Transform Hospital Group"],
      type: "cosmetic-surgery",
      volume: 900e9,
      country: "GB",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "a094",
    "consumer tech page: image credit, 'Questions of ethics' subhead, background on DarkSide, SickKids and others",
    "LockBit claims Capital Health attack, threatens to leak 7TB of medical data",
    `Pro | News | Security

LockBit claims Capital Health attack, threatens to leak 7TB of medical data

(Image credit: Shutterstock)

The LockBit ransomware group says it was behind a late November 2023 cyberattack on Capital Health hospital, and has listed the hospital on its leak site, BleepingComputer reports, threatening to publish what it stole soon unless its ransom demand is met.

The gang says it took 7TB of sensitive medical data, more than 10 million files, and claims it chose not to encrypt the hospital so as not to interfere with patient care.

Questions of ethics

Groups that hit critical infrastructure are often dismantled, as DarkSide was after its attack on Colonial Pipeline in 2021. LockBit's rules tell affiliates to spare hospitals, and when an affiliate hit SickKids in Toronto last January, LockBit apologised and gave the hospital a free decryptor. Yet the rule is often broken, BleepingComputer notes.

Get the best tech deals straight to your inbox. Sign up`,
    {
      attackers: ["LockBit"],
      victims: ["Capital Health"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 7e12,
      // The retelling drops the dev headline's "US healthcare firm": no place of the victim is left.
      country: null,
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "a106",
    "security news page: section tag as first line, letter excerpt, 'Follow me on Twitter' author box, tags",
    "PharMerica breach affects over 5.8 million people",
    `Data Breaches | Security

PharMerica breach affects over 5.8 million people

National pharmacy network PharMerica has begun mailing letters about a March breach that exposed the personal information of 5,815,591 individuals.

The company, second in the institutional pharmacy services market, serves nursing facilities, post-acute care and senior living communities in 41 U.S. states. In a letter filed with the Maine Attorney General's Office, it says it noticed suspicious activity on March 14, 2023: "our computer systems were accessed by an unknown third party between March 12-13, 2023, and some personal information may have been taken from our systems."

Names, addresses, dates of birth, Social Security numbers, medications and health insurance details were within reach of the intruders. PharMerica says it has seen no sign of fraud.

Follow me on Twitter: @secaffairs and Mastodon

Pierluigi | Tags: data breach, hacking, pharmacy`,
    {
      victims: ["PharMerica"],
      type: "pharmacy",
      people: 5815591,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "trk-pharmacy-fields",
    "ransomware.live-style tracker post: field lines first, a description, then the 'has just published' sentence",
    "Money Message has just published a new victim : Wexcombe Pharmacy Services",
    `Victim: Wexcombe Pharmacy Services
Group: moneymessage
Discovered: 2026-04-10
Country: US
Activity: Healthcare

Description: Wexcombe Pharmacy Services supplies medicines to long-term care facilities in 12 states.

Money Message has just published a new victim on its leak site: Wexcombe Pharmacy Services (US). The group claims to hold 4.7TB of the company's data.

Links: screenshot | press coverage`,
    {
      attackers: ["Money Message"],
      victims: ["Wexcombe Pharmacy Services"],
      type: "pharmacy",
      volume: 4.7e12,
      country: "US",
    },
  ),
  pg(
    "b101",
    "compliance news page: two incidents under subheads, 'Related HIPAA News' list, author box",
    "Scripps Health diverts emergency patients after suspected ransomware attack",
    `HIPAA News | Cybersecurity

Scripps Health diverts emergency patients after suspected ransomware attack

San Diego health system Scripps Health took its IT systems offline after a cyberattack on May 1, 2021. Its four hospitals, in Encinitas, La Jolla, San Diego and Chula Vista, are still treating patients, but stroke, heart attack and trauma patients arriving for emergency care are being sent to other facilities as a precaution.

With its systems and patient portal down, Scripps is following backup procedures and offline documentation. Some appointments for Monday and later this week are being postponed. Local media describe the attack as ransomware; Scripps has not said.

Midwest Transplant Network also hit

Westwood, KS-based Midwest Transplant Network has also disclosed a cyberattack, confirming on April 30, 2021 that its IT staff and outside experts were working around the clock on it.

Related HIPAA News
Ryuk ransomware attack on Sky Lakes forces return to paper
OCR fines dental practice $50,000 over social media replies

Author: Steve Alder, Editor-in-Chief`,
    {
      victims: ["Scripps Health", "Midwest Transplant Network"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "b108",
    "infosec magazine page: standfirst-as-lead, 'Read more' inline promo about another breach, footer",
    "Hackers may have reached health data of 656,000 California patients",
    `News | Healthcare

Hackers may have reached health data of 656,000 California patients

Community Medical Centers (CMC), a nonprofit network of community health centers based in Stockton, California, says cyber-criminals may have accessed the protected health information of 656,047 people.

CMC, which mainly serves low-income patients, migrants and homeless people in San Joaquin, Solano and Yolo counties, detected "some unusual network activity" early on October 10 and shut down its entire network as a precaution, including servers, computers and some patient phone lines.

Read more: Ransomware gang leaks data of Florida eye clinic

Forensic investigators found that unauthorized individuals reached parts of the network holding patient data; names, addresses, dates of birth, medical information and Social Security numbers may have been obtained, according to a report to the Maine attorney general.`,
    {
      victims: ["Community Medical Centers (CMC)"],
      type: "primary-care",
      people: 656047,
      country: "US",
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b111",
    "health business page: category line, the demand in bitcoins and dollars, 'presented by' ad break",
    "MedStar hackers ask 45 bitcoins to unlock all its computers",
    `Health IT, Hospitals

MedStar hackers ask 45 bitcoins to unlock all its computers

The attackers on MedStar Health's computer systems are offering a "bulk discount", according to the Baltimore Sun, which says it has seen their demand: 3 bitcoins, about $1,250, for the key to one infected computer, or 45 bitcoins, about $18,500, for keys to all of them.

As of 4 p.m. Wednesday no payment had been made, the Sun reported. The Columbia, Maryland-based health system was said by the Baltimore Business Journal to be "nearing full restoration" of its three main IT systems, though e-mail remained offline across MedStar.

presented by

MedStar said in a statement that it had been hit by "malware" and was relying, where necessary, on backup systems including paper documentation.`,
    {
      victims: ["MedStar Health"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 45, currency: "BTC" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "b114",
    "hospital's own website page: site menu, notice with dated updates, 'Find a doctor' footer, no place named",
    "Sky Lakes hit by Ransomware Attack",
    `Find a Doctor | Patients & Visitors | Careers | Donate

Sky Lakes hit by Ransomware Attack

Posted October 27, 2020

Earlier today a ransomware attack hit the computer systems of Sky Lakes Medical Center. Our systems are compromised, but nothing so far shows that patient information has been. Reaching the medical center may be more complicated until systems are restored.

Emergency and urgent care remain available, and many scheduled procedures will go ahead as planned.

Update, October 28: all Sky Lakes retail pharmacies and clinics are open. The computer system is still compromised by the ransomware, so business is running, only more slowly.

Update, November 3: restoring computer systems is progressing, starting with devices in clinical areas; there is no evidence that personal information has left Sky Lakes.

Find a Doctor | Pay My Bill | MyChart | Contact Us`,
    {
      victims: ["Sky Lakes Medical Center"],
      type: "hospital",
      country: null,
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b204",
    "wire-fed tech page: death in the lead, ransom note addressed to the university, 'Related coverage'",
    "Woman dies after ransomware attack forces Duesseldorf hospital to turn patients away",
    `Security | Europe

Woman dies after ransomware attack forces Duesseldorf hospital to turn patients away

Ransomware hit a hospital in Düsseldorf last Thursday, and a woman died while it was still struggling to get back online.

With the IT systems of the Universitätsklinikum Düsseldorf paralyzed, the hospital could not admit emergency patients, according to German media and the Associated Press; a woman who needed urgent admission on Friday night was taken to a hospital in Wuppertal, 20 miles away, and died. A report by North Rhine-Westphalia's justice minister says 30 servers were encrypted.

The ransom note, local reports say, was addressed to Heinrich Heine University, to which the hospital belongs. Police contacted the hacker and explained that a hospital had been hit; the hacker then withdrew and handed over a key to decrypt the data they had stolen.

Related coverage
Ryuk gang hits hundreds of UHS hospitals
Blackbaud paid ransom after data theft`,
    {
      victims: ["Universitätsklinikum Düsseldorf"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "DE",
      attacks: ["ransomware", "data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "services-closed"],
    },
  ),
  pg(
    "b233",
    "Postmedia page: 'Article content' markers, ad break 'Story continues below', joint statement quote",
    "LifeLabs paid ransom after hack that may have hit 15 million Canadians",
    `News | Local News | Canada

LifeLabs paid ransom after hack that may have hit 15 million Canadians

Article content

LifeLabs, Canada's largest private provider of diagnostic testing, said Tuesday that it paid a ransom to recover data stolen in an October cyberattack that may have exposed personal information of about 15 million customers, mostly in British Columbia and Ontario.

"This is still under police investigation," CEO Charles Brown said, declining to say who was behind it or how the ransom demand came.

Story continues below
This advertisement has not loaded yet, but your article continues below.

"LifeLabs told our offices that cyber criminals got into the company's systems, extracted data and demanded a ransom," the privacy commissioners of Ontario and British Columbia said in a joint statement.

Names, addresses, emails, logins, passwords, dates of birth, health card numbers and lab test results may have been compromised.

Trending
Calgary restaurant chain closes three locations
Alberta Health Services fixes email outage`,
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
    "b237",
    "Indian business page: lead as the whole first paragraph, Telegram bots, exact customer count, 'Also Read'",
    "Star Health says hacker demanded $68,000 ransom for customer data",
    `Business | Insurance

Star Health says hacker demanded $68,000 ransom for customer data

Star Health Insurance says a hacker has demanded a $68,000 ransom over a large breach of customer data, including personal details and medical records, which Reuters says was spread through chatbots on Telegram. The insurer has sued both the hacker and Telegram.

Also Read | Sensex ends 300 points higher on bank stocks

A UK-based researcher reported that a hacker calling itself xenZen set up a website with sample data from Star Health and said it was leaking the customer and claims data of all Star Health India customers. The hacker's Telegram bots gave access to the data of 31,216,953 customers, updated through July 2024.

Telegram said it deleted the original bots as soon as it found them.`,
    {
      attackers: ["xenZen"],
      victims: ["Star Health Insurance"],
      type: "insurer",
      ransom: { status: "demanded-amount", amount: 68000, currency: "USD" },
      people: 31216953,
      country: "IN",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "b301",
    "security blog page: company profile first, SEC 8-K quote, Clop's mass-hack claim, 'Pierluigi' sign-off",
    "Community Health Systems says Fortra GoAnywhere breach hit up to 1 million patients",
    `Hacking | Data Breach

Community Health Systems says Fortra GoAnywhere breach hit up to 1 million patients

With 79 acute-care hospitals and more than 1,000 other sites of care, Community Health Systems (CHS) is one of the largest healthcare providers in the US. It has now disclosed that up to 1 million patients were impacted when threat actors exploited the CVE-2023-0669 zero-day in Fortra's GoAnywhere MFT file transfer platform.

Fortra told CHS it had suffered a security incident that exposed company data. In an 8-K filing, CHS said: "the Company currently estimates that approximately one million individuals may have been affected by this attack." It says its own systems and patient care were not affected.

The Clop ransomware gang told BleepingComputer last week that it had breached more than 130 organizations in ten days by exploiting GoAnywhere MFT.

Follow me on Twitter: @securityaffairs`,
    {
      attackers: ["Clop"],
      victims: ["Community Health Systems", "Fortra"],
      type: "hospital",
      people: 1000000,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "b315",
    "security news page: two gangs claim one hospital, bulleted data list, 'Read next' list",
    "Two ransomware gangs claim Tampa General Hospital data",
    `Cybernews | Security | Ransomware

Two ransomware gangs claim Tampa General Hospital data

Tampa General Hospital (TGH) has confirmed that patient data was compromised in a cyberattack that went on for more than two weeks, and now two ransomware gangs say they hold it.

TGH, a research medical center in Florida, said outside experts stopped the attackers from encrypting its data, but the intruders had been taking files for almost two weeks: "An unauthorized third party accessed TGH's network and obtained certain files from its systems between May 12th and May 30th, 2023."

The Snatch ransomware group claims 4T of patient data and posted about the hack on its leak site on Friday. The stolen information may include:
- names, addresses and phone numbers
- Social Security numbers and health insurance information

On Friday a second, lesser-known group, Nokoyawa, was also reported to have listed the hospital on its leak site.

Read next
LockBit leaks data of Canadian door lock maker
Medusa claims Minneapolis schools attack`,
    {
      attackers: ["Snatch", "Nokoyawa"],
      victims: ["Tampa General Hospital"],
      type: "hospital",
      volume: 4e12,
      country: "US",
      attacks: ["ransomware", "data-theft"],
    },
  ),
  pg(
    "b328",
    "infosec magazine page: researcher's find, vendor statement, IBM cost statistic as closing furniture",
    "Exposed Deep 6 AI test database held dummy medical records",
    `News | Data Breaches

Exposed Deep 6 AI test database held dummy medical records

A database with no password that leaked more than 886 million patient records online, found by Jeremiah Fowler and Website Planet, belonged to Deep 6 AI, a healthcare AI firm; the records turned out to be dummy data.

Deep 6 AI, whose algorithms help match patients to clinical trials, closed the exposure quickly once told. "No real patient data or records were included in this ephemeral test environment," it said in a statement to Infosecurity.

IBM says healthcare still has the highest average breach cost of any sector.

Subscribe to our newsletter`,
    {
      victims: ["Deep 6 AI"],
      type: "health-it-vendor",
      country: null,
      attacks: ["misconfiguration"],
    },
  ),
  pgNo(
    "a088",
    "non-health victim (national library) with a ransom sum, page 'Related' list naming hospital incidents",
    "British Library confirms Rhysida stole HR data, gang wants $740,000",
    `Cyber Security News | Ransomware

British Library confirms Rhysida stole HR data, gang wants $740,000

The British Library, the UK's national library, has admitted that internal data was stolen in a ransomware attack that caused a major outage at its London and Yorkshire sites from late October. Its website, phone lines and on-site services were hit.

The library appeared on the leak site of the Rhysida gang, which claimed the attack and is asking for more than $740,000 in bitcoin, according to TechCrunch. Leaked samples include HR files and passport scans. The library says it has found no evidence that customer data was compromised.

Related
Rhysida claims attack on Prospect Medical Holdings hospitals
NHS trust confirms patient data stolen in Qilin attack`,
  ),
  pgNo(
    "b306",
    "medical school of a university (not a healthcare body per the labels) pays a ransom; patient care untouched",
    "UCSF medical school pays $1.14 million to ransomware gang",
    `Campus Safety | Cybersecurity

UCSF medical school pays $1.14 million to ransomware gang

San Francisco - The University of California at San Francisco (UCSF) School of Medicine paid hackers $1.14 million to regain access to data that Netwalker ransomware had encrypted, after first being asked for $3 million.

The malware, which hit on June 1, encrypted a limited number of servers within the School of Medicine. The incident did not affect patient care, the wider campus network or COVID-19 work, officials said.

"We therefore made the difficult decision to pay some portion of the ransom," UCSF said.`,
  ),
  pgNo(
    "b314",
    "county government attack whose 911 dispatch wrote by hand, caption first, ALPHV named",
    "Suffolk County begins restoring systems after ransomware, starting with 911",
    `The 911 emergency operations center at Suffolk police headquarters in Yaphank. Credit: staff photographer

Suffolk County begins restoring systems after ransomware, starting with 911

Suffolk County has begun a "rolling restoration" of its computer systems after the Sept. 8 cyber intrusion, starting with the 911 dispatch system; officials gave no date for the rest.

While county systems were shut down, 911 operators wrote emergency information by hand. A dark web post attributed the attack to the BlackCat or ALPHV ransomware, and an unnamed group published county documents, including speeding tickets and court records.`,
  ),
  // ------------------------------------------------------------ invented tracker posts and hard negatives
  pg(
    "trk-dental-fields",
    "ransomware.live-style entry: field lines (Victim, Group, Sector, Country), no sentence says 'attack'",
    "Victim: Harbourline Dental Partners",
    `Victim: Harbourline Dental Partners
Group: medusa
Discovered: 2026-02-11 08:14
Sector: Healthcare
Country: AU
Website: harbourlinedental.com.au

Description: Harbourline Dental Partners operates 14 family dental practices across New South Wales and Queensland.

Claimed data: 212 GB. Deadline: 6 days 11 hours.`,
    {
      attackers: ["Medusa"],
      victims: ["Harbourline Dental Partners"],
      type: "dental",
      volume: 212e9,
      country: "AU",
    },
  ),
  pg(
    "trk-claims-physio",
    "leak-site claim write-up: 'claims to have breached', physiotherapy chain with no health word in its name",
    "Play claims Kestrel Motion, a Canadian physiotherapy chain",
    `Threat Feed | Leak Site Monitor

Play claims Kestrel Motion, a Canadian physiotherapy chain

The Play ransomware gang has added Kestrel Motion, an Ontario physiotherapy and rehabilitation clinic chain, to its leak site, claiming to have stolen client documents, payroll and IDs. The gang has not said how much it wants.

Kestrel Motion has not responded to a request for comment.

Play's other recent listings include a Texas county and a German machine-tool maker.`,
    {
      attackers: ["Play"],
      victims: ["Kestrel Motion"],
      type: "clinic",
      // Corrected after the first run: "has not said how much it wants" tells a demand without its sum.
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "CA",
    },
  ),
  pgNo(
    "neg-tracker-school",
    "tracker post, a school district victim; the group blurb lists hospitals among its usual targets",
    "Qilin has just published a new victim : Marlowe Valley Unified School District (US)",
    `Qilin has just published a new victim : Marlowe Valley Unified School District (US)

Group: qilin
Discovered: 2026-03-02

About the group: Qilin is a ransomware-as-a-service operation active since 2022 whose victims include hospitals, pathology providers and schools.`,
  ),
  pgNo(
    "neg-fine-old-breach",
    "regulator fine over a breach years ago, announced as enforcement news with a list of other actions",
    "Regulator fines Pennard Orthopaedics $240,000 over 2021 ransomware attack",
    `Enforcement | Privacy

Regulator fines Pennard Orthopaedics $240,000 over 2021 ransomware attack

The federal health privacy regulator announced a $240,000 settlement with Pennard Orthopaedics over failings it found after a 2021 ransomware attack on the practice, which it says had never carried out a risk analysis.

The settlement is the regulator's ninth this year. Other recent actions include a $75,000 penalty against a dental group for disclosing patient information in online review replies.

Pennard Orthopaedics agreed to a two-year corrective action plan.`,
  ),
  pgNo(
    "neg-weekly-roundup",
    "weekly roundup of cyber news: each item a different non-health victim; hospitals named only in a stat",
    "Week in security: port operator, airline and a city council hit",
    `Newsletter | Week in Security

Week in security: port operator, airline and a city council hit

Port operator: Akira claimed an attack on Haldane Port Services, which says cargo handling continued.

Airline: a regional carrier, Skylane Air, disclosed a breach of its loyalty programme affecting 1.2 million members.

Council: Eastbrook City Council's payment systems remain offline a week after a cyber attack.

Stat of the week: 389 hospitals were hit by ransomware last year, according to a vendor report.

Sign up to get this roundup every Friday.`,
  ),
  pgNo(
    "neg-advice-with-furniture",
    "advice piece for clinics with a 'Related' list of real-looking incidents and a vendor sign-off",
    "How small clinics can recover from a ransomware attack without paying",
    `Guides | Small Practice | Security

How small clinics can recover from a ransomware attack without paying

If a ransomware gang encrypts your practice's systems, the first hours decide how long patients wait. Keep offline backups, test restoring them every quarter, and write down how the front desk books appointments on paper.

Never pay before talking to your insurer and law enforcement: paying does not guarantee your files come back.

Related
Harwick Family Practice restores systems in two days after LockBit attack
Dental chain Ivory & Co pays $90,000 to BlackSuit

This guide is sponsored by Restorly, the backup service for independent practices.`,
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes, before a run)
const ROUND_2: BankCase[] = [
  pg(
    "a023",
    "trade-press page: commissioner's report as the lead's source, insider snooping, 'More cybersecurity coverage' list",
    "Saskatchewan health region fired employee who snooped in 14 patients' records",
    `Health IT | Privacy

Saskatchewan health region fired employee who snooped in 14 patients' records

A Canadian hospital let go of an employee caught looking at patients' medical records without a reason, according to an investigation and audit by the Office of the Saskatchewan Information and Privacy Commissioner.

Prince Albert Parkland Health Region, which provides healthcare in the province, found in an internal audit on June 14 that the employee had "snooped" in the records of 14 patients, herself and several relatives among them. She had already been suspended for five days in May for looking at two patients' information in the pharmaceutical information program.

Commissioner Ronald J. Kruzeniski said Parkland had contained the breach properly and was not at fault; the employee's deliberate breach of privacy was the root cause.

More cybersecurity coverage:
Health industry the target of 34% of data breach class action suits in 2016
DNC plans fake phishing attacks to test its employees
U of Wisconsin-Madison notifies 1k patients after postcards expose information`,
    {
      victims: ["Prince Albert Parkland Health Region"],
      type: "hospital",
      people: 14,
      country: "CA",
      attacks: ["insider"],
    },
  ),
  pg(
    "b231",
    "German wire page in English: 'CITY dpa |' dateline, ministry report, blackmail letter, parliament follow-up",
    "Trail in Duesseldorf hospital hack leads to Russia, ministry says",
    `World | Europe | Germany

Trail in Duesseldorf hospital hack leads to Russia, ministry says

DÜSSELDORF dpa | A possible trail from the hacker attack on Düsseldorf University Hospital points to Russia, the North Rhine-Westphalia Ministry of Justice told the state parliament's legal committee on Tuesday.

The hackers slipped malware called "DoppelPaymer" into the system two weeks ago, encrypting 30 servers at the hospital. Security companies say the encryption Trojan has been used against companies and institutions around the world by a group based in the Russian Federation.

The blackmailers apparently meant to target Heinrich Heine University and left a blackmail letter addressed to it. Once told they had hit a hospital, they released the key. The hospital's IT is still not fully running, and prosecutors are investigating negligent homicide after a patient had to be taken to a distant hospital because of the attack.

The SPD parliamentary group wants to learn next week how the hacker got in.`,
    {
      attackers: ["DoppelPaymer"],
      victims: ["Düsseldorf University Hospital"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "DE",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  pg(
    "b342",
    "hospital trade page: dateline-style lead with the group's mass claim, supplier named, CISA deadline, 'More articles' list",
    "Clop says it hacked 130 organizations through GoAnywhere, Community Health Systems among them",
    `Cybersecurity

Clop says it hacked 130 organizations through GoAnywhere, Community Health Systems among them

Russia-based ransomware group Clop says it mass-hacked 130 organizations, including Franklin, Tenn.-based Community Health Systems, TechCrunch reported Feb. 15. It has also claimed the data breach at Fortra, the cybersecurity firm that supplies the health system with its GoAnywhere file transfer software.

The gang says it stole data by exploiting a flaw in GoAnywhere but gave no proof, and its leak site did not mention Fortra. Community Health Systems told the SEC on Feb. 13 that the Fortra breach had compromised its patients' personal information.

Fortra released an emergency patch on Feb. 7.

More articles on cybersecurity:
LockBit claims attack on Arizona hospital chain
6 health systems hit by ransomware in January`,
    {
      attackers: ["Clop"],
      victims: ["Community Health Systems", "Fortra"],
      type: "hospital",
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "trk-table-lab",
    "tracker page: a pipe table with a header row and one row, a pathology lab victim, no sentence",
    "Leak site watch: new posts",
    `Date | Group | Victim | Country | Sector
2026-06-02 | incransom | Marrick Pathology Services | GB | Healthcare`,
    {
      attackers: ["INC Ransom"],
      victims: ["Marrick Pathology Services"],
      type: "laboratory",
      country: "GB",
    },
  ),
  pg(
    "notice-faq-page",
    "hospital notice page with site header, FAQ questions as subheads, call-centre box, footer links",
    "Notice of Data Security Incident",
    `Fernhill Regional Medical Center | Find Care | Locations | Patients & Visitors | Pay a Bill

Notice of Data Security Incident

Fernhill Regional Medical Center, in Bowen County, Kentucky, is writing to tell patients about an incident that may have involved some of their information.

What happened?
On March 3, 2026, Fernhill found that an unauthorized party had accessed its network. The party copied some files from a file server between February 26 and March 3.

What information was involved?
Names, dates of birth, Social Security numbers and treatment information of 48,210 patients.

Was a ransom paid?
Fernhill does not comment on ransom matters.

Call center: 1-800-555-0143, Monday to Friday, 8am-8pm.

Privacy Policy | Nondiscrimination Notice | Price Transparency`,
    {
      victims: ["Fernhill Regional Medical Center"],
      type: "hospital",
      people: 48210,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  pgNo(
    "a066",
    "council attack page: image credit, director's quote, 'X is not the only one' subhead over made-up lines on other councils and NHS 111",
    "Leicester City Council says systems will take days to restore after cyber attack",
    `News | Security

Leicester City Council says systems will take days to restore after cyber attack

Leicester town hall at night. (Image credit: Getty Images)

Leicester City Council expects it to be days before its IT systems and phone lines are back after a cyber attack last Thursday, which it is investigating with the National Cyber Security Centre.

Strategic director Richard Sword said officers were keeping frontline services running, with extra phone lines for anyone needing urgent help, including adult social care.

Leicester City Council is not the only one

Councils in Gloucester and Redcar were hit by ransomware in recent years, and an attack on a care provider's software supplier disrupted NHS 111 last summer.`,
  ),
  pgNo(
    "b208",
    "telco breach page in a chatty register: Medicare numbers exposed, hashtag line, government annoyed",
    "Optus confirms thousands of Medicare numbers were also exposed",
    `Optus #Optus

Optus confirms thousands of Medicare numbers were also exposed

Optus has confirmed that 14,900 valid Medicare ID numbers were exposed in its data breach, plus 22,000 expired ones, and says every affected customer will be contacted.

"People cannot get into your Medicare details with only your Medicare number," the telco said. The federal government is annoyed that it took Optus five days to say Medicare data was involved.`,
  ),
  pgNo(
    "b217",
    "outsourcer attack page: logo caption, dark web documents, schools and a nuclear division; a made-up closing line on its NHS contracts",
    "Capita checks whether data was stolen after gang posts documents",
    `Capita logo, 2022 branding. Do not use older versions.

Capita checks whether data was stolen after gang posts documents

Capita, one of Britain's biggest outsourcers, was trying to establish tonight whether files posted on the dark web by the Russian-speaking Black Basta gang came from its systems. They include screening documents about teachers in Sheffield and bank details of suppliers to its nuclear consulting division.

Capita's systems were crippled by an incident more than two weeks ago. Its contracts include NHS pension administration and GP support services.`,
  ),
  pgNo(
    "b320",
    "hospital outage page: 'not a cyberattack' statement, a children's hospital's ransomware named as background",
    "Toronto hospital network restores systems, says outage was not a cyberattack",
    `Toronto | Health

Toronto hospital network restores systems, says outage was not a cyberattack

The University Health Network said Tuesday it had restored "virtually all" of its digital systems and that the outage was caused by internal issues. "We are confident that this was not a cyberattack," its statement read, adding that no patient data had been breached.

The outage had raised fears of a breach, coming a month after the Hospital for Sick Children was hit by ransomware. UHN cancelled six surgeries on Monday and staff recorded care by hand.`,
  ),
  pgNo(
    "b332",
    "arrest news page: breadcrumb with dates, the gang's past victims including a pharma firm and a medical school, 'Related news' with (source) tags",
    "Ukraine police arrest Clop ransomware suspects",
    `Security News > 2021 > June > Ukraine police arrest Clop ransomware suspects

Ukraine police arrest Clop ransomware suspects

Ukrainian police said on Wednesday they had arrested members of the Clop ransomware gang and taken down infrastructure used against victims worldwide since 2019, with damage put at $500 million.

Since 2019 Clop has been tied to attacks on Accellion, Qualys, ExecuPharm and universities including Stanford University Medical School.

Related news
- Ransomware gang leaks data of Ohio clinic (source)
- Hunters International claims attack on Tata Technologies (source)`,
  ),
  pgNo(
    "b338",
    "indictment page: ad marker, Treasury caption, the group's victims (hospitals among them) in a quote",
    "US charges Russian national as LockBit leader",
    `[ad_1]
Dmitry Yuryevich Khoroshev, alleged LockBit leader. Courtesy: U.S. Department of the Treasury

US charges Russian national as LockBit leader

Federal prosecutors on Tuesday charged Russian national Dimitry Yuryevich Khoroshev with creating and running the LockBit ransomware-as-a-service group, and the State Department offered a $10 million reward for his arrest.

LockBit targeted more than 2,000 victims and took more than $500 million in ransom payments, the Justice Department said; its victims included "individuals, small businesses, multinational corporations, hospitals, schools".`,
  ),
  pgNo(
    "b340",
    "heatwave outage report page: a supplier's unrelated cyber attack named in passing, paper-based operating model",
    "Review finds cooling warnings at Guy's and St Thomas' datacentres went unheeded",
    `Computer Weekly | Healthcare IT

Review finds cooling warnings at Guy's and St Thomas' datacentres went unheeded

Concerns about cooling at a datacentre hosting key systems for Guy's and St Thomas' NHS Foundation Trust were raised in 2018 and never fully dealt with, a review of the July 2022 heatwave outage has found.

Both datacentres overheated on 19 July 2022, when UK temperatures reached 40C, and the trust moved to a paper-based operating model. Recovery was slowed by an unrelated cyber attack in August 2022 on an external supplier that hosted a medical records system for the trust.`,
  ),
  pgNo(
    "trk-gym",
    "tracker post: a gym chain victim whose description mentions physiotherapists on staff",
    "Akira has just published a new victim : Fitzroy Fitness Clubs (AU)",
    `Group: akira
Discovered: 2026-04-19
Description: Fitzroy Fitness Clubs runs 40 gyms in Victoria, with personal trainers and visiting physiotherapists.`,
  ),
  pgNo(
    "neg-vendor-quarterly",
    "vendor quarterly report page: a gang's healthcare victim count, percentages, 'Download the report' box",
    "Qilin posted 61 healthcare victims in Q2, report finds",
    `Research | Reports

Qilin posted 61 healthcare victims in Q2, report finds

Qilin listed 61 healthcare organisations on its leak site between April and June, more than any other group, according to the quarterly ransomware report from threat-intelligence firm Veltar. Healthcare made up 14% of all leak-site posts, up from 11%.

Hospitals accounted for a third of the healthcare victims, followed by clinics and dental practices.

Download the report`,
  ),
];

// ---------------------------------------------------------------- round 3 (written after round 2's fixes, before a run)
const ROUND_3: BankCase[] = [
  pg(
    "a075",
    "security blog page: photo caption with a US state, subheads, an unconfirmed demand 'doing the rounds' on Reddit",
    "Ryuk suspected as UHS hospitals lose computers and phones",
    `Blog | Ransomware | Healthcare

Ryuk suspected as UHS hospitals lose computers and phones

Universal Health Services offices, King of Prussia, PA (US)

Universal Health Services (UHS), which runs more than 400 healthcare and hospital facilities in the US, Puerto Rico and the UK, has been struck by a large cyberattack that several employees blame on Ryuk ransomware operators.

How it unfolded

Systems began shutting down on their own early on Sunday, one employee posted on Reddit, and staff were told to power off every device. Computer and phone systems went down in at least 80 US facilities; the Puerto Rico and UK sites are not affected so far.

One worker said encrypted files carried the .RYK extension. A ransom of USD50 million in Bitcoin is doing the rounds in Reddit comments, though it has not been confirmed.

UHS said on Monday that an IT security issue had taken its network offline and that patient care continues safely.

Share this post: LinkedIn | X`,
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
  pg(
    "b239",
    "tech news page: hedged death in the headline, 'perpetrators were not demanding a ransom', ambulance diverted, 'Read more'",
    "Patient may have died after ransomware hit Duesseldorf hospital",
    `News | Security

Patient may have died after ransomware hit Duesseldorf hospital

A woman in a critical condition may have died because a ransomware attack on University Hospital Düsseldorf meant she had to be taken to another hospital.

The hospital announced a major IT outage on September 10, cancelled all appointments, asked patients to stay away and stopped emergency care. On Thursday it blamed a cyber attack and said the perpetrators were not demanding a ransom; IT staff are restoring systems and access to data step by step.

On the night of 11 to 12 September an ambulance bringing the patient had to divert to Wuppertal, delaying her treatment by an hour.

Read more: Hospital ransomware attacks rise 45% in a year`,
    {
      victims: ["University Hospital Düsseldorf"],
      type: "hospital",
      country: "DE",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "services-closed"],
    },
  ),
  pgNo(
    "b305",
    "school district leak with mental health records and medications in the data, gang 'known as \"Medusa\"'",
    "Medusa leaks Minneapolis students' mental health records",
    `Education | Cybersecurity

Medusa leaks Minneapolis students' mental health records

A ransomware gang known as "Medusa" has put personal information of Minneapolis Public Schools students online, including Social Security numbers, mental health records and the medications children with special needs take.

Medusa stole about 200,000 files from the district's servers in March. The district, which serves 29,000 students, has confirmed the hack.`,
  ),
  pgNo(
    "b311",
    "grocery chain's cost of an attack, in-store pharmacies unable to fill prescriptions, quarterly results",
    "Sobeys owner puts cost of cyberattack at $25 million",
    `Business | Canada

Sobeys owner puts cost of cyberattack at $25 million

Empire Co., parent of the Sobeys grocery chain, says last month's cyberattack will cut annual earnings by about $25 million after insurance.

Employees told CBC News the attack involved ransomware. For several days staff at in-store pharmacies could not reach their computers to fill prescriptions.`,
  ),
  pg(
    "trk-bracket-title",
    "tracker feed item: '[GROUP] - Ransomware Victim: X' title, short body with sector and country lines",
    "[QILIN] - Ransomware Victim: Calder Ridge Orthopedics",
    `Ransomware group qilin has listed Calder Ridge Orthopedics on its leak site.

Sector: Healthcare
Country: US
Website: calderridgeortho.com`,
    {
      attackers: ["Qilin"],
      victims: ["Calder Ridge Orthopedics"],
      type: "clinic",
      country: "US",
    },
  ),
  pg(
    "liveblog-timestamps",
    "live blog page: timestamped updates newest first, an earlier update corrected, a 'Key events' box",
    "Live: Pellworth health board cyber attack",
    `Key events
Show key events only

14:05
Pellworth University Health Board says outpatient appointments for Tuesday and Wednesday are cancelled while its systems remain offline.

11:40
Correction: an earlier update said the Rhysida gang had claimed the attack. No group has claimed it.

09:15
Pellworth University Health Board in Wales confirms a cyber attack overnight; staff are using paper records.`,
    {
      victims: ["Pellworth University Health Board"],
      type: "hospital",
      country: "GB",
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
];

export const RW2_PAGES_BANK: BankCase[] = [...ROUND_1, ...ROUND_2, ...ROUND_3];

// A blind bank of multi-item pages: weekly roundups, newsletter digests with "Also this week" sections, security-news
// briefs of one-line bullets, numbered trade-press lists, headed "In other news" sections, a live blog, podcast show
// notes and a local-TV rundown, where ONE item is a healthcare cyber incident and the others are not (or are other
// healthcare incidents). Each item is about a real incident, written from memory of public reporting in one newsroom's
// voice by someone who had not read the dev excerpts; bylines, quotes and some figures are made up. Labels follow
// ../shared/eval/README.md from the text alone; a page is labelled as its healthcare incident, and where several items
// are healthcare incidents, as the one its headline names (the guide labels one incident per page). Every round was
// written and labelled before the extractor ran on it; carry-over figures are in unseen-bank-blind-digest.test.ts.
import { type BankCase, notRelevantCases, relevantPageCases } from "./unseen-shapes-bank";

const yes = relevantPageCases("digest-");
const no = notRelevantCases("digest-");

/** The digest blind bank's cases, in the order they were written (round 1: a01–a11; round 2: b01–b06). */
export const BLIND_DIGEST_BANK: BankCase[] = [
  // ---- round 1: written and labelled before any run
  yes(
    "a01",
    "weekly roundup in prose paragraphs: the healthcare item between a takedown, a lottery's refusal and a retailer's claimed theft of 35 million customers' data",
    "The Week in Ransomware - December 29th 2023 - Hospitals hit over the holidays",
    `THE WEEK IN RANSOMWARE

By Martin Keogh | December 29, 2023 | 09:12 AM

It was a quieter holiday week than usual, but ransomware gangs still managed to ruin Christmas for a hospital, a lottery and a clothing giant.

The biggest news came from law enforcement: the FBI said it had seized the ALPHV/BlackCat gang's leak site and released a decryptor that more than 500 victims have used to recover their files, saving them some $68 million in ransom payments. Hours later the gang "unseized" the site and told its affiliates they could now attack hospitals.

On Christmas Day, Anna Jaques Hospital in Newburyport, Massachusetts, diverted ambulances to other hospitals after a cyberattack took down its electronic health records. The Money Message ransomware gang later added the hospital to its data leak site and published about 10GB of files it says were stolen in the attack, including patient records. The hospital says it is still investigating what data was taken.

The Ohio Lottery was hit on Christmas Eve by a new operation called DragonForce, which claims to have stolen 1.5 million records. The lottery said it would not pay, and some of its mobile cashing systems are still offline.

VF Corporation, the company behind The North Face and Vans, told the SEC that attackers encrypted some of its IT systems and stole personal data in an attack that disrupted its ability to fill orders. ALPHV has claimed the attack and says it stole data on 35 million customers.

Comcast's Xfinity also disclosed that hackers exploiting the Citrix Bleed flaw stole data on 35.9 million customers.

Contributors and those who provided new ransomware information and stories this week include: @fwosar, @demonslay335 and @LawrenceAbrams.

Related Articles:
Ransomware gang claims attack on Australian court recordings
Akira ransomware hits Nissan Australia
BlackCat threatens to leak Henry Schein data again

Get the week's ransomware stories by email every Friday. Sign up here.`,
    {
      attackers: ["Money Message"],
      victims: ["Anna Jaques Hospital"],
      type: "hospital",
      volume: 10_000_000_000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "data-leaked"],
    },
  ),
  yes(
    "a02",
    "newsletter digest: a non-healthcare top story, then bulleted 'Also this week' items where the same group refuses a demand on a port in one bullet and leaks the healthcare victim's data in the next",
    "Cyber Digest: a TfL arrest, a port's refusal and a treatment provider's breach",
    `CYBER DIGEST | Issue 147 | September 20, 2024

Good morning. Here is what you need to know this week.

TOP STORY: Teenager arrested over Transport for London hack

Britain's National Crime Agency arrested a 17-year-old in Walsall on suspicion of involvement in the cyberattack on Transport for London, which has forced staff to work from home and left some online services unavailable. TfL said bank details of about 5,000 customers may have been accessed and that 30,000 staff would have to attend in-person appointments to reset their passwords.

ALSO THIS WEEK

• The Port of Seattle said it would not pay the Rhysida gang, which demanded 100 bitcoin after an August attack that disrupted baggage handling and check-in at Seattle-Tacoma airport.

• Tennessee-based American Addiction Centers, which runs substance-use treatment centres in eight states, is notifying 422,424 people that their names, addresses, Social Security numbers and health insurance details were stolen in a July intrusion. The Rhysida gang claimed responsibility and has since published 2.8TB of data it says came from the company.

• Kawasaki Motors Europe is restoring its systems after an attack claimed by RansomHub, which says it stole 487GB of data.

• Highline Public Schools in Washington state cancelled classes for a day after "unauthorized activity" on its network.

• Researchers reported a phishing campaign that spoofs Google Docs to lead victims to credential-stealing pages.

QUOTE OF THE WEEK

"Paying only funds the next attack," the Port of Seattle's executive director said in a statement.

That's it for this week. Forward this email to a colleague, or subscribe at the link below. Reply to tell us what we missed.`,
    {
      attackers: ["Rhysida"],
      victims: ["American Addiction Centers"],
      type: "mental-health",
      people: 422424,
      volume: 2_800_000_000_000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "a03",
    "numbered trade-press list of four healthcare incidents, labelled as the headline's: other items bring a count, a diversion, surgeries cancelled and paper records",
    "Atlantic General Hospital hit by ransomware; 3 more healthcare breaches to know",
    `Health IT | Cybersecurity

Atlantic General Hospital hit by ransomware; 3 more healthcare breaches to know

Written by Hannah Mercer | February 3, 2023

Here are four cybersecurity incidents involving healthcare organizations reported in the past week:

1. Berlin, Md.-based Atlantic General Hospital said a ransomware attack on Jan. 29 forced it to take its network offline. Patients were asked to bring their medications and paperwork to appointments, and outpatient registration was moved to the main hospital lobby. Atlantic General said its emergency department remained open and that it was working with the FBI.

2. Zoll Medical, a Chelmsford, Mass.-based maker of medical devices, notified 1,004,443 people that their names, addresses and Social Security numbers may have been stolen in a January breach of its internal network.

3. Tallahassee (Fla.) Memorial HealthCare is diverting emergency medical services patients and has cancelled non-emergency surgical procedures after an "IT security issue" that began Thursday night. Staff are using paper records while systems are down.

4. Telehealth company Cerebral said it had shared the health information of 3.18 million people with Google, Meta and TikTok through tracking pixels on its platforms since 2019.

More articles on cybersecurity:
Hacker group claims attack on Lehigh Valley Health Network
How hospitals should prepare for the next big outage
CommonSpirit puts cost of ransomware attack at $150M

© Copyright Hannah Mercer Media 2023. Interested in LINKING to or REPRINTING this content? View our policies by clicking here.`,
    {
      victims: ["Atlantic General Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  yes(
    "a04",
    "security briefs as one-line bullets: the healthcare bullet between a supplier's ransomware that puts hospitals on paper timesheets, a supermarket's closed stores and a nation-state group",
    "Security briefs: Log4j fixes, Kronos outage, Planned Parenthood breach",
    `Security briefs — December 2021, week 50

- Apache released Log4j 2.16.0 after a second flaw was found in the logging library; CISA ordered federal agencies to patch by Dec. 24.
- Kronos Private Cloud is down after a ransomware attack; hospitals and other employers have switched to paper timesheets and could be without the service for weeks.
- Planned Parenthood Los Angeles says hackers who broke into its network in October stole files containing data on about 400,000 patients, including diagnoses and prescriptions, in a ransomware attack.
- Volvo Cars says research and development data was stolen from one of its file repositories.
- Supermarket chain Spar closed some of its 330 stores in northern England after a cyberattack knocked out tills.
- Microsoft says the Hafnium group is exploiting the Log4j bug alongside other nation-state actors.

Have a tip? Email the desk.`,
    {
      victims: ["Planned Parenthood Los Angeles"],
      type: "clinic",
      people: 400000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
    },
  ),
  yes(
    "a05",
    "live blog, newest entry first: timestamped updates on a hospital attack, one a 'reminder' of another hospital's LockBit demand, refusal and leak, one an unrelated provider's ransomware",
    "Live: cyberattack on Versailles hospital centre - patients transferred, operations postponed",
    `LIVE | Updated 18:40

Cyberattack on the Versailles hospital centre: follow the latest

By our newsroom with AFP

18:40 - The health minister, François Braun, visited the André-Mignot hospital in Le Chesnay this afternoon. "The whole hospital is working in degraded mode," he told reporters, thanking staff who have been watching ventilated patients in intensive care by hand because the monitoring screens no longer work.

17:15 - The hospital has cancelled operations planned for the weekend, the regional health agency (ARS) confirms.

16:30 - Unrelated: the US cloud provider Rackspace says a ransomware incident knocked its hosted Exchange email service offline for thousands of customers.

15:50 - Six patients, three of them from intensive care and three newborns, have been transferred to other hospitals in the region.

14:05 - A reminder: in August, the Centre hospitalier Sud Francilien in Corbeil-Essonnes was hit by LockBit 3.0, which demanded $10 million, then $1 million. The hospital refused to pay and the gang published patient data on its leak site in September.

12:30 - The Paris prosecutor's cybercrime unit has opened an investigation. A source close to the matter says it is a ransomware attack; no ransom demand has been made public.

11:00 - The computer network of the Versailles hospital centre, which runs the André-Mignot hospital, was hit by a cyberattack overnight from Saturday to Sunday. The hospital's computer systems have been shut down and the emergency department is working on paper; ambulances are being sent elsewhere.`,
    {
      victims: ["Versailles hospital centre", "André-Mignot hospital"],
      type: "hospital",
      country: "FR",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "a06",
    "podcast show notes: timestamped topics, a supply-chain ransomware item with its own claimed volume and retail knock-ons, then the hospital item; a US state that is also a country's name",
    "Episode 188: Salt Typhoon, Blue Yonder and a Georgia hospital on paper",
    `The Breach Report podcast

Episode 188: Salt Typhoon, Blue Yonder and a Georgia hospital on paper

Published November 29, 2024 · 47 min

This week Jess and Marco are back from the Thanksgiving break with three stories and an interview.

In this episode:

(00:00) Intro and listener mail
(02:10) Salt Typhoon: US officials say Chinese state hackers are still inside the networks of several American telecoms, including AT&T and Verizon, and may have listened to calls of political figures.
(14:35) Blue Yonder: a ransomware attack on the supply-chain software maker disrupted staff scheduling at Starbucks and warehouse systems at UK supermarkets Morrisons and Sainsbury's. A new gang called Termite claims to have stolen 680GB.
(23:50) Memorial Hospital and Manor in Bainbridge, Georgia, is charting on paper after a ransomware attack knocked its electronic health record system offline on Sunday night. The Embargo group has claimed the attack and says it stole 1.15TB of data, threatening to publish it unless the hospital pays. The hospital's emergency room stayed open.
(31:20) Interview: a hospital CISO on why tabletop exercises are worth the time.
(45:00) Wrap-up

Links:
- CISA guidance on Salt Typhoon
- Blue Yonder statement
- Memorial Hospital and Manor statement

Support the show: become a member for ad-free episodes. Transcripts are available for members.`,
    {
      attackers: ["Embargo"],
      victims: ["Memorial Hospital and Manor"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 1_150_000_000_000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  yes(
    "a07",
    "trade-press page with headed 'In Other Healthcare Data Breach News' items: other healthcare incidents' group, ransomware and counts follow the lead story",
    "Sea Mar Community Health Centers Notifies 688,000 Patients About Data Theft",
    `Posted By Sam Porter on Dec 30, 2021

Sea Mar Community Health Centers, a network of community health clinics serving Washington State, has started notifying 688,000 current and former patients that some of their protected health information has been stolen.

Sea Mar was informed on June 24, 2021, that data had been copied from its digital environment. The investigation confirmed that an unauthorized party had access to its network between December 2020 and March 2021 and exfiltrated files containing names, addresses, Social Security numbers, dates of birth, medical records and dental images.

The breach was first reported in August by DataBreaches.net, which learned that 3TB of data stolen from Sea Mar had been listed for sale on a dark web marketplace. Sea Mar has not confirmed how much data was taken.

Affected patients are being offered complimentary credit monitoring and identity protection services.

In Other Healthcare Data Breach News

Oregon Anesthesiology Group Suffers Ransomware Attack
Oregon Anesthesiology Group said the HelloKitty ransomware gang encrypted its systems in July and may have accessed the data of 750,000 patients and 522 employees. The FBI told OAG that it had seized an account the gang used to store stolen data.

Utah Imaging Associates Discloses Breach Affecting 583,643 Individuals
Utah Imaging Associates said an unauthorized party accessed its network in November and may have viewed patients' names, dates of birth and health insurance information.

Sam Porter is the editor of a healthcare compliance newsletter and has covered HIPAA for a decade.`,
    {
      victims: ["Sea Mar Community Health Centers"],
      type: "primary-care",
      people: 688000,
      volume: 3_000_000_000_000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "a08",
    "weekly brief in prose paragraphs, each opening on another named body: a factory's demand in bitcoin and leak, a school district's closures, a games maker's refusal and count, the healthcare item in the middle",
    "This week in cybersecurity: Foxconn, Baltimore schools and a fertility network",
    `This week in cybersecurity

December 4, 2020 · 5 min read · By Priya Raman

Foxconn's Mexican factory remains disrupted after DoppelPaymer ransomware encrypted around 1,200 servers over the Thanksgiving weekend. The gang is demanding 1,804 bitcoin, about $34 million, and has already leaked some business documents to pressure the electronics maker.

Baltimore County Public Schools closed all of its schools for two days after a ransomware attack crippled the district's network just before Thanksgiving, leaving 115,000 students without remote classes.

US Fertility, which describes itself as the largest network of fertility centres in the United States, said a ransomware attack in September encrypted computers at some of its practices and that the attackers took files before deploying the malware. The stolen files included names, addresses and, for some patients, Social Security numbers. The company said it took its systems offline as soon as it detected the attack and that they were back up within days.

Capcom said Ragnar Locker may have stolen data on as many as 350,000 people in its November attack. The Japanese games maker has refused to pay an $11 million ransom.

Enjoyed this? Get the newsletter every Friday.`,
    {
      victims: ["US Fertility"],
      type: "clinic",
      country: "US",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline"],
    },
  ),
  no(
    "a09",
    "weekly roundup with no healthcare victim: a dealership software maker's reported payment, a publisher's leaked volume, a credit union, and a health-sector advisory about a group",
    "The week in ransomware: CDK pays, Kadokawa leaks, Patelco struggles",
    `The week in ransomware: CDK pays, Kadokawa leaks, Patelco struggles

By Dana Whitfield | July 5, 2024

Car dealership software provider CDK Global reportedly paid a $25 million ransom to the BlackSuit gang to restore the systems that some 15,000 dealerships across North America rely on.

Japanese publisher Kadokawa, owner of the Niconico video service, is investigating claims by BlackSuit that it stole 1.5TB of data, including contracts and employee records.

California's Patelco Credit Union shut down its online banking, call centre and debit card systems after a ransomware attack and said members should expect disruption for days.

The Department of Health and Human Services' Health Sector Cybersecurity Coordination Center published an alert on the Qilin gang, warning hospitals that it has increasingly targeted the health sector with double extortion.

Related:
- BlackSuit demands $500,000 from a Kansas school district
- Ransomware attacks on healthcare hit record high, report says

Subscribe to get the week in ransomware every Friday.`,
  ),
  yes(
    "a10",
    "long non-healthcare lead story with its own payment and group, then a 'Briefly' list of one-line items where one is a health department's malware",
    "Colonial Pipeline paid hackers 75 bitcoin, CEO confirms",
    `Colonial Pipeline paid hackers 75 bitcoin, CEO confirms

By Ryan Ortiz · May 20, 2021

Colonial Pipeline's chief executive confirmed on Wednesday that the company paid a ransom of 75 bitcoin, then worth about $4.4 million, to the DarkSide gang hours after the attack that forced it to shut down the largest fuel pipeline in the US.

"I know that's a highly controversial decision," Joseph Blount told the Wall Street Journal, saying he authorised the payment because executives did not know how badly the systems had been breached or how long it would take to bring the pipeline back.

The shutdown led to panic buying and fuel shortages across the East Coast. The company said the decryption tool it received from the hackers was slow, and it relied partly on its own backups to restore its systems.

The FBI has discouraged ransom payments, saying they encourage further attacks. DarkSide said last week it was shutting down after losing access to its servers.

Briefly

- Chemical distributor Brenntag said it also paid DarkSide, reportedly $4.4 million in bitcoin.
- The Alaska Department of Health and Social Services took its website offline after a security firm found malware on its systems; the department said it could not yet say whether personal data had been exposed.
- Insurer AXA's units in Thailand, Malaysia, Hong Kong and the Philippines were hit by Avaddon ransomware, which claims to have stolen 3TB of data.
- Toshiba Tec's European units were also attacked by DarkSide.

Ryan Ortiz covers energy and infrastructure security.`,
    {
      victims: ["Alaska Department of Health and Social Services"],
      type: "public-health",
      country: "US",
      attacks: ["malware"],
      impact: ["systems-offline"],
    },
  ),
  yes(
    "a11",
    "local-TV evening rundown in capitalised slugs: the hospital item first, then school board, weather and a national item with another group's demand and refusal",
    "Tonight's headlines: Tallahassee Memorial diverts ambulances after 'IT security issue'",
    `Channel 6 Evening Report | February 3, 2023

Here's a look at tonight's top stories.

TALLAHASSEE MEMORIAL: Tallahassee Memorial HealthCare is sending some ambulance patients to other hospitals and has cancelled non-emergency surgeries and procedures scheduled through Monday because of what it calls an "IT security issue." The hospital says its systems were taken offline Thursday night and that staff are using paper charts. TMH has not said whether ransomware was involved or whether patient data was taken.

LEON COUNTY SCHOOLS: The school board voted 4-1 on Thursday to move the start of the next school year to Aug. 10.

WEATHER: Expect a cold front overnight, with lows in the 30s and a chance of frost by Saturday morning.

NATIONAL: Britain's Royal Mail says it will not pay the $80 million ransom the LockBit gang demanded after it crippled the company's overseas parcel service last month.

Stay with Channel 6 for updates on these stories and more.`,
    {
      victims: ["Tallahassee Memorial HealthCare"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  // ---- round 2: written after round 1's fixes, labelled before any run
  yes(
    "b01",
    "weekly roundup in prose: a plane maker's demand, a bank's payment and a port operator's closures around a hospital's diversion",
    "This week in security: Boeing, ICBC and a California hospital",
    `This week in security

November 17, 2023 | By Lena Okafor

LockBit has started leaking files it says it stole from Boeing after the aerospace company refused to meet its demand, which the gang put at about $200 million. Boeing said the incident affected its parts and distribution business but not flight safety.

The US arm of the Industrial and Commercial Bank of China reportedly paid a ransom to LockBit after an attack disrupted trades in the US Treasury market. Staff were said to have passed settlement details around on USB sticks.

DP World Australia closed its container terminals in Sydney, Melbourne, Brisbane and Fremantle for three days after a cyber incident, leaving some 30,000 containers stuck on the docks.

In California, Tri-City Medical Center in Oceanside diverted ambulances to other hospitals after what it called a "cybersecurity incident" took its systems offline. The hospital said its emergency department remained open for walk-in patients and that it was working with law enforcement.

Get this roundup in your inbox every Friday.`,
    {
      victims: ["Tri-City Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  yes(
    "b02",
    "newsletter of short one-sentence bullets under 'Also this week' (teaser-length), the healthcare bullet third, another bullet with a larger count and other groups",
    "The Breach Brief: car parts, title insurance and eye care",
    `THE BREACH BRIEF | Friday edition

Also this week:

• Auto-parts supplier Yanfeng said a cyberattack claimed by Qilin halted deliveries to Stellantis plants.

• Fidelity National Financial took systems offline after an attack the ALPHV gang claimed.

• American Vision Partners, an Arizona eye care management firm, said hackers stole data on 2,350,236 patients.

• Dollar Tree says about 2 million workers were hit in a breach at payroll vendor Zeroed-In.

That's the brief. Reply with tips.`,
    {
      victims: ["American Vision Partners"],
      type: "clinic",
      people: 2350236,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  yes(
    "b03",
    "numbered list of healthcare items read as its headline's: a hospital's payment beside a vendor's outage and a non-healthcare item's demand",
    "Hancock Health paid hackers; Allscripts outage drags on",
    `Health IT security: 3 stories to know this week

By Tom Vance | January 19, 2018

1. Hancock Health, which runs a hospital in Greenfield, Ind., paid hackers about $55,000 in bitcoin to unlock files encrypted in a ransomware attack on Jan. 11. Staff used pen and paper while the systems were down. "We were in a very precarious situation," the chief executive said.

2. Allscripts' cloud-hosted electronic health record and e-prescribing services were unavailable for days after ransomware hit two of its data centres in Raleigh and Charlotte. Thousands of physician practices were unable to send prescriptions electronically.

3. An Alaska borough's computers were still on paper and typewriters after a malware attack demanded a ransom of several hundred thousand dollars.`,
    {
      victims: ["Hancock Health"],
      type: "hospital",
      ransom: { status: "paid", amount: 55000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  yes(
    "b04",
    "digest in headed sections by sector (Government, Healthcare, Education): the healthcare section's own bitcoin demand, another section's payment",
    "Ransomware this week, by sector",
    `Ransomware this week, by sector

March 31, 2016

Government

Horry County Schools in South Carolina paid $8,500 in bitcoin to get back its encrypted servers, officials said.

Healthcare

MedStar Health, which runs 10 hospitals in Maryland and Washington, D.C., shut down its computer systems after a ransomware attack on Monday. Staff fell back on paper records, and some patients were turned away from outpatient appointments. The attackers demanded 45 bitcoin, about $19,000, to unlock the network, according to the Baltimore Sun.

Education

A university in Canada said phishing emails led to a malware infection that took email offline for two days.

Stay safe, and patch your servers.`,
    {
      victims: ["MedStar Health"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 45, currency: "BTC" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  no(
    "b05",
    "digest with no healthcare victim: a school software maker's stolen student medical details, a doughnut chain's outage and a health-privacy rule proposal",
    "Week in review: PowerSchool, Krispy Kreme and a new HIPAA rule",
    `Week in review: PowerSchool, Krispy Kreme and a new HIPAA rule

January 3, 2025

Education software provider PowerSchool said hackers used a stolen credential to steal data from its student information system, including some students' medical alert information and Social Security numbers.

Krispy Kreme said a cyberattack in November disrupted online ordering in parts of the US; the Play ransomware gang later claimed the attack.

The Department of Health and Human Services proposed the first major update to the HIPAA Security Rule in two decades, which would require hospitals and insurers to encrypt patient data and use multi-factor authentication.

Subscribe for next week's review.`,
  ),
  yes(
    "b06",
    "a long trend feature with no victim, then an 'In brief' list of one-liners where one is an insurer's breach; the feature's ransom habits and other items' counts",
    "Why ransomware gangs keep coming back",
    `Why ransomware gangs keep coming back

By Mara Feld | September 11, 2015

Extortion has become a business. Gangs typically encrypt a victim's files and demand a few hundred dollars in bitcoin to unlock them, and most victims pay because restoring from backups takes longer.

Security firms say the number of attacks has doubled in a year, and that hospitals and small businesses are favourite targets because their systems are old and their data is valuable.

"Paying only encourages them," said one analyst, who added that criminals usually keep copies of stolen files anyway.

In brief

- Rochester, N.Y.-based Excellus BlueCross BlueShield said hackers stole the personal information of up to 10.5 million members in an attack discovered in August.
- The US Office of Personnel Management raised to 5.6 million the number of people whose fingerprints were stolen.
- Hackers dumped a third batch of data from the Ashley Madison dating site.`,
    {
      victims: ["Excellus BlueCross BlueShield"],
      type: "insurer",
      people: 10500000,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
];

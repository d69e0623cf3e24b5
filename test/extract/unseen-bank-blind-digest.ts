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

/** The digest blind bank's cases, in the order they were written (round 1: a01–a11; round 2: b01–b06; round 3: c01–c11; round 4: d01–d06; round 5: e01–e10). */
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
  // ---- round 3 (c): written and labelled before any run
  yes(
    "c01",
    "weekly roundup under item headings, whole page: the headline's hospital item beside a password manager, a newspaper's suspected ransomware and a children's hospital's outage, then 'Related' links with other groups",
    "The week in breaches: Hive leaks Louisiana hospital data, LastPass vaults stolen",
    `SECURITY WEEKLY

Home > News > Security

The week in breaches: Hive leaks Louisiana hospital data, LastPass vaults stolen

By Priya Raman | December 23, 2022 | 6 min read

Welcome to our last roundup of the year. Here are the stories that mattered this week, and a few you might have missed.

LastPass admits vaults were copied

Password manager LastPass said an attacker who broke into its cloud storage in August used information from that breach to copy a backup of customers' encrypted password vaults. The company insists the vaults remain safe as long as customers chose strong master passwords, but several researchers disputed that.

Louisiana hospital notifies 270,000 patients

Lake Charles Memorial Health System, which runs hospitals in southwest Louisiana, has begun notifying about 270,000 patients that their names, addresses, dates of birth, medical record numbers and health insurance details were taken during an intrusion in October. The health system said it found unusual activity on its network on Oct. 21 and that the attackers obtained files between Oct. 15 and Oct. 25. The Hive ransomware gang added Lake Charles Memorial to its leak site in November and has since published archives it says were stolen from the hospital. The health system has not said whether any of its computers were encrypted.

"Hospitals are the most lucrative target for this kind of double extortion, because the data cannot be changed the way a password can," said Dana Whitlock, a threat analyst at a security consultancy.

Guardian hit by suspected ransomware

The Guardian told most staff to work from home after what it called a serious IT incident, believed to be ransomware, disrupted parts of its technology network. The paper said its print edition would still come out.

Toronto children's hospital in 'code grey'

The Hospital for Sick Children in Toronto declared a code grey after a cyber incident on Sunday knocked out internal systems and phone lines, delaying some lab and imaging results. The hospital said it had not found evidence that patient data was accessed.

Also this week: Twitter confirmed that data on 5.4 million accounts scraped through an API flaw is being traded, and the FBI warned that criminals are buying search engine ads to push malware.

Related:
- LockBit claims attack on California's finance department
- Vice Society leaks data stolen from UK schools
- Cuba ransomware gang made $60 million from attacks, FBI says

Priya Raman covers cybercrime and privacy. She was previously a reporter at a regional daily.

Get the weekly roundup in your inbox. Sign up for our newsletter.`,
    {
      attackers: ["Hive"],
      victims: ["Lake Charles Memorial Health System"],
      type: "hospital",
      people: 270000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "c02",
    "newsletter issue with a numbered contents list and capitalised item headings: the lead item's exfiltration stopped 'before any data could be encrypted', the next item's group, volume and reported payment, then a hotel chain's group",
    "The Monday Briefing: a Wisconsin health cooperative's breach leads this week",
    `THE MONDAY BRIEFING | Healthcare Cyber Edition | April 15, 2024

Your weekly digest of breaches, threats and policy. Not subscribed? Sign up here.

IN THIS ISSUE
1. Wisconsin health cooperative says data was taken
2. Change Healthcare: a second gang wants paying
3. A hotel chain and a telecom
4. Events

1. WISCONSIN HEALTH COOPERATIVE SAYS DATA WAS TAKEN

Group Health Cooperative of South Central Wisconsin, a member-owned health plan based in Madison, is notifying 533,809 people that a hacker copied files from its network in January. The cooperative said it detected the intrusion on Jan. 25 and cut off the attacker's access before any data could be encrypted, but not before names, addresses, Medicaid and Medicare numbers and Social Security numbers were exfiltrated. The BianLian group listed the cooperative on its leak site in February.

2. CHANGE HEALTHCARE: A SECOND GANG WANTS PAYING

RansomHub says it holds 4TB of data stolen from Change Healthcare and is demanding a ransom, weeks after UnitedHealth reportedly paid $22 million to ALPHV. Pharmacies across the US were unable to process claims for weeks after the February attack. The new claims have not been verified.

3. A HOTEL CHAIN AND A TELECOM

Omni Hotels & Resorts says its systems were shut down after a cyberattack that the Daixin Team has claimed; the gang threatens to release guest records. Separately, AT&T confirmed that data on 73 million current and former customers posted online came from its systems.

4. EVENTS

Join our webinar on third-party risk on April 25. Registration is free for subscribers.

This newsletter is written by the Monday Briefing team. Forward it to a colleague.
Unsubscribe | Manage preferences`,
    {
      attackers: ["BianLian"],
      victims: ["Group Health Cooperative of South Central Wisconsin"],
      type: "insurer",
      people: 533809,
      country: "US",
      // Relabelled after the run: the guide counts ransomware "when encryption ... is mentioned for this attack", and an
      // encryption the victim stopped ("before any data could be encrypted") is mentioned for it.
      attacks: ["ransomware", "data-theft"],
    },
  ),
  yes(
    "c03",
    "local-TV rundown in capitalised slugs: the hospital item's 'network security issue' and appointments going ahead, then a national item's group, demand and leak",
    "10 News at 6: East Tennessee Children's Hospital deals with 'network security issue'",
    `10 News at 6 | March 14, 2023

Here are the stories we're following tonight.

CHILDREN'S HOSPITAL: East Tennessee Children's Hospital says it is dealing with a "network security issue" and has taken some of its systems offline as a precaution. The Knoxville hospital says patients are still being seen and appointments are going ahead as scheduled. It would not say whether patient information was involved.

GAS PRICES: Prices at the pump are down eight cents from last week, according to AAA.

HIGH SCHOOL HOOPS: Three area teams are headed to the state tournament in Murfreesboro.

NATIONAL: Minneapolis Public Schools says the Medusa gang is demanding $1 million after posting files it stole from the district online.

Stay with 10 News for updates.`,
    {
      victims: ["East Tennessee Children's Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  yes(
    "c04",
    "live blog, newest first, whole page: a Belgian hospital's entries (paper, postponed operations, ambulances redirected, 'no ransom demand'), a 'reminder' entry on another hospital's ransomware diversion, an unrelated agency's refusal and leak, 'Related coverage'",
    "Live: cyberattack at the CHwapi hospital in Tournai - operations postponed, ambulances redirected",
    `LIVE | Updated 19:05

Cyberattack at the Tournai hospital: the latest

By our regional desk, with Belga | January 18, 2021

19:05 - The hospital's management held a press conference this evening. "We do not know yet who is behind this and we have received no ransom demand," the medical director said. Staff will continue to work on paper "for at least several days".

17:40 - Non-urgent operations scheduled for Monday and Tuesday have been postponed, the hospital confirms. Consultations are maintained where possible, but patients should expect delays.

16:20 - A reminder: hospitals have been targeted before. In September, the Düsseldorf university hospital in Germany had to send ambulances to other cities after ransomware encrypted 30 of its servers; a patient died while being taken to a hospital in Wuppertal.

15:10 - Unrelated to Tournai: Scotland's environment agency SEPA said it will not pay the Conti gang, which has published 1.2GB of data stolen in a Christmas Eve attack.

14:00 - Ambulances are being directed to other hospitals in the region, in Mons and Mouscron, for now, the emergency services say.

12:30 - The Centre for Cybersecurity Belgium is on site. The hospital says its servers were encrypted overnight by ransomware.

10:45 - The Centre hospitalier de Wallonie picarde (CHwapi) in Tournai was hit by a cyberattack during the night from Sunday to Monday. All of its IT systems have been shut down as a precaution.

Related coverage:
- Ransomware: the Ryuk group has already hit dozens of hospitals in the United States
- Picanol, the Ypres weaving-machine maker, halted production after a ransomware attack
- How to protect your small business from ransomware

Read more: our special report on cybersecurity in Belgian hospitals.

Sign up for the morning newsletter and never miss a story.`,
    {
      victims: ["Centre hospitalier de Wallonie picarde"],
      type: "hospital",
      country: "BE",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "c05",
    "security briefs as one-line bullets: the Israeli hospital bullet second, between a consumer-goods maker's outage, a watchmaker's claimed theft and a regulator's 40 million voters",
    "Threat briefs: Clorox, Seiko, an Israeli hospital and 40 million UK voters",
    `Threat briefs - Friday, August 11, 2023

- Clorox says a cybersecurity incident forced it to take some systems offline and will disrupt operations for weeks.
- Mayanei Hayeshua Medical Center in Bnei Brak, Israel, sent new patients to other hospitals and moved staff to pen and paper after a ransomware attack knocked its administrative systems offline; Ragnar Locker has since claimed the attack and says it stole 1TB of data.
- Seiko confirmed the BlackCat gang stole data in a July breach of its servers.
- The UK Electoral Commission said hackers had access to copies of the electoral registers, holding data on 40 million voters, for more than a year.
- Microsoft patched 74 flaws, two of them exploited in the wild.

Send tips to the desk.`,
    {
      attackers: ["Ragnar Locker"],
      victims: ["Mayanei Hayeshua Medical Center"],
      type: "hospital",
      volume: 1_000_000_000_000,
      country: "IL",
      attacks: ["ransomware", "data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "c06",
    "numbered trade-press list, whole page, labelled as the headline's: a surgery practice whose patients were asked to pay; other items bring a cancer centre's group and counts, an EMS software maker's count and a policy item",
    "Facial surgery practice's patients extorted; 3 more healthcare cyber stories",
    `Health IT | Cybersecurity

Facial surgery practice's patients extorted; 3 more healthcare cyber stories

Written by Hannah Mercer | January 12, 2024

Here are four healthcare cybersecurity stories from the past week:

1. The Center for Facial Restoration, a facial plastic surgery practice in Miramar, Fla., said a ransomware attack discovered in November exposed the information of 3,968 patients, including names, Social Security numbers and in some cases photographs. Some patients have since received messages from the attackers, who say they copied the files, demanding payment to delete their data. The practice urged patients not to pay and said it had reported the messages to the FBI.

2. Patients of Fred Hutchinson Cancer Center in Seattle continue to receive emails threatening to publish their information unless they pay, weeks after the Hunters International gang said it stole 533GB of data from the centre. Fred Hutch said about 1 million people may be affected.

3. ESO Solutions, an Austin-based maker of software for EMS agencies and hospitals, said a ransomware attack in September compromised data on 2.7 million patients of the hospitals it serves.

4. HHS released voluntary cybersecurity performance goals for hospitals and said it would propose making some of them mandatory.

More articles on cybersecurity:
Ardent Health Services diverts ambulances after ransomware attack
Integris Health patients targeted by extortion emails
How to write a ransomware playbook for a rural hospital

Hannah Mercer is a staff writer covering health IT and cybersecurity.

© Copyright Hannah Mercer Media 2024. Interested in LINKING to or REPRINTING this content? View our policies by clicking here.`,
    {
      victims: ["Center for Facial Restoration"],
      type: "cosmetic-surgery",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 3968,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  yes(
    "c07",
    "podcast show notes with timestamped topics: a mass-exploitation item with a group, a pharmacy chain's payroll and airline victims, then the hospital item's diversion, closed clinics and paper charting",
    "Episode 74: MOVEit mayhem, and an Idaho hospital diverts ambulances",
    `Patch Tuesday Club, a weekly security podcast

Episode 74: MOVEit mayhem, and an Idaho hospital diverts ambulances

June 2, 2023 · 52 min

Ben and Carla unpack a busy week.

Chapters:
(00:00) Hellos and housekeeping
(03:15) MOVEit: attackers are exploiting a zero-day flaw in Progress Software's MOVEit Transfer file-sharing tool; the Clop gang is suspected, and payroll provider Zellis says data on staff at British Airways, the BBC and Boots was taken through it.
(21:40) Idaho Falls Community Hospital is diverting ambulances to nearby hospitals and has closed some of its outpatient clinics after a cyberattack on Monday. Staff are charting on paper while the hospital works with outside experts. It has not said what kind of attack it was.
(30:05) Listener question: should small businesses buy cyber insurance?
(48:30) Picks of the week

Show links:
- Progress Software advisory
- Idaho Falls Community Hospital statement

Enjoying the show? Rate us and tell a friend. Members get episodes a day early.`,
    {
      victims: ["Idaho Falls Community Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["ambulance-diversion", "paper-records", "services-closed"],
    },
  ),
  yes(
    "c08",
    "long non-healthcare lead story with its own groups and outages, then headed 'In other news' items, one an insurer's misconfigured analytics tool with a count; a telecom's count and a retailer's claim beside it",
    "M&S halts online orders as cyberattack drags into second week",
    `M&S halts online orders as cyberattack drags into second week

By Oliver Grant | April 30, 2025 | Retail

Marks & Spencer has paused all online and app orders as it struggles to recover from a cyberattack that began over the Easter weekend, leaving some shelves empty and its contactless payments failing in stores.

The retailer, which has not said what kind of attack it faced, told customers their stores remained open. Security researchers have linked the attack to the Scattered Spider hacking collective, and the DragonForce ransomware operation is reported to be involved.

"This is one of the most serious incidents a UK retailer has faced," said Mark Hollis, a retail analyst. "Every day without online sales costs M&S millions."

The company's shares have fallen about 7% since the attack was first disclosed. M&S said it was working with the National Cyber Security Centre and had notified the Information Commissioner's Office.

In other news

Blue Shield of California leaks members' data to Google
Blue Shield of California said a misconfigured Google Analytics tool sent members' health information to Google's advertising platform for nearly three years, affecting up to 4.7 million members. The insurer said no Social Security numbers or bank details were involved.

SK Telecom SIM data stolen
South Korea's largest mobile carrier, SK Telecom, said malware on its network exposed SIM data, and offered free SIM replacements to its 23 million subscribers.

Co-op shuts IT systems
The Co-op Group took parts of its IT systems offline after attempted hacking, days after the M&S attack.

Oliver Grant is our retail correspondent.

Sign up to our business newsletter for the day's top stories.`,
    {
      victims: ["Blue Shield of California"],
      type: "insurer",
      people: 4700000,
      country: "US",
      attacks: ["misconfiguration"],
    },
  ),
  no(
    "c09",
    "week in review with no healthcare victim: a sportswear maker's fitness app with 150 million accounts, a city's ransom demand and a travel site's cards",
    "Week in review: MyFitnessPal, Atlanta and Orbitz",
    `Week in review: MyFitnessPal, Atlanta and Orbitz

March 30, 2018

Under Armour said hackers stole usernames, email addresses and hashed passwords for about 150 million accounts of its MyFitnessPal diet and fitness app. The company said the app does not collect Social Security numbers or payment card details.

The City of Atlanta is still recovering from a SamSam ransomware attack that knocked out online bill payments and court systems. The attackers demanded about $51,000 in bitcoin.

Expedia-owned Orbitz said a legacy booking platform may have exposed 880,000 payment cards.

See you next week.`,
  ),
  yes(
    "c10",
    "teaser-length 'Quick hits' bullets: the health system bullet first, beside a social network's phishing, a food company's ransomware and a software maker's leak",
    "Quick hits: Sharp HealthCare, Reddit, Dole",
    `Quick hits

• Sharp HealthCare, the San Diego health system, says someone broke into the web server behind its website and took files with the names and Social Security numbers of 62,777 people.

• Reddit says a phishing attack let a hacker steal internal documents and source code.

• Dole says ransomware forced it to shut down production plants in North America.

• Atlassian denies its systems were breached after SiegedSec leaked employee data.`,
    {
      victims: ["Sharp HealthCare"],
      type: "hospital",
      people: 62777,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  yes(
    "c11",
    "translated weekly roundup, whole page: a Japanese psychiatric hospital's item after a US health system's group, diversion and outage, beside an auction house's claim and a ticket seller's volume and count",
    "Weekly cyber roundup: Okayama psychiatric hospital hit by ransomware; Ticketmaster data for sale",
    `Weekly cyber roundup

Okayama psychiatric hospital hit by ransomware; Ticketmaster data for sale

May 31, 2024 | Compiled by the international desk

This week's roundup covers incidents in Japan, the United States and Europe.

US: Ascension still recovering

Ascension, one of the largest health systems in the United States, is still diverting some ambulances and running its hospitals on paper more than three weeks after a ransomware attack attributed to the Black Basta gang knocked out its electronic health records. The company has said it does not yet know what data was taken.

Japan: psychiatric hospital's records system down

The Okayama Psychiatric Medical Center in Okayama Prefecture said its electronic medical records system could not be used after a ransomware attack on May 19, and staff switched to paper charts. The hospital said it had confirmed that data was taken from its servers, covering up to 40,000 patients, including names, addresses and details of treatment. No group has claimed the attack. Outpatient care continued, but the hospital stopped accepting new patients for a week.

"Medical institutions in Japan often run old systems connected to outside vendors through VPNs, and attackers know it," said Kenji Morita, a professor of information security, who was not involved in the investigation.

Europe: Christie's

Auction house Christie's said hackers took some clients' personal data; RansomHub has claimed the attack and threatened to publish it.

Ticketmaster

The ShinyHunters group is offering 1.3TB of data on 560 million Ticketmaster customers for sale for $500,000 on a hacking forum. Parent company Live Nation confirmed unauthorized activity in a cloud database.

Related:
- LockBit leader named and sanctioned
- Nissan Oceania confirms data of 100,000 people stolen

Source: compiled from company statements and local media.`,
    {
      victims: ["Okayama Psychiatric Medical Center"],
      type: "mental-health",
      people: 40000,
      country: "JP",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline", "paper-records", "services-closed"],
    },
  ),
  // ---- round 4 (d): written after round 3's fixes, labelled before any run
  yes(
    "d01",
    "healthcare newsletter issue, whole page: the lead item's diversion of stroke and trauma patients and records offline; a 'From the wires' section with a city's refusal and a bank's phishing; sponsor line and sign-off",
    "Health Security Weekly: Missouri hospital diverts trauma patients after ransomware",
    `HEALTH SECURITY WEEKLY
Issue 31 | July 13, 2018

Sponsored by a managed detection provider. Sponsors have no say over our coverage.

In this issue: a Missouri hospital goes on diversion, and what the wires are saying.

MISSOURI HOSPITAL ON DIVERSION

Cass Regional Medical Center in Harrisonville, Missouri, began diverting stroke and trauma patients to other hospitals on Monday after a ransomware attack knocked its electronic health record system offline. The 35-bed hospital said its emergency department stayed open for other patients and that staff were using paper charts while the system was restored.

The hospital's chief executive said there was no evidence that patient data had been taken, and that the hospital had called in outside experts and notified the FBI. It did not say whether a ransom had been demanded.

"Rural hospitals run lean IT teams, which makes restoring an EHR a matter of days, not hours," said Paula Kerr, a consultant who advises small hospitals on security.

FROM THE WIRES

- The City of Atlanta has spent more than $2 million recovering from the SamSam attack in March, after refusing to pay the $51,000 demanded.
- A regional bank in Ohio warned customers about a phishing campaign that spoofs its login page.
- A researcher found an open database holding 340 million records on US adults and businesses.

That's all for this week. Forward this to a colleague, and tell us what we missed at the tips address.

Health Security Weekly is written by a team of two. Unsubscribe at any time.`,
    {
      victims: ["Cass Regional Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "d02",
    "short bullets under 'Also noted', the healthcare bullet a practice's payment beside a county's refusal of a demand, a retailer's fine and a chip maker's patches",
    "Also noted: a surgical practice pays, a county refuses",
    `Also noted

- Columbia Surgical Specialists, a surgical practice in Spokane, Washington, paid hackers about $15,000 to unlock files encrypted in a ransomware attack, and said it found no sign patient data was taken.
- Mecklenburg County in North Carolina refused to pay a $23,000 ransom and is rebuilding its servers from backups.
- UK mobile retailer Carphone Warehouse was fined £400,000 over a 2015 breach of 3 million customers' data.
- Intel told customers to stop installing its chip security patches after they caused reboots.`,
    {
      victims: ["Columbia Surgical Specialists"],
      type: "clinic",
      ransom: { status: "paid", amount: 15000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  yes(
    "d03",
    "live blog, newest first, whole page: two regional hospital alliances' entries (manual work, postponed elective surgery), a minister's quote, a 'Meanwhile' entry on another state's outage and a health insurer's old breach as background",
    "Live: Victorian hospitals hit by ransomware - elective surgery postponed",
    `LIVE: Ransomware attack on Victorian hospitals

Last updated 4:55pm | By state political reporter Amy Chen

4:55pm - The Health Minister says patient care is the priority. "No patient has been put at risk," she said. "Staff are doing an extraordinary job working manually."

3:40pm - Some elective surgery at hospitals in Gippsland and south-west Victoria has been postponed until the systems are back, a spokeswoman for the health department says.

2:15pm - Meanwhile in Queensland, a statewide outage of the police records system this morning was caused by a faulty update, not an attack, police say.

1:30pm - For context: in 2017, a breach at the federal government's Medicare card system saw card details sold on the dark web.

12:10pm - The Gippsland Health Alliance and the South West Alliance of Rural Health say they have isolated and disconnected a number of systems, including financial management, patient records and booking systems, after a ransomware attack. Hospitals have gone to manual processes to keep services running.

11:30am - The Australian Cyber Security Centre and Victoria Police are investigating. No group has claimed the attack.

Related:
- Cyber incident at Victorian university exposes staff details
- Ransomware: what is it and why are hospitals targets?

Sign up for breaking news alerts.`,
    {
      victims: ["Gippsland Health Alliance", "South West Alliance of Rural Health"],
      type: "hospital",
      country: "AU",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "d04",
    "podcast show notes with timestamped topics: a cancer centre's radiation treatments halted, beside a logistics firm's leak and a nation-state item",
    "Episode 112: radiation therapy on hold in Hawaii, and a freight firm's leak",
    `Risky Health Show - Episode 112
Released January 21, 2022 · 38 minutes

Dr. Maya Ortiz and Sam Greer talk through the week.

Topics:
(01:00) Welcome back
(02:30) Cancer Center of Hawaii: a ransomware attack forced the oncology practice to stop radiation therapy at its sites at The Queen's Medical Center and Pali Momi Medical Center this week. Patients were told to expect their treatments to be rescheduled. The practice says its systems are being restored and it has found no evidence so far that patient data was stolen.
(15:10) Freight firm Forward Air says hackers stole data and shut its systems, delaying shipments; the Hades gang is suspected.
(24:40) Ukraine: government websites were defaced in an attack Kyiv blames on Russia.
(35:00) Listener mail

Links and transcripts at the show's website. Support us on Patreon.`,
    {
      victims: ["Cancer Center of Hawaii"],
      type: "clinic",
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled"],
    },
  ),
  yes(
    "d05",
    "numbered trade-press list, whole page: the headline's family practice to close for good (a date to come) after ransomware encrypted its backups; other items' phishing count, a lawsuit and a data sale",
    "Calif. practice to close after ransomware; 3 other breaches to know",
    `Health IT | Cybersecurity

Calif. practice to close after ransomware; 3 other breaches to know

Written by Jordan Pike | November 22, 2019

Here are four healthcare data security incidents reported in the past two weeks:

1. Wood Ranch Medical, a family medicine practice in Simi Valley, Calif., will close permanently on Dec. 17 after a ransomware attack encrypted its servers and its backup system. The practice said the encrypted records of its 5,835 patients cannot be recovered, and it is helping patients transfer their care. It found no evidence that data was taken.

2. Alomere Health in Alexandria, Minn., said two employees fell for phishing emails that gave hackers access to their email accounts, which held information on 49,351 patients.

3. A lawsuit filed against Springhill Medical Center in Mobile, Ala., alleges a 2019 ransomware attack contributed to a newborn's death.

4. A hacker is offering data taken from a Texas orthopedic clinic for sale on a forum, according to a security researcher.

More articles on cybersecurity:
Ransomware hits three Alabama hospitals in one week
Why backups fail when ransomware strikes
The 10 biggest healthcare data breaches of 2019

© Copyright Jordan Pike Media 2019.`,
    {
      victims: ["Wood Ranch Medical"],
      type: "primary-care",
      people: 5835,
      country: "US",
      attacks: ["ransomware"],
      // "will close permanently on Dec. 17": announced, not yet happened, so no closure is labelled.
    },
  ),
  no(
    "d06",
    "week in review with no healthcare cyber incident: a council's ransomware slowing social care, a hospital's new wing and a health-department advisory on phishing",
    "Week in review: a council's ransomware, a hospital's new wing, a phishing warning",
    `Week in review

February 14, 2020

Redcar and Cleveland Borough Council says a ransomware attack has taken its website and most of its computer systems offline for a week, and staff are using pen and paper. Social care records cannot be reached, and the council says hospital discharges into its care are slower.

The James Cook University Hospital opened a new critical care wing with 20 beds, after three years of building work.

The state health department warned clinics about a phishing campaign that impersonates its staff to ask for payment details. It said no clinic was known to have been hit.

See you next week.`,
  ),
  // ---- round 5 (e): new page kinds (a podcast transcript, a hospital's newsroom page with an FAQ, board minutes, a
  // staff account on Reddit retold, a leak-site tracker digest, a machine-translated wire digest, a newsletter with a
  // correction, an op-ed, a morning brief), written and labelled before any run
  yes(
    "e01",
    "podcast transcript excerpt, whole page: two hosts' turns with timecodes and speaker names; a pathology supplier's ransomware, the two hospital trusts it serves, a reported demand, a leak in gigabytes; another sector's paper working and an old NHS attack's appointments as background",
    "Transcript: The Wired Ward, episode 59 - Pathology on pause",
    `THE WIRED WARD, a podcast about health and technology

Episode 59 transcript (excerpt): "Pathology on pause"

Recorded June 21, 2024. Transcripts are machine-generated and lightly edited; check against the audio before quoting.

[00:00:12] RUTH ADEYEMI: Welcome back to The Wired Ward. I'm Ruth.

[00:00:14] TOM BRANAGH: And I'm Tom. And we have to start in London this week, don't we.

[00:00:18] RUTH: We do. So, on June 3rd, Synnovis, that's the pathology company that runs the blood tests for King's College Hospital and Guy's and St Thomas', was hit by ransomware. The Qilin gang has said it was them.

[00:00:35] TOM: And the knock-on has been enormous. NHS England says more than 800 planned operations and about 700 outpatient appointments were postponed at the two trusts in the first week alone. GP practices across six boroughs were told to send only urgent blood tests.

[00:00:52] RUTH: And there's the blood supply angle. Because the hospitals can't match patients' blood types as quickly as usual, NHS Blood and Transplant put out a call for O-negative and O-positive donors.

[00:01:05] TOM: Right. And then this week it got worse. Qilin posted almost 400 gigabytes of what it says is Synnovis data on its leak site on Thursday. Names, NHS numbers, test codes.

[00:01:18] RUTH: And the gang reportedly asked for 50 million dollars.

[00:01:22] TOM: Which nobody has confirmed, to be fair. Synnovis says it is analysing the published files and hasn't commented on a ransom.

[00:01:31] RUTH: Quick one before the break. The other big story this week is CDK Global, the software company that thousands of US car dealerships run on, which was hit twice in two days. Dealers are writing up sales on paper.

[00:01:44] TOM: Car dealers on paper. Theme of the week: everybody's supplier is somebody's single point of failure.

[00:01:48] RUTH: And for anyone who remembers 2017: WannaCry shut down computers at a third of NHS trusts in England and about 19,000 appointments were cancelled. Different attack, same lesson. The weak spot is often not the hospital itself.

[00:02:03] TOM: After the break, we talk to a consultant haematologist about what "urgent only" means on a ward.

[BREAK]

Show notes and links: NHS England statement; Synnovis incident page; NHS Blood and Transplant donor appeal.

The Wired Ward is produced independently. Like what we do? Leave us a review, and sign up to get transcripts by email.`,
    {
      attackers: ["Qilin"],
      victims: ["Synnovis", "King's College Hospital", "Guy's and St Thomas'"],
      type: "laboratory",
      ransom: { status: "demanded-amount", amount: 50_000_000, currency: "USD" },
      volume: 400_000_000_000,
      country: "GB",
      attacks: ["ransomware", "data-theft"],
      impact: ["operations-cancelled", "appointments-cancelled", "data-leaked"],
    },
  ),
  yes(
    "e02",
    "a hospital's own newsroom page, whole page: site navigation, the incident update in the first person plural ('we'), an FAQ whose answers say 'not able to share' whether it is ransomware, then other newsroom posts (a new surgeon, flu shots, a blood drive) and a footer address",
    "Network incident update - Southern Ohio Medical Center",
    `Southern Ohio Medical Center

Find a Doctor | Locations | Careers | MyChart | Pay My Bill | Donate

Home > About SOMC > Newsroom

Network incident update

November 25, 2023

Southern Ohio Medical Center continues to respond to a cybersecurity incident that was discovered on Friday, November 24. Upon discovering the incident, we immediately took steps to secure our network and engaged third-party forensic experts to investigate. We have also notified law enforcement.

Our emergency department remains open. However, out of an abundance of caution, ambulances are being diverted to other area hospitals, and patients with non-emergency needs are encouraged to visit an urgent care location. All appointments scheduled at SOMC facilities for Friday and Saturday were cancelled, and patients will be contacted to reschedule. Some of our systems remain unavailable while the investigation continues.

Frequently asked questions

Was my personal information compromised?
The investigation is in its early stages. If we learn that any patient or employee information was involved, we will notify those individuals as required by law.

Should I still come to my appointment next week?
Unless you hear from us, please keep your appointment. Our scheduling staff are contacting patients directly.

Can I still use MyChart?
MyChart is temporarily unavailable. Please call your provider's office for prescription refills.

Is this a ransomware attack?
We are not able to share further details while the investigation is ongoing.

Media contact: Marketing and Communications

More from the Newsroom

SOMC welcomes orthopedic surgeon Dr. Alan Reyes
November 20, 2023
Dr. Reyes joins SOMC Orthopedics and Sports Medicine after completing a fellowship in joint replacement.

Flu shots available at all SOMC Family Practice locations
November 8, 2023

SOMC Life Center hosts holiday blood drive
November 2, 2023
The American Red Cross will hold a blood drive at the Life Center. Donors will receive a holiday T-shirt.

© 2023 Southern Ohio Medical Center · 1805 27th Street, Portsmouth, Ohio 45662 · Privacy Policy · Notice of Nondiscrimination`,
    {
      victims: ["Southern Ohio Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline"],
    },
  ),
  yes(
    "e03",
    "board meeting minutes, whole page: numbered agenda items, the CEO report's ransomware with a demand in bitcoin the hospital will not pay, then a finance report, an MRI lease sum, public comment and executive session",
    "Board of Commissioners regular meeting minutes, June 26, 2019",
    `PUBLIC HOSPITAL DISTRICT NO. 1 OF GRAYS HARBOR COUNTY
BOARD OF COMMISSIONERS: REGULAR MEETING MINUTES

June 26, 2019, 5:30 p.m., Conference Room B, Grays Harbor Community Hospital, Aberdeen, Washington

Commissioners present: Chair; Vice Chair; three Commissioners. Staff present: Chief Executive Officer; Chief Financial Officer; Director of Information Systems; Clerk of the Board.

1. CALL TO ORDER. The Chair called the meeting to order at 5:32 p.m.

2. CONSENT AGENDA. The minutes of the May 22 regular meeting and the June vouchers were approved as presented (motion and second; carried 5-0).

3. CEO REPORT: CYBERSECURITY INCIDENT. The CEO reported that on June 15 Grays Harbor Community Hospital and the Harbor Medical Group clinics were hit by a ransomware attack that encrypted the electronic medical record system. The record system has been unavailable since then, and staff have been working on paper charts. Patient care has continued and the emergency department has remained open. The attackers left a note demanding about $1 million in bitcoin. On the advice of the FBI and the hospital's insurer, the hospital will not pay. The Director of Information Systems said records are being restored from backups and that nothing found so far shows patient information was taken. A Commissioner asked when the system would be back; staff said it could take several more weeks. Another Commissioner asked that patients be told plainly what had happened; the CEO said letters would go out once the investigation ends.

4. FINANCE REPORT. The CFO presented the May financial statements. Net patient revenue was 3% below budget and days cash on hand stood at 41. The costs of the incident response are not yet known and will be reported next month.

5. OLD BUSINESS. (a) MRI replacement: the Board approved a lease for a replacement MRI scanner not to exceed $1.2 million over five years (carried 5-0). (b) Parking: staff will return in July with options for the east lot.

6. PUBLIC COMMENT. A resident asked whether the hospital kept backups. The CEO said it did and was using them.

7. EXECUTIVE SESSION. The Board went into executive session at 6:48 p.m. under RCW 42.30.110 to discuss potential litigation, for about 20 minutes. No action was taken.

8. ADJOURNMENT. The meeting adjourned at 7:15 p.m.

Minutes approved July 24, 2019.
Clerk of the Board`,
    {
      victims: ["Grays Harbor Community Hospital", "Harbor Medical Group"],
      type: "hospital",
      ransom: { status: "refused", amount: 1_000_000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  yes(
    "e04",
    "numbered weekly roundup, the lead item retelling a staff account on Reddit in a quote (paper charting, hand-written labels) and a spokesperson's 'downtime procedures'; the next item's reported payment of another incident, then one-line items with a city's emergency, a telecom's count and an advisory",
    "Health IT Security Roundup: Massachusetts hospital diverts ambulances; staff describe first night online",
    `Health IT Security Roundup: week of March 25, 2024

By Corinne Walsh

1. Massachusetts hospital on diversion; staff describe first night online

Heywood Hospital in Gardner, Mass., has been diverting ambulances to other hospitals since Monday, when what it called a "cybersecurity incident" took its computer systems offline. Patients who walk into the emergency department are still being seen.

A thread on Reddit that several users said was started by a Heywood nurse described the first night: "We're charting everything on paper, pharmacy is hand-writing labels, and nobody can pull up old results." We could not verify the poster's identity, and Heywood declined to comment on the post, but a hospital spokesperson confirmed that staff "have moved to downtime procedures."

Heywood has not said whether patient data was taken or whether a ransom was demanded.

2. Change Healthcare, a month on

A month after the attack on Change Healthcare, UnitedHealth Group says most pharmacy claims processing has been restored. The company has not confirmed reports that it paid the ALPHV gang $22 million.

3. Elsewhere

- The city of Hayward, Calif., declared a local emergency after a cyberattack took its website and some city services offline.
- Frontier Communications says hackers stole the personal data of about 750,000 customers.
- HHS warned hospital IT help desks about callers impersonating staff to get passwords and multifactor devices reset.

Corinne Walsh edits the roundup. Tips: reply to this email.`,
    {
      victims: ["Heywood Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "e05",
    "leak-site tracker digest of one-line claims with arrows and dashes: the healthcare line's group, an auction with an opening bid in bitcoin and a claimed volume; other lines' groups, sectors and volumes",
    "Leak-site digest: Rhysida puts a Kansas medical group's data up for auction",
    `Leak-site digest · Tuesday, January 14, 2025

Posts seen on ransomware leak sites in the last 24 hours. A listing is the group's claim, not a confirmed breach.

▸ Rhysida · Sunflower Medical Group (Kansas, US) · Healthcare · data put up for auction, bidding opens at 6 BTC, for what the group says is 1.5 TB of patient and staff files
▸ Akira · Precision Tool Works (Ohio, US) · Manufacturing
▸ Lynx · Harbourside Legal LLP (UK) · Legal · 230 GB
▸ Play · Westfield Freight Lines (US) · Logistics · "data to be published Jan 18"
▸ LockBit 3.0 · a municipality in Peru · Government

Healthcare share this week: 1 of 37 posts.`,
    {
      attackers: ["Rhysida"],
      victims: ["Sunflower Medical Group"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 6, currency: "BTC" },
      volume: 1_500_000_000_000,
      country: "US",
      // a bare leak-site claim: the guide leaves attack types open
      impact: ["data-leaked"],
    },
  ),
  yes(
    "e06",
    "machine-translated wire digest of datelined items with spaces before punctuation, low-high quotes and a numeric date; the hospital's ransomware, no ransom demanded 'so far'; a court item's sum in crowns",
    "Home news in brief: Ostrava hospital hit by hackers",
    `ČTK · Home news in brief (machine translation) · Thursday 10. 9. 2020

OSTRAVA – The Faculty Hospital Ostrava ( FNO ) was attacked by hackers in the night to Thursday ; the hospital had to switch off its computer systems and postpone planned operations , said its spokeswoman . „It is a ransomware , which encrypted part of the servers ,“ she said . Emergency care is provided , but patients must count with delays . The National Office for Cyber and Information Security ( NÚKIB ) and the police are investigating . A ransom , according to the hospital , was not demanded so far .

PRAGUE – The Prague public transport company will from Monday strengthen trams on line 22 , because of students returning to schools .

BRNO – The regional court sentenced a 34-year-old man to six years for fraud with fake medical masks , in which he took 3.5 million crowns from buyers .

JIHLAVA – Weather : tomorrow sunny , up to 24 °C .`,
    {
      victims: ["Faculty Hospital Ostrava"],
      type: "hospital",
      country: "CZ",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "systems-offline"],
    },
  ),
  yes(
    "e07",
    "newsletter issue with a correction notice, whole page: the lead item's theft from a community health center ('did not lock our systems'), 'Also in the news' bullets with another hospital's ransomware and diversion and a 190 million count, then a correction retracting last week's claim of a ransom paid",
    "Primary Care Security Notes: Connecticut health center notifies more than 1 million",
    `PRIMARY CARE SECURITY NOTES

A newsletter for community health centers and their IT teams · Issue 12 · February 3, 2025

In this issue: a Connecticut health center notifies more than a million people; news in brief; a correction; webinars.

CONNECTICUT HEALTH CENTER NOTIFIES MORE THAN 1 MILLION

Community Health Center, Inc., which runs primary care sites across Connecticut from its base in Middletown, has begun notifying 1,060,936 patients and other people that a criminal hacker took their information. The center said it spotted unusual activity on January 2 and found that the intruder had been inside its systems since mid-October. Names, addresses, dates of birth, Social Security numbers and health records were taken; for some people who only received a COVID-19 vaccine there, just basic contact details were involved.

The center said the hacker "did not lock our systems or disrupt patient care" and that it has brought in outside experts and tightened its monitoring. No group has claimed the theft.

"The health center model runs on thin margins, so security tends to be whatever is left after payroll," said Dr. Lena Marsh, who advises safety-net clinics on IT. "That is exactly what attackers count on."

ALSO IN THE NEWS

• Frederick Health in Maryland said a ransomware attack on January 27 forced it to divert some ambulances to other hospitals.
• Conduent, a contractor that runs payment systems for state benefit programmes, confirmed a cyberattack that delayed some payments.
• UnitedHealth Group raised the number of people affected by last year's Change Healthcare attack to 190 million.

CORRECTION

Last week's issue said a Connecticut health center had paid a ransom to recover its files. That was wrong. Community Health Center, Inc. has not said that any ransom was demanded or paid, and it says its systems were not encrypted. We regret the error.

WEBINARS

February 12: Writing an incident response plan for a ten-site health center. Free for subscribers.

Primary Care Security Notes is written by Tomás Ribeiro, a former health-center CIO.

You are receiving this because you signed up at a conference. Unsubscribe · Update preferences · Forward to a colleague`,
    {
      victims: ["Community Health Center, Inc."],
      type: "primary-care",
      people: 1060936,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  yes(
    "e08",
    "op-ed guest column, whole page: an author bio, the week's hospital ransomware (paper, diversion, systems down), then past incidents in passing (another hospital's payment, an NHS attack's appointments, unnamed practices and chains), advice, 'Related opinion'",
    "Opinion: A week on paper in Pueblo should worry every hospital board",
    `OPINION | Guest column

A week on paper in Pueblo should worry every hospital board

By Daniel Okonjo | November 26, 2019

Daniel Okonjo was chief information officer of a rural hospital in Colorado for eleven years. The views expressed are his own.

When a nurse has to walk a lab request across a hospital by hand, something has gone badly wrong. That is where Parkview Medical Center found itself last week.

Parkview Medical Center in Pueblo, Colo., the city's largest hospital, was hit by ransomware on Nov. 17. Its computer systems, including the electronic health record, have been down since, and staff have gone back to paper charts and handwritten orders. For several days the hospital sent ambulances carrying trauma and stroke patients to other hospitals. Parkview says it is restoring its systems; it has not said whether patient data was taken or what the attackers asked for.

I don't write to criticise Parkview. Its staff did what good clinicians do: they kept treating patients. I write because too many boards still treat ransomware as an IT problem that happens to other people.

It is not new. In 2016, Hollywood Presbyterian Medical Center in Los Angeles paid attackers $17,000 in bitcoin to get its systems back. In 2017, WannaCry shut down computers across the NHS in England and forced the cancellation of about 19,000 appointments. This year alone, dozens of US hospitals and clinics have been hit, from a family practice in California that had to close for good to a hospital system in Alabama that turned away new patients.

What these cases share is not bad luck. It is old systems that cannot be patched, flat networks where one infected laptop can reach everything, and backups kept on the same network they are supposed to protect.

Boards can change that without a single new hire. Ask management three questions at the next meeting: When did we last restore a whole system from backup? How long could we run on paper? Who decides whether to pay?

If nobody in the room can answer, Pueblo is a preview.

Related opinion:
- Rural hospitals need federal help to pay for cybersecurity
- Letters: Our ER wait times are a scandal

Have something to say? Submit a letter to the editor.`,
    {
      victims: ["Parkview Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  no(
    "e09",
    "health IT newsletter with no healthcare cyber incident: a security vendor's faulty update cancelling hospital surgeries ('not a security incident or cyberattack'), a city's ransomware with a group and volume, a policy debate and a survey's percentages",
    "This week in health IT: the CrowdStrike outage, Columbus and a survey",
    `This week in health IT

July 26, 2024

The outage, not an attack
A faulty software update from security firm CrowdStrike crashed millions of Windows computers last Friday, and hospitals were among the hardest hit. Mass General Brigham cancelled non-urgent surgeries, procedures and medical visits, and hospitals in several states reported trouble with their electronic records and phones. CrowdStrike stressed that the outage was "not a security incident or cyberattack."

Columbus
The City of Columbus, Ohio, says it is investigating a cyber incident that took some city systems offline; the Rhysida gang has since claimed it and says it holds 6.5TB of the city's data.

Policy
Congress is again debating whether to tie hospitals' Medicare payments to minimum cybersecurity standards.

Numbers
A vendor survey found that 67% of healthcare organisations said they were hit by ransomware in the past year, up from 60%.

See you next Friday.`,
  ),
  yes(
    "e10",
    "short morning brief of five numbered items: an attorney general's settlement years after a community health center's ransomware, with a settlement sum and a security spend that are no ransom, and a count",
    "Five things to know this morning",
    `Five things to know this morning

1. Refuah Health Center, a network of community health centers based in Spring Valley, N.Y., agreed to pay $450,000 and to spend $1.2 million on cybersecurity under a settlement with New York's attorney general over a 2021 ransomware attack. The attackers stole files holding the information of 260,740 patients, including Social Security numbers and health records.
2. The Fed held interest rates steady.
3. Weather: showers clearing by noon.
4. The Mets beat the Phillies 5-3.
5. A Hudson Valley bakery is giving away 1,000 bagels for its 50th year.`,
    {
      victims: ["Refuah Health Center"],
      type: "primary-care",
      people: 260740,
      country: "US",
      attacks: ["ransomware", "data-theft"],
    },
  ),
];

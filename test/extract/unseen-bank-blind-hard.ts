// A blind bank of hard cases: tracker rows, roundups, knock-on incidents, non-cyber outages, insider access, statistics,
// vendor reports, fines and rulings years later, policy news, non-healthcare victims with health words, follow-ups that
// retell an old incident, and impact paraphrases. Each item is about a real incident (or a real kind of non-incident),
// written from memory of public reporting in one newsroom's voice by someone who had not read the dev excerpts; bylines,
// quoted experts and some figures are made up. Each round was written and labelled (by ../shared/eval/README.md, from
// the text alone) before the extractor was run on it. Carry-over figures are in unseen-bank-blind-hard.test.ts.
import { type BankCase, notRelevantCases, relevantPageCases } from "./unseen-shapes-bank";

const no = notRelevantCases("hard-");
const yes = relevantPageCases("hard-");

/** The hard blind bank's cases, in the order they were written. */
export const BLIND_HARD_BANK: BankCase[] = [
  // ---- round 1: written and labelled before any run
  yes(
    "a01",
    "leak-site tracker row: pipes between fields, an asking price in bitcoin, 'Status: data for sale'",
    "Rhysida lists Prospect Medical Holdings",
    "Leak-site watch | 2023-08-24 | Group: Rhysida | Victim: Prospect Medical Holdings | Country: USA | Sector: Healthcare | The group claims 1TB of files, including more than 500,000 Social Security numbers and patient records, and is auctioning the data for 50 BTC. Status: data for sale.",
    {
      attackers: ["Rhysida"],
      victims: ["Prospect Medical Holdings"],
      ransom: { status: "demanded-amount", amount: 50, currency: "BTC" },
      people: 500000,
      volume: 1000000000000,
      country: "US",
      impact: ["data-leaked"],
    },
  ),
  no(
    "a02",
    "tracker row whose victim treats animals ('Sector: Animal healthcare', 'animal hospitals', 'patient records')",
    "New victim: National Veterinary Associates",
    "Ransomware tracker | 2019-10-30 | Group: Ryuk | Victim: National Veterinary Associates | Sector: Animal healthcare | Country: US | Notes: The California-based operator of more than 700 animal hospitals said about 400 of its clinics had systems affected, leaving some unable to look up patient records or process payments.",
  ),
  yes(
    "a03",
    "whole page: weekly roundup where one item of four is a healthcare victim; another item's ransom and related links name other victims and groups",
    "The week in ransomware: schools, banks and a hospital operator",
    `The Week in Ransomware

By Dana Whitfield | March 17, 2023

It was a busy week for data-extortion gangs, with a mass exploitation campaign claiming new victims and a school district refusing to negotiate.

Minneapolis Public Schools confirmed that the Medusa gang had leaked files stolen from its network after the district declined to pay a $1 million demand. The group posted a video walking through the stolen documents, which include records of student assaults.

Hospital operator Community Health Systems said in a filing that attackers stole data belonging to about one million patients through a flaw in Fortra's GoAnywhere file transfer tool. The Clop gang has taken responsibility for the GoAnywhere attacks and says it breached some 130 organisations in the campaign. CHS, which runs hospitals in 15 US states, said its own systems were not affected and that patient care continued as normal.

Clop also listed data-security firm Rubrik, which said a third party's GoAnywhere server had been used to reach its data.

In other news, researchers linked a new strain called Dark Power to at least ten victims, while the LockBit gang claimed an attack on a Taiwanese electronics maker.

Related:
- LockBit demands $80 million from Royal Mail
- Dish Network outage caused by ransomware attack
- Hatch Bank says 140,000 customers hit in GoAnywhere breach

Subscribe to our weekly newsletter to get the week's ransomware news in your inbox.

About the author: Dana Whitfield is a senior reporter who has covered ransomware and data breaches since 2016.`,
    {
      attackers: ["Clop"],
      victims: ["Community Health Systems"],
      type: "hospital",
      people: 1000000,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  yes(
    "a04",
    "knock-on: a medical-technology supplier's ransomware postpones a customer hospital's radiation treatments",
    "Radiation treatments postponed after ransomware attack on Elekta",
    "Patients at several US cancer centres had radiation therapy postponed this week after Elekta, the Swedish maker of radiotherapy equipment and software, took its cloud-based systems offline following a ransomware attack. Yale New Haven Health said treatments for some patients at its Smilow Cancer Hospital had been rescheduled while the vendor's oncology software was unavailable. Elekta said it had found evidence that the attackers accessed a database holding information on patients of some of its customers, and that it had notified the affected providers. The company said it was working with outside experts to restore service.",
    {
      victims: ["Elekta", "Yale New Haven Health"],
      type: "pharma-medtech",
      country: "SE",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "systems-offline"],
    },
  ),
  no(
    "a05",
    "knock-on the other way: a council's ransomware slows hospital discharges and social care (kind (a))",
    "Hackney Council: social care records hit by ransomware",
    "Hackney Council in east London has confirmed that a ransomware attack by the Pysa group encrypted its servers, leaving social workers unable to access case files and delaying housing benefit payments. Stolen documents, including some relating to vulnerable residents, were later published on the group's leak site. The council said local NHS services were not affected but that hospital discharges to council-arranged care had been slowed.",
  ),
  no(
    "a06",
    "whole page: non-cyber outage (heat) with every impact word, 'not the result of a cyber attack', WannaCry background, related links",
    "IT failure at London hospitals blamed on heatwave, not hackers",
    `Health | London

IT failure at London hospitals blamed on heatwave, not hackers

By Priya Raman, Health Correspondent
Published 21 July 2022

Guy's and St Thomas' NHS Foundation Trust has cancelled operations and diverted some patients to neighbouring hospitals after its computer systems failed during this week's record temperatures.

The trust said two of its data centres overheated on Tuesday, when temperatures in London passed 40C, and that it had switched off servers to protect them. Clinicians have been unable to view scans and test results, and staff have returned to paper records while engineers rebuild the systems.

A spokesperson stressed that the outage was not the result of a cyber attack and that no patient data had been lost. "Our staff continue to provide safe care, and we are very sorry to patients whose appointments have been postponed," she said.

The failure has also hit GP practices in Lambeth and Southwark, which rely on the trust's pathology service for blood test results.

Experts said older hospital buildings were poorly prepared for extreme heat. "Data centres in the NHS were built for a different climate," said Martin Hale, a former NHS chief information officer.

Many NHS bodies were hit by the WannaCry ransomware outbreak in 2017, which forced hospitals across England to cancel thousands of appointments.

Related
- Cyber attack on NHS 111 supplier: Advanced confirms ransomware
- Hospitals warned to prepare for more heatwaves
- Ransomware gang leaks data from Dutch clinic chain

Sign up for our morning briefing to get the day's top health stories.

Priya Raman covers health and the NHS. She joined the paper in 2019.

Read more: How the NHS plans for extreme weather`,
  ),
  yes(
    "a07",
    "insider: a vendor's fired employee whose access was not cut off; two counts ('more than a million', 'about 1.2 million')",
    "Geisinger says former Nuance employee accessed data of 1.2 million patients",
    "Pennsylvania health system Geisinger is notifying more than a million patients that a former employee of its IT vendor Nuance Communications accessed and exfiltrated their information two days after being fired. Geisinger said it learned on Nov. 29, 2023 that the worker's access to Geisinger systems had not been cut off. Information including names, addresses, dates of birth and medical record numbers was exposed. Nuance said the former employee had been arrested and was facing federal charges. Geisinger said about 1.2 million people were affected.",
    {
      victims: ["Geisinger", "Nuance Communications"],
      type: "hospital",
      people: 1200000,
      country: "US",
      // The guide reads theft by staff as insider ("insider (staff snooping or theft)"); first labelled data-theft too.
      attacks: ["insider"],
    },
  ),
  no(
    "a08",
    "whole page: vendor survey report with ransom averages and two named background incidents (Change Healthcare, Synnovis)",
    "Ransomware recovery costs in healthcare doubled, survey finds",
    `Research | Threat reports

Ransomware recovery costs in healthcare doubled, survey finds

By Tom Ellery | 12 September 2024

Two-thirds of healthcare organisations were hit by ransomware in the past year, according to a survey of 402 IT leaders published by security vendor Sophos, the highest rate in the four years the company has run the study.

The average cost to recover from an attack reached $2.57 million, up from $2.2 million in 2023 and $1.27 million in 2021. The median ransom demand was $4 million, and 57% of organisations that paid handed over more than the original demand, the report says.

Attackers tried to compromise backups in 95% of attacks, succeeding in two-thirds of cases. Organisations whose backups were compromised were more than twice as likely to pay.

Exploited vulnerabilities were the most common root cause, followed by compromised credentials and phishing emails, which accounted for 17% of attacks.

"Healthcare has become a soft target," said the report's author. "Paying the ransom does not bring systems back faster: only 22% of those who paid were fully recovered within a week."

The survey does not name respondents. Its findings follow a year of disruption in the sector: in February, the attack on Change Healthcare disrupted pharmacy claims across the US, and in June, an attack on pathology provider Synnovis led London hospitals to postpone thousands of appointments.

What to do

Sophos recommends offline backups, rapid patching of internet-facing systems and multi-factor authentication on all remote access.

Related
- Black Basta affiliates breached over 500 organisations, CISA warns
- Qilin claims attack on Synnovis

Get the latest threat research delivered to your inbox: sign up for our newsletter.

Tom Ellery is a security reporter covering threat intelligence and vulnerabilities.`,
  ),
  no(
    "a09",
    "phishing statistics from a simulated exercise across trusts",
    "One in eight NHS staff clicked on simulated phishing email",
    "Almost one in eight NHS staff who received a simulated phishing email during a national exercise clicked the link, figures released under freedom of information show. The test, run by NHS Digital across 40 trusts, also found that 3% of recipients entered their passwords on the fake login page. Security leaders said the results showed the need for regular training, noting that phishing remains the most common way attackers gain a foothold in hospital networks.",
  ),
  yes(
    "a10",
    "regulator settlement years later; a settlement sum beside the incident; 'Phoenix-based'",
    "Banner Health to pay $1.25 million over 2016 cyber attack",
    "Banner Health has agreed to pay $1.25 million to settle potential HIPAA violations stemming from a 2016 cyber attack, the HHS Office for Civil Rights said on Thursday. The Phoenix-based health system reported that a hacker had gained access to its network and to the protected health information of 2.81 million people. OCR's investigation found that Banner had not conducted an accurate risk analysis and lacked procedures to regularly review activity in its information systems. Under the settlement, Banner will implement a corrective action plan monitored for two years.",
    {
      victims: ["Banner Health"],
      type: "hospital",
      people: 2810000,
      country: "US",
      attacks: ["unknown"],
    },
  ),
  yes(
    "a11",
    "whole page: court ruling years later on a drugmaker's insurance claim; malware attributed to a state, no group; other NotPetya victims as background",
    "Merck wins $1.4 billion NotPetya insurance fight as court rejects war exclusion",
    `Cyber insurance | Courts

Merck wins $1.4 billion NotPetya insurance fight as court rejects war exclusion

By Helen Osei | Newark, N.J. | May 2, 2023

A New Jersey appeals court has ruled that insurers cannot rely on a "war exclusion" to avoid paying Merck & Co for losses from the 2017 NotPetya cyber attack, upholding a lower-court decision in the drugmaker's favour.

NotPetya, a destructive piece of malware that the US and UK governments later attributed to Russia's military, spread from a Ukrainian accounting software update in June 2017. At Merck, it knocked out some 40,000 computers, halted production at manufacturing sites and disrupted research, according to court filings. The company sought about $1.4 billion under its property policies.

The insurers argued that the attack was a hostile act by a government and therefore excluded. The three-judge panel disagreed, writing that the exclusion was aimed at traditional armed conflict and that "the attack was not a hostile or warlike action in the ordinary meaning of those words."

"This is a landmark decision for policyholders," said Jordan Reyes, a lawyer who represents companies in insurance disputes and was not involved in the case. "Insurers have since rewritten their policies to exclude state-backed cyber attacks explicitly."

The ruling can still be appealed to the New Jersey Supreme Court. Merck, which is based in Rahway, New Jersey, declined to comment. A lawyer for the insurers did not respond to a request for comment.

Other companies hit by NotPetya, including food maker Mondelez International and shipping group Maersk, also faced large losses. Mondelez settled its own lawsuit against Zurich Insurance in 2022.

Related:
- Lloyd's requires cyber policies to exclude state-backed attacks
- Maersk chairman recalls rebuilding 45,000 PCs after NotPetya

Sign up for our Cyber Risk newsletter.

Helen Osei covers insurance and litigation from New York.`,
    {
      victims: ["Merck & Co"],
      type: "pharma-medtech",
      country: "US",
      attacks: ["malware"],
      impact: ["systems-offline"],
    },
  ),
  no(
    "a12",
    "policy news: a proposed rule, a breach figure of a named earlier incident as background, a compliance cost",
    "HHS proposes first major update to HIPAA Security Rule in 20 years",
    "The US Department of Health and Human Services has proposed sweeping changes to the HIPAA Security Rule that would require hospitals, health plans and their vendors to encrypt patient data, use multi-factor authentication and be able to restore systems within 72 hours after an attack. The proposal comes after a year in which large health data breaches affected a record number of Americans; the attack on Change Healthcare alone exposed the information of about 190 million people. Industry groups said the cost of compliance could reach $9 billion in the first year. The public has 60 days to comment.",
  ),
  no(
    "a13",
    "non-healthcare victim with health words: a sportswear maker's diet and fitness app",
    "Under Armour says 150 million MyFitnessPal accounts breached",
    "Sportswear maker Under Armour said hackers stole usernames, email addresses and hashed passwords for about 150 million users of its MyFitnessPal diet and fitness app. The company said the breach, discovered on March 25, did not include payment card data or government ID numbers. The app lets users log meals, exercise and weight to track their health goals. Users are being asked to change their passwords.",
  ),
  yes(
    "a14",
    "whole page: follow-up retelling an old attack through a class-action settlement; a settlement sum, a refusal, a class size beside the breach count; background ransom of another incident",
    "Lehigh Valley Health Network agrees $65 million settlement over leaked patient photos",
    `Local News | Allentown

Lehigh Valley Health Network agrees $65 million settlement over leaked patient photos

By Marcus Delaney | The Morning Desk | September 23, 2024

Lehigh Valley Health Network has agreed to pay $65 million to settle a class-action lawsuit brought by patients whose nude images were posted online after a ransomware attack last year, lawyers for the plaintiffs said on Monday.

The attack, claimed by the BlackCat gang in February 2023, hit a physician practice in Lackawanna County, Pennsylvania, that is part of the network. When the health system refused to pay the ransom, the hackers published clinical photographs of breast cancer patients, along with names and other details, on their leak site.

"No amount of money can undo the harm," said Karen Whitlow, a lawyer for the plaintiffs, who described the settlement as the largest of its kind per patient. The deal, which still needs a judge's approval, covers about 600 patients and employees.

The network said in a statement that it had strengthened its security and that patient care was not affected by the incident. "We are pleased to put this matter behind us," it said.

The breach exposed the personal information of about 134,000 people, according to a filing with the federal health department.

Background: BlackCat, also known as ALPHV, was behind a string of attacks on US healthcare providers before it shut down in March 2024 following the attack on Change Healthcare, in which UnitedHealth paid a $22 million ransom.

Related stories
- St. Luke's opens new cancer centre in Bethlehem
- Cyber attack forces Allentown-area clinic to reschedule appointments
- Pennsylvania hospitals report rise in email scams

Get the Morning Desk in your inbox. Sign up for our free newsletter.

Marcus Delaney covers health care in the Lehigh Valley. Reach him at mdelaney@example.com.`,
    {
      attackers: ["ALPHV"],
      victims: ["Lehigh Valley Health Network"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: 134000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "a15",
    "impact paraphrases of NHS statements: 'stood down some theatre lists and outpatient clinics', 'paper-based business continuity processes', 'emergency care continues'",
    "Wirral hospital trust postpones operations after cyber incident",
    `Wirral University Teaching Hospital NHS Foundation Trust has declared a major incident after a cyber security incident affected its systems. The trust said it had stood down some theatre lists and outpatient clinics for the rest of the week and that staff had moved to paper-based business continuity processes. A number of systems were taken offline as a precaution. "Emergency care continues, but we would urge people to attend A&E only if it is really necessary," said the trust's chief executive. Patients whose procedures are affected will be contacted directly.`,
    {
      victims: ["Wirral University Teaching Hospital NHS Foundation Trust"],
      type: "hospital",
      country: "GB",
      attacks: ["unknown"],
      // Label fixed after the first run: outpatient clinics "stood down" are clinics suspended, services-closed by the
      // guide ("an emergency department, clinic, ... closed or suspended"); first labelled without it.
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "paper-records", "services-closed"],
    },
  ),
  yes(
    "a16",
    "conditional impact ('could be rescheduled ... if so'), 'patient care was continuing', emergency department 'remained open'",
    "Frederick Health diverts ambulances after ransomware attack",
    "Frederick Health in Maryland said on Monday that a ransomware attack had forced it to take some systems offline and divert ambulances to other hospitals. The health system said patient care was continuing and that its emergency department remained open to walk-in patients. Some appointments and elective procedures could be rescheduled in the coming days, a spokesperson said, and patients would be contacted if so. The FBI has been notified. Frederick Health did not say whether any patient information was taken.",
    {
      victims: ["Frederick Health"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  // ---- round 2: written after round 1's fixes, labelled before any run
  yes(
    "b01",
    "whole page: a tracker's daily table with one healthcare row among others, a group blurb, a demand and a volume under it",
    "Ransomware victims posted in the last 24 hours",
    `RansomWatch Daily | 1 June 2024

Ransomware victims posted in the last 24 hours

Date | Group | Victim | Country | Sector
2024-05-31 | play | Findlay Automotive Group | US | Automotive
2024-05-31 | embargo | American Associated Pharmacies | US | Healthcare
2024-05-31 | akira | Stanford University | US | Education
2024-06-01 | blacksuit | Kadokawa | JP | Media

Embargo, a group first seen in April, says it stole 1.47TB from American Associated Pharmacies, a cooperative of independent pharmacies, and has set a deadline for payment. The group is asking $1.3 million.

About the group: Embargo runs a leak site and a negotiation portal and writes its ransomware in Rust.

Data is scraped from leak sites and may include false claims. Follow us for daily updates.`,
    {
      attackers: ["Embargo"],
      victims: ["American Associated Pharmacies"],
      type: "pharmacy",
      ransom: { status: "demanded-amount", amount: 1300000, currency: "USD" },
      volume: 1470000000000,
      country: "US",
      attacks: ["data-theft", "extortion"],
    },
  ),
  yes(
    "b02",
    "hacktivist DDoS on several hospitals' websites, 'did not affect patient care', a warning 'last week' as background",
    "Pro-Russian hackers knock US hospital websites offline",
    "Websites of several US hospitals, including Cedars-Sinai in Los Angeles and Duke University Hospital in North Carolina, were knocked offline on Monday in a wave of distributed denial-of-service (DDoS) attacks claimed by the pro-Russian hacktivist group Killnet. The attacks flooded the sites with junk traffic but did not affect patient care or medical records, hospital officials said. The Department of Health and Human Services had warned last week that Killnet was targeting the US healthcare sector.",
    {
      attackers: ["Killnet"],
      victims: ["Cedars-Sinai", "Duke University Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  no(
    "b03",
    "non-cyber outage: a security vendor's faulty update cancels surgeries and takes record systems down; 'not a security incident or cyberattack'",
    "Faulty CrowdStrike update cancels hospital appointments worldwide",
    "Hospitals in the US and Europe cancelled appointments and surgeries on Friday after a faulty software update from cybersecurity company CrowdStrike crashed millions of Windows computers. Mass General Brigham said it had cancelled all non-urgent surgeries, procedures and medical visits, and several NHS GP practices in England were unable to use their appointment and patient record system. CrowdStrike's chief executive said the outage was not a security incident or cyberattack, and a fix had been deployed.",
  ),
  yes(
    "b04",
    "insider snooping on a celebrity's records; counts of staff disciplined (perpetrators); the hospital's earlier snooping case as background",
    "UCLA hospital moves to fire 13 workers over Britney Spears records",
    "UCLA Medical Center is taking steps to fire at least 13 employees and has suspended six others for looking at the confidential medical records of pop singer Britney Spears during her stay in the psychiatric ward, the Los Angeles Times reported. Six doctors could also face discipline. Hospital officials said the workers had no medical reason to view the files. It is the second time in a year the hospital has been caught up in a snooping scandal: in 2007 an employee was found to have looked at the records of Farrah Fawcett.",
    {
      victims: ["UCLA Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["insider"],
    },
  ),
  yes(
    "b05",
    "regulator settlement years later over a phishing attack; 'physician group'; a settlement sum",
    "Louisiana medical group settles first HHS phishing investigation for $480,000",
    "Lafourche Medical Group, a physician group in Louisiana, will pay $480,000 to resolve the first investigation by the HHS Office for Civil Rights into a phishing attack under HIPAA. In 2021 a hacker used a phishing email to take over an employee's email account, which held the protected health information of 34,862 people. OCR found that the group had never carried out a risk analysis before the breach. Besides the payment, Lafourche agreed to train its staff and review its security for two years, OCR said in a press release on Thursday.",
    {
      victims: ["Lafourche Medical Group"],
      type: "clinic",
      people: 34862,
      country: "US",
      attacks: ["phishing"],
    },
  ),
  no(
    "b06",
    "government advisory on a group that targets healthcare: how it works, what to do, no victim",
    "FBI and CISA warn hospitals about Rhysida ransomware",
    "The FBI and the Cybersecurity and Infrastructure Security Agency (CISA) have published a joint advisory on the Rhysida ransomware group, which they say has targeted healthcare, education and government organisations since May 2023. The agencies list the group's tools and indicators of compromise and urge organisations to patch remote access systems, enable phishing-resistant multi-factor authentication and keep offline backups. Rhysida typically steals data before encrypting systems and threatens to sell it if no ransom is paid, the advisory says. The agencies do not recommend paying.",
  ),
  no(
    "b07",
    "non-healthcare victim with health words: a cosmetics maker's skincare brands, two groups listing it",
    "Estée Lauder says cyberattack disrupted business",
    "Cosmetics giant Estée Lauder said an unauthorised third party had gained access to some of its systems and obtained data, disrupting parts of its business. The maker of skincare, makeup and fragrance brands took some systems offline. Two ransomware gangs, ALPHV/BlackCat and Clop, both listed the company on their leak sites. The company did not say whether customer data was involved.",
  ),
  yes(
    "b08",
    "whole page: knock-on from a record-system supplier to two ambulance trusts; 'no impact on patient care'; the previous year's supplier attack and its group as background",
    "Ambulance crews back on paper after attack on patient record supplier",
    `News › Health › Ambulance

Ambulance crews back on paper after attack on patient record supplier

By Gareth Pryce, Digital Health Editor
Tuesday 1 August 2023, 16:05 BST

Two NHS ambulance services have been forced to go back to paper patient records after a cyber attack on Ortivus, the company that supplies their electronic patient care record system.

South Western Ambulance Service NHS Foundation Trust and East of England Ambulance Service NHS Trust said crews had been unable to view patient histories on the system, known as MobiMed ePR, since the weekend, and were recording care on paper forms. Both said 999 calls were being answered as normal and there was no impact on patient care.

Ortivus said the attack affected part of its UK customer environment hosted in its own data centre and that it had no evidence patient data had been extracted. "We are working around the clock with specialist advisers to restore services," a spokesperson said.

It is the second major incident involving an NHS software supplier in a year: in August 2022, a ransomware attack on Advanced took down the NHS 111 system and mental health records across the country. LockBit was later blamed for that attack.

Kim Hallam, a cyber security researcher at a UK university, said suppliers had become "the soft underbelly" of the health service.

Related content
- LockBit behind NHS 111 outage, says Advanced
- Hospitals in Somerset move to single electronic record
- Regulator proposes fine for Advanced over 2022 ransomware attack

Sign up to our weekly newsletter for the latest digital health news.

Gareth Pryce is digital health editor. He has covered NHS technology since 2012.`,
    {
      victims: [
        "Ortivus",
        "South Western Ambulance Service NHS Foundation Trust",
        "East of England Ambulance Service NHS Trust",
      ],
      type: "health-it-vendor",
      country: "GB",
      attacks: ["unknown"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  yes(
    "b09",
    "impact paraphrases: 'system-wide technology outage', 'call center was also down', 'switched to manual processes'; a group 'known as' that 'later claimed'",
    "Kettering Health cancels elective procedures after cyberattack",
    "Kettering Health, which runs 14 medical centers in western Ohio, cancelled elective inpatient and outpatient procedures on Tuesday after a cyberattack caused a system-wide technology outage. The health system's call center was also down, and staff switched to manual processes to keep caring for patients. Emergency departments remained open. A ransomware group known as Interlock later claimed responsibility for the attack and said it had stolen 941 GB of data.",
    {
      attackers: ["Interlock"],
      victims: ["Kettering Health"],
      type: "hospital",
      volume: 941000000000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["operations-cancelled", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "b10",
    "indictment years later (wire voice, dateline): an unnamed state-linked group, phishing as the way in, a settlement sum of another year",
    "Chinese national charged over 2015 Anthem hack",
    "WASHINGTON — A federal grand jury in Indianapolis has indicted a Chinese national for his alleged role in the 2015 hack of health insurer Anthem, the Justice Department said on Thursday. Fujie Wang and an unnamed co-conspirator are accused of being part of a sophisticated hacking group based in China that broke into Anthem's network and stole the personal information of about 78.8 million people. Prosecutors say the group sent phishing emails to Anthem employees to gain a foothold. Anthem paid a record $16 million in 2018 to settle potential HIPAA violations with the Department of Health and Human Services.",
    {
      victims: ["Anthem"],
      type: "insurer",
      people: 78800000,
      country: "US",
      attacks: ["data-theft", "phishing"],
    },
  ),
  // ---- round 3: written after rounds 1-2's fixes (and the session's merged work), labelled before any run
  yes(
    "c01",
    "leak-site tracker row for a reproductive-health clinic operator: 'Sector: Healthcare', a volume, a countdown, no ransom sum",
    "RansomHub claims Planned Parenthood of Montana",
    "Leak-site monitor | 2024-08-29 | Group: RansomHub | Victim: Planned Parenthood of Montana | Country: US | Sector: Healthcare | The group says it exfiltrated 93GB of data and will publish it unless paid. Countdown on the post: 6 days. Data published: no.",
    {
      attackers: ["RansomHub"],
      victims: ["Planned Parenthood of Montana"],
      // Label fixed after the first run: the text says only "Sector: Healthcare" (nothing of clinics), and labels state
      // what the text says, so the most specific slug that fits is other-healthcare; first labelled clinic.
      type: "other-healthcare",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 93000000000,
      country: "US",
      attacks: ["data-theft", "extortion"],
    },
  ),
  no(
    "c02",
    "tracker row whose victim is a consumer-goods maker with health brands ('maker of Vicks and Pepto-Bismol', 'health care products')",
    "Clop lists Procter & Gamble",
    "Leak-site monitor | 2023-03-23 | Group: Clop | Victim: Procter & Gamble | Country: US | Sector: Consumer goods | Notes: The maker of Vicks, Oral-B and Pepto-Bismol confirmed that employee data was stolen through a flaw in the GoAnywhere file transfer tool; it said no consumer data and no health care products were affected.",
  ),
  yes(
    "c03",
    "whole page: weekly roundup with two casino victims (one ransom paid), a demand on a building-tech company, and one health system claimed by a group under two spellings",
    "Week in review: casinos, a building giant and a Michigan health system",
    `SECURITY WEEKLY ROUNDUP

Week in review: casinos, a building giant and a Michigan health system

Written by Owen Castellano
October 6, 2023

Welcome to our Friday roundup of the week's biggest cybersecurity stories.

Caesars Entertainment confirmed in a regulatory filing that it paid roughly $15 million to hackers who stole its loyalty programme database, while rival MGM Resorts said its refusal to pay had cost it about $100 million in lost revenue. Both attacks have been linked to a group known as Scattered Spider.

Building-automation company Johnson Controls is still recovering from an attack by the Dark Angels gang, which is reportedly demanding $51 million.

Healthcare: McLaren Health Care, which runs 13 hospitals in Michigan, said a cyber incident had disrupted its IT and phone systems. The BlackCat ransomware gang, also called ALPHV, added McLaren to its leak site this week, saying it stole 6TB of data including information on 2.5 million patients. The gang threatened to publish the data if McLaren did not get in touch. McLaren said it was investigating the claims and that its hospitals were still treating patients.

Also this week: Microsoft patched two actively exploited zero-days, and researchers warned of a new phishing kit aimed at Microsoft 365 users.

You might also like:
- Royal ransomware demands $2 million from Dallas
- Rhysida leaks files from British Library
- Akira hits Stanford University police department

Enjoyed this roundup? Subscribe and get it every Friday.

Owen Castellano writes about cybercrime and national security.`,
    {
      attackers: ["ALPHV"],
      victims: ["McLaren Health Care"],
      type: "hospital",
      people: 2500000,
      volume: 6000000000000,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  no(
    "c04",
    "knock-on from a non-healthcare software firm: a workforce-software provider's ransomware puts hospital staff on paper timesheets (kind (a))",
    "Kronos ransomware attack leaves hospitals tracking nurses' hours on paper",
    "A ransomware attack on the Kronos Private Cloud, run by workforce management company Ultimate Kronos Group, has left hospitals across the US without their electronic timekeeping and scheduling systems. UKG warned customers that the outage could last several weeks. Health systems including UMass Memorial Health said managers had switched to paper timesheets and spreadsheets to track nurses' hours and make sure staff were paid. UKG said it had not yet determined whether customer data was taken. Patient care was not affected, the hospitals said.",
  ),
  yes(
    "c05",
    "mass exploitation: one healthcare vendor's count beside the campaign-wide total; the group named as the campaign's author",
    "Welltok says MOVEit breach exposed data of 8.5 million patients",
    "Patient engagement software company Welltok has said that hackers stole the personal and health information of nearly 8.5 million people in the United States by exploiting a flaw in its MOVEit Transfer server in May. The data belonged to customers of health plans and providers that use Welltok's services. The Clop ransomware gang has claimed the mass exploitation of MOVEit, which has hit more than 2,600 organisations and over 77 million people worldwide. Welltok said it had patched the server and was offering credit monitoring.",
    {
      attackers: ["Clop"],
      victims: ["Welltok"],
      type: "health-it-vendor",
      people: 8500000,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  no(
    "c06",
    "whole page: non-cyber outage of a record system (vendor software fault), every impact word, 'no indication of malicious activity', a ransomware story in the related links",
    "VA health record system goes down again at Spokane hospital",
    `Federal News

VA health record system goes down again at Spokane hospital

By Rachel Imhoff
March 14, 2023 2:47 pm

The Department of Veterans Affairs' new electronic health record suffered another outage this week, leaving doctors and pharmacists at the Mann-Grandstaff VA Medical Center in Spokane, Washington, unable to see patient records for most of a day.

Staff switched to paper orders and downtime procedures, and some outpatient appointments were rescheduled, according to an internal email seen by Federal News. Pharmacists could not check patients' medication histories, and some prescriptions were delayed.

Oracle Cerner, which built the system, said the outage was caused by a software problem in a data centre and that there was no indication of malicious activity or a cyber attack. It said service had been restored by the evening.

The outage is at least the fiftieth since the system went live in Spokane in October 2020, according to the department's inspector general, who has linked the record to patient harm. Lawmakers have called for the rollout to be halted.

"Veterans deserve a system that works every day," said a member of the House Veterans' Affairs Committee. The VA paused further deployments in April 2023 while it works with Oracle on fixes.

Related stories
- Ransomware attack on Veterans Health clinic vendor exposes data
- IRS modernisation faces new delays
- Senators question Oracle over health record outages

Sign up for Federal News Daily.

Rachel Imhoff covers veterans' affairs and federal technology.`,
  ),
  yes(
    "c07",
    "insider snooping on a celebrity's birth; a count of staff fired (perpetrators), 'no medical reason'",
    "Cedars-Sinai fires six over Kim Kardashian records",
    "Cedars-Sinai Medical Center in Los Angeles has fired six people, including employees of a contractor and a medical resident's assistant, for accessing the medical records of Kim Kardashian without authorisation while she gave birth at the hospital. The hospital said those involved had no medical reason to look at the records. Cedars-Sinai said it had strengthened its monitoring and reminded staff that patient privacy is protected by law.",
    {
      victims: ["Cedars-Sinai Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["insider"],
    },
  ),
  yes(
    "c08",
    "regulator settlement a decade later over an employee who sold patient records; the settlement sum and the year of the theft",
    "Montefiore pays $4.75 million over employee who sold patient data",
    "Montefiore Medical Center, a nonprofit hospital system in New York City, has paid $4.75 million to settle potential HIPAA violations after an employee stole and sold the information of 12,517 patients, HHS' Office for Civil Rights said on Tuesday. The employee copied names, addresses and Social Security numbers from Montefiore's systems over six months in 2013 and sold them to an identity theft ring. OCR said Montefiore had failed to analyse the risks to its data and to monitor activity in its systems. Montefiore will also carry out a two-year corrective action plan.",
    {
      victims: ["Montefiore Medical Center"],
      type: "hospital",
      people: 12517,
      country: "US",
      attacks: ["insider"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "c09",
    "whole page: sentencing years later (court voice, dateline); stolen staff records sold on the dark web; a tax-fraud sum beside the count; another sentenced hacker as background",
    "Hacker who stole UPMC employee data sentenced to seven years",
    `Courts & Crime

Hacker who stole UPMC employee data sentenced to seven years

By Liam Trask | PITTSBURGH | Updated June 9, 2023

A Michigan man who broke into the database of the University of Pittsburgh Medical Center in 2014 and sold the personal information of tens of thousands of its workers on the dark web was sentenced on Friday to seven years in federal prison.

Justin Sean Johnson, 32, pleaded guilty last year to conspiracy and aggravated identity theft. Prosecutors said he hacked UPMC's human resources database and stole the names, Social Security numbers, addresses and salaries of 65,000 employees, then sold the data on dark web marketplaces. Buyers used it to file hundreds of fake tax returns, claiming about $1.7 million in refunds.

"This defendant turned hospital workers into victims," the acting US attorney said in a statement. UPMC, which runs about 40 hospitals in Pennsylvania and neighbouring states, said it had worked with investigators throughout the case.

Johnson, who used the online name "The Dearth Star", was also found with thousands of other stolen identities. He was ordered to pay restitution.

In a separate case last year, a Russian national was sentenced in Pittsburgh for his part in a malware scheme that stole banking passwords from companies across the country.

More from Courts & Crime
- Former nurse charged with stealing patients' painkillers
- Pittsburgh man admits to cryptocurrency fraud
- Judge approves settlement in Highmark phishing lawsuit

Get breaking news alerts: sign up for our newsletter.

Liam Trask covers federal courts for the paper.`,
    {
      victims: ["University of Pittsburgh Medical Center"],
      type: "hospital",
      people: 65000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "c10",
    "whole page: anniversary follow-up retelling an old outbreak: a per-computer demand, a state blamed through its named group, counts of cancelled appointments and trusts, later incidents as background",
    "WannaCry, five years on: has the NHS learned its lesson?",
    `Analysis | Technology

WannaCry, five years on: has the NHS learned its lesson?

By Helena Marsh, Technology Editor
12 May 2022

Five years ago today, the WannaCry ransomware tore through computers in more than 150 countries. Few organisations were hit as visibly as the NHS.

At least 80 of England's 236 hospital trusts were affected, along with hundreds of GP practices. Screens at reception desks displayed a demand for $300 in bitcoin to unlock each computer. Trusts switched off their systems to stop the worm spreading, and some 19,000 appointments and operations were cancelled. Five hospitals diverted ambulances to neighbouring A&E departments.

The US and UK governments later blamed the attack on North Korea's Lazarus Group. The outbreak was stopped when a researcher, Marcus Hutchins, found and registered a domain that acted as a kill switch.

A National Audit Office report found that none of the affected trusts had followed advice to patch the Windows flaw WannaCry exploited. The attack cost the health service an estimated £92 million.

"WannaCry was a wake-up call, and the NHS has invested heavily since," said Amara Doyle, a former NHS Digital security lead. "But ransomware gangs have changed tactics: they now steal data first."

Since then, the 2022 attack on software supplier Advanced took down NHS 111 systems, and in 2024 a ransomware attack on pathology firm Synnovis disrupted London hospitals for months.

Related:
- NHS trusts still running unsupported Windows, FOI finds
- LockBit affiliate charged over Advanced attack
- The man who stopped WannaCry

Sign up to our technology newsletter.

Helena Marsh is technology editor. She has reported on cyber security since 2010.`,
    {
      attackers: ["Lazarus Group"],
      victims: ["NHS"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 300, currency: "USD" },
      country: "GB",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "ambulance-diversion", "systems-offline"],
    },
  ),
  yes(
    "c11",
    "impact paraphrases: 'diverting emergency patients to area facilities', 'urgent surgical cases and all radiology exams ... cancelled', 'paper charts under downtime procedures'; a group 'behind' the attack per a researcher",
    "Memorial Health System diverts patients after ransomware attack",
    "Memorial Health System, which operates Marietta Memorial Hospital in Ohio and hospitals in West Virginia, said early Sunday that a ransomware attack had forced it to work on paper charts under its downtime procedures. The system is diverting emergency patients to area facilities, and urgent surgical cases and all radiology exams scheduled for Monday have been cancelled. A security researcher said the Hive ransomware gang was behind the attack. Chief executive Scott Cantley said the hospitals were working with the FBI and had no reason to believe patient data had been taken.",
    {
      attackers: ["Hive"],
      // Label fixed after the first run: the dev labels of this incident (seen through the reworded banks, which keep
      // them) list the hospitals a system "runs" as victims beside it, and so does the US blind bank's us-b08; first
      // labelled with the system alone. The incident is in the dev set (an overlap, noted; the case is kept).
      victims: ["Memorial Health System", "Marietta Memorial Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "ambulance-diversion", "paper-records"],
    },
  ),
  yes(
    "c12",
    "negated and planned impact: 'surgeries have not been cancelled', 'hospitals remain open', appointments 'will be rescheduled if needed'; a patient portal and phones down",
    "HSHS hit by cybersecurity incident; MyChart and phones down",
    "Hospital Sisters Health System, which runs 15 hospitals in Illinois and Wisconsin, said a cybersecurity incident had caused a system-wide outage of its computer network, including its MyChart patient portal and phone lines. All HSHS hospitals remain open and are caring for patients, and surgeries have not been cancelled, the system said. Appointments at its physician clinics will be rescheduled if needed and patients will be called. HSHS said it was working with outside experts to restore its systems as quickly as possible.",
    {
      victims: ["Hospital Sisters Health System"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  yes(
    "c13",
    "whole page: a drugmaker's plasma-collection arm closes its donation centres after ransomware (trade press); a group named in a later paragraph; a related-links list with other groups",
    "Octapharma Plasma closes donation centres after BlackSuit ransomware attack",
    `BioPharma Wire | Manufacturing & Supply

Octapharma Plasma closes donation centres after BlackSuit ransomware attack

By Jenna Holloway | April 19, 2024

Octapharma Plasma, the US plasma-collection arm of Swiss drugmaker Octapharma, has closed its more than 190 donation centres across 35 states after a ransomware attack took its IT systems down.

Donors arriving on Wednesday found locked doors and notices that the centres were "temporarily closed due to network issues". An internal message seen by BioPharma Wire said the outage had disabled the donor management system the centres use to register donors and record collections.

The BlackSuit ransomware group claimed the attack on its leak site, saying it had stolen corporate and donor data. Octapharma Plasma did not respond to questions about the claim.

Plasma collected at the centres is used to make therapies for immune deficiencies and bleeding disorders. An industry analyst said a long closure could tighten supplies of plasma-derived medicines later in the year. "Collection is the first link in the chain," she said.

BlackSuit is believed to be a rebrand of the Royal gang, which hit the City of Dallas last year.

Related:
- Akira claims attack on contract drug manufacturer
- Cencora says data stolen in cyber attack
- LockBit leaks files of Canadian pharmacy chain London Drugs

Subscribe to BioPharma Wire's daily newsletter.

Jenna Holloway covers drug manufacturing and supply chains.`,
    {
      attackers: ["BlackSuit"],
      victims: ["Octapharma Plasma"],
      type: "pharma-medtech",
      country: "US",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  no(
    "c14",
    "non-healthcare victim with health words: a fitness-bike maker's exposed API showing age, weight and workout data (misconfiguration)",
    "Peloton API exposed riders' age, weight and workout history",
    "A flaw in the systems behind Peloton's exercise bikes let anyone request private account data, including users' age, gender, city, weight and workout statistics, security researchers at Pen Test Partners said. The fitness company's API answered requests without checking who was asking, even for users who had set their profiles to private. Peloton said it had fixed the problem and found no evidence the data had been misused. Users who track their heart rate and health goals on the bikes had been exposed.",
  ),
  // ---- round 4: written after round 3's fixes, labelled before any run
  no(
    "d01",
    "tracker row whose victim is a children's charity, its claimed data 'health and medical data' (kind (a))",
    "BianLian lists Save the Children International",
    "Leak-site monitor | 2023-09-12 | Group: BianLian | Victim: Save the Children International | Country: GB | Sector: Non-profit | Notes: The group claims 6.8TB of files, including financial, health and medical data, and says it will publish them.",
  ),
  yes(
    "d02",
    "tracker row in lower case ('karakurt'), 'Sector: Hospitals & Physicians Clinics', a volume with a space, 'Data published: partial'",
    "karakurt: Methodist McKinney Hospital",
    "ransomware feed | 2022-09-20 | karakurt | Methodist McKinney Hospital | US | Hospitals & Physicians Clinics | The group claims to hold 360 GB of data, including patient records and employee files. Data published: partial.",
    {
      attackers: ["Karakurt"],
      victims: ["Methodist McKinney Hospital"],
      type: "hospital",
      volume: 360000000000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "d03",
    "non-cyber outage: a data-centre fire takes hospital appointment websites down ('not a cyber attack')",
    "Fire at OVHcloud data centre knocks thousands of websites offline",
    "A fire destroyed one of OVHcloud's data centres in Strasbourg overnight, knocking millions of websites offline, including appointment booking pages of several French clinics and a regional hospital group. The company's founder said all staff were safe and that the fire was not the result of a cyber attack. Customers without off-site backups may have lost data for good, experts warned.",
  ),
  yes(
    "d04",
    "whole page: a roundup where the healthcare item's hackers email patients a small demand, beside a library's refusal and a bank's ransom elsewhere",
    "Data breach roundup: library refuses, bank pays, patients extorted",
    `DATA BREACH ROUNDUP

Data breach roundup: library refuses, bank pays, patients extorted

By Keira Nolan | December 29, 2023

The Toronto Public Library said it would not pay a ransom to the Black Basta gang after an attack that took its website and catalogue offline for weeks.

A regional bank in Kansas paid a six-figure sum to recover encrypted servers, according to a filing, though it did not name the group.

In Oklahoma, patients of Integris Health have received emails from hackers who say they stole their personal information in an attack on the health system in November. The emails offer to delete a patient's data for $50 before it is sold to other criminals. Integris Health, which runs hospitals and clinics across the state, urged patients not to respond or pay. The group behind the emails has not been identified.

Also: researchers found a database of a fitness app exposed online, and Microsoft warned of a new wave of phishing against hotel chains.

Related
- Black Basta claims attack on British outsourcer Capita
- Hackers publish data from Ohio medical practice

Sign up for the roundup: every Friday in your inbox.

Keira Nolan reports on privacy and data protection.`,
    {
      victims: ["Integris Health"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 50, currency: "USD" },
      country: "US",
      attacks: ["data-theft", "extortion"],
    },
  ),
  yes(
    "d05",
    "insider selling data years ago, told through a plea: 'used her access', a count of patients, prosecutors' voice",
    "Former Jackson Health employee pleads guilty to selling patient data",
    "A former employee of Jackson Health System in Miami has pleaded guilty to using her access to the hospital's records to steal the personal information of about 24,000 patients over five years, federal prosecutors said. The woman sold the names, dates of birth and Social Security numbers to a man who used them to file fraudulent tax returns. Jackson Health said it had discovered the scheme during a routine audit of record access and had notified the affected patients.",
    {
      victims: ["Jackson Health System"],
      type: "hospital",
      people: 24000,
      country: "US",
      attacks: ["insider"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "d06",
    "whole page: regulator's fine for snooping on a celebrity's file (translated voice, euro sum with a space), a Dutch hospital's local name",
    "Dutch regulator fines Haga hospital over access to actor's medical file",
    `Privacy | Netherlands

Dutch regulator fines Haga hospital over access to actor's medical file

By Pieter Mol | The Hague | 16 July 2019

The Dutch Data Protection Authority (AP) has fined HagaZiekenhuis in The Hague €460 000 because dozens of staff looked at the medical file of a well-known actor without a reason to do so.

The authority began its investigation after reports that employees who were not involved in the patient's treatment had opened his records. It found that the hospital did not check regularly who consulted patient files and did not use two-factor authentication.

"Patients must be able to trust that their data is safe with a hospital," said the authority's chairman, Aleid Wolfsen. "What is in your medical file is nobody's business except those treating you."

Haga must improve its security before 2 October or pay a further €100 000 every two weeks, up to a maximum of €300 000. The hospital said it had already taken measures and was studying the decision.

It is the first fine the authority has imposed under the GDPR on a hospital.

Related
- Hospital in Amsterdam reprimanded over patient data sent to wrong address
- Ransomware attack hits Dutch medical laboratory

Sign up for the weekly Privacy newsletter.`,
    {
      victims: ["HagaZiekenhuis"],
      type: "hospital",
      country: "NL",
      attacks: ["insider"],
    },
  ),
  no(
    "d07",
    "vendor threat report: a count of healthcare institutions hit and average downtime, no victim named",
    "Microsoft: 389 US healthcare institutions hit by ransomware this year",
    "Ransomware attacks hit 389 healthcare institutions in the United States in the fiscal year to June, causing network closures, systems offline and delays to critical operations, Microsoft said in a threat report on Tuesday. Each attack cost an average of $900,000 a day in downtime, the report said, citing industry figures. Microsoft urged hospitals to apply security updates promptly and to enable multi-factor authentication.",
  ),
  yes(
    "d08",
    "a drugmaker's stock-exchange disclosure: 'isolated', 'taken offline as a containment measure', revenue expected to fall, a group's claim in the last sentence",
    "Sun Pharma says ransomware attack will hit revenue",
    "Sun Pharmaceutical Industries, India's largest drugmaker, told the stock exchanges on Saturday that a ransomware attack had compromised some of its IT systems and that personal data of employees and customers had been stolen. The company said it had isolated its network and taken some systems offline as a containment measure, and that it expected revenue for some businesses to fall as a result. The ALPHV/BlackCat ransomware gang has claimed responsibility for the attack.",
    {
      attackers: ["ALPHV"],
      victims: ["Sun Pharmaceutical Industries"],
      type: "pharma-medtech",
      country: "IN",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline"],
    },
  ),
  // ---- round 5: written after round 4's fixes (and the session's merged work), labelled before any run
  yes(
    "e01",
    "tracker row: a two-word group in lower case, 'records' counted in words, 'Leaked: yes', a 'Revenue' cell with a dollar sum",
    "daixin team: OakBend Medical Center",
    "Leak tracker | 2022-10-28 | daixin team | OakBend Medical Center | Richmond, Texas | Hospitals | Revenue: $60M | The group says it took more than one million records, including patient and employee files, and has begun posting them. Leaked: yes.",
    {
      attackers: ["Daixin Team"],
      victims: ["OakBend Medical Center"],
      type: "hospital",
      people: 1000000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "e02",
    "tracker row: a demand and a countdown ('Deadline: 8 days'), a volume with a decimal point, 'Sector: Healthcare' and no kind of provider",
    "Medusa adds HCRG Care Group",
    "Medusa blog | added 2025-02-19 | Victim: HCRG Care Group | Country: UK | Sector: Healthcare | Data: 2.275 TB | Price: $2,000,000 | Deadline: 8 days | The group posted screenshots of passports, payroll files and patient notes as proof and says it will publish everything if it is not paid.",
    {
      attackers: ["Medusa"],
      victims: ["HCRG Care Group"],
      ransom: { status: "demanded-amount", amount: 2000000, currency: "USD" },
      volume: 2275000000000,
      country: "GB",
      attacks: ["data-theft", "extortion"],
    },
  ),
  no(
    "e03",
    "non-healthcare victim with health words: an anti-doping agency's athletes' medical records leaked by a state-backed group (kind (a))",
    "Russian hackers leak athletes' medical records from anti-doping agency",
    "The World Anti-Doping Agency said on Tuesday that a Russian cyber espionage group known as Fancy Bear had broken into its athlete database and published confidential medical records of Olympic athletes, including therapeutic use exemptions granted to the tennis players Serena and Venus Williams and the gymnast Simone Biles. WADA said the hackers got in using an account created for the Rio Games and condemned the leak as an attempt to undermine the global anti-doping system.",
  ),
  yes(
    "e04",
    "knock-on from an EHR supplier: physician practices cannot e-prescribe; 'writing prescriptions by hand'; the customers not named",
    "Allscripts ransomware outage leaves doctors unable to e-prescribe",
    "Thousands of physician practices have been unable to use their electronic health records or send prescriptions electronically since Thursday, after a ransomware attack on Allscripts, the Chicago-based health IT company. Allscripts said the attack had encrypted systems in two of its data centres, which host its cloud-based Professional EHR and its e-prescribing service. Doctors told the Chicago Tribune they were writing prescriptions by hand and faxing them to pharmacies. The company said it had no evidence that patient data had been taken.",
    {
      victims: ["Allscripts"],
      type: "health-it-vendor",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  no(
    "e05",
    "whole page: knock-on from a general IT-services supplier (kind (a)): a Nordic IT firm's ransomware takes down a health region's staff systems beside agencies, cinemas and shops; related links name healthcare victims and groups",
    "Akira attack on Tietoevry knocks out Swedish agencies, shops and a health region's payroll",
    `Nordic Tech Daily › Security

Akira attack on Tietoevry knocks out Swedish agencies, shops and a health region's payroll

By Linnea Berg | Stockholm | 22 January 2024

A ransomware attack on one of Tietoevry's data centres in Sweden has disrupted services for dozens of the Finnish IT company's customers, from government agencies to a cinema chain and a garden retailer.

Tietoevry said on Saturday that the attack affected one of its Swedish data centres and that it had isolated the affected infrastructure. The Akira ransomware gang was behind the attack, according to people familiar with the investigation.

Among the hardest hit were the cinema chain Filmstaden, whose ticket sales went offline, and the retailer Rusta. Several Swedish government agencies, including the national agency for government employers, lost access to their HR and payroll systems.

Region Uppsala, which runs the county's hospitals, said staff could not use the system that handles salaries and schedules and that managers were recording working hours on paper. Patient care and the region's medical records were not affected, a spokesperson said.

"Outsourcing puts many eggs in one basket," said Erik Sandvik, a security researcher. "When one supplier's data centre goes down, hundreds of organisations go down with it."

Tietoevry said it could not yet say when all services would be restored.

Related
- Akira ransomware claims attack on Stanford University
- Hospital in Kristianstad hit by data leak after IT supplier breach
- Black Basta linked to attack on German medical supplier

Sign up for our weekly security newsletter.

Linnea Berg covers technology and security in the Nordics.`,
  ),
  yes(
    "e06",
    "whole page: knock-on from a transcription supplier's malware outbreak: doctors at a named customer hospital write notes by hand; a malware outbreak named by its origin, no group; related links name other malware and victims",
    "Hospitals' dictation service still down weeks after malware hit Nuance",
    `Health IT News | Vendors

Hospitals' dictation service still down weeks after malware hit Nuance

By Marcus Ellery | July 14, 2017

Hospitals in the US and UK are still without a cloud-based medical transcription service more than two weeks after Nuance Communications was caught up in the destructive malware outbreak that spread from Ukraine in late June.

The Burlington, Massachusetts-based company said the malware had disrupted its eScription platform, which turns doctors' dictated notes into typed records for hospitals, and that it had taken parts of its network offline to contain the damage. It said it had found no evidence that customer data had been taken.

At Baystate Health in Springfield, Massachusetts, physicians were asked to type or hand-write their clinical notes while the service was down, a spokesperson said. "Patient care has continued safely," she said.

Nuance said it expected to restore the platform for most customers by the end of the month and that the outage would cut its quarterly revenue.

"A single vendor outage can ripple through hundreds of hospitals at once," said Dr. Alan Keyes, a health informatics professor.

Related
- WannaCry: NHS trusts still running unsupported Windows machines
- Heritage Valley Health System reopens after malware attack
- Merck confirms its network was hit by global cyber attack

Get the Health IT News briefing every morning.

Marcus Ellery covers health IT vendors.`,
    {
      victims: ["Nuance Communications", "Baystate Health"],
      type: "health-it-vendor",
      country: "US",
      attacks: ["malware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  yes(
    "e07",
    "insider snooping on a celebrity's records: staff 'fired' in a count that is not of people affected; the celebrity named, not his role",
    "Northwestern Memorial fires about 50 employees over Jussie Smollett records",
    "Northwestern Memorial Hospital in Chicago has fired about 50 employees who looked at the medical records of actor Jussie Smollett without a work reason, according to people familiar with the matter. The employees, who included nurses and clerical staff, viewed the records after Smollett was treated at the hospital in January. A hospital spokesperson declined to give numbers but said it takes patient privacy seriously and investigates every report of inappropriate access. Hospitals are required by federal law to protect patients' records from staff who have no need to see them.",
    {
      victims: ["Northwestern Memorial Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["insider"],
    },
  ),
  no(
    "e08",
    "non-cyber outage: a phone network fault cuts hospital phone lines and emergency calls ('not the result of a cyber attack')",
    "Optus outage cuts phone lines at Victorian hospitals",
    "Hospitals in Victoria lost phone lines for much of Wednesday after a nationwide outage at Optus left 10 million Australians without mobile or internet service. Several hospitals told patients to call other numbers, and some Optus customers could not reach triple zero. Optus said the outage followed a routine software upgrade and was not the result of a cyber attack. The federal government has ordered a review of the outage.",
  ),
  no(
    "e09",
    "whole page: policy news (a proposed ban on ransom payments by public bodies and the NHS), with a named earlier attack, its group and its demand as background; related links with other victims",
    "Ransom payment ban for NHS and councils to go ahead, government confirms",
    `Politics › Technology

Ransom payment ban for NHS and councils to go ahead, government confirms

By Oliver Grant, Technology Correspondent
22 July 2025

NHS bodies, councils and schools will be banned from paying ransoms to cyber criminals under plans the government has confirmed after a public consultation.

The ban would also cover operators of critical national infrastructure. Private companies that are not covered would have to tell the government before paying a ransom, so that officials can warn them if a payment would break sanctions.

Security minister Dan Jarvis said the measures would "smash the cyber criminal business model" by making public bodies less attractive targets.

Last year's attack on Synnovis, the pathology company that processes blood tests for hospitals in south-east London, led to thousands of operations and appointments being postponed. The Qilin gang behind it reportedly demanded $50 million and later published patient data online.

Almost three-quarters of people who responded to the consultation supported the ban. Critics warned that it could leave hospitals with no way to restore systems if backups fail.

"A ban only works if organisations can recover without paying," said Hannah Price of a cyber security think tank.

Related
- Qilin publishes data stolen from pathology provider
- British Library refuses ransom demand from Rhysida
- Ambulance trusts on paper after supplier attack

Sign up to our Technology newsletter.

Oliver Grant covers technology policy.`,
  ),
  yes(
    "e10",
    "regulator settlement years later: a settlement sum that is not a ransom, an intrusion 'in December 2013' found in 2015, 'gained access' (no theft stated), malware",
    "Excellus Health Plan to pay $5.1 million over 2015 breach",
    `Excellus Health Plan to pay $5.1 million over 2015 breach

By Rachel Ng | January 15, 2021

Excellus Health Plan, a Blue Cross Blue Shield insurer based in Rochester, New York, has agreed to pay $5.1 million to the Department of Health and Human Services' Office for Civil Rights to settle potential violations of HIPAA.

The settlement concerns a breach the insurer reported in September 2015. Hackers gained access to its network in December 2013 and installed malware, and were not discovered until August 2015. They gained access to the names, addresses, dates of birth, Social Security numbers and clinical information of more than 9.3 million people.

OCR said Excellus had not carried out a thorough risk analysis. Besides the payment, the insurer agreed to a corrective action plan with two years of monitoring.

"Hackers continue to target health care entities," said OCR director Roger Severino.

Related: Premera settles for $6.85 million over 2014 hack`,
    {
      victims: ["Excellus Health Plan"],
      type: "insurer",
      people: 9300000,
      country: "US",
      attacks: ["malware"],
    },
  ),
  yes(
    "e11",
    "whole page: follow-up years later retelling a paid ransom in bitcoin with its dollar value, the network 'went down', staff 'on paper'; the same group's later victims as background",
    "Hancock Health's CEO on why the hospital paid hackers",
    `Rural Health Voices | Leadership

Hancock Health's CEO on why the hospital paid hackers

By Dana Pruitt | Greenfield, Ind. | January 10, 2023

Five years ago this week, Hancock Health paid hackers four bitcoin, then worth about $55,000, to unlock its computer systems. Chief executive Steve Long still gets asked whether it was the right decision.

The attack began late on a Thursday night in January 2018, when attackers behind the SamSam ransomware used a vendor's stolen login to get into the network of the hospital in Greenfield, Indiana, and encrypted thousands of files. The network went down and staff switched to paper for several days while the leadership weighed its options.

"We could have restored from backups, but it would have taken weeks," Long said. "Paying got us running in days." Hancock said at the time that no patient data had been taken.

SamSam's operators went on to hit the city of Atlanta and the health IT company Allscripts. Two Iranian men were indicted in the US in late 2018 over the attacks.

Long says the hospital has since spent heavily on backups and staff training.

Related
- Rural hospitals struggle to afford cyber insurance
- Indiana hospital diverts ambulances after ransomware attack
- LockBit claims attack on Illinois children's hospital

Subscribe to Rural Health Voices.

Dana Pruitt writes about rural hospital leadership.`,
    {
      attackers: ["SamSam"],
      victims: ["Hancock Health"],
      type: "hospital",
      ransom: { status: "paid", amount: 4, currency: "BTC" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  yes(
    "e12",
    "impact paraphrases: 'on divert', ambulances 'taken to other hospitals', records 'unavailable', 'charting by hand', negated cancellation ('will go ahead as planned'); a group's later claim with a volume",
    "Anna Jaques Hospital diverts ambulances on Christmas Day after cyberattack",
    "Anna Jaques Hospital in Newburyport, Massachusetts, went on divert for emergency medical services on Christmas Day after a cybersecurity incident, the hospital said. Patients arriving by ambulance were taken to other hospitals in the area while its electronic health records were unavailable, and clinicians were charting by hand. The emergency department stayed open for walk-in patients, and procedures scheduled for this week will go ahead as planned, a spokesperson said. In January the Money Message gang listed the hospital on its leak site, claiming to have stolen 10GB of data.",
    {
      attackers: ["Money Message"],
      victims: ["Anna Jaques Hospital"],
      type: "hospital",
      volume: 10000000000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  // ---- round 6: written after round 5's fixes, labelled before any run
  yes(
    "f01",
    "tracker row: a versioned group name in lower case, the victim with its domain in brackets, 'countdown expired, files published'",
    "lockbit3: Ernest Health",
    "Leak-site log | lockbit3 | Ernest Health (ernesthealth.com) | US | Sector: Hospitals & rehabilitation | Listed: 2023-02-07 | Status: countdown expired, files published",
    {
      attackers: ["LockBit"],
      victims: ["Ernest Health"],
      type: "hospital",
      country: "US",
      // First labelled data-theft alone; a countdown is a threat to publish, which the guide reads as extortion.
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "f02",
    "non-cyber outage: a telecoms fault takes down the national emergency call line; ambulance services on backup; 'no evidence of a cyber attack'",
    "999 emergency call system fails for hours after BT technical fault",
    "People calling 999 across the UK could not get through for several hours on Sunday after a technical fault at BT, which connects emergency calls to police, fire and ambulance services. Ambulance trusts told the public to use 111 online where possible and switched to a backup system. BT said there was no evidence of a cyber attack and apologised to anyone who had been unable to reach help. The government said it would review what went wrong.",
  ),
  yes(
    "f03",
    "insider: an employee viewed records 'without a business reason'; a count of patients notified; the hospital's own descriptor after the name",
    "Mayo Clinic notifies 1,600 patients after employee snooped on records",
    "Mayo Clinic, the Rochester, Minnesota-based hospital system, is notifying about 1,600 patients that a former employee looked at their medical records without a business reason. The employee viewed names, dates of birth, clinical notes and in some cases photographs, the health system said. Mayo said it had found no evidence that the information was copied or shared, and the employee no longer works there.",
    {
      victims: ["Mayo Clinic"],
      type: "hospital",
      people: 1600,
      country: "US",
      attacks: ["insider"],
    },
  ),
  no(
    "f04",
    "whole page: guidance telling hospitals to rehearse downtime, with every impact word (paper, divert, cancel, offline) told as advice; a past attack and its group as background; related links naming victims",
    "Hospitals should rehearse going back to pen and paper, NHS cyber guidance says",
    `Digital Health Bulletin › Cyber security

Hospitals should rehearse going back to pen and paper, NHS cyber guidance says

By Ruth Okafor | 14 March 2025

NHS trusts should regularly rehearse running their hospitals without computers, including switching to paper records, diverting ambulances and deciding which operations to postpone, according to new guidance on cyber resilience.

The guidance says every trust should keep printed copies of key forms, test its backups at least once a year and plan how clinicians would see test results if pathology systems were taken offline.

"The question is no longer whether a trust will lose its IT, but when," said Dr Imran Shah, a clinical safety officer who helped write the document.

The advice follows several attacks that disrupted NHS care, including the 2024 attack on pathology supplier Synnovis by the Qilin gang, which forced hospitals in London to cancel thousands of appointments.

Trusts are also told to review contracts with suppliers to make sure they report incidents quickly.

Related
- Qilin publishes Synnovis patient data
- Ambulance trust back on paper after supplier attack
- NHS Dumfries and Galloway: data published by INC Ransom

Sign up to the Digital Health Bulletin newsletter.

Ruth Okafor covers NHS technology and cyber security.`,
  ),
  yes(
    "f05",
    "whole page: regulator's settlement years later for a ransomware attack on a billing firm; a settlement sum that is no ransom; a count and a strain named; a 'first' of its kind",
    "Billing firm pays $100,000 in first HIPAA ransomware settlement",
    `HIPAA Compliance Weekly

Billing firm pays $100,000 in first HIPAA ransomware settlement

By Tom Hadley | October 31, 2023

Doctors' Management Services, a Massachusetts medical billing and management company, has agreed to pay $100,000 to settle an investigation by the HHS Office for Civil Rights into a ransomware attack that affected the protected health information of 206,695 people.

According to OCR, attackers first gained access to the company's network in April 2017, but the intrusion was not discovered until December 2018, when GandCrab ransomware was used to encrypt its files. The company filed a breach report in April 2019.

It is the first settlement OCR has reached over a ransomware attack. Besides the payment, Doctors' Management Services agreed to a corrective action plan that includes a new risk analysis.

"Ransomware attacks are becoming more frequent and target the health care system," said OCR director Melanie Fontes Rainer.

Related
- OCR settles with Lafourche Medical Group over phishing attack
- Change Healthcare breach count rises again

Subscribe to HIPAA Compliance Weekly.`,
    {
      attackers: ["GandCrab"],
      victims: ["Doctors' Management Services"],
      people: 206695,
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  yes(
    "f06",
    "impact paraphrases: on 'bypass' (ambulances to other emergency departments), 'rescheduled' electives, 'downtime procedures, including paper charting', a record system 'taken offline as a precaution'; the ED stays open",
    "Tri-City Medical Center on ambulance bypass after cybersecurity attack",
    "Tri-City Medical Center in Oceanside, California, has been placed on bypass after a cybersecurity attack, meaning ambulances are taking patients to other emergency departments in the area. The hospital said its electronic health record system had been taken offline as a precaution and that staff were following downtime procedures, including paper charting. Some elective procedures scheduled for this week have been rescheduled. Its emergency department remains open to patients who arrive on their own, and the hospital said patient care was its priority.",
    {
      victims: ["Tri-City Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  // ---- round 7: written after round 6's fixes (and the session's merged work), labelled before any run
  yes(
    "g01",
    "tracker entry as key-value lines: a lower-case group, the victim's bed count and town in a description, a volume and 'has published a first part'",
    "hive: Tift Regional Medical Center",
    `Victim: Tift Regional Medical Center
Group: hive
Discovered: 2022-08-19
Country: US
Sector: Healthcare
Description: 181-bed hospital in Tifton, Georgia. The group says it exfiltrated 1TB of data, including patient records, employee files and contracts, and has published a first part of it on its leak site.
Website: tiftregional.com`,
    {
      attackers: ["Hive"],
      victims: ["Tift Regional Medical Center"],
      type: "hospital",
      volume: 1000000000000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  yes(
    "g02",
    "whole page: weekly roundup whose healthcare item is third, after a mass-exploitation item and another victim's demand in dollars; 'did not pay' as a refusal; related links naming other groups",
    "The Week in Ransomware - June 16th 2023 - MOVEit fallout widens",
    `The Week in Ransomware - June 16th 2023 - MOVEit fallout widens

By Ellis Carter | June 16, 2023 | 11:48 AM

This week's news is dominated by the Clop gang's mass exploitation of MOVEit Transfer servers, with new organisations confirming data theft almost daily.

Clop began posting the names of victims on its data leak site on Wednesday, including the oil giant Shell and several US universities. The gang says it deleted data belonging to governments, cities and police services, a claim that researchers say cannot be verified.

The BlackCat gang says it stole 80GB of data from Reddit in February and is demanding $4.5 million, along with the withdrawal of the site's planned API pricing changes, in exchange for deleting it.

In healthcare, Richmond University Medical Center on Staten Island confirmed that a cyberattack in May forced staff to work on paper for several weeks. The Rhysida gang has since added the hospital to its leak site, claiming to have stolen 1.2TB of files including patient scans, and published the data after the hospital did not pay.

Finally, US authorities arrested a Russian national in Arizona and charged him with taking part in LockBit attacks on victims in the US, Japan, France and Kenya.

Related articles:
- Clop ransomware claims it breached 130 orgs using GoAnywhere zero-day
- BlackCat ransomware gang behind attack on Reddit
- Rhysida ransomware gang claims attack on Chilean Army

Never miss a story: subscribe to our weekly ransomware newsletter.

Ellis Carter is a reporter covering ransomware, data breaches and cybercrime.`,
    {
      attackers: ["Rhysida"],
      victims: ["Richmond University Medical Center"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      volume: 1200000000000,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: ["paper-records", "data-leaked"],
    },
  ),
  yes(
    "g03",
    "knock-on from a supplier with no health word: a health plan's members' files taken through its vendor's file-transfer appliance; the group 'linked' by security firms; 'its own systems were not breached'",
    "Health Net says members' data exposed in Accellion breach",
    "Health Net, a California health plan owned by Centene, is notifying about 1.2 million members that their information was taken in the hack of a file-sharing service run by its vendor Accellion. Attackers exploited flaws in Accellion's two-decade-old File Transfer Appliance in January and downloaded files that included names, addresses, insurance ID numbers and health information, Health Net said. Security firms have linked the theft to the Clop ransomware gang. Health Net said its own systems were not breached.",
    {
      attackers: ["Clop"],
      victims: ["Health Net", "Accellion"],
      type: "insurer",
      people: 1200000,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  no(
    "g04",
    "whole page: non-cyber shortage (a hurricane floods a drug maker's plant) with impact words ('postponed elective surgeries', 'diverting'); a ransomware attack on a claims processor as background comparison; related links naming victims and groups",
    "Hospitals postpone surgeries as hurricane-hit plant leaves IV fluid in short supply",
    `Health Policy Daily › Supply chain

Hospitals postpone surgeries as hurricane-hit plant leaves IV fluid in short supply

By Naomi Pratt | October 8, 2024

Hospitals across the US have postponed elective surgeries and told staff to switch patients to oral hydration where they can after flooding from Hurricane Helene shut the country's largest maker of intravenous fluids.

Baxter International's North Cove plant in Marion, North Carolina, which makes about 60% of the IV solutions used in US hospitals, was inundated when the North Fork of the Catawba River burst its banks late last month. The company said it had placed customers on allocation and that it hoped to restart production in phases within weeks.

Mass General Brigham said it had postponed some elective procedures that were not time-sensitive, while other health systems said they were diverting fluid stocks to emergency departments and operating theatres.

"This is the most serious supply disruption many of us have seen since the pandemic," said Dr Karen Oduya, a pharmacist who chairs a hospital purchasing group. "For weeks after the Change Healthcare attack in February, pharmacies could not process claims. Now we cannot get the fluids themselves."

The February ransomware attack on Change Healthcare, claimed by the ALPHV/BlackCat gang, left doctors and pharmacies unable to submit claims for weeks; UnitedHealth Group later said it paid a $22 million ransom.

The Food and Drug Administration said it was allowing temporary imports of IV fluids from Baxter plants in other countries.

Related
- Change Healthcare breach count rises to 100 million
- Ascension hospitals on paper after Black Basta attack
- Hurricane Milton: Florida hospitals evacuate patients

Get Health Policy Daily in your inbox every morning: sign up here.

Naomi Pratt covers pharmaceuticals and the hospital supply chain.`,
  ),
  yes(
    "g05",
    "regulator fine years later for an insider's theft: a fine in pounds that is no ransom, a count of customers, records 'offered for sale on the dark web'",
    "Bupa fined £175,000 after employee stole half a million customers' data",
    "The UK's Information Commissioner's Office has fined Bupa Insurance Services £175,000 after an employee copied the personal information of 547,000 customers of its international health insurance business and offered it for sale on the dark web. The staff member used his access to the company's customer relationship system to send the records, including names, dates of birth, email addresses and nationalities, to his personal email account in 2017. The ICO found that Bupa had failed to monitor the system's activity logs for almost three months. The employee was dismissed after the data was spotted on a dark web marketplace.",
    {
      victims: ["Bupa Insurance Services"],
      type: "insurer",
      people: 547000,
      country: "GB",
      attacks: ["insider"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "g06",
    "whole page: vendor-sponsored survey of healthcare organisations with ransom and cost averages, phishing shares, mortality claims; two named background attacks with a cost; related links naming victims",
    "Cyberattacks on hospitals linked to higher patient mortality, survey finds",
    `Threat Research | Reports

Cyberattacks on hospitals linked to higher patient mortality, survey finds

By Raj Patel | October 5, 2023

Almost nine in ten healthcare organisations suffered at least one cyberattack in the past year, and one in five of those hit by the most common types of attack said patient mortality rose as a result, according to a survey of 653 healthcare IT and security professionals by the Ponemon Institute for email security company Proofpoint.

The organisations surveyed reported an average of 40 attacks each over the year. The most expensive single attack cost an average of $4.99 million, including $1.1 million in lost productivity.

Cloud compromise was the most common kind of attack, followed by supply-chain attacks and business email compromise, in which criminals pose as executives or suppliers to divert payments. Phishing emails were the way in for 46% of the ransomware attacks reported.

Among organisations that paid a ransom, the average payment was $995,450, up almost 30% on the previous year. Two-thirds said a ransomware attack had delayed procedures or tests, and more than half said it had led to patients being moved to other facilities.

"Cybersecurity is a patient safety issue," said Ryan Witt, who leads Proofpoint's healthcare practice.

The findings come after a run of disruptive attacks. CommonSpirit Health said its October 2022 ransomware attack cost it about $150 million, and HCA Healthcare said in July that data on 11 million patients had been stolen and offered for sale.

The report recommends training staff to recognise phishing and requiring multi-factor authentication for email and remote access.

Related
- Rhysida claims attack on Prospect Medical Holdings
- McLaren Health Care investigating cyber incident
- Clop's MOVEit campaign reaches hospitals

Subscribe to the Threat Research newsletter for weekly reports.

Raj Patel writes about threat intelligence and security research.`,
  ),
  no(
    "g07",
    "government advisory with no victim: help-desk impersonation, new MFA devices, payments diverted (bec and phishing words told as a threat)",
    "HC3 warns health sector of hackers calling IT help desks",
    "The Health Sector Cybersecurity Coordination Center (HC3) has warned hospitals and other healthcare organisations that attackers are phoning IT help desks while pretending to be employees in finance roles. The callers, who often have the employee's ID and Social Security number, say their phone is broken and ask for a new device to be enrolled for multi-factor authentication. Once in, they change bank details on payer websites so that payments are diverted to accounts they control. HC3 advised help desks to call staff back on a number on file and to require in-person verification for changes to multi-factor devices. It did not name any victims.",
  ),
  no(
    "g08",
    "whole page: regulator settlement years later with a software firm for nonprofits (kind (a)); its customers include 'hospital foundations'; a paid ransom in bitcoin; related links naming healthcare victims",
    "Blackbaud to pay $3 million to settle SEC charges over ransomware disclosures",
    `Compliance Week Wire

Blackbaud to pay $3 million to settle SEC charges over ransomware disclosures

By Jenna Morales | March 9, 2023

Blackbaud, the South Carolina-based maker of fundraising and donor management software, has agreed to pay $3 million to settle Securities and Exchange Commission charges that it misled investors about a 2020 ransomware attack.

The attackers broke into Blackbaud's systems in May 2020 and copied data belonging to more than 13,000 customers, including universities, museums, charities and hospital foundations. Blackbaud paid the attackers 24 bitcoin, then worth about $250,000, in exchange for a promise that the stolen copy would be destroyed.

According to the SEC, Blackbaud announced in July 2020 that the attackers had not taken donors' bank account details or Social Security numbers, although its staff learned within days that they had. The company did not correct the statement until a filing in October.

Blackbaud neither admitted nor denied the findings. It still faces lawsuits from customers and their donors, and settled with 49 state attorneys general for $49.5 million last year.

"Public companies have an obligation to provide shareholders with accurate information," said an SEC official.

Related
- Hospital foundation donors among Blackbaud breach victims
- Clop lists data stolen from health plan
- Rackspace email outage caused by Play ransomware

Sign up for Compliance Week Wire's daily newsletter.

Jenna Morales covers enforcement and corporate disclosure.`,
  ),
  yes(
    "g09",
    "whole page: court ruling years later retelling a hack of a clinic by a named extortion group; 'did not pay' as a refusal; records 'posted' and 'offered for sale'; the group's other targets as background; a state that is also a country's name",
    "Georgia Supreme Court revives patients' lawsuit over Athens Orthopedic hack",
    `Courthouse News Wire | Georgia

Georgia Supreme Court revives patients' lawsuit over Athens Orthopedic hack

By Marcus Bell | ATLANTA | November 26, 2019

Patients whose personal information was stolen in a 2016 hack of Athens Orthopedic Clinic can sue the clinic even though they cannot yet show that anyone has misused their data, the Supreme Court of Georgia ruled on Monday.

The unanimous decision reverses a Court of Appeals ruling that had thrown out the class action, filed by three patients in 2017.

In June 2016 a hacker known as "The Dark Overlord" broke into the clinic's systems using a vendor's login and took the names, addresses, Social Security numbers and medical histories of roughly 200,000 current and former patients. The hacker demanded a ransom in exchange for not publishing the data. When the clinic did not pay, some of the records were posted on Pastebin and others were offered for sale on the dark web.

"When a criminal steals data and puts it up for sale, the risk of identity theft is not speculative," the court wrote.

Lawyers for the clinic had argued that the cost of credit monitoring was not an injury the courts could remedy.

The Dark Overlord went on to target other medical practices, a school district in Montana and the Netflix series Orange Is the New Black, which it leaked after a studio refused to pay. A British member of the group was extradited to the US in 2019.

Related
- Netflix: hacker leaks episodes of Orange Is the New Black
- Montana schools close after hackers send threats
- Ransomware forces Ohio hospital to divert ambulances

Subscribe to Courthouse News Wire's daily briefing.

Marcus Bell covers state courts in Georgia.`,
    {
      attackers: ["The Dark Overlord"],
      victims: ["Athens Orthopedic Clinic"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      people: 200000,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "g10",
    "policy news: a bill setting hospital security standards, an earlier attack's paid ransom and group told as the reason",
    "Senators propose mandatory cybersecurity standards for hospitals",
    "Two US senators have introduced a bill that would require hospitals and other healthcare providers to meet minimum cybersecurity standards and would remove a cap on fines for organisations that break the rules. The Health Infrastructure Security and Accountability Act would also give $800 million to rural and safety-net hospitals to pay for upgrades. The senators cited the February attack on Change Healthcare, in which the ALPHV gang stole patients' data and UnitedHealth Group paid a $22 million ransom, as evidence that voluntary measures had failed. Hospital groups said the penalties would punish victims.",
  ),
  yes(
    "g11",
    "impact paraphrases: 'shut down all of its data systems', phone lines 'not working', care documented 'by hand', patients 'sent to other hospitals', a conditional rescheduling; a group's later claim with a volume",
    "Covenant Health shuts down systems after cyberattack; some patients sent elsewhere",
    'BIDDEFORD, Maine — Covenant Health, a Catholic health system that runs hospitals in Bangor, Lewiston and Biddeford, said it had shut down all of its data systems after a cyberattack was discovered early Monday. Phone lines at several sites were not working, and clinicians were documenting care by hand. Some patients needing imaging and lab work were being sent to other hospitals, while appointments could be rescheduled "depending on how long recovery takes," a spokesperson said. Emergency departments remain open. In June, the Qilin ransomware group claimed the attack on its leak site, saying it had taken 852GB of data.',
    {
      attackers: ["Qilin"],
      victims: ["Covenant Health"],
      type: "hospital",
      volume: 852000000000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "g12",
    "follow-up: a regulator closes its file on an old leak; a research firm's volunteers' details posted after it 'refused to pay'; the gang's pandemic promise as context",
    "No action over Maze leak of vaccine trial volunteers' data, ICO says",
    "The Information Commissioner's Office will take no further action against Hammersmith Medicines Research, the London company that runs clinical trials of new drugs and vaccines, over the publication of its former volunteers' details by the Maze ransomware gang last year. Maze attacked HMR in March 2020, days after promising not to target medical organisations during the pandemic. The company stopped the attack and restored its computers the same day, but it refused to pay, and the gang posted the names, dates of birth and passport details of more than 2,300 former volunteers on its website. \"We have no intention of paying,\" managing director Malcolm Boyce said at the time.",
    {
      attackers: ["Maze"],
      victims: ["Hammersmith Medicines Research"],
      type: "research",
      ransom: { status: "refused", amount: null, currency: null },
      people: 2300,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  // ---- round 8: written after round 7's fixes, labelled before any run
  yes(
    "h01",
    "insider: staff 'allegedly tried to access' a famous patient's records at a private hospital; a regulator 'assessing' a breach report; no count",
    "London Clinic investigates staff over Princess of Wales records",
    "The London Clinic, the private hospital where the Princess of Wales had abdominal surgery in January, has launched an investigation after at least one member of staff allegedly tried to access her medical records. The Information Commissioner's Office said it had received a breach report and was assessing the information, and a health minister said police had been asked to look into the matter. \"There is no place at our hospital for anyone who intentionally breaches the trust of any of our patients or colleagues,\" the clinic's chief executive said.",
    {
      victims: ["The London Clinic"],
      type: "hospital",
      country: "GB",
      attacks: ["insider"],
    },
  ),
  no(
    "h02",
    "vendor statistics: weekly attack counts and a share of healthcare victims on leak sites by named groups, no victim",
    "Weekly cyberattacks on healthcare up 24%, Check Point says",
    "Healthcare organisations faced an average of 1,999 cyberattacks a week in the first quarter, up 24% on a year earlier, according to figures from Check Point Research. The security company said ransomware groups including LockBit and Akira accounted for the largest share of healthcare victims named on leak sites, and that one in every 18 healthcare organisations saw an attempted ransomware attack each week. It urged hospitals to patch VPN appliances quickly and to train staff to spot phishing emails.",
  ),
  yes(
    "h03",
    "whole page: a regulator's fine years later for a lab-software vendor's leak; a fine in euros that is no ransom; 'nearly 500,000'; the labs unnamed; related links naming other victims and groups",
    "CNIL fines Dedalus Biologie €1.5 million over leak of 500,000 patients' data",
    `Santé numérique | Données personnelles

CNIL fines Dedalus Biologie €1.5 million over leak of 500,000 patients' data

By Claire Morel | Paris | 21 April 2022

France's data protection authority, the CNIL, has fined Dedalus Biologie, which sells software used by medical testing laboratories, €1.5 million after the personal data of nearly 500,000 people was stolen and posted on a hacking forum last year.

The file, which circulated on Telegram in February 2021, held names, social security numbers, blood groups and in some cases HIV status and other test results of patients of about 30 laboratories in Brittany, the Loire valley and the Centre region that used Dedalus software.

The CNIL found that the data had been extracted while the company was migrating the laboratories to a new version of its software, and that Dedalus had failed to secure the transfer or to encrypt the data it held.

"The sensitivity of this data called for particular care," the authority said in its decision. Dedalus said it would appeal.

The leak was one of the largest of French health data. Later that year, hospitals in Dax and Villefranche-sur-Saône were hit by ransomware.

Related
- LockBit claims attack on Corbeil-Essonnes hospital
- Vice Society publishes data stolen from Arles hospital
- Hospital in Cannes: LockBit sets deadline

Sign up for our health tech newsletter.

Claire Morel covers health technology and privacy.`,
    {
      victims: ["Dedalus Biologie"],
      type: "health-it-vendor",
      people: 500000,
      country: "FR",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  no(
    "h04",
    "non-healthcare victim with health words (kind (a)): a fitness-tracker maker's ransomware, 'health and fitness data', 'heart rate', a decryption key obtained",
    "Garmin services back online after ransomware attack",
    "Fitness tracker maker Garmin said its Garmin Connect service, which stores users' health and fitness data such as heart rate and sleep, was back online after a ransomware attack encrypted some of its systems and left customers unable to sync their workouts for days. The company said it had no indication that customer data, including payment information, had been accessed. Reports linked the attack to the WastedLocker ransomware, attributed to the Evil Corp group, and said Garmin had obtained a decryption key.",
  ),
  yes(
    "h05",
    "impact paraphrases: 'diverting ambulances to other hospitals', 'shut down its computer network', procedures 'moved to later dates', 'paper forms', an imaging centre 'closed until further notice'; a quoted unknown",
    "Liberty Hospital diverts ambulances after cybersecurity incident",
    'Liberty Hospital in Liberty, Missouri, has been diverting ambulances to other hospitals since Wednesday after what it described as a "cybersecurity incident" that forced it to shut down its computer network. Patients already in the hospital continued to receive care, but some scheduled procedures were moved to later dates and the hospital\'s clinics were seeing patients using paper forms, a spokesperson said. "We do not know yet when the network will be restored," she said. The hospital\'s imaging centre was closed until further notice.',
    {
      victims: ["Liberty Hospital"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records", "services-closed"],
    },
  ),
  no(
    "h06",
    "whole page: blockchain-analytics report on ransom payments, with named healthcare payments and groups as examples; related links naming victims",
    "Ransomware payments fell by a third in 2024, Chainalysis says",
    `Crypto Crime Desk

Ransomware payments fell by a third in 2024, Chainalysis says

By Owen Hart | February 5, 2025

Ransomware gangs collected about $814 million from victims in 2024, down 35% from a record $1.25 billion the year before, according to blockchain analysis firm Chainalysis.

The drop came despite the largest single payment ever recorded: a Fortune 50 company paid the Dark Angels group about $75 million in the spring. In healthcare, Change Healthcare's parent company said it paid $22 million to an ALPHV affiliate in February, only for a second group, RansomHub, to try to extort it again.

Chainalysis said law-enforcement action against LockBit and the collapse of ALPHV left the market fragmented, and that more victims refused to pay. Only about a quarter of victims paid, according to incident-response firm Coveware.

"Victims are increasingly confident they can restore from backups," said Jacqueline Burns Koven, Chainalysis's head of cyber threat intelligence.

Related
- Dark Angels' $75 million payday
- Ascension says patient data stolen in Black Basta attack
- Synnovis: Qilin publishes stolen blood test data

Follow Crypto Crime Desk for more.

Owen Hart writes about cryptocurrency crime.`,
  ),
  // ---- round 9: written after round 8's fixes (and the session's merged work), labelled before any run; new voices
  yes(
    "i01",
    "whole page: a hospital's own press release with an FAQ: 'Was this a ransomware attack?' left unanswered, squads diverted, outpatient appointments cancelled, paper charting, next week's surgeries 'may be moved', a call-centre line, site furniture",
    "SOMC provides update on cyber incident",
    `Southern Ohio Medical Center | Newsroom

Home > About Us > Newsroom > SOMC provides update on cyber incident

SOMC provides update on cyber incident

November 12, 2021

PORTSMOUTH, Ohio — Southern Ohio Medical Center (SOMC) continues to respond to a cyber incident that was discovered early Thursday, November 11. As soon as the incident was identified, we took our systems offline as a precaution and began working with third-party forensic experts and law enforcement.

Patient care continues. Our emergency department remains open to walk-in patients; however, emergency squads are being diverted to other area hospitals until further notice. Outpatient appointments scheduled for Thursday and Friday have been cancelled, and patients will be contacted by their provider's office to reschedule. Our staff are following established downtime procedures, including paper charting.

"We know this is frustrating, and we are grateful to our patients and our community for their patience as our teams work around the clock," said the medical center's president and chief executive.

Frequently asked questions

Was this a ransomware attack?
The investigation is ongoing, and we are not able to share details about the nature of the incident at this time.

Was my personal information affected?
We have not found evidence that patient information was accessed. If that changes, we will notify affected patients directly, as the law requires.

Should I still come to my appointment next week?
Unless you hear from us, please plan to attend. Some surgeries scheduled for next week may be moved if systems are not yet restored.

Can I get my prescription filled?
Yes. Our retail pharmacies are open, although some prescriptions may take longer to process.

Who can I call with questions?
A call centre is open at (740) 555-0142, Monday through Friday, 8 a.m. to 5 p.m.

More news
- SOMC named a Top Workplace for the tenth year
- Flu shot clinics open across Scioto County
- Visitor guidelines updated

Sign up for the SOMC Health & Wellness newsletter.

© 2021 Southern Ohio Medical Center. All rights reserved. | Privacy Policy | Notice of Nondiscrimination`,
    {
      victims: ["Southern Ohio Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "i02",
    "whole page: a hospital board's meeting minutes: numbered agenda items, motions and seconds, the CIO's report of a theft claimed by a group that asked to be paid, 'did not pay', incident costs and an MRI purchase beside it, another hospital's ransomware as background",
    "Minutes of the Regular Meeting of the Board of Directors",
    `MORRIS HOSPITAL & HEALTHCARE CENTERS | Morris, Illinois
Minutes of the Regular Meeting of the Board of Directors
June 27, 2023 | Conference Room A, Education Center

Present: J. Halloran (Chair), R. Ostrowski, T. Nguyen, M. Delacroix, S. Brandt, Dr. A. Patel
Absent: K. Wheeler
Also present: President and CEO; Chief Financial Officer; Chief Information Officer; recording secretary

1. Call to order. The Chair called the meeting to order at 6:02 p.m. A quorum was present.

2. Consent agenda. The minutes of the May 23 meeting were approved as presented (motion Ostrowski, second Nguyen; carried unanimously).

3. Information security incident. The Chief Information Officer reported on the incident first identified on April 23. Unauthorized parties gained access to parts of the hospital's network and copied files containing patient names, addresses, dates of birth, Social Security numbers and, in some cases, medical information. A group calling itself Royal later claimed responsibility on its website and demanded payment in exchange for not publishing the files. The hospital did not pay. No systems were encrypted and patient care was not interrupted. Letters are being mailed to approximately 248,000 individuals, and notice has been given to the Department of Health and Human Services and the Illinois Attorney General. In answer to a question from Dr. Patel, the CFO estimated total incident costs at $1.1 million, of which about $750,000 is expected to be covered by cyber insurance.

4. Discussion. Mr. Brandt noted press reports that St. Margaret's Health in Spring Valley had cited a 2021 ransomware attack among the reasons for closing its hospital there. The CIO said the hospital's backups are kept offline and tested quarterly.

5. Finance report. Operating revenue for May was 2.1% above budget. The board approved the purchase of a 3T MRI system for the Morris campus at a cost not to exceed $2.4 million (motion Delacroix, second Patel; carried).

6. Medical staff report. Credentialing recommendations for four physicians were approved.

7. Executive session. The board went into executive session at 7:15 p.m. to discuss litigation related to the incident and returned to open session at 7:48 p.m. No action was taken.

8. Adjournment. There being no further business, the meeting was adjourned at 7:51 p.m.

Respectfully submitted,
Recording Secretary

Approved by the Board: July 25, 2023`,
    {
      attackers: ["Royal"],
      victims: ["Morris Hospital & Healthcare Centers"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: 248000,
      country: "US",
      attacks: ["data-theft", "extortion"],
    },
  ),
  no(
    "i03",
    "council committee minutes (kind (a)): a borough council's ransomware, its adult social care and public health teams on paper, a cost and a government grant, 'No ransom was paid'",
    "Corporate Resources Scrutiny Committee: minutes",
    `Redcar & Cleveland Borough Council
Corporate Resources Scrutiny Committee
Minutes of the meeting held on 14 January 2021 (remote meeting)

Present: Councillor Hughes (Chair); Councillors Baxter, Dunning, Lanigan, Ovens and Walsh

CR/41 Cyber incident: recovery update
The Chief Executive presented an update on recovery from the cyber attack of 8 February 2020, in which ransomware encrypted about 135 of the council's servers and took its website and most online services offline. Staff in adult social care and children's services had worked from paper records for several weeks, and the council's public health team had been unable to use its case-management system during the first weeks of the COVID-19 pandemic. The total cost of the incident was reported as £10.4 million, of which the government had contributed £3.7 million. No ransom was paid.
Members asked whether residents' data had been stolen. The Chief Executive said the investigation by the National Crime Agency had found no evidence that data had been removed.
RESOLVED that the update be noted.

CR/42 Council Tax Support Scheme 2021/22
The committee considered the proposed scheme and recommended it to Cabinet without amendment.

CR/43 Date of next meeting
11 March 2021, 2 p.m.`,
  ),
  yes(
    "i04",
    "a staff member's Reddit account retold by a local paper: quoted first-person impact, a demand told in words ('four bitcoins') and its dollar worth, a phishing email, 'internal state of emergency', restored from backups without paying",
    "Worker's online post sheds light on ransomware attack at Henderson hospital",
    `HENDERSON, Ky. — A post on the discussion site Reddit, written by someone who said they worked in IT at Methodist Hospital, has given a rare look at what staff went through after ransomware hit the hospital last week.

"Every workstation got wiped and reimaged, one floor at a time. Nurses were charting on paper for three days and the lab was walking results up to the floors," the user wrote in a thread that has since been deleted. The user said the attackers had asked for four bitcoins to unlock the files and that "nobody upstairs was ever going to pay."

The hospital confirmed the broad outline on Monday. A spokesman said the malware arrived in a phishing email and spread through the network, prompting the hospital to declare an "internal state of emergency" and shut down its computer systems. He said the demand, worth about $1,600, had not been paid and that the files had been restored from backups. The hospital has not said whether any patient information was accessed.`,
    {
      victims: ["Methodist Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: 4, currency: "BTC" },
      country: "US",
      attacks: ["ransomware", "phishing"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  yes(
    "i05",
    "whole page: a podcast transcript with timestamps and speaker names: a hospital says it paid (no sum, no group), a patient count, systems down for days; a 2016 payment in bitcoin by another hospital as background; an ad read and show notes",
    "Breach Notes, Episode 57: 'We paid, and here's why'",
    `Breach Notes | Episode 57: "We paid, and here's why"
Transcript (automatically generated, lightly edited)

[00:00:00] MAYA ORTIZ: Welcome back to Breach Notes. I'm Maya Ortiz.
[00:00:04] BEN CALLOWAY: And I'm Ben Calloway.
[00:00:06] MAYA: This week, a community hospital in Massachusetts that did something most hospitals won't admit to. Sturdy Memorial Hospital in Attleboro says it paid a ransom after a cyberattack in February.
[00:00:19] BEN: Right. They've put out a notice. The attackers got into their systems, took some data, encrypted files and threatened to release what they had taken. And the hospital says, quote, it "made the difficult decision" to pay, to get the key and assurances that the data would be deleted.
[00:00:38] MAYA: Did they say how much?
[00:00:40] BEN: No. No amount, no group name. What they did say is that about 57,000 patients are being notified.
[00:00:49] MAYA: And this isn't a huge health system. It's one hospital.
[00:00:55] BEN: Which is kind of the point. Remember Hollywood Presbyterian paid 40 bitcoin back in 2016, around $17,000, and that was the first time a lot of people had heard the word ransomware at all.
[00:01:06] MAYA: Quick break.
[00:01:08] [AD] This episode is brought to you by VaultLine: backups your ransomware can't touch. Visit vaultline dot example for a free trial.
[00:01:25] MAYA: We're back. Ben, what about patients? Was care affected?
[00:01:29] BEN: The hospital says there was no disruption to patient care. Some systems were down for a few days and have since been restored.
[00:01:37] MAYA: And the regulators?
[00:01:39] BEN: They've reported it to HHS and to the state attorney general, which is how we know the number.
[00:01:46] MAYA: That's it for this week. If you like the show, subscribe wherever you get your podcasts.

Show notes
- Sturdy Memorial Hospital's notice to patients
- Episode 56: LockBit's leak site, explained
- Get our newsletter: breachnotes.example/subscribe`,
    {
      victims: ["Sturdy Memorial Hospital"],
      type: "hospital",
      ransom: { status: "paid", amount: null, currency: null },
      people: 57000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  yes(
    "i06",
    "translated wire item with odd punctuation: a headline in capitals, spaces before colons and commas, guillemets, '--' dashes; paper, planned operations postponed, ambulances diverted, 'the attackers have not yet made any demand'; another hospital's attack in the same country as background",
    "CZECH - HOSPITAL / CYBER ATTACK : OSTRAVA UNIVERSITY HOSPITAL SHUTS DOWN COMPUTERS , PLANNED OPERATIONS POSTPONED ( UPDATE 1 )",
    `CZECH - HOSPITAL / CYBER ATTACK : OSTRAVA UNIVERSITY HOSPITAL SHUTS DOWN COMPUTERS , PLANNED OPERATIONS POSTPONED ( UPDATE 1 )

OSTRAVA , Sept 26 ( Wire ) -- The University Hospital Ostrava in the east of the Czech Republic switched off its computer network on Saturday after ransomware began encrypting its servers , the hospital's director told reporters .

« We are working with paper documentation and the telephone » , he said , adding that planned operations had been postponed and that ambulances with new patients were being sent to other hospitals in the Moravian-Silesian region until further notice .

The National Cyber and Information Security Agency ( NUKIB ) said its experts were on site . The attackers have not yet made any demand , a spokeswoman for the hospital said .

In March , a cyber attack on Brno University Hospital forced it to postpone operations and shut down its computers for several weeks .

-- Reporting by the Prague bureau ; editing by the Europe desk --
(( Translated from the Czech service ))`,
    {
      victims: ["University Hospital Ostrava"],
      type: "hospital",
      country: "CZ",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  no(
    "i07",
    "whole page: an op-ed by a physician that mentions incidents in passing (a paid ransom, postponed operations, weeks on paper) to argue for a bill; author note, 'More in Opinion', newsletter",
    "Hospitals can't buy their way out of ransomware. Congress has to help",
    `Opinion | Health care

Hospitals can't buy their way out of ransomware. Congress has to help

By Elaine Marchetti
Dr. Marchetti is an emergency physician in Ohio and a former chief medical information officer of a regional health system.

When the computers go dark in an emergency department, you learn quickly how much of medicine lives on a screen. Orders, allergies, the last set of vital signs, the scan that was done an hour ago: all of it disappears, and you are back to whiteboards and carbon paper.

I have worked through two long downtimes in my career. Neither made the news. Most don't.

The ones that do make the news are getting worse. Last year an attack on Change Healthcare held up prescriptions and payments for doctors across the country, and its parent company paid the criminals $22 million. In London, an attack on a pathology company forced hospitals to postpone thousands of operations and appointments. In Chicago, Lurie Children's Hospital spent weeks on paper.

Hospitals are told to do better, and many are trying. But a rural hospital with a two-person IT department cannot buy its way to safety, and it cannot outspend a criminal gang that earns millions from a single payment.

That is why Congress should pass the bipartisan bill now before the Senate, which would pay for basic protections at small and safety-net hospitals and set minimum standards for everyone else. Standards without money would punish the hospitals least able to comply; money without standards would be wasted.

We require hospitals to have generators because we know the power will fail one day. We should think about our networks the same way.

The views expressed are the author's own.

More in Opinion
- Why the FDA should regulate hospital software
- Letters: Rural hospitals need more than grants
- Editorial: The nurse shortage is a policy choice

Get the Opinion newsletter in your inbox every weekday.`,
  ),
  yes(
    "i08",
    "a trade-press item with a correction notice that withdraws an earlier 'ransomware attack' and an earlier count ('1 million'; 'the correct figure is 100,487'); phishing of email accounts, no encryption",
    "Elara Caring says phishing attack exposed data of 100,000 patients",
    `Elara Caring says phishing attack exposed data of 100,000 patients

Correction appended

Elara Caring, a Dallas, Texas-based provider of home health and hospice care, is notifying 100,487 patients that their information may have been exposed after an unauthorized party gained access to several employees' email accounts through a phishing campaign.

The company said it discovered the intrusion on Dec. 11, 2020, and that the accounts held names, dates of birth, Social Security numbers and medical and insurance information. It said it had found no evidence that the information had been misused.

Elara, which serves patients in 17 states, said it had reset passwords and added multi-factor authentication to its email system.

Correction: An earlier version of this article said Elara Caring had been hit by a ransomware attack. The company said the incident was limited to email accounts and that no systems were encrypted. An earlier version also gave the number of patients notified as 1 million; the correct figure is 100,487.`,
    {
      victims: ["Elara Caring"],
      type: "care-home",
      people: 100487,
      country: "US",
      attacks: ["phishing"],
    },
  ),
  yes(
    "i09",
    "a hospital's numbered social-media thread retold with its post numbers ('1/5'), translated: a demand of '$50,000 in bitcoin', emergency care 'maintained', paper, some surgery postponed, a hashtag line",
    "Oloron hospital's posts on the cyber attack",
    `Posts by the Centre hospitalier d'Oloron-Sainte-Marie (@CH_Oloron), a public hospital in south-west France, translated from French, 9 March 2021:

1/5 Since Monday evening our hospital has been the victim of a cyber attack of the ransomware type. All of our computer systems have been shut down to contain it.

2/5 Emergency care is maintained. Staff are working with paper files and, where possible, with telephones and fax.

3/5 Some scheduled surgery has been postponed. Patients concerned will be called directly by the department.

4/5 The attackers have demanded a ransom of $50,000 in bitcoin. In line with government guidance, the hospital will not pay. A complaint has been filed and the national cyber security agency ANSSI is on site.

5/5 We thank our teams for their extraordinary commitment. #cyberattaque #Béarn #PyrénéesAtlantiques`,
    {
      victims: ["Centre hospitalier d'Oloron-Sainte-Marie"],
      type: "hospital",
      ransom: { status: "refused", amount: 50000, currency: "USD" },
      country: "FR",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "systems-offline", "paper-records"],
    },
  ),
  yes(
    "i10",
    "trade-press Q&A with a hospital CIO retelling a ransomware attack: 'Q:'/'A:' turns, 'Did you pay?' answered 'I can't talk about that', procedures postponed, downtime on paper, another hospital's advice as background",
    "Inside GBMC's ransomware recovery: a Q&A with its CIO",
    `Inside GBMC's ransomware recovery: a Q&A with its CIO

Greater Baltimore Medical Center in Towson, Maryland, was hit by ransomware on Dec. 6, 2020. We spoke with its chief information officer about the first weeks.

Q: What happened that Sunday morning?
A: Our security tools flagged unusual activity around 4 a.m. By 6 we could see servers being encrypted, and we made the call to take the whole network down. Every system, including the electronic health record, went dark.

Q: How did clinicians cope?
A: We had rehearsed downtime, so paper order sets and paper charts came out of the cabinets within the hour. Some elective procedures were postponed for the first few days, but the emergency department stayed open the whole time.

Q: Did you pay?
A: I can't talk about that. What I can say is that we rebuilt most systems from backups.

Q: Was patient data taken?
A: The investigation is still going on, and we will notify anyone affected.

Q: What would you tell other CIOs?
A: Practise downtime for real. When I called a colleague who had been through an attack at another hospital, the first thing she said was: make sure your paper forms are current.`,
    {
      victims: ["Greater Baltimore Medical Center"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "systems-offline", "paper-records"],
    },
  ),
];

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
];

// Unseen bank of whole real pages and hard cases (q-pages): dev articles told again as the page a scraper hands us
// (menus, breadcrumbs, bylines and datelines, captions, "Related" / "Most read" / "Read more" lists naming OTHER
// incidents, groups and hospitals, tag lists, author bios, newsletter and cookie boxes, comment threads, editor's
// notes, press-release "About" boilerplate), tracker posts in leak-site style, and hard negatives (a school or council
// hit with a knock-on to health services, healthcare news that is no cyber incident, advice pieces, surveys, vendor
// reports and advisories that name groups and sectors, a roundup that names a healthcare incident only as an example).
// `qp-rw-<devid>` cases keep the dev record's facts, names, figures and hedges (labels copied from it, adjusted only
// where the retelling drops a fact); every other organisation, person and figure is made up. Labels follow
// ../shared/eval/README.md. Each round was written in full before the extractor was run on it.
import { type BankCase, notRelevantCases, type Want } from "./unseen-shapes-bank";

const none = { status: "not-mentioned" as const, amount: null, currency: null };

/** A relevant page: no attacker, ransom, numbers or impact unless given. */
const qp = (id: string, shape: string, title: string, text: string, want: Omit<Want, "relevant">): BankCase => ({
  id: `qp-${id}`,
  shape,
  title,
  text,
  want: { relevant: true, attackers: [], ransom: none, people: null, volume: null, impact: [], ...want },
});

/** A page labelled not relevant (only relevance is scored there). */
const qpNo = notRelevantCases("qp-");

// ---------------------------------------------------------------- round 1
const ROUND_1: BankCase[] = [
  qp(
    "rw-a017",
    "compliance site page: tagline, lead about another victim, checklist box, 'Related' list of other gangs",
    "Maze publishes MDLab research files after talks stall",
    `HIPAA Compliance News | Breach News | Ransomware | Checklist

Maze publishes MDLab research files after talks stall

Posted By Compliance Desk on Jan 14, 2020

The Maze gang has again shown that it means what it says when a victim will not pay. Last month a Georgia cable maker, Southwire, turned down a demand of 200 BTC and part of its data went online; the firm took the gang and its hosting provider to court, won, and watched the site come back days later with a new host.

The newest name on that site is Medical Diagnostic Laboratories (MDLab), a New Jersey company. According to the Maze Team, MD Lab was attacked on December 2, 2019 and 231 workstations were encrypted. The lab contacted the gang but negotiations went nowhere and it paid nothing.

After that the gang put out 9.5GB of MD Lab's private research data, including immunology research, and advertised the stolen files on a hacking forum to restart talks. Bleeping Computer says 100GB of data was taken in all. Maze wants 100 BTC ($832,880) for the decryption keys and a further 100 BTC to delete what it holds.

Download The Checklist
Free, Instant Access
HIPAA Compliance Checklist
We Respect Your Privacy

Related posts
Sodinokibi gang leaks files of Texas eye clinic after $1.5m demand ignored
Ryuk attack forces Alabama hospitals to turn away ambulances
DoppelPaymer posts data from Mexican state oil company`,
    {
      attackers: ["Maze"],
      victims: ["Medical Diagnostic Laboratories (MDLab)"],
      type: "laboratory",
      ransom: { status: "demanded-amount", amount: 100, currency: "BTC" },
      volume: 100e9,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  qp(
    "rw-a022",
    "advisory-led page: joint warning first, one named victim as the example, tag list, 'Most read'",
    "FBI, CISA and HHS warn hospitals about Daixin Team",
    `Home > Threats > Ransomware

FBI, CISA and HHS warn hospitals about Daixin Team

By Staff Writer | October 24, 2022 | 4 min read

A joint advisory from the FBI, CISA and the Department of Health and Human Services says a criminal crew calling itself the Daixin Team has been going after healthcare and public health organisations since at least June 2022, encrypting servers that run electronic health records and diagnostics and stealing patient data to squeeze victims into paying.

The clearest example came on September 1, 2022, when the gang hit OakBend Medical Center. Daixin said it walked off with roughly 3.5GB of data, more than a million records on patients and staff, with names, birth dates, Social Security numbers and appointment details. DataBreaches.net reported that the records were later published on the gang's leak site.

OakBend has since warned patients that strangers had been emailing them about the incident, and it is offering 18 months of free credit monitoring.

Tags: Daixin Team, ransomware, healthcare, CISA, HHS

Most read
1. Hive affiliate claims attack on Costa Rica's social security fund
2. LockBit says it hit a children's hospital in Toronto, then apologises
3. Five ways to harden your VPN before the holidays`,
    {
      attackers: ["Daixin Team"],
      victims: ["OakBend Medical Center"],
      type: "hospital",
      volume: 3.5e9,
      people: 1000000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  qp(
    "rw-a087",
    "local TV page: dateline, phishing, 'Most read' naming other hospitals, comments",
    "Michigan Medicine notifies 33,850 patients after phishing attack",
    `News | Weather | Traffic | Sports | Watch Live

ANN ARBOR, Mich. (CBS DETROIT) - About 33,850 patients are getting letters from Michigan Medicine because employee email accounts that were broken into may have exposed some of their health information.

The health system says four employees clicked a link in a phishing email sent between Aug. 15 and 22, entered their Michigan Medicine login details and then approved multifactor prompts they should have rejected, which let the attacker into their mailboxes.

Michigan Medicine found the compromised accounts on Aug. 23 and shut them down straight away. Nothing in its investigation suggested the attacker was after patient records, it said, though it could not rule out that data was taken. The emails held names, addresses, birth dates, diagnosis and treatment details and insurance information, but no card or bank numbers. Letters are going out between Oct. 19 and 26.

Most Read
Detroit hospital diverts ambulances after power failure
Ransomware gang leaks records from Flint dental chain
Lions hold on to beat Packers in overtime

Comments (3)
GreatLakesGal: My mother got one of these letters last week.
mjs1987: Same thing happened at my clinic in Lansing and they paid the hackers.`,
    {
      victims: ["Michigan Medicine"],
      type: "hospital",
      people: 33850,
      country: "US",
      attacks: ["phishing"],
    },
  ),
  qp(
    "rw-a095",
    "trade-press page: 29 patients, author bio, 'From around the web' about isotopes",
    "Northeast Radiology says hackers reached its PACS",
    `Health Imaging | Radiology | Cybersecurity

Northeast Radiology says hackers reached its PACS

Brewster, New York-based Northeast Radiology announced on March 11 that "unauthorized individuals" had broken into its picture archiving and communication system and may have seen patients' personal details.

A forensic security firm has finished its investigation, the imaging provider said, with help from its healthcare management company, Alliance HealthCare Services. The data of 29 patients was accessed; the chain says it knows of no fraud or identity theft so far and is writing to everyone affected.

The exposed details may include names, dates of birth, exam descriptions, images and medical record numbers.

Matt Oldbury joined the imaging team in 2018 after two years on the hospital beat. He likes documentaries and strong coffee.

From around the web
With the sidelined reactor back online, the shortage of molybdenum-99 may be over.
Three hospitals in Ohio adopt AI triage for chest CT.`,
    {
      victims: ["Northeast Radiology"],
      type: "imaging",
      people: 29,
      country: "US",
      attacks: ["unknown"],
    },
  ),
  qp(
    "rw-b104",
    "public radio page: photo credit, ransom paid in bitcoin, editor's update note at the end",
    "Greenfield hospital paid hackers four bitcoins to unlock its files",
    `January 16, 2018

Greenfield hospital paid hackers four bitcoins to unlock its files

Photo: Hancock Regional Hospital in Greenfield. (Courtesy Hancock Regional Health)

Leaders of Hancock Health handed over the ransom that an unknown group demanded, four bitcoins worth roughly $55,000, to get back data files that were encrypted on Thursday night, hospital representatives said. Patient safety was never at risk, officials said.

Chief executive Steve Long said the hospital was in "a very precarious situation", with an ice storm under way and a severe flu season, and chose to pay rather than restore from backups so it could get back to full operation sooner. Its life-support systems were not affected.

Investigators from an Indianapolis security firm found the attackers came in through a vendor's administrative account and used the SamSam ransomware. Officials said they do not believe any patient data left the network.

Update, Jan. 17: An earlier version of this story said the hospital paid about $50,000. It has been corrected.

Read next
Indianapolis school district says it will not pay hackers
Fort Wayne clinic restores systems after weekend ransomware attack`,
    {
      attackers: ["SamSam"],
      victims: ["Hancock Health"],
      type: "hospital",
      ransom: { status: "paid", amount: 4, currency: "BTC" },
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  qp(
    "rw-b115",
    "local news page: question subheads, bulleted locations, CISA explainer, newsletter box",
    "Akumin shuts Central Florida imaging sites after ransomware attack",
    `Local | Florida | Health

Akumin shuts Central Florida imaging sites after ransomware attack

Posted 5:12 PM, Oct 18, 2023

A ransomware attack has shut down Akumin, a diagnostic imaging company headquartered in Broward County, and several of its Central Florida locations closed with it. The company said a hacker reached personal patient data earlier this month.

What is ransomware?
CISA describes ransomware as an attack that encrypts files so their owners cannot use them until they pay for a key. Hospitals are frequent targets, the agency says.

Which offices closed?
The outpatient radiology and oncology provider said Tuesday it was temporarily shutting services across the state, including seven in Central Florida:
- Orlando, 7960 Forest City Road
- Deltona, 1555 Saxon Boulevard
- Kissimmee, 1503 W. Oak Street

Can I get my old scans?
Some imaging results may not be available while systems are brought back on differing timelines, Akumin said.

Sign up for our Health Alerts newsletter and never miss a story.`,
    {
      victims: ["Akumin"],
      type: "imaging",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  qp(
    "rw-b228",
    "trade press page: outpatient appointments cancelled, poll, HC3 background on another group, promo",
    "Wirral University Teaching Hospital declares major incident over cyber security",
    `News, NHS trust

Wirral University Teaching Hospital declares major incident over cyber security

Wirral University Teaching Hospital has declared an ongoing "major incident" for "cyber security reasons". A spokesperson said all of today's outpatient appointments have been cancelled and asked people to stay away from A&E unless it is a genuine emergency. The trust said patients would be contacted to rearrange and that business continuity plans are in place.

The trust also asked followers on X to consider NHS 111, a GP, a pharmacy or a walk-in centre instead.

Cyber security across the NHS
On LinkedIn we asked readers what the top priority for health and care cyber security should be; funding and mandating supplier compliance tied at 34 percent.

Last month HC3 warned providers about the Trinity ransomware group and its interest in patient data.

Don't miss out! Register now for the HTN cyber security event.`,
    {
      victims: ["Wirral University Teaching Hospital"],
      type: "hospital",
      country: "GB",
      attacks: ["unknown"],
      impact: ["appointments-cancelled"],
    },
  ),
  qp(
    "rw-b302",
    "tech tabloid page: standfirst, DDoS on hospital sites, Killnet background claims",
    "Anonymous Sudan knocks Danish hospital websites offline for a few hours",
    `This article is more than 1 year old

Anonymous Sudan knocks Danish hospital websites offline for a few hours

Patients were pointed to a page of phone numbers; nothing else broke

The websites of nine hospitals run by Region H, Copenhagen's health authority, went offline for several hours on Sunday under a distributed-denial-of-service flood. The authority said on Twitter that its other digital systems were not affected, and later that all nine sites were back.

Anonymous Sudan claimed the attack on its Telegram channel, saying Danish hospitals were targeted over the burning of a Quran.

Researchers believe the group is Russian and close to Killnet, which last year urged pro-Kremlin hackers to flood German government websites. Last month Anonymous Sudan also claimed DDoS attacks on German ministries.

Read more: Killnet claims outage at Lithuanian energy firm`,
    {
      attackers: ["Anonymous Sudan"],
      victims: ["Region H"],
      type: "hospital",
      country: "DK",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  qp(
    "rw-a051",
    "trade-press page: doing-business-as names, law firm announcement, long author bio",
    "Tennessee imaging group reports breach of 569,000 patients",
    `Radiology Business

Tennessee imaging group reports breach of 569,000 patients

A Chattanooga radiology practice says a cyberattack detected on Oct. 21 exposed information on 569,000 patients.

Plaza Radiology, which does business as Chattanooga Imaging, told the HHS Office for Civil Rights on Dec. 20. A Jan. 23 announcement from the law firm Console & Associates said the practice had confirmed an unauthorized party accessed files containing Social Security numbers. The group runs six locations in Tennessee and Georgia and says it has no reports of misuse.

Marty Stenwick
A healthcare reporter since 2012, Marty's byline has appeared in several trade titles. He previously covered village government in Oak Park, Illinois, and won a Peter Lisagor award in 2017.`,
    {
      victims: ["Plaza Radiology", "Chattanooga Imaging"],
      type: "imaging",
      people: 569000,
      country: "US",
      attacks: ["unknown"],
    },
  ),
  qp(
    "rw-a061",
    "bank-security page: category breadcrumb, caption, two clinics, gang's total victim count",
    "Two clinics tell 700,000 patients of suspected BianLian hacks",
    `Fraud Management & Cybercrime, Data Breach Notification

Two clinics tell 700,000 patients of suspected BianLian hacks

Goshen Medical Center runs 38 locations in Eastern North Carolina. (Image: Goshen)

Two US healthcare providers, one in North Carolina and one in Florida, are notifying more than 700,000 patients that their health information was stolen in separate attacks earlier this year. Both had been posted on the leak site of BianLian, a ransomware group now believed to be dormant.

Goshen Medical Center, a federally qualified health center, told regulators on September 17 that nearly 456,400 people were affected. Medical Associates of Brevard, in Melbourne, Florida, reported about 247,000 patients on September 5.

Ransomware.live counts 553 BianLian victims since mid-2022. In March an FBI advisory warned executives about fake letters that used the BianLian name to ask for $250,000 to $500,000.`,
    {
      attackers: ["BianLian"],
      victims: ["Goshen Medical Center", "Medical Associates of Brevard"],
      type: "primary-care",
      people: 700000,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  qp(
    "rw-a084",
    "tech blog page: subheads, three named hospitals, paper cards, data-theft hedge, related list",
    "Hive ransomware hits Ohio's Memorial Health System",
    `Security | Ransomware | Healthcare

Hive ransomware hits Ohio's Memorial Health System

Staff at the nonprofit Memorial Health System are working with paper charts after its computers were encrypted early on Sunday in what appears to be a Hive ransomware attack.

The system runs three hospitals in Ohio and West Virginia: Marietta Memorial Hospital, Selby General Hospital and Sistersville General Hospital.

Surgeries called off
The attack disrupted clinical and financial operations, and urgent surgeries and radiology exams scheduled for Monday were cancelled.

Patient data probably taken
BleepingComputer has seen evidence that the attackers took databases holding information on 200,000 patients, including Social Security numbers.

Related
Conti leaks data stolen from Irish health service
FBI warns of Hive attacks on manufacturers`,
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
      impact: ["operations-cancelled", "appointments-cancelled", "paper-records"],
    },
  ),
  qp(
    "rw-b116",
    "compliance blog page: category tag as first line, SEC filing, lab specimens delayed",
    "Enzo Biochem discloses ransomware attack in SEC filing",
    `laboratory testing

Enzo Biochem discloses ransomware attack in SEC filing

Enzo Biochem, a New York life sciences and clinical laboratory company, has told the Securities and Exchange Commission that hackers broke into its network in April and stole clinical test information on 2,470,000 individuals, along with approximately 600,000 Social Security numbers.

After discovering the ransomware attack on April 11, Enzo kept operating by disconnecting its systems from the internet, although backup procedures held up the processing of lab specimens.

Enzo is subject to HIPAA
Its clinical lab arm, Enzo Clinical Labs, deals directly with patients.

Share this post: Facebook | LinkedIn | Email`,
    {
      victims: ["Enzo Biochem"],
      type: "laboratory",
      people: 2470000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline"],
    },
  ),
  qp(
    "rw-b234",
    "syndicated wire page: source line and timestamp above, printers spitting notes, refusal",
    "Japanese town hospital stopped taking new patients for two months after ransomware",
    `RT.com
26 Jan 2022, 13:42 GMT+10

Japanese town hospital stopped taking new patients for two months after ransomware

Ransomware struck the municipal Handa Hospital in Tsurugi, western Japan, at the end of October, when its printers began churning out an English message saying the electronic records of about 85,000 patients had been stolen and encrypted. The attackers threatened to publish the records unless a ransom was paid.

The hospital refused and says the records have not been published. With no way to calculate fees and no paper copies of records, staff went back to paper-based records and the hospital stopped accepting new patients until normal operations resumed on January 4.

More from this publisher
Tokyo clinic fined over lost USB stick
Osaka hospital restores systems after LockBit attack`,
    {
      victims: ["Handa Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: 85000,
      country: "JP",
      attacks: ["ransomware", "data-theft", "extortion"],
      // The retelling keeps no sentence saying the systems could not be used (the dev text's "could not check").
      impact: ["paper-records", "services-closed"],
    },
  ),
  qp(
    "rw-b345",
    "security-vendor aggregator page: 'Sources say X (a Medical organization in Y)' lead, quoted excerpts, vendor blurb",
    "Sources say Fred Hutchinson Cancer Center (a Medical organization in Washington) was hit by a cyber attack.",
    `Sources say Fred Hutchinson Cancer Center (a Medical organization in Washington) was hit by a cyber attack. First reported on 2023-12-15.
Seattle cancer center confirms cyberattack after ransomware gang threats
"The Hunters International ransomware group added the Fred Hutchinson Cancer Center to its leak site on Friday morning, saying it had stolen 533 GB of data. The group was reportedly extorting individual patients as well."
"An earlier statement on December 1 said the center had to 'quarantine' servers and take its clinical network offline after discovering the attack."
Protecting Our Nation's Critical Infrastructure
Our mission is to cyber-protect 9-1-1 centers and utilities. Contact us for a free assessment.`,
    {
      attackers: ["Hunters International"],
      victims: ["Fred Hutchinson Cancer Center"],
      type: "clinic",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 533e9,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  // ------------------------------------------------------------ tracker posts
  qp(
    "tracker-new-victim-hospital",
    "tracker post: 'has just published a new victim' with a country code, group description after",
    "RansomHub has just published a new victim : Ashcombe Valley Hospital (US)",
    `RansomHub has just published a new victim : Ashcombe Valley Hospital (US)

Victim: Ashcombe Valley Hospital
Country: US
Sector: Healthcare
Discovered: 2026-03-02 14:10
Description: Ashcombe Valley Hospital is a 120-bed acute care hospital in Nebraska.

About the group: RansomHub is a ransomware-as-a-service operation that has claimed hundreds of victims since early 2024.`,
    {
      attackers: ["RansomHub"],
      victims: ["Ashcombe Valley Hospital"],
      type: "hospital",
      country: "US",
    },
  ),
  qpNo(
    "tracker-new-victim-logistics",
    "tracker post: same format, a freight company victim (not healthcare)",
    "Akira has just published a new victim : Brantwell Freight Lines (CA)",
    `Akira has just published a new victim : Brantwell Freight Lines (CA)

Victim: Brantwell Freight Lines
Country: CA
Sector: Transportation/Logistics
Discovered: 2026-03-04 09:55
Description: Brantwell Freight Lines is a trucking company based in Ontario. The group says it took 80GB of files including driver records.`,
  ),
  qp(
    "tracker-daily-list",
    "tracker daily list: four new leak-site posts, one a dental group",
    "Ransomware leak sites: new victims posted on 9 April",
    `Ransomware leak sites: new victims posted on 9 April

- Play: Corvell Plastics (DE), manufacturing
- Lynx: Harmon & Reeve LLP (US), legal
- Medusa: Sunbury Dental Partners (AU), healthcare; the group asks $400,000 and shows a countdown of 8 days
- BlackSuit: Ostrava Logistik (CZ), transport

Data is collected automatically from the groups' leak sites and has not been verified.`,
    {
      attackers: ["Medusa"],
      victims: ["Sunbury Dental Partners"],
      type: "dental",
      ransom: { status: "demanded-amount", amount: 400000, currency: "USD" },
      country: "AU",
    },
  ),
  qp(
    "tracker-headline-gp-demand",
    "tracker-style headline with the group and the sum, short body",
    "Kirkhaven GP surgeries hit by Akira, £250,000 demanded",
    `Kirkhaven GP surgeries hit by Akira, £250,000 demanded

The Akira gang has listed Kirkhaven Medical Practice, which runs three GP surgeries in Fife, on its leak site and says it took 40GB of patient and staff files. The group is asking £250,000. The practice has not responded to requests for comment.`,
    {
      attackers: ["Akira"],
      victims: ["Kirkhaven Medical Practice"],
      type: "primary-care",
      ransom: { status: "demanded-amount", amount: 250000, currency: "GBP" },
      volume: 40e9,
      country: "GB",
    },
  ),
  qp(
    "tracker-claim-pharma",
    "leak-site claim write-up: 'claims to have' a drug maker, data size, proof screenshots, earlier victims of the gang",
    "Rhysida claims attack on Indian drugmaker Veltrona Pharma",
    `Threat intel | Dark web monitor

Rhysida claims attack on Indian drugmaker Veltrona Pharma

The Rhysida ransomware group claims to have breached Veltrona Pharmaceuticals, a generic drug manufacturer based in Ahmedabad, and says it holds 1.2 TB of research and employee data. Screenshots of passports and lab reports were posted as proof. The gang has given the company seven days to pay.

Veltrona has not confirmed the claim.

Rhysida's earlier victims include a Chilean army network and a London library.`,
    {
      attackers: ["Rhysida"],
      victims: ["Veltrona Pharmaceuticals"],
      type: "pharma-medtech",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 1.2e12,
      country: "IN",
      attacks: ["data-theft", "extortion"],
    },
  ),
  // ------------------------------------------------------------ hard negatives
  qpNo(
    "school-knock-on-clinic",
    "school district attack with a knock-on to its school-based health clinics",
    "Ridgewater school district hit by ransomware; school clinics switch to paper",
    `Education | Local

Ridgewater school district hit by ransomware; school clinics switch to paper

The Ridgewater Unified School District said a ransomware attack encrypted its servers on Monday. Classes continue, but the district's five school-based health clinics, run with the county health department, are taking appointments by phone and using paper forms until systems return. The Vice Society gang has claimed the attack and posted student records.

Related: County hospital opens new maternity wing`,
  ),
  qpNo(
    "council-knock-on-social-care",
    "council cyber attack with adult social care and care-home payments hit",
    "Cyber attack on Bramwell council delays care home payments",
    `Bramwell Borough Council says a cyber attack last week has taken its case management system offline, delaying payments to care homes and home-care agencies and slowing adult social care assessments. Hospital discharges to care homes have been slower as a result, the local NHS trust said. The council has not said whether a ransom was demanded.

More on this story
Hackers hit neighbouring council's parking system`,
  ),
  qpNo(
    "hospital-outage-not-cyber",
    "hospital IT outage explicitly not a cyber attack",
    "Ferncastle hospital cancels clinics after IT outage",
    `Health | Ferncastle

Ferncastle hospital cancels clinics after IT outage

Ferncastle General Hospital cancelled outpatient clinics on Tuesday and staff used paper records after a faulty software update took its patient record system offline. The trust stressed that this was not a cyber attack and that no patient data had been affected.

Most read
Ransomware gang claims attack on Dorset GP practice
Surgeons at Ferncastle perform first robot-assisted knee operation`,
  ),
  qpNo(
    "advice-groups-named",
    "advice piece naming gangs and hospital types, 'Related' list of real-looking incidents",
    "Five steps every hospital should take before the next LockBit",
    `Opinion | Cyber resilience

Five steps every hospital should take before the next LockBit

By Dr Ilse Marchetti, chief information security officer

Gangs such as LockBit, Rhysida and Akira keep hitting hospitals, clinics and pharmacies because downtime puts lives at risk and pressure on boards to pay. Here is what every trust should do now: segment the network, test offline backups, drill a paper-based downtime procedure, patch VPNs within days and rehearse who decides on any ransom demand.

Dr Marchetti advises health systems across Europe.

Related
Rhysida claims attack on Midland children's hospital
Akira lists Oregon dental chain on leak site`,
  ),
  qpNo(
    "survey-vendor-report",
    "vendor survey: percentages, average ransom paid, sectors",
    "Survey: two in three hospitals hit by ransomware paid the ransom",
    `Press release

Survey: two in three hospitals hit by ransomware paid the ransom

BOSTON, May 2, 2026 -- Sentrafold, a data protection company, today published its annual Healthcare Ransomware Report. Of 410 healthcare organisations surveyed, 61% suffered a ransomware attack in the last year, and two thirds of those paid the attackers. The average ransom paid was $1.9 million, and 44% said surgeries or appointments had to be rescheduled.

About Sentrafold
Sentrafold protects data for more than 3,000 hospitals, clinics and laboratories worldwide.`,
  ),
  qpNo(
    "government-advisory",
    "government advisory on a group, healthcare among its sectors, no victim named",
    "#StopRansomware: Embargo",
    `Cybersecurity Advisory | Alert Code AA26-071A

#StopRansomware: Embargo

The FBI and CISA are releasing this joint advisory to share indicators of compromise linked to the Embargo ransomware group, which has hit critical infrastructure sectors including healthcare and public health, manufacturing and education since 2024. Embargo actors steal data before encrypting systems and threaten to publish it unless a ransom is paid. Organisations should apply the mitigations below.`,
  ),
  qpNo(
    "roundup-example-only",
    "column on cyber insurance that names a hospital attack only as an example",
    "Why cyber insurers are rewriting their ransomware clauses",
    `Insurance | Analysis

Why cyber insurers are rewriting their ransomware clauses

Underwriters are tightening policy wording after a run of costly claims. Several insurers now exclude ransoms paid to sanctioned groups, and others require offline backups before they will quote. Brokers point to attacks like the 2024 one on Marden Vale Hospital, which took weeks to recover from, as the kind of loss that changed minds. Premiums for hospitals rose 18% last year, a broker survey found.`,
  ),
  qpNo(
    "vendor-release-product",
    "vendor press release launching a product, About boilerplate naming ransomware",
    "Haloquin launches immutable backup for community hospitals",
    `Haloquin launches immutable backup for community hospitals

DENVER, March 3, 2026 /PRNewswire/ -- Haloquin, a cloud backup company, today launched Haloquin Care Vault, an immutable backup service for community hospitals and clinics that lets them restore electronic health records within hours after a ransomware attack.

"Hospitals should never have to choose between paying criminals and cancelling surgeries," said chief executive Doreen Pratt.

About Haloquin
Haloquin is a privately held company based in Denver. Its products protect more than 900 healthcare organisations from ransomware and data loss.

Media contact: press@haloquin.example`,
  ),
  qpNo(
    "hospital-news-staff-strike",
    "healthcare news (strike, waiting lists) with a 'Related' list naming cyber incidents",
    "Nurses at Coldharbour hospitals vote to strike",
    `News | Health | Coldharbour

Nurses at Coldharbour hospitals vote to strike

Nurses at Coldharbour Health's three hospitals have voted to strike over staffing levels, the union said on Wednesday. Planned operations may be postponed if the walkout goes ahead next month.

Related stories
Ransomware attack forces Essex trust to cancel operations
Qilin leaks data from London pathology firm
Hospital in Kent diverts ambulances after cyber attack`,
  ),
];

// ---------------------------------------------------------------- round 2
const ROUND_2: BankCase[] = [
  qp(
    "rw-a038",
    "trade-press page: demand and deadline in the lead, 'Trending' list, newsletter pitch, comment thread",
    "LockBit gives Chicago's Saint Anthony Hospital 48 hours to pay $900,000",
    `Cybersecurity | Breaches | Trending: LockBit, MOVEit, Change Healthcare

LockBit gives Chicago's Saint Anthony Hospital 48 hours to pay $900,000

The LockBit ransomware gang says it attacked Saint Anthony Hospital in Chicago and wants $900k within 48 hours, or it will leak patient records on the dark web, The Record reported on Jan. 31.

The hospital disclosed the incident on Jan. 29. Its investigation, completed on Jan. 7, 2024, found that an unknown actor copied files containing patient information on Dec. 18, 2023, when unauthorized access was first detected. Saint Anthony said patient care was not interrupted and advised patients to place a fraud alert or credit freeze on their files.

Stay ahead of the next breach. Get our Healthcare Security Brief free every Tuesday.

12 comments
dr_k: LockBit hit our radiology group in 2022 and we paid them $50,000.
nursejane: Typical. Systems were down at my hospital for three weeks after Conti.`,
    {
      attackers: ["LockBit"],
      victims: ["Saint Anthony Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 900000, currency: "USD" },
      country: "US",
      attacks: ["data-theft", "extortion"],
    },
  ),
  qp(
    "rw-b143",
    "senior-care trade page: lead repeated as a standfirst, letter to residents, 'Recommended' list",
    "Ransomware attack hits senior living operator American Baptist Homes of the Midwest",
    `Senior Living | Technology

Ransomware attack hits senior living operator American Baptist Homes of the Midwest

A recent ransomware attack on American Baptist Homes of the Midwest, which runs senior living communities in five states, has put residents' data at risk.

A recent ransomware attack on American Baptist Homes of the Midwest, which runs senior living communities in five states, has put residents' data at risk.

On March 10 a hacker got into the organization's computer system and planted malware that encrypted medical records in an attempt to extort money. A letter to residents said a forensics firm is making sure all systems are clean and helping restore them from backup.

Recommended
Assisted living chain pays $75,000 after Ryuk attack
Nursing home operator in Ohio says Conti stole resident files`,
    {
      victims: ["American Baptist Homes of the Midwest"],
      type: "care-home",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  qp(
    "rw-b225",
    "French radio page: standfirst, 'Article written by' box, reading time, photo credit, ER closed and patients sent on",
    "Armentieres hospital hit by cyberattack, emergency department closed for 24 hours",
    `Armentieres hospital hit by cyberattack, emergency department closed for 24 hours

The hackers are asking for a ransom; it is the first attack of its kind on the hospital.

Article written by
France Info - with France Bleu Nord
Reading time: 1 min

Illustrative photo. (MARC OLLIVIER / MAXPPP)

Hospital management told France Bleu Nord on Sunday February 11 that a cyberattack struck the Armentieres hospital center at 2 a.m. overnight from Saturday to Sunday, and that the attackers are demanding a ransom. The emergency department will stay closed for 24 hours and patients are being redirected to other hospitals.

"Printers that were on started printing a message saying our data had been encrypted and that we should contact them," deputy director Samy Bayod said. "We cut the whole hospital network at once and have been isolated since 3 a.m."`,
    {
      victims: ["Armentieres hospital center"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "FR",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline", "services-closed"],
    },
  ),
  qp(
    "rw-b323",
    "hospital statement page: wire fraud told without a cyber noun, construction company, 'About' boilerplate",
    "Hamilton Health Care System recovers most of $1.26 million lost to fraud",
    `News Release

Hamilton Health Care System recovers most of $1.26 million lost to fraud

Hamilton Health Care System says it has recovered most of the $1.26 million it was tricked into paying late last year, when two electronic payments that officials thought were going to the construction company building its children's and cancer institutes went elsewhere. The contractor later told the hospital it never received the money.

The system described the scheme as a sophisticated fraud attempt and said it is working with the FBI and local police. "We have been diligently pursuing recovery," CEO Jeff Myers said.

About Hamilton Health Care System
Hamilton Health Care System, based in Dalton, Georgia, includes Hamilton Medical Center and several physician practices.`,
    {
      victims: ["Hamilton Health Care System"],
      type: "hospital",
      country: "US",
      attacks: ["bec"],
    },
  ),
  qp(
    "rw-a111",
    "tech-news page: date and category line, three named hospitals, emergency care unavailable, 'Related' list",
    "Christmas Eve LockBit attack shuts emergency care at three German hospitals",
    `date 2023-12-28 Ransomware

Christmas Eve LockBit attack shuts emergency care at three German hospitals

Emergency care is unavailable at Franziskus Hospital Bielefeld, Mathilden Hospital Herford and Sankt Vinzenz Hospital Rheda-Wiedenbruck after a ransomware attack on the morning of Christmas Eve, the Katholische Hospitalvereinigung Ostwestfalen (KHO) network has confirmed, BleepingComputer reports.

KHO said attackers got into its IT systems and encrypted data, so the systems were shut down at once. Early analysis points to Lockbit 3.0. Other treatment at the hospitals continues.

Related
LockBit claims attack on Canadian children's hospital, then offers free decryptor
BianLian hits Texas clinic`,
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
  qp(
    "rw-b119",
    "bank-security page: category line, 'See Also' promo, two providers, one paid and one did not",
    "One mental health provider paid ransomware gang, another did not",
    `Fraud Management & Cybercrime , Ransomware

One mental health provider paid ransomware gang, another did not

See Also: Webinar | 9 Common Compliance Risks and How to Overcome Them

Two recent ransomware attacks on mental healthcare providers show the pressure on organizations holding especially sensitive records. Delaware Guidance Services for Children and Youth paid a ransom to unlock its patient records, while Green Ridge Behavioral Health in Maryland recovered without paying the extortionists.

The Delaware provider reported the breach to HHS as affecting 50,000 individuals.`,
    {
      victims: ["Delaware Guidance Services for Children and Youth", "Green Ridge Behavioral Health"],
      type: "mental-health",
      ransom: { status: "paid", amount: null, currency: null },
      people: 50000,
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  qp(
    "notice-press-release",
    "hospital notice as a press release: dateline, what happened, 'About' boilerplate, forward-looking statements",
    "Corrin Valley Medical Center Provides Notice of Data Security Incident",
    `CORRIN VALLEY, Ore., April 8, 2026 /PRNewswire/ -- Corrin Valley Medical Center ("CVMC") is notifying 61,204 patients of an incident that may have involved some of their information. On February 2, 2026, CVMC detected unusual activity on its network and learned that an unauthorized party had copied certain files between January 28 and February 2. The files contained names, dates of birth and treatment information.

CVMC has no evidence that any information has been misused and is offering complimentary credit monitoring.

About Corrin Valley Medical Center
Corrin Valley Medical Center is a 210-bed hospital serving southern Oregon. It has never paid a ransom and works with leading cybersecurity firms to protect patients.

Forward-looking statements: this release contains statements about future events that involve risks, including further cyberattacks.`,
    {
      victims: ["Corrin Valley Medical Center"],
      type: "hospital",
      people: 61204,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  qp(
    "indian-outlet-also-read",
    "Indian outlet page: dateline, 'Also Read |' promos naming other incidents, state and city",
    "Pune hospital's systems hit by ransomware, OPD moves to manual registration",
    `Pune News | City

Pune hospital's systems hit by ransomware, OPD moves to manual registration

PUNE: Sahyadri Crest Hospital in Pune said on Tuesday that a ransomware attack had encrypted its servers, forcing the outpatient department to register patients manually. The hospital said no ransom demand had been received so far.

Also Read | AIIMS server attack: Delhi police register case
Also Read | Hackers demand Rs 5 crore from Mumbai diagnostics chain

The hospital has informed CERT-In and the Pune cyber police.`,
    {
      victims: ["Sahyadri Crest Hospital"],
      type: "hospital",
      country: "IN",
      attacks: ["ransomware"],
      impact: ["paper-records"],
    },
  ),
  qp(
    "tracker-pharmacy-previous-victims",
    "tracker post: new victim, then a 'Previous victims of this group' list naming other victims",
    "Lynx ransomware group has just published a new victim : Maple Row Pharmacy (CA)",
    `Lynx ransomware group has just published a new victim : Maple Row Pharmacy (CA)

Group: Lynx
Victim: Maple Row Pharmacy
Country: CA
Discovered: 2026-05-19

Previous victims of this group
Harbourside Orthopaedics (US)
Keller Freight (DE)
Saint Brigid Hospital (IE)`,
    {
      attackers: ["Lynx"],
      victims: ["Maple Row Pharmacy"],
      type: "pharmacy",
      country: "CA",
    },
  ),
  qpNo(
    "tracker-university",
    "tracker post: a university victim (not healthcare), its sector 'Education'",
    "Rhysida has just published a new victim : University of Norland (GB)",
    `Rhysida has just published a new victim : University of Norland (GB)

Victim: University of Norland
Sector: Education
Country: GB
Description: The university teaches 18,000 students, including nursing and medicine.`,
  ),
  qpNo(
    "council-page-most-read-hospital",
    "council cyber attack page whose 'Most read' list names a hospital attack",
    "Cyber attack takes Harrowby council's website offline",
    `Local News | Harrowby

Cyber attack takes Harrowby council's website offline

Harrowby District Council says a cyber attack has taken its website and online payments offline since Thursday. Bin collections and council tax payments are unaffected, a spokesperson said.

Most read
Hospital trust cancels operations after ransomware attack
Man charged after crash on A38`,
  ),
  qp(
    "comments-mention-ransom",
    "local page: clinic attack, comment thread with readers' claims of payment and other attacks",
    "Thornvale dental practice closes for two days after cyber attack",
    `Thornvale dental practice closes for two days after cyber attack

Thornvale Dental Care closed both its surgeries on Monday and Tuesday after a cyber attack locked staff out of its patient booking system, the practice said. Appointments are being rearranged.

Leave a comment
Gwen P: They paid a ransom of 2 bitcoin, my cousin works there.
Rob_T: Same thing happened at the GP practice on Mill Road last year and their records were leaked.`,
    {
      victims: ["Thornvale Dental Care"],
      type: "dental",
      country: null,
      impact: ["appointments-cancelled", "systems-offline", "services-closed"],
    },
  ),
  qpNo(
    "podcast-episode-list",
    "podcast page: episode list with hospital attacks as topics",
    "Breach Room podcast: season 4 episode guide",
    `Breach Room podcast: season 4 episode guide

Episode 1: How a ransomware attack shut a children's hospital for a week
Episode 2: Inside the gang that hit a pharmacy chain
Episode 3: Should hospitals ever pay?

Listen on your favourite app. New episodes every Thursday.`,
  ),
  qpNo(
    "government-funding-release",
    "government press release on cyber funding for hospitals, naming a past attack as the reason",
    "Government announces 40 million for hospital cyber resilience",
    `Press release

Government announces 40 million for hospital cyber resilience

The Department of Health today announced 40 million pounds to help NHS trusts replace old systems and train staff against cyber threats. The minister said the 2024 attack on a pathology supplier showed how quickly care can be disrupted, and that every trust must now test its backups twice a year.

Notes to editors
The funding will be allocated by region in the autumn.`,
  ),
  qpNo(
    "pharmacy-outage-no-attack",
    "pharmacy chain IT outage; the cause is a provider's fault, no evidence of an attack said in the third paragraph",
    "Pharmacy chain's tills and prescriptions down across Scotland",
    `Business | Scotland

Pharmacy chain's tills and prescriptions down across Scotland

Customers of Glenmorran Pharmacy were turned away on Saturday as tills and the prescription system went down in all 64 branches.

The company said staff were issuing urgent medicines by hand and that most branches reopened by the afternoon.

It blamed a fault at its network provider and said there was no evidence of a cyber attack.`,
  ),
  qpNo(
    "device-vulnerability-advisory",
    "medical device vulnerability advisory: a flaw, no incident",
    "Insulin pump flaw could let attackers change doses, agency warns",
    `Health IT | Security

Insulin pump flaw could let attackers change doses, agency warns

CISA has published an advisory on a vulnerability in the Dosewell 3 insulin pump made by Arrowmed that could let an attacker within radio range change insulin doses. Arrowmed says it knows of no attacks exploiting the flaw and has released a software update. Patients should keep their pumps with them and contact their clinic with questions.`,
  ),
  qpNo(
    "weekly-roundup-no-health",
    "weekly threat roundup naming only non-healthcare victims, with a health word in a sector note",
    "This week in ransomware: schools, a port and a brewery",
    `This week in ransomware: schools, a port and a brewery

- Akira claimed Lindell Unified School District; the district says student health records may be involved.
- Port of Kessmouth restored its booking systems after a LockBit attack.
- Vice Society leaked files from Brackley Brewing Co.

Subscribe to get this roundup every Friday.`,
  ),
  qpNo(
    "hospital-news-new-it-system",
    "healthcare news (new patient record system, brief outage during switchover) with cyber words in a quote",
    "Westbury hospitals switch to new patient record system",
    `Westbury Health's three hospitals moved to a new electronic patient record system over the weekend, with clinics scaled back while staff learned it. Chief information officer Dana Oyelaran said the system was "far better protected against ransomware than the one it replaces". Outpatient clinics return to normal next week.`,
  ),
];

// ---------------------------------------------------------------- round 3 (a short one, written before running)
const ROUND_3: BankCase[] = [
  qp(
    "rw-b206",
    "aggregator page: French hospital data leak, gang's claims on its site, 'Administrative documents' subhead, share bar",
    "Armentieres hospital admits leak of about 300,000 patients' data after hack",
    `Share: Facebook | X | LinkedIn

Armentieres hospital admits leak of about 300,000 patients' data after hack

The health establishment in the North of France has admitted that cybercriminals disclosed the data of around 300,000 patients of the Armentieres hospital center. The hospital was hit by a computer attack in mid-February, and on Sunday a previously unknown ransomware gang, Blackout, claimed it.

On their leak site the criminals say they encrypted more than a hundred servers and workstations and obtained a database of about 20 gigabytes covering more than 900,000 patients.

Administrative documents
According to the hospital, the leaked data consists "essentially of lists" with patients' contact details, arrival dates and care sector.`,
    {
      attackers: ["Blackout"],
      victims: ["Armentieres hospital center"],
      type: "hospital",
      volume: 20e9,
      people: 300000,
      country: "FR",
      attacks: ["ransomware", "data-theft"],
      impact: ["data-leaked"],
    },
  ),
  qp(
    "liveblog-editors-note",
    "live-blog page: timestamps, an editor's note naming another incident, a 'Key events' box",
    "Live: Dunmore University Hospitals cyber attack",
    `Key events
10:42 Trust confirms ransomware
09:15 A&E on divert

10:42 Dunmore University Hospitals NHS Trust has confirmed that ransomware encrypted its servers overnight. Its electronic patient record is offline and clinicians are using paper.

09:15 Ambulances are being diverted from Dunmore's emergency department to neighbouring hospitals.

Editor's note: an earlier version of this page said the attack was claimed by Akira, which hit a Leeds clinic last month. No group has claimed this attack.`,
    {
      victims: ["Dunmore University Hospitals NHS Trust"],
      type: "hospital",
      country: "GB",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  qpNo(
    "tracker-veterinary",
    "tracker post: a veterinary hospital victim (animal care is not healthcare)",
    "Qilin has just published a new victim : Larchfield Veterinary Hospital (US)",
    `Qilin has just published a new victim : Larchfield Veterinary Hospital (US)

Victim: Larchfield Veterinary Hospital
Sector: Veterinary services
Country: US
Description: A 24-hour animal hospital for dogs, cats and horses in Kentucky.`,
  ),
  qpNo(
    "survey-title-names-trust",
    "survey press release whose title names a hospital's CISO, no incident",
    "Kestrel Moor Hospital CISO joins panel as survey finds 70% of trusts underfunded for cyber",
    `LONDON, 3 June 2026 -- A survey of 120 NHS trusts by the think tank Civitas Health found that 70% say their cyber security budgets are too small to recover from a ransomware attack. Kestrel Moor Hospital's chief information security officer, Ana Ruiz, will discuss the findings at a panel in London on Thursday.`,
  ),
  qp(
    "tracker-headline-dental-euro",
    "tracker-style headline with a sum in euros, body a single line with a country name",
    "Dentalia Sud hit by Lynx, EUR 150,000 demanded",
    `Dentalia Sud hit by Lynx, EUR 150,000 demanded

The Lynx group lists Dentalia Sud, a chain of dental clinics in southern Spain, and asks EUR 150,000 for 60GB of patient files.`,
    {
      attackers: ["Lynx"],
      victims: ["Dentalia Sud"],
      type: "dental",
      ransom: { status: "demanded-amount", amount: 150000, currency: "EUR" },
      volume: 60e9,
      country: "ES",
    },
  ),
  qpNo(
    "school-nurse-records",
    "school district breach exposing school nurses' health records (victim is a school district)",
    "Data breach at Pelton schools exposes student health records",
    `Pelton Area School District says hackers accessed a server holding records kept by school nurses, including medication lists and allergy plans for 3,100 students. The district has notified families and the state education department.`,
  ),
];

export const RW_PAGES_ROUNDS: BankCase[][] = [ROUND_1, ROUND_2, ROUND_3];
export const RW_PAGES_BANK: BankCase[] = RW_PAGES_ROUNDS.flat();

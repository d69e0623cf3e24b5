// A second bank of invented excerpts, for the two fields judged hardest on unseen news: relevance and impact on care.
// Labels were written from ../shared/eval/README.md before the extractor was run on them. Impact is told in paraphrase
// (theatre lists, clinics stood down, treating on paper, pharmacies unable to dispense), stated absence ("no impact on
// patient care"), hedging ("may be delayed"), plans, conditions and background (earlier incidents, other hospitals,
// what ransomware usually does); relevance meets hard negatives (advice, marketing, conferences, misdirected email, a
// lost laptop, an attack on a non-health body beside a hospital, an insurer's fine for no cyber incident, "this was not
// a cyber attack", outages with no attack, drills) and hard positives (tracker posts, leak-site claims, notification
// letters, one-line briefs, a fine for a hack). Every organisation, place and figure is made up.
//
// Two choices where the guide is silent: a misdirected email and a lost laptop are breaches with no cyber incident,
// so not relevant (the guide's attack types have no slot for them); a pharmacy that "could not dispense" has had its
// service suspended (services-closed), while results that merely take longer fit no slug.
import type { ImpactType } from "../../src/model/entities";
import type { BankCase } from "./unseen-shapes-bank";

const hit = (id: string, shape: string, title: string, text: string, impact: ImpactType[]): BankCase => ({
  id,
  shape,
  title,
  text,
  want: { relevant: true, impact },
});
const notRelevant = (id: string, shape: string, title: string, text: string): BankCase => ({
  id,
  shape,
  title,
  text,
  want: { relevant: false },
});

/** Impact told in other words than the usual "operations cancelled". */
const PARAPHRASE: BankCase[] = [
  hit(
    "i-theatre-lists-stood-down",
    "paraphrase: operations",
    "Cyber attack disrupts Marlow Vale hospitals",
    "Marlow Vale NHS Foundation Trust said a cyber attack on Monday had disrupted its digital systems. " +
      "Half of Tuesday's theatre lists were stood down and the trust is contacting affected patients directly.",
    ["operations-cancelled", "systems-offline"],
  ),
  hit(
    "i-replacements-pushed",
    "paraphrase: operations",
    "Joint replacements pushed back after hospital hack",
    "Dozens of hip and knee replacements at Corbridge Orthopaedic Hospital have been pushed back by several weeks after hackers broke into its network, the hospital said on Friday.",
    ["operations-cancelled"],
  ),
  hit(
    "i-chemo-sessions-moved",
    "paraphrase: operations",
    "Cancer patients face waits after ransomware hits Wexbury clinic",
    "Wexbury Oncology Centre in Maine said ransomware had encrypted its scheduling servers. " +
      "Chemotherapy sessions booked for this week have been moved to next week.",
    ["operations-cancelled"],
  ),
  hit(
    "i-non-emergency-surgery-paused",
    "paraphrase: operations",
    "Hospital pauses surgery after cyber incident",
    "St Ivo's Hospital in Cork has paused all non-emergency surgery while it investigates a cyber incident that struck on Sunday night.",
    ["operations-cancelled"],
  ),
  hit(
    "i-procedures-not-go-ahead",
    "paraphrase: operations",
    "Endoscopies off after cyber attack at Danbury hospital",
    "About 40 endoscopy procedures could not go ahead on Wednesday at Danbury Valley Hospital because of the cyber attack, a spokesman for the hospital confirmed.",
    ["operations-cancelled"],
  ),
  hit(
    "i-scans-rearranged",
    "paraphrase: appointments",
    "Imaging patients contacted after attack on Harlow Vale Health",
    "Harlow Vale Health said patients booked for MRI and CT scans this week are being contacted to rearrange them after a ransomware attack on its radiology network.",
    ["appointments-cancelled"],
  ),
  hit(
    "i-screening-halted",
    "paraphrase: appointments",
    "Breast screening halted after hospital data breach",
    "Breast screening at Kilbride General Hospital in Scotland was halted for two days after hackers got into the hospital's systems, NHS Kilbride said.",
    ["appointments-cancelled"],
  ),
  hit(
    "i-consultations-called-off",
    "paraphrase: appointments",
    "Clinic group calls off consultations after hack",
    "Meridale Medical Group, which runs 12 clinics in Oregon, called off all routine consultations on Monday and Tuesday following a cyberattack on its practice management software.",
    ["appointments-cancelled"],
  ),
  hit(
    "i-blood-tests-postponed-despite-er",
    "paraphrase: appointments, beside a stated absence",
    "Routine tests postponed at Ashcombe hospital",
    "Emergency care at Ashcombe District Hospital was unaffected by the ransomware attack, but routine blood tests were postponed until Thursday.",
    ["appointments-cancelled"],
  ),
  hit(
    "i-outpatient-clinics-stood-down",
    "paraphrase: services",
    "Outpatient clinics stood down at Keswick General after ransomware",
    "Keswick General Hospital has stood down its outpatient clinics for the rest of the week following a ransomware attack, chief executive Ruth Ansell said. Inpatient care is continuing.",
    ["services-closed"],
  ),
  hit(
    "i-pharmacy-could-not-dispense",
    "paraphrase: services",
    "Pharmacy chain hit by cyberattack",
    "Pharmacies run by Cardwell Health in Ontario could not dispense prescriptions for three days after a cyberattack took down the chain's dispensing software.",
    ["systems-offline", "services-closed"],
  ),
  hit(
    "i-walk-in-shut",
    "paraphrase: services",
    "Walk-in centre shuts after hack on community health provider",
    "Brantwood Community Health's walk-in centre has shut its doors until further notice after a cyber attack on the provider, the local health board said.",
    ["services-closed"],
  ),
  hit(
    "i-minor-injuries-closed",
    "paraphrase: services",
    "Minor injuries unit closed after cyber attack",
    "The minor injuries unit at Pellworth Community Hospital was closed on Saturday because of the cyber attack on Pellworth Health Trust.",
    ["services-closed"],
  ),
  hit(
    "i-treating-on-paper",
    "paraphrase: paper",
    "Czech hospital back to paper after hackers strike",
    "Doctors at Ostrava Regional Hospital in the Czech Republic are treating patients on paper after hackers encrypted the hospital's servers overnight, the director told Czech Television.",
    ["paper-records"],
  ),
  hit(
    "i-handwritten-drug-charts",
    "paraphrase: paper",
    "Nurses use handwritten charts after attack",
    "Nurses at Lindqvist University Hospital in Sweden have gone back to handwritten drug charts since ransomware hit the hospital on Tuesday.",
    ["paper-records"],
  ),
  hit(
    "i-prescriptions-written-out",
    "paraphrase: paper",
    "GP practices hit by supplier outage after ransomware",
    "Doctors at 30 GP surgeries using Calderon Systems have been writing prescriptions out by hand since ransomware knocked the supplier's clinical system offline.",
    ["systems-offline", "paper-records"],
  ),
  hit(
    "i-phones-down",
    "paraphrase: systems",
    "Surgery phone lines down after cyber attack",
    "Phone lines at Greystone Medical Practice have been down since Monday's cyber attack, and patients are asked to use the online form instead.",
    ["systems-offline"],
  ),
  hit(
    "i-email-unavailable",
    "paraphrase: systems",
    "Staff email unavailable at Hollins County Health",
    "Staff email has been unavailable across Hollins County Health since the ransomware attack last week, the health system told employees in a memo.",
    ["systems-offline"],
  ),
  hit(
    "i-website-inaccessible",
    "paraphrase: systems",
    "Hospital website inaccessible after hacktivist attack",
    "The website of Santa Lucia Hospital in Valencia was still inaccessible on Wednesday after a pro-Russian hacktivist group flooded it with traffic.",
    ["systems-offline"],
  ),
  hit(
    "i-booking-back-online",
    "paraphrase: systems (restored, so it was down)",
    "Clinic booking system restored after attack",
    "The booking system at Halden Eye Clinic came back online on Thursday, five days after a ransomware attack on the clinic.",
    ["systems-offline"],
  ),
  hit(
    "i-attend-only-if-urgent",
    "paraphrase: advice to patients is no slug",
    "Larchfield Hospital asks patients to stay away unless urgent",
    "Patients have been asked to come to the emergency department at Larchfield Hospital only if their need is urgent, after a cyber attack disrupted the hospital's computer network.",
    ["systems-offline"],
  ),
  hit(
    "i-diverted-neighbouring",
    "paraphrase: diversion",
    "Stroke patients diverted after hospital cyber attack",
    "Ambulances carrying stroke and heart patients were diverted to neighbouring hospitals after a cyber attack on Rothwell General Hospital in Yorkshire.",
    ["ambulance-diversion"],
  ),
  hit(
    "i-crews-told-elsewhere",
    "paraphrase: diversion",
    "Paramedics told to bypass hacked hospital",
    "Paramedics were told to take patients elsewhere after ransomware struck Bexford Medical Center in Kansas on Sunday.",
    ["ambulance-diversion"],
  ),
  hit(
    "i-ed-on-bypass",
    "paraphrase: diversion",
    "Emergency department on bypass after cyberattack",
    "The emergency department at Colfax Memorial Hospital went on bypass for 18 hours after a cyberattack on the hospital.",
    ["ambulance-diversion"],
  ),
  hit(
    "i-no-emergency-by-ambulance",
    "paraphrase: diversion, not a closure",
    "Hospital stops receiving ambulances after hackers strike",
    "Kreisklinikum Elmsdorf in Bavaria has stopped receiving emergency patients by ambulance since the cyber attack on Friday, a spokesman said.",
    ["ambulance-diversion"],
  ),
  hit(
    "i-uploaded-to-site",
    "paraphrase: leak",
    "Gang uploads data stolen from fertility clinic",
    "The Lynx gang has uploaded 40GB of what it says are patient files from Dovecote Fertility Clinic in Texas to its website.",
    ["data-leaked"],
  ),
  hit(
    "i-data-auctioned",
    "paraphrase: leak",
    "Stolen hospital records up for auction",
    "Records stolen from Marrowby Hospital in Brazil were put up for auction on a hacking forum on Monday, with bidding starting at $20,000.",
    ["data-leaked"],
  ),
  hit(
    "i-downloadable",
    "paraphrase: leak",
    "Home care provider's files now downloadable",
    "Files taken from Tamarind Home Care in the attack are now available to download from the group's leak site, the company confirmed.",
    ["data-leaked"],
  ),
  hit(
    "i-downtime-procedures",
    "paraphrase: paper",
    "Health system on downtime procedures",
    "Ridgeline Health in Colorado moved all of its hospitals to downtime procedures after detecting ransomware on Sunday.",
    ["paper-records"],
  ),
  hit(
    "i-cannot-see-records",
    "paraphrase: systems (inability)",
    "Clinicians locked out after attack on Norvale Health",
    "Clinicians at Norvale Health have been unable to open electronic patient records since a cyber attack on Saturday.",
    ["systems-offline"],
  ),
];

/** An effect denied, hedged, planned, conditional, general or from another incident: no label. */
const NOT_AN_EFFECT: BankCase[] = [
  hit(
    "n-no-impact-on-care",
    "stated absence",
    "Hospital confirms cyber incident, says care unaffected",
    "Wendover Hospital confirmed a cyber incident on Tuesday. The hospital said there had been no impact on patient care and all appointments are going ahead as planned.",
    [],
  ),
  hit(
    "n-services-as-normal",
    "stated absence",
    "Trust investigates data breach",
    "Kesteven Health NHS Trust is investigating a data breach after hackers accessed a staff email account. Services continue as normal and patients should attend appointments unless contacted.",
    [],
  ),
  hit(
    "n-nothing-cancelled",
    "stated absence",
    "Cyber attack on clinic group contained",
    "Harbury Clinics said the cyber attack had been contained quickly: no operations were cancelled and clinical systems were not affected.",
    [],
  ),
  hit(
    "n-ed-remains-open",
    "stated absence",
    "Emergency department remains open despite ransomware",
    "The emergency department at Pruett Regional Hospital remains open and is accepting ambulances as usual, the hospital said after a ransomware attack on its billing office.",
    [],
  ),
  hit(
    "n-no-data-published",
    "stated absence",
    "Ambulance service hacked, no data published",
    "North Fenland Ambulance Service said hackers had stolen some data, but that it had found no sign any of it has been published.",
    [],
  ),
  hit(
    "n-did-not-disrupt",
    "stated absence",
    "Phishing attack hits dental chain",
    "A phishing attack on Brightsmile Dental Partners exposed patient addresses, but it did not disrupt clinical systems or appointments, the company said.",
    [],
  ),
  hit(
    "n-may-be-delayed",
    "hedging",
    "Patients warned of delays after hospital cyber incident",
    "Holloway Park Hospital said a cyber incident was under investigation and that some appointments may be delayed while its systems are checked.",
    [],
  ),
  hit(
    "n-could-affect",
    "hedging",
    "Pharmacy supplier breach could affect deliveries",
    "A cyber attack on Arbeth Pharmacy Services, which supplies medicines to care homes in Wales, could affect pharmacy services in the coming days, the firm warned.",
    [],
  ),
  hit(
    "n-might-postpone",
    "hedging",
    "Trust warns surgery may be hit",
    "Following the ransomware attack, Lowfield Hospitals NHS Trust said it might have to postpone some planned operations next week.",
    [],
  ),
  hit(
    "n-plans-to-take-offline",
    "planned",
    "Hospital to take records system offline for repairs after breach",
    "Sorrel Bay Hospital plans to take its patient record system offline overnight on Saturday to install fixes after last month's breach.",
    [],
  ),
  hit(
    "n-if-not-restored",
    "conditional",
    "Clinics at risk if network stays down",
    "Hackers attacked the network of Quarry Hill Medical Centre on Monday. If the network is not restored by Friday, outpatient clinics will be cancelled next week, the centre said.",
    [],
  ),
  hit(
    "n-earlier-diversion",
    "background: own earlier incident",
    "Hospital reports phishing breach",
    "Tamworth Valley Hospital said a phishing email gave hackers access to two staff mailboxes in June. " +
      "In 2021 the hospital had to divert ambulances for a week after a ransomware attack.",
    [],
  ),
  hit(
    "n-other-hospital-cancelled",
    "background: another hospital",
    "Data stolen from Ferncliff Hospital",
    "Hackers stole patient contact details from Ferncliff Hospital in Derbyshire, the hospital said on Monday. " +
      "Neighbouring Parkside Hospital, which was hit by ransomware last spring, cancelled hundreds of operations at the time.",
    [],
  ),
  hit(
    "n-generic-experts",
    "background: general statement",
    "Ransomware gang claims attack on Oakhurst Clinic",
    "The Qilin gang claimed an attack on Oakhurst Clinic in Florida on Tuesday. " +
      "Ransomware attacks on hospitals often force them to divert ambulances and cancel surgery for weeks, experts say.",
    [],
  ),
  hit(
    "n-comes-after",
    "background: another incident's effects",
    "Hackers breach Glenmoor Health",
    "Glenmoor Health said hackers had breached its network. The attack comes a year after Dorrington Health diverted ambulances for a week following a ransomware attack.",
    [],
  ),
  hit(
    "n-threat-to-release",
    "threat, not a leak",
    "Gang threatens to release clinic's records",
    "The Medusa gang has threatened to release records stolen from Fairbanks Pediatric Clinic if no payment is made by Friday.",
    [],
  ),
  hit(
    "n-named-on-leak-site",
    "named on a leak site, not a leak",
    "Ransomware gang names Corran Valley Hospice",
    "Corran Valley Hospice appeared on the Play gang's leak site on Monday, with a claim that 200GB of data was taken.",
    [],
  ),
  hit(
    "n-major-incident",
    "a declared incident is no slug",
    "Trust declares major incident after cyber attack",
    "Barnhill Hospitals NHS Trust declared a major incident on Thursday after a cyber attack on its network and moved to OPEL 4, its highest alert level.",
    [],
  ),
  hit(
    "n-results-slower",
    "a slower service is no slug",
    "Pathology provider reports cyber incident",
    "Tamsin Pathology, which processes blood tests for GP surgeries in Kent, said a cyber incident on Friday means results are taking longer than usual to reach doctors.",
    [],
  ),
  hit(
    "n-moved-to-other-providers",
    "outpatients moved to other providers are no ambulance diversion",
    "Scan patients referred elsewhere after imaging provider hack",
    "Kelso Imaging, a radiology provider in Queensland, said a cyber attack had encrypted its files. Patients needing urgent scans are being referred to other providers.",
    [],
  ),
  hit(
    "n-restored-without-outage",
    "a restored backup is no outage",
    "Care home group recovers data after attack",
    "Meadowvale Care Homes said its residents' files had been restored from backups after the ransomware attack, and care was never interrupted.",
    [],
  ),
  hit(
    "n-unavailable-for-comment",
    "unavailable for comment is no outage",
    "Hacker group claims hospital breach",
    "The RansomHub gang claimed it stole data from Bellweather Hospital in Ohio. The hospital was unavailable for comment on Tuesday.",
    [],
  ),
];

/** Not relevant: healthcare words without an incident, or an incident without a healthcare victim. */
const HARD_NEGATIVES: BankCase[] = [
  notRelevant(
    "r-advice-piece",
    "advice piece",
    "Five steps hospitals should take before ransomware strikes",
    "Ransomware attacks on hospitals have forced operations to be cancelled and ambulances to be diverted, says Priya Das, a consultant at Halvorsen Security. " +
      "Her first piece of advice: keep offline backups of the patient record and rehearse working on paper.",
  ),
  notRelevant(
    "r-vendor-marketing",
    "vendor marketing",
    "Cobaltline launches immutable backup for NHS trusts",
    "Cobaltline today launched Vaultline Health, an immutable backup service that it says lets NHS trusts recover from a ransomware attack within hours without paying a ransom. " +
      "The product is available now through the G-Cloud framework.",
  ),
  notRelevant(
    "r-conference",
    "conference news",
    "Health CISOs swap ransomware lessons at Denver summit",
    "Security chiefs from Mercy Ridge Health and Larkin University Hospital spoke on a panel about ransomware readiness at the HealthSec Summit in Denver on Tuesday. " +
      "Both said tabletop exercises and tested backups matter more than new tools.",
  ),
  notRelevant(
    "r-misdirected-email",
    "misdirected email (no cyber incident)",
    "Hospital apologises after patient list emailed to wrong recipients",
    "Thornbury Community Hospital has apologised after a member of staff sent a spreadsheet with the names and conditions of 300 patients to an external mailing list by mistake. " +
      "The hospital has reported the error to the Information Commissioner's Office.",
  ),
  notRelevant(
    "r-lost-laptop",
    "lost laptop (no cyber incident)",
    "Dental group notifies patients after laptop left on train",
    "Westmere Dental Group is notifying 2,100 patients after an employee left an unencrypted laptop holding their records on a commuter train. " +
      "The laptop has not been recovered.",
  ),
  notRelevant(
    "r-council-beside-hospital",
    "attack on a non-health body beside a hospital",
    "Council systems down after ransomware attack",
    "Brackley District Council's computer systems were shut down by a ransomware attack on Tuesday, and council tax payments cannot be taken. " +
      "The neighbouring Brackley Community Hospital, which shares the council's car park, said its own systems were not affected.",
  ),
  notRelevant(
    "r-school-district",
    "attack on a non-health body, school nurses mentioned",
    "School district hit by ransomware",
    "A ransomware attack on Dunmore Unified School District took its student portal offline for a week. " +
      "School nurses kept medication logs on paper, and the district said no health records were taken.",
  ),
  notRelevant(
    "r-supermarket-pharmacies",
    "attack on a retailer, knock-on to its pharmacies",
    "Cyber attack on supermarket chain hits in-store pharmacies",
    "A cyber attack on supermarket chain Greyfield Foods left its checkout systems down for two days, and its in-store pharmacies were unable to fill prescriptions.",
  ),
  notRelevant(
    "r-payroll-provider",
    "attack on a non-health supplier, hospital staff affected",
    "Payroll firm hack delays pay for hospital staff",
    "Hackers encrypted the systems of payroll company Stanwick Payroll Services, delaying pay for staff at several hospitals in New Jersey that use it.",
  ),
  notRelevant(
    "r-insurer-fine-claims",
    "health insurer fined for no cyber incident",
    "Health plan fined $1.2m over late claims",
    "The state insurance commissioner fined Calloway Health Plan $1.2 million for paying members' claims late in 2024 and 2025. " +
      "Calloway said it had hired more staff to clear the backlog.",
  ),
  notRelevant(
    "r-right-of-access-fine",
    "regulator's fine for a records request",
    "HHS fines clinic for failing to hand over records",
    "The HHS Office for Civil Rights fined Sunvale Family Clinic $75,000 for taking 14 months to give a patient copies of her medical records, a breach of the HIPAA right of access.",
  ),
  notRelevant(
    "r-not-a-cyber-attack",
    "an outage the text says was no attack",
    "IT outage at St Bride's Hospital caused by faulty update",
    "Computer systems at St Bride's Hospital were down for six hours on Monday and some clinics were cancelled. " +
      "The trust stressed that this was not a cyber attack: a faulty software update was to blame.",
  ),
  notRelevant(
    "r-power-failure",
    "an outage with no attack",
    "Power failure takes hospital records offline",
    "A power failure at its data centre took the electronic patient record offline at Alder Vale Hospital on Sunday, and staff worked on paper until the evening.",
  ),
  notRelevant(
    "r-global-glitch",
    "a vendor's faulty update, no attack",
    "Faulty security update crashes hospital computers worldwide",
    "Hospitals across the US postponed surgeries on Friday after a faulty update from a security vendor crashed millions of Windows computers. " +
      "The vendor said the problem was not caused by a cyberattack or security incident.",
  ),
  notRelevant(
    "r-drill",
    "drill",
    "Hospital staff rehearse ransomware response",
    "Staff at Pennock General Hospital spent Tuesday working on paper as part of an exercise that simulated a ransomware attack on the hospital's systems. " +
      "The drill was planned months ago, the hospital said.",
  ),
  notRelevant(
    "r-phishing-test",
    "phishing simulation",
    "One in five trust staff clicked test phishing email",
    "One in five staff at Dorrell Health NHS Trust clicked a link in a simulated phishing email sent by the trust's own security team last month, a board paper shows.",
  ),
  notRelevant(
    "r-survey",
    "survey",
    "Survey: 40% of clinics hit by ransomware last year",
    "Forty per cent of outpatient clinics suffered a ransomware attack in 2025, according to a survey of 600 practice managers by Halverson Research, and a third of those paid.",
  ),
  notRelevant(
    "r-advisory",
    "government advisory",
    "Agencies warn hospitals about new ransomware strain",
    "The FBI and CISA warned hospitals on Wednesday about a new ransomware strain, Tarsus, that encrypts backup servers first. " +
      "The advisory lists its tools and asks healthcare organisations to patch their VPNs.",
  ),
  notRelevant(
    "r-strike",
    "healthcare news with impact words, no cyber incident",
    "Operations cancelled as nurses strike",
    "Hundreds of operations were cancelled at Greenlaw University Hospital on Thursday as nurses walked out over pay.",
  ),
  notRelevant(
    "r-opinion",
    "opinion piece",
    "Why hospitals must stop paying ransoms",
    "Every ransom a hospital pays funds the next attack on a hospital, argues former health minister Alan Crewe. " +
      "He wants payments by health bodies banned outright.",
  ),
];

/** Relevant, though short or oddly shaped: tracker posts, leak-site claims, letters, one-line briefs. */
const HARD_POSITIVES: BankCase[] = [
  hit(
    "r-tracker-post",
    "tracker post",
    "Akira has just published a new victim: Brightwater Family Dental (US)",
    "Akira has just published a new victim: Brightwater Family Dental (US). Discovered: 2026-03-02.",
    [],
  ),
  hit(
    "r-tracker-fields",
    "tracker fields",
    "Saint Cordelia Medical Center",
    "Victim: Saint Cordelia Medical Center\nGroup: Qilin\nCountry: US\nSector: Healthcare\nDiscovered: 2026-01-04",
    [],
  ),
  hit(
    "r-leak-site-claim",
    "leak-site claim",
    "Medusa lists hospice on its leak site",
    "The Medusa gang has listed Corran Valley Hospice on its dark web site, claiming to have stolen 200GB of files.",
    [],
  ),
  hit(
    "r-notification-letter",
    "notification letter",
    "Notice of Data Security Incident",
    "Harbourne Orthopaedic Associates is writing to tell you about an incident that may have involved some of your information. " +
      "On March 3, 2026, we found suspicious activity on our network and learned that an unauthorised party had copied some files.",
    [],
  ),
  hit(
    "r-one-line-brief",
    "one-line brief",
    "Kinross Children's Clinic (Ohio) hit by ransomware",
    "Kinross Children's Clinic (Ohio) hit by ransomware.",
    [],
  ),
  hit(
    "r-brief-claims",
    "one-line brief with a group",
    "Rhysida claims Tollgate Medical Group",
    "Rhysida claims Tollgate Medical Group.",
    [],
  ),
  hit(
    "r-fine-for-hack",
    "a fine for a hack reports the hack",
    "Regulator fines Aldgate Health Insurance £2m over 2024 hack",
    "The ICO has fined Aldgate Health Insurance £2 million after hackers stole the data of 90,000 members in 2024 through an account without multi-factor authentication.",
    [],
  ),
  hit(
    "r-claims-processor",
    "health-IT victim by its trade",
    "Claims processor says ransomware hit its systems",
    "Veltrix Health Exchange, a clearing house that processes medical claims for 4,000 practices, said ransomware had encrypted part of its network.",
    [],
  ),
  hit(
    "r-pharmacy-records",
    "pharmacy breach",
    "Hackers accessed customer records at Pinecrest Pharmacy",
    "Pinecrest Pharmacy said hackers had accessed customer prescription records between January 4 and January 9.",
    [],
  ),
  hit(
    "r-ministry-confirms",
    "public-health victim",
    "Ministry confirms cyber attack on regional health authority",
    "The Ministry of Health confirmed on Sunday that the Eastern Regional Health Authority had been hit by a cyber attack and that its email system was offline.",
    ["systems-offline"],
  ),
];

/** A second round, written after the first round's fixes and labelled before running them: a check that they generalise. */
const SECOND_ROUND: BankCase[] = [
  hit(
    "s-elective-activity",
    "paraphrase: operations",
    "Trust halts planned care after cyber attack",
    "Wellbrook Hospitals NHS Trust has cancelled all non-urgent elective activity for 48 hours after a cyber attack on Sunday.",
    ["operations-cancelled"],
  ),
  hit(
    "s-chemo-delayed",
    "paraphrase: operations",
    "Cancer treatment delayed at Irish hospital after hack",
    "Chemotherapy was delayed for some patients at Mount Carra University Hospital after hackers got into its network, the hospital said.",
    ["operations-cancelled"],
  ),
  hit(
    "s-electives-resume",
    "paraphrase: operations (resumed, so they were stopped)",
    "Surgery to restart at Penrose hospital after ransomware",
    "Penrose Community Hospital said elective procedures will resume on Monday, ten days after the ransomware attack.",
    ["operations-cancelled"],
  ),
  hit(
    "s-appointments-off",
    "paraphrase: appointments",
    "Outpatient appointments off at Kelvingate after attack",
    "All outpatient appointments on Monday and Tuesday are off at Kelvingate Royal Infirmary following the cyber attack, the health board said.",
    ["appointments-cancelled"],
  ),
  hit(
    "s-lab-system-out",
    "paraphrase: systems",
    "Lab system out after cyber attack on Hartwell Health",
    "The laboratory information system at Hartwell Health has been out of action since Friday's cyber attack.",
    ["systems-offline"],
  ),
  hit(
    "s-cannot-log-on",
    "paraphrase: systems",
    "Staff cannot log on at Dunmere hospital",
    "Staff at Dunmere General Hospital still cannot log on to their computers three days after the ransomware attack.",
    ["systems-offline"],
  ),
  hit(
    "s-lost-access",
    "paraphrase: systems",
    "GP practices lose record access after supplier hack",
    "GP surgeries across Fife have lost access to patient records after hackers attacked their software supplier, Medwell Systems.",
    ["systems-offline"],
  ),
  hit(
    "s-phones-dead",
    "paraphrase: systems",
    "Clinic phones go dead after cyber attack",
    "The phones at Ravensworth Family Clinic went dead on Monday morning after a cyber attack, the practice manager said.",
    ["systems-offline"],
  ),
  hit(
    "s-epr-down",
    "paraphrase: systems",
    "Patient record system down at Easton trust",
    "Easton Valley NHS Trust's electronic patient record has been down since 3am, when ransomware was found on its servers.",
    ["systems-offline"],
  ),
  hit(
    "s-locked-scheduling",
    "paraphrase: systems",
    "Hackers lock clinic staff out of scheduling",
    "The attackers wiped the backups of Oakfield Fertility Clinic and locked staff out of its scheduling system.",
    ["systems-offline"],
  ),
  hit(
    "s-handwritten-requests",
    "paraphrase: paper",
    "Porters carry paper requests after hospital hack",
    "Since the cyber attack on Gorton Royal Hospital, porters have been carrying handwritten blood test requests to the laboratory.",
    ["paper-records"],
  ),
  hit(
    "s-paper-pads",
    "paraphrase: paper",
    "Doctors back to prescription pads after ransomware",
    "Doctors at Silverdale Clinic are writing prescriptions on paper pads after ransomware encrypted the clinic's servers.",
    ["paper-records"],
  ),
  hit(
    "s-hand-write-labels",
    "paraphrase: paper",
    "Pharmacy staff hand-write labels after attack",
    "Pharmacists at Brynmor Health Board had to hand-write medicine labels after a cyber attack on the board's dispensing system.",
    ["paper-records"],
  ),
  hit(
    "s-ae-closed",
    "paraphrase: services",
    "A&E closed to new arrivals after hospital cyber attack",
    "The A&E department at Castlerigg Hospital is closed to new arrivals after a cyber attack on the hospital, the trust said.",
    ["services-closed"],
  ),
  hit(
    "s-pharmacy-reopened",
    "paraphrase: services (reopened, so it was closed)",
    "Hospital pharmacy reopens after ransomware",
    "The outpatient pharmacy at Linden Park Hospital reopened on Thursday, a week after the ransomware attack.",
    ["services-closed"],
  ),
  hit(
    "s-taken-instead",
    "paraphrase: diversion",
    "Stroke patients taken to Ferrybridge after cyber attack",
    "Stroke patients are being taken to Ferrybridge General Hospital instead after a cyber attack on Dorlan Hospital, the ambulance service said.",
    ["ambulance-diversion"],
  ),
  hit(
    "s-no-ambulance-traffic",
    "paraphrase: diversion",
    "ER not accepting ambulances after hack",
    "The emergency room at St Jude of the Valley Hospital is not accepting ambulance traffic after a cyberattack on Tuesday.",
    ["ambulance-diversion"],
  ),
  hit(
    "s-dumped-telegram",
    "paraphrase: leak",
    "Gang dumps clinic files on Telegram",
    "The gang dumped the files it stole from Vireo Dermatology Clinic on a Telegram channel on Friday.",
    ["data-leaked"],
  ),
  hit(
    "s-surfaced",
    "paraphrase: leak",
    "Patient data surfaces on dark web forum",
    "Patient data taken from Arden Hill Medical Practice in the hack has surfaced on a dark web forum, the practice said.",
    ["data-leaked"],
  ),
  hit(
    "s-went-ahead",
    "stated absence",
    "Hospital hit by cyber attack, operations go ahead",
    "Teversal Hospital said it had been hit by a cyber attack, but operations went ahead as planned on Tuesday.",
    [],
  ),
  hit(
    "s-not-disrupted",
    "stated absence",
    "Breach at Moorfoot Health",
    "Moorfoot Health said hackers had accessed a file server, and that patient care has not been disrupted.",
    [],
  ),
  hit(
    "s-no-disruption-ambulance",
    "stated absence",
    "Ambulance trust hit by ransomware",
    "Eastmere Ambulance Service NHS Trust was hit by ransomware on Friday; there has been no disruption to 999 services.",
    [],
  ),
  hit(
    "s-none-offline",
    "stated absence",
    "Hackers stole data from Greywell Clinic",
    "Hackers stole data from Greywell Clinic, though none of its systems were taken offline.",
    [],
  ),
  hit(
    "s-minimise",
    "hedging",
    "Trust works to limit disruption after cyber attack",
    "Bramley Moor NHS Trust said it is working to minimise any disruption to appointments after Monday's cyber attack.",
    [],
  ),
  hit(
    "s-likely-affected",
    "hedging",
    "Appointments likely to be affected after clinic hack",
    "Appointments are likely to be affected next week after a hack at Sefton Eye Clinic, the clinic warned.",
    [],
  ),
  hit(
    "s-too-early",
    "hedging",
    "Too early to say on surgery after hospital hack",
    "Officials at Harrowgate Hospital said it was too early to say whether surgeries would be postponed after the ransomware attack.",
    [],
  ),
  hit(
    "s-last-months-attack",
    "background: another hospital",
    "Phishing breach at Lowther Clinic",
    "Lowther Clinic said a phishing email let hackers into a staff mailbox. Last month's attack on nearby Redgate Hospital forced it to divert ambulances.",
    [],
  ),
  hit(
    "s-insider-nurse",
    "hard positive: insider",
    "Nurse struck off for snooping",
    "A nurse at Collingwood Hospital has been struck off after looking at the records of 40 patients without permission.",
    [],
  ),
  hit(
    "s-email-compromise",
    "hard positive: notification",
    "Harbor Point Health Partners notifies 12,000 after email account compromise",
    "Harbor Point Health Partners is notifying 12,000 patients that an unauthorized party accessed an employee's email account.",
    [],
  ),
  hit(
    "s-lockbit-leaks",
    "hard positive: leak",
    "LockBit leaks data of Spanish hospital",
    "LockBit has leaked data it stole from Hospital Universitario de Valdemora, near Madrid.",
    ["data-leaked"],
  ),
  hit(
    "s-tracker-dash",
    "hard positive: tracker line",
    "Ransomware: Clinique Saint-Remy (FR) - claimed by Qilin",
    "Ransomware: Clinique Saint-Remy (FR) - claimed by Qilin.",
    [],
  ),
  hit(
    "s-dispatch-hit",
    "hard positive: ambulance service",
    "Ambulance dispatch system hit by hackers",
    "Hackers hit the dispatch system of Northvale Ambulance Service, which had to take 999 calls with pen and paper.",
    ["paper-records"],
  ),
  notRelevant(
    "s-profits",
    "healthcare business news with a cyber word",
    "Hospital chain reports record profits",
    "Meridian Hospitals Group reported record profits on Thursday, even as it raised spending on cybersecurity by a fifth.",
  ),
  notRelevant(
    "s-strategy",
    "policy news",
    "NHS England publishes cyber security strategy",
    "NHS England has published a new cyber security strategy that asks every trust to be able to run on paper for 72 hours after a ransomware attack.",
  ),
  notRelevant(
    "s-water-utility",
    "attack on a non-health body, hospital knock-on",
    "Water utility hit by ransomware",
    "A ransomware attack on Calder Water shut down its treatment controls, and Calder General Hospital switched to bottled water for a day.",
  ),
  notRelevant(
    "s-skip",
    "paper records lost, no cyber incident",
    "Patient records found dumped in a skip",
    "Boxes of paper records from Southmead Surgery were found in a skip behind a shop on Tuesday.",
  ),
  notRelevant(
    "s-impersonation",
    "a scam impersonating a health body",
    "Scam texts pose as NHS",
    "Scammers are sending texts that pretend to come from the NHS and ask patients to pay for a blood test, police have warned.",
  ),
  notRelevant(
    "s-insurance-premiums",
    "market news",
    "Cyber insurance premiums for hospitals rise 30%",
    "Premiums for hospital cyber insurance rose 30% this year after a run of ransomware attacks, broker Whitcombe & Lyle said.",
  ),
  notRelevant(
    "s-portal-live",
    "healthcare IT news, no incident",
    "New patient portal goes live at Arnside Hospital",
    "Arnside Hospital's new patient portal went live on Monday, letting patients see test results and book appointments online.",
  ),
];

/** Every case of this bank. */
export const IMPACT_BANK: BankCase[] = [
  ...PARAPHRASE,
  ...NOT_AN_EFFECT,
  ...HARD_NEGATIVES,
  ...HARD_POSITIVES,
  ...SECOND_ROUND,
];

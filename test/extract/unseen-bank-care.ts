// A bank of invented excerpts for relevance, impact on care, attack types and country, written round by round as other
// newsrooms write (wire copy, local TV, trade press, UK/AU/CA/IN/EU outlets, notification letters, tracker posts). Labels
// follow ../shared/eval/README.md and were written before the extractor was run on a round. Every organisation, person,
// place pairing and figure is made up.
//
// Choices where the guide is silent: a break-in that takes computers and a stolen laptop are thefts, not cyber incidents
// (not relevant); a regulator's fine for a hack reports the hack (relevant, as dev labels it), a fine for a breach of a
// rule with no intruder does not.
import type { BankCase, Want } from "./unseen-shapes-bank";

export const c = (id: string, shape: string, title: string, text: string, want: Want): BankCase => ({
  id,
  shape,
  title,
  text,
  want,
});
export const no = (id: string, shape: string, title: string, text: string): BankCase =>
  c(id, shape, title, text, { relevant: false });

/** Round 1: written before the extractor was run on it. */
const ROUND_1: BankCase[] = [
  // ---------------------------------------------------------------- relevance: positives in other shapes
  c(
    "c1-tracker-fields-country-word",
    "tracker post: field list with a country name",
    "Lynx claims Bellacourt Fertility Clinic",
    "Threat actor: Lynx. Victim: Bellacourt Fertility Clinic. Country: Belgium. Sector: Healthcare. Discovered: 2026-02-11. " +
      "The group set a deadline of seven days before it publishes what it says it took.",
    { relevant: true, country: "BE", impact: [] },
  ),
  c(
    "c1-network-security-diversion",
    "local TV: diversion, dateline-free US town",
    "Coldwater hospital diverts ambulances after network incident",
    "Officials at Coldwater Regional Medical Center in Coldwater, Mich., say a network security incident forced them to send ambulances to neighboring hospitals Tuesday night. " +
      "Walk-in patients are still being seen in the emergency room.",
    { relevant: true, country: "US", impact: ["ambulance-diversion"] },
  ),
  c(
    "c1-letter-unauthorized-third-party",
    "notification letter",
    "Notice of Data Security Incident",
    'Harrowgate Family Dental ("Harrowgate") is writing to inform you of an incident that may have involved some of your information. ' +
      "On August 3, 2025, we discovered that an unauthorized third party gained access to our network and acquired certain files. " +
      "We have no evidence that your information has been misused.",
    { relevant: true, attacks: ["data-theft"], impact: [] },
  ),
  c(
    "c1-aged-care-victoria",
    "AU outlet: a state named as a possessive, paper charts",
    "Ransomware attack hits Gippsland aged care provider",
    "A regional aged care operator in Victoria's Gippsland, Kellerton Care Group, has confirmed a ransomware attack encrypted resident records, forcing staff to use paper charts for medications.",
    { relevant: true, country: "AU", attacks: ["ransomware"], impact: ["paper-records"] },
  ),
  c(
    "c1-thunder-bay-imaging",
    "CA outlet: a city, appointments rescheduled",
    "Cyber incident at Thunder Bay health centre",
    "Lakehead Regional Health Centre in Thunder Bay says a cyber incident discovered on Sunday has affected several of its clinical systems. " +
      "The emergency department remains open, but diagnostic imaging appointments are being rescheduled.",
    { relevant: true, country: "CA", attacks: ["unknown"], impact: ["appointments-cancelled"] },
  ),
  c(
    "c1-pune-token-slips",
    "IN outlet: handwritten slips, crippled systems",
    "Ransomware cripples Pune hospital's billing",
    "A ransomware attack on the servers of Sahyadri Multispeciality Hospital in Pune crippled its billing and OPD registration systems on Monday, forcing staff to issue handwritten token slips to patients.",
    { relevant: true, country: "IN", attacks: ["ransomware"], impact: ["systems-offline", "paper-records"] },
  ),
  c(
    "c1-roscommon-out-of-hours",
    "IE outlet: a county, a suspended service",
    "Out-of-hours GP service suspended after suspected cyberattack",
    "The out-of-hours GP service run by Shannonside Doctors in Co Roscommon was suspended for the weekend following a suspected cyberattack on its booking platform, the company said.",
    { relevant: true, country: "IE", impact: ["services-closed"] },
  ),
  c(
    "c1-east-midlands-operations",
    "UK trade press: a region, operations cancelled",
    "East Midlands hospital cancels operations after IT attack",
    "Kettleby General Hospital in the East Midlands cancelled 62 planned operations this week after a cyber attack took down its theatre scheduling system.",
    { relevant: true, country: "GB", impact: ["operations-cancelled", "systems-offline"] },
  ),
  c(
    "c1-fine-for-hack",
    "a regulator's fine for a hack (relevant, as dev labels it)",
    "Watchdog fines Corran Health Partners over 2023 ransomware attack",
    "The Information Commissioner's Office has fined Corran Health Partners £900,000 after a 2023 ransomware attack in which hackers stole the records of 41,000 patients.",
    { relevant: true, country: "GB", attacks: ["ransomware", "data-theft"], impact: [] },
  ),
  c(
    "c1-insider-receptionist",
    "insider snooping",
    "Receptionist viewed thousands of patient files",
    "Fernhill Medical Practice in Bristol has told 3,000 patients that a former receptionist looked at their records without a business reason over an 18-month period.",
    { relevant: true, country: "GB", attacks: ["insider"], impact: [] },
  ),
  // ---------------------------------------------------------------- relevance: hard negatives
  no(
    "c1-outage-software-update",
    "non-cyber outage with 'no evidence of a cyber attack'",
    "Glenmoor Hospital system outage blamed on failed update",
    "Glenmoor Hospital's patient administration system went down for six hours on Thursday. " +
      "The health board said the fault was caused by a failed software update and there was no evidence of a cyber attack.",
  ),
  no(
    "c1-burglary-computers",
    "physical break-in taking computers",
    "Burglars steal computers from Maple Row dental surgery",
    "Thieves broke into Maple Row Dental Surgery overnight and took two desktop computers holding patient records, police said. " +
      "The practice has written to patients to explain what happened.",
  ),
  no(
    "c1-laptop-from-car",
    "a laptop stolen from a car",
    "Laptop with patient details stolen from nurse's car",
    "Ashgrove Community Health has notified 1,400 patients after a laptop containing their details was stolen from a district nurse's car in a supermarket car park.",
  ),
  no(
    "c1-fine-no-intruder",
    "a fine for a rule broken, no intruder",
    "Clinic fined for sending letters to old addresses",
    "The data protection regulator has fined Riverway Sexual Health Clinic €60,000 for a breach of data protection law after appointment letters were posted to patients' former addresses.",
  ),
  no(
    "c1-webinar-lessons",
    "conference talk on readiness, no incident",
    "Webinar: what hospital boards should ask about ransomware",
    "Join our panel of hospital CIOs on 14 May as they discuss how boards should question their teams about ransomware readiness, backups and incident response plans.",
  ),
  no(
    "c1-backup-product",
    "product news",
    "Vendor launches immutable backup service for hospitals",
    "Strata Vault has launched an immutable backup service aimed at hospitals, which it says lets a health system restore its electronic health record within hours of a ransomware attack.",
  ),
  no(
    "c1-reporting-law",
    "breach-law piece",
    "New law gives hospitals 72 hours to report cyberattacks",
    "Hospitals in the state will have to report ransomware attacks and other cyber incidents to the health department within 72 hours under a bill signed on Tuesday.",
  ),
  no(
    "c1-tabletop",
    "exercise",
    "Hospitals rehearse a region-wide ransomware attack",
    "Twelve hospitals in the Ardent Valley region took part in a two-day tabletop exercise in which a fictional ransomware gang encrypted their records systems and forced ambulances to be diverted.",
  ),
  no(
    "c1-flood-outage",
    "non-cyber outage: a flood",
    "Flooding knocks out IT at Pinewood hospital",
    "Operations were cancelled at Pinewood Hospital on Wednesday after a burst pipe flooded the server room and took its computer systems offline.",
  ),
  no(
    "c1-ruled-out",
    "a cyber cause ruled out",
    "Health board rules out hacking after systems crash",
    "Dunmore Health Board has ruled out malicious activity as the cause of Monday's IT failure, which forced clinics to cancel appointments. " +
      "A faulty network switch was to blame, it said.",
  ),
  // ---------------------------------------------------------------- impact: absence, conditions, plans, background
  c(
    "c1-care-not-affected-vendor",
    "stated absence",
    "Billing vendor breach exposes hospital patients' data",
    "Hackers stole the data of 12,000 patients of Hollins Ridge Hospital from a billing vendor's servers, the hospital said. " +
      "Patient care was not affected, and all appointments are going ahead as planned.",
    { relevant: true, attacks: ["data-theft"], impact: [] },
  ),
  c(
    "c1-should-outage-continue",
    "conditional",
    "Kingsmere Hospital systems offline after ransomware",
    "Kingsmere Hospital's computer systems have been offline since Saturday after a ransomware attack. " +
      "Should the outage continue into next week, non-urgent operations would be postponed, a spokesperson said.",
    { relevant: true, attacks: ["ransomware"], impact: ["systems-offline"] },
  ),
  c(
    "c1-plans-paper-if",
    "planned and conditional; encryption alone is no outage",
    "Ransomware encrypts eye clinic's servers",
    "Ashworth Eye Clinic said a ransomware attack had encrypted its servers. " +
      "It plans to move to paper-based booking from Monday if the systems are not restored by then.",
    { relevant: true, attacks: ["ransomware"], impact: [] },
  ),
  c(
    "c1-had-it-spread",
    "counterfactual",
    "Hospital contains cyber attack before it reached imaging",
    "Halden Bay Hospital said it had contained a cyber attack on its email system within hours. " +
      "Had the attack spread to the imaging network, scans would have been cancelled, the chief information officer said.",
    { relevant: true, impact: [] },
  ),
  c(
    "c1-background-earlier-diversion",
    "background: an earlier attack's effects",
    "Greyfield Health says new breach affected billing only",
    "Greyfield Health said hackers had accessed its billing system and copied invoices. " +
      "In 2022, a ransomware attack on the same health system forced it to divert ambulances for nine days and cancel hundreds of surgeries.",
    { relevant: true, attacks: ["data-theft"], impact: [] },
  ),
  // ---------------------------------------------------------------- impact: paraphrases
  c(
    "c1-dialysis-sent-elsewhere",
    "patients sent to another hospital",
    "Dialysis patients sent to Northgate after cyber attack",
    "Patients due for dialysis at Eastmoor Renal Unit were sent to Northgate General Hospital on Thursday after a cyber attack shut down the unit's treatment scheduling system.",
    { relevant: true, impact: ["ambulance-diversion", "systems-offline"] },
  ),
  c(
    "c1-no-access-epr",
    "no access to records",
    "Hospital staff without patient records for a week",
    "Staff at Bramwell Infirmary have had no access to the hospital's electronic patient record since ransomware struck last Tuesday, and they are writing notes by hand.",
    { relevant: true, attacks: ["ransomware"], impact: ["systems-offline", "paper-records"] },
  ),
  c(
    "c1-pen-and-paper-practices",
    "gone back to pen and paper",
    "GP surgeries back to pen and paper after supplier hack",
    "More than 30 GP practices in Norfolk have gone back to pen and paper after a cyber attack on their clinical software supplier, Medisys Connect.",
    { relevant: true, country: "GB", impact: ["paper-records"] },
  ),
  c(
    "c1-radiotherapy-postponed",
    "treatments postponed",
    "Cancer patients' radiotherapy delayed by cyber attack",
    "Radiotherapy treatments were postponed for 70 patients at Carrick Cancer Centre after a cyber attack disabled the machines' planning software.",
    { relevant: true, impact: ["operations-cancelled", "systems-offline"] },
  ),
  c(
    "c1-stores-shut",
    "a pharmacy chain's stores shut",
    "Pharmacy chain shuts stores after ransomware attack",
    "Brightwell Pharmacy, a chain of 40 pharmacies in Ontario, shut all of its stores for two days after a ransomware attack on its head office.",
    { relevant: true, country: "CA", attacks: ["ransomware"], impact: ["services-closed"] },
  ),
  c(
    "c1-phone-lines-down",
    "phone lines down",
    "Clinic phone lines down after cyber incident",
    "Willowbank Children's Clinic said its phone lines are down following a cyber incident, and asked parents to use email until further notice.",
    { relevant: true, impact: ["systems-offline"] },
  ),
  c(
    "c1-leaking-in-batches",
    "leaked in batches",
    "Hackers leak patient files from Corvale clinic",
    "The Medusa gang has begun leaking patient files stolen from Corvale Women's Clinic in batches after the clinic refused to pay.",
    { relevant: true, attacks: ["data-theft", "extortion"], impact: ["data-leaked"] },
  ),
  // ---------------------------------------------------------------- attack types and country
  c(
    "c1-mailbox-phish",
    "phishing and data theft",
    "Phishing email gave hackers access to clinic mailbox",
    "A phishing email sent to a staff member at Orla Physiotherapy in Galway gave hackers access to a mailbox, from which they downloaded patient referral letters.",
    { relevant: true, country: "IE", attacks: ["phishing", "data-theft"], impact: [] },
  ),
  c(
    "c1-hacktivists-danish",
    "DDoS on websites, a demonym",
    "Hacktivists knock Danish hospital websites offline",
    "Pro-Russian hacktivists knocked the websites of four Danish hospitals offline on Monday, including Sondervig Regional Hospital, by flooding them with junk traffic.",
    { relevant: true, country: "DK", attacks: ["ddos"], impact: ["systems-offline"] },
  ),
  c(
    "c1-wire-dateline-lagos",
    "wire dateline in another country",
    "Nigerian hospital hit by ransomware",
    "LONDON, March 3 (Reuters) - Hackers encrypted the computer systems of Ikoyi Specialist Hospital in Lagos, the hospital said on Monday, and demanded payment in bitcoin.",
    { relevant: true, country: "NG", attacks: ["ransomware"], impact: [] },
  ),
  c(
    "c1-kathmandu",
    "dateline city in a smaller country",
    "Hospital data stolen in cyberattack",
    "KATHMANDU - Hackers have stolen the records of patients of Bagmati Teaching Hospital, the hospital's director said on Sunday.",
    { relevant: true, country: "NP", attacks: ["data-theft"], impact: [] },
  ),
  c(
    "c1-city-in-company-name",
    "a city inside a company name",
    "Berlin Heights Family Practice reports breach",
    "Berlin Heights Family Practice in Ohio says an unknown attacker copied patient files from its server in January.",
    { relevant: true, country: "US", attacks: ["data-theft"], impact: [] },
  ),
  c(
    "c1-slovenian-health-centre",
    "a smaller country's demonym",
    "Slovenian health centre hit by cyber attack",
    "A Slovenian community health centre, Zdravstveni Dom Brezova, said on Tuesday that a cyber attack had left its appointment system unavailable.",
    { relevant: true, country: "SI", impact: ["systems-offline"] },
  ),
  c(
    "c1-outlet-country",
    "an outlet's country beside the victim's",
    "Uruguayan clinic confirms ransomware attack, El Pais reports",
    "Spain's El Pais reported on Thursday that Clinica San Roque in Montevideo had confirmed a ransomware attack that encrypted its patient database.",
    { relevant: true, country: "UY", attacks: ["ransomware"], impact: [] },
  ),
];

/** Round 2: written after round 1 was fixed, before the extractor was run on it. */
const ROUND_2: BankCase[] = [
  // ---------------------------------------------------------------- relevance: positives
  c(
    "c2-tracker-leak-site-de",
    "tracker line with a bracketed country",
    "Everest adds German hospital to leak site",
    "The Everest ransomware group added Klinikum Sonnenhof (DE) to its leak site on 4 March, claiming to hold 90 GB of files.",
    { relevant: true, country: "DE", impact: [] },
  ),
  c(
    "c2-press-release-event",
    "press release: 'cybersecurity event', network taken offline",
    "Harbourview Behavioral Health Announces Cybersecurity Event",
    'Harbourview Behavioral Health ("Harbourview") today announced that it recently experienced a cybersecurity event that disrupted some of its IT systems. ' +
      "Upon learning of the event, Harbourview took its network offline and engaged third-party forensic specialists.",
    { relevant: true, impact: ["systems-offline"] },
  ),
  c(
    "c2-perth-booking-affected",
    "AU brief: a system affected is not offline",
    "Perth radiology group investigates cyber incident",
    "Perth-based radiology group Swan Imaging says it is investigating a cyber security incident affecting its patient booking system.",
    { relevant: true, country: "AU", impact: [] },
  ),
  c(
    "c2-tracker-new-victim-nz",
    "ransomware.live style post",
    "Medusa: Kauri Bay Medical Centre",
    "Medusa has just published a new victim : Kauri Bay Medical Centre (NZ)",
    { relevant: true, country: "NZ", impact: [] },
  ),
  c(
    "c2-kingston-ont",
    "CA: a town with the province abbreviated",
    "Hackers steal staff payroll data from Lakeshore Health",
    "Lakeshore Health in Kingston, Ont., says hackers stole payroll data belonging to 3,800 current and former staff.",
    { relevant: true, country: "CA", attacks: ["data-theft"], impact: [] },
  ),
  c(
    "c2-cisss-laurentides",
    "CA: a Quebec health region by its French name",
    "Cyberattaque au CISSS: Laurentides health network hit",
    "The CISSS des Laurentides said a cyberattack on Sunday forced it to shut down several clinical systems in its hospitals in the Laurentides region.",
    { relevant: true, country: "CA", impact: ["systems-offline"] },
  ),
  // ---------------------------------------------------------------- relevance: negatives
  no(
    "c2-awareness-month",
    "awareness campaign",
    "Hospital marks Cybersecurity Awareness Month with staff phishing quiz",
    "Staff at Brackwater General Hospital took part in a phishing quiz this week as part of Cybersecurity Awareness Month, the hospital's IT team said.",
  ),
  no(
    "c2-defences-contract",
    "contract for defences",
    "Trust signs £4m deal for new cyber defences",
    "Ellerby NHS Trust has signed a £4 million contract with a security firm to strengthen its defences against ransomware, after an internal review found gaps in its backups.",
  ),
  no(
    "c2-tills-not-cyber",
    "outage, cyber cause ruled out in the body",
    "Pharmacy chain's tills down across the country",
    "Tills at Greenleaf Pharmacy stores were down nationwide on Saturday. The company said the outage was caused by a fault at a network provider and was not a cyber incident.",
  ),
  no(
    "c2-scam-calls",
    "scam calls to patients",
    "Patients warned about scam calls",
    "Kestrel Valley Hospital has warned patients about scam phone calls from people claiming to work for its billing department and asking for card details.",
  ),
  no(
    "c2-laptop-break-in",
    "a laptop taken in a break-in",
    "Clinic laptop stolen in break-in",
    "A laptop was taken during a break-in at Alder Road Clinic on Sunday night. The clinic said the device was encrypted and it did not believe patient information was at risk.",
  ),
  no(
    "c2-simulation-students",
    "simulation",
    "Medical students learn to handle ransomware in simulation",
    "Final-year medical students at Ravensmoor University spent a day in a simulated ward where a mock ransomware attack shut down the electronic records.",
  ),
  no(
    "c2-council-social-care",
    "a council's social care files (kind a)",
    "Council's social care records stolen in cyber attack",
    "Hartwell Borough Council said hackers had stolen files from its adult social care department during a cyber attack last week.",
  ),
  // ---------------------------------------------------------------- impact
  c(
    "c2-procedures-rescheduled-quote",
    "reported speech",
    "Cyber attack hits Fenwick Royal Hospital",
    "Fenwick Royal Hospital said a cyber attack had hit its IT systems on Monday, and that 'a number' of elective procedures had been rescheduled.",
    { relevant: true, impact: ["operations-cancelled"] },
  ),
  c(
    "c2-mothers-sent",
    "patients of a kind sent elsewhere",
    "Maternity unit hit by cyber attack",
    "Expectant mothers were sent to Northfield General Hospital to give birth after a cyber attack disabled the maternity unit's monitoring system at Ashby Community Hospital.",
    { relevant: true, impact: ["ambulance-diversion", "systems-offline"] },
  ),
  c(
    "c2-ehr-downtime",
    "downtime procedures since the EHR went down",
    "Health system on downtime after ransomware",
    "Clinicians at Pine Hollow Health have been working under downtime procedures since the EHR went down on Friday in a ransomware attack.",
    { relevant: true, attacks: ["ransomware"], impact: ["systems-offline", "paper-records"] },
  ),
  c(
    "c2-website-defaced",
    "a defaced website is not offline",
    "Hackers deface clinic website",
    "Hackers defaced the website of Elmbridge Fertility Clinic on Tuesday, replacing its home page with a political message. The clinic said no patient data was involved.",
    { relevant: true, impact: [] },
  ),
  c(
    "c2-database-for-sale",
    "stolen data offered for sale",
    "Hospital patient database offered for sale",
    "A database stolen from Vistamar Hospital in Lima is being sold on a Russian-language forum for $20,000, researchers said.",
    { relevant: true, country: "PE", impact: ["data-leaked"] },
  ),
  c(
    "c2-could-divert-if",
    "conditional diversion beside an outage",
    "Hospital warns of diversions if outage continues",
    "Tarn Valley Hospital's computer systems remain offline after Tuesday's cyber attack. Ambulances could be diverted if the outage continues, the hospital said.",
    { relevant: true, impact: ["systems-offline"] },
  ),
  c(
    "c2-will-remain-closed",
    "'will remain closed' is closed now",
    "Clinic closed after ransomware",
    "Bright Lane Dental Clinic will remain closed until Monday after a ransomware attack encrypted its patient records, the owner said.",
    { relevant: true, attacks: ["ransomware"], impact: ["services-closed"] },
  ),
  c(
    "c2-unit-reopened",
    "closed then reopened",
    "Minor injuries unit reopens after cyber attack",
    "The minor injuries unit at Colbeck Hospital, which closed for two days after the cyber attack, has now reopened.",
    { relevant: true, impact: ["services-closed"] },
  ),
  c(
    "c2-no-ops-but-appointments",
    "an absence beside an effect",
    "Outpatient appointments moved after cyber attack",
    "No operations have been cancelled at Haddow Hospital, but outpatient appointments on Tuesday were moved to Thursday after the cyber attack.",
    { relevant: true, impact: ["appointments-cancelled"] },
  ),
  c(
    "c2-expert-could-face",
    "an expert's hypothesis beside a fact",
    "Hospital systems down for third day",
    "Systems at Marrick General Hospital have been down since Monday's cyber attack. An expert said patients could face delays to treatment if they stay down.",
    { relevant: true, impact: ["systems-offline"] },
  ),
  c(
    "c2-doing-on-paper",
    "a quote: 'doing everything on paper'",
    "Nurses describe chaos after hospital hack",
    "'We are doing everything on paper,' one nurse at Ormskirk Vale Hospital told the Herald after the hack on Monday.",
    { relevant: true, impact: ["paper-records"] },
  ),
  c(
    "c2-echoes-other-attack",
    "another incident named as a comparison",
    "Hackers steal data from Kestrel Bay clinic",
    "Hackers stole patient data from Kestrel Bay Clinic last week. The attack echoes the 2021 strike on Harlow Vale Health, which forced it to cancel surgeries for weeks.",
    { relevant: true, attacks: ["data-theft"], impact: [] },
  ),
  // ---------------------------------------------------------------- attack types
  c(
    "c2-wiper",
    "wiper malware",
    "Wiper malware erased hospital servers",
    "Investigators found the attackers had deployed wiper malware at Gransden Hospital that erased data on 300 servers.",
    { relevant: true, attacks: ["malware"] },
  ),
  c(
    "c2-emails-patients-demand",
    "patients extorted directly",
    "Therapy patients extorted after clinic hack",
    "Hackers who stole therapy notes from Mindwell Psychotherapy emailed patients directly, demanding $200 each to keep the notes private.",
    { relevant: true, attacks: ["data-theft", "extortion"] },
  ),
  c(
    "c2-message-every-screen",
    "encryption told by a note on the screens",
    "Staff find ransom message on hospital screens",
    "Staff at Kirkby Lane Hospital arrived on Monday to find a message on every screen saying the hospital's files had been locked.",
    { relevant: true, attacks: ["ransomware"] },
  ),
  c(
    "c2-not-ransomware-ddos",
    "ransomware denied, a DDoS",
    "Hospital website down in DDoS attack",
    "Grayson Memorial Hospital stressed that no ransomware was involved and no data was encrypted: the attack was a DDoS that took its website down for six hours.",
    { relevant: true, attacks: ["ddos"], impact: ["systems-offline"] },
  ),
  // ---------------------------------------------------------------- country
  c(
    "c2-outlet-demonym",
    "an outlet's demonym beside the victim's city",
    "Belfast hospice hit by ransomware",
    "Kestrel Hospice in Belfast was hit by ransomware last week, The Irish Times reported.",
    { relevant: true, country: "GB", attacks: ["ransomware"] },
  ),
  c(
    "c2-tartu-possessive",
    "a city described by its country's possessive",
    "Hospital in Tartu hit by cyber attack",
    "A hospital in Tartu, Estonia's second city, said a cyber attack had taken its appointment system offline.",
    { relevant: true, country: "EE", impact: ["systems-offline"] },
  ),
  c(
    "c2-moldovan-clinic",
    "a smaller country's demonym",
    "Moldovan clinic data stolen",
    "Hackers stole the records of 20,000 patients from a Moldovan private clinic, Clinica Vitalis, the clinic said.",
    { relevant: true, country: "MD", attacks: ["data-theft"] },
  ),
  c(
    "c2-city-name-other-country",
    "a German city opening a US company's name",
    "Hamburg Dental Group breach",
    "Hamburg Dental Group, based in Peoria, Illinois, said an unauthorized party accessed its patient database in May.",
    { relevant: true, country: "US" },
  ),
];

/** Round 3: written after round 2 was fixed, before the extractor was run on it. */
const ROUND_3: BankCase[] = [
  c(
    "c3-hhs-portal",
    "breach-portal listing",
    "Surgical practice reports hacking incident to HHS",
    "The HHS Office for Civil Rights breach portal lists a hacking/IT incident at Oakmere Surgical Associates affecting 14,200 individuals.",
    { relevant: true, country: "US", impact: [] },
  ),
  c(
    "c3-radiotherapy-transferred",
    "patients transferred to a named hospital",
    "Cancer patients transferred after cyber attack",
    "Radiotherapy patients at Dunmere Cancer Centre were transferred to St Olave's Hospital after a cyber attack knocked out the centre's treatment planning system.",
    { relevant: true, impact: ["ambulance-diversion", "systems-offline"] },
  ),
  c(
    "c3-caesareans-postponed",
    "procedures named by kind",
    "Planned caesareans postponed after hospital cyber attack",
    "Planned caesarean sections at Wexcombe General Hospital were postponed on Wednesday after a cyber attack disrupted its maternity systems.",
    // Corrected after the first run: "disrupted its maternity systems" is systems disrupted as systems (README).
    { relevant: true, impact: ["operations-cancelled", "systems-offline"] },
  ),
  c(
    "c3-ed-closed-walk-ins",
    "closed to walk-ins",
    "Emergency department closed to walk-ins after cyber attack",
    "The emergency department at Harrowfield Hospital was closed to walk-in patients on Thursday after a cyber attack took down its triage system.",
    { relevant: true, impact: ["systems-offline", "services-closed"] },
  ),
  c(
    "c3-appeared-onion",
    "files appeared on the leak site",
    "Stolen clinic files appear on gang's site",
    "Files stolen from Larchmont Eye Clinic appeared on the Rhysida gang's onion site on Friday, a week after the clinic refused to pay.",
    { relevant: true, attacks: ["data-theft", "extortion"], impact: ["data-leaked"] },
  ),
  c(
    "c3-threat-only",
    "a threat to publish is no leak",
    "Gang threatens to publish clinic data",
    "The Lynx group says it stole 60GB from Corrib Fertility Clinic and has threatened to publish the data on Friday unless it is paid.",
    { relevant: true, attacks: ["data-theft", "extortion"], impact: [] },
  ),
  no(
    "c3-fire-data-centre",
    "a fire, no cyber attack",
    "Fire in hospital data centre takes systems offline",
    "A fire in the data centre at Stanmoor Hospital took its computer systems offline on Sunday. Police said there was no suggestion of a cyber attack.",
  ),
  c(
    "c3-dental-tracker",
    "tracker line naming a dental group",
    "Qilin lists Bright Smile Dental Group",
    "Qilin lists 'Bright Smile Dental Group' on its blog; the post claims 200GB of files.",
    { relevant: true, impact: [] },
  ),
  c(
    "c3-san-juan",
    "a US territory's capital",
    "Puerto Rico hospital hit by ransomware",
    "Hospital San Benito in San Juan said ransomware had encrypted its servers.",
    { relevant: true, country: "PR", attacks: ["ransomware"] },
  ),
  c(
    "c3-welsh-board",
    "a demonym for a UK nation",
    "Welsh health board confirms cyber attack",
    "A Welsh health board, Bryn Teg University Health Board, confirmed on Monday that a cyber attack had taken its email offline.",
    { relevant: true, country: "GB", impact: ["systems-offline"] },
  ),
  c(
    "c3-singapore-based",
    "a country in a compound adjective",
    "Clinic group reports data theft",
    "Singapore-based clinic group Lumen Medical said hackers had stolen the personal data of 8,000 patients.",
    { relevant: true, country: "SG", attacks: ["data-theft"] },
  ),
  c(
    "c3-russian-hackers-polish",
    "attacker nationality beside the victim's city",
    "Russian hackers hit hospital in Gdansk",
    "Russian hackers hit the computer systems of Baltic Regional Hospital in Gdansk, the hospital said, forcing staff to cancel planned operations.",
    { relevant: true, country: "PL", impact: ["operations-cancelled"] },
  ),
  c(
    "c3-cebu",
    "a city of a smaller country",
    "Cebu hospital records leaked",
    "Records of 40,000 patients of Visayas Doctors Hospital in Cebu City were leaked online after a ransomware attack.",
    { relevant: true, country: "PH", impact: ["data-leaked"] },
  ),
  c(
    "c3-ed-open-precaution",
    "stated absence beside a precaution",
    "Hospital takes systems offline as precaution",
    "Hallam Vale Hospital took its systems offline as a precaution after detecting a cyber attack. The emergency department remained open throughout.",
    { relevant: true, impact: ["systems-offline"] },
  ),
  c(
    "c3-weak-password",
    "data copied after a guessed password",
    "Hackers copied clinic scans after guessing password",
    "Attackers guessed a weak password to get into Tamsin Imaging's remote desktop server and copied 12GB of scans, the company said.",
    { relevant: true, attacks: ["data-theft"] },
  ),
  c(
    "c3-chemo-delayed-quote",
    "impact in a patient's quote",
    "Patients describe delays after cancer centre hack",
    "'My chemo was delayed by a week because of the hack,' one patient of Ridgeview Oncology told reporters.",
    { relevant: true, impact: ["operations-cancelled"] },
  ),
  c(
    "c3-was-not-ransomware",
    "a negated attack type",
    "Clinic says breach was not ransomware",
    "Kelso Family Clinic said the breach was not a ransomware attack: an intruder accessed one email account and no systems were encrypted.",
    { relevant: true, attacks: ["unknown"] },
  ),
];

export const CARE_BANK: BankCase[] = [...ROUND_1, ...ROUND_2, ...ROUND_3];

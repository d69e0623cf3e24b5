// A bank of invented excerpts for relevance, impact on care, attack types and country, written round by round as other
// newsrooms write (wire copy, local TV, trade press, UK/AU/CA/IN/EU outlets, notification letters, tracker posts). Labels
// follow ../shared/eval/README.md and were written before the extractor was run on a round. Every organisation, person,
// place pairing and figure is made up.
//
// Choices where the guide is silent: a break-in that takes computers and a stolen laptop are thefts, not cyber incidents
// (not relevant); a regulator's fine for a hack reports the hack (relevant, as dev labels it), a fine for a breach of a
// rule with no intruder does not.
import type { BankCase, Want } from "./unseen-shapes-bank";

const c = (id: string, shape: string, title: string, text: string, want: Want): BankCase => ({
  id,
  shape,
  title,
  text,
  want,
});
const no = (id: string, shape: string, title: string, text: string): BankCase =>
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

export const CARE_BANK: BankCase[] = [...ROUND_1];

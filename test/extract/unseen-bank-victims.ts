// A bank of invented news excerpts probing victim names and victim type as other newsrooms write them (issue 15,
// classes 1 and 2): brands with no health word that the text describes, names cut or run on (abbreviations, curly
// apostrophes, job titles after a name, brackets, "and" inside a name or between two names, possessives, title-case
// headlines), bodies that are no victims (agencies told, outlets, products, places, other incidents' victims, vendors'
// customers, law firms), and types decided by what the text says an organisation is rather than by a word of its name.
// Every organisation, person and figure is made up; labels follow ../shared/eval/README.md and were written before the
// extractor was run on the texts. Only relevance, victims, type (and country where the text fixes it) are checked.
import type { BankCase, Want } from "./unseen-shapes-bank";

type Checked = Pick<Want, "victims" | "type" | "country"> & { relevant?: boolean };

/** A relevant case unless said otherwise; fields not given are not checked. */
export const v = (id: string, shape: string, title: string, text: string, want: Checked): BankCase => ({
  id,
  shape,
  title,
  text,
  want: { relevant: true, ...want },
});

// ---------------------------------------------------------------- round 1: brands the text describes
const BRANDS: BankCase[] = [
  v(
    "v1-retail-pharmacy-brand",
    "brand with no health word, apposition 'a Canadian retail pharmacy chain'",
    "Cyberattack forces Halvane to shut its stores",
    "Halvane, a Canadian retail pharmacy chain, said on Tuesday that a cyberattack had forced it to close its 84 stores in Ontario and Nova Scotia while it restores its systems. " +
      "Customers with urgent prescriptions were told to visit other pharmacies.",
    { victims: ["Halvane"], type: "pharmacy", country: "CA" },
  ),
  v(
    "v1-eprescription-brand",
    "brand described as an e-prescription provider",
    "E-prescription outage after ransomware hits Corvix",
    "Corvix, an e-prescription provider used by some 6,000 physician offices, confirmed on Friday that a ransomware attack had encrypted parts of its network. " +
      "Doctors reported they could not send prescriptions electronically for a second day.",
    { victims: ["Corvix"], type: "health-it-vendor" },
  ),
  v(
    "v1-plasma-collector",
    "brand named once, then 'the plasma collector's donation centers'",
    "Ransomware attack disrupts Veltrix operations",
    "Veltrix, one of the largest plasma collectors in the United States, said a ransomware attack forced it to take some systems offline last week. " +
      "The plasma collector's donation centers stayed open, but donors were asked to bring printed appointment confirmations.",
    { victims: ["Veltrix"], type: "other-healthcare", country: "US" },
  ),
  v(
    "v1-home-health-brand",
    "brand with 'Inc.' then a description as a home health agency",
    "Home health agency says patient data stolen",
    "Brightwater Services Inc., a home health agency based in Tucson, Arizona, is notifying 18,200 patients that an unauthorized party stole files from its network in March.",
    { victims: ["Brightwater Services"], type: "care-home", country: "US" },
  ),
  v(
    "v1-imaging-brand-operates",
    "brand typed by what it operates ('operates 25 diagnostic imaging centres')",
    "Queensland scan provider Lumora hit by hackers",
    "Lumora, which operates 25 diagnostic imaging centres across Queensland, has confirmed that hackers gained access to its booking system and copied patient details. " +
      "The company said scans were going ahead as scheduled.",
    { victims: ["Lumora"], type: "imaging", country: "AU" },
  ),
  v(
    "v1-tpa-insurer",
    "brand described as a third-party administrator of health plans",
    "Health plan administrator Tandem discloses breach",
    "Tandem Benefits Administrators, a third-party administrator of employer health plans, says a cybercriminal accessed an email account containing claims information for about 41,000 plan members.",
    { victims: ["Tandem Benefits Administrators"], type: "insurer" },
  ),
];

// ---------------------------------------------------------------- round 1: names cut or run on
const NAME_SHAPES: BankCase[] = [
  v(
    "v1-saint-abbrev",
    "name opening on 'St.' with a possessive",
    "Ohio hospital diverts ambulances after cyberattack",
    "St. Bramwell's Regional Medical Center in Dayton, Ohio, diverted ambulances to nearby hospitals on Saturday after a cyberattack took its computer systems offline.",
    { victims: ["St. Bramwell's Regional Medical Center"], type: "hospital", country: "US" },
  ),
  v(
    "v1-curly-apostrophe",
    "curly apostrophe inside the name",
    "Queen’s Meadow Hospital hit by ransomware",
    "Queen’s Meadow Hospital in Hampshire has been hit by a ransomware attack, the trust that runs it said, and some outpatient clinics have been cancelled.",
    { victims: ["Queen’s Meadow Hospital"], type: "hospital", country: "GB" },
  ),
  v(
    "v1-ceo-after-name",
    "job title and a person after the name",
    "Cyberattack disrupts Marrow Valley hospitals",
    "A cyberattack has disrupted systems across Marrow Valley Health Network, which runs three hospitals in western Pennsylvania. " +
      '"Patient safety is our first priority," Marrow Valley Health Network President and CEO Dana Hollis said in a statement.',
    { victims: ["Marrow Valley Health Network"], type: "hospital", country: "US" },
  ),
  v(
    "v1-bracket-state",
    "a bracketed state inside the name",
    "Iowa hospital says systems down after ransomware attack",
    "Harlan (Iowa) Memorial Hospital said a ransomware attack had taken down its electronic health record on Wednesday, and staff were using paper charts.",
    { victims: ["Harlan (Iowa) Memorial Hospital"], type: "hospital", country: "US" },
  ),
  v(
    "v1-two-at-and",
    "two hospitals joined at 'and'",
    "Two hospitals hit by the same ransomware gang",
    "Lindell Community Hospital and Northam General Hospital, which share an IT provider, were both hit by ransomware over the weekend, officials said.",
    { victims: ["Lindell Community Hospital", "Northam General Hospital"], type: "hospital" },
  ),
  v(
    "v1-and-inside-trust",
    "'and' inside an NHS trust's name",
    "NHS trust confirms cyber incident",
    "Hollins and Marsh NHS Foundation Trust has declared a critical incident after a cyber attack affected its pathology systems, and some blood tests are being delayed.",
    { victims: ["Hollins and Marsh NHS Foundation Trust"], type: "hospital", country: "GB" },
  ),
  v(
    "v1-possessive-system",
    "the victim named only with a possessive",
    "Ransomware attack hits hospitals in Nebraska",
    "Brackenridge Health's four hospitals in Nebraska have been running on downtime procedures since a ransomware attack on Monday, a spokesperson said.",
    { victims: ["Brackenridge Health"], type: "hospital", country: "US" },
  ),
  v(
    "v1-subsidiary-parent",
    "a subsidiary hit, its parent named as owner",
    "Dental group discloses ransomware attack",
    "Ostara Dental Partners, a subsidiary of private equity firm Kelvin Capital Group, said a ransomware attack on its network may have exposed records of patients at its 45 dental offices.",
    { victims: ["Ostara Dental Partners"], type: "dental" },
  ),
  v(
    "v1-title-case-headline",
    "the victim named only in a title-case headline",
    "Ransomware Attack Hits Pemberton Valley Medical Center",
    "The 140-bed hospital in Bend, Oregon, said Thursday that its phone and computer systems were down and that it was diverting ambulances.",
    { victims: ["Pemberton Valley Medical Center"], type: "hospital", country: "US" },
  ),
];

// ---------------------------------------------------------------- round 1: names that are no victims
const NOT_VICTIMS: BankCase[] = [
  v(
    "v1-regulators-told",
    "the agencies the victim informed",
    "Hospital reports cyber attack to regulators",
    "Ravenmoor Hospital said on Friday that it had been the victim of a cyber attack and had informed the Information Commissioner's Office, NHS England and the National Cyber Security Centre.",
    { victims: ["Ravenmoor Hospital"], type: "hospital", country: "GB" },
  ),
  v(
    "v1-outlet-told",
    "the outlet the victim spoke to",
    "Clinic confirms hack",
    "Gallow Bay Clinic confirmed to the Coastline Tribune that hackers had accessed patient files during a ransomware attack last month.",
    { victims: ["Gallow Bay Clinic"], type: "clinic" },
  ),
  v(
    "v1-product-named",
    "the product the attackers exploited",
    "Family practice breached through software flaw",
    "Attackers exploited a flaw in the Medora Cloud EHR platform to steal records from Thistledown Family Practice, a family medicine practice in Vermont, the practice said.",
    { victims: ["Thistledown Family Practice"], type: "primary-care", country: "US" },
  ),
  v(
    "v1-background-victim",
    "a victim of an earlier incident named as background",
    "Hospital hit by ransomware months after neighbour",
    "Ember Ridge Hospital was hit by a ransomware attack on Tuesday that shut down its emergency department. " +
      "The attack comes six months after Carrow Point Hospital, 30 miles away, was hit by the same gang.",
    { victims: ["Ember Ridge Hospital"], type: "hospital" },
  ),
  v(
    "v1-vendor-customers",
    "a vendor hit, its customers not victims",
    "Dental software vendor Pellora hit by ransomware",
    "Pellora, a dental software vendor, was hit by ransomware last week, leaving hundreds of dental practices unable to open patient charts. " +
      "Among them was Oakhurst Family Dentistry in Kansas, whose owner said appointments were being booked by phone.",
    { victims: ["Pellora"], type: "health-it-vendor" },
  ),
  v(
    "v1-law-firm",
    "a law firm suing the victim",
    "Lawsuit filed over Ember Lake hospital breach",
    "The law firm Harcourt Lyle LLP has filed a class action against Ember Lake Hospital over a data breach in which hackers stole the records of 92,000 patients.",
    { victims: ["Ember Lake Hospital"], type: "hospital" },
  ),
  v(
    "v1-security-firm-and-police",
    "the security firm hired and the police",
    "Fertility clinic hit by hackers",
    "Coralbay Fertility said it had engaged the incident response firm Brightshield and contacted the Metropolitan Police after hackers encrypted its servers.",
    { victims: ["Coralbay Fertility"], type: "clinic" },
  ),
];

// ---------------------------------------------------------------- round 1: type decided by the description
const TYPES: BankCase[] = [
  v(
    "v1-clinic-is-hospital",
    "a large hospital whose name ends in 'Clinic'",
    "Cyberattack hits Halloway Clinic",
    "The Halloway Clinic, a 900-bed academic medical center in Rochester, Minnesota, said a cyberattack had forced it to reschedule some surgeries.",
    { victims: ["Halloway Clinic"], type: "hospital", country: "US" },
  ),
  v(
    "v1-health-center-is-hospital",
    "a hospital whose name ends in 'Health Center'",
    "Ransomware hits Orrin Valley Health Center",
    "Orrin Valley Health Center, a 210-bed acute care hospital in Idaho, said its computer systems were encrypted by ransomware overnight.",
    { victims: ["Orrin Valley Health Center"], type: "hospital", country: "US" },
  ),
  v(
    "v1-ems-authority",
    "an EMS authority that dispatches ambulances",
    "EMS authority's dispatch systems hit by ransomware",
    "The Kessler County EMS Authority, which dispatches ambulances for 14 towns, said a ransomware attack had knocked out its computer-aided dispatch system and crews were being sent by radio.",
    { victims: ["Kessler County EMS Authority"], type: "ambulance" },
  ),
  v(
    "v1-physio-chain",
    "a physical therapy chain",
    "Physical therapy chain reports data breach",
    "Stridewell Physical Therapy, which runs 40 outpatient clinics in Georgia and Alabama, said hackers stole patient names, dates of birth and insurance details.",
    { victims: ["Stridewell Physical Therapy"], type: "clinic", country: "US" },
  ),
  v(
    "v1-pathology-for-gps",
    "a pathology lab whose customers are GP surgeries",
    "Pathology firm hit by cyber attack",
    "Norbrook Pathology, which processes blood tests for GP surgeries across south London, has been hit by a cyber attack, leaving practices unable to receive results.",
    { victims: ["Norbrook Pathology"], type: "laboratory", country: "GB" },
  ),
  v(
    "v1-insurer-hospital-claims",
    "an insurer whose breached data came from hospitals",
    "Health plan says hackers took claims data",
    "Grantham Health Plan, a non-profit health insurer with 300,000 members, said a hacker accessed claims data submitted by hospitals and doctors in its network.",
    { victims: ["Grantham Health Plan"], type: "insurer" },
  ),
  v(
    "v1-chemists",
    "a family chain of chemists",
    "Chemist chain hit by ransomware",
    "Dunmore Chemists, a family-run chain of 12 pharmacies in Northern Ireland, said a ransomware attack had stopped it dispensing repeat prescriptions on Monday.",
    { victims: ["Dunmore Chemists"], type: "pharmacy", country: "GB" },
  ),
  v(
    "v1-dental-support-org",
    "a dental support organisation",
    "Dental group says patient data accessed",
    "BrightArc Smiles, a dental support organization with 60 affiliated practices in Texas, said an intruder accessed a server holding patient records.",
    { victims: ["BrightArc Smiles"], type: "dental", country: "US" },
  ),
  v(
    "v1-psychotherapy",
    "a psychotherapy and counselling provider",
    "Therapy provider's patient notes stolen",
    "Calder Minds, a Leeds-based provider of psychotherapy and counselling, said hackers had stolen session notes belonging to some of its clients.",
    { victims: ["Calder Minds"], type: "mental-health", country: "GB" },
  ),
  v(
    "v1-care-homes",
    "a care home operator",
    "Care home group hit by cyber attack",
    "Holmwood Living, which operates 30 care homes across Scotland, said a cyber attack had taken its rota and medication systems offline.",
    { victims: ["Holmwood Living"], type: "care-home", country: "GB" },
  ),
  v(
    "v1-gp-practice",
    "a GP practice named 'Surgery'",
    "GP surgery's systems down after cyber attack",
    "Ashgrove Surgery, a GP practice in Bristol with 11,000 registered patients, said a cyber attack had left it unable to book appointments.",
    { victims: ["Ashgrove Surgery"], type: "primary-care", country: "GB" },
  ),
  v(
    "v1-ehr-vendor",
    "an EHR vendor whose customers are hospitals",
    "EHR vendor Medivane hit by ransomware",
    "Medivane, whose electronic health record software is used by 400 hospitals, said ransomware had encrypted servers hosting customer data.",
    { victims: ["Medivane"], type: "health-it-vendor" },
  ),
  v(
    "v1-fqhc",
    "a community health centre (federally qualified health center)",
    "Chicago health center reports breach",
    "Eastgate Community Health Center, a federally qualified health center serving low-income patients in Chicago, said hackers stole files containing patient information.",
    { victims: ["Eastgate Community Health Center"], type: "primary-care", country: "US" },
  ),
  v(
    "v1-ivf-brand",
    "a fertility clinic brand with no health word",
    "Fertility provider Ovaria says data stolen",
    "Ovaria, a chain of fertility clinics in Spain, said a cyberattack had exposed the records of patients undergoing IVF treatment.",
    { victims: ["Ovaria"], type: "clinic", country: "ES" },
  ),
  v(
    "v1-regulator-headline",
    "a regulator in the headline, an imaging provider the victim",
    "HHS investigates breach at Calloway Imaging",
    "Calloway Imaging, an outpatient radiology provider in Florida, said an attacker accessed patient scans and reports stored on its network.",
    { victims: ["Calloway Imaging"], type: "imaging", country: "US" },
  ),
];

// ---------------------------------------------------------------- round 2: names, written before round 2 was run
const ROUND_2_NAMES: BankCase[] = [
  v(
    "v2-st-no-dot-hospice",
    "British 'St' with no full stop, a hospice",
    "Hospice hit by cyber attack",
    "St Elsworth's Hospice in Norfolk said a cyber attack had taken its patient record system offline, and nurses were working from printed notes.",
    { victims: ["St Elsworth's Hospice"], type: "care-home", country: "GB" },
  ),
  v(
    "v2-ampersand-name",
    "an ampersand inside the name",
    "Eye practice reports ransomware attack",
    "Harker & Vale Eye Surgeons, a practice with four offices in New Jersey, said ransomware encrypted its imaging and billing servers.",
    { victims: ["Harker & Vale Eye Surgeons"], type: "clinic", country: "US" },
  ),
  v(
    "v2-curly-possessive-of-victim",
    "a curly apostrophe in the name and in its possessive",
    "Children’s hospital systems down",
    "Larchmont Children’s Hospital’s phone lines and computer systems have been down since Sunday, when the hospital detected a ransomware attack.",
    { victims: ["Larchmont Children’s Hospital"], type: "hospital" },
  ),
  v(
    "v2-ceo-of-before-name",
    "a job title and 'of' before the name, the person after it",
    "Health system says patient care continues after attack",
    "A ransomware attack has hit Danvers Health, which runs two hospitals in Massachusetts. " +
      '"We are working around the clock," Chief Executive of Danvers Health Ruth Kell said on Tuesday.',
    { victims: ["Danvers Health"], type: "hospital", country: "US" },
  ),
  v(
    "v2-two-dental-at-and",
    "two dental practices joined at 'and'",
    "Dental practices hit by ransomware",
    "Kettleby Dental Group and Arden Smile Clinic, which share an owner, were both hit by ransomware on Thursday.",
    { victims: ["Kettleby Dental Group", "Arden Smile Clinic"], type: "dental" },
  ),
  v(
    "v2-title-case-says",
    "the victim named only in a title-case headline with 'Says'",
    "Orla Bay Hospice Says Hackers Stole Patient Data",
    "The hospice, which cares for about 400 patients a year in coastal Maine, said an unauthorized party copied files from its network in June.",
    { victims: ["Orla Bay Hospice"], type: "care-home", country: "US" },
  ),
  v(
    "v2-title-case-medical-centre",
    "a title-case headline naming a British medical centre",
    "Cyber Attack On Fernhill Medical Centre Leaves Patients Unable To Book",
    "Patients of the GP practice in Derby have been told to call 111 after a cyber attack took its booking system offline.",
    { victims: ["Fernhill Medical Centre"], type: "primary-care", country: "GB" },
  ),
  v(
    "v2-owned-by-parent",
    "a subsidiary hit, its parent named as owner after 'owned by'",
    "Imaging centres hit by ransomware",
    "Lakeside Imaging, which is owned by Corran Health Partners, said a ransomware attack had forced it to cancel scans at its six centres.",
    { victims: ["Lakeside Imaging"], type: "imaging" },
  ),
  v(
    "v2-spokesman-for",
    "the victim named only after 'a spokesman for'",
    "Ransomware attack disrupts hospital",
    "A ransomware attack has disrupted services at the hospital since Friday, said Tom Reyes, a spokesman for Pinebrook Regional Hospital. " +
      "Ambulances are being sent elsewhere.",
    { victims: ["Pinebrook Regional Hospital"], type: "hospital" },
  ),
  v(
    "v2-outlet-gazette",
    "an outlet whose name holds a health word",
    "Hospital confirms data theft",
    "Carver Valley Hospital confirmed to the Midland Health Gazette that hackers stole employee and patient files last month.",
    { victims: ["Carver Valley Hospital"], type: "hospital" },
  ),
  v(
    "v2-portal-product",
    "a product whose name holds a health word",
    "Health center says patient portal breached",
    "Hackers broke into the MedTrack Patient Portal used by Orrell Family Health Center, exposing messages between patients and doctors, the center said.",
    { victims: ["Orrell Family Health Center"], type: "primary-care" },
  ),
  v(
    "v2-also-claimed-list",
    "other victims of the same gang named as background",
    "Qilin claims attack on Ostrander Medical Center",
    "The Qilin ransomware gang has claimed an attack on Ostrander Medical Center in Wisconsin and says it stole 300GB of data. " +
      "In recent weeks the group has also claimed Marlow Children's Hospital and Pellham Clinic.",
    { victims: ["Ostrander Medical Center"], type: "hospital", country: "US" },
  ),
  v(
    "v2-vendor-clinics-using",
    "a vendor's customers named only as a class",
    "Transcription startup breached",
    "Clinics using Scribewell, an AI medical transcription startup, were told their recordings had been exposed after Scribewell's cloud storage was breached.",
    { victims: ["Scribewell"], type: "health-it-vendor" },
  ),
  v(
    "v2-law-firm-investigating",
    "a law firm investigating on behalf of patients",
    "Law firm investigates medical group breach",
    "Law firm Brandt Keller LLP is investigating claims on behalf of patients of Willowmere Medical Group after the practice disclosed a ransomware attack that exposed their records.",
    { victims: ["Willowmere Medical Group"], type: "clinic" },
  ),
  v(
    "v2-agency-with-health-word",
    "agencies told, one with a health word",
    "Hospital reports cyberattack",
    "Carrow Valley Hospital said it detected a cyberattack on Monday and notified the Ostland State Department of Health and the Office for Civil Rights.",
    { victims: ["Carrow Valley Hospital"], type: "hospital" },
  ),
  v(
    "v2-affiliated-nursing-home",
    "a hospital and its affiliated nursing home both hit",
    "Ransomware hits hospital and nursing home",
    "A ransomware attack hit Tarrow General Hospital and its affiliated nursing home, Tarrow Manor, on Saturday, the hospital said.",
    { victims: ["Tarrow General Hospital", "Tarrow Manor"], type: "hospital" },
  ),
];

// ---------------------------------------------------------------- round 2: types, written before round 2 was run
const ROUND_2_TYPES: BankCase[] = [
  v(
    "v2-clinic-health-system",
    "a 'Clinic' described as a health system with hospitals",
    "Dunmore Clinic hit by cyberattack",
    "Dunmore Clinic, a nonprofit health system with five hospitals in Ohio, said a cyberattack forced it to divert ambulances.",
    { victims: ["Dunmore Clinic"], type: "hospital", country: "US" },
  ),
  v(
    "v2-private-ambulance",
    "a brand described as a private ambulance company",
    "Ambulance company reports breach",
    "MedRescue, a private ambulance company operating in three Texas counties, said hackers stole patient transport records.",
    { victims: ["MedRescue"], type: "ambulance", country: "US" },
  ),
  v(
    "v2-outpatient-pt",
    "an outpatient physical therapy provider",
    "Rehab provider hacked",
    "Kinetix Rehab, an outpatient physical therapy provider, said an attacker accessed its scheduling system and stole patient names and diagnoses.",
    { victims: ["Kinetix Rehab"], type: "clinic" },
  ),
  v(
    "v2-clinical-laboratory",
    "a brand described as a clinical laboratory",
    "Lab says test results stolen",
    "Axial Diagnostics, a clinical laboratory that processes blood tests for physicians in Florida, said hackers stole test results.",
    { victims: ["Axial Diagnostics"], type: "laboratory", country: "US" },
  ),
  v(
    "v2-provider-contracts-insurers",
    "a provider that contracts with insurers",
    "Medical group hit by ransomware",
    "Pinegate Medical Group, which contracts with health insurers across Texas, said ransomware had encrypted its billing systems.",
    { victims: ["Pinegate Medical Group"], type: "clinic", country: "US" },
  ),
  v(
    "v2-hmo",
    "a health maintenance organization with provider words in its name",
    "HMO discloses breach",
    "Harbor Health Partners, a health maintenance organization (HMO) with 120,000 members, said hackers stole member IDs and claims records.",
    { victims: ["Harbor Health Partners"], type: "insurer" },
  ),
  v(
    "v2-mail-order-pharmacy",
    "a mail-order pharmacy brand",
    "Mail-order pharmacy hacked",
    "Medwise, a mail-order pharmacy, said cybercriminals accessed customer prescriptions and payment details.",
    { victims: ["Medwise"], type: "pharmacy" },
  ),
  v(
    "v2-orthodontics",
    "an orthodontics practice",
    "Orthodontist hit by ransomware",
    "Smile Harbor Orthodontics said ransomware encrypted patient x-rays and treatment plans at its three offices.",
    { victims: ["Smile Harbor Orthodontics"], type: "dental" },
  ),
  v(
    "v2-addiction-treatment",
    "a brand described as an addiction treatment provider",
    "Treatment provider says data stolen",
    "Bridgeway Recovery, an addiction treatment provider with clinics in Oregon and Idaho, said hackers stole patient files.",
    { victims: ["Bridgeway Recovery"], type: "mental-health", country: "US" },
  ),
  v(
    "v2-senior-living",
    "a senior living operator",
    "Senior living operator hit by ransomware",
    "Sunhaven Senior Living, which runs 12 assisted living communities in Arizona, said ransomware locked its resident records.",
    { victims: ["Sunhaven Senior Living"], type: "care-home", country: "US" },
  ),
  v(
    "v2-medical-practice-gp",
    "a British 'Medical Practice' described as a GP surgery",
    "GP surgery hit by cyber attack",
    "Parkfield Medical Practice, a GP surgery in Leeds, said hackers accessed its patient records system.",
    { victims: ["Parkfield Medical Practice"], type: "primary-care", country: "GB" },
  ),
  v(
    "v2-scheduling-platform",
    "a scheduling platform used by clinics",
    "Clinic booking platform breached",
    "Clinivo, a patient scheduling platform used by 2,000 clinics, said an attacker stole appointment records.",
    { victims: ["Clinivo"], type: "health-it-vendor" },
  ),
  v(
    "v2-research-institute",
    "a cancer research institute",
    "Research institute hit by ransomware",
    "The Calloway Cancer Research Institute said ransomware encrypted servers holding clinical trial data.",
    { victims: ["Calloway Cancer Research Institute"], type: "research" },
  ),
  v(
    "v2-county-health-department",
    "a county health department",
    "County health department hacked",
    "The Marlin County Health Department said hackers stole vaccination records and took its website offline.",
    { victims: ["Marlin County Health Department"], type: "public-health" },
  ),
  v(
    "v2-health-center-hospital-later",
    "a 'Health Center' called a hospital in a later sentence",
    "Kinross Health Center hit by ransomware",
    "Kinross Health Center said ransomware encrypted its servers early on Sunday. " +
      "The hospital's emergency department was closed to ambulances for most of the day.",
    { victims: ["Kinross Health Center"], type: "hospital" },
  ),
];

// ---------------------------------------------------------------- round 3, written before round 3 was run
const ROUND_3: BankCase[] = [
  v(
    "v3-of-in-name",
    "'of' inside a health system's name",
    "Health system hit by cyberattack",
    "The Sisters of Mercy Health System, which runs six hospitals in Missouri, said a cyberattack forced it to switch to paper records.",
    { victims: ["Sisters of Mercy Health System"], type: "hospital", country: "US" },
  ),
  v(
    "v3-university-of-health",
    "'University of X Health' described as an academic health system",
    "Academic health system confirms ransomware attack",
    "University of Brenton Health, the state's largest academic health system, confirmed that ransomware had encrypted some of its servers.",
    { victims: ["University of Brenton Health"], type: "hospital" },
  ),
  v(
    "v3-french-hopital",
    "a French hospital name with 'de la' and a hyphen",
    "Cyberattaque: Lyon hospital cancels operations",
    "The Hôpital de la Croix-Verte in Lyon cancelled non-urgent operations on Tuesday after a ransomware attack, the hospital's management said.",
    { victims: ["Hôpital de la Croix-Verte"], type: "hospital", country: "FR" },
  ),
  v(
    "v3-parent-possessive-division",
    "a division named after its parent's possessive",
    "Dental chain hit by ransomware",
    "Kelso Group's dental division, Brightsmile Dental, said a ransomware attack had closed 20 of its practices for two days.",
    { victims: ["Brightsmile Dental"], type: "dental" },
  ),
  v(
    "v3-all-caps-tracker",
    "a victim in capitals in a tracker post",
    "Lynx adds KESTREL ORTHOPAEDIC GROUP to leak site",
    "The Lynx ransomware group has added KESTREL ORTHOPAEDIC GROUP to its leak site, claiming to have stolen 120GB of patient and financial data.",
    { victims: ["KESTREL ORTHOPAEDIC GROUP"], type: "clinic" },
  ),
  v(
    "v3-outlet-subject",
    "an outlet as the subject of 'reported'",
    "Clinic confirms cyber incident",
    "The Kestrel Courier reported on Friday that Brookdale Clinic had been hit by a cyber attack that exposed patient records.",
    { victims: ["Brookdale Clinic"], type: "clinic" },
  ),
  v(
    "v3-police-investigating",
    "a police force investigating the attack",
    "Police investigate hospice cyber attack",
    "Devon and Cornwall Police said they were investigating a cyber attack on Tamar Valley Hospice, which cares for patients across west Devon.",
    { victims: ["Tamar Valley Hospice"], type: "care-home", country: "GB" },
  ),
  v(
    "v3-health-named-insurer",
    "an insurer whose name holds 'Health'",
    "Insurer says member data stolen",
    "Ostend Health, the state's largest health insurer, said hackers stole names, policy numbers and claims histories of 210,000 members.",
    { victims: ["Ostend Health"], type: "insurer" },
  ),
  v(
    "v3-hospital-and-pharmacy",
    "two victims of different types in one sentence",
    "Ransomware hits hospital and pharmacy",
    "Ransomware hit Greyfield General Hospital and the independent Greyfield Pharmacy next door, which share a network, on Monday.",
    { victims: ["Greyfield General Hospital", "Greyfield Pharmacy"], type: "hospital" },
  ),
  v(
    "v3-unrelated-same-week",
    "another body's unrelated breach the same week",
    "Orthopaedic practice hit by ransomware",
    "Redwater Orthopaedic Associates said ransomware encrypted its servers on Monday. " +
      "The same week, Alder Bay Clinic disclosed an unrelated breach of its email system.",
    { victims: ["Redwater Orthopaedic Associates"], type: "clinic" },
  ),
  v(
    "v3-unlike-paid",
    "a comparison with another victim that paid",
    "Hospital will not pay ransom",
    "Unlike Fernvale Hospital, which paid a ransom in 2022, Oakridge Hospital said it would not pay the hackers who encrypted its systems this week.",
    { victims: ["Oakridge Hospital"], type: "hospital" },
  ),
  v(
    "v3-vendor-customer-quoted",
    "a vendor hit, a customer hospital quoted on the knock-on",
    "Hospital pharmacy software vendor hit by ransomware",
    "Medstream, a software provider for hospital pharmacies, was hit by ransomware on Sunday. " +
      "Ashby General Hospital said its pharmacy orders were delayed as a result.",
    { victims: ["Medstream"], type: "health-it-vendor" },
  ),
  v(
    "v3-urgent-care-network",
    "a network of urgent care centers",
    "Urgent care chain hit",
    "Quickwell, a network of 40 urgent care centers in Florida, said hackers stole patient records.",
    { victims: ["Quickwell"], type: "clinic", country: "US" },
  ),
  v(
    "v3-medicaid-plan",
    "a Medicaid managed care plan",
    "Medicaid plan reports breach",
    "Bluestem Community Plan, a Medicaid managed care plan in Kansas, said ransomware exposed member records.",
    { victims: ["Bluestem Community Plan"], type: "insurer", country: "US" },
  ),
  v(
    "v3-mobile-mri",
    "a mobile MRI provider",
    "Scan provider hit by ransomware",
    "Magnascan, a mobile MRI provider serving rural hospitals, said ransomware encrypted its scheduling and reporting systems.",
    { victims: ["Magnascan"], type: "imaging" },
  ),
  v(
    "v3-beds-psychiatric",
    "a bed count on a psychiatric hospital",
    "Psychiatric hospital hit",
    "Hollow Creek, a 24-bed psychiatric hospital in Tennessee, said hackers stole patient records.",
    { victims: ["Hollow Creek"], type: "mental-health", country: "US" },
  ),
  v(
    "v3-blood-service",
    "a blood donation service",
    "Blood service hit by cyber attack",
    "Redvale Blood Service, the region's blood donation service, said a cyber attack forced it to cancel donor appointments.",
    { victims: ["Redvale Blood Service"], type: "other-healthcare" },
  ),
  v(
    "v3-ambulance-service-eu",
    "a European regional ambulance service",
    "Czech ambulance service hit by hackers",
    "The Ostrava Regional Ambulance Service said hackers had disabled its dispatch software, and calls were being handled by phone and radio.",
    { victims: ["Ostrava Regional Ambulance Service"], type: "ambulance", country: "CZ" },
  ),
  v(
    "v3-gp-federation",
    "a GP federation",
    "GP federation hit by cyber attack",
    "Brent Valley GP Federation, which runs out-of-hours services for 30 practices, said a cyber attack took its systems offline.",
    { victims: ["Brent Valley GP Federation"], type: "primary-care" },
  ),
  v(
    "v3-ministry-runs-hospitals",
    "a ministry that runs the public hospitals",
    "Fiji health ministry hit by ransomware",
    "Fiji's Ministry of Health, which runs the country's public hospitals, said ransomware had encrypted patient records at several of them.",
    { victims: ["Fiji's Ministry of Health"], type: "hospital", country: "FJ" },
  ),
  v(
    "v3-cro",
    "a contract research organisation",
    "Research firm hit by ransomware",
    "Trialmark, a contract research organization that runs clinical trials for drugmakers, said ransomware encrypted study data.",
    { victims: ["Trialmark"], type: "research" },
  ),
  v(
    "v3-hospice-palliative",
    "a hospice and palliative care provider",
    "Hospice provider reports breach",
    "Evenlight, a hospice and palliative care provider in Ohio, said an unauthorized party stole patient files.",
    { victims: ["Evenlight"], type: "care-home", country: "US" },
  ),
  v(
    "v3-physio-brand",
    "a physiotherapy brand with no health word in the headline",
    "Movement Lab says client data taken",
    "Movement Lab, a chain of physiotherapy clinics in Sydney, said hackers took client names and treatment notes.",
    { victims: ["Movement Lab"], type: "clinic", country: "AU" },
  ),
  v(
    "v3-optician-chain",
    "a chain of opticians",
    "Optician chain hit",
    "Clearsight, a chain of 90 opticians in the UK, said ransomware hit its booking and records systems.",
    { victims: ["Clearsight"], type: "clinic", country: "GB" },
  ),
  v(
    "v3-lab-for-hospitals",
    "a diagnostics company whose customers are hospitals",
    "Diagnostics firm hit",
    "Helix Diagnostics, which runs blood tests for 40 hospitals in the Midwest, said ransomware delayed results.",
    { victims: ["Helix Diagnostics"], type: "laboratory" },
  ),
];

/** The victims bank: round 1, then round 2 (written after round 1 was fixed), round 3. */
export const BANK_VICTIMS: readonly BankCase[] = [
  ...BRANDS,
  ...NAME_SHAPES,
  ...NOT_VICTIMS,
  ...TYPES,
  ...ROUND_2_NAMES,
  ...ROUND_2_TYPES,
  ...ROUND_3,
];

// A second bank of victim names and victim types (issue 15, classes 1 and 2), written after the first bank's gaps were
// fixed: names as wire services, local TV, trade press, UK/AU/CA/IN/EU outlets, press releases, notification letters and
// tracker posts write them, and dev articles reworded again (ids "-rw-<dev id>": same facts, names, figures and hedges
// in new sentences, labels copied from the dev record). Every other organisation, person and figure is made up; labels
// follow ../shared/eval/README.md and were written before the extractor was run on the texts. Only relevance, victims,
// type (and country where the text fixes it) are checked.
import type { BankCase } from "./unseen-shapes-bank";
import { v } from "./unseen-bank-victims";

// ---------------------------------------------------------------- round 1: other newsrooms' names and kinds
const ROUND_1: BankCase[] = [
  v(
    "vv1-wire-dateline-system",
    "wire copy: dateline, a system that operates hospitals",
    "Louisiana hospital system diverts ambulances after cyberattack",
    "BATON ROUGE, La. (AP) — A Louisiana hospital system said Tuesday that a cyberattack over the weekend forced it to divert ambulances and postpone some surgeries. " +
      "Bayou Crescent Health, which operates six hospitals in south Louisiana, said its electronic health records had been offline since Sunday. " +
      "A spokeswoman, Marie Thibodeaux, declined to say whether a ransom had been demanded.",
    { victims: ["Bayou Crescent Health"], type: "hospital", country: "US" },
  ),
  v(
    "vv1-uk-trust-acronym",
    "UK regional paper: a foundation trust with its acronym, then 'the trust'",
    "Hospital trust declares critical incident after cyber attack",
    "Marlow Vale University Hospitals NHS Foundation Trust (MVUH) declared a critical incident on Thursday evening after what it called a cyber security incident. " +
      "The trust said patients should attend their appointments unless contacted, but warned of delays in A&E.",
    { victims: ["Marlow Vale University Hospitals NHS Foundation Trust"], type: "hospital", country: "GB" },
  ),
  v(
    "vv1-au-local-health-district",
    "Australian outlet: a local health district that runs hospitals",
    "NSW health district hit by ransomware",
    "Kurrawong Local Health District, which runs 12 hospitals across the Riverina in New South Wales, has confirmed a ransomware attack on its patient administration system. " +
      "Staff have switched to paper-based processes, a spokesperson said.",
    { victims: ["Kurrawong Local Health District"], type: "hospital", country: "AU" },
  ),
  v(
    "vv1-ca-long-term-care-home",
    "Canadian outlet: a brand described as a long-term care home with beds",
    "Sudbury care home hit by cyberattack",
    "Maple Ridge Lodge, a 160-bed long-term care home in Sudbury, Ont., says a cyberattack has locked staff out of resident medication records. " +
      "Greater Sudbury Police said they were aware of the incident.",
    { victims: ["Maple Ridge Lodge"], type: "care-home", country: "CA" },
  ),
  v(
    "vv1-in-pathology-chain",
    "Indian outlet: 'Pune-based pathology chain X'",
    "Pune pathology chain says patient reports leaked",
    "Pune-based pathology chain Sahyadri Pathlabs said on Monday that hackers had accessed a server holding test reports of around 40,000 patients. " +
      "The company has filed a complaint with the Maharashtra Cyber police.",
    { victims: ["Sahyadri Pathlabs"], type: "laboratory", country: "IN" },
  ),
  v(
    "vv1-nl-ziekenhuis",
    "Dutch hospital named in Dutch",
    "Dutch hospital cancels outpatient appointments after hack",
    "Ziekenhuis Lingeland in Tiel has cancelled outpatient appointments after hackers broke into its network on Saturday night, the hospital said. " +
      "The emergency department in the Netherlands town remains open.",
    { victims: ["Ziekenhuis Lingeland"], type: "hospital", country: "NL" },
  ),
  v(
    "vv1-trade-press-ehr-vendor",
    "trade press: a brand described as a cloud EHR vendor",
    "Behavioral health EHR vendor hit by ransomware",
    "Cardinal Point, the cloud EHR vendor used by some 2,000 behavioral health clinics, said a ransomware attack had taken its platform offline since Monday. " +
      "Clinics using the software said they were documenting visits on paper.",
    { victims: ["Cardinal Point"], type: "health-it-vendor" },
  ),
  v(
    "vv1-press-release-operator",
    "press release: 'X (\"X\"), an operator of assisted living communities'",
    "Sunhaven Senior Living Announces Data Security Incident",
    'TAMPA, Fla., June 2, 2026 /PRNewswire/ -- Sunhaven Senior Living ("Sunhaven"), an operator of assisted living communities in Florida, today announced that it recently experienced a data security incident in which an unauthorized party accessed and copied certain files from its network. ' +
      "Sunhaven is notifying affected residents and their families.",
    { victims: ["Sunhaven Senior Living"], type: "care-home", country: "US" },
  ),
  v(
    "vv1-letter-dental",
    "notification letter from a dental practice",
    "Notice of Data Breach",
    'Dear Patient: Bright Smiles Family Dental ("Bright Smiles") is writing to tell you about a data security incident that may involve some of your information. ' +
      "On March 3, 2026, Bright Smiles learned that an unauthorized actor had gained access to its network and encrypted certain systems. " +
      "Bright Smiles Family Dental is located in Mesa, Arizona.",
    { victims: ["Bright Smiles Family Dental"], type: "dental", country: "US" },
  ),
  v(
    "vv1-tracker-orthopedic",
    "tracker post with a country code",
    "Akira adds Riverside Orthopedic Associates to leak site",
    "Akira has added a new victim to its leak site: Riverside Orthopedic Associates (US). The group claims to have taken 80 GB of data, including patient files and contracts.",
    { victims: ["Riverside Orthopedic Associates"], type: "clinic", country: "US" },
  ),
  v(
    "vv1-local-tv-dialysis",
    "local TV: a brand that runs dialysis clinics; the station's name",
    "Dialysis provider says cyberattack disrupted scheduling",
    "FOX 12 has learned that Cascade Kidney Care, which runs 14 dialysis clinics across Oregon, was hit by a cyberattack last week. " +
      "Patients told FOX 12 that treatments went ahead but that the company's phone lines were down.",
    { victims: ["Cascade Kidney Care"], type: "clinic", country: "US" },
  ),
  v(
    "vv1-womens-health-ampersand",
    "ampersand inside a women's health practice's name",
    "Women's health practice notifies patients of breach",
    "Harbor & Vine Women's Health, an obstetrics and gynecology practice in Charleston, South Carolina, said hackers stole files containing patient names and ultrasound reports.",
    { victims: ["Harbor & Vine Women's Health"], type: "clinic", country: "US" },
  ),
  v(
    "vv1-physicians-group",
    "a physicians group",
    "Physicians group says ransomware hit its servers",
    "Northshore Physicians Group, a multispecialty practice with 120 doctors north of Chicago, said ransomware encrypted its servers on Sunday and that clinics were seeing patients with paper charts.",
    { victims: ["Northshore Physicians Group"], type: "clinic", country: "US" },
  ),
  v(
    "vv1-eu-mutual-insurer",
    "European outlet: a brand described as a mutual health insurer",
    "Belgian health insurer hit by cyberattack",
    "Solvana, Belgium's third-largest mutual health insurer, said on Wednesday that a cyberattack had disrupted reimbursements for its 1.2 million members. " +
      "The insurer said it had informed the Data Protection Authority.",
    { victims: ["Solvana"], type: "insurer", country: "BE" },
  ),
  v(
    "vv1-uk-domiciliary-care",
    "UK trade press: a domiciliary care provider with 'Ltd'",
    "Home care provider hit by ransomware",
    "Homeward Care Services Ltd, a domiciliary care provider in Kent, said ransomware had encrypted its rota system, leaving carers to work from printed schedules.",
    { victims: ["Homeward Care Services Ltd"], type: "care-home", country: "GB" },
  ),
  v(
    "vv1-mental-health-trust",
    "an NHS trust that provides mental health services",
    "Mental health trust confirms cyber attack",
    "Severnside Partnership NHS Trust, which provides mental health and learning disability services across Gloucestershire, confirmed a cyber attack on Monday. " +
      "Clinicians cannot reach electronic patient records, the trust said.",
    { victims: ["Severnside Partnership NHS Trust"], type: "mental-health", country: "GB" },
  ),
  v(
    "vv1-curly-childrens",
    "curly apostrophes in a children's hospital's name",
    "Children’s hospital cancels clinics after IT attack",
    "Lady Margaret’s Children’s Hospital in Leeds cancelled outpatient clinics on Friday after a cyber attack took its computer systems down.",
    { victims: ["Lady Margaret’s Children’s Hospital"], type: "hospital", country: "GB" },
  ),
  v(
    "vv1-pediatric-dentistry",
    "a paediatric dentist: the specialty adjective before 'Dentistry'",
    "Pediatric dental office says hackers stole records",
    "Little Teeth Pediatric Dentistry in Boise, Idaho, said hackers stole records of about 9,000 children from its practice management system.",
    { victims: ["Little Teeth Pediatric Dentistry"], type: "dental", country: "US" },
  ),
  v(
    "vv1-ems-nonprofit",
    "an EMS agency described as a nonprofit ambulance provider",
    "Ambulance provider hit by ransomware",
    "Tri-County EMS, a nonprofit ambulance provider serving three counties in western Pennsylvania, said ransomware knocked out its billing and dispatch records systems.",
    { victims: ["Tri-County EMS"], type: "ambulance", country: "US" },
  ),
  v(
    "vv1-patients-taken-to",
    "the hospital that took the victim's patients is no victim",
    "Hospital on diversion after cyberattack",
    "Glenrowan Community Hospital went on ambulance diversion on Tuesday after a cyberattack, and patients were taken to St. Columba's Hospital 20 miles away.",
    { victims: ["Glenrowan Community Hospital"], type: "hospital" },
  ),
  v(
    "vv1-owned-by-equity",
    "the owner named after 'owned by' is no victim",
    "Hospital operator confirms data theft",
    "Halverson Health, owned by private equity firm Brightpath Capital since 2021, confirmed that hackers stole data from its three hospitals in Missouri.",
    { victims: ["Halverson Health"], type: "hospital", country: "US" },
  ),
  v(
    "vv1-attorney-general-told",
    "the attorney general told is no victim",
    "Eye clinic reports breach to state",
    "Clearwater Eye Specialists told the Vermont Attorney General's office that an unauthorized person accessed its email system and viewed patient information.",
    { victims: ["Clearwater Eye Specialists"], type: "clinic", country: "US" },
  ),
  v(
    "vv1-law-firm-investigating",
    "a law firm investigating the breach is no victim",
    "Law firm investigates pediatric practice breach",
    "Keller & Rhodes, a class-action law firm, said it is investigating the data breach at Mountainview Pediatrics, which said hackers stole information on 21,000 patients.",
    { victims: ["Mountainview Pediatrics"], type: "clinic" },
  ),
  v(
    "vv1-security-firm-labs",
    "a security firm with 'Labs' in its name is no victim",
    "Hospital data appears on leak site",
    "Data stolen from Pinebrook Regional Hospital appeared on a leak site on Friday, according to threat intelligence firm Northgate Labs.",
    { victims: ["Pinebrook Regional Hospital"], type: "hospital" },
  ),
  v(
    "vv1-hospital-and-home-health",
    "a hospital and its home health agency named after a comma",
    "Hospital and home care arm hit by hackers",
    "Hackers hit Cedar Hollow Hospital and its home health agency, Cedar Hollow Home Care, stealing records of 30,000 patients.",
    { victims: ["Cedar Hollow Hospital", "Cedar Hollow Home Care"], type: "hospital" },
  ),
  v(
    "vv1-brand-runs-eye-clinics",
    "a brand with no health word named twice, defined later by what it runs",
    "Optimed confirms cyberattack",
    "Optimed said on Friday that a cyberattack had forced it to cancel appointments for the week. " +
      "Optimed, which operates 40 eye clinics in Ontario, said patient data may have been taken.",
    { victims: ["Optimed"], type: "clinic", country: "CA" },
  ),
  v(
    "vv1-medical-group-dashes",
    "a description between dashes",
    "Medical group hit",
    "Bayshore Medical Group – a 200-physician practice on Florida's Gulf Coast – said ransomware encrypted its scheduling servers.",
    { victims: ["Bayshore Medical Group"], type: "clinic", country: "US" },
  ),
  v(
    "vv1-county-health-department",
    "a county health department",
    "County health department hit by ransomware",
    "The Tillman County Health Department in Oklahoma said ransomware encrypted its immunization records system on Monday, and clinics will take walk-ins only.",
    { victims: ["Tillman County Health Department"], type: "public-health", country: "US" },
  ),
  // ------------------------------------------------------------ dev articles reworded again (labels from the dev record)
  v(
    "vv1-rw-b129",
    "reworded b129: lawsuit, theft figure first",
    "Lawsuit says NoEscape stole 364 gigabytes from nursing home manager",
    "Carespring Health Care Management lost 364 gigabytes of data to the NoEscape ransomware group last October, according to a complaint filed last week in the U.S. District Court for the Southern District of Ohio. " +
      "As many as 67,000 people had private health information stolen, the suit says, at a time when cybersecurity risks at nursing homes keep growing. " +
      "The plaintiffs argue that Carespring ignored industry security standards and waited until August 15, 2024, to send breach notices although it knew of the cyberattack by October 28, 2023.",
    { victims: ["Carespring Health Care Management"], type: "care-home", country: "US" },
  ),
  v(
    "vv1-rw-b143",
    "reworded b143: the operator defined by the communities it runs",
    "Ransomware attack hits senior living operator",
    "American Baptist Homes of the Midwest, which operates senior living communities in five states, has told residents that a recent ransomware attack may have exposed their personal information. " +
      "On March 10 a hacker got into the organization's computer system and installed malware that encrypted medical records in an attempt to extort money, a letter to residents said. " +
      "ABHM has since hired a third-party security expert for an in-depth risk assessment.",
    { victims: ["American Baptist Homes of the Midwest"], type: "care-home", country: "US" },
  ),
  v(
    "vv1-rw-b132",
    "reworded b132: the health centers' count of patients first",
    "656,047 patients notified after cyberattack on California health centers",
    "Community Health Centers, based in Stockton, Calif., is notifying 656,047 patients about a cyberattack that forced it to shut down its computer systems and left it without communications for three weeks, according to a filing with Maine's attorney general's office on Nov. 1. " +
      "The health center, with nearly two dozen locations in Northern California, spotted unusual activity on Oct. 10; an investigation found hackers had broken into its network. " +
      "Clinic sites remain open, its website says.",
    { victims: ["Community Health Centers"], type: "primary-care", country: "US" },
  ),
  v(
    "vv1-rw-a020",
    "reworded a020: the IT provider named after the nursing homes",
    "More than 100 nursing homes cut off from patient data after IT provider is hit by ransomware",
    "More than 100 nursing homes across the country lost access to vital patient data after a ransomware attack on their technology services provider, and some could be forced to close. " +
      "Virtual Care Provider, a Milwaukee-based company that supplies internet security and data storage to nursing homes and acute-care providers, discovered the attack on Nov. 17. " +
      "The hackers asked for $14 million, a sum the company said it could not afford.",
    { victims: ["Virtual Care Provider"], type: "health-it-vendor", country: "US" },
  ),
  v(
    "vv1-rw-b221",
    "reworded b221: the partner's database backup",
    "Half a million blood donors' details leaked online",
    "Personal data on more than half a million blood donors across Australia has leaked online, the Australian Red Cross Blood Service confirmed on Friday. " +
      "According to security researcher Troy Hunt, a Red Cross partner had placed a 1.74 GB database backup on a public-facing website. " +
      "The Blood Service put the leak down to human error.",
    { victims: ["Australian Red Cross Blood Service"], type: "other-healthcare", country: "AU" },
  ),
  v(
    "vv1-rw-b327",
    "reworded b327: the supplier and the councils it told",
    "Medical equipment supplier's ransomware attack leaves councils checking for data loss",
    "Councils including East Lothian, Waltham Forest, Camden and Buckinghamshire say they were warned of possible data breaches after a ransomware attack in early April 2024 on Nottingham Rehab Supplies (NRS) Healthcare, which supplies medical equipment to a number of UK councils. " +
      "The attack took the company's website offline. " +
      "Buckinghamshire Council confirmed that personal data had been breached as a result of the attack on NRS.",
    { victims: ["Nottingham Rehab Supplies (NRS) Healthcare"], type: "pharma-medtech", country: "GB" },
  ),
  v(
    "vv1-rw-b212",
    "reworded b212: pager messages published",
    "Tasmanian ambulance patients' details published online",
    "Private details of every Tasmanian who has called an ambulance since last November have been published online. " +
      "Ambulance Tasmania uses a paging system for the first messages between its dispatchers and paramedics in the field, and those pager messages, with patients' details, conditions and addresses, have been uploaded automatically to a website that is still live.",
    { victims: ["Ambulance Tasmania"], type: "ambulance", country: "AU" },
  ),
  v(
    "vv1-rw-b133",
    "reworded b133: a practice closing, an earlier one as background",
    "California medical practice to close after ransomware attack",
    "Wood Ranch Medical in Simi Valley, California, says it will close its office on December 17, 2019, because a ransomware attack on August 10 encrypted its patients' health records and it could not restore them. " +
      "It is the second practice in six months to close after such an attack; the first was Brookside ENT and Hearing Center in Michigan, whose doctors refused to pay a $6,500 ransom and retired.",
    { victims: ["Wood Ranch Medical"], type: "clinic", country: "US" },
  ),
];

// ---------------------------------------------------------------- round 2: written after round 1 was fixed
const ROUND_2: BankCase[] = [
  v(
    "vv2-of-the-in-name",
    "'of the' inside a hospital's name",
    "Hospital confirms ransomware attack",
    "The Hospital of the Good Shepherd in Albury, New South Wales, confirmed a ransomware attack on Sunday that took its pathology and radiology systems offline.",
    { victims: ["Hospital of the Good Shepherd"], type: "hospital", country: "AU" },
  ),
  v(
    "vv2-sisters-of-mercy",
    "'of' inside a health system's name",
    "Health system hit by cyberattack",
    "Sisters of Mercy Health System said a cyberattack early Saturday disrupted its electronic health records at hospitals in Arkansas and Missouri.",
    { victims: ["Sisters of Mercy Health System"], type: "hospital", country: "US" },
  ),
  v(
    "vv2-all-caps-tracker",
    "tracker post in capitals",
    "New victim: LOWMOOR FAMILY PRACTICE",
    "LockBit has listed LOWMOOR FAMILY PRACTICE (UK) on its leak site and set a deadline of 12 days.",
    { victims: ["LOWMOOR FAMILY PRACTICE"], type: "primary-care", country: "GB" },
  ),
  v(
    "vv2-state-possessive",
    "a state's possessive before the name",
    "Ohio health system investigating breach",
    "Ohio's Kestrel Valley Health said on Thursday that hackers may have taken data from its servers during an attack last month.",
    { victims: ["Kestrel Valley Health"], country: "US" },
  ),
  v(
    "vv2-formerly",
    "a name with its former name in brackets",
    "Castlegate Health reports breach",
    "Castlegate Health (formerly Castlegate Medical Group), which runs eight family medicine clinics in Utah, said ransomware encrypted its servers last week.",
    { victims: ["Castlegate Health"], type: "primary-care", country: "US" },
  ),
  v(
    "vv2-title-case-only",
    "the name only in a Title Case headline; the body says 'the hospital'",
    "Hackers Hit Fernleigh Memorial Hospital, Patient Data Stolen",
    "The hospital said on Monday that attackers had copied files containing patient names and diagnoses. It has notified the state health department.",
    { victims: ["Fernleigh Memorial Hospital"], type: "hospital" },
  ),
  v(
    "vv2-and-inside-pcn",
    "'and' inside a primary care network's name",
    "Primary care network hit by ransomware",
    "Harrow and Wealdstone Primary Care Network said ransomware had encrypted the shared appointment system used by its seven practices.",
    { victims: ["Harrow and Wealdstone Primary Care Network"], type: "primary-care", country: "GB" },
  ),
  v(
    "vv2-hospital-clinic-barcelona",
    "a Spanish hospital whose name holds 'Clinic'",
    "Ransomware attack on Barcelona hospital",
    "Hospital Clínic de Barcelona cancelled 150 operations and 3,000 patient check-ups after a ransomware attack on Sunday, Spanish authorities said.",
    { victims: ["Hospital Clínic de Barcelona"], type: "hospital", country: "ES" },
  ),
  v(
    "vv2-klinikum",
    "a German Klinikum",
    "German hospital hit by cyberattack",
    "Klinikum Mittelfranken-Süd has taken its IT systems offline after a cyberattack and is sending emergency patients to other hospitals in Bavaria, a spokesman said.",
    { victims: ["Klinikum Mittelfranken-Süd"], type: "hospital", country: "DE" },
  ),
  v(
    "vv2-za-lab",
    "South African laboratory group",
    "Laboratory group confirms data breach",
    "Cape Meridian Laboratories, a pathology group with 90 depots across South Africa, said hackers had stolen patient test results and demanded a ransom.",
    { victims: ["Cape Meridian Laboratories"], type: "laboratory", country: "ZA" },
  ),
  v(
    "vv2-multispeciality",
    "an Indian multispeciality hospital",
    "Kochi hospital's systems hit by ransomware",
    "Sunrise Multispeciality Hospital in Kochi, Kerala, said ransomware had locked its billing and patient registration systems since Tuesday.",
    { victims: ["Sunrise Multispeciality Hospital"], type: "hospital", country: "IN" },
  ),
  v(
    "vv2-polyclinic",
    "a polyclinic group",
    "Polyclinic group hit",
    "Merlion Polyclinics, which runs nine government polyclinics in eastern Singapore, said hackers accessed its appointment system.",
    { victims: ["Merlion Polyclinics"], type: "primary-care", country: "SG" },
  ),
  v(
    "vv2-sleep-medicine",
    "a brand described as a sleep medicine practice",
    "Sleep clinic notifies patients",
    "Restwell, a sleep medicine practice with offices in Tulsa and Oklahoma City, said an unauthorized party stole patient files from its network.",
    { victims: ["Restwell"], type: "clinic", country: "US" },
  ),
  v(
    "vv2-infusion-pharmacy",
    "a home infusion pharmacy",
    "Infusion pharmacy reports ransomware attack",
    "Northstar Infusion Services, a home infusion pharmacy in Minnesota, said a ransomware attack encrypted its dispensing system.",
    { victims: ["Northstar Infusion Services"], type: "pharmacy", country: "US" },
  ),
  v(
    "vv2-asc",
    "an ambulatory surgery center",
    "Surgery center hit by hackers",
    "Lakeshore Surgical Partners, an ambulatory surgery center in Milwaukee, postponed procedures after hackers encrypted its scheduling servers.",
    { victims: ["Lakeshore Surgical Partners"], type: "clinic", country: "US" },
  ),
  v(
    "vv2-dso",
    "a dental support organization",
    "Dental group says data stolen",
    "Brightline Dental Partners, a dental support organization serving 60 practices in Texas, said hackers stole patient records.",
    { victims: ["Brightline Dental Partners"], type: "dental", country: "US" },
  ),
  v(
    "vv2-behavioral-hospital",
    "a behavioral health hospital",
    "Behavioral hospital hit by ransomware",
    "Pinecrest Behavioral Hospital, a 96-bed psychiatric facility in Georgia, said ransomware locked clinicians out of patient charts.",
    { victims: ["Pinecrest Behavioral Hospital"], type: "mental-health", country: "US" },
  ),
  v(
    "vv2-medical-billing",
    "a medical billing company",
    "Billing company breach affects hospital patients",
    "Claimwise, a medical billing company that handles accounts for 40 hospitals, said hackers stole patient data from its servers.",
    { victims: ["Claimwise"], type: "insurer" },
  ),
  v(
    "vv2-opo",
    "an organ procurement organization",
    "Organ donation group hit by cyberattack",
    "Gift of Life Midwest, the organ procurement organization for Kansas and western Missouri, said a cyberattack took its donor referral line offline.",
    { victims: ["Gift of Life Midwest"], type: "other-healthcare", country: "US" },
  ),
  v(
    "vv2-teleradiology",
    "a teleradiology company",
    "Teleradiology firm hit by ransomware",
    "NightRead, a teleradiology company that reads scans overnight for 150 hospitals, said ransomware encrypted its image archive.",
    { victims: ["NightRead"], type: "imaging" },
  ),
  v(
    "vv2-hospice-provider",
    "a brand described as a hospice provider",
    "Hospice provider reports breach",
    "Evening Star, a hospice provider in central Florida, said an intruder stole patient records from its email system after hackers breached it.",
    { victims: ["Evening Star"], type: "care-home", country: "US" },
  ),
  v(
    "vv2-regulator-told-oaic",
    "the Australian regulator told is no victim",
    "Sydney radiology group reports breach",
    "Harbourview Radiology told the Office of the Australian Information Commissioner that hackers accessed reports of 14,000 patients.",
    { victims: ["Harbourview Radiology"], type: "imaging", country: "AU" },
  ),
  v(
    "vv2-cloud-platform",
    "the cloud platform named is no victim",
    "Clinic data exposed",
    "Hackers stole patient files from Willowmere Fertility Clinic after getting into its account on Microsoft Azure, the clinic said.",
    { victims: ["Willowmere Fertility Clinic"], type: "clinic" },
  ),
  v(
    "vv2-nz-health-district",
    "a New Zealand hospital named in English",
    "Waikato hospitals hit by ransomware",
    "Waikato Hospital and four rural hospitals run by the Waikato District Health Board in New Zealand were hit by ransomware, forcing staff onto paper.",
    { victims: ["Waikato Hospital", "Waikato District Health Board"], type: "hospital", country: "NZ" },
  ),
  v(
    "vv2-ireland-university-hospital",
    "an Irish university hospital; the HSE says",
    "Tipperary hospital hit by cyber attack",
    "Tipperary University Hospital cancelled outpatient appointments after a cyber attack on Tuesday, the Health Service Executive said.",
    { victims: ["Tipperary University Hospital"], type: "hospital", country: "IE" },
  ),
  // ------------------------------------------------------------ dev articles reworded again (labels from the dev record)
  v(
    "vv2-rw-a098",
    "reworded a098: a radiology firm's PACS",
    "Radiology firm notifies patients after PACS break-in",
    "Northeast Radiology, a New York-based radiology firm, is contacting patients this week after hackers broke into its picture archiving and communication system. " +
      "Unauthorized individuals reached the personal information of 29 patients starting in January, the company said on Wednesday, adding that it knows of no fraud resulting from the incident.",
    { victims: ["Northeast Radiology"], type: "imaging", country: "US" },
  ),
  v(
    "vv2-rw-b135",
    "reworded b135: a dental support group and its affiliated practices",
    "Dental Care Alliance breach exposes data of more than a million patients",
    "Protected health information of more than a million people may have been reached by hackers who broke into Dental Care Alliance, LLC, the Sarasota, Florida-based dental support group behind more than 320 affiliated dental practices in 20 states. " +
      "The breach began on September 18, 2020, was detected on October 11 and was contained on October 13.",
    { victims: ["Dental Care Alliance, LLC"], type: "dental", country: "US" },
  ),
  v(
    "vv2-rw-b219",
    "reworded b219: a drugmaker isolates its data centres",
    "Dr Reddy's isolates data centres after cyberattack",
    "After detecting a cyberattack, Hyderabad-based drugmaker Dr Reddy’s Laboratories Ltd isolated all of its data centre servers worldwide for up to a day as a precaution, the company said on Thursday. " +
      "Its chief information officer, Mukesh Rathi, told the stock exchanges that all services should be back within 24 hours.",
    { victims: ["Dr Reddy’s Laboratories Ltd"], type: "pharma-medtech", country: "IN" },
  ),
  v(
    "vv2-rw-b345",
    "reworded b345: a cancer center put on a leak site",
    "Hunters International claims Seattle cancer center",
    "The Hunters International ransomware group added Fred Hutchinson Cancer Center to its leak site on Friday morning, saying it had stolen 533 GB of data. " +
      "The Seattle cancer center had earlier said it quarantined servers and took its clinical network offline after discovering unauthorized activity.",
    { victims: ["Fred Hutchinson Cancer Center"], type: "clinic", country: "US" },
  ),
  v(
    "vv2-rw-a072",
    "reworded a072: a cosmetic surgery chain named 'Hospital Group'",
    "Hackers threaten to publish cosmetic surgery patients' photos",
    "REvil, the gang also known as Sodinokibi, says it stole a large amount of data from the Transform Hospital Group, a big British chain of cosmetic surgery clinics with many celebrity customers, and threatens to release patients' before-and-after photos.",
    { victims: ["Transform Hospital Group"], type: "cosmetic-surgery", country: "GB" },
  ),
  v(
    "vv2-rw-b313",
    "reworded b313: staff fired for snooping",
    "Eight employees fired for snooping in patient records",
    "Hamilton Health Sciences (HHS) has fired eight staff members who, it alleges, inappropriately accessed the personal health information of about 4,000 patients. " +
      "The Ontario hospital said there is no evidence the information was printed, downloaded or shared, and it has informed the Information and Privacy Commissioner of Ontario.",
    { victims: ["Hamilton Health Sciences"], type: "hospital", country: "CA" },
  ),
];

/** The second victims bank: round 1 (written after round 0, the first banks' known gaps, was fixed), then round 2. */
export const BANK_VICTIMS_2: readonly BankCase[] = [...ROUND_1, ...ROUND_2];

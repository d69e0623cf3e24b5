import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type", () => {
  it.each([
    [
      "Kestrel Cancer Center hit",
      "Kestrel Cancer Center, an outpatient oncology practice, said chemotherapy was delayed after the ransomware attack.",
      "clinic",
    ],
    [
      "Ransomware at Kestrel County EMS",
      "Kestrel County EMS said dispatch moved to radios after the ransomware attack. Hospitals received patients as normal.",
      "ambulance",
    ],
    [
      "Hackers hit Kestrel Medical Billing",
      "Kestrel Medical Billing, which handles billing for 200 hospitals, was hit by ransomware.",
      "insurer",
    ],
    [
      "Kestrel Pharmaceuticals hit",
      "Kestrel Pharmaceuticals said production lines stopped after the ransomware attack.",
      "pharma-medtech",
    ],
    ["Kestrel Orthopaedics hit", "Kestrel Orthopaedic Associates said patient data was stolen by hackers.", "clinic"],
    [
      "Addiction clinic breached",
      "Kestrel Recovery Center, an addiction treatment provider, said patient data was stolen in the ransomware attack.",
      "mental-health",
    ],
    [
      "Hearing clinics breached",
      "Kestrel Hearing, an audiology chain, said patient data was stolen in the ransomware attack.",
      "clinic",
    ],
    [
      "Ransomware attack on Corvane disrupts pharmacies",
      "Corvane, a payment processing company, was hit by ransomware. Pharmacies across the country could not process prescriptions. Independent pharmacies said patients paid cash for medicines.",
      "health-it-vendor",
    ],
    [
      "Care homes hit by attack on Vexon",
      "Vexon, which provides care management software, was hit by ransomware. Care homes lost access to records. Nursing homes went back to paper.",
      "health-it-vendor",
    ],
    [
      "Hospitals hit by attack on Lindqvist Labs",
      "Lindqvist Labs, which provides pathology services to hospitals, was hit by ransomware. Hospitals cancelled operations and hospitals delayed transfusions.",
      "laboratory",
    ],
    [
      "Attack on medical supplier",
      "Hartwell Rehab Supplies, a major supplier of medical equipment to hospitals and councils, was hit by a ransomware attack.",
      "pharma-medtech",
    ],
    [
      "Attack on Ostrava Mobility, a medical equipment distributor",
      "Ostrava Mobility said the ransomware attack disrupted deliveries.",
      "pharma-medtech",
    ],
    [
      "Data exposed at Cortiva Health",
      "Cortiva Health, a healthcare AI firm, was hit by ransomware. Cortiva Health helps find patients for clinical trials.",
      "health-it-vendor",
    ],
    [
      "Scheduling supplier hit",
      "Planwise, a supplier of scheduling software to clinics, was hit by ransomware.",
      "health-it-vendor",
    ],
    [
      "Cosmetic surgery group hit",
      "The Hospital Group, which also goes by the name Velora Hospital Group, said the ransomware attack hit its cosmetic surgery clinics.",
      "cosmetic-surgery",
    ],
    [
      "Ransomware attack hits Kestrel Valley Medical Center",
      "Kestrel Valley Medical Center, a 200-bed hospital, was hit by ransomware. The Kestrel Valley Downtown Pharmacy and the Kestrel Valley Outpatient Pharmacy are open.",
      "hospital",
    ],
    [
      "Ransomware attack hits Westbrook General Hospital",
      "Westbrook General Hospital diverted ambulances.",
      "hospital",
    ],
    [
      "Hackers steal photos from Belle Forme, a cosmetic surgery clinic",
      "Belle Forme, a cosmetic surgery clinic with three hospital sites, was breached.",
      "cosmetic-surgery",
    ],
    ["Data breach at Smile Bright Dental", "Smile Bright Dental said hackers accessed patient files.", "dental"],
    [
      "Cyberattack on Medline Software, a supplier to hospitals",
      "The attack targeting an IT services provider hit Medline Software, which supplies scheduling software to hospitals and nursing homes.",
      "health-it-vendor",
    ],
    [
      "Hackers hit Greenway Pharmacy chain",
      "Greenway Pharmacy said prescriptions were delayed after the cyberattack.",
      "pharmacy",
    ],
    [
      "Ransomware attack on Eastshire Ambulance Service",
      "Eastshire Ambulance Service crews went back to paper.",
      "ambulance",
    ],
    [
      "Ransomware attack leaves dozens of nursing homes without records",
      "Nursing homes across the state lost access to patient charts after Orbis Systems was hit by ransomware. Orbis Systems, which provides hosting and backups to nursing homes and care providers, is investigating.",
      "health-it-vendor",
    ],
    [
      "Hackers threaten to release photos from Hospital Group",
      "Photos were taken from a hospital chain that specialises in plastic surgery. The Aurora Hospital Group confirmed a ransomware attack on its hospital systems.",
      "cosmetic-surgery",
    ],
    [
      "Patients notified after attack on two clinics",
      "Pinecrest Medical Center, which has 12 sites, reported a breach. Pinecrest Medical Center, a community health center that is federally qualified, said 40,000 patients were affected.",
      "primary-care",
    ],
    [
      "Ransomware attack on Brookfield Clinic",
      "Brookfield Clinic, a 600-bed hospital in Ohio, diverted ambulances after the ransomware attack.",
      "hospital",
    ],
    [
      "Harmon Health Center hit by hackers",
      "Harmon Health Center, a 300-bed teaching hospital, said its systems were encrypted.",
      "hospital",
    ],
    [
      "Cyberattack on Tri-County EMS Authority",
      "Tri-County EMS Authority said a ransomware attack took its dispatch systems offline.",
      "ambulance",
    ],
    [
      "Data breach at Kestrel Physical Therapy",
      "Kestrel Physical Therapy said hackers accessed patient records at its outpatient sites.",
      "clinic",
    ],
    [
      "Pathwise hit by ransomware",
      "Pathwise, which provides pathology services to NHS hospitals, said blood test results were delayed.",
      "laboratory",
    ],
    [
      "Carewell breach",
      "Carewell, a health insurer, said hackers stole member data from the clinics it runs.",
      "insurer",
    ],
    [
      "Breach at Ferngrove Hospital",
      "Ferngrove Hospital said names, dates of birth and health insurance information were taken.",
      "hospital",
    ],
    [
      "Ransomware attack on Halberg university clinic",
      "The university clinic in Halberg diverted emergency patients after hackers encrypted 30 servers.",
      "hospital",
    ],
    [
      "Care provider hit",
      "A ransomware attack on Lutheran Senior Homes of the Plains, which runs senior living communities in four states, exposed residents' data. Lutheran Senior Homes of the Plains is notifying residents.",
      "care-home",
    ],
    [
      "Attack on Veritrax, the electronic health record (EHR) company",
      "Hospitals and clinics are still dealing with the ransomware attack on Veritrax, the electronic health record (EHR) company.",
      "health-it-vendor",
    ],
  ])("types %j as %s", (title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });

  it("is null when the article is not relevant", () => {
    expect(
      extract("Council hit by ransomware", "Rivertown Council said its systems were encrypted.").victim_type,
    ).toBeNull();
  });
});

// Invented news (never dev articles): what the text says the organisation IS outranks a word of its name, and the most
// specific slug that fits wins. Grouped by the class of confusion each row guards.
describe("victim type on unseen wording", () => {
  it.each([
    // description outranks a word of the name
    [
      "Ransomware hits Corlett Clinic",
      "Corlett Clinic, a 450-bed academic hospital in Minnesota, diverted ambulances after the ransomware attack.",
      "hospital",
    ],
    [
      "Marrow Health Center attack",
      "Hackers encrypted servers at Marrow Health Center, the region's only acute-care hospital, which has 180 beds.",
      "hospital",
    ],
    [
      "Attack on Pellham Clinic",
      "Pellham Clinic, which runs 14 hospitals across the Midwest, said emergency rooms stayed open after the cyberattack.",
      "hospital",
    ],
    [
      "Tamsin Medical Group breach",
      "Tamsin Medical Group, a physician practice with eight offices, said hackers stole patient records.",
      "clinic",
    ],
    [
      "Data theft at Orrin Health",
      "Orrin Health, a 12-hospital system in Ohio, said the ransomware attack forced it to divert ambulances.",
      "hospital",
    ],
    [
      "Orrin Health breach",
      "Orrin Health, a chain of dental practices in Texas, said patient records were stolen in a cyberattack.",
      "dental",
    ],
    [
      "Cyberattack on Brenner Care",
      "Brenner Care, which operates 40 nursing homes in Bavaria, said resident records were encrypted.",
      "care-home",
    ],
    [
      "Hackers hit Arden Health Services",
      "Arden Health Services, a behavioral health provider with 20 inpatient facilities, said patient data was stolen.",
      "mental-health",
    ],
    [
      "Attack on Wexcombe Hospital Pharmacy Services",
      "Wexcombe, a pharmacy services provider to hospitals, said the ransomware attack delayed medication deliveries.",
      "pharmacy",
    ],
    [
      "Ransomware at Fallow Medical Center",
      "Fallow Medical Center, a federally qualified health center serving rural patients, said hackers accessed records.",
      "primary-care",
    ],
    // EMS and ambulance
    [
      "Ransomware hits Calder County EMS",
      "Calder County EMS said the ransomware attack took computer-aided dispatch offline. Paramedics used paper run sheets. Hospitals in the county were unaffected.",
      "ambulance",
    ],
    [
      "Metro Emergency Medical Services Authority hacked",
      "The Metro Emergency Medical Services Authority, which runs ambulances for the city, said patient data was stolen.",
      "ambulance",
    ],
    [
      "Ambulance trust hit",
      "North Brannock Ambulance Service NHS Trust said its 999 call handlers moved to paper after the cyberattack on a supplier.",
      "ambulance",
    ],
    [
      "Fire district hit",
      "The Harlan Fire and EMS district said hackers accessed billing data for ambulance transports.",
      "ambulance",
    ],
    // physical therapy, rehabilitation
    [
      "Breach at Strideway",
      "Strideway, a physical therapy chain with 90 clinics, said hackers stole patient records.",
      "clinic",
    ],
    [
      "Attack on Kinetic Rehab",
      "Kinetic Rehab, an outpatient physiotherapy provider, said appointments were cancelled after the cyberattack.",
      "clinic",
    ],
    // laboratories and pathology
    [
      "Ransomware at Corvex",
      "Corvex, a pathology supplier to NHS hospitals, said blood test processing was delayed after the ransomware attack.",
      "laboratory",
    ],
    [
      "Diagnostics firm hacked",
      "Halvern Diagnostics, a clinical laboratory that tests blood samples for hospitals, said patient data was stolen.",
      "laboratory",
    ],
    [
      "Attack hits Veyra Laboratories",
      "Veyra Laboratories, a drugmaker that makes generic medicines, said production stopped after the ransomware attack.",
      "pharma-medtech",
    ],
    ["Lab breach", "Quillon Labs, a pharmaceutical company, said hackers took research data.", "pharma-medtech"],
    // insurers vs providers, billing
    [
      "Member data stolen at Harrow Health",
      "Harrow Health, a health plan with 2 million members, said hackers stole claims data.",
      "insurer",
    ],
    [
      "Breach at Larkspur Health Partners",
      "Larkspur Health Partners, the insurer said, learned that member data had been accessed. Hospitals in its network were not affected.",
      "insurer",
    ],
    [
      "Revenue cycle firm breached",
      "Mendel Revenue Solutions, a medical billing and revenue cycle company, said the data of patients at 300 hospitals was stolen.",
      "insurer",
    ],
    [
      "Pallas hit by ransomware",
      "Pallas, a revenue cycle management company serving hospitals and clinics, was hit by ransomware.",
      "insurer",
    ],
    [
      "Hospital data exposed",
      "Ashby Regional Hospital said hackers stole patients' health insurance details and billing records.",
      "hospital",
    ],
    // vendors vs pharma
    [
      "EHR maker hit",
      "Clarion Systems, a maker of electronic health record software for clinics, said the ransomware attack took its cloud offline.",
      "health-it-vendor",
    ],
    [
      "Attack on Norvik Pharma",
      "Norvik Pharma, a Danish pharmaceutical manufacturer, said production was disrupted by a cyberattack.",
      "pharma-medtech",
    ],
    [
      "Device maker breach",
      "Tallis Medical, a maker of insulin pumps and other medical devices, said hackers stole employee data.",
      "pharma-medtech",
    ],
    [
      "Managed IT provider hit",
      "Broadline IT, a managed service provider for dental practices, was hit by ransomware and 80 practices lost access to records.",
      "health-it-vendor",
    ],
    // public health vs national services
    [
      "Ministry of Health hacked",
      "The Ministry of Health of Veltara said hackers stole vaccination records. Hospitals were not affected.",
      "public-health",
    ],
    [
      "County health department breach",
      "The Bramwell County Health Department said the data of people tested for tuberculosis was exposed in a ransomware attack.",
      "public-health",
    ],
    [
      "National health service attack",
      "The Caldor National Health Service, which runs all 30 public hospitals on the island, said surgeries were postponed after the ransomware attack.",
      "hospital",
    ],
    // non-English and UK names
    [
      "Health board hit by cyberattack",
      "NHS Glenmoor, the health board that runs hospitals in the region, said cancer appointments were postponed.",
      "hospital",
    ],
    [
      "NHS trust attack",
      "Fernhill Hospitals NHS Foundation Trust said operations were cancelled after the ransomware attack.",
      "hospital",
    ],
    [
      "Cyberattack on CHU de Valmont",
      "The CHU de Valmont said the ransomware attack forced it to send patients to other hospitals.",
      "hospital",
    ],
    [
      "Clinique hit by ransomware",
      "The Clinique des Tilleuls, a private hospital near Lyon with 200 beds, said surgeries were postponed after the ransomware attack.",
      "hospital",
    ],
    [
      "Cyberangriff auf Kliniken",
      "Die Kliniken Wendelstein, which run three hospitals in Bavaria, said the emergency department stopped taking ambulances after the ransomware attack.",
      "hospital",
    ],
    [
      "ASL hit by ransomware",
      "ASL Valdorno, the local health authority that runs four hospitals in Italy, said its booking system was down after the ransomware attack.",
      "hospital",
    ],
    [
      "Region Hovland attack",
      "Region Hovland, the Danish region that runs the capital's hospitals, said the cyberattack disrupted emergency services.",
      "hospital",
    ],
    // clinic, medical group, urgent care
    [
      "Urgent care chain breached",
      "QuickMend, an urgent care chain with 40 walk-in centres, said patient data was stolen by hackers.",
      "clinic",
    ],
    [
      "Medical group attack",
      "Seabrook Medical Group said the ransomware attack forced its 60 physicians to reschedule appointments.",
      "clinic",
    ],
    ["Fertility clinic breach", "Haven Fertility said hackers stole the records of IVF patients.", "clinic"],
    [
      "Eye clinic hit",
      "Clearview Eye Care, an ophthalmology practice, said patient data was exposed in a ransomware attack.",
      "clinic",
    ],
    // mental health
    [
      "Behavioral health provider hit",
      "Ridgeway Behavioral Health said the ransomware attack exposed therapy notes of its patients.",
      "mental-health",
    ],
    [
      "Psychotherapy centre hacked",
      "Hackers stole session notes from Vastaamo-style psychotherapy centre Mieli Therapy, which treats 30,000 patients.",
      "mental-health",
    ],
    // hospice, home health, care
    [
      "Hospice breach",
      "Evening Star Hospice, which provides end-of-life care in patients' homes, said hackers stole patient files in a ransomware attack.",
      "care-home",
    ],
    [
      "Home health agency hit",
      "BrightPath Home Health, a home health agency with 3,000 caregivers, said patient records were stolen in a cyberattack.",
      "care-home",
    ],
    [
      "Senior living operator hit",
      "Maplecrest Senior Living said residents' data was exposed in a ransomware attack.",
      "care-home",
    ],
    // dialysis, blood, plasma
    [
      "Dialysis provider hacked",
      "Renwell Kidney Care, a dialysis provider with 300 kidney care centers, said patient data was stolen by ransomware hackers.",
      "clinic",
    ],
    [
      "Blood bank hit",
      "Tri-State Blood Bank said the ransomware attack delayed blood deliveries to hospitals.",
      "other-healthcare",
    ],
    [
      "Plasma collector breached",
      "Plazmara Health, a plasma collector that runs 80 donation centers, said donor records were stolen in a ransomware attack.",
      "other-healthcare",
    ],
    // pharmacy and optician
    [
      "Pharmacy chain attack",
      "Tessaly, a Canadian retail pharmacy chain, said stores could not fill prescriptions after the cyberattack.",
      "pharmacy",
    ],
    [
      "Optician chain hacked",
      "Lensmark, a chain of opticians with 200 stores, said customer eye-test records were stolen in a ransomware attack.",
      "clinic",
    ],
    // cancer centres and academic centres
    [
      "Cancer center hit",
      "Birchwood Cancer Center, a 120-bed cancer hospital, said inpatients were moved after the ransomware attack.",
      "hospital",
    ],
    [
      "Cancer care clinic breach",
      "Alder Cancer Care, an outpatient oncology practice with five offices, said chemotherapy schedules were delayed.",
      "clinic",
    ],
    [
      "University health attack",
      "Ridgemont University Health, an academic medical center, said elective surgeries were postponed after hackers hit.",
      "hospital",
    ],
    // dental support, imaging, research
    [
      "Dental support organisation breached",
      "Bright Arc Health Partners, a dental support organization serving 150 practices, said patient data was stolen in a ransomware attack.",
      "dental",
    ],
    [
      "Imaging provider hit",
      "Clearscan Health, which runs 40 MRI and CT centres, said scans were delayed after the ransomware attack.",
      "imaging",
    ],
    [
      "Research institute hacked",
      "The Harcourt Institute for Medical Research said hackers stole data from clinical trials.",
      "research",
    ],
    // cosmetic
    [
      "Cosmetic clinic hack",
      "Lumiere Aesthetics, a cosmetic surgery clinic in London, said before-and-after photos were stolen.",
      "cosmetic-surgery",
    ],
    // primary care
    [
      "GP surgeries hit",
      "Haddon Moor Medical Practice, a GP surgery with 12,000 patients, said appointments were moved to the phone after a ransomware attack.",
      "primary-care",
    ],
    [
      "Community health centre breached",
      "Eastgate Community Health Center said hackers accessed patient records.",
      "primary-care",
    ],
    // weight of evidence: a bed count, "which operates N hospitals", "the insurer said" outweigh a word of the name
    [
      "Halden Clinic hit by ransomware",
      "Halden Clinic said the ransomware attack hit its systems on Monday. The 300-bed hospital diverted ambulances and postponed surgeries.",
      "hospital",
    ],
    [
      "Ransomware at Kessler Health Center",
      "Kessler Health Center, which operates two hospitals and 30 clinics, said the ransomware attack disrupted care.",
      "hospital",
    ],
    [
      "Larkspur Health breach",
      "Larkspur Health said hackers stole member data in a ransomware attack. The insurer said claims would be paid as normal.",
      "insurer",
    ],
    [
      "Marlow Health breach",
      "Marlow Health said patients of its clinics had data stolen in a ransomware attack. Its 14 outpatient clinics remain open.",
      "clinic",
    ],
    [
      "Calder Regional EMS hit",
      "Calder Regional EMS Authority said the ransomware attack took dispatch offline. Crews used radios.",
      "ambulance",
    ],
    [
      "Ransomware at Ostrander Medical Center",
      "Ostrander Medical Center, a primary care practice, said patient data was stolen in a ransomware attack.",
      "primary-care",
    ],
    [
      "Attack on Pine Ridge Health",
      "Pine Ridge Health, a nursing home operator, said residents' data was stolen in a ransomware attack. Residents were sent to the hospital for dialysis.",
      "care-home",
    ],
    [
      "Attack on Birchwood Health Clinic",
      "Birchwood Health Clinic, a 90-bed rural hospital, said the cyberattack forced staff to paper records.",
      "hospital",
    ],
    [
      "Hospital vendor hit",
      "Medisoft Solutions, an EHR vendor used by 500 hospitals, said the ransomware attack took its servers offline. Hospitals went to paper.",
      "health-it-vendor",
    ],
    [
      "Hospitals hit by attack on lab",
      "Hospitals in the region delayed surgeries after Clearpath Diagnostics, the laboratory that processes their blood tests, was hit by ransomware. Hospitals said emergency care continued.",
      "laboratory",
    ],
    [
      "Ransomware at Westvale Behavioral Hospital",
      "Westvale Behavioral Hospital, a psychiatric hospital with 80 beds, said patient data was stolen in a ransomware attack.",
      "mental-health",
    ],
    [
      "Breach at Harbor Physical Therapy Hospital",
      "Harbor Rehabilitation Hospital, an inpatient rehabilitation hospital, said data was stolen in a ransomware attack.",
      "hospital",
    ],
    [
      "Cyberattack on Region Nordvik",
      "Region Nordvik said the ransomware attack hit the computer systems of its hospitals.",
      "hospital",
    ],
    ["Health board ransomware", "Glenmoor Health Board said the ransomware attack delayed operations.", "hospital"],
    [
      "Department of health hit",
      "The Tarvia Department of Health said hackers stole vaccination data in a ransomware attack.",
      "public-health",
    ],
    [
      "Ambulance service data stolen",
      "Westmark Ambulance Service said hackers stole patient data. Patients taken to hospital were not affected.",
      "ambulance",
    ],
    [
      "Medical billing firm breached",
      "Carta Medical Billing said it was hit by ransomware; the data of patients at its client hospitals was stolen.",
      "insurer",
    ],
    [
      "Orrin Health Plan hit",
      "Orrin Health Plan said the ransomware attack delayed claims payments to hospitals and doctors.",
      "insurer",
    ],
    // suppliers by what they supply; specialist centres; counted hospitals in a later sentence; names other than English
    [
      "Sunfield Pharmacy Services hit",
      "Sunfield Pharmacy Services, which supplies medicines to care homes, said the ransomware attack delayed deliveries.",
      "pharmacy",
    ],
    [
      "Glove supplier hit",
      "Brantley Medical Supplies, which supplies gloves and gowns to hospitals, said the ransomware attack stopped orders.",
      "pharma-medtech",
    ],
    [
      "Staffing firm breach",
      "NurseLink Health, a staffing company that supplies nurses to hospitals, said hackers stole employee data in a ransomware attack.",
      "health-it-vendor",
    ],
    [
      "Surgery center hit",
      "Lakeshore Surgery Center, an ambulatory surgery center, said patient data was stolen in a ransomware attack.",
      "clinic",
    ],
    [
      "Xavier Medical Group hit",
      "Xavier Medical Group, which runs three hospitals in Georgia, said the ransomware attack forced ambulance diversions.",
      "hospital",
    ],
    [
      "Insurer breach",
      "Calloway Health, a health insurer that also runs 20 clinics, said member data was stolen in a ransomware attack.",
      "insurer",
    ],
    [
      "Fernway Cancer Center hit",
      "Fernway Cancer Center, which treats outpatients at six sites, said chemotherapy appointments were delayed after the ransomware attack.",
      "clinic",
    ],
    [
      "Hospice attack",
      "Willowbrook Hospice and Palliative Care said the ransomware attack exposed patient records.",
      "care-home",
    ],
    [
      "Ortho chain hit",
      "Straightline Orthodontics, a chain of 70 orthodontic offices, said the ransomware attack exposed patient data.",
      "dental",
    ],
    [
      "Telepharmacy vendor",
      "Dosewise, a software company that sells dispensing systems to pharmacies, said the ransomware attack took its cloud offline. Pharmacies could not fill prescriptions.",
      "health-it-vendor",
    ],
    [
      "Blood service attack",
      "The National Blood Service said the ransomware attack delayed blood deliveries to hospitals; hospitals postponed operations.",
      "other-healthcare",
    ],
    [
      "Dialysis hit",
      "Renwell Kidney Care said the ransomware attack hit its dialysis clinics; patients were sent to hospitals.",
      "clinic",
    ],
    [
      "Health department runs hospitals",
      "The Norland Health Department, which runs the county's two hospitals, said the ransomware attack forced ambulance diversions.",
      "hospital",
    ],
    [
      "Attack on Halvorsen Health",
      "Halvorsen Health said the ransomware attack disrupted care. It operates 41 acute-care hospitals and more than 600 other sites, among them urgent care centers, cancer centers and ambulatory surgery centers.",
      "hospital",
    ],
    [
      "Vendor hit",
      "Medrex Health, a software company, was hit by ransomware. It operates in 200 hospitals and 900 clinics.",
      "health-it-vendor",
    ],
    // 111 and air ambulances; billing for EMS; charities; children's hospitals; insurers that also run clinics
    [
      "111 provider hit",
      "Carelink Health, a non-profit that runs the NHS 111 service in the region, said call handlers moved to paper after the ransomware attack.",
      "ambulance",
    ],
    [
      "EMS billing firm breached",
      "Medbill Health, a company that handles billing for EMS agencies and hospitals, said patient data was stolen in a ransomware attack.",
      "insurer",
    ],
    [
      "Mental health charity hit",
      "Mindwell Health, a mental health charity, said the ransomware attack exposed counselling records.",
      "mental-health",
    ],
    [
      "Air ambulance data breach",
      "Skyline Air Ambulance said hackers stole patient data in a ransomware attack.",
      "ambulance",
    ],
    [
      "Pathology provider hit",
      "Halden Hospital patients could not get results after Pathnet Health, its pathology provider, was hit by ransomware.",
      "laboratory",
    ],
    [
      "Occupational health",
      "Workfit Health, an occupational health provider, said patient data was stolen in a ransomware attack.",
      "other-healthcare",
    ],
    [
      "Children's hospital",
      "Lumen Children's, a 300-bed pediatric hospital, said ambulances were diverted after the ransomware attack.",
      "hospital",
    ],
    [
      "Pediatric practice",
      "Little Steps Pediatrics, a pediatric physician group, said patient data was stolen in a ransomware attack.",
      "clinic",
    ],
    [
      "Health plan runs clinics",
      "Orrin Health, which runs 30 clinics and a health plan, said member data was stolen in a ransomware attack. The insurer said claims were delayed.",
      "insurer",
    ],
    // a statement attributed to "the hospital" / "the clinic" refers back to the victim; a quoted customer does not outweigh an apposition
    [
      "Ransomware at Harmon Health Center",
      "Harmon Health Center was hit by a ransomware attack on Tuesday. Emergency care continues, the hospital said in a statement.",
      "hospital",
    ],
    [
      "Greystone Clinic attack",
      'Greystone Clinic said the ransomware attack took its records offline. "We are working to restore systems," the hospital said.',
      "hospital",
    ],
    [
      "Medrex outage",
      'Medrex Health, a software vendor, was hit by ransomware. "We are on paper," the hospital said, one of its customers.',
      "health-it-vendor",
    ],
    [
      "Tallow Medical Center breach",
      "Tallow Medical Center was hit by ransomware. The clinic said patient appointments were rescheduled.",
      "clinic",
    ],
    [
      "Ashfield Health hit",
      "Ashfield Health said hackers stole records in a ransomware attack. The health system said its hospitals stayed open.",
      "hospital",
    ],
    // hospital names in other languages; a hospice that is a hospital group in French
    [
      "Cyberangriff: Uniklinikum Halden",
      "Das Uniklinikum Halden said the ransomware attack forced it to postpone operations.",
      "hospital",
    ],
    [
      "Hospices Civils de Valmont hit",
      "The Hospices Civils de Valmont said the ransomware attack forced staff to work on paper.",
      "hospital",
    ],
    [
      "HSE hit",
      "The Health Service Executive said the ransomware attack forced it to shut down its IT systems.",
      "hospital",
    ],
    ["Hospice charity", "St Brannock's Hospice said the ransomware attack exposed patient records.", "care-home"],
  ])("types %j as %s", (title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

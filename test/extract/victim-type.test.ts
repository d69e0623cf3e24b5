import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type", () => {
  it.each([
    ["Kestrel Cancer Center hit", "Kestrel Cancer Center, an outpatient oncology practice, said chemotherapy was delayed after the ransomware attack.", "clinic"],
    ["Ransomware at Kestrel County EMS", "Kestrel County EMS said dispatch moved to radios after the ransomware attack. Hospitals received patients as normal.", "ambulance"],
    ["Hackers hit Kestrel Medical Billing", "Kestrel Medical Billing, which handles billing for 200 hospitals, was hit by ransomware.", "insurer"],
    ["Kestrel Pharmaceuticals hit", "Kestrel Pharmaceuticals said production lines stopped after the ransomware attack.", "pharma-medtech"],
    ["Kestrel Orthopaedics hit", "Kestrel Orthopaedic Associates said patient data was stolen by hackers.", "clinic"],
    ["Addiction clinic breached", "Kestrel Recovery Center, an addiction treatment provider, said patient data was stolen in the ransomware attack.", "mental-health"],
    ["Hearing clinics breached", "Kestrel Hearing, an audiology chain, said patient data was stolen in the ransomware attack.", "clinic"],
    ["Ransomware attack on Corvane disrupts pharmacies", "Corvane, a payment processing company, was hit by ransomware. Pharmacies across the country could not process prescriptions. Independent pharmacies said patients paid cash for medicines.", "health-it-vendor"],
    ["Care homes hit by attack on Vexon", "Vexon, which provides care management software, was hit by ransomware. Care homes lost access to records. Nursing homes went back to paper.", "health-it-vendor"],
    ["Hospitals hit by attack on Lindqvist Labs", "Lindqvist Labs, which provides pathology services to hospitals, was hit by ransomware. Hospitals cancelled operations and hospitals delayed transfusions.", "laboratory"],
    ["Attack on medical supplier", "Hartwell Rehab Supplies, a major supplier of medical equipment to hospitals and councils, was hit by a ransomware attack.", "pharma-medtech"],
    ["Attack on Ostrava Mobility, a medical equipment distributor", "Ostrava Mobility said the ransomware attack disrupted deliveries.", "pharma-medtech"],
    ["Data exposed at Cortiva Health", "Cortiva Health, a healthcare AI firm, was hit by ransomware. Cortiva Health helps find patients for clinical trials.", "health-it-vendor"],
    ["Scheduling supplier hit", "Planwise, a supplier of scheduling software to clinics, was hit by ransomware.", "health-it-vendor"],
    ["Cosmetic surgery group hit", "The Hospital Group, which also goes by the name Velora Hospital Group, said the ransomware attack hit its cosmetic surgery clinics.", "cosmetic-surgery"],
    ["Ransomware attack hits Kestrel Valley Medical Center", "Kestrel Valley Medical Center, a 200-bed hospital, was hit by ransomware. The Kestrel Valley Downtown Pharmacy and the Kestrel Valley Outpatient Pharmacy are open.", "hospital"],
    ["Ransomware attack hits Westbrook General Hospital", "Westbrook General Hospital diverted ambulances.", "hospital"],
    ["Hackers steal photos from Belle Forme, a cosmetic surgery clinic", "Belle Forme, a cosmetic surgery clinic with three hospital sites, was breached.", "cosmetic-surgery"],
    ["Data breach at Smile Bright Dental", "Smile Bright Dental said hackers accessed patient files.", "dental"],
    ["Cyberattack on Medline Software, a supplier to hospitals", "The attack targeting an IT services provider hit Medline Software, which supplies scheduling software to hospitals and nursing homes.", "health-it-vendor"],
    ["Hackers hit Greenway Pharmacy chain", "Greenway Pharmacy said prescriptions were delayed after the cyberattack.", "pharmacy"],
    ["Ransomware attack on Eastshire Ambulance Service", "Eastshire Ambulance Service crews went back to paper.", "ambulance"],
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
    ["Ransomware attack on Brookfield Clinic", "Brookfield Clinic, a 600-bed hospital in Ohio, diverted ambulances after the ransomware attack.", "hospital"],
    ["Harmon Health Center hit by hackers", "Harmon Health Center, a 300-bed teaching hospital, said its systems were encrypted.", "hospital"],
    ["Cyberattack on Tri-County EMS Authority", "Tri-County EMS Authority said a ransomware attack took its dispatch systems offline.", "ambulance"],
    ["Data breach at Kestrel Physical Therapy", "Kestrel Physical Therapy said hackers accessed patient records at its outpatient sites.", "clinic"],
    ["Pathwise hit by ransomware", "Pathwise, which provides pathology services to NHS hospitals, said blood test results were delayed.", "laboratory"],
    ["Carewell breach", "Carewell, a health insurer, said hackers stole member data from the clinics it runs.", "insurer"],
    ["Breach at Ferngrove Hospital", "Ferngrove Hospital said names, dates of birth and health insurance information were taken.", "hospital"],
    ["Ransomware attack on Halberg university clinic", "The university clinic in Halberg diverted emergency patients after hackers encrypted 30 servers.", "hospital"],
    ["Care provider hit", "A ransomware attack on Lutheran Senior Homes of the Plains, which runs senior living communities in four states, exposed residents' data. Lutheran Senior Homes of the Plains is notifying residents.", "care-home"],
    ["Attack on Veritrax, the electronic health record (EHR) company", "Hospitals and clinics are still dealing with the ransomware attack on Veritrax, the electronic health record (EHR) company.", "health-it-vendor"],
  ])("types %j as %s", (title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });

  it("is null when the article is not relevant", () => {
    expect(extract("Council hit by ransomware", "Rivertown Council said its systems were encrypted.").victim_type).toBeNull();
  });
});

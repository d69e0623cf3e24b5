// Victim types as other newsrooms describe the victim (unseen-bank-2.ts): a body or department the victim has is not
// what it is, a bare "clinics" gives way to the specific kind its name says, and a few descriptions the cues lacked.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: what the victim has is not what it is", () => {
  it.each([
    [
      "the patients' insurers",
      "Women's practice warns patients after breach",
      "Willow Creek Women's Health, an obstetrics and gynecology practice in Fresno, said hackers accessed patient files and urged patients to watch statements from their insurers.",
      "clinic",
    ],
    [
      "the victim's cyber insurer",
      "Kansas hospital's insurer paid the hackers",
      "Prairie Bend Regional Medical Center's cyber insurer paid the hackers about $1.5 million to obtain a decryption key.",
      "hospital",
    ],
    [
      "a trust's pathology systems",
      "Trust confirms cyber attack on its pathology network",
      "Harrowdene Hospitals NHS Trust said a cyber attack took its pathology systems offline.",
      "hospital",
    ],
    [
      "the pharmacies a chain runs still describe it",
      "Cyber attack on Kestrel Group",
      "Kestrel Group said ransomware disrupted prescription services at its 40 pharmacies in Ohio.",
      "pharmacy",
    ],
    [
      "a vendor's own software platforms still describe it",
      "Ransomware attack on Kestrel",
      "Kestrel, the NHS vendor hit by the attack, said customers of Caresys, its care management software platforms, lost data.",
      "health-it-vendor",
    ],
    [
      "a place's possessive names the victim",
      "LockBit claims attack",
      "LockBit says it stole 100 GB of data from the Florida Department of Health. Florida's health department was told to pay the ransom by July 5.",
      "public-health",
    ],
  ])("%s", (_l, title, body, want) => {
    expect(extract(title, body).victim_type).toBe(want);
  });
});

describe("victim type: the kinds of clinic a name specifies", () => {
  it.each([
    ["Maplecrest Dental Partners, which operates 74 clinics across Ontario, was hit by ransomware.", "dental"],
    ["Kestrel Imaging, which runs 12 clinics in Leeds, was hit by ransomware.", "imaging"],
    ["Maplecrest Partners, which operates 74 clinics across Ontario, was hit by ransomware.", "clinic"],
  ])("%s", (body, want) => {
    expect(extract("Ransomware attack", body).victim_type).toBe(want);
  });
});

describe("victim type: descriptions", () => {
  it.each([
    [
      "Scriptwell, an e-prescription network used by 70,000 prescribers, said a cyberattack forced it offline, leaving doctors to fax prescriptions to pharmacies.",
      "health-it-vendor",
    ],
    [
      "Electronic prescription provider Corvell said a ransomware attack exposed the data of 1.2 million people.",
      "health-it-vendor",
    ],
    ["Thuiszorg Westland, a home-care organisation, was hit by ransomware.", "care-home"],
    [
      "Willow Creek Women's Health, an obstetrics and gynecology practice, said hackers accessed patient files.",
      "clinic",
    ],
  ])("%s", (body, want) => {
    expect(extract("Cyber attack", body).victim_type).toBe(want);
  });
});

describe("victim type: suppliers", () => {
  it.each([
    [
      "Nuvia Transcription, a medical transcription company that serves hospitals in 20 states, said hackers stole audio files.",
      "health-it-vendor",
    ],
    [
      "Keller Home Medical, a durable medical equipment supplier in Iowa, said ransomware encrypted its order systems.",
      "pharma-medtech",
    ],
    [
      "Kestrel Systems, a software supplier to GP practices, said ransomware encrypted its servers.",
      "health-it-vendor",
    ],
  ])("%s", (body, want) => {
    expect(extract("Cyber attack", body).victim_type).toBe(want);
  });
});

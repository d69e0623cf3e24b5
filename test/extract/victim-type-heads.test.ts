// What an organisation is comes from the head of its description: "a dental insurer" and "Dental Benefits" are
// insurers (dental says what they cover); "a maker of insulin pumps" is a device maker and names a healthcare victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("the head of a description types the victim", () => {
  it.each<[string, string, string, string, string]>([
    [
      "a dental insurer",
      "Insurer reports breach",
      "Harlan Dental Benefits, a dental insurer in Iowa, said hackers stole member files.",
      "Harlan Dental Benefits",
      "insurer",
    ],
    [
      "a dental practice stays dental",
      "Dental practice hacked",
      "Harlan Dental Care, a dental practice in Iowa, said hackers stole patient files.",
      "Harlan Dental Care",
      "dental",
    ],
    [
      "a maker of insulin pumps",
      "Device maker hit",
      "Ostrava Medica, a maker of insulin pumps based in Czechia, said a ransomware attack halted production.",
      "Ostrava Medica",
      "pharma-medtech",
    ],
    [
      "a brand described as a maker of inhalers",
      "Drug firm hit",
      "Kelvane, a maker of asthma inhalers, said ransomware encrypted its servers.",
      "Kelvane",
      "pharma-medtech",
    ],
  ])("%s", (_name, title, text, victim, type) => {
    const e = extract(title, text);
    expect([e.victim_orgs, e.victim_type]).toEqual([[victim], type]);
  });
});

describe("an apposition types the victim by itself, not by the rest of its sentence", () => {
  it.each<[string, string, string, string]>([
    [
      "a software vendor whose customers are named after the apposition",
      "Vendor hit",
      "Tessark, a pharmacy software vendor, was hit by ransomware, leaving pharmacies across Ohio unable to dispense.",
      "health-it-vendor",
    ],
    [
      "an IT provider for dental practices",
      "IT firm hit",
      "Brenmoor, a dental IT provider, said ransomware hit its servers, and dental surgeries lost their records.",
      "health-it-vendor",
    ],
    [
      "a bare head takes its kind from the word before it",
      "Ransomware at Quarrow",
      "Quarrow, a radiology supplier, said ransomware hit its reporting systems used by hospitals.",
      "imaging",
    ],
    [
      "a place's commas stay inside the apposition",
      "Home hit",
      "Elmwood, a nursing home in Dayton, Ohio, said hackers encrypted its servers; hospital staff helped.",
      "care-home",
    ],
  ])("%s", (_name, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });

  it.each<[string, string, string, string]>([
    [
      "a relative clause of sharing is no description",
      "Two hospitals hit",
      "Ardley Hospital and Brisk Hospital, which share an IT provider, were both hit by ransomware.",
      "hospital",
    ],
    [
      "a relative clause of using is no description",
      "Hospital hit",
      "Caddon Hospital, which uses a software vendor for billing, was hit by ransomware.",
      "hospital",
    ],
  ])("%s", (_name, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

describe("round 2 types: what the text calls the victim", () => {
  it.each<[string, string, string, string]>([
    [
      "an HMO is an insurer",
      "Breach at Corvale Health Partners",
      "Corvale Health Partners, an HMO serving 80,000 members, said hackers stole claims records.",
      "insurer",
    ],
    [
      "a managed care organisation is an insurer",
      "Breach at Ridgefield Care Alliance",
      "Ridgefield Care Alliance, a managed care organization, said hackers stole member IDs.",
      "insurer",
    ],
    [
      "a part of the body and its surgeons make a clinic",
      "Breach at Kestrel Spine Surgeons",
      "Kestrel Spine Surgeons said hackers stole patient files from its billing server.",
      "clinic",
    ],
    [
      "a scheduling platform is a health-IT vendor",
      "Bookwell breached",
      "Bookwell, a scheduling platform used by 900 clinics, said hackers stole appointment data.",
      "health-it-vendor",
    ],
    [
      "'the hospital's' refers back to the victim",
      "Ransomware at Arden Health Center",
      "Arden Health Center said ransomware encrypted its servers. The hospital's emergency room stayed open.",
      "hospital",
    ],
    [
      "'the vendor's' does not",
      "Ransomware at Arden Health Center",
      "Arden Health Center said ransomware encrypted its servers. The vendor's engineers were called in.",
      "primary-care",
    ],
  ])("%s", (_name, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

describe("round 3 types", () => {
  it.each<[string, string, string, string]>([
    [
      "a Medicaid plan is an insurer",
      "Breach at Prairiewell",
      "Prairiewell, a Medicaid plan in Iowa, said hackers stole member records.",
      "insurer",
    ],
    [
      "a mobile MRI provider is imaging",
      "Breach at Scanwise",
      "Scanwise, a mobile MRI provider, said hackers stole patient records.",
      "imaging",
    ],
  ])("%s", (_name, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

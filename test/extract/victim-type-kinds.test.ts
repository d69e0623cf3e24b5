// Victim types the text gives in words the cues lacked: a clinical testing company is a laboratory, a name ending on a
// specialty a specialist clinic, a family practice or a doctor's practice primary care, assisted-living and nursing
// facilities care homes, a hosting provider a health-IT vendor; and with two victims of different kinds, the first named
// (the principal one) gives the type.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: kinds said in other words", () => {
  it.each<[string, string, string]>([
    [
      "a medical testing firm",
      "Pellham Diagnostics, a medical testing firm in Ohio, said hackers stole patient files.",
      "laboratory",
    ],
    [
      "a dermatology practice by its name",
      "Harbourside Dermatology said hackers accessed its patient portal.",
      "clinic",
    ],
    ["a paediatric practice by its name", "Ardent Pediatrics said hackers copied files from its network.", "clinic"],
    ["a family care practice", "Family Care of Linden said hackers accessed its scheduling system.", "primary-care"],
    [
      "a doctor's practice",
      "Wellbrook Surgery, the practice of Dr. Maria Lind, said hackers stole patient files.",
      "primary-care",
    ],
    [
      "assisted-living communities",
      "Bellmoor Living, which runs 9 assisted-living communities in Oregon, said ransomware encrypted its servers.",
      "care-home",
    ],
    [
      "senior care by its name",
      "Copperfield Senior Care said ransomware locked staff out of resident records.",
      "care-home",
    ],
    [
      "a skilled nursing facility",
      "Halden Court, a skilled nursing facility in Ohio, said hackers stole resident data.",
      "care-home",
    ],
    [
      "a hosting provider",
      "Orvex, a cloud hosting provider for dental practices, said ransomware encrypted its servers.",
      "health-it-vendor",
    ],
  ])("%s", (_name, text, type) => {
    expect(extract("Cyber attack", text).victim_type).toBe(type);
  });
});

describe("victim type: the principal victim's kind", () => {
  it.each<[string, string, string, string]>([
    [
      "a hospital named before a pharmacy",
      "Ransomware hits hospital and pharmacy",
      "Ransomware hit Fenwick Valley Medical Center and the independent Fenwick Valley Pharmacy next door on Monday.",
      "hospital",
    ],
    [
      "a care home named before a hospital",
      "Ransomware hits care home and hospital",
      "Rosedale Care Home and Harton General Hospital, which share a building, were both hit by ransomware.",
      "care-home",
    ],
    [
      "a practice's letter about its vendor",
      "Notice of Data Security Incident",
      "Lakeside Family Practice is writing to tell you about a ransomware attack at Orvex Cloud, a software vendor that stores Lakeside's patient records.",
      "primary-care",
    ],
    [
      "one victim's description outweighs the kind of a body it serves",
      "Supplier hit",
      "Orvex, a software vendor for dental practices, said a ransomware attack encrypted its servers.",
      "health-it-vendor",
    ],
  ])("%s", (_name, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

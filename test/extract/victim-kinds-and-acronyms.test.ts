// Names and kinds of round 2 (unseen-bank-victims2.ts): a victim whose own acronym is also a regulator's ("Hamilton
// Health Sciences (HHS)"), a family practice written in capitals, polyclinics, organ procurement organisations and
// teleradiology companies as healthcare bodies; a descriptor before the name weighs like an apposition ("drugmaker Dr
// Reddy's Laboratories" is no laboratory), and a bare "clinics" after another kind's words ("family medicine clinics")
// counts as that kind.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("names of round 2", () => {
  it.each<[string, string, string, string[]]>([
    [
      "an acronym that abbreviates the name, shared with a regulator",
      "Hospital fires staff for snooping",
      "Harwick Health Sciences (HHS) said eight staff members inappropriately accessed the records of 2,000 patients.",
      ["Harwick Health Sciences (HHS)"],
    ],
    [
      "a regulator's acronym after a name it does not abbreviate",
      "Clinic breach",
      "Harwick Eye Clinic said hackers stole patient files, and the breach was reported to the federal health department (HHS).",
      ["Harwick Eye Clinic"],
    ],
    [
      "a sector's generic name with a listed acronym",
      "Hospital hit",
      "Ransomware hit Harwick Memorial Hospital, the latest attack on the Healthcare and Public Health (HPH) sector.",
      ["Harwick Memorial Hospital"],
    ],
    [
      "a family practice in capitals",
      "New victim: HOLLOWAY FAMILY PRACTICE",
      "Akira has listed HOLLOWAY FAMILY PRACTICE (US) on its leak site.",
      ["HOLLOWAY FAMILY PRACTICE"],
    ],
    [
      "a tracker's country code is no acronym",
      "New victim",
      "Akira has listed Holloway Eye Associates (US) on its leak site.",
      ["Holloway Eye Associates"],
    ],
    [
      "polyclinics",
      "Polyclinic group hit",
      "Eastgate Polyclinics said hackers accessed its appointment system.",
      ["Eastgate Polyclinics"],
    ],
    [
      "an organ procurement organisation",
      "Organ donation group hit",
      "Lifebridge Northwest, the organ procurement organization for Oregon, said a cyberattack took its referral line offline.",
      ["Lifebridge Northwest"],
    ],
    [
      "a teleradiology company",
      "Scans delayed",
      "Clearscan, a teleradiology company that reads scans for 60 hospitals, said ransomware encrypted its archive.",
      ["Clearscan"],
    ],
  ])("%s", (_name, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

describe("victim type: kinds of round 2", () => {
  it.each<[string, string, string]>([
    ["a family practice", "Akira has listed HOLLOWAY FAMILY PRACTICE (US) on its leak site.", "primary-care"],
    ["polyclinics", "Eastgate Polyclinics said hackers accessed its appointment system.", "primary-care"],
    [
      "an organ procurement organisation",
      "Lifebridge Northwest, the organ procurement organization for Oregon, said a cyberattack took its referral line offline.",
      "other-healthcare",
    ],
    [
      "a teleradiology company",
      "Clearscan, a teleradiology company that reads scans for 60 hospitals, said ransomware encrypted its archive.",
      "imaging",
    ],
    [
      "a drugmaker named 'Laboratories'",
      "Pune-based drugmaker Sandor Laboratories Ltd said it isolated its servers after a cyberattack.",
      "pharma-medtech",
    ],
    [
      "a pathology chain named 'Laboratories'",
      "Pune-based pathology chain Sandor Laboratories said hackers copied test reports.",
      "laboratory",
    ],
    [
      "family medicine clinics",
      "Wexford Medical Group, which runs eight family medicine clinics in Utah, said ransomware encrypted its servers.",
      "primary-care",
    ],
    [
      "an apposition after a bracketed former name",
      "Wexford Health (formerly Wexford Medical Group), which runs eight family medicine clinics in Utah, said ransomware encrypted its servers.",
      "primary-care",
    ],
    [
      "dental clinics",
      "Wexford Group, which runs 30 dental clinics in Ohio, said ransomware encrypted its servers.",
      "dental",
    ],
  ])("%s", (_name, text, type) => {
    expect(extract("Cyber attack", text).victim_type).toBe(type);
  });
});

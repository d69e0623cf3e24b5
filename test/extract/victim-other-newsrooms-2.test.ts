// Victim names and types as other newsrooms write them (unseen-bank-victims2.ts, round 1): a descriptor's whole noun
// phrase before a name ("Leeds-based pathology chain X"), a headline's last word describing nothing in the body, EHR
// vendors, a quoted short name or a place's possessive before the description, security companies quoted as sources, a
// series of incidents ("the second practice in a year ...; the first was X"), and British "clinics" cancelled as sessions.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims described as other newsrooms describe them", () => {
  it.each<[string, string, string, string[], string | null]>([
    [
      "a descriptor's noun phrase before the name",
      "Lab hit",
      "Leeds-based pathology chain Corrow Pathlabs said hackers copied test results of 12,000 patients.",
      ["Corrow Pathlabs"],
      "laboratory",
    ],
    [
      "a headline's last word describes nothing in the body",
      "Attack hits operator",
      "Kestrel Homes, which operates senior living communities in five states, said a ransomware attack exposed data.",
      ["Kestrel Homes"],
      "care-home",
    ],
    [
      "an EMR vendor",
      "Vendor hit",
      "Tallis Point, the cloud EHR vendor used by 900 rural clinics, said a ransomware attack encrypted its hosting servers.",
      ["Tallis Point"],
      "health-it-vendor",
    ],
    [
      "a quoted short name before the description",
      "Release",
      'Harrowgate Living ("Harrowgate"), an operator of memory care communities, today announced that an unauthorized party accessed its network.',
      ["Harrowgate Living"],
      "care-home",
    ],
    [
      "a place's possessive opens the description",
      "Insurer hit",
      "Velora, Ireland's second-largest health insurer, said a cyberattack had disrupted claims for its members.",
      ["Velora"],
      "insurer",
    ],
  ])("%s", (_name, title, text, victims, type) => {
    const e = extract(title, text);
    expect(e.victim_orgs).toEqual(victims);
    expect(e.victim_type).toBe(type);
  });
});

describe("names that are no victims", () => {
  it.each<[string, string, string[]]>([
    [
      "researchers at a security company",
      "Files taken from Ashdown General Hospital were posted online, according to security researchers at Quillfield Labs.",
      ["Ashdown General Hospital"],
    ],
    [
      "a security company by its apposition",
      "Files taken from Ashdown General Hospital were posted online, said Quillfield Labs, a cybersecurity company that tracks leak sites.",
      ["Ashdown General Hospital"],
    ],
    [
      "a security company that was itself breached stays",
      "Hackers stole customer data in the breach at cybersecurity firm Quillfield Labs, which supplies file transfer software to Ashdown General Hospital. Quillfield Labs said Ashdown General Hospital's files were taken.",
      ["Quillfield Labs", "Ashdown General Hospital"],
    ],
    [
      "the first of a series of incidents",
      "Brambleton Family Medicine says it will close after ransomware encrypted its records. It is the second practice in a year to close after such an attack; the first was Harlow Creek Pediatrics.",
      ["Brambleton Family Medicine"],
    ],
  ])("%s", (_name, text, victims) => {
    expect(extract("Cyber attack", text).victim_orgs).toEqual(victims);
  });
});

describe("victim type: clinics cancelled are sessions of care", () => {
  it.each<[string, string, string, string]>([
    [
      "a children's hospital cancels clinics",
      "Hospital cancels clinics after attack",
      "St Aldric's Children's Hospital cancelled outpatient clinics on Friday after a cyber attack took its systems down.",
      "hospital",
    ],
    [
      "clinics postponed",
      "Hospital postpones clinics",
      "Harrowfield Hospitals NHS Trust said clinics had been postponed after a cyber attack.",
      "hospital",
    ],
    [
      "beds the victim has",
      "Cyber attack",
      "Ridgeback Memorial, which has 450 beds, said hackers stole patient records.",
      "hospital",
    ],
    [
      "beds of a psychiatric hospital",
      "Cyber attack",
      "Westvale Psychiatric, a psychiatric hospital with 80 beds, said patient data was stolen in a ransomware attack.",
      "mental-health",
    ],
  ])("%s", (_name, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

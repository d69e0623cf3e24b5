// Descriptions that point at a victim's name across a comma or a sentence (victim-anaphora.ts), dash asides giving an
// alias, a possessive telling the incident, clipped short forms, "and the X hospice" in a list, and the type a definite
// description gives. Every organisation and place pairing is made up.
import { describe, expect, it } from "vitest";
import { preposedDescription } from "../../src/extract/victim-anaphora";
import { extract } from "./helpers";

describe("a description set before the name and its comma describes it", () => {
  it.each([
    [
      "Regional health body's websites knocked offline",
      "Hospital websites in Jutland went down for several hours on Monday in a DDoS attack. The health authority for the Aarhus region, Midtjylland Vest, said its patient systems were not affected.",
      "Midtjylland Vest",
    ],
    [
      "Blood tests delayed after cyberattack",
      "Ireland's largest private provider of blood testing, Pellavo, says a cyberattack has delayed results for thousands of patients.",
      "Pellavo",
    ],
  ])("%s", (title, text, victim) => {
    expect(extract(title, text).victim_orgs).toEqual([victim]);
  });
});

describe("an anaphor ('The firm, X', 'One of them, X') takes the description of the sentence before", () => {
  it.each([
    [
      "Colorado physical therapy chain closes clinics after ransomware",
      "A Colorado physical therapy chain has closed its 14 clinics after a ransomware attack. The company, Movewell, said patients would be contacted to rebook.",
      ["Movewell"],
    ],
    [
      "Two addiction treatment providers hit by hackers",
      "Two addiction treatment providers in Ohio have been hit by ransomware. One of them, Clearpath Recovery Services, paid the hackers, while the other, Brightwater Behavioral Health, restored from backups.",
      ["Clearpath Recovery Services", "Brightwater Behavioral Health"],
    ],
  ])("%s", (title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it("an anaphor after a body that is no healthcare one describes nothing", () => {
    const e = extract(
      "Leeds law firm hit by ransomware",
      "A Leeds law firm has been hit by ransomware. The firm, Hadley Crowe, said client files may have been copied.",
    );
    expect(e.relevant).toBe(false);
  });
});

describe("a definite description after the name describes it", () => {
  it.each([
    [
      "Quillon outage hits dentists nationwide",
      "Dental offices across the country could not see patients on Tuesday after ransomware hit Quillon. The Denver-based dental practice software company said it was restoring service.",
      ["Quillon"],
      "health-it-vendor",
    ],
    [
      "Hackers threaten to leak Veyra customer data",
      "A group claiming Veyra's October data breach says it will publish customer records, a day after the health insurer said it would not pay.",
      ["Veyra"],
      "insurer",
    ],
  ])("%s", (title, text, victims, type) => {
    const e = extract(title, text);
    expect(e.victim_orgs).toEqual(victims);
    expect(e.victim_type).toBe(type);
  });

  it("a definite description with no healthcare word describes nothing", () => {
    const e = extract(
      "Ransomware hits Quillon",
      "Ransomware hit Quillon over the weekend. The Denver-based logistics company said deliveries were delayed.",
    );
    expect(e.relevant).toBe(false);
  });
});

describe("names told apart from their descriptions and short forms", () => {
  it.each([
    [
      "a dash aside giving the alias keeps a sentence's opening 'The'",
      "Eye clinic group hit by ransomware",
      "The Clinic Group — the Irish laser eye surgery chain that trades as Lumen Clinic Group — said on Friday that ransomware had encrypted its booking system.",
      ["The Clinic Group", "Lumen Clinic Group"],
    ],
    [
      "a clipped short form of the victim's name is that victim",
      "Hackers email Edith Carr patients directly",
      "Hackers stole patient files from Edith Carrington Cancer Center in March. Edith Carr, which runs six clinics in the region, said its network was breached on March 2.",
      ["Edith Carrington Cancer Center"],
    ],
    [
      "'and the X hospice' ends a list of victims",
      "Northland hospitals hit by cyberattack",
      "The attack hit Kestrel Bay Hospital, Northland General Hospital and the Tarrow Point hospice, which all share an IT provider.",
      ["Kestrel Bay Hospital", "Northland General Hospital", "Tarrow Point hospice"],
    ],
    [
      "a drugstore chain named after its description is described",
      "Drugstore chain notifies customers",
      "The Ohio-based drugstore chain Pellmart is notifying 400,000 customers that hackers obtained their prescription records.",
      ["Pellmart"],
    ],
    [
      "a life sciences company named after its description is described",
      "Hackers steal test data",
      "Hackers broke into the network of Boston life sciences company Corvexa Bio and stole test results on 90,000 people.",
      ["Corvexa Bio"],
    ],
    [
      "a brand described once, after a sentence telling an exposed database",
      "Open database exposed trial patients' notes",
      "An unsecured database holding 2 million patient notes was found online by a researcher. It belonged to Trialwise, a healthcare software firm that matches patients with clinical trials.",
      ["Trialwise"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

describe("what a body sells says its type", () => {
  it("a company that provides clinical testing services is a laboratory", () => {
    const e = extract(
      "Norvane Biosciences says hackers stole patient data",
      "Hackers stole information on 300,000 patients from Norvane Biosciences, a Texas life sciences company. Norvane provides clinical testing services to doctors' offices.",
    );
    expect(e.victim_type).toBe("laboratory");
  });
});

describe("a description before a name's comma is found wherever the text before it opens", () => {
  it.each([
    ["The health authority for the Aarhus region, ", "The health authority for the Aarhus region, ", 0],
    ["On Monday (local time) the regional health authority, ", " the regional health authority, ", 22],
    ["Officials said 2,000 patients of its dental practice, ", " its dental practice, ", 32],
    ["He said: \"Zürich's largest private clinic, ", "\"Zürich's largest private clinic, ", 9],
    ["Two weeks on, Ohio's largest lab, ", " Ohio's largest lab, ", 13],
    ["Its parent, Kestrel Care's nursing home, ", " Care's nursing home, ", 19],
  ])("in %j", (before, description, index) => {
    const found = preposedDescription(before, undefined, () => true);
    expect([found?.description, found?.index]).toEqual([description, index]);
  });

  it.each([
    ["Officials said on Monday that the other one, ", 29],
    ["In a statement, one of them, ", 15],
    ["One of them, ", 0],
    ["Later, the latest victim,  ", 6],
  ])("and an anaphor in %j, its antecedent's", (before, index) => {
    const previous = "Two mental health providers in Ohio were hit by ransomware.";
    const found = preposedDescription(before, previous, (t) => t.includes("health"));
    expect([found?.description, found?.index]).toEqual(["Two mental health providers", index]);
  });

  it.each([
    ["the regional health authority,"],
    ["the regional health authority "],
    ["the regional health authority, and "],
  ])("and not in %j, which does not end on the description's comma and a space", (before) => {
    expect(preposedDescription(before, undefined, () => true)).toBeUndefined();
  });
});

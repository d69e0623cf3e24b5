// Victim names as other newsrooms write them (unseen-bank-2.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a name that ends in 'NHS Trust'", () => {
  it.each([
    ["Barts Health NHS Trust has confirmed that a cyber attack took its systems offline.", ["Barts Health NHS Trust"]],
    [
      "Harrowdene Hospitals NHS Trust said a cyber attack took its pathology systems offline.",
      ["Harrowdene Hospitals NHS Trust"],
    ],
    [
      "Kestrel and Downs NHS Foundation Trust said a ransomware attack hit its servers.",
      ["Kestrel and Downs NHS Foundation Trust"],
    ],
  ])("%s", (body, want) => {
    expect(extract("Trust confirms cyber attack", body).victim_orgs).toEqual(want);
  });
  it("a bare 'NHS Trust' names no victim", () => {
    expect(
      extract("Cyber attack", "An NHS Trust in London said a cyber attack took its systems offline.").victim_orgs,
    ).toEqual([]);
  });
});

describe("victims: a brand named once with a description", () => {
  it.each([
    ["Thuiszorg Westland, a home-care organisation, was hit by ransomware.", ["Thuiszorg Westland"]],
    ["Calvera, a home care provider, was hit by ransomware.", ["Calvera"]],
    [
      "BrightPath Companions, a home-care agency serving 5,000 seniors in Massachusetts, said hackers stole care plans.",
      ["BrightPath Companions"],
    ],
    // A ransom demand tells the attack as well as a cyber word does.
    [
      "Meridex Systems, which supplies electronic health record software to 300 rural hospitals, rejected a ransom demand from the Medusa gang.",
      ["Meridex Systems"],
    ],
    // What its products serve describes it: "whose ... is used by".
    [
      "Dovetail Practice Systems, whose scheduling software is used by about 9,000 physician practices, confirmed that an outage was caused by a cyberattack.",
      ["Dovetail Practice Systems"],
    ],
    ["Kestrel Renovations, a home improvement company, was hit by ransomware.", []],
  ])("%s", (body, want) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual(want);
  });
});

describe("victims: names whose health words come in pairs or other Englishes", () => {
  it.each([
    ["Clearview Laser Eye Centers said a ransomware attack encrypted its servers.", ["Clearview Laser Eye Centers"]],
    [
      "The Halvorsen Institute for Clinical Research in Bergen said ransomware had encrypted its servers.",
      ["Halvorsen Institute for Clinical Research"],
    ],
    ["Heathside Chemists said hackers took its dispensing systems offline.", ["Heathside Chemists"]],
    ["Private Eye reported that Kestrel Hospital was hit by ransomware.", ["Kestrel Hospital"]],
    ["Kestrel Hospital said its Clinical Notes system was hit by ransomware.", ["Kestrel Hospital"]],
    // An outlet named by its period is no victim.
    [
      "Heathside Chemists declined to pay the ransom, the company confirmed to Pharmacy Trade Weekly.",
      ["Heathside Chemists"],
    ],
  ])("%s", (body, want) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual(want);
  });
});

describe("victims: parents and subsidiaries", () => {
  it.each([
    [
      "Northgate Imaging, a subsidiary of Caldera Health Partners, said a ransomware attack disrupted scheduling.",
      "Cyber attack",
      ["Northgate Imaging"],
    ],
    [
      "Northgate Imaging said a ransomware attack disrupted scheduling at its centres.",
      "Imaging subsidiary of Caldera Health hit by ransomware",
      ["Northgate Imaging"],
    ],
    [
      "Groupe Santé Valmont said on Monday that its subsidiary, Pharmacies Laurentides, had been hit by a ransomware attack.",
      "Cyber attack",
      ["Pharmacies Laurentides"],
    ],
    // Both hit: the parent stays.
    [
      "Caldera Health Partners and its subsidiary, Northgate Imaging, were both hit by ransomware.",
      "Cyber attack",
      ["Caldera Health Partners", "Northgate Imaging"],
    ],
  ])("%s", (body, title, want) => {
    expect(extract(title, body).victim_orgs).toEqual(want);
  });
});

describe("victims: more descriptions and languages", () => {
  it.each([
    [
      "The Kestrel County Veterans Home, a 120-bed long-term care facility, said hackers accessed the records of 1,400 residents.",
      ["Kestrel County Veterans Home"],
    ],
    ["The attackers who broke into Clínicas Levante demanded a ransom, police said.", ["Clínicas Levante"]],
  ])("%s", (body, want) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual(want);
  });
});

describe("victims: descriptions after a company suffix, possessives and research", () => {
  it.each([
    [
      "Primewell Infusion, Inc., a home infusion pharmacy based in Tulsa, said an unauthorised party accessed patient files.",
      ["Primewell Infusion"],
    ],
    ["Brightmind, a children's mental health charity, said hackers stole counselling notes.", ["Brightmind"]],
    [
      "Veldhoven Trials, a contract research organisation, said ransomware had encrypted its servers.",
      ["Veldhoven Trials"],
    ],
    ["Kestrel Analytics, a market research organisation, said ransomware had encrypted its servers.", []],
  ])("%s", (body, want) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual(want);
  });
});

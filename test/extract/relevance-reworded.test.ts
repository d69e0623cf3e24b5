// Relevance and victims as other newsrooms word them: an apposition opening on a place's possessive ("X, Canada's
// largest provider of ..."), payment fraud told without "scam" ("lost to email fraud", "posing as the finance
// director", "tricked into wiring"), and an agency's warning that tells of a named group attacking a named healthcare
// body.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("an apposition opening on a place's possessive describes the body", () => {
  it.each<[string, string, string, boolean, string[]]>([
    [
      "a country's largest provider of testing",
      "Data stolen in cyberattack",
      "Pellucid, Ireland's largest provider of home blood testing, said hackers stole customer records.",
      true,
      ["Pellucid"],
    ],
    [
      "a state's biggest operator of care homes",
      "Residents' data taken",
      "Hollowell, Ohio's biggest operator of nursing homes, confirmed a ransomware attack on Monday.",
      true,
      ["Hollowell"],
    ],
    [
      "a country's biggest retailer is no healthcare body",
      "Data stolen in cyberattack",
      "Brightway, Britain's biggest fashion retailer, said hackers stole customer records.",
      false,
      [],
    ],
  ])("%s", (_label, title, text, relevant, victims) => {
    const e = extract(title, text);
    expect(e.relevant).toBe(relevant);
    if (relevant) expect(e.victim_orgs).toEqual(victims);
  });
});

describe("payment fraud told by its trick reports an incident", () => {
  it.each<[string, string, string, boolean]>([
    [
      "'email fraud' in the headline",
      "Kestrel Hospital recovers most of the $900,000 lost to email fraud",
      "Kestrel Hospital says its bank has returned most of the money.",
      true,
    ],
    [
      "posing as the finance director",
      "Clinic loses $300,000",
      "Staff at Orford Family Clinic paid $300,000 after an email from someone posing as the clinic's finance director.",
      true,
    ],
    [
      "tricked into wiring",
      "Care group loses funds",
      "Larkfield Care Homes was tricked into wiring $250,000 to a criminal's account, police said.",
      true,
    ],
    [
      "a fraud trial is no incident",
      "Doctor jailed",
      "A former doctor at Kestrel Hospital was jailed for insurance fraud.",
      false,
    ],
  ])("%s", (_label, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});

describe("an agency's warning that tells of a named attack", () => {
  it("is relevant when a named group attacked a named healthcare body", () => {
    const e = extract(
      "FBI warns of Rhysida ransomware attacks on US healthcare",
      "The FBI says the gang has been targeting the healthcare sector since March. On 4 May the Rhysida gang attacked Harwick Regional Hospital and stole patient records.",
    );
    expect(e.relevant).toBe(true);
    expect(e.victim_orgs).toEqual(["Harwick Regional Hospital"]);
  });

  it("is not relevant when it names no victim", () => {
    expect(
      extract(
        "FBI warns of Rhysida ransomware attacks on US healthcare",
        "The FBI says the Rhysida gang has been targeting hospitals since March, encrypting servers and stealing patient records.",
      ).relevant,
    ).toBe(false);
  });
});

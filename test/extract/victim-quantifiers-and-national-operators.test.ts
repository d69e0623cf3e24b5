// A quantifier opening a sentence ("No NHS organisation has reported ...") is no part of a name; a body that runs a
// country's hospitals ("which runs the country's public hospitals and clinics") is typed hospital without a count; an
// instruction to a sector in the headline ("trusts told to patch a flaw") is advice, not an incident.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims and type: opening quantifiers, national operators", () => {
  it("a sentence-opening 'No' is not read into a name", () => {
    expect(
      extract("Ransomware warning", "Hackers hit a county council. No NHS organisation has reported being affected.")
        .victim_orgs,
    ).toEqual([]);
  });
  it("a body that runs the country's hospitals is a hospital", () => {
    expect(
      extract(
        "Cyber attack",
        "The Veridian Social Security Institute, which runs the country's public hospitals and clinics, shut down its systems after a cyber attack.",
      ).victim_type,
    ).toBe("hospital");
  });
});

describe("relevance: an instruction to a sector is advice", () => {
  it.each<[string, string, string, boolean]>([
    [
      "trusts told to patch",
      "Trusts told to patch VPN flaw after ransomware warning",
      "The national cyber centre has urged hospitals to patch a flaw that ransomware groups are exploiting. No hospital has reported an attack.",
      false,
    ],
    [
      "an attacked hospital in the headline is still an incident",
      "Harwick Hospital told to patch servers after LockBit attack",
      "Harwick Hospital was hit by LockBit ransomware last week and has been told to patch its servers.",
      true,
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).relevant).toBe(want);
  });
});

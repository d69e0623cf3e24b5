// A supplier's customers named for the knock-on of its attack ("leaving pharmacies unable to ...; among them was X", "X
// said orders were delayed as a result") are not victims beside the supplier; a customer the text says was itself
// attacked is, and members of a list of victims stay victims. A supplier described as a healthcare one and said to be
// hit is a victim though named once, its apposition between it and the attack verb.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a supplier's customers named for the knock-on", () => {
  it.each<[string, string, string[], string | null]>([
    [
      "one of those left unable to work",
      "Calder Systems, an e-prescribing software supplier, was hit by ransomware on Friday, leaving dozens of pharmacies unable to process prescriptions. Among them was Harlow Road Pharmacy, whose owner said staff were writing scripts by hand.",
      ["Calder Systems"],
      "health-it-vendor",
    ],
    [
      "one named inside the clause that leaves them without",
      "Calder Systems, a dental software vendor, suffered a ransomware attack, leaving practices, including Westbrook Family Dentistry, without access to their booking systems.",
      ["Calder Systems"],
      "health-it-vendor",
    ],
    [
      "a customer's delay as a result",
      "Calder Systems, a cloud hosting provider for clinics, was hit by ransomware. Westbrook Eye Clinic said appointments were delayed as a result.",
      ["Calder Systems"],
      "health-it-vendor",
    ],
    [
      "a customer whose own data was stolen",
      "Calder Systems, a cloud hosting provider for clinics, was hit by ransomware. Westbrook Eye Clinic said hackers stole patient files through the vendor's system.",
      ["Calder Systems", "Westbrook Eye Clinic"],
      "health-it-vendor",
    ],
    [
      "a member of a list of victims, no supplier named",
      "The gang said it had attacked several clinics this month. Among them was Westbrook Eye Clinic, which confirmed that hackers had stolen files.",
      ["Westbrook Eye Clinic"],
      "clinic",
    ],
  ])("%s", (_name, text, victims, type) => {
    const e = extract("Cyber attack", text);
    expect(e.victim_orgs).toEqual(victims);
    expect(e.victim_type).toBe(type);
  });
});

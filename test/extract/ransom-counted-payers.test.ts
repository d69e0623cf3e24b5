// Payers counted or pointed at ("the companies", "both firms") are this incident's victims, not victims in general; a
// relative clause after them still makes a kind ("the companies that would not pay").
import { describe, expect, it } from "vitest";
import type { RansomStatus } from "../../src/model/entities";
import { extract } from "./helpers";

describe("ransom: the payer named as a set of bodies", () => {
  it.each<[string, string, RansomStatus]>([
    [
      "the companies paid, by hearsay",
      "A ransomware attack hit ToothVault, a backup service for dentists run by two firms in Ohio. People briefed on the talks said the companies paid a ransom to get a decryption key.",
      "paid",
    ],
    [
      "both firms refused",
      "Ransomware encrypted the servers of ClinicLink and its partner MedHost, two Ohio software firms that serve clinics. Both firms refused to pay the ransom.",
      "refused",
    ],
    [
      "companies in general",
      "A ransomware attack hit ToothVault, a backup service for dentists in Ohio. Analysts say companies paid ransoms too often last year.",
      "not-mentioned",
    ],
    [
      "the companies that would not pay are a kind",
      "A ransomware attack hit ToothVault, a backup service for dentists in Ohio. The gang's site shames the companies that were attacked and would not pay.",
      "not-mentioned",
    ],
  ])("%s", (_name, text, status) => {
    expect(extract("Dental backup service hit by ransomware", text).ransom.status).toBe(status);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Names of one victim that differ only by a country, a corporate suffix or a line of business (victim-variants.ts).
describe("variants of one victim's name", () => {
  it.each([
    [
      "keeps the first of names that add a country or a line of business",
      "Fenwick Health Insurance says hacker demands ransom",
      "Fenwick Health Insurance said data was stolen. Fenwick Health has sued the hacker, who leaked the data of Fenwick Health Kenya customers. Fenwick Health said it will not pay.",
      ["Fenwick Health Insurance"],
    ],
    [
      "folds a name with 'System' into the name used first",
      "Ransomware attack on Harrow Health",
      "Harrow Health was hit by ransomware. Harrow Health Regional Medical Center belongs to Harrow Health System. Harrow Health restored its systems.",
      ["Harrow Health", "Harrow Health Regional Medical Center"],
    ],
    [
      "folds a legal suffix",
      "Breach at Linden Care",
      "Linden Care said hackers stole patient data. Linden Care Holdings Ltd notified regulators, and Linden Care is notifying patients.",
      ["Linden Care"],
    ],
    [
      "gives a letterhead's capitals way to the name as the text writes it",
      "Minutes of the board",
      "ELMSTEAD COUNTY HOSPITAL ASSOCIATION, INC. Minutes of the regular meeting. The director reported that ransomware had encrypted Elmstead County Hospital's servers.",
      ["Elmstead County Hospital"],
    ],
    [
      "keeps two names that share a first word but are two bodies",
      "Ransomware attack",
      "Files came from Lindell Medical Group and Lindell Health, both hit by ransomware.",
      ["Lindell Medical Group", "Lindell Health"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

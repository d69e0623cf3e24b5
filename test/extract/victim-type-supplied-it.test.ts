// A supplier's own words for what it supplies ("an IT service provider", "whose patient engagement platform") and the
// healthcare customers it names make it a health-IT vendor, not one of its customers' kinds, however often the article
// goes on to name the customers.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("an IT supplier named with its healthcare customers", () => {
  it.each<[string, string, string]>([
    [
      "Cyberattack on Korvex",
      "Korvex, the IT service provider for many of the country's statutory health insurers, has taken its systems offline after detecting a cyberattack, the company said. As a result, several health insurance funds (HIF) were unable to process sick notes. Korvex said it was restoring systems.",
      "health-it-vendor",
    ],
    [
      "Welmark data breach",
      "Welmark, a Denver company whose patient engagement platform is used by health plans, said hackers stole member data. Welmark said the health plans had told their members. Several insurers said their members' details were among the files.",
      "health-it-vendor",
    ],
    [
      "Arvane data breach",
      "Arvane, a hospital group serving patients across three counties, said hackers stole patient data from its servers. Arvane said its hospitals stayed open.",
      "hospital",
    ],
  ])("%s", (title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

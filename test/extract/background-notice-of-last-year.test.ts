import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A notice told first ("is notifying 9,000 patients", "began mailing letters") dates the breach it tells of with "last
// year": the sentence reports this incident, whose count and kind are read from it. A "last year" that opens an account
// of another body's notice still dates another incident.
describe("a notice of a breach last year", () => {
  it.each([
    [
      "a count in a notice of an intrusion last year",
      "Clinic notifies patients of breach",
      "Tamsin Valley Medical Group is notifying 61,204 patients that their records may have been exposed when an intruder got into its billing server for three weeks last year.",
      { relevant: true, people: 61204, attacks: ["unknown"] },
    ],
    [
      "letters about a ransomware attack last year",
      "Eye practice sends breach letters",
      "Norbrook Eye Associates has begun mailing letters to 9,310 patients about a ransomware attack that encrypted its servers last year.",
      { relevant: true, people: 9310, attacks: ["ransomware"] },
    ],
    [
      "another body's notice last year stays background",
      "Eye practice says hackers stole patient files",
      "Norbrook Eye Associates said on Monday that hackers stole patient files from its servers. Last year, Harlow Dental Group notified 20,000 patients of a breach.",
      { relevant: true, people: null, attacks: ["data-theft"] },
    ],
  ])("%s", (_name, title, text, want) => {
    const e = extract(title, text);
    expect({ relevant: e.relevant, people: e.people_affected, attacks: e.attack_types }).toEqual(want);
  });
});

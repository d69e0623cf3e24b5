// Generic words are no names: a service acronym ("EMS crews"), another language's article before a generic health noun
// ("Das Uniklinikum"), while the names they open or close keep their distinctive word. Other languages' clinic,
// pharmacy and health words make a name a healthcare one ("Clinica Montalbo", "Apotheke am Markt").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("generic words in victim names", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a bare service acronym",
      "Cyber attack on Dunwell Hospital",
      "Dunwell Hospital's systems went down after a cyber attack, and EMS crews took patients elsewhere.",
      ["Dunwell Hospital"],
    ],
    [
      "an acronym closing a distinctive name",
      "Cyber attack on county ambulance service",
      "Ravensby County EMS said a ransomware attack knocked out its dispatch system.",
      ["Ravensby County EMS"],
    ],
    [
      "a German article before a generic noun in a quote",
      "Cyber attack on Uniklinikum Ostheim",
      'The Uniklinikum Ostheim in Hesse was hit by a cyber attack. "Das Uniklinikum bleibt erreichbar," a spokesman said.',
      ["Uniklinikum Ostheim"],
    ],
    [
      "a Spanish clinic word makes a brand a healthcare name",
      "Hackers demand money from Valencia clinic",
      "Hackers who broke into Clinica Sorell in Valencia are demanding a payment of 2 million euros.",
      ["Clinica Sorell"],
    ],
    [
      "a German pharmacy word",
      "Cyber attack on pharmacy",
      "A cyber attack has shut the Lindenhof Apotheke in Kassel for two days.",
      ["Lindenhof Apotheke"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });
});

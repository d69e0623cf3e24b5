import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A parent and the subsidiaries it runs, names joined by "and" that repeat their first word, and the object of "broke
// into the network of".
describe("parents, subsidiaries and names joined by 'and'", () => {
  it.each([
    [
      "keeps the attacked parent and leaves out the subsidiaries it runs",
      "Veltra Biosciences hit with ransomware",
      "Hackers broke into the network of Veltra Biosciences, a New Jersey life sciences company, and stole test results. Veltra Biosciences runs three wholly-owned subsidiaries - Veltra Therapeutics, Veltra Genomics and Veltra Clinical Labs.",
      ["Veltra Biosciences"],
    ],
    [
      "splits two names joined by 'and' that repeat their first word",
      "Breach",
      "The ransomware attack hit Ostrow Genomics and Ostrow Clinical Labs. Ostrow Genomics, a diagnostics company, said files were taken.",
      ["Ostrow Genomics", "Ostrow Clinical Labs"],
    ],
    [
      "keeps subsidiaries the text says were affected",
      "Subsidiaries hit",
      "Lakeview Health said several subsidiaries were affected by the incident, among them Brookline Associates, Inc., and Hillcrest Behavioral Health.",
      ["Lakeview Health", "Brookline Associates", "Hillcrest Behavioral Health"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

// A body without a healthcare word said to have been hit by the same attack ("was also affected by the attack").
describe("a body also hit by this attack", () => {
  it.each([
    [
      "keeps a parent the text says was also affected",
      "Cancer centre breached",
      "Hackers stole data from Kestrel Cancer Center (KCC). KCC's parent entity, the University of Ridgeway (UR), was also affected by the attack.",
      ["Kestrel Cancer Center (KCC)", "University of Ridgeway (UR)"],
    ],
    [
      "does not keep a body that also suffered an attack of its own",
      "Ransomware hits Kestrel Hospital",
      "Kestrel Hospital was hit by ransomware. Ridgeway City Council also suffered a cyber attack, which cost it £1 million.",
      ["Kestrel Hospital"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

// A body named by its tie to the victim ("its affiliate X") and said to be hit as well.
describe("an affiliate or supplier hit with the victim", () => {
  it.each([
    [
      "keeps an affiliate when both were hit",
      "Ransomware attack",
      "Kestrel Health and its affiliate Ridgeway Medical Partners were both hit by ransomware.",
      ["Kestrel Health", "Ridgeway Medical Partners"],
    ],
    [
      "keeps an affiliate without a healthcare word when both were hit",
      "Ransomware attack",
      "Kestrel Health and its affiliate Orbex were both hit by ransomware. Orbex restored its systems on Monday.",
      ["Kestrel Health", "Orbex"],
    ],
    [
      "keeps a supplier that said it was hit",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware. Its software supplier Orbex said it was hit in the same attack. Orbex is investigating.",
      ["Kestrel Hospital", "Orbex"],
    ],
    [
      "still leaves out an affiliate that was not hit",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware. Its affiliate Orbex helped restore systems. Orbex said the work took a week.",
      ["Kestrel Hospital"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

// A country or nationality word before a specialty and a generic head ("Canadian Imaging Network") holds no distinctive
// word, yet used as a name (no article before it, a reporting verb, "which" or an apposition after it) it is one; after
// an article or a number it describes ("a Canadian imaging network").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: names made of a country word, a specialty and a generic head", () => {
  it.each([
    [
      "a subject before a reporting verb",
      "Irish Dialysis Group said hackers encrypted its scheduling servers on Sunday.",
      "Irish Dialysis Group",
    ],
    [
      "a subject before 'which'",
      "Canadian Imaging Network, which runs 30 scanning centres, is notifying patients that their files were stolen in a ransomware attack.",
      "Canadian Imaging Network",
    ],
    [
      "two words, the second a specialty",
      "British Fertility, which describes itself as the largest group of IVF clinics in the country, said a ransomware attack locked its systems.",
      "British Fertility",
    ],
    [
      "after a place-based modifier",
      "Ohio-based American Pathology Labs says attackers stole test results of 80,000 patients.",
      "American Pathology Labs",
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Data breach", body).victim_orgs).toEqual([want]);
  });

  it.each([
    ["after an article", "Hackers hit a German Dialysis Centre, police said, and stole patient files."],
    ["after a number", "Two American Hospitals said their systems were locked by ransomware."],
    ["a sector, not a body", "Ransomware attacks on the US Healthcare sector rose last year, said analysts."],
  ])("a country word before generic words is a description: %s", (_label, body) => {
    expect(extract("Data breach", body).victim_orgs).toEqual([]);
  });
});

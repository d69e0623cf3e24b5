// Victims as other newsrooms open a story: a description set before the name ("pharmacy chain giant X"), a place and a
// trade's initials that describe rather than name ("Ohio ENT practice"), a dateline's city and dash, a trade noun before
// an honorific that opens the name ("Drugmaker Dr ..."), a subordinating word opening the sentence ("Once X refused"),
// and a caption's credit without "of" ("Photo courtesy X").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a description before the name reaches over its lower-case modifiers", () => {
  it.each<[string, string, string, string[]]>([
    [
      "giant opening the sentence, its trade capitalised",
      "Customer records stolen in breach",
      "Dental chain giant Lenscroft says hackers stole the records of 80,000 patients.",
      ["Lenscroft"],
    ],
    [
      "a two-word descriptor (pharmacy chain) still reads as before",
      "Hackers hit Tamsin Drug",
      "Regional pharmacy chain Tamsin Stores said on Monday that an intruder copied prescription data.",
      ["Tamsin Stores"],
    ],
    [
      "operator after a place adjective",
      "Cyberattack disrupts services",
      "Scottish care home operator Brackenlea was hit by a ransomware attack last week.",
      ["Brackenlea"],
    ],
  ])("%s", (_label, title, text, victims) => {
    const e = extract(title, text);
    expect(e.relevant).toBe(true);
    expect(e.victim_orgs).toEqual(victims);
  });

  it("a modifier without a health word leaves a non-healthcare body out", () => {
    const e = extract(
      "Data stolen in breach",
      "Fashion retail giant Lenscroft says hackers stole the records of 80,000 customers.",
    );
    expect(e.relevant).toBe(false);
  });
});

describe("a place and a trade's initials before a lower-case noun describe, they do not name", () => {
  it.each<[string, string, string, string[]]>([
    [
      "headline place + initials + practice",
      "Ohio ENT practice shuts after hack",
      "Hackers wiped the servers of Larchmont Ear Clinic, which has now closed.",
      ["Larchmont Ear Clinic"],
    ],
    [
      "place + initials + 'and' + noun + clinic in a headline",
      "Kent IVF and fertility clinic says hackers stole files",
      "Thornbury Fertility Centre in Kent says attackers stole patient files.",
      ["Thornbury Fertility Centre"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it("initials that are the name itself stay a name", () => {
    expect(extract("Hackers hit Leeds GP", "Leeds GP confirmed a ransomware attack on Friday.").victim_orgs).toEqual([
      "Leeds GP",
    ]);
  });
});

describe("words that open a sentence before a name are not part of it", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a dateline's city and dash before a trade noun and an honorific",
      "Servers shut down after cyberattack",
      "MUMBAI - Drugmaker Dr Farooqui Laboratories Ltd said its servers were shut down after a cyberattack.",
      ["Dr Farooqui Laboratories Ltd"],
    ],
    [
      "a subordinating 'once'",
      "Hackers publish clinic files",
      "The gang attacked Hollins Pathology Group in May. Once Hollins Pathology refused to negotiate, it published 3GB of files.",
      ["Hollins Pathology Group"],
    ],
    [
      "'although' opening the sentence",
      "Hospital hit by ransomware",
      "Although Fenwick General Hospital restored its systems, the hackers stole patient records.",
      ["Fenwick General Hospital"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

describe("a caption's credit is page furniture with or without 'of'", () => {
  it.each<[string, string]>([
    ["Photo courtesy", "Photo courtesy Harbour Valley Health System"],
    ["bare Courtesy", "Courtesy Harbour Valley Health System"],
  ])("%s", (_label, caption) => {
    const e = extract(
      "Hospital pays ransom",
      `${caption}\n\nAn unknown group encrypted files at Greendale Hospital on Thursday, hospital officials said.`,
    );
    expect(e.victim_orgs).toEqual(["Greendale Hospital"]);
  });
});

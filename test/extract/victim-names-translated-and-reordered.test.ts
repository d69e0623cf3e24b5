// Victim names as translated and local news writes them: a place and a lower-case noun ("the hospital centre of
// Armentières"), a place of two words before a possessive, pairs like "Senior Living", the same name with its words
// turned round by a headline, and a name given again in brackets in another language.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a place named by a lower-case noun", () => {
  it.each<[string, string, string[]]>([
    [
      "the noun before 'of' and the place, named once as the one attacked",
      "The hospital centre of Armentières was hit by a ransomware attack overnight on Sunday.",
      ["hospital centre of Armentières"],
    ],
    [
      "the same with an aside between the name and its verb",
      "The hospital of Armentières, in the north of the country, was hit by a ransomware attack on Sunday.",
      ["hospital of Armentières"],
    ],
    [
      "the place before the noun, named once as the object of the attack (read without 'centre')",
      "A ransomware attack hit the Armentières hospital centre overnight on Sunday.",
      ["Armentières hospital"],
    ],
    [
      "named once but not as the one attacked: a back-reference, not a name",
      "Hackers claimed a ransomware attack on a French clinic; patients of the Armentières hospital were not affected.",
      [],
    ],
    [
      "named once beside a named victim: the named one stands alone",
      "Ransomware hit Clinique Saint-Roch on Sunday. The attack also hit the Armentières hospital.",
      ["Clinique Saint-Roch"],
    ],
  ])("%s", (_shape, text, victims) => {
    expect(extract("French hospital hit by ransomware", text).victim_orgs).toEqual(victims);
  });
});

describe("names whose healthcare word is a pair or whose place has two words", () => {
  it.each<[string, string, string, string[]]>([
    [
      "'Senior Living' makes a care home's name",
      "Ransomware attack",
      "Maple Court Senior Living was hit by a ransomware attack that exposed information on 2,100 residents.",
      ["Maple Court Senior Living"],
    ],
    [
      "'Assisted Living' too",
      "Ransomware attack",
      "Hackers encrypted the servers of Oakridge Assisted Living last week.",
      ["Oakridge Assisted Living"],
    ],
    [
      "a two-word place's possessive, its first word taken off as a headline opener",
      "New Zealand's Kauri Health investigates leak of staff data",
      "Kauri Health is investigating after a spreadsheet of staff details was posted on a hacking forum.",
      ["Kauri Health"],
    ],
    [
      "a two-word place's possessive inside a sentence",
      "Ransomware attack",
      "Staff at South Africa's Umhlanga Hospitals said the ransomware attack had taken systems offline.",
      ["Umhlanga Hospitals"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

describe("one body under two forms of its name", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a headline's word order and the text's: the text's stands",
      "Rhineland University Hospital attack linked to ransomware gang",
      "A ransomware attack crippled systems at University Hospital Rhineland on Thursday.",
      ["University Hospital Rhineland"],
    ],
    [
      "the name again in brackets, in the country's language",
      "Ransomware attack",
      "A ransomware attack crippled systems at University Hospital Rhineland (Universitätsklinikum Rhineland) on Thursday.",
      ["University Hospital Rhineland"],
    ],
    [
      "a headline's country code for the text's country name",
      "Kauri Health NZ investigates leak of staff data",
      "Kauri Health New Zealand is investigating after staff details were posted on a hacking forum.",
      ["Kauri Health New Zealand"],
    ],
    [
      "a facility in brackets sharing no word with the name is another body",
      "Ransomware attack",
      "A ransomware attack hit Larchfield Health (Kestrel Valley Hospital) and its clinics on Thursday.",
      ["Larchfield Health", "Kestrel Valley Hospital"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

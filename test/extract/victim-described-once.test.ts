// A brand without a health word, named once and described as a healthcare body in the sentence that tells the attack,
// is the victim when the article names no other; a described brand beside a named victim, or in a sentence without
// the attack, is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a healthcare brand named once", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a pharmacy chain by apposition",
      "Pharmacy chain closes stores",
      "Tavoro, a Manitoba pharmacy chain with 30 stores, closed its shops after a cyberattack.",
      ["Tavoro"],
    ],
    [
      "a supplier defined by what it provides",
      "Supplier hit",
      "Quillon, which provides e-prescribing software to GP practices, said a ransomware attack took its platform offline.",
      ["Quillon"],
    ],
    [
      "a care operator defined by what it runs",
      "Care operator hit",
      "Ashgrove Living, which runs 9 nursing homes in Kent, said hackers stole resident records.",
      ["Ashgrove Living"],
    ],
    [
      "a described brand beside a named victim",
      "Cyber attack on Dunmere Hospital",
      "Dunmere Hospital said a cyberattack took its systems offline. Tavoro, a pharmacy chain, filled its prescriptions.",
      ["Dunmere Hospital"],
    ],
    [
      "a flood of traffic told as denial of service",
      "Health board sites down",
      "The booking pages of Vellmark Region, the county's health authority, were knocked out by a denial-of-service flood on Friday.",
      ["Vellmark Region"],
    ],
    [
      "a DDoS told by its acronym",
      "Hospital websites down",
      "Sites run by Osterby Care Group, a nursing home operator, went dark for a day in a DDoS campaign.",
      ["Osterby Care Group"],
    ],
    ["no attack in the describing sentence", "Pharmacy chain grows", "Tavoro, a pharmacy chain, opened 4 stores.", []],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("country", () => {
  it.each([
    ["Ransomware hits Lakeview NHS Trust", "Lakeview NHS Trust postponed operations.", "GB"],
    ["Cyberattack at Pine Ridge Hospital in Tulsa, Okla.", "Pine Ridge Hospital said systems were down.", "US"],
    ["Hackers hit Hôpital Sainte-Claire", "The hospital in Cannes moved patients after the attack.", "FR"],
    ["Ontario hospital group hit by ransomware", "Five hospitals in Ontario were affected.", "CA"],
    [
      "Pro-Russian hackers target Dutch hospital website",
      "Russian hackers took the Groningen hospital's site down.",
      "NL",
    ],
    ["Hackers hit Summit Clinic", "Summit Clinic said systems were down.", null],
  ])("reads %j as %s", (title, text, country) => {
    expect(extract(title, text).country).toBe(country);
  });
});

describe("country: every ISO 3166-1 country by name or demonym", () => {
  it.each([
    ["Cyberattack on Tartu hospital", "The largest hospital in Estonia said systems were down.", "EE"],
    ["Slovenian clinic hit by ransomware", "Files were encrypted.", "SI"],
    ["Hospital in Ivory Coast attacked", "Files were encrypted.", "CI"],
    ["Ransomware at Hospital de Clínicas", "The hospital in Montevideo said systems were down.", "UY"],
    ["Kenyan insurer reports breach", "Customers were told on Monday.", "KE"],
    ["Hospital network in Puerto Rico hit", "Systems were offline.", "PR"],
    ["Hackers hit the health ministry of Vanuatu", "Email was down for weeks.", "VU"],
    ["Qilin has just published a new victim : Fairview Community Hospital (DE)", "", "DE"],
    ["Akira lists Clinica San Rafael (ES)", "The group claims 40 GB.", "ES"],
  ])("reads %j as %s", (title, text, country) => {
    expect(extract(title, text).country).toBe(country);
  });

  it("knows a code for every one of the 249 ISO 3166-1 countries", async () => {
    const { COUNTRIES } = await import("../../src/model/countries");
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(249);
    for (const c of COUNTRIES) expect(c.names.length, c.code).toBeGreaterThan(0);
  });
});

describe("country: place words that do not place the victim", () => {
  it.each([
    [
      "a city opening a company name, beside the province it is in",
      "Ransomware hits Paris Pharmacy Group",
      "Paris Pharmacy Group, a pharmacy chain in Quebec, said files were encrypted.",
      "CA",
    ],
    [
      "an attacker's nationality with a suffix",
      "Hospital attacked",
      "A Russian-speaking gang attacked a hospital in Estonia.",
      "EE",
    ],
    ["an attacker's nationality alone", "Hospital attacked", "Russian hackers attacked Elm Hospital.", null],
    [
      "a country that is also a given name",
      "Elm Hospital attacked",
      "Chad Brown, the CEO of Elm Hospital, said systems were down.",
      null,
    ],
    [
      "a place inside a group's name",
      "Anonymous Sudan floods Elm Hospital",
      "Anonymous Sudan claimed the outage.",
      null,
    ],
    [
      "a place inside a group's name before 'ransomware'",
      "Elm Hospital attacked",
      "The Cuba ransomware gang claimed the attack.",
      null,
    ],
    [
      "where a researcher is based",
      "Elm Insurance breach",
      "A researcher based in the UK found Elm Insurance data online. Elm Insurance said customers in Kenya were affected.",
      "KE",
    ],
    [
      "a town named after a country, in the state that follows",
      "Ransomware hits Good Samaritan Hospital in Lebanon, Pa.",
      "Systems were down.",
      "US",
    ],
    [
      "a town named after a city, in the province that follows",
      "London, Ontario hospitals hit",
      "Files were encrypted at London Health Sciences Centre.",
      "CA",
    ],
    [
      "a town named after a city, before a state's postal code",
      "Clinic in Paris, KY attacked",
      "Files were encrypted.",
      "US",
    ],
    [
      "a region of several countries",
      "Latin American hospitals face attacks; Elm Hospital in Chile hit",
      "Files were encrypted.",
      "CL",
    ],
    ["a demonym inside a US agency's name", "Indian Health Service clinic hit", "Files were encrypted.", "US"],
    [
      "an acronym in brackets that spells the words before it",
      "Breach at Riverside Cancer Center (CC)",
      "Files were stolen from Oak Medical Group (MG).",
      null,
    ],
    [
      "an acronym the article defines for the victim",
      "Hamilton Health Sciences breach",
      "Hamilton Health Sciences (HHS) said staff snooped. HHS fired eight staff. HHS apologised. The Ontario privacy commissioner was told.",
      "CA",
    ],
  ])("leaves out %s", (_name, title, text, country) => {
    expect(extract(title, text).country).toBe(country);
  });
});

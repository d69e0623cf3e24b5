// Wordings met in the unseen-shapes bank's third batch, each checked on sentences written for this file: incidents
// "in separate incidents" are background; ambulances "turned away" are a diversion; Welsh, Swedish, Dutch and German
// hospital and dentist words name healthcare bodies; "a supplier of booking software to GP practices" is a health-IT
// vendor whose customers are GPs.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("groups named for separate incidents", () => {
  it.each<[string, string, string[]]>([
    [
      "plural separate incidents",
      "Play claims Ardley Clinic. In separate incidents this week, Qilin hit a Texas hospital and Medusa leaked data from a clinic in Spain.",
      ["Play"],
    ],
    [
      "separate attacks",
      "Akira claimed the attack on Ardley Clinic. Separate attacks by BlackSuit hit two hospitals in Ohio.",
      ["Akira"],
    ],
  ])("%s", (_name, text, groups) => {
    expect(extract("Ardley Clinic hit by ransomware", text).attacker_groups).toEqual(groups);
  });
});

describe("ambulances turned away", () => {
  it.each<[string, boolean]>([
    ["The cyber attack forced Ardley Hospital to turn away ambulances for two days.", true],
    ["Ambulances were turned away from Ardley Hospital after the cyber attack.", true],
    ["Ardley Hospital said no ambulances were turned away after the cyber attack.", false],
  ])("%s", (text, diverted) => {
    expect(extract("Cyber attack on Ardley Hospital", text).impact.includes("ambulance-diversion")).toBe(diverted);
  });
});

describe("other languages' hospital and dentist words", () => {
  it.each<[string, string, string, string]>([
    ["Welsh", "Ysbyty Penrhos in Gwynedd said a cyber attack took its systems offline.", "Ysbyty Penrhos", "hospital"],
    [
      "Swedish",
      "Berglund Tandv\u00e5rd in Uppsala said ransomware encrypted its patient files.",
      "Berglund Tandv\u00e5rd",
      "dental",
    ],
    ["Dutch", "Tandarts Vermeulen in Utrecht said hackers stole patient records.", "Tandarts Vermeulen", "dental"],
    [
      "German",
      "Zahnarztpraxis Keller in Kassel said hackers stole patient records.",
      "Zahnarztpraxis Keller",
      "dental",
    ],
  ])("%s", (_name, text, victim, type) => {
    const e = extract("Cyber attack", text);
    expect([e.victim_orgs, e.victim_type]).toEqual([[victim], type]);
  });
});

describe("a supplier of software to care providers", () => {
  it("is a health-IT vendor, its customers named after 'to'", () => {
    const e = extract(
      "Booking supplier hit",
      "A ransomware attack on Tellbook, a supplier of appointment booking software to GP practices, left surgeries unable to book.",
    );
    expect([e.victim_orgs, e.victim_type]).toEqual([["Tellbook"], "health-it-vendor"]);
  });
});

describe("Belgian 'AZ' hospitals", () => {
  it.each<[string, string, string[]]>([
    ["an AZ hospital", "AZ Groeninge in Kortrijk said a cyber attack took its systems offline.", ["AZ Groeninge"]],
    [
      "Arizona's abbreviation after a town",
      "Saguaro Valley Hospital in Mesa, AZ said a cyber attack took its systems offline.",
      ["Saguaro Valley Hospital"],
    ],
  ])("%s", (_name, text, victims) => {
    expect(extract("Cyber attack on hospital", text).victim_orgs).toEqual(victims);
  });
});

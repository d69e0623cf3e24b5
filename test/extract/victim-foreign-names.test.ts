// Healthcare names in the languages health news quotes them in: an Italian "Casa di Cura" (a private hospital), a
// Spanish "Centro Médico", a Swiss "Kantonsspital", an Austrian "Pflegeheim". "Cura" makes a health name only after
// "di" or "de", so "Cura Software" stays a software firm.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims named in other languages", () => {
  it.each<[string, string, string, string[], string | null]>([
    [
      "a Casa di Cura in a list of hospitals",
      "Cyber attack hits Lombardy hospitals",
      "Hackers encrypted servers at Ospedale Santa Chiara and the Casa di Cura Monteverde, both near Milan, Italy.",
      ["Ospedale Santa Chiara", "Casa di Cura Monteverde"],
      "hospital",
    ],
    [
      "a Casa di Cura alone, named first",
      "Cyberattack on Casa di Cura Villa Serena",
      "Casa di Cura Villa Serena in Pescara said hackers had stolen patient data.",
      ["Casa di Cura Villa Serena"],
      "hospital",
    ],
    [
      "a Spanish medical centre",
      "Hackers hit medical centre in Valencia",
      "Hackers stole patient files from Centro Médico Santa Lucía in Valencia, Spain.",
      ["Centro Médico Santa Lucía"],
      "primary-care",
    ],
    [
      "a Swiss cantonal hospital",
      "Swiss hospital hit by ransomware",
      "Kantonsspital Aarwald in Switzerland was hit by ransomware on Friday.",
      ["Kantonsspital Aarwald"],
      "hospital",
    ],
    [
      "an Austrian care home",
      "Care home hit by cyber attack",
      "Pflegeheim Sonnenhof in Austria said a cyber attack had encrypted its servers.",
      ["Pflegeheim Sonnenhof"],
      "care-home",
    ],
    [
      "Cura without di is a brand, not a health word",
      "Software firm hit",
      "A cyber attack hit Cura Software Ltd of Leeds, which makes accounting tools.",
      [],
      null,
    ],
  ])("%s", (_name, title, text, victims, type) => {
    const e = extract(title, text);
    expect([e.victim_orgs, e.victim_type]).toEqual([victims, type]);
  });
});

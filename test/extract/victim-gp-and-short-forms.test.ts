// "GP" names a healthcare body only before an organisation's head ("X GP Federation", "the X GP surgery"), not after a
// place ("a Cornwall GP surgery") nor as a plural ("Five Kestrel GP practices"); a headline's short form that leaves
// words out of a body victim's name ("Harrowgate NHS trust") is that victim, while a prefix form the body repeats stays.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("GP before an organisation's head", () => {
  it.each<[string, string, string, string[], string | null]>([
    [
      "a partnership",
      "Partnership hit",
      "Hackers encrypted the servers of Callow Brook GP Partnership on Friday.",
      ["Callow Brook GP Partnership"],
      "primary-care",
    ],
    [
      "a federation named after a county",
      "Federation hit",
      "The Devon GP Federation said ransomware encrypted its shared drives.",
      ["Devon GP Federation"],
      "primary-care",
    ],
    [
      "a lower-case surgery after the name",
      "Surgery hit",
      "Ransomware hit the Ferndale GP surgery in the early hours, staff said.",
      ["Ferndale GP surgery"],
      "primary-care",
    ],
    ["a place's surgery", "Surgery hit", "Hackers stole records from a Cornwall GP surgery.", [], "primary-care"],
    [
      "a place's practices, plural",
      "Practices hit",
      "Five Kestrel GP practices lost access to records after ransomware hit their supplier.",
      [],
      "primary-care",
    ],
  ])("%s", (_name, title, text, victims, type) => {
    const e = extract(title, text);
    expect(e.victim_orgs).toEqual(victims);
    expect(e.victim_type).toBe(type);
  });
});

describe("a headline's short form of the victim's name", () => {
  it.each<[string, string, string, string[]]>([
    [
      "words left out before a lower-case 'trust'",
      "Harrowgate NHS trust hit by cyber attack",
      "Harrowgate and District Hospitals NHS Foundation Trust said a cyber attack took its systems offline.",
      ["Harrowgate and District Hospitals NHS Foundation Trust"],
    ],
    [
      "a word left out of the middle",
      "Cardew Ambulance Trust hit by ransomware",
      "Cardew Ambulance Service NHS Trust said ransomware forced call handlers onto paper.",
      ["Cardew Ambulance Service NHS Trust"],
    ],
    [
      "a short form the body names too is a victim of its own",
      "Merrow Health hit by hackers",
      "Merrow Health and Merrow Valley Health Partners were both hit by ransomware. Merrow Health said its clinics stayed open.",
      ["Merrow Health", "Merrow Valley Health Partners"],
    ],
  ])("%s", (_name, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const row = (victim: string, sector: string, tail = "The group claims 40GB of files.") =>
  `Leak-site feed | 2025-02-11 | Group: Akira | Victim: ${victim} | Country: US | Sector: ${sector} | ${tail}`;

describe("a tracker's field list gives the victim's sector", () => {
  it.each([
    ["Harlow Family Planning", "Healthcare", true],
    ["Pine Ridge Wellness Partners", "Hospitals & Physicians Clinics", true],
    ["Brightwater Consulting", "Pharmaceuticals", true],
    ["Harlow Pet Partners", "Animal healthcare", false],
    ["Harlow Pet Partners", "Veterinary care", false],
    ["Brightwater Consulting", "Legal services", false],
  ])("a victim field %j beside the sector %j is a healthcare victim: %s", (victim, sector, healthcare) => {
    const e = extract(`Akira lists ${victim}`, row(victim, sector));
    expect(e.relevant).toBe(healthcare);
    expect(e.victim_orgs).toEqual(healthcare ? [victim] : []);
  });
});

describe("a tracker's field answered no says the effect did not happen", () => {
  it.each([
    ["Data published: no.", []],
    ["Data leaked: none so far.", []],
    ["Files published: not yet.", []],
    ["Data published: yes.", ["data-leaked"]],
    ["Data published: no. Systems encrypted: yes.", []],
  ])("%j", (tail, impact) => {
    expect(extract("Akira lists Harlow Family Clinic", row("Harlow Family Clinic", "Healthcare", tail)).impact).toEqual(
      impact,
    );
  });
});

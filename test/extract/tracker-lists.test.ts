// A tracker's list of new leak-site posts, one row per victim ("- Play: Corvell Plastics (DE), manufacturing"): the row
// of a healthcare victim gives the group (an ordinary-word name counts as the row's label) and the country; the rows of
// other sectors tell other incidents. A single row is no list, and prose with a colon is no row.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LIST = (rows: string[]) =>
  ["New victims posted on leak sites today", ...rows, "Data is collected automatically."].join("\n");

describe("a tracker's list of leak-site posts", () => {
  it.each<[string, string[], { attackers: string[]; victims: string[]; country: string | null }]>([
    [
      "the healthcare row's group and country, others left out",
      [
        "- Akira: Halden Logistics (NO), transport",
        "- Play: Ridgeway Eye Clinic (IE), healthcare",
        "- BlackSuit: Carran Steel (US), manufacturing",
      ],
      { attackers: ["Play"], victims: ["Ridgeway Eye Clinic"], country: "IE" },
    ],
    [
      "an ordinary-word group as a row's label, rows in bullets",
      ["\u2022 Medusa: Ostvik Dental Care (NO), dental care", "\u2022 Qilin: Marlow & Finch LLP (GB), legal services"],
      { attackers: ["Medusa"], victims: ["Ostvik Dental Care"], country: "NO" },
    ],
  ])("%s", (_name, rows, want) => {
    const e = extract("Ransomware leak sites: new victims", LIST(rows));
    expect({ attackers: e.attacker_groups, victims: e.victim_orgs, country: e.country }).toEqual(want);
  });

  it("keeps a lone row's other sector in scope (no list)", () => {
    const e = extract(
      "Akira claims Halden Logistics",
      "- Akira: Halden Logistics (NO), transport\nThe group says it took 40GB of shipping records.",
    );
    expect(e.attacker_groups).toEqual(["Akira"]);
    expect(e.country).toBe("NO");
  });

  it("reads no group label in prose with a colon", () => {
    const e = extract(
      "Clinic hit by cyberattack",
      "Our view on Medusa: Harlow Clinic (US), like many others, should never pay. Harlow Clinic said a cyberattack hit its systems.",
    );
    expect(e.attacker_groups).toEqual([]);
  });
});

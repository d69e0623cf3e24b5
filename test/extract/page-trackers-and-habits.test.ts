// Whole-page classes found by the second series of page rewordings (unseen-bank-rw2-pages.ts), each rule on pages and
// sentences written for it: a tracker's group field printed as the leak site's slug, a group's "About the group:" blurb,
// advice headlines with a modal, and a gang's habits told as "unless victims pay" or in the passive.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a tracker's group field names the group however it is spelled", () => {
  it.each<[string, string, string[]]>([
    ["a lower-case ordinary-word name", "Victim: Ashby Lane Surgery\nGroup: medusa\nCountry: GB", ["Medusa"]],
    ["a slug run together", "Victim: Corley Pharmacy\nGroup: moneymessage\nCountry: US", ["Money Message"]],
    ["a threat-actor label", "Victim: Pine Hollow Clinic\nThreat actor: play\nCountry: US", ["Play"]],
    ["a capitalised name, as before", "Victim: Orrin Eye Clinic\nGroup: Play\nCountry: US", ["Play"]],
  ])("%s", (_label, text, groups) => {
    expect(extract("New leak-site post", text).attacker_groups).toEqual(groups);
  });

  it.each<[string, string]>([
    [
      "a lower-case word in a sentence is no group",
      "Children at the clinic can play in the garden while parents wait.",
    ],
    [
      "nor after a label that is no group's",
      "Opening hours: play area closes at 5pm. The clinic reopened after the outage.",
    ],
  ])("%s", (_label, text) => {
    expect(extract("Clinic news", text).attacker_groups).toEqual([]);
  });
});

describe("a group's blurb on a tracker page is furniture", () => {
  it.each<[string, string, string]>([
    [
      "a school district victim with a blurb naming hospitals",
      "Akira has just published a new victim : Corbel Ridge School District (US)",
      "Group: akira\nDiscovered: 2026-05-01\n\nAbout the group: Akira has hit hospitals, dental groups and universities since 2023.",
    ],
    [
      "a freight company victim with a gang's profile",
      "Lynx has just published a new victim : Tamsin Freight (CA)",
      "About the gang: Lynx lists clinics, pharmacies and hospitals among its victims.\nGroup: Lynx",
    ],
  ])("%s: not relevant", (_label, title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });

  it("a healthcare victim stays relevant, its group named by the field", () => {
    const e = extract(
      "Qilin has just published a new victim : Wrenmoor Community Hospital (US)",
      "Group: qilin\nAbout the group: Qilin runs a ransomware-as-a-service programme active since 2022.",
    );
    expect(e.relevant).toBe(true);
    expect(e.victim_orgs).toEqual(["Wrenmoor Community Hospital"]);
    expect(e.attacker_groups).toEqual(["Qilin"]);
  });
});

describe("an advice headline with a modal after its subject", () => {
  it.each<[string, string, string]>([
    [
      "small clinics can",
      "How small clinics can bounce back from ransomware",
      "Keep offline backups and rehearse booking patients on paper, says consultant Mara Lund.",
    ],
    [
      "health systems should",
      "How rural health systems should prepare for the next cyberattack",
      "Rural hospitals hit by ransomware last year took weeks to recover, adviser Joel Pike said.",
    ],
    [
      "pharmacies must",
      "How independent pharmacies must respond to a data breach",
      "A breach at a pharmacy must be reported within 72 hours under the new rules.",
    ],
  ])("%s: not relevant", (_label, title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });

  it("a headline telling how an attack went is no advice", () => {
    const e = extract(
      "How hackers crippled Dunmore General Hospital",
      "Hackers encrypted the servers of Dunmore General Hospital on Monday, forcing staff onto paper.",
    );
    expect(e.relevant).toBe(true);
  });
});

describe("a gang's habits are no facts of this incident", () => {
  it.each<[string, string, string]>([
    [
      "threatens to publish unless victims pay",
      "Hackers take patient photos from Harrowgate cosmetic clinic",
      "Harrowgate Aesthetics said hackers stole patient photographs. The group threatens to publish files unless victims pay.",
    ],
    [
      "leaks data unless their victims pay",
      "Gang steals records from Ellery Dental",
      "Ellery Dental said a gang stole patient records last week. Such gangs leak data unless their victims pay.",
    ],
  ])("%s: no demand read", (_label, title, text) => {
    expect(extract(title, text).ransom.status).toBe("not-mentioned");
  });

  it("a demand of this incident still counts", () => {
    const e = extract(
      "Gang threatens Ellery Dental",
      "The gang that stole Ellery Dental's patient records says it will publish them unless the practice pays a ransom.",
    );
    expect(e.ransom.status).toBe("demanded-undisclosed");
  });

  it.each<[string, string, string, string[]]>([
    [
      "groups are often dismantled, as another was",
      "Gang claims attack on Fenwick Hospital",
      "The Akira gang says it attacked Fenwick Hospital. Gangs that hit critical infrastructure are often dismantled, as DarkSide was after its attack on a pipeline in 2021.",
      ["Akira"],
    ],
    [
      "groups get routinely unmasked",
      "Clinic attacked",
      "The Medusa gang claimed an attack on Orla Clinic. Crews that hit hospitals get routinely sanctioned, as LockBit was.",
      ["Medusa"],
    ],
  ])("%s: the background group is left out", (_label, title, text, groups) => {
    expect(extract(title, text).attacker_groups).toEqual(groups);
  });
});

describe("a 'More articles on <topic>' heading opens a list of other stories", () => {
  it.each<[string, string]>([
    ["More articles on cybersecurity:", "LockBit claims attack on Arizona hospital chain\nClinic pays ransom to Akira"],
    ["More stories about ransomware", "LockBit hits Texas clinic\nAkira demands $2 million from dental chain"],
    ["More coverage on data breaches:", "LockBit leaks records of Ohio hospital\nAkira posts files of rural clinic"],
  ])("%s", (heading, items) => {
    const e = extract(
      "Medusa claims attack on Halden Valley Hospital",
      `The Medusa gang said it stole files from Halden Valley Hospital in Oregon.\n\n${heading}\n${items}`,
    );
    expect(e.attacker_groups).toEqual(["Medusa"]);
  });
});

describe("a tracker table's rows are read, not taken for a menu", () => {
  it("a row under a header names the group, the victim and its country", () => {
    const e = extract(
      "Leak site watch: new posts",
      "Date | Group | Victim | Country | Sector\n2026-06-02 | incransom | Marrick Pathology Services | GB | Healthcare",
    );
    expect([e.relevant, e.attacker_groups, e.victim_orgs, e.victim_type, e.country]).toEqual([
      true,
      ["INC Ransom"],
      ["Marrick Pathology Services"],
      "laboratory",
      "GB",
    ]);
  });

  it("a freight company's row beside a dental group's is no victim", () => {
    const e = extract(
      "Leak site watch",
      "Date | Group | Victim | Country | Sector\n2026-06-02 | akira | Holloway Dental Care | US | Healthcare\n2026-06-02 | play | Brantwell Freight | CA | Logistics",
    );
    expect([e.attacker_groups, e.victim_orgs, e.country]).toEqual([["Akira"], ["Holloway Dental Care"], "US"]);
  });

  it("a table of non-healthcare victims is not relevant", () => {
    expect(
      extract("Leak site watch", "Date | Group | Victim | Country\n2026-06-03 | lynx | Tamsin Freight Lines | CA")
        .relevant,
    ).toBe(false);
  });

  it("a menu without a date cell stays furniture", () => {
    const e = extract(
      "Medusa claims attack on Orwell Park Hospital",
      "Home | Ransomware | LockBit | Akira\n\nThe Medusa gang says it stole files from Orwell Park Hospital in Kent.",
    );
    expect(e.attacker_groups).toEqual(["Medusa"]);
  });
});

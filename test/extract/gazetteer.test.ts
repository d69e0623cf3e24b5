import { describe, expect, it } from "vitest";
import { findGroup, findGroupMentions, groupSlug, listGroups } from "../../src/extract/gazetteer";
import data from "../../src/extract/data/groups.json";

describe("findGroup", () => {
  it.each([
    ["Sodinokibi", "REvil"],
    ["revil", "REvil"],
    ["lockbit-3-0", "LockBit"],
    ["LockBit 3.0", "LockBit"],
    ["Cl0p", "Clop"],
    ["BlackCat", "ALPHV"],
    ["Noberus", "ALPHV"],
    ["TheDarkOverlord", "The Dark Overlord"],
    ["daixin-team", "Daixin Team"],
    ["Bian Lian", "BianLian"],
    ["INC Ransom", "INC Ransom"],
    ["Hive", "Hive"],
    // Named as the news names it; the spelled-out form stays an alias.
    ["ThreeAM", "3AM"],
    ["3AM", "3AM"],
  ])("resolves %s to %s", (query, name) => {
    expect(findGroup(query)?.name).toBe(name);
  });

  it.each(["", "hospital", "ransomware", "nope-group"])("returns null for %j", (query) => {
    expect(findGroup(query)).toBeNull();
  });
});

describe("the gazetteer data", () => {
  it("gives every group a unique slug that findGroup resolves back to it", () => {
    const groups = listGroups();
    expect(new Set(groups.map((g) => g.slug)).size).toBe(groups.length);
    for (const g of groups) expect(findGroup(g.slug)?.name).toBe(g.name);
  });

  it("cites a source for every entry", () => {
    for (const g of (data as { groups: { name: string; source: string }[] }).groups)
      expect(g.source, g.name).toMatch(/^(?:misp |added: )/);
  });

  it("includes the groups active against healthcare that misp lacked", () => {
    for (const name of [
      "Daixin Team",
      "INC Ransom",
      "RansomHub",
      "BianLian",
      "Money Message",
      "Rhysida",
      "Qilin",
      "Black Basta",
      "RansomHouse",
      "Lynx",
      "KillSec",
      "Blackout",
      "Donut Leaks",
    ])
      expect(findGroup(name)?.name).toBe(name);
  });

  it("puts ordinary-word names in needs_cue, never in aliases", () => {
    const entries = (data as { groups: { name: string; aliases: string[]; needs_cue?: string[] }[] }).groups;
    const byName = new Map(entries.map((e) => [e.name, e]));
    for (const name of ["Play", "Hive", "Royal", "Money Message", "Blackout", "Fog", "Lynx"]) {
      expect(byName.get(name)?.needs_cue, name).toContain(name);
      expect(byName.get(name)?.aliases, name).not.toContain(name);
    }
  });

  it("makes slugs from names", () => {
    expect(groupSlug("LockBit 3.0")).toBe("lockbit-3-0");
    expect(groupSlug("The Dark Overlord")).toBe("the-dark-overlord");
  });
});

describe("findGroupMentions", () => {
  it.each([
    ["The Hive ransomware gang struck the clinic.", ["Hive"]],
    ["The clinic was a hive of activity.", []],
    ["Staff play games on Play days.", []],
    ["The Play ransomware group claimed it.", ["Play"]],
    ["Acme Inc. said INC ransomware was not involved.", ["INC Ransom"]],
    ["Acme Inc. said nothing.", []],
    ["Alphv/BlackCat and Lockbit 3.0 both posted.", ["ALPHV", "LockBit"]],
    ["The Money Message gang posted the files.", ["Money Message"]],
    ["Money Message was the bank's slogan.", []],
    ["A blackout hit the ward; Blackout ransomware claimed it.", ["Blackout"]],
    ["A new gang, Blackout, claimed it. Blackout then posted files.", ["Blackout", "Blackout"]],
    ["The Blackout Festival was cancelled.", []],
    ["Data leaked by ransomware group D#nut Leaks.", ["Donut Leaks"]],
    ['The attackers are known as "Hive."', ["Hive"]],
    ["The hospital had a 'Hive' of activity.", []],
    ["RobbinHood encrypted the city's servers.", ["RobbinHood"]],
    ["The 3AM ransomware gang posted the files at 3am on Monday.", ["3AM"]],
    ["The ward's systems failed at 3AM on Sunday.", []],
    ["The ward staged Robin Hood for the children.", []],
    // Ransomware the MISP galaxy tells of attacking hospitals: coined names alone, plain words only beside a cue.
    ["The platform was encrypted by the Backmydata ransomware.", ["BackMyData"]],
    ["Gwisin hit a Korean hospital; the Ghost ransomware gang hit another.", ["Gwisin", "Ghost"]],
    ["The ghost of the old ward; Genesis of a plan.", []],
    ['The gang sees itself as the "Robin Hood" of cybergangs, as the Play of the year.', []],
    // A name runs to the end of a word: a longer word that opens with it is no mention, punctuation after it ends one.
    [
      "The Playful ransomware gang posted; LockBit3.0, Clop's site and Akira-linked posts too.",
      ["LockBit", "Clop", "Akira"],
    ],
  ])("finds the groups in %j", (text, names) => {
    expect(findGroupMentions(text).map((m) => m.group.name)).toEqual(names);
  });
});

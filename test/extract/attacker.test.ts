import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("attacker groups", () => {
  it.each([
    ["names one group once when the text uses two aliases", "BlackCat hits Summit Health", "The ALPHV gang, also called BlackCat, says it took 2TB from Summit Health.", ["ALPHV"]],
    ["normalises a versioned name", "Lockbit 3.0 behind attack on Harbour Hospital", "Harbour Hospital confirmed the attack.", ["LockBit"]],
    ["leaves out a group named only as background", "Harbour Hospital hit by Rhysida", "Rhysida claimed the attack on Harbour Hospital. The hospital was previously attacked by Conti in 2021.", ["Rhysida"]],
    ["leaves out a group named only as another group's origin", "Ryuk strikes Pine Valley Health", "Ryuk encrypted Pine Valley Health's servers. Ryuk has been tied to Wizard Spider, a Russian crime group.", ["Ryuk"]],
    ["finds no group in a generic 'ransomware gang'", "A ransomware gang hit Oak Clinic", "A ransomware gang encrypted files at Oak Clinic.", []],
    ["ignores groups in a related-links list", "Oak Clinic reports a cyberattack", "Oak Clinic said its systems were down.\n\nRelated news\nQilin ransomware hits a school", []],
  ])("%s", (_name, title, text, groups) => {
    expect(extract(title, text).attacker_groups).toEqual(groups);
  });
});

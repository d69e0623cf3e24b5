// Accounts of other incidents that news sets apart without a time word of their own: the dated sentence after an
// announcement ("It is not the first time ... In 2021, a hospital said an attack by Conti ..."), a dated account of a
// body told indefinitely ("In 2023, a medical group said the LockBit gang ..."), this attack dated by a warning ("came
// days after the FBI warned of attacks using Ryuk") and bodies hit the same week ("X and Y were both hit by Ryuk that
// week"). Their groups, victims and attack types are not this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack disrupts Ashgrove Regional Hospital";
const LEAD = "Ashgrove Regional Hospital said a cyberattack took its phone system offline on Monday.";

describe("background: accounts of other incidents set apart by what comes before them", () => {
  it.each([
    [
      "'not the first time', then a year opening the next sentence",
      `${LEAD} It is not the first time a hospital in the county has been targeted. In 2020, a clinic in Dunmore said an attack by the Conti gang shut its email.`,
    ],
    [
      "'other hospitals have faced similar attacks', then 'In March 2019,'",
      `${LEAD} Other hospitals in the state have faced similar attacks. In March 2019, the Conti gang encrypted servers at a children's hospital.`,
    ],
    [
      "a dated opening whose subject is another body told indefinitely",
      `${LEAD} In 2019, a medical group in Dunmore told regulators that the Conti gang had stolen data on 20,000 patients.`,
    ],
    [
      "this attack dated by a warning",
      `${LEAD} The attack came days after federal agencies warned of a wave of ransomware attacks using Conti.`,
    ],
    [
      "other bodies hit the same week",
      `${LEAD} Birchfield Medical Center in Maine and Larkin Health System in Vermont were both hit by Conti that week.`,
    ],
  ])("%s", (_label, body) => {
    const e = extract(T, body);
    expect(e.attacker_groups).toEqual([]);
    expect(e.victim_orgs).toEqual(["Ashgrove Regional Hospital"]);
    expect(e.attack_types).toEqual(["unknown"]);
  });

  it("a year opening a sentence without an announcement before it is this incident's", () => {
    const e = extract(
      "Ashgrove Regional Hospital settles over breach",
      "Ashgrove Regional Hospital agreed to pay $300,000 to settle a lawsuit. In 2022, the Conti gang encrypted the hospital's servers.",
    );
    expect(e.attacker_groups).toEqual(["Conti"]);
  });
});

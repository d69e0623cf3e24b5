// Other incidents news sets apart without a time word of its own: a region's or sector's run of attacks announced and
// then told from a date ("Ontario has seen a string of attacks on clinics. In May 2021, X was hit by Conti"), this
// attack ranked against an earlier one ("the most serious attack since the 2017 WannaCry outbreak, which hit ..."), and
// a dated sentence that adds another attack ("In October 2023 hackers also paralysed Y"). Their groups and victims are
// not this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack disrupts Larchmont Hospital";
const LEAD =
  "Larchmont Hospital said a ransomware attack claimed by the Akira group took its systems offline last week.";

describe("background: a run of attacks announced, a ranking against an earlier attack, a dated 'also'", () => {
  it.each([
    [
      "a run of attacks announced, then a dated account",
      `${LEAD} The province has seen a string of attacks on health-care providers. In May 2021, Birchwood Clinic in Dunmore was hit by Conti, which later leaked its files.`,
    ],
    [
      "a spate of attacks announced, then a dated account",
      `${LEAD} Hospitals in the region have suffered a spate of cyberattacks against their networks. In 2020, Birchwood Clinic was hit by Conti.`,
    ],
    [
      "a wave of ransomware (a mass noun) announced, then an account dated by a month alone",
      `${LEAD} Clinics across the state have been hit by a wave of ransomware this year. In March, a Conti attack on a Dunmore clinic forced it to close for a week.`,
    ],
    [
      "this attack dated by a series of incidents at other bodies, the series told in the same sentence",
      `${LEAD} The attack comes after a series of incidents at hospitals in the region, including Conti attacks that paralysed Birchwood Clinic in May.`,
    ],
    [
      "ranked against an earlier outbreak named with its year",
      `${LEAD} It is the most serious attack on the county's health service since the 2019 Conti outbreak, which hit Birchwood Clinic.`,
    ],
    [
      "ranked against an earlier attack with its year after",
      `${LEAD} Officials called it the worst incident since the Conti attack of 2020 on Birchwood Clinic.`,
    ],
    [
      "a dated sentence adding another attack",
      `${LEAD} In October 2021 hackers from Conti also paralysed Birchwood Clinic.`,
    ],
  ])("%s", (_label, body) => {
    const e = extract(T, body);
    expect(e.attacker_groups).toEqual(["Akira"]);
    expect(e.victim_orgs).toEqual(["Larchmont Hospital"]);
  });

  it("a dated sentence without 'also' after the lead stays this incident's", () => {
    const e = extract(
      "Larchmont Hospital settles over breach",
      "Larchmont Hospital agreed to pay $300,000 to settle a lawsuit. In 2022, the Conti gang encrypted the hospital's servers.",
    );
    expect(e.attacker_groups).toEqual(["Conti"]);
  });
});

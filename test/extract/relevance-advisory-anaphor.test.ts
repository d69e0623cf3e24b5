// An advisory or warning piece reports an incident when it tells of a named healthcare body attacked by the group it
// is about, also when the telling sentence names the group by a noun ("the gang", "the group") rather than its name.
// Without a group named anywhere, or with a victim only described, it stays a warning.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("an advisory's example victim", () => {
  it.each<[string, string, string, boolean]>([
    [
      "the gang, named before, hit a named hospital",
      "CISA warns hospitals about Vortane ransomware",
      "A joint advisory says the Rhysida group has targeted health systems since March. In one case the gang hit Elmsford Regional Hospital on 2 May and stole patient files.",
      true,
    ],
    [
      "the group's attack on a named clinic",
      "FBI warns healthcare of BianLian activity",
      "The FBI advisory says BianLian has been active against the sector. The group attacked Corran Fertility Clinic in June, encrypting its servers with ransomware.",
      true,
    ],
    [
      "no group named at all",
      "Agencies warn hospitals of phishing wave",
      "A joint advisory warns the sector about phishing. The attackers hit Elmsford Regional Hospital staff with fake invoices, it says.",
      false,
    ],
    [
      "the gang's habits, no victim named",
      "HHS warns hospitals about Akira",
      "The advisory says the Akira gang hit hospitals and clinics across the country, stealing data before encrypting it.",
      false,
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).relevant).toBe(want);
  });
});

// An advice piece or survey counts through a victim its headline names only when the headline tells an attack: a
// hospital named for its CISO or its panel is no victim.
describe("a survey or advice headline naming a hospital", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a hospital's officer on a survey panel",
      "Harlow Vale Hospital CISO joins panel as survey finds 60% of trusts underfunded for cyber",
      "A survey of 90 trusts found that 60% cannot fund recovery from a ransomware attack. Harlow Vale Hospital's security chief will speak at the launch.",
      false,
    ],
    [
      "a podcast headline naming the body whose attack the story tells",
      "Podcast: Why Harlow Vale Hospital would not pay",
      "Harlow Vale Hospital refused the $1 million the Akira gang demanded after ransomware encrypted its servers, its chief executive says in this episode.",
      true,
    ],
    [
      "a survey headline that names the hospital attacked",
      "Survey after Harlow Vale Hospital ransomware attack finds staff unprepared",
      "A survey of staff at Harlow Vale Hospital, hit by ransomware in March, found most had no paper procedures.",
      true,
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).relevant).toBe(want);
  });
});

// A group named as the subject of a warning ("as agencies warned of an imminent threat from Ryuk") and a group of
// another event this attack is dated by ("The attack came weeks after the Conti gang crippled the finance ministry") are
// no attackers of this incident; a group that did the attack in the same sentences stays.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("attackers: warnings and events this attack came after", () => {
  it.each<[string, string, string[]]>([
    [
      "a group a warning is about",
      "Harwick Regional Hospital was hit by ransomware on Monday, as officials warned of a wave of attacks from Akira.",
      [],
    ],
    [
      "the attack came weeks after another group's attack",
      "Harwick Regional Hospital was hit by ransomware on Monday. The attack came two weeks after the Medusa gang crippled a school district.",
      [],
    ],
    [
      "it comes months after",
      "Harwick Regional Hospital was hit by ransomware on Monday. It comes months after Akira hit the county's water utility.",
      [],
    ],
    [
      "the attacker of this incident stays",
      "The Akira gang hit Harwick Regional Hospital on Monday, a day after officials warned hospitals of phishing emails.",
      ["Akira"],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Hospital attack", text).attacker_groups).toEqual(want);
  });
});

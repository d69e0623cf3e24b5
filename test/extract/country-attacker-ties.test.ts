// A state the attackers are tied to ("a hacking group linked to Russia", "attributed to North Korea") is where the attack
// came from, not where the victim is; a victim placed in that state keeps it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("the state an attacker is tied to does not place the victim", () => {
  it.each<[string, string, string, string | null]>([
    [
      "a group linked to a state, a dateline",
      "Hospital hit by cyberattack",
      "TORONTO — A hacking group linked to Russia is believed to be behind a cyberattack on Kestrel General Hospital, police said.",
      "CA",
    ],
    [
      "an attack attributed to a state, a dateline",
      "Clinic data stolen",
      "OSLO — The theft of patient files from Fenmoor Clinic was attributed to North Korea by investigators on Monday.",
      "NO",
    ],
    [
      "hackers backed by a state",
      "Hospital breach",
      "DUBLIN — Hackers backed by China stole patient files from Kestrel General Hospital, the health minister said.",
      "IE",
    ],
    [
      "a victim in that state keeps it",
      "Clinic hacked",
      "A clinic in Moscow, Kestrel Medical, said hackers linked to a rival group stole patient files.",
      "RU",
    ],
  ])("%s", (_name, title, text, country) => {
    expect(extract(title, text).country).toBe(country);
  });
});

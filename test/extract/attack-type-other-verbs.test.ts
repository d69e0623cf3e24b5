// Attack types told with verbs the first cues did not list: other verbs of taking data ("siphoned off", "walked away
// with", "pilfered"), encryption told as files "rendered unreadable", "malicious software" for malware, and a data
// store "open to anyone on the internet" for a misconfiguration. Each rule on sentences written for it, with the near
// misses it must leave alone.
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Lisbourne Community Hospital";
const lead = "Lisbourne Community Hospital was hit by a cyber attack on Tuesday. ";

describe("attack types told with other verbs", () => {
  it.each<[string, string, AttackType, boolean]>([
    ["siphoned off", "The hackers siphoned off patient records over several days.", "data-theft", true],
    ["walked away with a volume", "The intruders walked away with 2 GB of files.", "data-theft", true],
    ["got away with", "The gang got away with the hospital's payroll spreadsheets.", "data-theft", true],
    ["pilfered", "Investigators say the attackers pilfered staff emails.", "data-theft", true],
    ["money siphoned is no data", "Fraudsters siphoned off $2m from the hospital's accounts.", "data-theft", false],
    ["walked away with nothing", "The hackers walked away with nothing.", "data-theft", false],
    [
      "rendered unreadable",
      "Files on the hospital's servers were rendered unreadable by the hackers.",
      "ransomware",
      true,
    ],
    [
      "rendering them unreadable",
      "The attackers hit the lab's servers, rendering its results unreadable.",
      "ransomware",
      true,
    ],
    ["left unreadable by a fault", "A damaged disk left some old scans unreadable.", "ransomware", false],
    ["malicious software", "The attackers installed malicious software on the servers.", "malware", true],
    ["a malicious email is phishing", "A malicious email was sent to staff.", "malware", false],
    [
      "a store open to anyone",
      "A researcher found the database open to anyone on the internet.",
      "misconfiguration",
      true,
    ],
    [
      "a store not open to anyone",
      "The backup server was not accessible to anyone outside the hospital.",
      "misconfiguration",
      false,
    ],
    [
      "a portal open to the public",
      "The hospital's visitor portal is open to the public again.",
      "misconfiguration",
      false,
    ],
  ])("%s", (_shape, text, type, present) => {
    expect(extract(HIT, lead + text).attack_types.includes(type)).toBe(present);
  });
});

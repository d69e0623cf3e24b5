// Effects on care told as a failed log-in ("could not log in to the patient record system") and a leak told as data
// that "turned up" or "showed up" on the attackers' venues. Each rule on sentences written for it, with the near misses
// it must leave alone.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Lisbourne Community Hospital";
const lead = "Lisbourne Community Hospital was hit by a cyber attack on Tuesday. ";

describe("failed log-ins and data that turned up", () => {
  it.each<[string, string, ImpactType, boolean]>([
    ["could not log in to", "Staff could not log in to the patient record system.", "systems-offline", true],
    [
      "unable to sign in to",
      "Nurses were unable to sign in to the prescribing system for two days.",
      "systems-offline",
      true,
    ],
    ["logged in as usual", "Staff logged in to the patient record system as usual.", "systems-offline", false],
    ["turned up on a forum", "Patient records turned up on a dark web forum.", "data-leaked", true],
    ["showed up online", "Scans of staff passports showed up online on Friday.", "data-leaked", true],
    ["a laptop that turned up", "The missing laptop turned up on Monday.", "data-leaked", false],
    [
      "a threat of turning up",
      "The gang says the files will turn up on its site unless it is paid.",
      "data-leaked",
      false,
    ],
  ])("%s", (_shape, text, type, present) => {
    expect(extract(HIT, lead + text).impact.includes(type)).toBe(present);
  });
});

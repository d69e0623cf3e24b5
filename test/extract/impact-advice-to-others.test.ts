// Advice to others names an effect as what they should do, not what happened here: "experts advise other firms to turn
// off remote access", "agencies urged clinics to take servers offline". A report stays a report, and staff advised to
// fall back on paper did so.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const impact = (text: string) => extract("Hackers hit Thornbury Eye Clinic", text).impact;

describe("an effect told as advice to others", () => {
  it.each<[string, string, ImpactType, boolean]>([
    [
      "experts advise other firms to turn off a service",
      "Hackers stole patient files from Thornbury Eye Clinic. Specialists advise other practices to turn off remote desktop software and patch often.",
      "systems-offline",
      false,
    ],
    [
      "agencies urged clinics to take servers offline",
      "Thornbury Eye Clinic lost patient data to hackers. Regulators urged smaller clinics to take exposed servers offline at once.",
      "systems-offline",
      false,
    ],
    [
      "the clinic's own systems taken offline is a report",
      "Hackers hit Thornbury Eye Clinic, which took its servers offline on Monday.",
      "systems-offline",
      true,
    ],
    [
      "staff advised to use paper did so",
      "After hackers hit Thornbury Eye Clinic, staff were advised to use paper records while the systems were rebuilt.",
      "paper-records",
      true,
    ],
  ])("%s", (_name, text, effect, want) => {
    expect(impact(text).includes(effect)).toBe(want);
  });
});

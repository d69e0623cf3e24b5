// Community health centres go by "community health clinics" too: the victim is primary care, not a specialist clinic.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: community health clinics", () => {
  it.each([
    "Harlow Ridge Health Partners, a network of community health clinics in Idaho, said hackers stole patient files in a cyberattack.",
    "Sandford Health Collective, a nonprofit group of community health clinics in rural Oregon, confirmed a ransomware attack on Monday.",
  ])("%s", (text) => {
    expect(extract("Clinic network hit by cyberattack", text).victim_type).toBe("primary-care");
  });
});

// Patients "turned away from" their appointments did not have them: the appointments were cancelled. Turned away from
// an emergency department is no appointment of theirs.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const impact = (text: string) => extract("Hospital hit by ransomware", text).impact;

describe("impact: turned away from appointments", () => {
  it.each([
    "Brantley General Hospital took its systems offline after a ransomware attack, and patients were turned away from outpatient appointments.",
    "Staff at Coldwell Medical Center, hit by a cyberattack on Monday, turned patients away from scans and consultations.",
  ])("%s", (text) => {
    expect(impact(text)).toContain("appointments-cancelled");
  });

  it("reads no appointment in a turn away from the emergency department", () => {
    expect(
      impact("After the cyberattack, some patients were turned away from the emergency department at Dorrel Hospital."),
    ).not.toContain("appointments-cancelled");
  });
});

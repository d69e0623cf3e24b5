import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// The visits' places may be two sites joined by "and" inside the subject ("appointments at its outpatient clinics and
// imaging centers were cancelled"): the "and" joins the places, not two clauses, so the visits are still what was
// cancelled. An "and" that opens a clause of its own keeps the two apart.
describe("visits at two places joined by 'and'", () => {
  it.each([
    [
      "scans at an office and two imaging centers",
      "Kestrel Health in Ohio was hit by ransomware. Scans at its downtown office and two imaging centers were postponed.",
      ["appointments-cancelled"],
    ],
    [
      "tests at a lab and its urgent care sites",
      "Kestrel Health in Ohio was hit by ransomware. Blood tests at its lab and its urgent care sites are being rescheduled.",
      ["appointments-cancelled"],
    ],
    [
      "an 'and' that opens another clause",
      "Kestrel Health in Ohio was hit by ransomware. Appointments at its clinics went ahead and surgeries at the hospital were postponed.",
      ["operations-cancelled"],
    ],
  ])("%s", (_name, text, impact) => {
    expect(extract("Kestrel Health hit by ransomware", text).impact).toEqual(impact);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Harrowgate General Hospital hit by ransomware";

describe("nouns joined into one subject keep their verb past the date they were booked for", () => {
  it.each([
    [
      "Urgent surgical cases and all MRI scans scheduled for Tuesday have been cancelled.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    [
      "Hip replacements and the outpatient visits booked for this week were postponed.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    [
      "Chemotherapy and all consultations planned for next Monday were called off.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    // The joined noun group is a new subject when a clause lies between: nothing ties the surgeries to the verb.
    ["Surgeries went ahead, and the scans scheduled for Friday were postponed.", ["appointments-cancelled"]],
  ])("%j", (text, impact) => {
    expect(extract(T, text).impact).toEqual(impact);
  });
});

// A subject joined by "and" keeps its verb across the auxiliaries before it ("outpatient appointments and some elective
// procedures had been cancelled"), and systems a body has been without ("have been without electronic medical records")
// are out of action; a noun group after "and" that is a clause of its own, and "without doubt", are not.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("impact: auxiliaries after a joined subject, being without systems", () => {
  it.each<[string, string, ImpactType[]]>([
    [
      "a joined subject before 'had been cancelled'",
      "A cyber attack hit Orchard Vale Hospital. It said outpatient appointments and some planned operations had been cancelled.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    [
      "a joined subject before 'have been postponed'",
      "After the cyber attack, scans and several routine endoscopies have been postponed at Orchard Vale Hospital.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    [
      "hospitals that have been without records",
      "Two hospitals run by Orchard Vale Health have been without electronic patient records since the cyber attack.",
      ["systems-offline"],
    ],
    [
      "staff who went without phones",
      "Staff at Orchard Vale Hospital went without phones for three days after the cyber attack.",
      ["systems-offline"],
    ],
    [
      "'without doubt' is no outage",
      "Orchard Vale Hospital was hit by hackers, and it is without doubt the worst incident in its history.",
      [],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Hospital attack", text).impact).toEqual(want);
  });
});

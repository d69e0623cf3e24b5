// A count of bodies of the victim's kind hit ("This year alone, dozens of US hospitals and clinics have been hit, from a
// practice that had to close to ...") tells their incidents, not this one (scope.ts): its closures, diversions and
// payments are not this incident's. This hospital's own "has been hit" is still read.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD =
  "Ridgeview Community Hospital in Salida, Colo., was hit by ransomware on Tuesday and took its systems offline.";

describe("a count of other bodies of the kind hit", () => {
  it.each([
    [
      "a time clause, then 'dozens of ... hospitals and clinics have been hit' with a closure",
      "This year alone, dozens of US hospitals and clinics have been hit, from a dental practice in Maine that had to close for good to a health system in Texas that diverted ambulances.",
      ["systems-offline"],
    ],
    [
      "'More than 40 hospitals have been hit' with a closure",
      "More than 40 hospitals have been hit since January, and one clinic in Idaho closed its doors.",
      ["systems-offline"],
    ],
    [
      "this hospital's own closure is still read",
      "The hospital has also closed its walk-in clinic until the systems are back.",
      ["services-closed", "systems-offline"],
    ],
  ])("%s", (_name, more, impact) => {
    const e = extract("Colorado hospital hit by ransomware", `${LEAD} ${more}`);
    expect([...e.impact].sort()).toEqual(impact);
  });
});

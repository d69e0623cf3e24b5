// "..., the hospital said" refers back to the victim, so its noun types it; a speaker named in capitals whose head is no
// victim's ("the Health Ministry said", "the State Police said") is another body and types nothing.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: the body a statement is attributed to", () => {
  it.each([
    [
      "a ministry speaking of a hospital",
      "Corran Vale Medical Center was hit by a ransomware attack that shut down its systems, the Health Ministry said.",
      "hospital",
    ],
    [
      "a regulator speaking of a dental chain",
      "Brightsmile Dental said patient files were stolen in a cyberattack, the Data Protection Authority confirmed.",
      "dental",
    ],
    [
      "the victim referred back to in capitals",
      "Harrow Vale NHS Trust was hit by a cyber attack. Its systems are down, the Trust said.",
      "hospital",
    ],
    [
      "the victim referred back to in small letters",
      "Kelso Family Practice was hit by ransomware on Monday. Appointments were moved, the practice said.",
      "primary-care",
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Cyberattack reported", body).victim_type).toBe(want);
  });
});

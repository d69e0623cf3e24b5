// A subject sorted by urgency in a relative clause ("Operations that were not urgent were postponed") is still
// postponed: the "not" belongs to the adjective. And patients sent "to hospitals in Nova Scotia" went to other hospitals.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack at Larchmont Hospital";
const LEAD = "Larchmont Hospital was hit by a ransomware attack on Monday.";

describe("impact: a negated urgency in the subject's relative clause, hospitals of a named place", () => {
  it.each([
    [
      "operations that were not urgent",
      `${LEAD} Operations that were not urgent were postponed.`,
      "operations-cancelled",
      true,
    ],
    [
      "appointments that are not urgent",
      `${LEAD} Appointments that are not urgent have been cancelled.`,
      "appointments-cancelled",
      true,
    ],
    [
      "surgery that was not deemed essential",
      `${LEAD} Surgery that was not deemed essential was delayed.`,
      "operations-cancelled",
      true,
    ],
    [
      "the effect itself negated",
      `${LEAD} Operations that were urgent were not postponed.`,
      "operations-cancelled",
      false,
    ],
    [
      "patients sent to hospitals in a province",
      `${LEAD} Some chemotherapy patients have been sent to hospitals in Nova Scotia.`,
      "ambulance-diversion",
      true,
    ],
    [
      "patients transferred to hospitals in cities",
      `${LEAD} Cancer patients were transferred to hospitals in Kitchener and Guelph.`,
      "ambulance-diversion",
      true,
    ],
    [
      "a plan to send them",
      `${LEAD} Patients may be sent to hospitals in Nova Scotia if the outage continues.`,
      "ambulance-diversion",
      false,
    ],
  ])("%s", (_label, body, effect, want) => {
    expect(extract(T, body).impact.includes(effect as never)).toBe(want);
  });
});

// Patients sent to other hospitals, in the progressive as well as the past: "is redirecting emergency patients to
// neighbouring hospitals", "transferring patients to other facilities"; a plan to do so is not an effect.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const HIT = "Cyber attack on Marrowgate General Hospital";

describe("diversion in the progressive", () => {
  it.each<[string, string, boolean]>([
    [
      "redirecting",
      "Marrowgate General Hospital is redirecting emergency patients to neighbouring hospitals after the cyber attack.",
      true,
    ],
    [
      "transferring",
      "After the cyber attack the hospital began transferring patients to other facilities in the region.",
      true,
    ],
    ["moving", "Staff are moving patients to nearby hospitals while systems are down after the cyber attack.", true],
    [
      "re-routing",
      "Paramedics are re-routing ambulances to other hospitals after the cyber attack on Marrowgate General Hospital.",
      true,
    ],
    [
      "a plan",
      "Marrowgate General Hospital said it may start redirecting patients to other hospitals after the cyber attack.",
      false,
    ],
  ])("%s", (_name, text, diverted) => {
    expect(extract(HIT, text).impact.includes("ambulance-diversion")).toBe(diverted);
  });
});

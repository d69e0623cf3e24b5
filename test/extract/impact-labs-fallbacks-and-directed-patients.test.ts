// Effects told in other newsrooms' words: a laboratory's service suspended ("suspended blood draws and sample
// collection"), a fallback with its kind named ("manual back-up processes"), and patients "directed" to other
// establishments (translated news's "orienté").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack at Larchmont Diagnostics";
const LEAD = "Larchmont Diagnostics was hit by a ransomware attack on Monday.";

describe("impact: a lab's collection suspended, a named manual fallback, patients directed elsewhere", () => {
  it.each([
    ["blood draws suspended", `${LEAD} It has suspended blood draws at its 40 sites.`, "services-closed", true],
    ["sample collection halted", `${LEAD} Sample collection was halted across the region.`, "services-closed", true],
    [
      "blood draws resumed is no closure",
      `${LEAD} Blood draws never stopped, the company said.`,
      "services-closed",
      false,
    ],
    [
      "manual back-up processes",
      `${LEAD} "We have put in place manual back-up processes," it said.`,
      "paper-records",
      true,
    ],
    [
      "manual contingency procedures",
      `${LEAD} Staff switched to manual contingency procedures.`,
      "paper-records",
      true,
    ],
    [
      "patients directed to other establishments",
      `${LEAD} The emergency department directed part of its patients to other establishments in the region.`,
      "ambulance-diversion",
      true,
    ],
    [
      "questions directed to the company",
      `${LEAD} Patients directed their questions to a helpline.`,
      "ambulance-diversion",
      false,
    ],
  ])("%s", (_label, body, effect, want) => {
    expect(extract(T, body).impact.includes(effect as never)).toBe(want);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A regulator's or court's action told first dates the incident it is about with "last year": the follow-up retells
// this incident, whose victim and effects are read from the sentence. A bare "last year" still dates another incident.
describe("an action over an incident last year", () => {
  it.each([
    [
      "a fine after data was posted last year",
      "Regulator fines lab software firm",
      "The data protection authority has fined Harwell Lab Systems, which sells software to medical laboratories, €900,000 after the records of 80,000 patients were posted on a hacking forum last year.",
      { relevant: true, leaked: true },
    ],
    [
      "no further action over a leak by a gang last year",
      "No action over clinic leak, regulator says",
      "The regulator will take no further action against Farrow Medical Clinic over the publication of its patients' records by the Zeta ransomware gang last year.",
      { relevant: true, leaked: false },
    ],
    [
      "another body's attack last year stays background",
      "Regulator fines lab software firm",
      "The data protection authority has fined Harwell Lab Systems €900,000 over its security. Farrow Medical Clinic was hit by ransomware last year.",
      { relevant: false, leaked: false },
    ],
  ])("%s", (_name, title, text, want) => {
    const e = extract(title, text);
    expect({ relevant: e.relevant, leaked: e.impact.includes("data-leaked") }).toEqual(want);
  });
});

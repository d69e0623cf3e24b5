// A care provider whose intake of new patients is stopped, told with a plain negation ("is not accepting new patients",
// "new patients are not being accepted for the time being", "no new patients are being admitted"), has suspended a
// service, as "stopped accepting new patients" says.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Minato Bay Hospital";
const LEAD = "Minato Bay Hospital said its electronic records were encrypted in a ransomware attack on Monday. ";

describe("impact: new patients not accepted", () => {
  it.each([
    ["active, present", "The hospital is not accepting new patients until further notice.", true],
    [
      "passive, progressive",
      "Outpatient care continues, but new patients are not being accepted for the time being.",
      true,
    ],
    ["'no new patients' in the passive", "No new patients are being admitted while the systems are restored.", true],
    ["contracted", "The hospital isn't taking new patients this week.", true],
    [
      "patients treated as usual is no closure",
      "Patients are not being treated any differently, the hospital said.",
      false,
    ],
    ["a refusal of something else", "The hospital is not accepting new ransom demands from anyone.", false],
  ])("%s", (_name, sentence, closed) => {
    expect(extract(T, LEAD + sentence).impact.includes("services-closed")).toBe(closed);
  });
});

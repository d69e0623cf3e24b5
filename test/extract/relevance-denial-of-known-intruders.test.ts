// A denial about what known intruders did presupposes them: "found no evidence that the hackers accessed patient
// records" tells an incident, where "no sign that hackers were involved" rules one out (us-e07, a phishing notice).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("denials that presuppose the intruders keep the incident relevant", () => {
  it.each([
    [
      "no evidence that the hackers did something",
      "Ransomware attack hits Harlow clinic",
      "Harlow Family Clinic in Ohio said a ransomware attack encrypted its servers on Monday. The clinic found no evidence that the hackers accessed patient records.",
      true,
    ],
    [
      "no sign the attackers wanted something, without 'that'",
      "Harlow clinic says staff email accounts were compromised",
      "Harlow Family Clinic in Ohio said staff email accounts were compromised by a phishing email. There is no sign the attackers were interested in patient data.",
      true,
    ],
    [
      "nothing suggests the criminals did something",
      "Cyber incident at Harlow clinic",
      "Harlow Family Clinic in Ohio said a cyber incident took its systems down on Monday. Nothing suggests the criminals copied any files.",
      true,
    ],
    [
      "an indefinite intruder still rules the incident out",
      "Harlow clinic outage",
      "Harlow Family Clinic in Ohio said its booking system went down on Monday. There is no sign that hackers were involved.",
      false,
    ],
    [
      "an outage not caused by the hackers of another attack is still ruled out",
      "Harlow clinic outage",
      "Harlow Family Clinic in Ohio said its booking system went down on Monday. The outage was not caused by the hackers who hit a nearby hospital.",
      false,
    ],
  ])("%s", (_l, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});

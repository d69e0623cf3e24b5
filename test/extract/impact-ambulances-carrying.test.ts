// Ambulances told by what they carry ("sent ambulances carrying trauma patients to other hospitals") are diverted as
// ambulances or patients are (impact.ts MOVED_TO): the load between the ambulances and "to" is their description.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("ambulances told by what they carry", () => {
  it.each([
    [
      "The hospital sent ambulances carrying trauma and stroke patients to other hospitals after the ransomware attack.",
      true,
    ],
    ["After the cyberattack, crews were taking ambulances carrying heart attack patients to nearby hospitals.", true],
    ["The hospital sent ambulances carrying supplies to the county fair after the ransomware attack.", false],
  ])("%s", (sentence, diverted) => {
    const e = extract(
      "Ransomware attack on Glenmoor Regional Hospital",
      `Glenmoor Regional Hospital was hit by ransomware on Monday. ${sentence}`,
    );
    expect(e.impact.includes("ambulance-diversion")).toBe(diverted);
  });
});

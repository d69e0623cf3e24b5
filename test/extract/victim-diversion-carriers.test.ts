// Bodies that answer a diversion are not victims: the hospital told in the present as taking the victim's patients
// ("is taking other patients to X", "sending stroke patients to X") and the ambulance service carrying them ("Leon County
// EMS is taking other patients to X") (us-e01).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack forces Ashgrove Regional Hospital to divert ambulances";
const LEAD = "Ashgrove Regional Hospital in Ohio said a cyberattack took its computer systems offline on Thursday.";

describe("victims: carriers and destinations of diverted patients", () => {
  it.each([
    [
      "an EMS agency taking patients to a named hospital",
      "Marlow County EMS is taking other patients to Birchwood Regional Medical Center.",
    ],
    [
      "a fire-rescue service transporting patients",
      "Harbor Fire Rescue has been transporting patients to Birchwood General Hospital and other hospitals.",
    ],
    [
      "the victim sending patients to a named hospital",
      "The hospital is sending stroke patients to Birchwood General Hospital.",
    ],
    [
      "crews bringing patients to a named hospital",
      "Ambulance crews are bringing trauma patients to Birchwood General Hospital instead.",
    ],
  ])("%s", (_label, sentence) => {
    expect(extract(T, `${LEAD} ${sentence}`).victim_orgs).toEqual(["Ashgrove Regional Hospital"]);
  });

  it("an ambulance service told as attacked is a victim", () => {
    expect(
      extract(
        "Ransomware hits Marlow County EMS",
        "Marlow County EMS said a ransomware attack took its dispatch system offline. Marlow County EMS crews are using paper run sheets.",
      ).victim_orgs,
    ).toEqual(["Marlow County EMS"]);
  });
});

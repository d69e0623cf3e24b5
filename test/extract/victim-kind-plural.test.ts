// A kind of body in the plural, capitalised only because it opens a headline or a sentence ("Hospitals' phone lines
// down", "Clinics across the county ..."), names many bodies of that kind and no one of them: it is no victim's name.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a plural kind opening a headline or sentence is no name", () => {
  it.each<[string, string, string[]]>([
    ["Hospitals' scheduling system down after ransomware hits Corvane Health", "", ["Corvane Health"]],
    ["Clinics' records offline after attack on Harwick Medical Group", "", ["Harwick Medical Group"]],
    [
      "Ransomware attack on Dellmoor Hospital",
      "Pharmacies in the town said prescriptions from Dellmoor Hospital were delayed after the ransomware attack.",
      ["Dellmoor Hospital"],
    ],
    ["Patients' data stolen in attack on Ashfield Clinic", "", ["Ashfield Clinic"]],
  ])("%s", (title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });
});

// The hospitals that took a victim's patients, listed after the "other hospitals" they are ("to other hospitals in the
// region, among them X and Y", "to nearby hospitals, including X"), received the patients: they are no victims.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack on Klinikum Talheim";
const open = "Klinikum Talheim in Bavaria was hit by ransomware on Friday.";

describe("victims: destinations listed after 'other hospitals'", () => {
  it.each([
    [
      "among them, a name after 'the'",
      "Ambulances are taking patients to other hospitals in the region, among them the Klinikum Nordstadt.",
    ],
    [
      "including two names",
      "Ambulances were diverted to nearby hospitals, including St Mary's Hospital and the Royal Infirmary.",
    ],
    ["such as", "Patients were transferred to neighbouring clinics such as Praxisklinik Ostend."],
  ])("%s", (_label, body) => {
    expect(extract(T, `${open} ${body}`).victim_orgs).toEqual(["Klinikum Talheim"]);
  });

  it("a hospital hit with the victim in a list is still a victim", () => {
    const body = "The attack also hit other hospitals of the group, including Klinikum Nordstadt.";
    expect(extract(T, `${open} ${body}`).victim_orgs).toEqual(["Klinikum Talheim", "Klinikum Nordstadt"]);
  });
});

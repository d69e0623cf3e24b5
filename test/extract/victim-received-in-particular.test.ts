// The hospitals patients were sent to, named after "other hospitals" with a connector of translated news ("in
// particular", "particularly", "especially", "mainly"), are receivers, as after "among them" or "including": no victims.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack on Hôpital de Valmont";
const LEAD = "The Hôpital de Valmont shut down its network after a ransomware attack on Saturday. ";

describe("victims: receivers named after 'in particular'", () => {
  it.each([
    "Ambulances are being redirected to other hospitals in the region, in particular to the CHU de Namur and the Clinique Saint-Luc.",
    "Patients were transferred to other hospitals nearby, particularly the Clinique Saint-Luc and the CHU de Namur.",
    "Ambulances were sent to neighbouring hospitals, especially the CHU de Namur and the Clinique Saint-Luc in Bouge.",
    "Emergency patients are taken to other hospitals, mainly the CHU de Namur and the Clinique Saint-Luc.",
  ])("%s", (sentence) => {
    expect(extract(T, LEAD + sentence).victim_orgs).toEqual(["Hôpital de Valmont"]);
  });
});

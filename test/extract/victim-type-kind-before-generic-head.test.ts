// A specific kind joined to a generic head is the most specific slug: a descriptor before the name ending on "clinic" or
// "hospital" ("the cosmetic surgery clinic X") says what the victim is as an apposition does, and a bare "hospital" in
// apposition to a name that holds its speciality ("X Psychiatric Medical Center, a prefectural hospital") is that
// speciality's hospital, as "a psychiatric hospital" would be.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: a specific kind with a generic head", () => {
  it.each([
    [
      "a cosmetic surgery clinic named after its descriptor, then 'the clinic'",
      "Hackers publish photos of clinic patients",
      "Hackers who broke into the servers of the Riga cosmetic surgery clinic Skaistuma Centrs have published photos of patients. The clinic said it had not paid.",
      "cosmetic-surgery",
    ],
    [
      "a psychiatric hospital named after its descriptor",
      "Ransomware hits Tallinn hospital",
      "The records of the psychiatric hospital Seewald Haigla were encrypted in a ransomware attack, the hospital said. The hospital has informed patients.",
      "mental-health",
    ],
    [
      "a psychiatric name with a bare hospital apposition",
      "Ransomware hits Kagawa hospital",
      "The Kagawa Psychiatric Medical Center, a prefectural hospital, said its electronic records had been encrypted in a ransomware attack. The hospital is using paper.",
      "mental-health",
    ],
    [
      "a cosmetic surgery name with a bare hospital apposition",
      "Ransomware hits Busan hospital",
      "The Haeundae Cosmetic Surgery Center, a private hospital, said its booking system had been encrypted in a ransomware attack. The hospital is using paper.",
      "cosmetic-surgery",
    ],
    [
      "a plain hospital name with a bare hospital apposition stays a hospital",
      "Ransomware hits Kagawa hospital",
      "The Kagawa Central Medical Center, a prefectural hospital, said its electronic records had been encrypted in a ransomware attack.",
      "hospital",
    ],
    [
      "a clinic descriptor with no kind before it stays a clinic",
      "Hackers hit Riga clinic",
      "Hackers broke into the servers of the clinic Veselibas Centrs and stole patient files, the clinic said.",
      "clinic",
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).victim_type).toBe(want);
  });
});

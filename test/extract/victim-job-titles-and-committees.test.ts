import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A hospital's officers, committees and staff are written in capitals as names are ("Chief Nursing Officer Dana Ruiz",
// "the Medical Executive Committee", a minutes heading "MEDICAL STAFF REPORT"), and they hold health words, but they
// name a role or a part of the victim, never another victim.
describe("job titles, committees and staff are no victims", () => {
  it.each([
    [
      "a chief officer before a person",
      "Larchmont Hospital in Austin, Texas, shut down its network after a cyberattack on Sunday, Chief Nursing Officer Dana Ruiz said.",
    ],
    [
      "a chief officer after a person",
      "Larchmont Hospital in Austin, Texas, was hit by a cyberattack, said Amir Patel, the hospital's Chief Medical Officer.",
    ],
    [
      "a committee",
      "Larchmont Hospital in Austin, Texas, was hit by a cyberattack. The Medical Executive Committee will review the hospital's response.",
    ],
    [
      "a minutes heading in capitals",
      "Larchmont Hospital in Austin, Texas, was hit by a cyberattack on Sunday.\nMEDICAL STAFF REPORT. Four physicians were credentialed.",
    ],
  ])("%s", (_name, text) => {
    expect(extract("Larchmont Hospital hit by cyberattack", text).victim_orgs).toEqual(["Larchmont Hospital"]);
  });
});

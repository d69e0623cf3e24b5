// A described body the attack "also" reached ("The intrusion also reached X, the company's patient portal subsidiary")
// is hit beside the victim, as one "also affected" is, though its name holds no healthcare word and is met once.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Kestrel Imaging said hackers copied records of 3,000 people. ";

describe("victims: a described body the attack also reached", () => {
  it.each([
    [
      "a subsidiary tied by a possessive",
      "The intrusion also reached Harbourline, the company's patient portal subsidiary.",
    ],
    [
      "a described firm the attack also hit",
      "The attack also hit Harbourline, a payroll firm that works for the clinics.",
    ],
  ])("%s", (_label, rest) => {
    expect(extract("Data breach", LEAD + rest).victim_orgs).toEqual(["Kestrel Imaging", "Harbourline"]);
  });

  it.each([
    ["no 'also'", "The intrusion reached Harbourline's customers within hours."],
    ["another incident of the gang", "The gang has also hit Harbourline, a payroll firm, last month."],
  ])("no second victim: %s", (_label, rest) => {
    expect(extract("Data breach", LEAD + rest).victim_orgs).toEqual(["Kestrel Imaging"]);
  });
});

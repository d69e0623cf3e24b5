// A surgeons' outpatient practice ("a surgical practice", "Harlow Surgical Specialists") is a clinic, as an oncology or
// cardiology practice is; a surgical hospital stays a hospital and a cosmetic one cosmetic surgery.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: a surgical practice is a clinic", () => {
  it.each([
    ["Harlow Associates, a surgical practice in Ohio, was hit by ransomware.", "clinic"],
    ["Kestrel Surgical Specialists said ransomware encrypted its files.", "clinic"],
    ["Brandon Surgical Associates said hackers stole the records of 2,000 patients.", "clinic"],
    ["Harlow Surgical Hospital was hit by ransomware.", "hospital"],
    ["Harlow Plastic Surgery, a cosmetic surgical practice, was hit by ransomware.", "cosmetic-surgery"],
  ])("%s", (text, want) => {
    expect(extract(text, "").victim_type).toBe(want);
  });
});

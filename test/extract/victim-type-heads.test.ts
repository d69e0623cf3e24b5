// What an organisation is comes from the head of its description: "a dental insurer" and "Dental Benefits" are
// insurers (dental says what they cover); "a maker of insulin pumps" is a device maker and names a healthcare victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("the head of a description types the victim", () => {
  it.each<[string, string, string, string, string]>([
    [
      "a dental insurer",
      "Insurer reports breach",
      "Harlan Dental Benefits, a dental insurer in Iowa, said hackers stole member files.",
      "Harlan Dental Benefits",
      "insurer",
    ],
    [
      "a dental practice stays dental",
      "Dental practice hacked",
      "Harlan Dental Care, a dental practice in Iowa, said hackers stole patient files.",
      "Harlan Dental Care",
      "dental",
    ],
    [
      "a maker of insulin pumps",
      "Device maker hit",
      "Ostrava Medica, a maker of insulin pumps based in Czechia, said a ransomware attack halted production.",
      "Ostrava Medica",
      "pharma-medtech",
    ],
    [
      "a brand described as a maker of inhalers",
      "Drug firm hit",
      "Kelvane, a maker of asthma inhalers, said ransomware encrypted its servers.",
      "Kelvane",
      "pharma-medtech",
    ],
  ])("%s", (_name, title, text, victim, type) => {
    const e = extract(title, text);
    expect([e.victim_orgs, e.victim_type]).toEqual([[victim], type]);
  });
});

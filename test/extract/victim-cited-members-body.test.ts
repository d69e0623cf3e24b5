// An association or society cited as the source of a figure ("according to the Ohio Dental Association") is no victim;
// one the text tells attacked still is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a members' body cited as a source", () => {
  it.each<[string, string, string[]]>([
    [
      "a dental association gives the count",
      "Ransomware encrypted the patient files of Lakeview Family Dentistry in Toledo, Ohio, one of about 90 practices hit, according to the Ohio Dental Association.",
      ["Lakeview Family Dentistry"],
    ],
    [
      "a medical society gives the dates",
      "Hackers stole records from Brookmere Pediatrics in Omaha, Nebraska, in March, according to the Nebraska Medical Society.",
      ["Brookmere Pediatrics"],
    ],
    [
      "an association that was itself attacked",
      "Ransomware encrypted the servers of the Ohio Dental Association, which serves 5,000 dentists, on Monday.",
      ["Ohio Dental Association"],
    ],
  ])("%s", (_name, text, victims) => {
    expect(extract("Ransomware attack reported", text).victim_orgs).toEqual(victims);
  });
});

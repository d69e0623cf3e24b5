// A nationality word that names a language ("letters in English and Spanish", "translated into French", "Portuguese
// speakers") says nothing of where the victim is; the same word before a noun ("Spanish hospitals") still does.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Clinic hit by ransomware";
const OPENING = "Marrow Lane Family Clinic was hit by a ransomware attack last week. ";

describe("country: languages are no place", () => {
  it.each([
    ["letters in two languages", "Letters to patients are available in English and Spanish.", null],
    ["translated into a language", "The notice was translated into Portuguese for patients.", null],
    ["speakers of a language", "Many of the clinic's patients are Spanish speakers.", null],
    ["staff who speak languages", "Its staff speak French and Dutch.", null],
    ["a language-line", "A Spanish-language hotline has been set up.", null],
    ["an adjective before a noun keeps its place", "The attack was the latest to hit Spanish hospitals.", "ES"],
    ["a place after 'in' keeps its place", "The clinic in Spain was hit hard.", "ES"],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, OPENING + sentence).country).toBe(want);
  });
});

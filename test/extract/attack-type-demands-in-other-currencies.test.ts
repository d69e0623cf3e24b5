// A sum demanded for stolen data is extortion however the sum is written: a currency prefix of other countries
// ("US$68,000", "NZ$2 million") or a multiplier in the source language ("4,5 millones", "3 millions", "2 Mio.").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers steal patient data from Clínica Valsur";
const theft = "Hackers stole the records of 40,000 patients from Clínica Valsur in Chile.";

describe("attack types: a demand for stolen data written in other currencies", () => {
  it.each([
    ["US$", "The hacker said he had demanded US$68,000 from the clinic."],
    ["NZ$", "The group demanded NZ$2 million for the files."],
    ["millones", "The group is asking for 4,5 millones de dólares."],
    ["millions", "Les pirates demanded 3 millions d'euros."],
    ["Mio.", "Die Täter demanded 2 Mio. Euro."],
  ])("%s", (_label, body) => {
    expect(extract(T, `${theft} ${body}`).attack_types).toContain("extortion");
  });
});

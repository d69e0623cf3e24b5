// Head-counts in other newsrooms' words: a nation's people ("279 million Indonesians", "2 million Filipinos") and women
// are people; a sample the attackers show ("posted a sample of 100,000 records") is not the count of those hit; files
// that "cover" people (a plural subject) count them, as "covering" does.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("head-counts of nations, women, samples and covering files", () => {
  it.each<[string, string, number | null]>([
    [
      "a nation's people, and a sample",
      "A forum user offered for sale a database from Kestrel Health Insurance said to hold the data of 180 million Indonesians. The seller posted a sample of 100,000 records.",
      180000000,
    ],
    ["Filipinos", "Hackers stole the personal data of 2.3 million Filipinos from Kestrel Health Insurance.", 2300000],
    ["women", "Hackers stole the screening results of 48,000 women from Kestrel Laboratory.", 48000],
    [
      "a sample alone",
      "Hackers say they hold the files of Kestrel Hospital and posted a sample of 5,000 records on their site.",
      null,
    ],
    [
      "files that cover patients",
      "Hackers published data of Kestrel Clinic. The leaked files cover 32,000 patients.",
      32000,
    ],
  ])("%s", (_name, text, people) => {
    expect(extract("Health data stolen", text).people_affected).toBe(people);
  });
});

import { describe, expect, it } from "vitest";
import {
  figureMatches,
  figureOpenings,
  firstFigureMatch,
  NUMBER_SOURCE,
  numberSearchStart,
  parseNumber,
} from "../../src/extract/numbers";
import { splitSentences } from "../../src/extract/text";

const first = (text: string) => {
  const m = new RegExp(NUMBER_SOURCE, "iu").exec(text);
  return m ? parseNumber(m[0])?.value : undefined;
};

describe("numbers", () => {
  it.each([
    ["5,815,591 people", 5815591],
    ["1.4 million patients", 1400000],
    ["9.7m Australians", 9700000],
    ["four million dollars", 4000000],
    ["over half a million donors", 500000],
    ["a quarter of a million records", 250000],
    ["a million dollars", 1000000],
    ["a ransom of 57L", 5700000],
    ["Rs 200 crore", 2000000000],
    ["15 lakh rupees", 1500000],
    ["1,5 Mio. Euro", 1500000],
    ["2,5 million euros", 2500000],
    ["3 Mrd. Euro", 3000000000],
    ["400.000 Euro", 400000],
    ["1.25 million", 1250000],
    ["1,250 patients", 1250],
    ["in 2023, 5 million", 2023],
    ["a $3.5-million ransom", 3500000],
    ["2 Millionen Euro", 2000000],
    ["1.000.000 euros", 1000000],
  ])("reads %j", (text, value) => {
    expect(first(text)).toBe(value);
  });

  it.each(["a hospital", "the clinic"])("finds no number in %j", (text) => {
    expect(first(text)).toBeUndefined();
  });
});

describe("where a number can first open", () => {
  const sentence = (text: string) => splitSentences(text)[0]!;
  it.each([
    ["The hospital said 4,000 patients were affected.", 18],
    ["No figure was given.", -1],
    ["Four thousand patients were affected on 3 May.", 0],
    ["It affected a million people in 2023.", 0],
    ["Records of tens of patients were seen.", 0],
    ["Patients 12 and 13 were seen.", 9],
  ])("%s", (text, at) => {
    const s = sentence(text);
    expect(numberSearchStart(s)).toBe(at);
    // Every number the grammar reads in the sentence opens at or after that place.
    for (const m of s.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${NUMBER_SOURCE})`, "giu")))
      expect(m.index).toBeGreaterThanOrEqual(at < 0 ? Infinity : at);
  });
});

describe("figures matched where they can open", () => {
  // A pattern shaped like the people and volume grammars: a figure behind a look-behind, then a noun.
  const FIGURE_NOUN = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${NUMBER_SOURCE})\\s+(?:patients|records|GB)\\b`, "giu");
  const globalScan = (text: string) => [...text.matchAll(FIGURE_NOUN)].map((m) => [m.index, m[0]]);
  it.each([
    "The breach exposed 4,000 patients and 12 records.",
    "Files of 1,200,000 patients, 300 records and 4.5 GB were taken in 2023.",
    "Ward 12 saw 30 patients; 2,5 million records; 1.234.567 records.",
    "No figure at all.",
    "Four thousand patients and 3 records were named.",
    "A1 and 12b3 records, 7patients, 40 patients.",
    "2023 records show 45 patients",
    "A million patients, half a million records and a quarter of a million patients.",
    "One in ten patients; twomillion records; Tennessee said 30 patients and tenfold records.",
    "An estimated 5,000 patients and an additional twenty-five records, not one hundred.",
    "Seventeen GB and four hundred thousand patients were taken.",
    "The ſix hundred patients and one record.",
  ])("%s", (text) => {
    const s = splitSentences(text)[0]!;
    expect(figureMatches(FIGURE_NOUN, s).map((m) => [m.index, m[0]])).toEqual(globalScan(text));
  });
});

describe("where a figure can open", () => {
  it.each([
    ["The breach exposed 4,000 patients.", [19, 21]],
    ["A million and half a quarter of an hour", [0, 14, 19, 21, 32]],
    ["Tennessee had one in ten, twenty-five and ONE.", [0, 14, 21, 26, 33, 42]],
    ["Others often told no one", [21]],
    ["COVID19 and 12b3", [5, 12, 15]],
    ["a ſix", null],
    ["4 \u212aB", null],
  ])("%j", (text, openings) => {
    expect(figureOpenings(text)).toEqual(openings);
  });
});

it("resumes after a match that holds a second figure, as a global scan does", () => {
  const SHARE = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?:${NUMBER_SOURCE})(?: of its (?:${NUMBER_SOURCE}))?\\s+patients\\b`,
    "giu",
  );
  const text = "It said 5,000 of its 20,000 patients and 30 patients were told.";
  const s = splitSentences(text)[0]!;
  expect(figureMatches(SHARE, s).map((m) => m[0])).toEqual(["5,000 of its 20,000 patients", "30 patients"]);
});

describe("the first figure behind a word boundary", () => {
  const COUNTED = new RegExp(`\\b(${NUMBER_SOURCE})\\s+(?:[a-z-]+\\s+){0,2}?(operations|appointments)\\b`, "gi");
  it.each([
    ["Some 300 planned operations were postponed.", "300 planned operations"],
    ["Ward A1 2 operations and 40 appointments.", "2 operations"],
    ["It moved 1,2345 operations.", "2345 operations"],
    ["Two hundred appointments and 5 operations were moved.", "Two hundred appointments"],
    ["No count was given for operations.", null],
  ])("%s", (text, expected) => {
    expect(firstFigureMatch(COUNTED, splitSentences(text)[0]!)?.[0] ?? null).toBe(expected);
    COUNTED.lastIndex = 0;
    expect(COUNTED.exec(text)?.[0] ?? null).toBe(expected);
  });
});

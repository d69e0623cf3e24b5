// Number forms from other newsrooms (unseen-bank-money.ts): Indian digit grouping with lakh and crore places
// ("12,00,000", "1,20,50,000"), and a headline's "Quarter of a million" without its article.
import { describe, expect, it } from "vitest";
import { COUNT_SOURCE, NUMBER_SOURCE, parseNumber } from "../../src/extract/numbers";
import { extract } from "./helpers";

const first = (source: string, flags: string, text: string) => {
  const m = new RegExp(source, flags).exec(text);
  return m ? parseNumber(m[0])?.value : undefined;
};

describe("numbers in other forms", () => {
  it.each([
    ["Rs 12,00,000 in bitcoin", 1200000],
    ["a demand of 1,20,50,000 rupees", 12050000],
    ["4,50,000 patients", 450000],
    ["12,345 patients", 12345],
    ["1,234,567 records", 1234567],
    ["Quarter of a million patients", 250000],
    ["quarter of a million records", 250000],
  ])("reads %j", (text, value) => {
    expect(first(NUMBER_SOURCE, "iu", text)).toBe(value);
    expect(first(COUNT_SOURCE, "u", text)).toBe(value);
  });
});

describe("sums and head-counts in other forms", () => {
  it("a rupee demand in Indian grouping", () => {
    expect(
      extract(
        "Hackers hit Nashik hospital",
        "Hackers who encrypted the servers of Arogya Hospital in Nashik demanded Rs 35,00,000, police said.",
      ).ransom,
    ).toEqual({ status: "demanded-amount", amount: 3500000, currency: "INR" });
  });
  it("a head-count in Indian grouping", () => {
    expect(
      extract(
        "Data breach at Arogya Hospital",
        "Hackers stole the records of 2,40,000 patients from Arogya Hospital in Nashik.",
      ).people_affected,
    ).toBe(240000);
  });
  it("a headline's quarter of a million", () => {
    expect(
      extract(
        "Quarter of a million patients caught up in Arogya Hospital breach",
        "Hackers stole patient records from Arogya Hospital.",
      ).people_affected,
    ).toBe(250000);
  });
});

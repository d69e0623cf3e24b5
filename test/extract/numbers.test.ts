import { describe, expect, it } from "vitest";
import { NUMBER_SOURCE, parseNumber } from "../../src/extract/numbers";

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

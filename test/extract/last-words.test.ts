import { describe, expect, it } from "vitest";
import { lastWords } from "../../src/extract/last-words";

// What the callers computed before: the words of the trimmed slice, the last n, joined by single spaces.
const reference = (text: string, from: number, to: number, n: number) =>
  text.slice(from, to).trim().split(/\s+/).slice(-n).join(" ");

describe("lastWords", () => {
  it.each([
    ["the hospital did not pay the ransom", 0, 29, 3],
    ["the hospital did not pay the ransom", 4, 35, 8],
    ["  leading and trailing  ", 0, 24, 2],
    ["  leading and trailing  ", 0, 24, 5],
    ["tabs\tand\nnew lines  between\u00a0words", 0, 35, 3],
    ["one", 0, 3, 1],
    ["", 0, 0, 4],
    ["     ", 1, 4, 2],
    ["cut mid-word here", 2, 14, 2],
    ["a  b   c", 0, 8, 2],
    ["x y", 1, 3, 1],
  ])("%j from %i to %i, last %i words", (text, from, to, n) => {
    expect(lastWords(text, from, to, n)).toBe(reference(text, from, to, n));
  });

  it("agrees with the reference on every span of a sentence", () => {
    const text = "  Staff, who\u2003could not reach records;  were  told\tto use paper , it said. ";
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++)
        for (const n of [1, 2, 6, 10])
          expect(lastWords(text, from, to, n), `${from}-${to}/${n}`).toBe(reference(text, from, to, n));
  });
});

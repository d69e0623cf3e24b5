import { describe, expect, it } from "vitest";
import { firstAtOrAfter } from "../../src/extract/sorted";

describe("firstAtOrAfter", () => {
  it.each([
    [[], 5, 0],
    [[3, 7, 9], 0, 0],
    [[3, 7, 9], 3, 0],
    [[3, 7, 9], 4, 1],
    [[3, 7, 9], 9, 2],
    [[3, 7, 9], 10, 3],
    [[2, 2, 2, 8], 2, 0],
  ])("in %j finds %i at index %i", (list, value, index) => {
    expect(firstAtOrAfter(list, value)).toBe(index);
  });
});

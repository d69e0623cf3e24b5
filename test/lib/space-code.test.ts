import { describe, expect, it } from "vitest";
import { isSpaceCode } from "../../src/lib/space-code";

describe("isSpaceCode", () => {
  it("agrees with the regex class \\s on every UTF-16 unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

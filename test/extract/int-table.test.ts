import { describe, expect, it } from "vitest";
import { IntTable } from "../../src/extract/int-table";

describe("IntTable", () => {
  it.each([
    ["small integers", [1, 2, 3]],
    ["negative and large 32-bit keys", [-1, -2147483648, 2147483647, 0x7fff0000 | 0]],
    ["keys sharing their low 16 bits", [0x10001, 0x20001, 0x30001, 1]],
    ["many keys (the table grows)", Array.from({ length: 3000 }, (_, i) => Math.imul(i, 2654435761))],
  ])("finds every key it was given: %s", (_name, keys) => {
    const t = new IntTable<string>();
    keys.forEach((k, i) => t.set(k, `v${i}`));
    keys.forEach((k, i) => {
      expect(t.mayHold(k)).toBe(true);
      expect(t.get(k)).toBe(`v${i}`);
    });
  });

  it("answers undefined for absent keys, and a later set replaces a value", () => {
    const t = new IntTable<number>();
    for (let k = 0; k < 100; k++) t.set(k * 7, k);
    for (let k = 0; k < 100; k++) expect(t.get(k * 7 + 1)).toBeUndefined();
    t.set(14, -1);
    expect(t.get(14)).toBe(-1);
    expect(t.get(21)).toBe(3);
  });
});

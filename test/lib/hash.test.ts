import { describe, expect, it } from "vitest";
import { hash53, hashString } from "../../src/lib/hash";

describe("string hashes", () => {
  it.each(["", "v:kestrel vale hospital", "lsh:0:a09b4b401d5c", "ünïcödé ✓"])(
    "gives %j a stable safe integer, and its base-36 text",
    (text) => {
      const h = hash53(text);
      expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
      expect(hash53(text)).toBe(h);
      expect(hashString(text)).toBe(h.toString(36));
    },
  );

  it("gives different seeds and different strings different values", () => {
    const values = new Set(Array.from({ length: 10_000 }, (_, i) => hash53(`key:${i}`)));
    expect(values.size).toBe(10_000);
    expect(hash53("same", 1)).not.toBe(hash53("same"));
  });
});

import { describe, expect, it } from "vitest";
import { formatCount, ransomLabel } from "../../src/digest/labels";
import type { Ransom } from "../../src/model";

describe("digest labels", () => {
  it.each<{ ransom: Ransom; expected: string }>([
    { ransom: { status: "demanded-amount", amount: 2500000, currency: "USD" }, expected: "USD 2,500,000 demanded" },
    { ransom: { status: "demanded-amount", amount: null, currency: null }, expected: "undisclosed" },
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null }, expected: "undisclosed" },
    { ransom: { status: "paid", amount: 35, currency: "BTC" }, expected: "BTC 35 paid" },
    { ransom: { status: "paid", amount: null, currency: null }, expected: "paid (amount undisclosed)" },
    { ransom: { status: "refused", amount: 1000000, currency: "EUR" }, expected: "EUR 1,000,000 demanded, refused" },
    { ransom: { status: "not-mentioned", amount: null, currency: null }, expected: "undisclosed" },
  ])("reads a $ransom.status ransom as “$expected”", ({ ransom, expected }) => {
    expect(ransomLabel(ransom)).toBe(expected);
  });

  it.each([
    { n: 0, expected: "0" },
    { n: 999, expected: "999" },
    { n: 48210, expected: "48,210" },
    { n: 1234567.5, expected: "1,234,567.5" },
    { n: -1000, expected: "-1,000" },
  ])("groups $n as $expected", ({ n, expected }) => {
    expect(formatCount(n)).toBe(expected);
  });
});

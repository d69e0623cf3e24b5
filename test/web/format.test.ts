import { describe, expect, it } from "vitest";
import { formatBytes, formatRansom, labelOf } from "../../web/lib/format";
import { lastMonths, monthRange } from "../../web/lib/months";

describe("formatting for the UI", () => {
  it.each([
    { ransom: { status: "demanded-amount", amount: 2_500_000, currency: "USD" }, expected: "US$2,500,000" },
    { ransom: { status: "demanded-amount", amount: 400_000, currency: "EUR" }, expected: "€400,000" },
    { ransom: { status: "paid", amount: 5, currency: "BTC" }, expected: "BTC\u00a05 (paid)" },
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null }, expected: "undisclosed" },
    { ransom: { status: "refused", amount: null, currency: null }, expected: "undisclosed (refused)" },
  ] as const)("shows a ransom of $ransom.status / $ransom.amount as “$expected”", ({ ransom, expected }) => {
    expect(formatRansom({ ...ransom })).toBe(expected);
  });

  it.each([
    { bytes: 400_000_000_000, expected: "400 GB" },
    { bytes: 1_500_000, expected: "1.5 MB" },
    { bytes: 512, expected: "512 bytes" },
  ])("writes $bytes bytes as $expected", ({ bytes, expected }) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it("labels slugs for people, with the few acronyms spelled right", () => {
    expect([labelOf("operations-cancelled"), labelOf("health-it-vendor"), labelOf("ddos")]).toEqual(["Operations cancelled", "Health IT vendor", "DDoS"]);
  });

  it("lists the last twelve months across a year boundary, oldest first", () => {
    const months = lastMonths(new Date("2026-02-10T00:00:00Z"), 12);
    expect([months[0], months[10], months[11]]).toEqual(["2025-03", "2026-01", "2026-02"]);
  });

  it("knows the last day of each month, leap years included", () => {
    expect([monthRange("2028-02").until, monthRange("2026-02").until, monthRange("2026-04").until]).toEqual(["2028-02-29", "2026-02-28", "2026-04-30"]);
  });
});

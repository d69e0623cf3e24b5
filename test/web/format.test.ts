import { describe, expect, it } from "vitest";
import { ATTACK_TYPE_WORDS, IMPACT_WORDS, VICTIM_TYPE_WORDS } from "../../src/model/vocabulary";
import { formatBytes, formatRansom, labelOf } from "../../web/lib/format";
import { monthlyRows, monthsEndingAt } from "../../web/lib/monthly-rows";

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
    // As the server writes it in summaries and digests: no trailing ".0".
    { bytes: 1_000_000_000, expected: "1 GB" },
  ])("writes $bytes bytes as $expected", ({ bytes, expected }) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it("labels slugs for people, with the few acronyms spelled right", () => {
    expect([labelOf("operations-cancelled"), labelOf("health-it-vendor"), labelOf("ddos")]).toEqual([
      "Operations cancelled",
      "Health IT vendor",
      "DDoS",
    ]);
  });

  it("takes each victim type's, attack type's and effect's label from the vocabulary, whose kinds share no slug", () => {
    const kinds = [VICTIM_TYPE_WORDS, ATTACK_TYPE_WORDS, IMPACT_WORDS].map((words) => Object.entries(words));
    const slugs = kinds.flat().map(([slug]) => slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(kinds.flat().filter(([slug, w]) => labelOf(slug) !== w.tag)).toEqual([]);
  });

  it("capitalises a slug the vocabulary does not name", () => {
    expect([labelOf("claimed"), labelOf("demanded-amount")]).toEqual(["Claimed", "Demanded amount"]);
  });

  it("lists twelve months ending at a given one across a year boundary, oldest first", () => {
    const months = monthsEndingAt("2026-02", 12);
    expect([months.length, months[0], months[10], months[11]]).toEqual([12, "2025-03", "2026-01", "2026-02"]);
  });

  it("makes a bar per month, empty where the stats have none, with the year under the first bar and January", () => {
    const rows = monthlyRows({ "2026-01": { hospital: 2 } }, ["2025-12", "2026-01", "2026-02"]);
    expect(rows.map((r) => [r.label, r.axis, r.values])).toEqual([
      ["Dec 2025", ["Dec", "2025"], {}],
      ["Jan 2026", ["Jan", "2026"], { hospital: 2 }],
      ["Feb 2026", ["Feb", undefined], {}],
    ]);
  });
});

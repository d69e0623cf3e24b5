import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/digest/periods";

describe("periodOf", () => {
  it.each([
    {
      instant: "2026-11-28T23:59:59.999Z",
      period: "daily",
      expected: { key: "2026-11-28", start: "2026-11-28", end: "2026-11-28" },
    },
    {
      instant: "2026-11-29T00:00:00.000Z",
      period: "daily",
      expected: { key: "2026-11-29", start: "2026-11-29", end: "2026-11-29" },
    },
    {
      instant: "2026-11-28T12:00:00.000Z",
      period: "weekly",
      expected: { key: "2026-W48", start: "2026-11-23", end: "2026-11-29" },
    },
    {
      instant: "2026-11-23T00:00:00.000Z",
      period: "weekly",
      expected: { key: "2026-W48", start: "2026-11-23", end: "2026-11-29" },
    },
    {
      instant: "2026-11-22T23:59:59.000Z",
      period: "weekly",
      expected: { key: "2026-W47", start: "2026-11-16", end: "2026-11-22" },
    },
    // Year boundaries: the ISO week-year follows the week's Thursday.
    {
      instant: "2026-01-01T10:00:00.000Z",
      period: "weekly",
      expected: { key: "2026-W01", start: "2025-12-29", end: "2026-01-04" },
    },
    {
      instant: "2027-01-01T10:00:00.000Z",
      period: "weekly",
      expected: { key: "2026-W53", start: "2026-12-28", end: "2027-01-03" },
    },
    {
      instant: "2024-12-30T10:00:00.000Z",
      period: "weekly",
      expected: { key: "2025-W01", start: "2024-12-30", end: "2025-01-05" },
    },
    {
      instant: "2021-01-03T10:00:00.000Z",
      period: "weekly",
      expected: { key: "2020-W53", start: "2020-12-28", end: "2021-01-03" },
    },
  ] as const)("puts $instant in the $period period $expected.key", ({ instant, period, expected }) => {
    expect(periodOf(instant, period)).toEqual(expected);
  });
});

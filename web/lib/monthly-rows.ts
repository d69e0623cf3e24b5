import type { BarRow } from "../components/chart/stacked-bar-chart";
import { formatMonth } from "./format";

/** The `n` calendar months (UTC, `YYYY-MM`) ending with `last`, oldest first. */
export function monthsEndingAt(last: string, n: number): string[] {
  const [y, m] = last.split("-").map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1)).toISOString().slice(0, 7));
}

/**
 * Chart rows for `months` from the stats API's month → victim type → count map (months without incidents
 * get empty bars). The year is printed under January and the first bar only, so twelve labels fit a phone.
 */
export function monthlyRows(perMonth: Record<string, Record<string, number>>, months: string[]): BarRow[] {
  return months.map((month, i) => {
    const [year, mm] = month.split("-") as [string, string];
    const short = new Date(`${month}-01T00:00:00Z`).toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
    return {
      label: formatMonth(month),
      axis: [short, i === 0 || mm === "01" ? year : undefined],
      values: { ...(perMonth[month] ?? {}) },
    };
  });
}

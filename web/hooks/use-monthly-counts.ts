import type { SearchResult } from "../../src/model";
import { limitSeries } from "../lib/chart-series";
import { formatMonth } from "../lib/format";
import { lastMonths, monthRange } from "../lib/months";
import { EMPTY_SEARCH, searchQuery, type SearchState } from "../lib/search-url";
import { useApiAll } from "./use-api";
import { PATTERN_COUNT } from "../components/chart/patterns";
import type { BarRow } from "../components/chart/stacked-bar-chart";

/**
 * Incidents per month over the last `months` months, split by victim type, for a base filter.
 * Asks the search API once per month (limit=1: only the total and facets are read), so the counts are exact
 * whatever the number of incidents.
 */
export function useMonthlyCounts(base: Partial<SearchState>, months = 12): { rows: BarRow[] | null; series: string[]; error: string | null } {
  const keys = lastMonths(new Date(), months);
  // since/until are always set, so the query string is never empty and `&limit=1` can be appended.
  const urls = keys.map((m) => `/api/incidents${searchQuery({ ...EMPTY_SEARCH, ...base, ...monthRange(m) })}&limit=1`);
  const { data, error } = useApiAll<SearchResult>(urls);
  if (!data) return { rows: null, series: [], error };
  const rows = data.map((r, i) => {
    const values: Record<string, number> = { ...r.facets.victim_type };
    // Incidents without a victim type still count towards the month's total.
    const typed = Object.values(values).reduce((a, b) => a + b, 0);
    if (r.total > typed) values.unknown = r.total - typed;
    // The year is printed under January and the first bar only, so twelve labels fit a phone's width.
    const [year, month] = keys[i]!.split("-") as [string, string];
    const short = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
    return { label: formatMonth(keys[i]!), axis: [short, i === 0 || month === "01" ? year : undefined] as BarRow["axis"], values };
  });
  return { ...limitSeries(rows, PATTERN_COUNT), error };
}

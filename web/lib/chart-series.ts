/** Rows of a stacked chart: a value per series key. */
export interface SeriesRow {
  values: Record<string, number>;
}

/**
 * Orders series by their total, biggest first, and folds everything past `max - 1` series into
 * "other", so a chart never needs more distinct textures than it has.
 */
export function limitSeries<R extends SeriesRow>(rows: R[], max: number): { rows: R[]; series: string[] } {
  const totals = new Map<string, number>();
  for (const row of rows) for (const [k, v] of Object.entries(row.values)) totals.set(k, (totals.get(k) ?? 0) + v);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  if (ranked.length <= max) return { rows, series: ranked };
  const kept = new Set(ranked.slice(0, max - 1));
  const merged = rows.map((row) => {
    const values: Record<string, number> = {};
    for (const [k, v] of Object.entries(row.values)) {
      const key = kept.has(k) ? k : "other";
      values[key] = (values[key] ?? 0) + v;
    }
    return { ...row, values };
  });
  return { rows: merged, series: [...kept, "other"] };
}

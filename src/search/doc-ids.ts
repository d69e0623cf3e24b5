/**
 * Search document ids grouped by month (see 0005_search_fast_paths.sql): id = month index × MONTH_SPAN + n,
 * so the documents of a run of months form one rowid range that FTS5 can seek to.
 */
export const MONTH_SPAN = 2 ** 24;

/** year × 12 + month − 1 of a YYYY-MM month, or 0 for anything else (as the migration computes it). */
export function monthIndex(month: string): number {
  if (!/^\d{4}-[01]\d$/.test(month)) return 0;
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The month index a document id belongs to. */
export function monthOfId(id: number): number {
  return Math.floor(id / MONTH_SPAN);
}

/** The lowest id of a month index. */
export function firstIdOf(monthIdx: number): number {
  return monthIdx * MONTH_SPAN;
}

import type { SearchStats } from "../model";

/** How many groups the overview lists as most active. */
export const TOP_GROUPS = 10;

/** Incidents of one month and victim type, as both engines count them. */
export interface MonthCount {
  month: string;
  victim_type: string;
  count: number;
}

/** The overview's counts per month, per month and victim type, and per victim type; no top groups yet. */
export function statsFromMonthCounts(rows: readonly MonthCount[]): SearchStats {
  const stats: SearchStats = {
    total: 0,
    per_month: {},
    per_month_by_victim_type: {},
    victim_types: {},
    top_groups: [],
    top_groups_since: null,
    top_groups_until: null,
  };
  for (const { month, victim_type, count } of rows) {
    stats.total += count;
    stats.per_month[month] = (stats.per_month[month] ?? 0) + count;
    (stats.per_month_by_victim_type[month] ??= {})[victim_type] = count;
    stats.victim_types[victim_type] = (stats.victim_types[victim_type] ?? 0) + count;
  }
  return stats;
}

/**
 * The 90 days over which the most active groups are counted. They end at the newest matching incident,
 * so a quiet quarter or an old archive still shows its leaders, but never past the clock, so one
 * mis-dated future article cannot empty the window.
 */
export function topGroupsWindow(newestMs: number, now: Date): { since: Date; until: Date } {
  const until = new Date(Math.min(newestMs, now.getTime()));
  return { since: new Date(until.getTime() - 90 * 86_400_000), until };
}

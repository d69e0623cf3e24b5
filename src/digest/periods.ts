const DAY_MS = 86_400_000;

/** One UTC day or ISO week: its key (`2026-11-28`, `2026-W48`) and its first and last day (YYYY-MM-DD). */
export interface PeriodSpan {
  key: string;
  start: string;
  end: string;
}

/** The UTC day or ISO week (Monday to Sunday) containing an instant. */
export function periodOf(instant: string, period: "daily" | "weekly"): PeriodSpan {
  const day = new Date(Date.UTC(...ymd(instant)));
  if (period === "daily") {
    const date = isoDay(day);
    return { key: date, start: date, end: date };
  }
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(day.getTime() - weekday * DAY_MS);
  // The ISO week-year is the year of the week's Thursday; week 1 is the week holding January 4th.
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return {
    key: `${year}-W${String(week).padStart(2, "0")}`,
    start: isoDay(monday),
    end: isoDay(new Date(monday.getTime() + 6 * DAY_MS)),
  };
}

function ymd(instant: string): [number, number, number] {
  const d = new Date(instant);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

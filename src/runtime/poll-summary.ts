import type { FeedPollResult, PollReport } from "../model";

/** One line per feed that failed, for logs and for `npm start` without internet. */
export function describeFailure(r: FeedPollResult): string {
  return `feed "${r.title ?? r.url}" (${r.url}) could not be read: ${r.error ?? r.outcome}`;
}

/** The end-of-poll table: feed, status, new, updated, time. */
export function formatPollSummary(report: PollReport): string {
  const rows = report.feeds.map((r) => [
    r.title ?? r.url,
    r.outcome,
    String(r.new_articles),
    String(r.updated_articles),
    String(r.skipped_items),
    `${r.ms} ms`,
    r.error ?? "",
  ]);
  const head = ["feed", "status", "new", "updated", "left out", "time", "error"];
  const widths = head.map((h, i) => Math.min(i === 0 ? 48 : 60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (c.length > widths[i]! ? c.slice(0, widths[i]! - 1) + "…" : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const totals = report.feeds.reduce(
    (t, r) => ({
      n: t.n + r.new_articles,
      u: t.u + r.updated_articles,
      f: t.f + (r.outcome === "error" || r.outcome === "gone" ? 1 : 0),
    }),
    { n: 0, u: 0, f: 0 },
  );
  return [
    fmt(head),
    fmt(widths.map((w) => "-".repeat(w))),
    ...rows.map(fmt),
    "",
    `${report.feeds.length} feeds, ${totals.n} new articles, ${totals.u} updated, ${totals.f} failed`,
  ].join("\n");
}

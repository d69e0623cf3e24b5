import { describe, expect, it } from "vitest";
import { statsFromMonthCounts, topGroupsWindow } from "../../src/search/stats";

describe("overview statistics shared by both engines", () => {
  it("sums counts per month, per month and victim type, and per victim type", () => {
    const stats = statsFromMonthCounts([
      { month: "2026-10", victim_type: "hospital", count: 3 },
      { month: "2026-10", victim_type: "dental", count: 1 },
      { month: "2026-11", victim_type: "hospital", count: 2 },
    ]);
    expect(stats).toMatchObject({
      total: 6,
      per_month: { "2026-10": 4, "2026-11": 2 },
      per_month_by_victim_type: { "2026-10": { hospital: 3, dental: 1 }, "2026-11": { hospital: 2 } },
      victim_types: { hospital: 5, dental: 1 },
      top_groups: [],
    });
  });

  it.each([
    {
      name: "ends the top-groups window at the newest incident",
      newest: "2026-06-30T00:00:00Z",
      now: "2026-11-28T00:00:00Z",
      since: "2026-04-01",
      until: "2026-06-30",
    },
    {
      name: "never lets a future-dated incident move the window past the clock",
      newest: "2027-01-01T00:00:00Z",
      now: "2026-11-28T00:00:00Z",
      since: "2026-08-30",
      until: "2026-11-28",
    },
  ])("$name", ({ newest, now, since, until }) => {
    const w = topGroupsWindow(Date.parse(newest), new Date(now));
    expect([w.since.toISOString().slice(0, 10), w.until.toISOString().slice(0, 10)]).toEqual([since, until]);
  });
});

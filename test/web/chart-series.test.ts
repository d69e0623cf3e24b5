import { describe, expect, it } from "vitest";
import { limitSeries } from "../../web/lib/chart-series";

describe("limitSeries", () => {
  it("orders series by total, biggest first, ties by name", () => {
    const { series } = limitSeries([{ values: { clinic: 1, hospital: 3 } }, { values: { dental: 1 } }], 6);
    expect(series).toEqual(["hospital", "clinic", "dental"]);
  });

  it("folds the smallest series into other when there are more than textures", () => {
    const rows: { values: Record<string, number> }[] = [{ values: { a: 5, b: 4, c: 3 } }, { values: { d: 2, e: 1 } }];
    const out = limitSeries(rows, 3);
    expect(out.series).toEqual(["a", "b", "other"]);
    expect(out.rows.map((r) => r.values)).toEqual([{ a: 5, b: 4, other: 3 }, { other: 3 }]);
  });
});

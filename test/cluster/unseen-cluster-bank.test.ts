// The clustering bank (unseen-cluster-bank.ts) through extraction and clustering as `npm run --silent extract` runs
// them, scored with B-cubed like ../shared/eval/score.mjs. The floors are what the clustering reaches; a change that
// splits one incident (recall) or joins two (precision) below them fails here. Splits that come from extraction (an
// article read as not relevant, a victim not found) count too: the eval counts them.
import { describe, expect, it } from "vitest";
import { bcubed, runBank } from "./bank-bcubed";
import { CLUSTER_ROUND_1, CLUSTER_ROUND_2 } from "./unseen-cluster-bank";

// Measured before any clustering change, then after each fix (precision / recall):
// round 1: 0.957 / 0.710 -> name forms 0.957 / 0.786 -> mentions 0.957 / 0.848 -> later attacks 1.000 / 0.848.
// round 2 (written after those fixes): 0.939 / 0.727 -> first-named victim and two-word mentions 1.000 / 0.833.
const FLOORS = { round1: { precision: 1, recall: 0.847 }, round2: { precision: 1, recall: 0.833 } };

describe("B-cubed as score.mjs computes it", () => {
  it.each([
    {
      name: "perfect",
      pairs: [
        ["a", "1"],
        ["a", "1"],
        ["b", "2"],
      ],
      precision: 1,
      recall: 1,
    },
    {
      name: "one incident split in two",
      pairs: [
        ["a", "1"],
        ["a", "2"],
      ],
      precision: 1,
      recall: 0.5,
    },
    {
      name: "two incidents joined",
      pairs: [
        ["a", "1"],
        ["b", "1"],
      ],
      precision: 0.5,
      recall: 1,
    },
  ] as const)("$name", ({ pairs, precision, recall }) => {
    expect(bcubed(pairs)).toEqual({ precision, recall });
  });
});

describe("unseen clustering bank", () => {
  it.each([["round1", CLUSTER_ROUND_1] as const, ["round2", CLUSTER_ROUND_2] as const])(
    "%s stays at or above its floors",
    (round, cases) => {
      const run = runBank(cases);
      const floor = FLOORS[round];
      const shown = `P ${run.precision.toFixed(3)} R ${run.recall.toFixed(3)}\n${run.predicted.map((g) => g.join("  ")).join("\n")}`;
      expect(run.precision, shown).toBeGreaterThanOrEqual(floor.precision - 1e-9);
      expect(run.recall, shown).toBeGreaterThanOrEqual(floor.recall - 1e-9);
    },
  );

  it("has at least 40 articles in at least 15 incidents in round 1, 20 more in round 2, no id twice", () => {
    expect(CLUSTER_ROUND_1.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CLUSTER_ROUND_1.map((k) => k.incident)).size).toBeGreaterThanOrEqual(15);
    expect(CLUSTER_ROUND_2.length).toBeGreaterThanOrEqual(20);
    const all = [...CLUSTER_ROUND_1, ...CLUSTER_ROUND_2];
    expect(new Set(all.map((k) => k.id)).size).toBe(all.length);
  });
});

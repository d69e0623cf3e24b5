// The clustering bank (unseen-cluster-bank.ts) through extraction and clustering as `npm run --silent extract` runs
// them, scored with B-cubed like ../shared/eval/score.mjs. The floors are what the clustering reaches; a change that
// splits one incident (recall) or joins two (precision) below them fails here. Splits that come from extraction (an
// article read as not relevant, a victim not found) count too: the eval counts them.
import { describe, expect, it } from "vitest";
import { bcubed, runBank } from "./bank-bcubed";
import { CLUSTER_ROUND_1 } from "./unseen-cluster-bank";

// Round 1 before any clustering change: precision 0.957 (0.9565), recall 0.710; after name forms: recall 0.786; after mentions: recall 0.848 (0.8478); after later attacks: precision 1.000.
const FLOORS = { round1: { precision: 1, recall: 0.847 } };

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
  it.each([["round1", CLUSTER_ROUND_1] as const])("%s stays at or above its floors", (round, cases) => {
    const run = runBank(cases);
    const floor = FLOORS[round];
    const shown = `P ${run.precision.toFixed(3)} R ${run.recall.toFixed(3)}\n${run.predicted.map((g) => g.join("  ")).join("\n")}`;
    expect(run.precision, shown).toBeGreaterThanOrEqual(floor.precision - 1e-9);
    expect(run.recall, shown).toBeGreaterThanOrEqual(floor.recall - 1e-9);
  });

  it("has at least 40 articles in at least 15 incidents per its brief", () => {
    expect(CLUSTER_ROUND_1.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CLUSTER_ROUND_1.map((k) => k.incident)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(CLUSTER_ROUND_1.map((k) => k.id)).size).toBe(CLUSTER_ROUND_1.length);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedSearch, monthsBetween, rankWindow } from "../../src/search/embedded";
import { tagToken } from "../../src/search/fts-query";
import type { SearchIndex } from "../../src/search/search-index";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS } from "../fixtures/search/incidents";
import { query } from "./contract";

describe("the relevance window", () => {
  const months = monthsBetween("2023-11", "2024-08");
  const per = (counts: Record<string, number>) => (run: string[]) => run.reduce((n, m) => n + (counts[m] ?? 0), 0);

  it.each<[string, Record<string, number>, number, string[] | null]>([
    ["the newest month alone when it fills the window", { "2024-08": 5 }, 5, ["2024-08"]],
    ["the first two runs (1 + 2 months) when they suffice", { "2024-08": 1, "2024-06": 2 }, 3, ["2024-08", "2024-07", "2024-06"]],
    ["three runs (1 + 2 + 4 months)", { "2024-08": 1, "2024-07": 1, "2024-03": 1 }, 3, months.slice(0, 7)],
    ["no window when only the last run completes it", { "2024-08": 1, "2023-11": 5 }, 3, null],
    ["no window when every month together falls short", { "2024-08": 1 }, 3, null],
  ])("takes %s", async (_name, counts, want, expected) => {
    expect(await rankWindow(months, want, per(counts))).toEqual(expected);
  });

  it("asks for one count per run, not per month", async () => {
    const runs: string[][] = [];
    await rankWindow(months, 100, (run) => (runs.push(run), 0));
    expect(runs.map((r) => r.length)).toEqual([1, 2, 4]);
  });

  it.each([
    ["2023-11", "2024-02", ["2024-02", "2024-01", "2023-12", "2023-11"]],
    ["2024-05", "2024-05", ["2024-05"]],
  ])("lists calendar months from %s to %s newest first", (lo, hi, expected) => {
    expect(monthsBetween(lo, hi)).toEqual(expected);
  });
});

describe("the embedded index with a small relevance window", () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), { groups: FIXTURE_GROUPS, rankWindow: 3 });
    await index.upsert(FIXTURE_INCIDENTS);
  });

  it("ranks only the newest months' matches but still counts every match", async () => {
    const r = await index.search(query({ q: "hospital", sort: "relevance", limit: 3 }));
    expect(r.total).toBe(11);
    // The three newest months with a "hospital" match: 2024-10, 2024-09 and 2024-06.
    expect(r.hits.map((h) => h.id).sort()).toEqual(["inc_fx06", "inc_fx27", "inc_fx30"]);
  });

  it("finds nothing when a filter tag is typed as text", async () => {
    expect((await index.search(query({ q: tagToken("v", "hospital") }))).total).toBe(0);
    expect((await index.search(query({ q: "\ue002v" }))).total).toBe(0);
  });

  it("reaches pages beyond the window by widening it", async () => {
    const r = await index.search(query({ q: "hospital", sort: "relevance", page: 4, limit: 3 }));
    expect(r.hits).toHaveLength(2);
  });

  it.each([
    ["a common word", { q: "hospital" }],
    ["a word and a filter", { q: "ransomware", country: ["GB"] }],
    ["a word and dates", { q: "hospital", since: "2022-01-01" }],
  ])("gives the same page with and without facets for %s", async (_name, over) => {
    const withFacets = await index.search(query({ sort: "relevance", limit: 3, ...over }));
    const without = await index.search(query({ sort: "relevance", limit: 3, facets: false, ...over }));
    expect(without.hits.map((h) => h.id)).toEqual(withFacets.hits.map((h) => h.id));
    expect(without.total).toBe(withFacets.total);
    expect(without.facets.victim_type).toEqual({});
  });
});

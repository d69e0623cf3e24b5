import { beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedSearch, rankWindow } from "../../src/search/embedded";
import type { SearchIndex } from "../../src/search/search-index";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS } from "../fixtures/search/incidents";
import { query } from "./contract";

describe("the relevance window", () => {
  it.each<[string, Record<string, number>, number, number, string[] | null]>([
    ["no window when every match fits", { "2024-01": 3, "2024-02": 2 }, 5, 5, null],
    ["the newest months until the window is full", { "2024-01": 3, "2024-03": 2, "2024-02": 2 }, 7, 4, ["2024-03", "2024-02"]],
    ["one month when it alone fills the window", { "2023-12": 9, "2024-01": 10 }, 19, 10, ["2024-01"]],
    ["every known month when probing stopped short", { "2024-01": 1 }, 50, 10, ["2024-01"]],
  ])("%s", (_name, counts, total, want, expected) => {
    expect(rankWindow(counts, total, want)).toEqual(expected);
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

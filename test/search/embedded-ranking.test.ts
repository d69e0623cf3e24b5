import { beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedSearch, rankWindow } from "../../src/search/embedded";
import { FILTERED_RANK_WINDOW, RANK_WINDOW } from "../../src/search/embedded-selection";
import { tagToken } from "../../src/search/fts-query";
import type { SearchIndex } from "../../src/search/search-index";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS } from "../fixtures/search/incidents";
import type { SearchQuery } from "../../src/model";
import { query } from "./contract";

describe("the relevance window", () => {
  // Ten calendar months, newest first (0 = the newest month of the index).
  it.each<[string, number, number | null]>([
    ["the newest month alone when the want-th newest match began in it", 0, 1],
    ["three months when it began two months back", 2, 3],
    ["seven months when it began six months back", 6, 7],
    ["no window when it began in the oldest month", 9, null],
    ["no window when every month together falls short", 10, null],
  ])("takes %s", (_name, k, expected) => {
    expect(rankWindow(10, k)).toBe(expected);
  });

  it("stops at the month of the want-th newest match, not at the end of a longer run", () => {
    expect([0, 1, 2, 3, 4, 6, 7, 14, 15, 30].map((k) => rankWindow(100, k))).toEqual([1, 2, 3, 4, 5, 7, 8, 15, 16, 31]);
  });
});

describe("the embedded index with a small relevance window", () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
      groups: FIXTURE_GROUPS,
      rankWindow: 3,
    });
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

describe("the relevance window of a search with filters", () => {
  it("ranks the newest 500 matches or more of a search with filters or dates, 1,000 of one without", () => {
    expect({ filtered: FILTERED_RANK_WINDOW, unfiltered: RANK_WINDOW }).toEqual({ filtered: 500, unfiltered: 1_000 });
  });

  // A page of two ranks the matches of the newest months holding two of them (filteredRankWindow 1) where
  // rankWindow 3 alone ranks those of the months holding three, which reach an older, better match.
  it.each<[string, Partial<SearchQuery>, string[], string[]]>([
    ["a filter", { q: "hospital", victim_type: ["hospital"] }, ["inc_fx30", "inc_fx27"], ["inc_fx21", "inc_fx30"]],
    ["a date", { q: "data", since: "2020-01-01" }, ["inc_fx10", "inc_fx05"], ["inc_fx10", "inc_fx23"]],
    ["no filter", { q: "hospital" }, ["inc_fx30", "inc_fx27"], ["inc_fx30", "inc_fx27"]],
  ])("takes its own window for a search with %s", async (_name, over, small, whole) => {
    const page = async (options: { rankWindow: number; filteredRankWindow?: number }, memoryFacets: boolean) => {
      const index = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
        groups: FIXTURE_GROUPS,
        memoryFacets,
        ...options,
      });
      await index.upsert(FIXTURE_INCIDENTS);
      return (await index.search(query({ sort: "relevance", limit: 2, ...over }))).hits.map((h) => h.id);
    };
    for (const memoryFacets of [false, true]) {
      expect(await page({ rankWindow: 3, filteredRankWindow: 1 }, memoryFacets)).toEqual(small);
      expect(await page({ rankWindow: 3 }, memoryFacets)).toEqual(whole);
    }
  });
});

describe("a typed last word, whether or not longer terms extend it", () => {
  it.each(["hospital", "ransomware", "northvale", "pathology", "operations", "zebrafish"])(
    "finds the incidents its prefix finds, ranked by bm25 of the word or the indexed terms extending it, for %s",
    async (word) => {
      const db = openSqliteDatabase(":memory:");
      const index = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS });
      await index.upsert(FIXTURE_INCIDENTS);
      const r = await index.search(query({ q: word, sort: "relevance", limit: 100 }));
      const ids = (match: string) =>
        db
          .prepare(
            `SELECT p.doc FROM search_fts JOIN search_payload p ON p.id = search_fts.rowid WHERE search_fts MATCH ? ORDER BY rank`,
          )
          .pluck()
          .all(match)
          .map((doc) => (JSON.parse(doc as string) as { id: string }).id);
      const byPrefix = ids(`"${word}"*`);
      const terms = db
        .prepare(`SELECT term FROM search_vocab WHERE term >= ? AND term < ?`)
        .pluck()
        .all(`${word}0`, `${word}\uffff`) as string[];
      expect([...r.hits.map((h) => h.id)].sort()).toEqual([...byPrefix].sort());
      expect(r.total).toBe(byPrefix.length);
      expect(r.hits.map((h) => h.id)).toEqual(ids([word, ...terms].map((t) => `"${t}"`).join(" OR ")));
    },
  );

  it("has fixtures in which a longer indexed term extends a typed word, so the ranking above is put to the test", async () => {
    const db = openSqliteDatabase(":memory:");
    await createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS }).upsert(FIXTURE_INCIDENTS);
    const extended = db
      .prepare(`SELECT COUNT(*) FROM search_vocab WHERE term >= 'hospital0' AND term < 'hospitam'`)
      .pluck()
      .get() as number;
    expect(extended, "the fixtures hold 'hospitals' as well as 'hospital'").toBeGreaterThan(0);
  });
});

describe("snippets of a page ranked by relevance", () => {
  it.each([
    ["a word", { q: "hospital" }],
    ["a word and a filter", { q: "hospital", country: ["GB", "US"] }],
    ["a prefix and a filter", { q: "ransom", victim_type: ["hospital"] }],
    ["two words, the last one a longer prefix", { q: "ransomware operatio" }],
  ])("are the ones a newest-first page of the text alone shows, for %s", async (_name, over) => {
    const index = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
      groups: FIXTURE_GROUPS,
      rankWindow: 3,
    });
    await index.upsert(FIXTURE_INCIDENTS);
    const ranked = await index.search(query({ sort: "relevance", limit: 100, ...over }));
    const newest = await index.search(query({ sort: "newest", limit: 100, q: over.q }));
    expect(ranked.hits.length).toBeGreaterThan(0);
    const snippetOf = new Map(newest.hits.map((h) => [h.id, h.snippet]));
    for (const hit of ranked.hits) {
      expect(hit.snippet).toMatch(/<mark>/);
      expect(hit.snippet).toBe(snippetOf.get(hit.id));
    }
  });
});

describe("snippets read for a page", () => {
  it.each([
    ["newest first", { sort: "newest" as const }, false],
    ["by relevance, facets counted in memory", { sort: "relevance" as const }, true],
  ])("are taken for the page's rows alone when it holds a single hit (%s)", async (_name, over, memoryFacets) => {
    const client = sqliteClient(openSqliteDatabase(":memory:"));
    const snippeted: number[] = [];
    const spy = {
      ...client,
      all: async <T>(sql: string, params?: unknown[]) => {
        const rows = await client.all<T>(sql, params);
        if (sql.includes("snippet(")) snippeted.push(rows.length);
        return rows;
      },
    };
    const index = createEmbeddedSearch(spy, { groups: FIXTURE_GROUPS, memoryFacets });
    await index.upsert(FIXTURE_INCIDENTS);
    expect((await index.search(query({ q: "hospital", limit: 100 }))).total).toBeGreaterThan(5);
    snippeted.length = 0;
    // A bound rowid reaches FTS5 as a REAL, which it ignores: one id alone once snippeted every match.
    const r = await index.search(query({ q: "hospital", attacker: ["lockbit"], country: ["GB"], ...over }));
    expect(r.total).toBe(1);
    expect(r.hits[0]!.snippet).toMatch(/<mark>/);
    expect(snippeted).toEqual([1]);
  });
});

import { describe, expect, it } from "vitest";
import type { Incident, SearchQuery, SearchResult } from "../../src/model";
import { createEmbeddedSearch } from "../../src/search/embedded";
import type { SearchIndex } from "../../src/search/search-index";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { gazetteer, inBatches, syntheticIncidents, syntheticSourceTexts } from "../../bench/search.bench";
import { query } from "./contract";

// The bench's generated corpus, small: Zipf words, so that short title words are heavy prefixes (most
// documents' sources hold a word starting so), as at 100,000 incidents.
const groups = gazetteer();
const corpus = [...syntheticIncidents(500, groups, true)];
const sourceTexts = syntheticSourceTexts(true);

/** A title word of at least four letters from every tenth incident: heavy prefixes and rare words alike. */
const words = [
  ...new Set(
    corpus
      .filter((_, i) => i % 10 === 0)
      .map((incident) =>
        incident.title
          .toLowerCase()
          .split(/\s+/)
          .find((w) => /^[a-z]{4,}$/.test(w)),
      )
      .filter((w): w is string => w !== undefined),
  ),
].slice(0, 8);
const filters: Partial<SearchQuery>[] = [
  { victim_type: ["hospital"], country: ["US"] },
  { victim_type: ["clinic"], country: ["GB"] },
  { victim_type: ["dental"], country: ["FR"] },
  { victim_type: ["hospital", "clinic"], country: ["DE"], impact: ["data-leaked"] },
  { attacker: [groups[0]!.slug, groups[1]!.slug], impact: ["operations-cancelled"] },
];

/** What a reader sees of a result: the hits in order with their snippets, the total and every facet. */
const seen = (r: SearchResult) => ({
  hits: r.hits.map((h) => [h.id, h.snippet ?? null]),
  total: r.total,
  facets: r.facets,
});

/**
 * Every word alone and with each set of filters, by relevance (pages 1 and 2) and newest first, with and
 * without facets, asked of both indexes in the same order: the in-memory path keeps lists of matches
 * between searches, which must never change an answer.
 */
async function expectSameAnswers(sql: SearchIndex, memory: SearchIndex): Promise<void> {
  for (const q of words)
    for (const over of [{}, ...filters])
      for (const [sort, page] of [
        ["relevance", 1],
        ["relevance", 2],
        ["newest", 1],
      ] as const) {
        const search = query({ q, ...over, sort, page, limit: 5 });
        expect(seen(await memory.search(search)), JSON.stringify(search)).toEqual(seen(await sql.search(search)));
        const bare = { ...search, facets: false };
        expect((await memory.search(bare)).hits.map((h) => h.id)).toEqual(
          (await sql.search(bare)).hits.map((h) => h.id),
        );
      }
}

describe("embedded search: in-memory facets and match lists answer as SQL does", () => {
  it("on a generated corpus, before and after updates, removals and a reindex", async () => {
    // A small relevance window, so that ranking among the matches of recent months is put to the test.
    const make = (memoryFacets: boolean) =>
      createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
        groups,
        sourceTexts,
        rankWindow: 20,
        memoryFacets,
      });
    const sql = make(false);
    const memory = make(true);
    for (const index of [sql, memory]) await index.upsert(corpus);
    expect(words).toHaveLength(8);
    await expectSameAnswers(sql, memory);

    // Updates after the match lists are kept: new words in titles, other victim types and countries, months moved.
    const updated: Incident[] = corpus.slice(0, 60).map((incident, i) => ({
      ...incident,
      title: `${incident.title} ${words[i % words.length]}`,
      victim: { ...incident.victim, type: i % 2 ? "dental" : "hospital", country: i % 3 ? "FR" : "US" },
      first_seen: i % 4 ? incident.first_seen : "2025-11-02T10:00:00.000Z",
    }));
    for (const index of [sql, memory]) await index.upsert(updated);
    await expectSameAnswers(sql, memory);

    const removed = corpus.slice(100, 160).map((incident) => incident.id);
    for (const index of [sql, memory]) await index.remove(removed);
    await expectSameAnswers(sql, memory);

    // A reindex of another corpus: the first 300 incidents, their titles reversed.
    const again = corpus.slice(0, 300).map((incident) => ({
      ...incident,
      title: incident.title.split(" ").reverse().join(" "),
    }));
    for (const index of [sql, memory]) await index.rebuild(inBatches(again, 64));
    await expectSameAnswers(sql, memory);
  }, 120_000);
});

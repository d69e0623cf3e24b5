import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SearchQuery } from "../../src/model";
import type { SqlStatement } from "../../src/lib/sql-client";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS, fixtureSourceTexts } from "../fixtures/search/incidents";
import { query, searchContract } from "./contract";

searchContract("embedded (SQLite FTS5)", async () => {
  const client = sqliteClient(openSqliteDatabase(":memory:"));
  return {
    index: createEmbeddedSearch(client, { groups: FIXTURE_GROUPS, sourceTexts: fixtureSourceTexts }),
    dispose: () => client.close(),
  };
});

searchContract("embedded (SQLite FTS5), facets counted in memory", async () => {
  const client = sqliteClient(openSqliteDatabase(":memory:"));
  return {
    index: createEmbeddedSearch(client, {
      groups: FIXTURE_GROUPS,
      sourceTexts: fixtureSourceTexts,
      memoryFacets: true,
    }),
    dispose: () => client.close(),
  };
});

/** A text most fixture incidents match. */
const MOST = "hospital OR in OR the OR a OR of OR to OR and OR ransomware";

describe("facets counted in memory", () => {
  const dir = mkdtempSync(join(tmpdir(), "medbreach-facet-memory-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("follows what another connection writes to the same file", async () => {
    const path = join(dir, "shared.sqlite");
    const reader = sqliteClient(openSqliteDatabase(path));
    const writer = sqliteClient(openSqliteDatabase(path));
    const counting = createEmbeddedSearch(reader, { groups: FIXTURE_GROUPS, memoryFacets: true });
    const writing = createEmbeddedSearch(writer, { groups: FIXTURE_GROUPS });
    await writing.upsert(FIXTURE_INCIDENTS.slice(0, 10));
    expect((await counting.search(query({ q: "lockbit" }))).facets.attacker_groups).toEqual({ LockBit: 2 });
    await writing.upsert(FIXTURE_INCIDENTS.slice(10));
    const after = await counting.search(query({ q: "lockbit" }));
    expect(after.facets.attacker_groups).toEqual({ LockBit: 5 });
    expect(after.total).toBe(5);
    await reader.close();
    await writer.close();
  });

  it("patches its table on its own writes, as reading it afresh would have it", async () => {
    const db = openSqliteDatabase(":memory:");
    const client = sqliteClient(db);
    const memory = createEmbeddedSearch(client, { groups: FIXTURE_GROUPS, memoryFacets: true });
    await memory.upsert(FIXTURE_INCIDENTS.slice(0, 20));
    expect((await memory.search(query())).total).toBe(20);
    const moved = {
      ...FIXTURE_INCIDENTS[0]!,
      first_seen: "2019-05-01T09:00:00.000Z",
      impact: ["data-leaked" as const],
      attacker_groups: [{ name: "Qilin", slug: "qilin" }],
    };
    await memory.upsert([moved, ...FIXTURE_INCIDENTS.slice(20)]);
    await memory.remove(["inc_fx02", "inc_fx03"]);
    const patched = await memory.search(query({ q: "hospital" }));
    const fresh = await createEmbeddedSearch(client, { groups: FIXTURE_GROUPS, memoryFacets: true }).search(
      query({ q: "hospital" }),
    );
    expect(patched.facets).toEqual(fresh.facets);
    expect(patched.total).toBe(fresh.total);
    const all = await memory.search(query());
    expect(all.total).toBe(28);
    expect(all.facets.impact["data-leaked"]).toBe(1);
    // A status that changes (claimed, then confirmed) moves the incident between the two counts.
    await memory.upsert([{ ...FIXTURE_INCIDENTS[20]!, claim: "claimed" }]);
    expect((await memory.search(query({ claim: ["claimed"] }))).facets.claim).toEqual({ claimed: 4, confirmed: 24 });
    await memory.upsert([{ ...FIXTURE_INCIDENTS[20]!, claim: "confirmed" }]);
    expect((await memory.search(query({ claim: ["claimed"] }))).total).toBe(3);
    expect(all.facets.year["2019"]).toBe(1);
  });

  it.each<[string, string]>([
    ["its own write", "own"],
    ["another connection's write", "other"],
  ])("finds a name by its typo once %s brought the name in", async (_name, who) => {
    const path = join(dir, `names-${who}.sqlite`);
    const reader = sqliteClient(openSqliteDatabase(path));
    const writer = who === "own" ? reader : sqliteClient(openSqliteDatabase(path));
    const memory = createEmbeddedSearch(reader, { groups: FIXTURE_GROUPS, memoryFacets: true });
    const writing = who === "own" ? memory : createEmbeddedSearch(writer, { groups: FIXTURE_GROUPS });
    await writing.upsert(FIXTURE_INCIDENTS.slice(0, 10));
    expect((await memory.search(query({ q: "quendrith" }))).total).toBe(0);
    const named = {
      ...FIXTURE_INCIDENTS[0]!,
      id: "inc_named",
      victim: { ...FIXTURE_INCIDENTS[0]!.victim, orgs: ["Quendrith Hospital"] },
    };
    await writing.upsert([named]);
    expect((await memory.search(query({ q: "quendrth" }))).hits.map((h) => h.id)).toEqual(["inc_named"]);
    await reader.close();
    if (writer !== reader) await writer.close();
  });

  it("ranks a text with filters as SQL does inside a small relevance window, whether FTS5 gets the filters or not", async () => {
    const sql = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
      groups: FIXTURE_GROUPS,
      sourceTexts: fixtureSourceTexts,
      rankWindow: 2,
    });
    const client = sqliteClient(openSqliteDatabase(":memory:"));
    const statements: string[] = [];
    const recording = { ...client, all: <T>(s: string, p?: unknown[]) => (statements.push(s), client.all<T>(s, p)) };
    const memory = createEmbeddedSearch(recording, {
      groups: FIXTURE_GROUPS,
      sourceTexts: fixtureSourceTexts,
      rankWindow: 2,
      memoryFacets: true,
    });
    await sql.upsert(FIXTURE_INCIDENTS);
    await memory.upsert(FIXTURE_INCIDENTS);
    const overs: Partial<SearchQuery>[] = [
      // Fewer matches of the text than documents tagged with the filters' values: the text alone, among those that pass.
      { q: "ransomware", country: ["GB", "US"] },
      { q: "hospital", victim_type: ["hospital"], since: "2022-01-01" },
      // More: the filters' tags in the MATCH.
      { q: MOST, attacker: ["clop", "lockbit"] },
      { q: "ransomware OR data OR hospital", impact: ["operations-cancelled"] },
    ];
    for (const over of overs)
      for (const page of [1, 2, 3]) {
        const q = query({ ...over, sort: "relevance", limit: 2, page });
        const [a, b] = [await sql.search(q), await memory.search(q)];
        expect(b.hits.map((h) => [h.id, h.snippet])).toEqual(a.hits.map((h) => [h.id, h.snippet]));
        expect(b.total).toBe(a.total);
      }
    expect(statements.some((s) => s.includes("json_each"))).toBe(true);
    expect(statements.some((s) => s.includes("ORDER BY search_fts.rank"))).toBe(true);
  });

  it("ranks the documents that pass among the text's matches holding the rarest filter's tags, as SQL ranks them", async () => {
    const sql = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
      groups: FIXTURE_GROUPS,
      sourceTexts: fixtureSourceTexts,
    });
    const client = sqliteClient(openSqliteDatabase(":memory:"));
    const matches: string[] = [];
    const recording = {
      ...client,
      all: <T>(s: string, p?: unknown[]) => {
        if (s.includes("json_each")) matches.push(String(p?.[0]));
        return client.all<T>(s, p);
      },
    };
    const memory = createEmbeddedSearch(recording, {
      groups: FIXTURE_GROUPS,
      sourceTexts: fixtureSourceTexts,
      memoryFacets: true,
    });
    await sql.upsert(FIXTURE_INCIDENTS);
    await memory.upsert(FIXTURE_INCIDENTS);
    const filters: Partial<SearchQuery>[] = [
      { victim_type: ["hospital"], country: ["DE"] },
      { victim_type: ["hospital"], country: ["US", "FR"] },
      { attacker: ["lockbit"], country: ["GB"] },
      { victim_type: ["laboratory", "hospital"], impact: ["operations-cancelled"] },
      // Filters most documents pass: no tags are fewer than a rare text's matches.
      { victim_type: ["hospital", "clinic", "laboratory", "dental"], country: ["GB", "US", "DE"] },
    ];
    for (const q of ["ransomware", "hospital", "data", "attack", "patients", MOST])
      for (const over of filters)
        for (const page of [1, 2]) {
          const search = query({ q, ...over, sort: "relevance", limit: 2, page });
          const [a, b] = [await sql.search(search), await memory.search(search)];
          expect(b.hits.map((h) => [h.id, h.snippet])).toEqual(a.hits.map((h) => [h.id, h.snippet]));
          expect(b.total).toBe(a.total);
          expect(b.facets).toEqual(a.facets);
        }
    // The rarest filter joined the text in the MATCH that ranks the id list, and at times it did not.
    expect(matches.some((m) => m.includes("tags :"))).toBe(true);
    expect(matches.some((m) => !m.includes("tags :"))).toBe(true);
  });

  it("reads the documents a write replaces once, for their hashes and for the ids the facet table drops", async () => {
    const client = sqliteClient(openSqliteDatabase(":memory:"));
    const log: string[] = [];
    const recording = {
      ...client,
      all: <T>(s: string, p?: unknown[]) => (log.push(s), client.all<T>(s, p)),
      batch: (statements: SqlStatement[]) => (log.push("batch"), client.batch(statements)),
    };
    const index = createEmbeddedSearch(recording, { groups: FIXTURE_GROUPS, memoryFacets: true });
    await index.upsert(FIXTURE_INCIDENTS.slice(0, 10));
    await index.search(query({ q: "hospital" }));
    log.length = 0;
    await index.upsert(FIXTURE_INCIDENTS);
    const beforeWriting = log.slice(0, log.indexOf("batch"));
    expect(beforeWriting.filter((s) => /FROM search_docs WHERE incident_id IN/.test(s))).toHaveLength(1);
    const fresh = createEmbeddedSearch(client, { groups: FIXTURE_GROUPS, memoryFacets: true });
    expect((await index.search(query({ q: "hospital" }))).facets).toEqual(
      (await fresh.search(query({ q: "hospital" }))).facets,
    );
  });

  it("filters and orders dates written in other forms as SQL compares them", async () => {
    // The pipeline writes toISOString's form; anything else is kept and compared as written.
    const forms = ["2024-01-08T09:00:00Z", "2024-01-08", "2023-02-30T10:00:00.000Z", "2024-01-08T09:00:00.000+01:00"];
    const incidents = FIXTURE_INCIDENTS.map((incident, i) =>
      i % 3 === 0
        ? { ...incident, first_seen: forms[i % forms.length]!, last_seen: forms[(i + 1) % forms.length]! }
        : incident,
    );
    const sql = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), { groups: FIXTURE_GROUPS });
    const memory = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
      groups: FIXTURE_GROUPS,
      memoryFacets: true,
    });
    await sql.upsert(incidents);
    await memory.upsert(incidents);
    for (const q of [
      query({ sort: "newest", since: "2024-01-08" }),
      query({ sort: "newest", until: "2024-01-07" }),
      query({ q: "hospital", sort: "newest", since: "2023-01-01", until: "2024-01-08" }),
      query({ sort: "newest", victim_type: ["hospital"], limit: 100 }),
    ]) {
      const [a, b] = [await sql.search(q), await memory.search(q)];
      expect(b.total).toBe(a.total);
      expect(b.facets).toEqual(a.facets);
      expect(b.hits.map((h) => h.id)).toEqual(a.hits.map((h) => h.id));
    }
  });

  it("has a text that matches most incidents, so counting everything less the misses is put to the test", async () => {
    const index = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), { groups: FIXTURE_GROUPS });
    await index.upsert(FIXTURE_INCIDENTS);
    expect((await index.search(query({ q: MOST }))).total).toBeGreaterThan(FIXTURE_INCIDENTS.length / 2);
  });

  it("gives the same answers as counting in SQL, pages included", async () => {
    const sql = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), { groups: FIXTURE_GROUPS });
    const memory = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), {
      groups: FIXTURE_GROUPS,
      memoryFacets: true,
    });
    await sql.upsert(FIXTURE_INCIDENTS);
    await memory.upsert(FIXTURE_INCIDENTS);
    for (const q of [
      query({ q: "hospital", limit: 5, page: 2 }),
      query({ q: "ransomware", sort: "relevance", country: ["GB", "US"] }),
      query({ attacker: ["lockbit", "qilin"], victim_type: ["hospital"], impact: ["operations-cancelled"] }),
      query({ since: "2023-01-01", until: "2023-12-31", attack_type: ["ransomware"] }),
      query({ claim: ["claimed"], attacker: ["rhysida", "clop"] }),
      query({ q: "leak", claim: ["confirmed"], country: ["US"] }),
      // A filter no document satisfies still counts the facets of the documents failing it alone.
      query({ q: "hospital", attacker: ["no-such-group"], impact: ["operations-cancelled"] }),
      query({
        victim_type: ["hospital", "clinic"],
        country: ["GB"],
        attack_type: ["ransomware"],
        claim: ["confirmed"],
      }),
      // Matches most incidents: counted as every incident less those it misses.
      query({ q: MOST, limit: 5, page: 3 }),
    ]) {
      const [a, b] = [await sql.search(q), await memory.search(q)];
      expect(b.total).toBe(a.total);
      expect(b.facets).toEqual(a.facets);
      expect(b.hits.map((h) => h.id)).toEqual(a.hits.map((h) => h.id));
      // Without facets, once the text's matches are kept.
      const [c, d] = [await sql.search({ ...q, facets: false }), await memory.search({ ...q, facets: false })];
      expect(d).toEqual(c);
    }
  });

  it("lists a text's matches passing all filters but one when two filters leave few, with SQL's answers", async () => {
    const sql = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), { groups: FIXTURE_GROUPS });
    const client = sqliteClient(openSqliteDatabase(":memory:"));
    const listings: string[] = [];
    const memory = createEmbeddedSearch(
      {
        ...client,
        all: (sqlText, params) => {
          if (sqlText.includes("group_concat(rowid")) listings.push(String(params?.[0]));
          return client.all(sqlText, params);
        },
      },
      { groups: FIXTURE_GROUPS, memoryFacets: true },
    );
    await sql.upsert(FIXTURE_INCIDENTS);
    await memory.upsert(FIXTURE_INCIDENTS);
    // A tenth of the fixture is clinics, a tenth German: a fifth passes either.
    for (const q of [
      query({ q: MOST, sort: "relevance", victim_type: ["clinic"], country: ["DE"] }),
      query({ q: MOST, sort: "relevance", victim_type: ["clinic"], country: ["DE"], limit: 2, page: 2 }),
      query({
        q: "ransomware",
        sort: "relevance",
        attacker: ["lockbit", "qilin"],
        victim_type: ["hospital"],
        country: ["GB"],
      }),
      query({ q: "hospital", victim_type: ["clinic"], country: ["DE"], since: "2022-01-01" }),
    ]) {
      listings.length = 0;
      const [a, b] = [await sql.search(q), await memory.search(q)];
      expect(listings.every((l) => l.includes("tags :"))).toBe(true);
      expect(b.total).toBe(a.total);
      expect(b.facets).toEqual(a.facets);
      expect(b.hits.map((h) => h.id)).toEqual(a.hits.map((h) => h.id));
      const [c, d] = [await sql.search({ ...q, facets: false }), await memory.search({ ...q, facets: false })];
      expect(d).toEqual(c);
    }
    // Once the text's own matches are kept (a search without filters), they are read instead.
    await memory.search(query({ q: "ransomware" }));
    listings.length = 0;
    await memory.search(query({ q: "ransomware", victim_type: ["hospital"], country: ["US"] }));
    expect(listings).toEqual([]);
  });
});

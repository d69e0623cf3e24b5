import Database from "better-sqlite3";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SearchQuery } from "../../src/model";
import type { SearchIndex } from "../../src/search/search-index";
import { MONTH_SPAN, monthIndex } from "../../src/search/doc-ids";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { toSearchDocument, aliasLookup } from "../../src/search/search-document";
import { applyMigrations, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS } from "../fixtures/search/incidents";
import { MIGRATIONS_DIR } from "../worker/migrations";
import { query } from "./contract";

const dir = mkdtempSync(join(tmpdir(), "medbreach-search-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database with the search index as 0001–0004 laid it out: ids in insertion order, whatever the month. */
function databaseBefore0005(): Database.Database {
  const old = join(dir, "old-migrations");
  rmSync(old, { recursive: true, force: true });
  mkdirSync(old);
  for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => /^000[1-4]_/.test(f)))
    copyFileSync(join(MIGRATIONS_DIR, f), join(old, f));
  const db = new Database(":memory:");
  applyMigrations(db, old);
  const aliases = aliasLookup(FIXTURE_GROUPS);
  FIXTURE_INCIDENTS.forEach((incident, i) => {
    const doc = toSearchDocument(incident, aliases);
    const id = i + 1;
    db.prepare(
      `INSERT INTO search_docs (id, incident_id, first_seen, last_seen, month, victim_type, country) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, incident.id, incident.first_seen, incident.last_seen, doc.month, doc.victim_type, doc.country);
    db.prepare(`INSERT INTO search_payload (id, doc) VALUES (?, ?)`).run(id, JSON.stringify(incident));
    // Impact on care was neither a facet nor a filter token before 0009, the claim status before 0011.
    const tags = doc.tags
      .split(" ")
      .filter((t) => !t.startsWith("\ue002i") && !t.startsWith("\ue002k"))
      .join(" ");
    db.prepare(`INSERT INTO search_fts (rowid, title, names, body, sources, tags) VALUES (?, ?, ?, ?, ?, ?)`).run(
      id,
      doc.title,
      doc.names,
      doc.body,
      doc.sources,
      tags,
    );
    for (const f of doc.facets.filter((f) => f.kind !== "i" && f.kind !== "k"))
      db.prepare(`INSERT INTO search_facets (doc_id, kind, value, label) VALUES (?, ?, ?, ?)`).run(
        id,
        f.kind,
        f.value,
        f.label,
      );
  });
  return db;
}

it("renumbers an existing index by month, adds impact and name words (0009) and the claim status (0011), and keeps every answer", async () => {
  const fresh = new Database(":memory:");
  applyMigrations(fresh);
  const expected = createEmbeddedSearch(sqliteClient(fresh), { groups: FIXTURE_GROUPS });
  await expected.upsert(FIXTURE_INCIDENTS);
  const questions = [
    query(),
    query({ q: "hospital", sort: "relevance" }),
    query({ q: "lock", attacker: ["lockbit"] }),
    query({ country: ["GB"], limit: 100 }),
    query({ impact: ["operations-cancelled"], country: ["GB"] }),
    query({ q: "Northvael", sort: "relevance" }),
    query({ claim: ["claimed"] }),
    query({ claim: ["confirmed"], country: ["GB"] }),
    query({ q: "Rhysida", claim: ["claimed"] }),
  ];
  const answers = [];
  for (const q of questions) answers.push(await expected.search(q));
  expect(answers[0]!.facets.claim).toEqual({ claimed: 3, confirmed: 27 });

  const db = databaseBefore0005();
  applyMigrations(db);
  const docs = db.prepare(`SELECT id, month FROM search_docs`).all() as { id: number; month: string }[];
  expect(docs).toHaveLength(30);
  for (const d of docs) expect(Math.floor(d.id / MONTH_SPAN)).toBe(monthIndex(d.month));
  const orphans = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_docs))
          + (SELECT COUNT(*) FROM search_payload WHERE id NOT IN (SELECT id FROM search_docs))
          + (SELECT COUNT(*) FROM search_facets WHERE doc_id NOT IN (SELECT id FROM search_docs))`,
    )
    .pluck()
    .get();
  expect(orphans).toBe(0);

  const after = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS });
  for (const [i, q] of questions.entries()) {
    const r = await after.search(q);
    expect(r.total).toBe(answers[i]!.total);
    expect(r.facets).toEqual(answers[i]!.facets);
    expect(r.hits.map((h) => h.id)).toEqual(answers[i]!.hits.map((h) => h.id));
  }
});

it("moves a document whose first_seen changes month, so the relevance window still finds it", async () => {
  const db = new Database(":memory:");
  applyMigrations(db);
  const index = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS, rankWindow: 1 });
  await index.upsert(FIXTURE_INCIDENTS);
  const moved = {
    ...FIXTURE_INCIDENTS[0]!,
    first_seen: "2025-02-01T09:00:00.000Z",
    last_seen: "2025-02-02T09:00:00.000Z",
  };
  await index.upsert([moved]);
  const row = db.prepare(`SELECT id FROM search_docs WHERE incident_id = ?`).get(moved.id) as { id: number };
  expect(Math.floor(row.id / MONTH_SPAN)).toBe(monthIndex("2025-02"));
  expect((await index.search(query())).total).toBe(30);
  // With a window of one match, relevance ranks only the newest month: the one the incident moved to.
  const r = await index.search(query({ q: "hospital", sort: "relevance", limit: 1 }));
  expect(r.hits.map((h) => h.id)).toEqual([moved.id]);
  expect(db.prepare(`SELECT COUNT(*) FROM search_fts`).pluck().get()).toBe(30);
});

describe("facet counts kept in count tables", () => {
  const questions = [
    query(),
    query({ victim_type: ["hospital"] }),
    query({ country: ["GB"], page: 2, limit: 3 }),
    query({ victim_type: ["hospital", "clinic"], country: ["US", "GB"] }),
    query({ victim_type: ["ambulance"], country: ["DE"] }),
    query({ sort: "relevance", limit: 100 }),
  ];
  /** The same question through the general path: a `since` before every incident changes no answer but skips the count tables. */
  const general = (q: SearchQuery) => ({ ...q, since: "1900-01-01" });

  async function expectSameAnswers(index: SearchIndex) {
    for (const q of questions) {
      const [fast, slow] = [await index.search(q), await index.search(general(q))];
      expect(fast.total).toBe(slow.total);
      expect(fast.facets).toEqual(slow.facets);
      expect(fast.hits.map((h) => h.id)).toEqual(slow.hits.map((h) => h.id));
    }
  }

  it("answer as counting the documents does, through updates, removals and rebuilds", async () => {
    const db = new Database(":memory:");
    applyMigrations(db);
    const index = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS });
    await index.upsert(FIXTURE_INCIDENTS);
    await expectSameAnswers(index);
    const changed = {
      ...FIXTURE_INCIDENTS[3]!,
      victim: { orgs: ["Elsewhere"], type: "ambulance" as const, country: "DE" },
      attacker_groups: [{ name: "Qilin", slug: "qilin" }],
    };
    await index.upsert([
      changed,
      { ...FIXTURE_INCIDENTS[4]!, victim: { ...FIXTURE_INCIDENTS[4]!.victim, type: null, country: null } },
    ]);
    await index.remove([FIXTURE_INCIDENTS[5]!.id, FIXTURE_INCIDENTS[6]!.id]);
    await expectSameAnswers(index);
    expect((await index.search(query({ victim_type: ["ambulance"], country: ["DE"] }))).total).toBe(1);
    await index.rebuild(
      (async function* () {
        yield FIXTURE_INCIDENTS.slice(10);
      })(),
    );
    await expectSameAnswers(index);
    expect((await index.search(query())).total).toBe(20);
    // No row is left counting a document that is gone.
    expect(db.prepare(`SELECT SUM(n) FROM search_counts`).pluck().get()).toBe(20);
    expect(db.prepare(`SELECT COUNT(*) FROM search_facet_counts WHERE n < 0`).pluck().get()).toBe(0);
  });

  it("are left to the end of a rebuild, while searches during it count the documents", async () => {
    const db = new Database(":memory:");
    applyMigrations(db);
    const index = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS });
    await index.upsert(FIXTURE_INCIDENTS);
    const during: number[] = [];
    await index.rebuild(
      (async function* () {
        yield FIXTURE_INCIDENTS.slice(0, 10).map((i) => ({ ...i, victim: { ...i.victim, type: "dental" as const } }));
        await expectSameAnswers(index);
        during.push((await index.search(query({ victim_type: ["dental"] }))).total);
        // An update from a poll meanwhile is counted by the rebuild's recount.
        await index.upsert([
          { ...FIXTURE_INCIDENTS[20]!, victim: { ...FIXTURE_INCIDENTS[20]!.victim, type: "dental" as const } },
        ]);
        yield FIXTURE_INCIDENTS.slice(10, 20);
      })(),
    );
    expect(during[0]).toBeGreaterThanOrEqual(10);
    await expectSameAnswers(index);
    expect((await index.search(query({ victim_type: ["dental"] }))).total).toBe(
      (await index.search(query({ victim_type: ["dental"], since: "1900-01-01" }))).total,
    );
    expect(db.prepare(`SELECT COUNT(*) FROM search_rebuilding`).pluck().get()).toBe(0);
  });

  it("also fill from an index that existed before them", async () => {
    const db = databaseBefore0005();
    applyMigrations(db);
    await expectSameAnswers(createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS }));
  });
});

describe("writing many incidents at once", () => {
  it("keeps the last version of an incident given twice in one call", async () => {
    const db = new Database(":memory:");
    applyMigrations(db);
    const index = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS });
    const first = FIXTURE_INCIDENTS[0]!;
    await index.upsert([first, { ...first, title: "Quokka outage at Northvale" }]);
    expect((await index.search(query({ q: "quokka" }))).hits.map((h) => h.id)).toEqual([first.id]);
    expect((await index.search(query())).total).toBe(1);
  });

  it("splits large documents over several statements and still writes each once", async () => {
    const db = new Database(":memory:");
    applyMigrations(db);
    const index = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS });
    // Payloads of ~300,000 characters each: more than one fits no statement.
    const big = FIXTURE_INCIDENTS.slice(0, 5).map((i) => ({
      ...i,
      summary: `${i.summary} ${"padding ".repeat(37_500)}`,
    }));
    await index.upsert(big);
    expect((await index.search(query({ limit: 100 }))).hits.map((h) => h.summary.length)).toEqual(
      expect.arrayContaining(big.map((b) => b.summary.length)),
    );
    expect(db.prepare(`SELECT COUNT(*) FROM search_payload`).pluck().get()).toBe(5);
    expect(db.prepare(`SELECT COUNT(*) FROM search_fts`).pluck().get()).toBe(5);
  });
});

it("makes the text table anew with prefix indexes of five and six characters (0012), keeping every answer, the vocabulary and the cascade", async () => {
  const old = join(dir, "before-0012");
  rmSync(old, { recursive: true, force: true });
  mkdirSync(old);
  // Every migration but 0012 itself: today's writer needs the later ones too (0013's document hash).
  for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => !f.startsWith("0012_")))
    copyFileSync(join(MIGRATIONS_DIR, f), join(old, f));
  const db = new Database(":memory:");
  applyMigrations(db, old);
  const index = createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS });
  await index.upsert(FIXTURE_INCIDENTS);
  const queries = [
    query({ q: "hospi", sort: "relevance", limit: 100 }),
    query({ q: "northvale hosp", sort: "relevance" }),
    query({ q: "ransomware", country: ["GB"], sort: "relevance" }),
    query({ q: "lock" }),
  ];
  const before = await Promise.all(queries.map((q) => index.search(q)));
  expect(before[0]!.total).toBeGreaterThan(5);
  expect(applyMigrations(db)).toContain("0012_search_prefix_5_6.sql");
  expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'search_fts'`).pluck().get()).toMatch(
    /prefix = '2 3 4 5 6'/,
  );
  expect(await Promise.all(queries.map((q) => index.search(q)))).toEqual(before);
  expect(db.prepare(`SELECT doc FROM search_vocab WHERE term = 'northvale'`).pluck().get()).toBe(1);
  await index.remove(["inc_fx01"]);
  expect((await index.search(query({ q: "northvale" }))).total).toBe(0);
  expect(db.prepare(`SELECT COUNT(*) FROM search_fts`).pluck().get()).toBe(FIXTURE_INCIDENTS.length - 1);
});

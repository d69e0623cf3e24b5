import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Incident } from "../../src/model";
import { createEmbeddedSearch } from "../../src/search/embedded";
import type { SourceTextLookup } from "../../src/search/search-document";
import { applyMigrations, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS, fixtureSourceTexts } from "../fixtures/search/incidents";
import { query } from "./contract";

/** A fresh index over an in-memory database, its source texts from `texts`. */
function indexWith(texts: SourceTextLookup = fixtureSourceTexts) {
  const db = new Database(":memory:");
  applyMigrations(db);
  return { db, index: createEmbeddedSearch(sqliteClient(db), { groups: FIXTURE_GROUPS, sourceTexts: texts }) };
}

/** The incidents whose documents `run` deleted, to write them again or drop them. */
async function deletedBy(db: Database.Database, run: () => Promise<void>): Promise<string[]> {
  db.exec(`CREATE TEMP TABLE deleted (incident_id TEXT);
    CREATE TEMP TRIGGER log_deleted AFTER DELETE ON search_docs BEGIN INSERT INTO deleted VALUES (old.incident_id); END;`);
  await run();
  const ids = db.prepare(`SELECT DISTINCT incident_id FROM deleted ORDER BY 1`).pluck().all() as string[];
  db.exec(`DROP TRIGGER log_deleted; DROP TABLE deleted;`);
  return ids;
}

async function* inOne(incidents: Incident[]): AsyncIterable<Incident[]> {
  yield incidents;
}

/** What a reader sees of some searches: ids in rank order and totals. */
async function answers(index: ReturnType<typeof indexWith>["index"]) {
  const out: unknown[] = [];
  for (const q of ["", "lockbit", "elective", "brendan", "hospital ransomware", "clop OR qilin"]) {
    const r = await index.search(query({ q }));
    out.push([q, r.total, r.hits.map((h) => h.id), r.facets]);
  }
  return out;
}

describe("a rebuild of the embedded index", () => {
  it("keeps the rows of documents it would write as they stand, and answers as before", async () => {
    const { db, index } = indexWith();
    await index.upsert(FIXTURE_INCIDENTS);
    const before = await answers(index);
    expect(await deletedBy(db, () => index.rebuild(inOne(FIXTURE_INCIDENTS)))).toEqual([]);
    expect(await answers(index)).toEqual(before);
    expect(db.prepare(`SELECT COUNT(DISTINCT gen) FROM search_docs`).pluck().get()).toBe(1);
  });

  it("writes again a document whose incident or whose sources' text changed, and only those", async () => {
    let texts = fixtureSourceTexts;
    const { db, index } = indexWith((ids) => texts(ids));
    await index.upsert(FIXTURE_INCIDENTS);
    const [first, second] = FIXTURE_INCIDENTS;
    const renamed = { ...second!, title: "Sodinokibi gang leaks Brightwater Clinic scans" };
    texts = async (articleIds) => {
      const found = new Map(await fixtureSourceTexts(articleIds));
      for (const s of first!.sources) if (found.has(s.article_id)) found.set(s.article_id, "Quenwick took patients.");
      return found;
    };
    const rebuild = () => index.rebuild(inOne([first!, renamed, ...FIXTURE_INCIDENTS.slice(2)]));
    expect(await deletedBy(db, rebuild)).toEqual([first!.id, second!.id]);
    expect((await index.search(query({ q: "quenwick" }))).hits.map((h) => h.id)).toEqual([first!.id]);
    expect((await index.search(query({ q: "elective" }))).total).toBe(0);
    expect((await index.search(query({ q: "scans brightwater" }))).hits.map((h) => h.id)).toEqual([second!.id]);
  });

  it("writes again documents indexed before their hash was kept", async () => {
    const { db, index } = indexWith();
    await index.upsert(FIXTURE_INCIDENTS);
    db.exec(`UPDATE search_docs SET hash = NULL`);
    expect(await deletedBy(db, () => index.rebuild(inOne(FIXTURE_INCIDENTS)))).toEqual(
      FIXTURE_INCIDENTS.map((i) => i.id),
    );
    expect(db.prepare(`SELECT COUNT(*) FROM search_docs WHERE hash IS NULL`).pluck().get()).toBe(0);
  });

  it("keeps answering for every incident until it completes, then drops those it was not given", async () => {
    const { index } = indexWith();
    await index.upsert(FIXTURE_INCIDENTS);
    const changed = FIXTURE_INCIDENTS.slice(0, 10).map((i) => ({ ...i, summary: `${i.summary} Rebuilt.` }));
    const during: number[] = [];
    await index.rebuild(
      (async function* () {
        yield changed;
        during.push((await index.search(query())).total, (await index.search(query({ q: "rebuilt" }))).total);
        yield FIXTURE_INCIDENTS.slice(10, 20);
        during.push((await index.search(query())).total);
      })(),
    );
    expect(during).toEqual([30, 10, 30]);
    expect((await index.search(query())).total).toBe(20);
    expect((await index.search(query({ q: "rebuilt" }))).total).toBe(10);
  });
});

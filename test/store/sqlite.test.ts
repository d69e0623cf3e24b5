import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, openSqliteDatabase, openSqliteStore } from "../../src/store/sqlite";
import { describeStoreContract } from "./store-contract";

const MIGRATIONS = join(import.meta.dirname, "../../src/store/migrations");
const dir = mkdtempSync(join(tmpdir(), "medbreach-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeStoreContract("SQLite", async () => openSqliteStore(join(dir, `db-${n++}.sqlite`)).store);

describe("SQLite migrations", () => {
  it("applies each migration once and runs in WAL mode", () => {
    const path = join(dir, "migrations.sqlite");
    const first = openSqliteDatabase(path);
    expect(first.pragma("journal_mode", { simple: true })).toBe("wal");
    const applied = first.prepare("SELECT COUNT(*) FROM schema_migrations").pluck().get() as number;
    first.close();
    const second = openSqliteDatabase(path);
    expect(second.prepare("SELECT COUNT(*) FROM schema_migrations").pluck().get()).toBe(applied);
    second.close();
  });

  it("upgrades a database written before the clustering queue: unclustered articles and one member per incident are queued", () => {
    const path = join(dir, "upgrade.sqlite");
    const before = mkdtempSync(join(tmpdir(), "medbreach-migrations-"));
    try {
      for (const name of readdirSync(MIGRATIONS).filter((f) => f < "0005"))
        copyFileSync(join(MIGRATIONS, name), join(before, name));
      const old = new Database(path);
      applyMigrations(old, before);
      old.exec(`INSERT INTO feeds (id, url, next_due_at, created_at) VALUES (1, 'https://f.example/rss', '', '')`);
      const article = (id: number, entities: string | null) =>
        old
          .prepare(
            `INSERT INTO articles (id, feed_id, url, title, site, published, first_seen, updated_at, content_html, text, content_hash, entities)
          VALUES (?, 1, ?, 't', 's', '', '', '', '', '', '', ?)`,
          )
          .run(id, `https://f.example/${id}`, entities);
      article(1, '{"relevant":true}');
      article(2, null);
      old.exec(`INSERT INTO incidents (id, first_seen, last_seen, doc) VALUES ('inc_a', '2026-01-01', '2026-01-02', '{}');
        INSERT INTO incident_keys (key, incident_id, last_seen) VALUES ('v:a', 'inc_a', '2026-01-02'), ('g:b', 'inc_a', '2026-01-02');
        INSERT INTO incident_articles (article_id, incident_id) VALUES (1, 'inc_a');`);
      old.close();

      const db = openSqliteDatabase(path);
      // The text keys cannot be hashed in SQL: re-clustering one member rebuilds the incident and files them.
      expect(db.prepare(`SELECT article_id FROM article_queue ORDER BY article_id`).pluck().all()).toEqual([1, 2]);
      expect(db.prepare(`SELECT COUNT(*) FROM incident_keys`).pluck().get()).toBe(0);
      expect(db.prepare(`SELECT id, profile FROM incidents`).all()).toEqual([{ id: "inc_a", profile: null }]);
      db.close();
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
  });

  it("dates incidents stored before material changes were kept at their last source, in the store and the search index", () => {
    const path = join(dir, "upgrade-updated.sqlite");
    const before = mkdtempSync(join(tmpdir(), "medbreach-migrations-"));
    try {
      for (const name of readdirSync(MIGRATIONS).filter((f) => f < "0008"))
        copyFileSync(join(MIGRATIONS, name), join(before, name));
      const old = new Database(path);
      applyMigrations(old, before);
      const doc = JSON.stringify({
        id: "inc_a",
        first_seen: "2026-01-01T00:00:00Z",
        last_seen: "2026-01-02T00:00:00Z",
      });
      old
        .prepare(
          `INSERT INTO incidents (id, first_seen, last_seen, doc) VALUES ('inc_a', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', ?)`,
        )
        .run(doc);
      old.prepare(`INSERT INTO search_payload (id, doc) VALUES (1, ?)`).run(doc);
      old.close();

      const db = openSqliteDatabase(path);
      expect(JSON.parse(db.prepare(`SELECT doc FROM incidents`).pluck().get() as string).updated).toBe(
        "2026-01-02T00:00:00Z",
      );
      expect(JSON.parse(db.prepare(`SELECT doc FROM search_payload`).pluck().get() as string).updated).toBe(
        "2026-01-02T00:00:00Z",
      );
      db.close();
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
  });
});

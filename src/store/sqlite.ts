import Database from "better-sqlite3";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlClient } from "../lib/sql-client";
import { createSqlStore } from "./sql-store";
import type { Store } from "./store";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Proves the database takes writes: rewriting the header's user_version is a real, committed write, so a
 * read-only file (or directory, or file system) fails here, at start, instead of on the first poll.
 */
export function assertWritable(db: Database.Database): void {
  const version = Number(db.pragma("user_version", { simple: true }));
  db.pragma(`user_version = ${version}`);
}

/** The embedded database: one SQLite file in WAL mode, migrated to the latest schema. */
export function openSqliteDatabase(path: string): Database.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // NORMAL is durable across process crashes in WAL mode; only a power loss can drop the last commits.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  applyMigrations(db);
  if (path !== ":memory:") assertWritable(db);
  return db;
}

/** Applies the `.sql` files of `src/store/migrations` not yet recorded, each in its own transaction. */
export function applyMigrations(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const done = new Set(db.prepare(`SELECT name FROM schema_migrations`).pluck().all() as string[]);
  const pending = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f) && !done.has(f))
    .sort();
  for (const name of pending) {
    const sql = readFileSync(join(dir, name), "utf8");
    db.transaction(() => {
      db.exec(sql);
      db.prepare(`INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`).run(name, new Date().toISOString());
    })();
  }
  return pending;
}

/** A `SqlClient` over better-sqlite3: synchronous inside, promises outside. */
export function sqliteClient(db: Database.Database): SqlClient {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const exec = (sql: string, params: unknown[]) => {
    const stmt = prepare(sql);
    return stmt.reader ? (stmt.all(...params) as unknown[]) : (stmt.run(...params), []);
  };
  const batch = db.transaction((statements: { sql: string; params: unknown[] }[]) =>
    statements.map((s) => exec(s.sql, s.params)),
  );
  return {
    all: async <T>(sql: string, params: unknown[] = []) => prepare(sql).all(...params) as T[],
    run: async (sql, params = []) => ({ changes: prepare(sql).run(...params).changes }),
    batch: async (statements) => batch(statements),
    close: async () => {
      db.close();
    },
  };
}

/** The embedded `Store` in the SQLite file at `path`, plus the raw handle for the embedded search index. */
export function openSqliteStore(path: string): { store: Store; db: Database.Database } {
  const db = openSqliteDatabase(path);
  return { store: createSqlStore(sqliteClient(db)), db };
}

import type { SqlClient } from "../lib/sql-client";

// The few D1 calls the adapter makes, typed structurally rather than through @cloudflare/workers-types,
// so the Node build (tests with Miniflare's Node API) can import this file without the Workers globals.

/** The part of a D1 prepared statement the adapter uses. */
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  run(): Promise<{ meta: { changes?: number } }>;
}

/** The part of a `D1Database` binding the adapter uses; `env.DB` and Miniflare's `getD1Database` both fit. */
export interface D1DatabaseLike {
  prepare(sql: string): D1StatementLike;
  batch<T = unknown>(statements: D1StatementLike[]): Promise<{ results: T[] }[]>;
}

/** D1 rejects `undefined` as a parameter where SQLite binds NULL; this keeps both adapters equal. */
function bindable(params: unknown[]): unknown[] {
  return params.map((p) => (p === undefined ? null : p));
}

function prepared(db: D1DatabaseLike, sql: string, params: unknown[] = []): D1StatementLike {
  return params.length ? db.prepare(sql).bind(...bindable(params)) : db.prepare(sql);
}

/**
 * A `SqlClient` over a D1 binding, so `createSqlStore(d1Client(env.DB))` is the Workers store.
 * `batch` maps to `db.batch`, which D1 runs as one transaction (it has no interactive ones).
 */
export function d1Client(db: D1DatabaseLike): SqlClient {
  return {
    all: async <T>(sql: string, params?: unknown[]) => (await prepared(db, sql, params).all<T>()).results,
    run: async (sql, params) => ({ changes: (await prepared(db, sql, params).run()).meta.changes ?? 0 }),
    batch: async (statements) => {
      if (statements.length === 0) return [];
      const results = await db.batch(statements.map((s) => prepared(db, s.sql, s.params)));
      return results.map((r) => r.results ?? []);
    },
    // The binding belongs to the runtime; there is nothing to close.
    close: async () => undefined,
  };
}

/** One parameterised statement. */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/**
 * The little SQL surface the store needs, implemented over better-sqlite3 and D1,
 * so both adapters run the same queries (D1 has no interactive transactions: writes that
 * must be atomic go through `batch`).
 */
export interface SqlClient {
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<{ changes: number }>;
  /** Runs the statements atomically, in order; returns the rows each one produced. */
  batch(statements: SqlStatement[]): Promise<unknown[][]>;
  close(): Promise<void>;
}

/** D1 binds at most 100 parameters per statement; every IN-list is cut to stay under it. */
export const MAX_PARAMS = 90;

/** D1 allows at most five terms in one compound SELECT (`... UNION ALL ...`). */
export const MAX_COMPOUND_TERMS = 5;

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: T[], size = MAX_PARAMS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `?, ?, ?` for an IN-list of `n` values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { D1DatabaseLike } from "../../src/store/d1";

/** The migrations folder that both the SQLite runner and `wrangler d1 migrations apply` read. */
export const MIGRATIONS_DIR = join(import.meta.dirname, "../../src/store/migrations");

/** Migration file names in the order both runners apply them. */
export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
}

/**
 * Splits a migration into statements: `;` ends one unless it sits in a string, a quoted name, a comment,
 * or a trigger body (which ends at `END;`). D1 reports only "internal error" for a failing multi-statement
 * exec, so statements go one at a time and a failure names its own SQL.
 */
export function splitSqlStatements(sql: string): string[] {
  const out: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end;
      current += "\n";
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    current += ch;
    if (ch === ";") {
      const inTrigger =
        /^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b/i.test(current) && !/\bEND\s*;$/i.test(current.trimEnd());
      if (inTrigger) continue;
      if (current.trim() !== ";") out.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * Applies every migration to a D1 database, one atomic batch per file. D1 reports only "internal error"
 * for some failures inside a batch, so a failed file is replayed statement by statement to name the culprit.
 */
export async function applyMigrationsToD1(db: D1DatabaseLike, dir = MIGRATIONS_DIR): Promise<void> {
  for (const file of migrationFiles(dir)) {
    const statements = splitSqlStatements(readFileSync(join(dir, file), "utf8"));
    try {
      await db.batch(statements.map((s) => db.prepare(s)));
    } catch (batchError) {
      for (const statement of statements) {
        try {
          await db.prepare(statement).run();
        } catch (err) {
          throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}\n${statement}`);
        }
      }
      throw batchError;
    }
  }
}

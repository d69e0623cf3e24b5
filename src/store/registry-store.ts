// The organisation registry's rows in the store (migration 0007), over the same SqlClient as the Store, so the SQLite
// file under DATA_DIR holds it beside the articles and D1 could hold it too.
import { REGISTRY_COLUMNS, type RegistryEntry, type RegistryRow } from "../model/registry";
import { chunk, type SqlClient, type SqlStatement } from "../lib/sql-client";

/** One imported file: where it came from, when, and how many of its rows were kept and rejected. */
export interface RegistryFile {
  file: string;
  origin: string;
  imported_at: string;
  rows: number;
  rejected: number;
}

/** What is imported: each file, and the rows per source key (`ods-etr`, `cms-hgi`, ...). */
export interface RegistryStatus {
  files: RegistryFile[];
  sources: { source: string; rows: number }[];
}

/** The registry's persistence: whole files in, status and extraction's fields out. */
export interface RegistryStore {
  /** Replaces the rows of `file.file` (if any) with `rows`, atomically. */
  replaceFile(file: RegistryFile, rows: RegistryRow[]): Promise<void>;
  status(): Promise<RegistryStatus>;
  countRows(): Promise<number>;
  /** Every row's name, aliases, category, country and town, for building the in-memory registry. */
  entries(): Promise<RegistryEntry[]>;
  /** Stores the compiled registry (a JSON document), replacing the previous one. */
  saveIndex(data: string, builtAt: string): Promise<void>;
  /** The compiled registry last stored, or null. */
  loadIndex(): Promise<string | null>;
}

// The source file first, then the CSV's own columns.
const COLUMNS = ["file", ...REGISTRY_COLUMNS] as const;
// D1 binds at most 100 parameters a statement: six rows of fourteen columns each.
const ROWS_PER_INSERT = Math.floor(90 / COLUMNS.length);
const ROW_PLACEHOLDERS = `(${COLUMNS.map(() => "?").join(", ")})`;

/** A `RegistryStore` over a SqlClient (better-sqlite3 or D1). */
export function createRegistryStore(sql: SqlClient): RegistryStore {
  return {
    async replaceFile(file, rows) {
      const statements: SqlStatement[] = [
        { sql: `DELETE FROM registry_orgs WHERE file = ?`, params: [file.file] },
        { sql: `DELETE FROM registry_files WHERE file = ?`, params: [file.file] },
        {
          sql: `INSERT INTO registry_files (file, origin, imported_at, rows, rejected) VALUES (?, ?, ?, ?, ?)`,
          params: [file.file, file.origin, file.imported_at, file.rows, file.rejected],
        },
      ];
      for (const part of chunk(rows, ROWS_PER_INSERT)) {
        statements.push({
          sql: `INSERT INTO registry_orgs (${COLUMNS.join(", ")}) VALUES ${part.map(() => ROW_PLACEHOLDERS).join(", ")}`,
          params: part.flatMap((r) => [
            file.file,
            r.name,
            r.aliases.join("|"),
            r.type,
            r.category,
            r.category_basis,
            r.country,
            r.region,
            r.city,
            r.postcode,
            r.status,
            r.parent,
            r.source_id,
            r.source,
          ]),
        });
      }
      await sql.batch(statements);
    },
    async status() {
      const files = await sql.all<RegistryFile>(
        `SELECT file, origin, imported_at, rows, rejected FROM registry_files ORDER BY file`,
      );
      const sources = await sql.all<{ source: string; rows: number }>(
        `SELECT source, COUNT(*) AS rows FROM registry_orgs GROUP BY source ORDER BY source`,
      );
      return {
        files: files.map((f) => ({ ...f, rows: Number(f.rows), rejected: Number(f.rejected) })),
        sources: sources.map((s) => ({ source: s.source, rows: Number(s.rows) })),
      };
    },
    async countRows() {
      const [row] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM registry_orgs`);
      return Number(row?.n ?? 0);
    },
    async entries() {
      const rows = await sql.all<{
        name: string;
        aliases: string;
        category: string | null;
        category_basis: string | null;
        country: string | null;
        city: string | null;
      }>(`SELECT name, aliases, category, category_basis, country, city FROM registry_orgs`);
      return rows.map((r) => ({ ...r, aliases: r.aliases ? r.aliases.split("|") : [] }));
    },
    async saveIndex(data, builtAt) {
      await sql.run(`INSERT OR REPLACE INTO registry_index (id, built_at, data) VALUES (1, ?, ?)`, [builtAt, data]);
    },
    async loadIndex() {
      const [row] = await sql.all<{ data: string }>(`SELECT data FROM registry_index WHERE id = 1`);
      return row?.data ?? null;
    },
  };
}

// The imported organisation registry, loaded into memory for extraction (the server, the CLI and `extract` alike).
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createOrgRegistry, loadCompiledRegistry, type CompiledRegistry } from "../extract/registry-index";
import type { OrgRegistry } from "../model/registry";
import { createRegistryStore, type RegistryStore } from "../store/registry-store";
import { sqliteClient } from "../store/sqlite";

/** The store's SQLite file under a data directory. */
export const storePath = (dataDir: string) => join(dataDir, "medbreach.sqlite");

/** The registry built from the store's rows, or null when none has been imported (extraction then runs on rules alone). */
export async function loadRegistry(store: RegistryStore): Promise<OrgRegistry | null> {
  const data = await store.loadIndex();
  const compiled = data ? (JSON.parse(data) as CompiledRegistry) : null;
  if (compiled?.version === 1) return loadCompiledRegistry(compiled);
  // An import stopped before compiling (or an older compiled form): build from the rows, slower but complete.
  const entries = await store.entries();
  return entries.length ? createOrgRegistry(entries) : null;
}

/**
 * The registry of the store under `dataDir`, read without creating or migrating anything: `extract` is a filter that
 * must not leave a data directory behind where there was none. Null when there is no store or no registry in it.
 */
export async function loadRegistryFromDataDir(dataDir: string): Promise<OrgRegistry | null> {
  const path = storePath(dataDir);
  if (!existsSync(path)) return null;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'registry_orgs'`).get();
    return table ? await loadRegistry(createRegistryStore(sqliteClient(db))) : null;
  } finally {
    db.close();
  }
}

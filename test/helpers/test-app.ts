import type { Hono } from "hono";
import { createApp, type AppDeps } from "../../src/app";
import { findGroup, listGroups } from "../../src/extract/gazetteer";
import type { Fetcher } from "../../src/fetch/fetcher";
import type { SqlClient } from "../../src/lib/sql-client";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { createSqlStore } from "../../src/store/sql-store";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";

/** A fetcher for tests that must never reach the network. */
export const offlineFetcher: Fetcher = {
  fetch: async (req) => ({
    kind: "error",
    url: req.url,
    code: "offline",
    message: "tests do not fetch",
    retryable: false,
    retryAfterMs: null,
  }),
};

/**
 * An app over an in-memory store and the embedded search; `overrides` replace any dependency. The in-memory database
 * is opened only for what the caller does not bring (a caller's store gets a search index of its own).
 */
export function createTestApp(overrides: Partial<AppDeps> = {}): { app: Hono; deps: AppDeps } {
  let memory: SqlClient | null = null;
  const inMemory = () => (memory ??= sqliteClient(openSqliteDatabase(":memory:")));
  const deps: AppDeps = {
    store: overrides.store ?? createSqlStore(inMemory()),
    search: overrides.search ?? createEmbeddedSearch(inMemory(), { groups: listGroups() }),
    fetcher: offlineFetcher,
    clock: () => new Date("2026-11-28T12:00:00Z"),
    adminToken: null,
    startPoll: () => ({ id: "poll-test", running: false }),
    findGroup,
    listGroups,
    assets: null,
    version: "test",
    baseUrl: null,
    rateLimit: null,
    ...overrides,
  };
  return { app: createApp(deps), deps };
}

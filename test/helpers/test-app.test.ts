import { describe, expect, it, vi } from "vitest";
import type { SearchIndex } from "../../src/search/search-index";
import type { Store } from "../../src/store/store";
import { createTestApp } from "./test-app";

// Counts the in-memory databases the helper opens, whichever opener it uses.
const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/store/sqlite", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/store/sqlite")>();
  return {
    ...real,
    openSqliteDatabase: (path: string) => (opened.count++, real.openSqliteDatabase(path)),
    openSqliteStore: (path: string) => (opened.count++, real.openSqliteStore(path)),
  };
});

// Stand-ins the helper only hands on: what it opens is what the test counts.
const store = {} as Store;
const search = {} as SearchIndex;

describe("createTestApp", () => {
  it.each([
    { name: "neither store nor search", overrides: {}, databases: 1, opens: "one in-memory database" },
    {
      name: "a store of its own (the search still needs one)",
      overrides: { store },
      databases: 1,
      opens: "one in-memory database",
    },
    { name: "both a store and a search", overrides: { store, search }, databases: 0, opens: "no database" },
  ])("opens $opens for a caller bringing $name", ({ overrides, databases }) => {
    opened.count = 0;
    const { deps } = createTestApp(overrides);
    expect(opened.count).toBe(databases);
    if (overrides.store) expect(deps.store).toBe(store);
  });

  it("serves the API from the store and search it opened", async () => {
    const { app } = createTestApp();
    const res = await app.request("/api/incidents");
    expect(res.status).toBe(200);
  });
});

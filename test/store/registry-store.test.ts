// The registry's rows in the SQLite store: files replaced whole, status per file and source, and the compiled form
// extraction loads (with the rows as the fallback when an import stopped before compiling).
import { describe, expect, it } from "vitest";
import type { RegistryRow } from "../../src/model/registry";
import { rebuildRegistryIndex } from "../../src/pipeline/registry-import";
import { loadRegistry } from "../../src/runtime/node-registry";
import { createRegistryStore } from "../../src/store/registry-store";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";

const row = (name: string, source: string, extra: Partial<RegistryRow> = {}): RegistryRow => ({
  name,
  aliases: [],
  type: "t",
  category: "hospital",
  category_basis: "source",
  country: "US",
  region: null,
  city: null,
  postcode: null,
  status: "active",
  parent: null,
  source_id: name,
  source,
  ...extra,
});
const file = (name: string, rows: number) => ({
  file: name,
  origin: `/data/${name}`,
  imported_at: "2026-12-06T08:00:00.000Z",
  rows,
  rejected: 0,
});

describe("registry store", () => {
  const open = () => createRegistryStore(sqliteClient(openSqliteDatabase(":memory:")));

  it("replaces a file's rows when the file is imported again, and counts per file and source", async () => {
    const store = open();
    // More rows than one INSERT statement holds, to cross the statement boundary.
    await store.replaceFile(
      file("a.csv", 20),
      Array.from({ length: 20 }, (_, i) => row(`Org ${i} Alpha`, "src-a")),
    );
    await store.replaceFile(file("b.csv", 1), [
      row("Brackwell Permanente", "src-b", { aliases: ["Brackwell", "BP Health"] }),
    ]);
    await store.replaceFile(file("a.csv", 2), [row("Org X Alpha", "src-a"), row("Org Y Alpha", "src-c")]);
    expect(await store.countRows()).toBe(3);
    expect(await store.status()).toEqual({
      files: [file("a.csv", 2), file("b.csv", 1)],
      sources: [
        { source: "src-a", rows: 1 },
        { source: "src-b", rows: 1 },
        { source: "src-c", rows: 1 },
      ],
    });
    expect((await store.entries()).find((e) => e.name === "Brackwell Permanente")?.aliases).toEqual([
      "Brackwell",
      "BP Health",
    ]);
  });

  it("loads nothing when nothing is imported", async () => {
    expect(await loadRegistry(open())).toBeNull();
  });

  it.each([
    { name: "from the compiled form", compile: true },
    { name: "from the rows when no compiled form was stored", compile: false },
  ])("loads the registry $name", async ({ compile }) => {
    const store = open();
    await store.replaceFile(file("b.csv", 1), [row("Brackwell Permanente", "src-b", { city: "DUNMORE FALLS" })]);
    if (compile) expect(await rebuildRegistryIndex(store, "2026-12-06T08:00:00.000Z")).toBe(1);
    expect(await store.loadIndex()).toEqual(compile ? expect.any(String) : null);
    const registry = await loadRegistry(store);
    expect(registry?.lookup("Brackwell Permanente")).toEqual({
      category: "hospital",
      country: "US",
      city: "DUNMORE FALLS",
    });
  });
});

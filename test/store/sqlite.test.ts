import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteDatabase, openSqliteStore } from "../../src/store/sqlite";
import { describeStoreContract } from "./store-contract";

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
});

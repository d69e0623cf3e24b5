import { Miniflare } from "miniflare";
import { afterAll, describe, expect, it } from "vitest";
import { d1Client, type D1DatabaseLike } from "../../src/store/d1";
import { createSqlStore } from "../../src/store/sql-store";
import { describeStoreContract } from "./store-contract";
import { applyMigrationsToD1, splitSqlStatements } from "../worker/migrations";

// One local workerd with many empty in-memory D1 databases: each store under test gets a fresh one
// without paying for another runtime start.
const DATABASES = 60;
const bindings = Object.fromEntries(Array.from({ length: DATABASES }, (_, i) => [`DB${i}`, `medbreach-test-${i}`]));
const mf = new Miniflare({ modules: true, script: "export default {}", d1Databases: bindings });
afterAll(() => mf.dispose());
let next = 0;

async function freshDatabase(): Promise<D1DatabaseLike> {
  if (next >= DATABASES) throw new Error(`d1-store.test.ts: more than ${DATABASES} stores opened; raise DATABASES`);
  const db = (await mf.getD1Database(`DB${next++}`)) as unknown as D1DatabaseLike;
  await applyMigrationsToD1(db);
  return db;
}

describeStoreContract("D1", async () => createSqlStore(d1Client(await freshDatabase())));

describe("D1 client", () => {
  it("returns each batched statement's rows in order", async () => {
    const client = d1Client(await freshDatabase());
    const rows = await client.batch([
      {
        sql: "INSERT INTO locks (name, holder, expires_at) VALUES (?, ?, ?) RETURNING name",
        params: ["a", "h", "2030-01-01"],
      },
      { sql: "UPDATE locks SET holder = ? WHERE name = ?", params: ["h2", "a"] },
      { sql: "SELECT holder FROM locks WHERE name = ?", params: ["a"] },
    ]);
    expect(rows).toEqual([[{ name: "a" }], [], [{ holder: "h2" }]]);
  });

  it("rolls the whole batch back when one statement fails", async () => {
    const client = d1Client(await freshDatabase());
    await expect(
      client.batch([
        { sql: "INSERT INTO locks (name, holder, expires_at) VALUES (?, ?, ?)", params: ["a", "h", "2030-01-01"] },
        { sql: "INSERT INTO locks (name, holder, expires_at) VALUES (?, ?, ?)", params: ["a", "h", "2030-01-01"] },
      ]),
    ).rejects.toThrow(/UNIQUE/);
    expect(await client.all("SELECT * FROM locks")).toEqual([]);
  });

  it("binds undefined as NULL, as better-sqlite3 does", async () => {
    const client = d1Client(await freshDatabase());
    await client.run("INSERT INTO feeds (url, title, next_due_at, created_at) VALUES (?, ?, ?, ?)", [
      "u",
      undefined,
      "t",
      "t",
    ]);
    expect(await client.all("SELECT title FROM feeds")).toEqual([{ title: null }]);
  });

  it("counts the rows a write changed", async () => {
    const client = d1Client(await freshDatabase());
    await client.run("INSERT INTO locks (name, holder, expires_at) VALUES ('a', 'h', 'x'), ('b', 'h', 'x')");
    expect(await client.run("DELETE FROM locks WHERE holder = ?", ["h"])).toEqual({ changes: 2 });
  });
});

describe("migration splitting", () => {
  it.each([
    {
      name: "keeps semicolons inside strings",
      sql: "INSERT INTO t VALUES ('a;b');\nSELECT 1;",
      expected: ["INSERT INTO t VALUES ('a;b');", "SELECT 1;"],
    },
    {
      name: "drops comments, even ones holding semicolons",
      sql: "-- one; two\nSELECT 1; -- trailing;\n",
      expected: ["SELECT 1;"],
    },
    {
      name: "keeps a trigger body whole",
      sql: "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;\nSELECT 2;",
      expected: ["CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;", "SELECT 2;"],
    },
  ])("$name", ({ sql, expected }) => {
    expect(splitSqlStatements(sql)).toEqual(expected);
  });
});

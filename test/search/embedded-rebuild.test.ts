import { describe, expect, it } from "vitest";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS, fixtureSourceTexts } from "../fixtures/search/incidents";
import { query } from "./contract";

/** FTS5's automerge setting as the table holds it (4 when never set). */
async function automerge(client: ReturnType<typeof sqliteClient>): Promise<number> {
  const [row] = await client.all<{ v: number }>(`SELECT v FROM search_fts_config WHERE k = 'automerge'`);
  return Number(row?.v ?? 4);
}

describe("a rebuild of the embedded index", () => {
  it.each<[string, boolean]>([
    ["completes", false],
    ["fails half-way", true],
  ])("leaves FTS5 merging segments again when it %s", async (_name, fails) => {
    const client = sqliteClient(openSqliteDatabase(":memory:"));
    const index = createEmbeddedSearch(client, { groups: FIXTURE_GROUPS, sourceTexts: fixtureSourceTexts });
    let during = -1;
    const batches = async function* () {
      yield FIXTURE_INCIDENTS.slice(0, 5);
      during = await automerge(client);
      if (fails) throw new Error("store went away");
      yield FIXTURE_INCIDENTS.slice(5);
    };
    const rebuilt = index.rebuild(batches());
    if (fails) await expect(rebuilt).rejects.toThrow("store went away");
    else await rebuilt;
    expect(during).toBe(0);
    expect(await automerge(client)).toBe(4);
    if (!fails) expect((await index.search(query({ limit: 100 }))).total).toBe(FIXTURE_INCIDENTS.length);
    await client.close();
  });
});

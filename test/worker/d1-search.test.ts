import { Miniflare } from "miniflare";
import { afterAll } from "vitest";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { d1Client, type D1DatabaseLike } from "../../src/store/d1";
import { FIXTURE_GROUPS, fixtureSourceTexts } from "../fixtures/search/incidents";
import { searchContract } from "../search/contract";
import { applyMigrationsToD1 } from "./migrations";

// The embedded index's SQL (count-table triggers, the fts5vocab table, month-ordered ids) as D1 runs it.
const mf = new Miniflare({ modules: true, script: "export default {}", d1Databases: { DB: "medbreach-search-test" } });
afterAll(() => mf.dispose());

searchContract("embedded on D1 (Miniflare)", async () => {
  const db = (await mf.getD1Database("DB")) as unknown as D1DatabaseLike;
  await applyMigrationsToD1(db);
  return { index: createEmbeddedSearch(d1Client(db), { groups: FIXTURE_GROUPS, sourceTexts: fixtureSourceTexts }) };
});

import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { FIXTURE_GROUPS, fixtureSourceTexts } from "../fixtures/search/incidents";
import { searchContract } from "./contract";

searchContract("embedded (SQLite FTS5)", async () => {
  const client = sqliteClient(openSqliteDatabase(":memory:"));
  return { index: createEmbeddedSearch(client, { groups: FIXTURE_GROUPS, sourceTexts: fixtureSourceTexts }), dispose: () => client.close() };
});

import { listGroups } from "../extract/gazetteer";
import { createEmbeddedSearch } from "../search/embedded";
import type { SearchIndex } from "../search/search-index";
import type { SqlClient } from "../store/sql-client";

/** The embedded FTS5 index in the same D1 database, with the same queries as the SQLite one on Node. */
export function createWorkerSearch(client: SqlClient): SearchIndex {
  return createEmbeddedSearch(client, { groups: listGroups() });
}

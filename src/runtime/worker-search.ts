import type { Config } from "../config/config";
import { listGroups } from "../extract/gazetteer";
import { createEmbeddedSearch, D1_WRITE_BATCH } from "../search/embedded";
import { createMeiliSearch } from "../search/meilisearch";
import type { SearchIndex } from "../search/search-index";
import type { SqlClient } from "../lib/sql-client";
import type { Store } from "../store/store";
import { storeSourceTexts } from "./source-texts";

/**
 * Meilisearch when `MEILI_HOST` is set (the client speaks over global fetch, as Workers want); otherwise the
 * embedded FTS5 index in the same D1 database, with the same queries as the SQLite one on Node.
 */
export function createWorkerSearch(config: Config, client: SqlClient, store: Store): SearchIndex {
  if (config.MEILI_HOST)
    return createMeiliSearch({
      host: config.MEILI_HOST,
      apiKey: config.MEILI_API_KEY,
      groups: listGroups(),
      sourceTexts: storeSourceTexts(store),
    });
  return createEmbeddedSearch(client, {
    groups: listGroups(),
    writeBatch: D1_WRITE_BATCH,
    sourceTexts: storeSourceTexts(store),
  });
}

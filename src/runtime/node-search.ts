import type { Config } from "../config/config";
import { listGroups } from "../extract/gazetteer";
import { createEmbeddedSearch } from "../search/embedded";
import { createMeiliSearch } from "../search/meilisearch";
import type { SearchIndex } from "../search/search-index";
import type { SqlClient } from "../lib/sql-client";
import type { Store } from "../store/store";
import { createSearchPool, withSearchThreads } from "./search-pool";
import type { SearchThreadData } from "./search-thread";
import { storeSourceTexts } from "./source-texts";

/** The search index of a Node process, and how to stop what it started. */
export interface NodeSearch {
  index: SearchIndex;
  /** Starts the search threads, if any, and resolves once they answer (see SearchPool.start). */
  start(): Promise<void>;
  close(): Promise<void>;
}

const NOTHING_TO_RUN = { start: async () => {}, close: async () => {} };

/**
 * Meilisearch when `MEILI_HOST` is set, the embedded FTS5 index in the SQLite file at `dbPath` otherwise,
 * its reads on `SEARCH_THREADS` threads (none: on this one) and its writes on `client`.
 */
export function createSearchIndexForNode(config: Config, client: SqlClient, store: Store, dbPath: string): NodeSearch {
  if (config.MEILI_HOST)
    return {
      index: createMeiliSearch({
        host: config.MEILI_HOST,
        apiKey: config.MEILI_API_KEY,
        groups: listGroups(),
        sourceTexts: storeSourceTexts(store),
      }),
      ...NOTHING_TO_RUN,
    };
  const embedded = createEmbeddedSearch(client, {
    groups: listGroups(),
    sourceTexts: storeSourceTexts(store),
    memoryFacets: true,
  });
  // An in-memory database cannot be opened a second time by another thread.
  if (config.SEARCH_THREADS === 0 || dbPath === ":memory:" || dbPath === "")
    return { index: embedded, ...NOTHING_TO_RUN };
  const pool = createSearchPool({ size: config.SEARCH_THREADS, workerData: { dbPath } satisfies SearchThreadData });
  return { index: withSearchThreads(embedded, pool), start: () => pool.start(), close: () => pool.close() };
}

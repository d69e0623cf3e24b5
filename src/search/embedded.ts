import type { AttackerGroup } from "../model";
import type { SqlClient } from "../lib/sql-client";
import { createMemoryFacets } from "./embedded-memory";
import { createIndexReader } from "./embedded-reader";
import { createIndexWriter } from "./embedded-writer";
import type { SearchIndex } from "./search-index";
import type { SourceTextLookup } from "./search-document";

export { rankWindow } from "./embedded-selection";
export { D1_WRITE_BATCH } from "./embedded-writer";

/** Options of the embedded index. */
export interface EmbeddedSearchOptions {
  /** Gazetteer entries, so an alias typed as free text ("Sodinokibi") finds its group's incidents. */
  groups?: readonly AttackerGroup[];
  /** Matches relevance ranks at least (see rankWindow); RANK_WINDOW unless a test needs it small. */
  rankWindow?: number;
  /** The same for a search with filters or dates: FILTERED_RANK_WINDOW, or `rankWindow` when only that is given. */
  filteredRankWindow?: number;
  /**
   * Incidents per transaction when writing (upserts and rebuilds): every commit makes FTS5 flush its
   * pending terms into a new segment, so SQLite gains from large ones (WRITE_BATCH); D1, which counts
   * each statement, wants D1_WRITE_BATCH.
   */
  writeBatch?: number;
  /** The text of the sources' articles, so a search finds what an article said; titles and summaries only without it. */
  sourceTexts?: SourceTextLookup;
  /**
   * Count facets over a copy of every document's facet values held in memory (facet-memory.ts), read
   * again whenever the database changed: a common word's tens of thousands of matches then cost a walk
   * over arrays instead of two joins each. For a long-lived process with a local file (Node); D1 counts in SQL.
   */
  memoryFacets?: boolean;
}

/**
 * The embedded search index: SQLite FTS5 over `SqlClient`, so the Worker runs the same SQL on D1. One
 * module per aggregate: the reader (embedded-reader.ts: search, groups, stats) over the selection SQL
 * (embedded-selection.ts) and the facet counts (embedded-facets.ts), the writer (embedded-writer.ts),
 * and the in-memory facet table both share (embedded-memory.ts).
 */
export function createEmbeddedSearch(client: SqlClient, options: EmbeddedSearchOptions = {}): SearchIndex {
  const memory = createMemoryFacets(client);
  return { ...createIndexReader(client, options, memory), ...createIndexWriter(client, options, memory) };
}

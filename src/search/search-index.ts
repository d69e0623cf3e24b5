import type { GroupSummary, Incident, SearchQuery, SearchResult, SearchStats } from "../model";

/** The search port: Meilisearch when configured, SQLite FTS5 otherwise. */
export interface SearchIndex {
  upsert(incidents: Incident[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Every attacker group that has at least one incident, most incidents first. */
  groups(): Promise<GroupSummary[]>;
  /**
   * Counts per month and victim type over the incidents matching `query` (its paging is ignored),
   * and the top groups of the 90 days up to the newest such incident (never later than `now`).
   */
  stats(query: SearchQuery, now: Date): Promise<SearchStats>;
  /** Replaces the whole index with `batches`, without a window where search is empty where the engine allows. */
  rebuild(batches: AsyncIterable<Incident[]>, onProgress?: (done: number) => void): Promise<void>;
}

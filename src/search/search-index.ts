import type { Incident, SearchQuery, SearchResult } from "../model";

/** The search port: Meilisearch when configured, SQLite FTS5 otherwise. */
export interface SearchIndex {
  upsert(incidents: Incident[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Replaces the whole index with `batches`, without a window where search is empty where the engine allows. */
  rebuild(batches: AsyncIterable<Incident[]>, onProgress?: (done: number) => void): Promise<void>;
}

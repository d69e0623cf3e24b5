import type { Article, Entities, FeedSource, FeedStatePatch, Incident, NewFeed, ParsedItem } from "../model";

/** Result of writing one feed's batch. */
export interface BatchResult {
  inserted: Article[];
  updated: Article[];
}

/**
 * The persistence port. Asynchronous because D1 is; the SQLite adapter is synchronous inside.
 * Only the calls the product makes live here.
 */
export interface Store {
  /** Inserts feeds whose URL is not yet known; returns how many were added. */
  addFeeds(feeds: NewFeed[]): Promise<number>;
  listFeeds(): Promise<FeedSource[]>;
  getFeed(id: number): Promise<FeedSource | null>;
  /** Feeds whose `next_due_at` is at or before `now` (all feeds when `now` is null), oldest due first. */
  dueFeeds(now: string | null, limit?: number): Promise<FeedSource[]>;
  updateFeed(id: number, patch: FeedStatePatch): Promise<void>;

  /**
   * Writes one feed's items and its new state in a single transaction.
   * Items are keyed by canonical URL and by GUID within the feed: a known item with
   * changed title or text is updated in place, an unchanged one is left alone.
   */
  saveFeedBatch(feedId: number, items: ParsedItem[], state: FeedStatePatch, now: string): Promise<BatchResult>;
  setArticleEntities(articleId: number, entities: Entities): Promise<void>;
  getArticles(ids: number[]): Promise<Article[]>;
  /** Articles in id order after `afterId`, for rebuilding incidents. */
  listArticles(afterId: number, limit: number): Promise<Article[]>;
  countArticles(): Promise<number>;

  /** Saves an incident (insert or replace), its blocking keys and its member articles. */
  saveIncident(incident: Incident, keys: string[]): Promise<void>;
  getIncident(id: string): Promise<Incident | null>;
  /** Incidents that share at least one blocking key, most recently seen first. */
  incidentsByKeys(keys: string[], limit?: number): Promise<Incident[]>;
  /** The incident an article belongs to, if any. */
  incidentIdForArticle(articleId: number): Promise<string | null>;
  /** Incidents in id order after `afterId`, for reindexing. */
  listIncidents(afterId: string, limit: number): Promise<Incident[]>;
  countIncidents(): Promise<number>;
  /** Removes one incident with its keys and memberships (its last source stopped being an incident). */
  deleteIncident(id: string): Promise<void>;
  deleteAllIncidents(): Promise<void>;

  /** Takes the named lease for `holder` until `until` unless someone else holds an unexpired one. */
  tryLock(name: string, holder: string, now: string, until: string): Promise<boolean>;
  releaseLock(name: string, holder: string): Promise<void>;
  /** Who holds the named lease, if anyone (expired leases included). */
  getLock(name: string): Promise<{ holder: string; expires_at: string } | null>;
  close(): Promise<void>;
}

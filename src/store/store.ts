import type {
  Article,
  ChangeRecord,
  Entities,
  FeedSource,
  FeedStatePatch,
  Incident,
  NewFeed,
  ParsedItem,
} from "../model";

/** A candidate incident for clustering: its stored match profile, or its document when stored without one. */
export interface StoredCandidate {
  id: string;
  last_seen: string;
  profile: string | null;
  /** The incident JSON, only when `profile` is null (incidents saved before profiles were kept). */
  doc: string | null;
}

/** Blocking keys to look candidates up by, and how many candidates to return at most. */
export interface CandidateQuery {
  keys: string[];
  limit: number;
}

/** One incident to save: the incident, its blocking keys and its encoded match profile. */
export interface IncidentWrite {
  incident: Incident;
  keys: string[];
  profile: string;
}

/** What one clustering step changed, written at once. */
export interface IncidentChanges {
  saved: IncidentWrite[];
  deleted: string[];
  /** Material changes to record (insert or replace by id); a deleted incident's changes go with it. */
  changes?: ChangeRecord[];
}

/** The article fields extraction reads, passed to `saveFeedBatch`'s `entitiesFor`. */
export type ArticleText = Pick<Article, "url" | "site" | "title" | "text">;

/** What became of one feed's items: read (stored), used in incidents, judged not relevant by extraction. */
export interface FeedUsage {
  feed_id: number;
  read: number;
  used: number;
  not_relevant: number;
}

/** Result of writing one feed's batch. */
export interface BatchResult {
  inserted: Article[];
  updated: Article[];
}

/** The feed catalogue and each feed's polling state. */
export interface FeedStore {
  /** Inserts feeds whose URL is not yet known; returns how many were added. */
  addFeeds(feeds: NewFeed[]): Promise<number>;
  listFeeds(): Promise<FeedSource[]>;
  getFeed(id: number): Promise<FeedSource | null>;
  /** Feeds whose `next_due_at` is at or before `now` (all feeds when `now` is null), oldest due first. */
  dueFeeds(now: string | null, limit?: number): Promise<FeedSource[]>;
  updateFeed(id: number, patch: FeedStatePatch): Promise<void>;
  /** Per feed with items: how many were read, used in incidents and judged not relevant (the rest await clustering). */
  feedUsage(): Promise<FeedUsage[]>;
}

/** The articles the feeds brought, keyed by canonical URL. */
export interface ArticleStore {
  /**
   * Writes one feed's items and its new state in a single transaction.
   * Items are keyed by canonical URL and by GUID within the feed: a known item with
   * changed title or text is updated in place, an unchanged one is left alone. `entitiesFor`, when given, is asked
   * for the entities of each new or changed item only, and those articles join the clustering queue
   * in the same transaction, so a crash before clustering them loses nothing.
   */
  saveFeedBatch(
    feedId: number,
    items: ParsedItem[],
    state: FeedStatePatch,
    now: string,
    entitiesFor?: (article: ArticleText) => Entities,
  ): Promise<BatchResult>;
  setArticleEntities(articleId: number, entities: Entities): Promise<void>;
  getArticles(ids: number[]): Promise<Article[]>;
  /** The text of the articles `ids` that exist, by id: what indexing reads, without the page or the entities. */
  getArticleTexts(ids: number[]): Promise<Map<number, string>>;
  /** Articles in id order after `afterId`, for rebuilding incidents. */
  listArticles(afterId: number, limit: number): Promise<Article[]>;
  countArticles(): Promise<number>;
}

/** Incidents with their blocking keys, match profiles, member articles and material changes. */
export interface IncidentStore {
  /** Saves incidents (insert or replace, with their keys, profiles and member articles), records their material changes and deletes others, in one transaction. */
  writeIncidents(changes: IncidentChanges): Promise<void>;
  getIncident(id: string): Promise<Incident | null>;
  /**
   * For each query, the incidents sharing at least one of its keys, most recently seen first, at most
   * its `limit`, as clustering compares them. All queries in one go: clustering asks a strong and a weak tier.
   */
  incidentCandidates(queries: CandidateQuery[]): Promise<StoredCandidate[][]>;
  /** The incident an article belongs to, if any. */
  incidentIdForArticle(articleId: number): Promise<string | null>;
  /** Incidents in id order after `afterId`, for reindexing. */
  listIncidents(afterId: string, limit: number): Promise<Incident[]>;
  countIncidents(): Promise<number>;
  /** The material changes of these incidents, newest first (ties by id). */
  listChanges(incidentIds: string[]): Promise<ChangeRecord[]>;
  /** Deletes every incident and its material changes (a full re-clustering writes them again). */
  deleteAllIncidents(): Promise<void>;
}

/** Articles written but not yet placed in incidents (`saveFeedBatch` queues them). */
export interface ClusterQueue {
  /** Articles waiting to be clustered (written but not yet placed in incidents), oldest first. */
  queuedArticles(limit: number): Promise<Article[]>;
  /** Takes clustered articles off the queue. */
  dequeueArticles(ids: number[]): Promise<void>;
}

/** Named leases with an expiry, so one poll runs at a time across processes and isolates. */
export interface LeaseStore {
  /** Takes the named lease for `holder` until `until` unless someone else holds an unexpired one. */
  tryLock(name: string, holder: string, now: string, until: string): Promise<boolean>;
  releaseLock(name: string, holder: string): Promise<void>;
  /** Who holds the named lease, if anyone (expired leases included). */
  getLock(name: string): Promise<{ holder: string; expires_at: string } | null>;
}

/**
 * The persistence port, one part per aggregate. Asynchronous because D1 is; the SQLite adapter is synchronous inside.
 * Only the calls the product makes live here.
 */
export interface Store extends FeedStore, ArticleStore, IncidentStore, ClusterQueue, LeaseStore {
  close(): Promise<void>;
}

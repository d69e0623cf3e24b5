/** A feed in the catalogue, with the state the poller keeps about it. */
export interface FeedSource {
  id: number;
  url: string;
  title: string | null;
  category: string | null;
  /** Home page of the publisher, from the OPML `htmlUrl` or the feed's own link. */
  site_url: string | null;
  etag: string | null;
  last_modified: string | null;
  /** `ok`, `error`, `gone` (HTTP 410) or `new` (never fetched). */
  status: FeedStatus;
  last_error: FeedError | null;
  consecutive_errors: number;
  last_fetch_at: string | null;
  last_success_at: string | null;
  next_due_at: string;
  item_count: number;
  /** Items the last fetch left out because the feed held more than `MAX_ITEMS_PER_FEED` (newest kept). */
  skipped_items: number;
}

export type FeedStatus = "new" | "ok" | "error" | "gone";

/** Failure is data: a broken feed keeps its last error and the poll moves on. */
export interface FeedError {
  code: string;
  message: string;
  at: string;
}

/** What the catalogue (OPML) or `POST /api/feeds` contributes about a feed. */
export interface NewFeed {
  url: string;
  title?: string | null;
  category?: string | null;
  site_url?: string | null;
}

/** Changes to a feed's poll state; absent keys are left as they are. */
export type FeedStatePatch = Partial<
  Pick<
    FeedSource,
    | "url"
    | "title"
    | "site_url"
    | "etag"
    | "last_modified"
    | "status"
    | "last_error"
    | "consecutive_errors"
    | "last_fetch_at"
    | "last_success_at"
    | "next_due_at"
    | "skipped_items"
  >
>;

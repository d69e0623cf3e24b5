/** How one feed fared in a poll. */
export interface FeedPollResult {
  feed_id: number;
  url: string;
  title: string | null;
  outcome: "new-items" | "unchanged" | "not-modified" | "error" | "gone";
  new_articles: number;
  updated_articles: number;
  /** Items left out because the feed held more than `MAX_ITEMS_PER_FEED`. */
  skipped_items: number;
  error: string | null;
  ms: number;
}

/** What a poll did, feed by feed. */
export interface PollReport {
  id: string;
  started_at: string;
  finished_at: string;
  feeds: FeedPollResult[];
}

/** The answer to "start a poll": the poll started or already running here, or who else holds the poll lease. */
export interface PollStart {
  /** The poll's id; null when another process holds the lease and no poll was started here. */
  id: string | null;
  /** True when a poll was already running (here or elsewhere), so none was started. */
  running: boolean;
  /** The lease holder when it is not this process's poll (another process, or a poll that could not release it). */
  held_by?: string;
  lease_expires_at?: string;
}

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

/** The format-neutral feed every writer (RSS, Atom, JSON Feed) renders; all text is plain, `contentHtml` is built HTML. */
export interface FeedDocument {
  /** Stable URN of this search and period, for Atom's feed id. */
  id: string;
  title: string;
  description: string;
  /** The digest URL with exactly these filters. */
  selfUrl: string;
  /** The same view in the UI. */
  alternateUrl: string;
  /** ISO 8601: the newest entry update (see build-digest.ts for empty feeds). */
  updated: string;
  generator: { name: string; uri: string };
  entries: FeedEntry[];
}

/** One item of a feed: an incident, or a day's or week's roundup. */
export interface FeedEntry {
  /** Never content-dependent: a reader shows an entry with a known id once. */
  id: string;
  title: string;
  url: string;
  contentHtml: string;
  /** ISO 8601. */
  published: string;
  /** ISO 8601; moves when the entry's content changes. */
  updated: string;
  tags: string[];
}

import type { Entities } from "./entities";

/** One feed item after parsing and normalising, before it is stored. */
export interface ParsedItem {
  /** Canonical URL: absolute, tracking parameters removed. */
  url: string;
  guid: string | null;
  title: string;
  /** ISO 8601; null when the feed gives no usable date (the store falls back to first-seen). */
  published: string | null;
  author: string | null;
  categories: string[];
  /** Sanitised HTML, for display only. */
  content_html: string;
  /** Plain text, for extraction and search. */
  text: string;
  /** Syndication note such as "Source: v3" found in the item or its page. */
  provenance: string | null;
}

/** A stored article: a parsed item with its feed, identity and extracted entities. */
export interface Article extends ParsedItem {
  id: number;
  feed_id: number;
  /** Host name of the article's URL (e.g. `www.computing.co.uk`). */
  site: string;
  first_seen: string;
  /** Equals `first_seen` when the feed gave no date. */
  published: string;
  entities: Entities | null;
}

/** Input of the extractor: the `extract` command's line and what the pipeline passes. */
export interface ArticleText {
  id?: string;
  url: string;
  site: string;
  title: string;
  text: string;
}

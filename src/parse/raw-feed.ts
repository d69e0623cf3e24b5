/** A feed as read from the XML, before normalising: values are raw strings, links unresolved. */
export interface RawFeed {
  title: string | null;
  titleType: ContentType;
  link: string | null;
  /** `xml:base` in scope on the channel/feed element, if any. */
  base: string | null;
  items: RawItem[];
}

/** How a content value is encoded: HTML markup, or plain text that must be escaped before display. */
export type ContentType = "html" | "text";

/** One item or entry as read from the XML. */
export interface RawItem {
  title: string | null;
  /** Whether the title holds markup (Atom `type="html"`/`xhtml`, or RSS's escaped HTML). */
  titleType: ContentType;
  /** Candidate links, best first. */
  links: string[];
  /** `xml:base` in scope on the item, if any. */
  base: string | null;
  guid: string | null;
  /** False when the RSS guid says `isPermaLink="false"`. */
  guidIsPermaLink: boolean;
  /** Candidate dates, best first (published before updated). */
  dates: string[];
  author: string | null;
  categories: string[];
  /** Full content (`content:encoded`, Atom `content`), if any. */
  content: RawContent | null;
  /** Summary (`description`, Atom `summary`), if any. */
  summary: RawContent | null;
}

/** A content value with its encoding and the `xml:base` in scope where it was found. */
export interface RawContent {
  value: string;
  type: ContentType;
  base: string | null;
}

import type { FeedDocument } from "./feed-document";
import { stripForbiddenChars } from "./xml-text";

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), two-space indented so golden diffs stay readable. */
export function renderJsonFeed(doc: FeedDocument): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: doc.title,
    home_page_url: doc.alternateUrl,
    feed_url: doc.selfUrl,
    description: doc.description,
    language: "en",
    authors: [{ name: doc.generator.name, url: doc.generator.uri }],
    items: doc.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      date_published: entry.published,
      date_modified: entry.updated,
      ...(entry.tags.length ? { tags: entry.tags } : {}),
    })),
  };
  // JSON itself could carry control characters escaped, but a lone surrogate would decode to broken
  // Unicode in strict readers; the same characters XML refuses are dropped here too, so formats agree.
  return `${JSON.stringify(feed, (_key, value: unknown) => (typeof value === "string" ? stripForbiddenChars(value) : value), 2)}\n`;
}

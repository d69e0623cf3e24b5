import type { FeedDocument } from "./feed-document";
import { xmlElement, xmlEmpty } from "./xml-text";

/** RFC 822 date as RSS 2.0 wants it ("Sat, 28 Nov 2026 10:00:00 GMT"). */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/**
 * RSS 2.0 with `atom:link rel="self"` (what validators ask for). One date model in every format: pubDate is the
 * entry's published time (an incident's first report) and `atom:updated` its last material change, as in Atom
 * and JSON Feed. A material update is an item of its own, so readers never need a moving pubDate to notice it.
 */
export function renderRss(doc: FeedDocument): string {
  const items = doc.entries.map((entry) =>
    [
      "<item>",
      xmlElement("title", entry.title),
      xmlElement("link", entry.url),
      xmlElement("guid", entry.id, { isPermaLink: "false" }),
      xmlElement("pubDate", rfc822(entry.published)),
      xmlElement("atom:updated", entry.updated),
      ...entry.tags.map((tag) => xmlElement("category", tag)),
      // Escaped HTML is how RSS 2.0 carries markup; escaping `>` keeps a literal `]]>` harmless.
      xmlElement("description", entry.contentHtml),
      "</item>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    xmlElement("title", doc.title),
    xmlElement("link", doc.alternateUrl),
    xmlEmpty("atom:link", { href: doc.selfUrl, rel: "self", type: "application/rss+xml" }),
    xmlElement("description", doc.description),
    xmlElement("language", "en"),
    xmlElement("lastBuildDate", rfc822(doc.updated)),
    xmlElement("generator", doc.generator.name),
    xmlElement("docs", "https://www.rssboard.org/rss-specification"),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

import type { FeedDocument } from "./feed-document";
import { xmlElement, xmlEmpty } from "./xml-text";

/** Atom 1.0 (RFC 4287): feed id, self and alternate links, a feed-level author (required when entries have none). */
export function renderAtom(doc: FeedDocument): string {
  const entries = doc.entries.map((entry) =>
    [
      "<entry>",
      xmlElement("id", entry.id),
      xmlElement("title", entry.title),
      xmlEmpty("link", { rel: "alternate", type: "text/html", href: entry.url }),
      xmlElement("published", entry.published),
      xmlElement("updated", entry.updated),
      ...entry.tags.map((tag) => xmlEmpty("category", { term: tag })),
      xmlElement("content", entry.contentHtml, { type: "html" }),
      "</entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    xmlElement("id", doc.id),
    xmlElement("title", doc.title),
    xmlElement("subtitle", doc.description),
    xmlEmpty("link", { rel: "self", type: "application/atom+xml", href: doc.selfUrl }),
    xmlEmpty("link", { rel: "alternate", type: "text/html", href: doc.alternateUrl }),
    xmlElement("updated", doc.updated),
    xmlElement("generator", doc.generator.name, { uri: doc.generator.uri }),
    "<author>",
    xmlElement("name", doc.generator.name),
    xmlElement("uri", doc.generator.uri),
    "</author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

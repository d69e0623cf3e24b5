import { XMLParser } from "fast-xml-parser";
import type { FeedSource, NewFeed } from "../model";
import { stripXmlForbidden } from "../lib/xml-chars";
import { feedIdentity } from "./canonical-url";

/** Why an OPML document could not be read. */
export class OpmlError extends Error {
  override name = "OpmlError";
}

interface Outline {
  [key: string]: unknown;
  outline?: Outline | Outline[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // OPML carries no entities of its own; refusing DTD processing keeps expansion attacks out.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === "outline",
});

const asString = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * Reads the feeds of an OPML 1.0/2.0 document. A feed's category is its own `category`
 * attribute, else the text of the outline group it sits in.
 */
export function parseOpml(xml: string): NewFeed[] {
  if (/<!DOCTYPE/i.test(xml)) throw new OpmlError("OPML with a DOCTYPE is refused");
  let doc: { opml?: { body?: Outline | "" } };
  try {
    doc = parser.parse(xml, true) as typeof doc;
  } catch (err) {
    throw new OpmlError(`not well-formed XML: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  }
  // An empty `<body/>` is valid OPML with no feeds; the parser reads it as an empty string.
  if (!doc.opml || typeof doc.opml !== "object" || doc.opml.body === undefined)
    throw new OpmlError("not an OPML document (no <opml><body>)");
  const body: Outline = doc.opml.body || {};
  const feeds: NewFeed[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[], group: string | null) => {
    for (const o of outlines) {
      const xmlUrl = asString(o.xmlUrl);
      const url = xmlUrl && /^https?:\/\//i.test(xmlUrl) ? feedIdentity(xmlUrl) : null;
      if (url) {
        if (!seen.has(url)) {
          seen.add(url);
          feeds.push({
            url,
            title: asString(o.title) ?? asString(o.text),
            category: asString(o.category)?.split(",")[0]?.trim() ?? group,
            site_url: asString(o.htmlUrl),
          });
        }
      }
      if (o.outline)
        walk(Array.isArray(o.outline) ? o.outline : [o.outline], asString(o.text) ?? asString(o.title) ?? group);
    }
  };
  walk(body.outline ? (Array.isArray(body.outline) ? body.outline : [body.outline]) : [], null);
  return feeds;
}

const escapeXml = (s: string) =>
  stripXmlForbidden(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** Writes feeds as OPML 2.0, grouped into one outline per category. */
export function toOpml(
  feeds: Pick<FeedSource, "url" | "title" | "category" | "site_url">[],
  title: string,
  now: Date,
): string {
  const groups = new Map<string, typeof feeds>();
  for (const f of feeds) {
    const key = f.category ?? "Uncategorised";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<opml version="2.0">`,
    `  <head>`,
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    `  </head>`,
    `  <body>`,
  ];
  for (const [category, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`    <outline text="${escapeXml(category)}">`);
    for (const f of list) {
      const name = escapeXml(f.title ?? f.url);
      const html = f.site_url ? ` htmlUrl="${escapeXml(f.site_url)}"` : "";
      const cat = f.category ? ` category="${escapeXml(f.category)}"` : "";
      lines.push(
        `      <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeXml(f.url)}"${html}${cat}/>`,
      );
    }
    lines.push(`    </outline>`);
  }
  lines.push(`  </body>`, `</opml>`, ``);
  return lines.join("\n");
}

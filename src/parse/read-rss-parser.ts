import Parser from "rss-parser";
import type { ContentType, RawContent, RawFeed, RawItem } from "./raw-feed";
import { authorName } from "./read-xml-feed";
import type { FeedRoute } from "./route-feed";
import { escapeHtml } from "../lib/escape-html";

/**
 * RSS 0.9x/1.0/2.0 and Atom 1.0 read with rss-parser (xml2js on sax in strict mode; no DTD is processed or fetched).
 * rss-parser recognises the format and picks the channel and its items or the feed and its entries;
 * every element we read comes through `customFields` as xml2js gave it (`keepArray`), because
 * rss-parser's own fields drop attributes (`isPermaLink`, Atom `type`, `term`/`label`, `rel`) and all but
 * the first of a repeated element. The values are then read with the same rules as read-xml-feed.ts,
 * so both paths give the same RawFeed for the same document.
 *
 * The caller (parse-feed.ts) only sends documents that passed its routing checks (no `xml:base`, no
 * internal DTD, conventional namespace prefixes, bounded depth); what is still out of reach here is
 * reported as a RssParserMismatch so the caller can use the reader instead.
 */

/** Thrown when xml2js's object tree cannot give back what the document says (see the reasons). */
export class RssParserMismatch extends Error {
  constructor(readonly reason: "markup-in-text" | "item-count") {
    super(`rss-parser cannot read this document faithfully (${reason}).`);
    this.name = "RssParserMismatch";
  }
}

/** An element as xml2js gives it: its text, or an object of attributes (`$`), text (`_`) and child arrays. */
type Node = string | { $?: Record<string, string>; _?: string; [child: string]: unknown };
type Nodes = Node[] | undefined;
type Loose = Record<string, unknown>;

// Elements read raw (keepArray) on items and on the channel/feed, each under the key "x:<name>" so it
// never collides with rss-parser's own fields.
const ITEM_ELEMENTS = [
  "title",
  "dc:title",
  "media:title",
  "media:content",
  "media:group",
  "link",
  "atom:link",
  "guid",
  "pubDate",
  "pubdate",
  "dc:date",
  "dcterms:issued",
  "dcterms:created",
  "atom:published",
  "dcterms:modified",
  "atom:updated",
  "dc:creator",
  "author",
  "atom:author",
  "category",
  "dc:subject",
  "atom:category",
  "content:encoded",
  "atom:content",
  "description",
  "dc:description",
  "atom:summary",
  "id",
  "published",
  "issued",
  "created",
  "updated",
  "modified",
  "content",
  "summary",
];
const FEED_ELEMENTS = ["title", "dc:title", "link", "author"];

const raw = (names: string[]) => names.map((name) => [name, `x:${name}`, { keepArray: true }]);
// Each element's key, made once: building "x:" + name for every field of every item was a tenth of the mapping.
const KEYS = new Map([...ITEM_ELEMENTS, ...FEED_ELEMENTS].map((name) => [name, `x:${name}`]));

// customFields' types only allow plain names for the feed; rss-parser accepts the same triples as for items.
const parser = new Parser({
  customFields: { item: raw(ITEM_ELEMENTS) as string[][], feed: raw(FEED_ELEMENTS) as unknown as string[] },
});

/**
 * Reads a feed with rss-parser. Rejects with rss-parser's own errors when it cannot, and with a
 * RssParserMismatch when its result would be wrong; `route` is what the routing scan saw (format, and
 * the number of item or entry start tags: rss-parser only sees those directly inside the channel or feed).
 */
export async function readWithRssParser(xml: string, route: FeedRoute): Promise<RawFeed> {
  const feed = (await parser.parseString(xml)) as unknown as Loose & { items: Loose[] };
  if (feed.items.length !== route.items) throw new RssParserMismatch("item-count");
  return route.format === "atom" ? readAtom(feed) : readRss(feed);
}

function readRss(feed: Loose & { items: Loose[] }): RawFeed {
  const title = first(field(feed, "title")) ?? first(field(feed, "dc:title"));
  return {
    title: title === undefined ? null : text(title),
    titleType: "html",
    link: rssLink(field(feed, "link")),
    base: null,
    items: feed.items.map(readRssItem),
  };
}

// Lower-case <pubdate> is not RSS, but real feeds (Rutube) carry only that.
const RSS_DATES = [
  "pubDate",
  "pubdate",
  "dc:date",
  "dcterms:issued",
  "dcterms:created",
  "atom:published",
  "dcterms:modified",
  "atom:updated",
];
const ATOM_DATES = ["published", "issued", "created", "dc:date", "updated", "modified"];

function readRssItem(item: Loose): RawItem {
  const title = first(field(item, "title")) ?? first(field(item, "dc:title")) ?? mediaTitle(item);
  const guid = first(field(item, "guid"));
  const about = typeof item["rdf:about"] === "string" ? item["rdf:about"] : null;
  const links: string[] = [];
  const link = rssLink(field(item, "link"));
  if (link) links.push(link);
  links.push(...atomLinks(field(item, "atom:link")));
  if (about) links.push(about);
  const dates: string[] = [];
  for (const name of RSS_DATES) texts(field(item, name), dates);
  const categories = texts(field(item, "dc:subject"), texts(field(item, "category")));
  return {
    title: title === undefined ? null : text(title),
    titleType: "html",
    links,
    base: null,
    guid: guid === undefined ? null : text(guid),
    guidIsPermaLink: guid === undefined ? false : attr(guid, "isPermaLink")?.trim().toLowerCase() !== "false",
    dates,
    author:
      texts(field(item, "dc:creator"))[0] ??
      authorName(texts(field(item, "author"))[0]) ??
      atomAuthor(field(item, "atom:author")),
    categories: atomCategories(field(item, "atom:category"), categories),
    content: htmlContent(first(field(item, "content:encoded"))) ?? textConstruct(first(field(item, "atom:content"))),
    summary:
      htmlContent(first(field(item, "description"))) ??
      htmlContent(first(field(item, "dc:description"))) ??
      textConstruct(first(field(item, "atom:summary"))),
  };
}

function readAtom(feed: Loose & { items: Loose[] }): RawFeed {
  const title = textConstruct(first(field(feed, "title")));
  // RFC 4287 4.2.1: an entry without an author inherits the feed's.
  const feedAuthor = atomAuthor(field(feed, "author"));
  return {
    title: title?.value ?? null,
    titleType: title?.type ?? "text",
    link: atomLinks(field(feed, "link"))[0] ?? null,
    base: null,
    items: feed.items.map((entry) => readAtomEntry(entry, feedAuthor)),
  };
}

function readAtomEntry(entry: Loose, feedAuthor: string | null): RawItem {
  const own = textConstruct(first(field(entry, "title")));
  const other = own ? undefined : (first(field(entry, "dc:title")) ?? mediaTitle(entry));
  const title = own ?? (other === undefined ? null : { value: text(other), type: "text" as const });
  const id = first(field(entry, "id"));
  return {
    title: title?.value ?? null,
    titleType: title?.type ?? "text",
    links: atomLinks(field(entry, "link")),
    base: null,
    guid: id === undefined ? null : text(id),
    guidIsPermaLink: true,
    dates: ATOM_DATES.flatMap((name) => texts(field(entry, name))),
    author: atomAuthor(field(entry, "author")) ?? texts(field(entry, "dc:creator"))[0] ?? feedAuthor,
    categories: [...atomCategories(field(entry, "category")), ...texts(field(entry, "dc:subject"))],
    content: textConstruct(first(field(entry, "content"))),
    summary: textConstruct(first(field(entry, "summary"))),
  };
}

/** A Media RSS title: the item's own, else its media:content's or media:group's (as read-xml-feed.ts reads it). */
function mediaTitle(item: Loose): Node | undefined {
  const group = first(field(item, "media:group"));
  const inner = (holder: Node | undefined, name: string): Node | undefined =>
    holder === undefined || typeof holder === "string" ? undefined : first(holder[name] as Nodes);
  const holders = [item as Node, first(field(item, "media:content")), group, inner(group, "media:content")];
  for (const holder of holders) {
    if (holder === undefined || typeof holder === "string") continue;
    const title = holder === item ? first(field(item, "media:title")) : first(holder["media:title"] as Nodes);
    if (title !== undefined && text(title).trim()) return title;
  }
  return undefined;
}

function field(from: Loose, name: string): Nodes {
  const value = from[KEYS.get(name)!];
  return Array.isArray(value) ? (value as Node[]) : undefined;
}

function first(nodes: Nodes): Node | undefined {
  return nodes?.[0];
}

/**
 * The text of an element. xml2js keeps an element's text apart from its child elements and loses their
 * order, so an element holding markup (naked HTML in a description, XHTML content) cannot be read here.
 */
function text(node: Node): string {
  if (typeof node === "string") return node;
  // A loop rather than Object.keys: this runs for every attribute-bearing element of every item.
  for (const key in node)
    if (key !== "$" && key !== "_" && Object.hasOwn(node, key)) throw new RssParserMismatch("markup-in-text");
  return node._ ?? "";
}

/** The non-blank trimmed texts of `nodes`, appended to `found`. */
function texts(nodes: Nodes, found: string[] = []): string[] {
  if (nodes === undefined) return found;
  for (const node of nodes) {
    const value = text(node).trim();
    if (value) found.push(value);
  }
  return found;
}

function attr(node: Node, name: string): string | null {
  return typeof node === "string" ? null : (node.$?.[name] ?? null);
}

function rssLink(nodes: Nodes): string | null {
  for (const link of nodes ?? []) {
    const href = attr(link, "href") ?? text(link).trim();
    if (href) return href;
  }
  return null;
}

/** Alternate links, HTML ones first; Atom's default relation is "alternate". */
function atomLinks(nodes: Nodes): string[] {
  if (nodes === undefined) return [];
  const ranked: { href: string; rank: number }[] = [];
  for (const link of nodes ?? []) {
    const rel = (attr(link, "rel") ?? "alternate").trim().toLowerCase();
    const href = attr(link, "href")?.trim() || text(link).trim();
    if (rel !== "alternate" || !href) continue;
    const type = (attr(link, "type") ?? "text/html").toLowerCase();
    ranked.push({ href, rank: type.includes("html") ? 0 : 1 });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((l) => l.href);
}

function atomAuthor(nodes: Nodes): string | null {
  const author = first(nodes);
  if (author === undefined) return null;
  const name = typeof author === "string" ? undefined : first(author.name as Nodes);
  return text(name ?? author).trim() || null;
}

/** Atom categories' labels (else terms, else texts), appended to `found`. */
function atomCategories(nodes: Nodes, found: string[] = []): string[] {
  if (nodes === undefined) return found;
  for (const node of nodes) {
    const value = attr(node, "label") ?? attr(node, "term") ?? text(node);
    if (value) found.push(value);
  }
  return found;
}

/** RSS description-like elements: escaped HTML or CDATA. */
function htmlContent(node: Node | undefined): RawContent | null {
  if (node === undefined) return null;
  const value = text(node);
  return value.trim() ? { value, type: "html", base: null } : null;
}

/** Atom text constructs (`type` text/html/xhtml); an out-of-line (`src`) or binary one has no body. */
function textConstruct(node: Node | undefined): RawContent | null {
  if (node === undefined || attr(node, "src")) return null;
  // Atom 0.3's `mode` (escaped/base64/xml) is the reader's; the routing keeps Atom 0.3 away, so a
  // stray one is a document this path does not know.
  if (attr(node, "mode") !== null) throw new RssParserMismatch("markup-in-text");
  const type = (attr(node, "type") ?? "text").trim().toLowerCase();
  const value = text(node);
  // XHTML content without child elements is text that must stay text once shown as HTML.
  if (type === "xhtml" || type === "application/xhtml+xml")
    return { value: escapeHtml(value), type: "html", base: null };
  const isHtml = type === "html" || type === "text/html";
  if (!isHtml && !type.startsWith("text/") && type !== "text") return null;
  const kind: ContentType = isHtml ? "html" : "text";
  return value.trim() ? { value, type: kind, base: null } : null;
}

import { hashString } from "../lib/hash";
import type { ParsedItem } from "../model/article";
import { canonicalUrl, parseUrl } from "./canonical-url";
import { htmlToText } from "./html-text";
import { parseFeedDate } from "./parse-date";
import { findProvenance } from "./provenance";
import type { ContentType, RawFeed, RawItem } from "./raw-feed";
import { escapeHtml } from "../lib/escape-html";
import { sanitizedHtmlAndText } from "./html-content";

/** A parsed feed: its own title and link, and its items normalised. */
export interface ParsedFeed {
  title: string | null;
  link: string | null;
  items: ParsedItem[];
}

/** How far into the future a date may lie before it is taken for a clock or zone error. */
const MAX_FUTURE_MS = 2 * 24 * 3600 * 1000;
/** Earlier dates are placeholders (the Unix epoch, 1900) rather than news; the store then uses first-seen. */
const EARLIEST = Date.parse("1995-01-01T00:00:00Z");
const TITLE_FALLBACK_CHARS = 100;

/** Turns a raw feed into display-safe, canonical items. `url` is where the feed was fetched from. */
export function normaliseFeed(raw: RawFeed, url: string, now: string): ParsedFeed {
  const docBase = parseUrl(raw.base, url)?.href ?? url;
  const link = canonicalUrl(raw.link, docBase);
  // Relative item links are relative to the site more often than to the feed file.
  const itemBase = raw.base ? docBase : (link ?? url);
  const latest = Date.parse(now) + MAX_FUTURE_MS;
  const items = raw.items.map((item) => normaliseItem(item, itemBase, docBase, url, latest));
  return {
    title: oneLine(raw.title ? plain(raw.title, raw.titleType) : "") || null,
    link,
    items: keepDistinguishingFragments(items),
  };
}

/** An item with its link's fragment, kept aside until the whole feed shows whether fragments tell items apart. */
interface Normalised {
  item: ParsedItem;
  withFragment: string | null;
}

/**
 * Items whose links differ only by fragment (a newsletter's issues as `page#issue-12`, a linkblog's entries)
 * keep their fragments, or they would be stored as one article and the rest lost; everywhere else the
 * fragment goes (`#top`, `#comments`), so the same article keeps one URL across feeds.
 */
function keepDistinguishingFragments(items: Normalised[]): ParsedItem[] {
  // Without a single link that had a fragment there is nothing to tell apart.
  if (items.every(({ item, withFragment }) => !withFragment || withFragment === item.url))
    return items.map(({ item }) => item);
  const fragmentsByUrl = new Map<string, Set<string>>();
  for (const { item, withFragment } of items) {
    if (!withFragment) continue;
    const set = fragmentsByUrl.get(item.url) ?? new Set<string>();
    set.add(withFragment);
    fragmentsByUrl.set(item.url, set);
  }
  return items.map(({ item, withFragment }) =>
    withFragment && fragmentsByUrl.get(item.url)!.size > 1 ? { ...item, url: withFragment } : item,
  );
}

function normaliseItem(raw: RawItem, feedBase: string, docBase: string, feedUrl: string, latest: number): Normalised {
  const base = parseUrl(raw.base, feedBase)?.href ?? feedBase;
  const guid = raw.guid?.trim() || null;
  const body = raw.content?.value.trim() ? raw.content : raw.summary;
  const html = body ? (body.type === "html" ? body.value : textToHtml(body.value)) : "";
  const content = sanitizedHtmlAndText(html, parseUrl(body?.base, base)?.href ?? base);
  const text = content.text;
  const title = oneLine(raw.title ? plain(raw.title, raw.titleType) : "");
  const url = itemUrl(raw, base, parseUrl(raw.base, docBase)?.href ?? docBase, guid, feedUrl, title, text);
  const item: ParsedItem = {
    url: url.canonical,
    guid,
    title: title || titleFromText(text) || "(untitled)",
    published: firstDate(raw.dates, latest),
    author: oneLine(raw.author ?? "") || null,
    categories: [...new Set(raw.categories.map(oneLine).filter(Boolean))],
    content_html: content.html,
    text,
    provenance: findProvenance(text),
  };
  return { item, withFragment: url.withFragment };
}

// An item with neither link nor permalink GUID still needs a stable, unique absolute URL for the store:
// the feed's URL with the GUID (or a hash of the item) as fragment.
function itemUrl(
  raw: RawItem,
  base: string,
  docBase: string,
  guid: string | null,
  feedUrl: string,
  title: string,
  text: string,
): { canonical: string; withFragment: string | null } {
  for (const link of raw.links) {
    const url = canonicalUrl(link, base);
    // Without a "#" the link has no fragment to keep (a base's fragment never carries over), so it parses once.
    if (url) return { canonical: url, withFragment: link.includes("#") ? canonicalUrl(link, base, true) : url };
  }
  // A GUID is a permalink when it is an absolute URL, or a root-relative path (resolved against the document,
  // as Python feedparser does); "123" is not a path.
  const permalinkHref =
    guid && raw.guidIsPermaLink
      ? canonicalUrl(guid)
        ? guid
        : guid.startsWith("/")
          ? parseUrl(guid, docBase)?.href
          : null
      : null;
  const permalink = permalinkHref ? canonicalUrl(permalinkHref) : null;
  if (permalink) return { canonical: permalink, withFragment: canonicalUrl(permalinkHref, null, true) };
  const anchor = guid ?? `item-${hashString(`${title}\n${text}`)}`;
  return { canonical: `${canonicalUrl(feedUrl) ?? feedUrl}#${encodeURIComponent(anchor)}`, withFragment: null };
}

function firstDate(candidates: string[], latest: number): string | null {
  for (const candidate of candidates) {
    const iso = parseFeedDate(candidate);
    const ms = iso ? Date.parse(iso) : NaN;
    if (ms >= EARLIEST && ms <= latest) return iso;
  }
  return null;
}

// A plain-text body keeps its paragraphs and line breaks once it is shown as HTML.
function textToHtml(text: string): string {
  const paragraphs = text.trim().split(/\n[ \t]*\n\s*/);
  return paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("");
}

function plain(value: string, type: ContentType): string {
  // Most titles hold neither markup nor entities; they skip the HTML parser.
  return type === "html" && /[<&]/.test(value) ? htmlToText(value) : value;
}

// What oneLine's replace would change: whitespace other than " ", or a run of spaces. Most titles, authors and
// categories have neither, and the replace would build each of them again.
const CHANGING_WHITESPACE = /[^\S ]| {2}/;

function oneLine(text: string): string {
  return (CHANGING_WHITESPACE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

function titleFromText(text: string): string {
  const line = oneLine(text);
  if (line.length <= TITLE_FALLBACK_CHARS) return line;
  const cut = line.slice(0, TITLE_FALLBACK_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

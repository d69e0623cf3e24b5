import type { Cheerio, CheerioAPI } from "cheerio/slim";
import { load } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import type { ParsedItem } from "../model/article";
import { parseBoundedDocument } from "./bounded-html";
import { nodesToText } from "./html-text";
import { parseFeedDate } from "./parse-date";
import { findProvenance } from "./provenance";

/**
 * Main text of a news article page, read with cheerio/slim (htmlparser2: ~2.7x faster than the
 * parse5 build and 300 KiB smaller in the Worker). The article container is chosen first, then page
 * furniture inside it is removed, so a furniture-like class on the container itself cannot empty it.
 */

/** What an article page adds to a feed item. */
export interface ArticlePage {
  title: string | null;
  text: string;
  published: string | null;
  provenance: string | null;
}

/** Below this many characters of text, a feed item is taken for a teaser. */
const SHORT_TEXT_CHARS = 600;
const TEASER_ENDING =
  /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\bread more|\bcontinue reading|\bread the full (?:story|article))[\s.»›→)\]]*$/i;

const FURNITURE_TAGS =
  "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, figure, button, dialog";
const FURNITURE_ROLES =
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]';
// Matched against class and id tokens split on spaces, hyphens and underscores.
const FURNITURE_WORDS = new Set([
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "newsletter",
  "subscribe",
  "subscription",
  "signup",
  "ad",
  "ads",
  "advert",
  "advertisement",
  "adslot",
  "dfp",
  "promo",
  "sponsored",
  "related",
  "recommended",
  "trending",
  "popular",
  "share",
  "sharing",
  "social",
  "comment",
  "comments",
  "disqus",
  "breadcrumb",
  "breadcrumbs",
  "sidebar",
  "popup",
  "modal",
  "outbrain",
  "taboola",
  "tags",
  "byline",
  // Captions (WordPress's wp-caption), embedded posts, related-post plugins, author boxes and widget rails.
  "caption",
  "tweet",
  "embed",
  "relatedposts",
  "author",
  "widget",
  "rail",
  "navigation",
]);
const MAIN_SELECTORS = [
  '[itemprop="articleBody"]',
  "article",
  "main",
  '[role="main"]',
  ".article-body, .article__body, .entry-content, .post-content, .story-body, #article-body, #content, .content",
];

/** True when a feed item carries only a teaser, so the article page is worth fetching. */
export function needsArticlePage(item: Pick<ParsedItem, "text">): boolean {
  const text = item.text.trim();
  // Only the tail is tested: the pattern is unanchored on the left and would be slow over a long text.
  return text.length < SHORT_TEXT_CHARS || TEASER_ENDING.test(text.slice(-200));
}

/** Extracts title, main text, publication date and syndication note from an article page. */
export function extractArticlePage(html: string, url: string): ArticlePage {
  // Parsed here rather than by cheerio so the nesting cap applies; a page nested past it keeps its top part.
  const $ = load(parseBoundedDocument(html, { decodeEntities: true }, true), { baseURI: url });
  const title =
    meta($, 'meta[property="og:title"], meta[name="twitter:title"]') ?? firstText($, "h1") ?? firstText($, "title");
  const jsonLd = readJsonLd($);
  const published = publishedDate($, jsonLd);
  const main = mainElement($);
  main.find(FURNITURE_TAGS).remove();
  main.find(FURNITURE_ROLES).remove();
  main
    .find("[class], [id]")
    .filter((_, el) => isFurniture(el))
    .remove();
  main
    .find("ul, ol")
    .filter((_, el) => isLinkList($, el))
    .remove();
  const pageText = nodesToText(main.toArray());
  // Script-rendered pages often ship the story only in JSON-LD; take it when it says more than the markup.
  const ldText =
    jsonLd.bodies.map((body) => body.replace(/\s*\n\s*\n\s*/g, "\n\n").trim()).sort((a, b) => b.length - a.length)[0] ??
    "";
  const text = ldText.length > pageText.length ? ldText : pageText;
  return { title, text, published, provenance: findProvenance(text) };
}

function mainElement($: CheerioAPI): Cheerio<AnyNode> {
  for (const selector of MAIN_SELECTORS) {
    const candidates = $(selector);
    if (candidates.length === 0) continue;
    // Pages list teasers of other stories in <article> elements too; the story is the longest one.
    let best = candidates.first();
    let bestLength = best.text().length;
    candidates.each((_, el) => {
      const length = $(el).text().length;
      if (length > bestLength) {
        best = $(el);
        bestLength = length;
      }
    });
    if (bestLength > 0) return best;
  }
  return $("body").length ? $("body") : $.root();
}

function isFurniture(el: Element): boolean {
  if (el.name === "article" || el.name === "main" || el.attribs.itemprop === "articleBody") return false;
  const tokens = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase().split(/[\s_-]+/);
  return tokens.some((t) => FURNITURE_WORDS.has(t));
}

// A list whose text is nearly all link text is navigation or "related stories", not prose.
function isLinkList($: CheerioAPI, el: Element): boolean {
  const items = $(el).children("li");
  if (items.length < 3) return false;
  const text = $(el).text().replace(/\s+/g, "").length;
  const linkText = $(el).find("a").text().replace(/\s+/g, "").length;
  return text > 0 && linkText / text > 0.8;
}

function meta($: CheerioAPI, selector: string): string | null {
  const value = $(selector).first().attr("content")?.trim();
  return value || null;
}

function firstText($: CheerioAPI, selector: string): string | null {
  const value = $(selector).first().text().replace(/\s+/g, " ").trim();
  return value || null;
}

function publishedDate($: CheerioAPI, jsonLd: JsonLdFacts): string | null {
  const candidates = [
    meta($, 'meta[property="article:published_time"]'),
    meta($, 'meta[itemprop="datePublished"]'),
    $('[itemprop="datePublished"]').first().attr("datetime") ?? null,
    ...jsonLd.dates,
    meta($, 'meta[name="date"], meta[name="pubdate"], meta[name="dc.date"], meta[name="DC.date.issued"]'),
    $("article time[datetime], time[datetime]").first().attr("datetime") ?? null,
  ];
  for (const candidate of candidates) {
    const iso = parseFeedDate(candidate);
    if (iso) return iso;
  }
  return null;
}

/** The NewsArticle facts a page states in JSON-LD (`@graph` and arrays included). */
interface JsonLdFacts {
  dates: string[];
  bodies: string[];
}

function readJsonLd($: CheerioAPI): JsonLdFacts {
  const facts: JsonLdFacts = { dates: [], bodies: [] };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      collectJsonLd(JSON.parse($(el).text()), facts, 0);
    } catch {
      // Broken JSON-LD is common and only costs us these hints.
    }
  });
  return facts;
}

function collectJsonLd(node: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 6 || !node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) collectJsonLd(child, facts, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === "string") facts.dates.push(record.datePublished);
  if (typeof record.articleBody === "string") facts.bodies.push(record.articleBody);
  if (record["@graph"]) collectJsonLd(record["@graph"], facts, depth + 1);
}

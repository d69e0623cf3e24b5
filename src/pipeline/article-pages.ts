import type { ParsedItem } from "../model";
import type { Fetcher } from "../fetch/fetcher";
import { extractArticlePage, needsArticlePage, type ArticlePage } from "../parse/article-page";
import { decodeBytes } from "../parse/decode";

/** What a poll may spend on article pages, shared by all its feeds. */
export interface PageBudget {
  /** Page fetches left in this poll. */
  remaining: number;
  /** Pages already asked for in this poll, by URL without fragment: one fetch per URL per poll. */
  pages: Map<string, Promise<ArticlePage | null>>;
}

/** A fresh budget of `maxFetches` page fetches for one poll. */
export function createPageBudget(maxFetches: number): PageBudget {
  return { remaining: maxFetches, pages: new Map() };
}

/**
 * Replaces short summaries with the article page's main text, under the fetcher's politeness rules.
 * A page that cannot be fetched or read leaves the item as the feed gave it. `feedUrls` are the addresses
 * the feed was asked for and answered from: an item whose URL is the feed itself (an item without a link
 * becomes `feedURL#guid`) is never fetched, or one feed of 40 such items would be downloaded 41 times.
 */
export async function enrichWithArticlePages(
  fetcher: Fetcher,
  items: ParsedItem[],
  feedUrls: string[],
  budget: PageBudget,
): Promise<ParsedItem[]> {
  const feeds = new Set(feedUrls.map(withoutFragment));
  return Promise.all(
    items.map(async (item) => {
      if (!needsArticlePage(item)) return item;
      const url = withoutFragment(item.url);
      if (feeds.has(url)) return item;
      let pending = budget.pages.get(url);
      if (!pending) {
        if (budget.remaining <= 0) return item;
        budget.remaining--;
        pending = fetchPage(fetcher, url);
        budget.pages.set(url, pending);
      }
      const page = await pending;
      if (!page) return item;
      if (page.text.length <= item.text.length) return { ...item, provenance: item.provenance ?? page.provenance };
      return {
        ...item,
        text: page.text,
        provenance: item.provenance ?? page.provenance,
        published: item.published ?? page.published,
      };
    }),
  );
}

async function fetchPage(fetcher: Fetcher, url: string): Promise<ArticlePage | null> {
  const outcome = await fetcher.fetch({ url, kind: "page" });
  if (outcome.kind !== "ok") return null;
  try {
    return extractArticlePage(decodeBytes(outcome.body, outcome.contentType), outcome.url);
  } catch {
    // A page the HTML reader chokes on costs us the page, never the feed.
    return null;
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf("#");
  return hash < 0 ? url : url.slice(0, hash);
}

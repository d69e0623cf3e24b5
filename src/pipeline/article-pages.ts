import type { ParsedItem } from "../model";
import type { Fetcher } from "../fetch/fetcher";
import { extractArticlePage, needsArticlePage } from "../parse/article-page";
import { decodeBytes } from "../parse/decode";

/**
 * Replaces short summaries with the article page's main text, under the fetcher's politeness rules.
 * A page that cannot be fetched or read leaves the item as the feed gave it.
 */
export async function enrichWithArticlePages(fetcher: Fetcher, items: ParsedItem[]): Promise<ParsedItem[]> {
  return Promise.all(
    items.map(async (item) => {
      if (!needsArticlePage(item)) return item;
      const outcome = await fetcher.fetch({ url: item.url, kind: "page" });
      if (outcome.kind !== "ok") return item;
      let page: ReturnType<typeof extractArticlePage>;
      try {
        page = extractArticlePage(decodeBytes(outcome.body, outcome.contentType), outcome.url);
      } catch {
        // A page the HTML reader chokes on costs us the page, never the feed.
        return item;
      }
      if (page.text.length <= item.text.length) return { ...item, provenance: item.provenance ?? page.provenance };
      return { ...item, text: page.text, provenance: item.provenance ?? page.provenance, published: item.published ?? page.published };
    }),
  );
}

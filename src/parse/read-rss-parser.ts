import Parser from "rss-parser";
import type { RawFeed, RawItem } from "./raw-feed";

type Loose = Record<string, unknown>;

const parser = new Parser({
  customFields: {
    item: [
      ["published", "published"],
      ["updated", "updated"],
      ["dc:subject", "subjects", { keepArray: true }],
    ],
  },
});

/** Reads a feed with rss-parser; rejects with rss-parser's own errors. */
export async function readWithRssParser(xml: string): Promise<RawFeed> {
  const feed = (await parser.parseString(xml)) as unknown as Loose & { items: Loose[] };
  return {
    title: str(feed.title),
    link: str(feed.link),
    base: null,
    items: feed.items.map(toRawItem),
  };
}

function toRawItem(item: Loose): RawItem {
  const encoded = str(item["content:encoded"]);
  const isAtom = item.id !== undefined || item.summary !== undefined;
  const content = encoded ?? (isAtom ? str(item.content) : null);
  const summary = isAtom ? str(item.summary) : str(item.content);
  return {
    title: str(item.title),
    titleType: "html",
    links: [str(item.link)].filter((l): l is string => !!l),
    base: null,
    guid: str(item.guid) ?? str(item.id),
    guidIsPermaLink: true,
    dates: [item.pubDate, item.published, item.date, item.updated].map(str).filter((d): d is string => !!d),
    author: str(item.creator) ?? str(item.author),
    categories: [...list(item.categories), ...list(item.subjects)],
    content: content ? { value: content, type: "html" } : null,
    summary: summary ? { value: summary, type: "html" } : null,
  };
}

function str(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === "object" && "_" in value) return str((value as Loose)._);
  return null;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str).filter((v): v is string => !!v) : [];
}

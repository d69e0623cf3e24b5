import { decodeBytes } from "./decode";
import { FeedParseError } from "./feed-parse-error";
import { normaliseFeed, type ParsedFeed } from "./normalise";
import { readWithRssParser, RssParserMismatch } from "./read-rss-parser";
import { looksLikeJson, readJsonFeed } from "./read-json-feed";
import { readXmlFeed } from "./read-xml-feed";
import type { RawFeed } from "./raw-feed";
import { routeFeed, type FallbackReason } from "./route-feed";

export type { ParsedFeed } from "./normalise";
export type { FallbackReason } from "./route-feed";
export { FeedParseError } from "./feed-parse-error";

/** Options of `parseFeed`: where the bytes came from and the current time (for date sanity checks). */
export interface ParseFeedOptions {
  url: string;
  contentType?: string | null;
  now: string;
}

/** A parsed feed with the parser that read it: rss-parser, or the reader and why. */
export interface FeedReport {
  feed: ParsedFeed;
  reader: "rss-parser" | "fallback" | "json-feed";
  /** Why rss-parser was not used; null when it was. */
  fallback: FallbackReason | null;
}

/**
 * Decodes, parses and normalises feed bytes; rejects only with a FeedParseError.
 * Nothing in it waits (xml2js parses synchronously behind rss-parser's promise), so it cannot hang.
 */
export async function parseFeed(bytes: Uint8Array, opts: ParseFeedOptions): Promise<ParsedFeed> {
  return (await parseFeedWithReport(bytes, opts)).feed;
}

/** `parseFeed`, also telling which parser read the document (see route-feed.ts and README.md). */
export async function parseFeedWithReport(bytes: Uint8Array, opts: ParseFeedOptions): Promise<FeedReport> {
  const text = decodeBytes(bytes, opts.contentType);
  if (!text.trim()) throw new FeedParseError("empty", "The document is empty.");
  try {
    if (looksLikeJson(text))
      return { feed: normaliseFeed(readJsonFeed(text), opts.url, opts.now), reader: "json-feed", fallback: null };
    const { raw, fallback } = await read(text, opts.url);
    return { feed: normaliseFeed(raw, opts.url, opts.now), reader: fallback ? "fallback" : "rss-parser", fallback };
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    // Anything else is a bug of ours on strange input; it still must not escape as a non-feed error.
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedParseError("malformed", `Could not read the feed: ${message}`, { cause: error });
  }
}

// rss-parser first; the reader for documents routed away from it and for whatever it rejects or would
// get wrong. The reader's own errors (not a feed, too deep, entity bombs) are the final answer.
async function read(text: string, url: string): Promise<{ raw: RawFeed; fallback: FallbackReason | null }> {
  const route = routeFeed(text);
  if (typeof route === "string") return { raw: readXmlFeed(text, url), fallback: route };
  try {
    return { raw: await readWithRssParser(text, route), fallback: null };
  } catch (error) {
    return { raw: readXmlFeed(text, url), fallback: error instanceof RssParserMismatch ? error.reason : "rejected" };
  }
}

import { decodeBytes } from "./decode";
import { FeedParseError } from "./feed-parse-error";
import { normaliseFeed, type ParsedFeed } from "./normalise";
import { readWithRssParser } from "./read-rss-parser";

export type { ParsedFeed } from "./normalise";
export { FeedParseError } from "./feed-parse-error";

/** Options of `parseFeed`: where the bytes came from and the current time (for date sanity checks). */
export interface ParseFeedOptions {
  url: string;
  contentType?: string | null;
  now: string;
}

/** Decodes, parses and normalises feed bytes; rejects only with a FeedParseError. */
export async function parseFeed(bytes: Uint8Array, opts: ParseFeedOptions): Promise<ParsedFeed> {
  const text = decodeBytes(bytes, opts.contentType);
  if (!text.trim()) throw new FeedParseError("empty", "The document is empty.");
  try {
    return normaliseFeed(await readWithRssParser(text), opts.url, opts.now);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const code = /not recognized/i.test(message) ? "not-a-feed" : "malformed";
    throw new FeedParseError(code, `Could not parse the feed: ${message}`, { cause: error });
  }
}

import { decodeBytes } from "./decode";
import { FeedParseError } from "./feed-parse-error";
import { normaliseFeed, type ParsedFeed } from "./normalise";
import { readXmlFeed } from "./read-xml-feed";

export type { ParsedFeed } from "./normalise";
export { FeedParseError } from "./feed-parse-error";

/** Options of `parseFeed`: where the bytes came from and the current time (for date sanity checks). */
export interface ParseFeedOptions {
  url: string;
  contentType?: string | null;
  now: string;
}

/**
 * Decodes, parses and normalises feed bytes; rejects only with a FeedParseError.
 * Synchronous work behind a promise: nothing in it waits, so it cannot hang or settle twice.
 */
export async function parseFeed(bytes: Uint8Array, opts: ParseFeedOptions): Promise<ParsedFeed> {
  const text = decodeBytes(bytes, opts.contentType);
  if (!text.trim()) throw new FeedParseError("empty", "The document is empty.");
  try {
    return normaliseFeed(readXmlFeed(text, opts.url), opts.url, opts.now);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    // Anything else is a bug of ours on strange input; it still must not escape as a non-feed error.
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedParseError("malformed", `Could not read the feed: ${message}`, { cause: error });
  }
}

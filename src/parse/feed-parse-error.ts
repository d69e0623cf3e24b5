/** Why a document could not be read as a feed; `code` is stable and ends up in the feed's recorded error. */
export type FeedParseErrorCode = "empty" | "not-a-feed" | "malformed";

/** The only error `parseFeed` rejects with: an ordinary Error carrying a stable code. */
export class FeedParseError extends Error {
  readonly code: FeedParseErrorCode;

  constructor(code: FeedParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FeedParseError";
    this.code = code;
  }
}

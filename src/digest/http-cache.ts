import { hashString } from "../lib/hash";

/** Readers poll; five minutes keeps a busy reader farm off the search index without delaying news much. */
export const DIGEST_CACHE_CONTROL = "public, max-age=300";

/**
 * A strong ETag from the exact body: two seeds of a 53-bit hash plus the length, so an accidental
 * collision between two versions of one feed is negligible. Runs the same on Node and Workers (no async crypto).
 */
export function strongEtag(body: string): string {
  return `"${body.length.toString(36)}-${hashString(body)}${hashString(body, 1)}"`;
}

/** An ISO instant as an HTTP-date (`Sat, 28 Nov 2026 10:00:00 GMT`). */
export function httpDate(iso: string): string {
  return new Date(iso).toUTCString();
}

/** The validators a client sent on a conditional GET. */
export interface ConditionalHeaders {
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

/**
 * Whether a conditional GET may be answered 304 (RFC 9110 §13.2.2): If-None-Match wins when present
 * (weak comparison, `*` matches); otherwise If-Modified-Since, at the one-second precision of HTTP dates.
 */
export function isNotModified(request: ConditionalHeaders, current: { etag: string; lastModified: string }): boolean {
  if (request.ifNoneMatch !== null) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
    const wanted = opaque(current.etag);
    return request.ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === wanted);
  }
  if (request.ifModifiedSince !== null) {
    const since = Date.parse(request.ifModifiedSince);
    const modified = Date.parse(current.lastModified);
    return !Number.isNaN(since) && !Number.isNaN(modified) && Math.floor(modified / 1000) <= Math.floor(since / 1000);
  }
  return false;
}

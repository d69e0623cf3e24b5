const MINUTE = 60_000;
/** Failing feeds back off, but are always retried at least once a day. */
export const MAX_BACKOFF_MS = 24 * 60 * MINUTE;

/** When a feed that just answered is due again. */
export function nextDueAfterSuccess(now: Date, intervalMinutes: number): string {
  return new Date(now.getTime() + Math.max(1, intervalMinutes) * MINUTE).toISOString();
}

/** First retry of a feed that has never answered: a first run offline, or a typo in a new feed's address. */
export const FIRST_RETRY_MS = 2 * MINUTE;

/**
 * When a failing feed is due again: the interval doubles with each consecutive error (capped at a day),
 * and a server's Retry-After is honoured when it asks for longer. A feed that has never succeeded starts
 * from FIRST_RETRY_MS instead (2, 4, 8… minutes, never beyond the usual backoff), so a first run that
 * met no network fills up within minutes of the network coming back, not an hour later.
 */
export function nextDueAfterError(
  now: Date,
  intervalMinutes: number,
  consecutiveErrors: number,
  retryAfterMs: number | null,
  neverSucceeded = false,
): string {
  const usual = Math.min(MAX_BACKOFF_MS, Math.max(1, intervalMinutes) * MINUTE * 2 ** Math.min(consecutiveErrors, 20));
  const backoff = neverSucceeded
    ? Math.min(usual, FIRST_RETRY_MS * 2 ** Math.min(Math.max(consecutiveErrors - 1, 0), 20))
    : usual;
  return new Date(now.getTime() + Math.max(backoff, Math.min(retryAfterMs ?? 0, MAX_BACKOFF_MS))).toISOString();
}

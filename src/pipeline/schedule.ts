const MINUTE = 60_000;
/** Failing feeds back off, but are always retried at least once a day. */
export const MAX_BACKOFF_MS = 24 * 60 * MINUTE;

/** When a feed that just answered is due again. */
export function nextDueAfterSuccess(now: Date, intervalMinutes: number): string {
  return new Date(now.getTime() + Math.max(1, intervalMinutes) * MINUTE).toISOString();
}

/**
 * When a failing feed is due again: the interval doubles with each consecutive error (capped at a day),
 * and a server's Retry-After is honoured when it asks for longer.
 */
export function nextDueAfterError(now: Date, intervalMinutes: number, consecutiveErrors: number, retryAfterMs: number | null): string {
  const backoff = Math.min(MAX_BACKOFF_MS, Math.max(1, intervalMinutes) * MINUTE * 2 ** Math.min(consecutiveErrors, 20));
  return new Date(now.getTime() + Math.max(backoff, Math.min(retryAfterMs ?? 0, MAX_BACKOFF_MS))).toISOString();
}

/** Delay before retry number `retry` (0-based): base·2^retry capped, then "equal jitter" so synchronised pollers spread out. */
export function backoffDelayMs(retry: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** retry);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only accept something that looks like a date: Date.parse alone takes e.g. "5" as a year.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** Failure codes worth another attempt inside the same fetch. */
export function isTransient(code: string): boolean {
  return code === "timeout" || code === "connection" || code === "http-429" || /^http-5\d\d$/.test(code);
}

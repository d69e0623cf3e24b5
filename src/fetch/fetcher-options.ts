import * as z from "zod";

/** Policy knobs shared by every Fetcher adapter; `sleep`, `random` and `now` are injectable so tests are fast and deterministic. */
export interface FetcherOptions {
  userAgent: string;
  /** Budget to connect and receive the response headers of one HTTP exchange. */
  connectTimeoutMs: number;
  /** Budget for one attempt: every redirect hop plus the whole body. Each retry gets a fresh budget. */
  totalTimeoutMs: number;
  /** Body cap, counted after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Exchanges in flight across all hosts; each host is further limited to one. */
  concurrency: number;
  /** Extra attempts after the first on timeouts, connection errors, 5xx and 429. */
  retries: number;
  /** First backoff delay; doubles per retry, with jitter. */
  backoffBaseMs: number;
  maxBackoffMs: number;
  /** Longest `Retry-After` waited for inside one fetch; longer ones are returned as `retryAfterMs`. */
  maxRetryAfterMs: number;
  /** Lets loopback/private addresses through (tests, `ALLOW_PRIVATE_FEEDS=1`). */
  allowPrivate: boolean;
  /** Hostnames exempt from the private-address rule, e.g. an operator's own intranet bulletin feed. */
  allowedHosts: readonly string[];
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1), as `Math.random`. */
  random: () => number;
  /** Epoch milliseconds, as `Date.now`; used to read HTTP-date `Retry-After`. */
  now: () => number;
}

/** The honest User-Agent every request carries. */
export const DEFAULT_USER_AGENT =
  "medbreach/0.1 (+https://github.com/medbreach/medbreach; healthcare cyber-incident aggregator)";

/** Accept headers per request kind. */
export const ACCEPT: Record<"feed" | "page", string> = {
  feed: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
  page: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
};

const numbers = z.object({
  userAgent: z.string().min(1).max(500),
  connectTimeoutMs: z.number().int().positive(),
  totalTimeoutMs: z.number().int().positive(),
  maxBytes: z.number().int().positive(),
  maxRedirects: z.number().int().min(0).max(20),
  concurrency: z.number().int().min(1).max(1000),
  retries: z.number().int().min(0).max(10),
  backoffBaseMs: z.number().int().min(0),
  maxBackoffMs: z.number().int().min(0),
  maxRetryAfterMs: z.number().int().min(0),
  allowPrivate: z.boolean(),
  allowedHosts: z.array(z.string().min(1)),
});

/** The documented defaults. */
export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  userAgent: DEFAULT_USER_AGENT,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 8,
  retries: 2,
  backoffBaseMs: 500,
  maxBackoffMs: 10_000,
  maxRetryAfterMs: 30_000,
  allowPrivate: false,
  allowedHosts: [],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** Defaults merged with overrides; throws on a nonsensical number so a bad config fails at start-up, not mid-poll. */
export function resolveFetcherOptions(overrides: Partial<FetcherOptions>): FetcherOptions {
  const merged = { ...DEFAULT_FETCHER_OPTIONS, ...dropUndefined(overrides) };
  numbers.parse(merged);
  return merged;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import type { Context, MiddlewareHandler } from "hono";

/** Requests a client may make: a sustained rate and a burst on top of it. */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Clients tracked at once; the least recently seen are forgotten first, so memory stays bounded. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client address, in memory. On Workers each isolate keeps its own buckets,
 * which bounds abuse per isolate; a shared limit would need a Durable Object or the platform's rate limiter.
 */
export function rateLimit(
  options: RateLimitOptions,
  clientKey: (c: Context) => string,
  now: () => number = Date.now,
): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  const ratePerMs = options.perMinute / 60_000;
  const capacity = options.burst;
  const maxClients = options.maxClients ?? 10_000;
  return async (c, next) => {
    const key = clientKey(c);
    const t = now();
    const previous = buckets.get(key);
    const bucket = previous
      ? { tokens: Math.min(capacity, previous.tokens + (t - previous.at) * ratePerMs), at: t }
      : { tokens: capacity, at: t };
    buckets.delete(key);
    if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
      c.header("Retry-After", String(retryAfter));
      return c.json({ error: `too many requests; retry in ${retryAfter} s` }, 429);
    }
    bucket.tokens -= 1;
    buckets.set(key, bucket);
    await next();
  };
}

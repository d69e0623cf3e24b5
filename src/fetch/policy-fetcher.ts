import type { FetchOutcome, FetchRequest, Fetcher } from "./fetcher";
import { ACCEPT, type FetcherOptions } from "./fetcher-options";
import { createLimiter } from "./limiter";
import { backoffDelayMs, isTransient, parseRetryAfter } from "./retry-policy";
import { TransportError, type Transport } from "./transport";
import { checkUrl } from "../lib/url-guard";

type ErrorOutcome = Extract<FetchOutcome, { kind: "error" }>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

/** The whole fetch policy (SSRF checks per hop, redirects, retries, Retry-After, limits, outcome mapping) over any transport. */
export function createPolicyFetcher(transport: Transport, options: FetcherOptions): Fetcher {
  const limiter = createLimiter(options.concurrency);

  /** One exchange inside the host and global limits; the body is read while the slot is held. */
  const exchange = (url: URL, request: FetchRequest, signal: AbortSignal, startClock: () => void) =>
    limiter.run(url.hostname, async () => {
      startClock();
      const response = await transport({
        url,
        headers: requestHeaders(request, options.userAgent),
        signal,
        connectTimeoutMs: options.connectTimeoutMs,
      });
      if (response.status >= 200 && response.status < 300) {
        const body = await response.readBody(options.maxBytes);
        return { response, body };
      }
      response.discard();
      return { response, body: null };
    });

  /** One attempt: follows redirects within the attempt's total budget. */
  const attempt = async (start: URL, request: FetchRequest): Promise<FetchOutcome> => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The budget starts once the first exchange holds its slot: time queued behind the same host is not spent.
    const startClock = () => {
      timer ??= setTimeout(() => controller.abort(), options.totalTimeoutMs);
    };
    let current = start;
    try {
      const visited = new Set([current.href]);
      let movedTo: string | null = null;
      let permanentSoFar = true;
      for (let hops = 0; ; hops += 1) {
        const { response, body } = await exchange(current, request, controller.signal, startClock);
        const status = response.status;
        if (REDIRECTS.has(status)) {
          const location = response.header("location");
          if (!location) return failure(current.href, "bad-redirect", `HTTP ${status} without Location`, false);
          const next = checkUrl(resolve(location, current), options.allowPrivate, options.allowedHosts);
          if (!next.ok) return failure(current.href, next.code, `redirect refused: ${next.message}`, false);
          if (visited.has(next.url.href)) {
            return failure(current.href, "redirect-loop", `redirect loop back to ${next.url.href}`, false);
          }
          if (hops + 1 > options.maxRedirects) {
            return failure(start.href, "too-many-redirects", `more than ${options.maxRedirects} redirects`, false);
          }
          visited.add(next.url.href);
          // Only the leading run of permanent redirects moves the resource; a temporary hop ends it.
          permanentSoFar = permanentSoFar && PERMANENT.has(status);
          if (permanentSoFar) movedTo = next.url.href;
          current = next.url;
          continue;
        }
        if (status === 304) return { kind: "not-modified", url: current.href, movedTo };
        if (status === 410) return { kind: "gone", url: current.href };
        if (body) {
          return {
            kind: "ok",
            url: current.href,
            movedTo,
            status,
            contentType: response.header("content-type"),
            body,
            etag: response.header("etag"),
            lastModified: response.header("last-modified"),
          };
        }
        const code = `http-${status}`;
        const retryAfterMs =
          status === 429 || status === 503 ? parseRetryAfter(response.header("retry-after"), options.now()) : null;
        return failure(current.href, code, `HTTP ${status}`, isTransient(code), retryAfterMs);
      }
    } catch (error) {
      if (error instanceof TransportError) {
        return failure(current.href, error.code, error.message, isTransient(error.code) || error.code === "dns");
      }
      return failure(current.href, "connection", error instanceof Error ? error.message : String(error), true);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  };

  return {
    async fetch(request: FetchRequest): Promise<FetchOutcome> {
      const checked = checkUrl(request.url, options.allowPrivate, options.allowedHosts);
      if (!checked.ok) return failure(request.url, checked.code, checked.message, false);
      for (let retry = 0; ; retry += 1) {
        const outcome = await attempt(checked.url, request);
        if (outcome.kind !== "error" || !isTransient(outcome.code) || retry >= options.retries) return outcome;
        // A Retry-After beyond the cap is the scheduler's business: hand it back rather than block a poll slot.
        if (outcome.retryAfterMs !== null && outcome.retryAfterMs > options.maxRetryAfterMs) return outcome;
        await options.sleep(
          outcome.retryAfterMs ?? backoffDelayMs(retry, options.backoffBaseMs, options.maxBackoffMs, options.random),
        );
      }
    },
  };
}

function requestHeaders(request: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": userAgent,
    accept: ACCEPT[request.kind],
    "accept-encoding": "gzip, deflate, br",
  };
  if (request.etag) headers["if-none-match"] = request.etag;
  if (request.lastModified) headers["if-modified-since"] = request.lastModified;
  return headers;
}

function resolve(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}

function failure(
  url: string,
  code: string,
  message: string,
  retryable: boolean,
  retryAfterMs: number | null = null,
): ErrorOutcome {
  return { kind: "error", url, code, message, retryable, retryAfterMs };
}

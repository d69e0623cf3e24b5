import type { Fetcher } from "./fetcher";
import { resolveFetcherOptions, type FetcherOptions } from "./fetcher-options";
import { createPolicyFetcher } from "./policy-fetcher";
import { TransportError, concatChunks, type Transport, type TransportResponse } from "./transport";

/** The `fetch` function the adapter sends through (the global one by default). */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Workers options: the shared policy plus the `fetch` to use. */
export interface FetchApiFetcherOptions extends FetcherOptions {
  fetch: FetchFunction;
}

/**
 * The Fetcher for Cloudflare Workers, on the global `fetch` with manual redirects.
 * Workers cannot resolve names themselves, so the SSRF check sees URL literals and names only, not resolved addresses.
 */
export function createFetchApiFetcher(options: Partial<FetchApiFetcherOptions> = {}): Fetcher {
  // Wrapped rather than stored bare: Workers throw "Illegal invocation" for a detached global fetch.
  const { fetch: send = (input, init) => globalThis.fetch(input, init), ...policy } = options;
  return createPolicyFetcher(createFetchApiTransport(send), resolveFetcherOptions(policy));
}

function createFetchApiTransport(send: FetchFunction): Transport {
  return async (request) => {
    const controller = new AbortController();
    let reason: TransportError | null = null;
    const abort = (error: TransportError) => {
      reason ??= error;
      controller.abort();
    };
    const onTotal = () => abort(new TransportError("timeout", "total timeout exceeded"));
    if (request.signal.aborted) onTotal();
    request.signal.addEventListener("abort", onTotal, { once: true });
    const release = () => request.signal.removeEventListener("abort", onTotal);
    const headersTimer = setTimeout(
      () => abort(new TransportError("timeout", `no response headers within ${request.connectTimeoutMs} ms`)),
      request.connectTimeoutMs,
    );
    let response: Response;
    try {
      response = await send(request.url.href, {
        method: "GET",
        headers: request.headers,
        redirect: "manual",
        signal: controller.signal,
      });
    } catch (error) {
      release();
      throw reason ?? new TransportError("connection", describe(error));
    } finally {
      clearTimeout(headersTimer);
    }
    return wrapResponse(response, () => reason, release);
  };
}

function wrapResponse(response: Response, reason: () => TransportError | null, release: () => void): TransportResponse {
  return {
    status: response.status,
    header: (name) => response.headers.get(name),
    async readBody(maxBytes) {
      if (!response.body) {
        release();
        return new Uint8Array(0);
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let total = 0;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return concatChunks(chunks, total);
          total += value.byteLength;
          // The runtime has already decompressed, so this counts inflated bytes: a gzip bomb stops here.
          if (total > maxBytes) throw new TransportError("too-large", `body exceeds ${maxBytes} bytes`);
          chunks.push(value);
        }
      } catch (error) {
        reader.cancel().catch(() => undefined);
        if (error instanceof TransportError) throw error;
        throw reason() ?? new TransportError("connection", describe(error));
      } finally {
        release();
      }
    },
    discard() {
      response.body?.cancel().catch(() => undefined);
      release();
    },
  };
}

/** The useful part of a fetch failure: undici hides the real cause behind "fetch failed". */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

import type { Context } from "hono";
import type { GetConnInfo } from "hono/conninfo";

/**
 * Who a request is from, for the per-client limits: the address its connection came from, as the
 * runtime's Hono adapter reports it; behind a trusted reverse proxy (`TRUST_PROXY=1`), whose own address
 * every request would share, the address that proxy appended to `X-Forwarded-For` (the entries before
 * it are whatever the client sent, so never those).
 */
export function clientKeyOf(connInfo: GetConnInfo | undefined, trustProxy: boolean): (c: Context) => string {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    return addressOf(connInfo, c) ?? "unknown";
  };
}

function addressOf(connInfo: GetConnInfo | undefined, c: Context): string | undefined {
  try {
    return connInfo?.(c).remote.address;
  } catch {
    // A request that came through no socket (`app.request` in scripts and tests) has no connection to ask.
    return undefined;
  }
}

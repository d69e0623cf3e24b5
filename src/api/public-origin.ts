import type { Context } from "hono";

/** Where the absolute links the product writes (digests, autodiscovery) point. */
export interface OriginSettings {
  /** `PUBLIC_URL`: wins over everything. */
  publicUrl: string | null;
  /** `TRUST_PROXY=1`: a reverse proxy in front sets `X-Forwarded-Proto`/`-Host`, and only it can. */
  trustProxy: boolean;
  /**
   * The origin the server was configured to listen on. Null where the platform itself only routes the
   * hostnames it was configured for (Workers), so the request's own origin is as trustworthy as the config.
   */
  configuredOrigin: string | null;
}

const HOST_PORT = /^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](?::\d{1,5})?$/;

/**
 * The origin (optionally with a path prefix) for absolute links. Never the request's `Host` header on a
 * server that answers any name: digests are cacheable by shared caches, and one request with
 * `Host: evil.example` would otherwise plant links to another site in every reader's copy.
 */
export function publicOrigin(settings: OriginSettings, c: Context): string {
  if (settings.publicUrl) return settings.publicUrl.replace(/\/+$/, "");
  if (settings.trustProxy) {
    const host = firstValue(c.req.header("x-forwarded-host"));
    const proto = firstValue(c.req.header("x-forwarded-proto"))?.toLowerCase();
    if (host && HOST_PORT.test(host)) return `${proto === "http" || proto === "https" ? proto : "https"}://${host}`;
  }
  return settings.configuredOrigin ?? new URL(c.req.url).origin;
}

/** A proxy chain appends its values: the first is what the client-facing proxy saw. */
function firstValue(header: string | undefined): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}

/** The origin a Node server configured with `HOST` and `PORT` is reached at; a wildcard bind is reached as localhost. */
export function configuredOrigin(host: string, port: number): string {
  const name = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

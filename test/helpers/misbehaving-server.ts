import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

/** A canned response served at a fixed path; with `etag`/`lastModified` set, conditional requests get a 304. */
export interface Fixture {
  body: string | Uint8Array;
  status?: number;
  headers?: Record<string, string>;
  etag?: string;
  lastModified?: string;
}

/** One request as the server saw it. */
export interface LoggedRequest {
  method: string;
  /** Path and query. */
  path: string;
  headers: http.IncomingHttpHeaders;
  startedAt: number;
  /** Set when the response finished or the connection closed. */
  endedAt: number | null;
}

/** A loopback server for fetch tests; see `startMisbehavingServer` for its routes. */
export interface MisbehavingServer {
  /** Absolute URL of `path` on this server (`http://127.0.0.1:PORT/path`). */
  url(path: string): string;
  port: number;
  /** Serves `fixture` at `path` (exact path, query ignored), replacing any earlier one. */
  serve(path: string, fixture: Fixture): void;
  requests: LoggedRequest[];
  /** Requests of one path (query ignored). */
  requestsTo(path: string): LoggedRequest[];
  /** Most requests that were being handled at the same time. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1:0. Routes (numbers from the query string):
 * - fixtures given to `serve` (or `fixtures`), honouring If-None-Match / If-Modified-Since
 * - `/status/CODE?retry-after=V` a bare status, optionally with Retry-After
 * - `/flaky?key=K&fail=N&status=503&retry-after=V` fails N times per key, then 200 "recovered"
 * - `/slow-headers?ms=N` waits N ms before the headers
 * - `/slow-body?every=N` sends headers, then one byte every N ms forever
 * - `/endless` sends 64 KiB chunks forever as fast as the client reads
 * - `/gzip-bomb?mb=N` N MiB of zeros, gzip-compressed (about 1/1000 of that on the wire)
 * - `/encoded?encoding=gzip|deflate|deflate-raw|br&text=T` T compressed as asked
 * - `/redirect?to=URL&status=301` one redirect; `/chain/N?status=301&end=/path` N redirects then `end`
 * - `/loop/a` and `/loop/b` redirect to each other
 * - `/delay?ms=N` answers "ok" after N ms (for concurrency tests)
 * - `/echo` answers the request headers as JSON
 */
export async function startMisbehavingServer(fixtures: Record<string, Fixture> = {}): Promise<MisbehavingServer> {
  const served = new Map(Object.entries(fixtures));
  const requests: LoggedRequest[] = [];
  const failures = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;

  const server = http.createServer((req, res) => {
    const entry: LoggedRequest = {
      method: req.method ?? "GET",
      path: req.url ?? "/",
      headers: req.headers,
      startedAt: Date.now(),
      endedAt: null,
    };
    requests.push(entry);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => {
      inFlight -= 1;
      entry.endedAt = Date.now();
    });
    const url = new URL(entry.path, "http://127.0.0.1");
    route(url, req, res);
  });

  const route = (url: URL, req: http.IncomingMessage, res: http.ServerResponse) => {
    const q = (name: string, fallback: string) => url.searchParams.get(name) ?? fallback;
    const n = (name: string, fallback: number) => Number(q(name, String(fallback)));
    const path = url.pathname;
    const fixture = served.get(path);
    if (fixture) return serveFixture(fixture, req, res);
    if (path.startsWith("/status/")) {
      const retryAfter = url.searchParams.get("retry-after");
      res.writeHead(Number(path.slice("/status/".length)), retryAfter ? { "retry-after": retryAfter } : {});
      return res.end("status body");
    }
    if (path === "/flaky") {
      const key = q("key", "default");
      const failed = failures.get(key) ?? 0;
      if (failed < n("fail", 1)) {
        failures.set(key, failed + 1);
        const retryAfter = url.searchParams.get("retry-after");
        res.writeHead(n("status", 503), retryAfter ? { "retry-after": retryAfter } : {});
        return res.end("try later");
      }
      return res.end("recovered");
    }
    if (path === "/slow-headers") {
      const timer = setTimeout(() => res.end("late"), n("ms", 1000));
      return res.on("close", () => clearTimeout(timer));
    }
    if (path === "/slow-body") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.write("<");
      const timer = setInterval(() => res.write("x"), n("every", 20));
      return res.on("close", () => clearInterval(timer));
    }
    if (path === "/endless") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on("drain", pump);
      return pump();
    }
    if (path === "/gzip-bomb") {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" });
      return res.end(gzipBomb(n("mb", 20)));
    }
    if (path === "/encoded") {
      const encoding = q("encoding", "gzip");
      const text = Buffer.from(q("text", "hello"));
      const encoders: Record<string, () => Buffer> = {
        gzip: () => zlib.gzipSync(text),
        deflate: () => zlib.deflateSync(text),
        "deflate-raw": () => zlib.deflateRawSync(text),
        br: () => zlib.brotliCompressSync(text),
      };
      const body = encoders[encoding]?.() ?? text;
      res.writeHead(200, { "content-encoding": encoding === "deflate-raw" ? "deflate" : encoding });
      return res.end(body);
    }
    if (path === "/redirect") {
      res.writeHead(n("status", 301), { location: q("to", "/") });
      return res.end();
    }
    if (path.startsWith("/chain/")) {
      const left = Number(path.slice("/chain/".length));
      const next = left <= 1 ? q("end", "/echo") : `/chain/${left - 1}${url.search}`;
      res.writeHead(n("status", 301), { location: next });
      return res.end();
    }
    if (path === "/loop/a" || path === "/loop/b") {
      res.writeHead(302, { location: path === "/loop/a" ? "/loop/b" : "/loop/a" });
      return res.end();
    }
    if (path === "/delay") {
      const timer = setTimeout(() => res.end("ok"), n("ms", 50));
      return res.on("close", () => clearTimeout(timer));
    }
    if (path === "/echo") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(req.headers));
    }
    res.writeHead(404);
    res.end("not found");
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const pathOf = (logged: LoggedRequest) => logged.path.split("?")[0];

  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path.startsWith("/") ? path : `/${path}`}`,
    serve: (path, fixture) => void served.set(path, fixture),
    requests,
    requestsTo: (path) => requests.filter((logged) => pathOf(logged) === path),
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serveFixture(fixture: Fixture, req: http.IncomingMessage, res: http.ServerResponse): void {
  const validators: Record<string, string> = {};
  if (fixture.etag) validators.etag = fixture.etag;
  if (fixture.lastModified) validators["last-modified"] = fixture.lastModified;
  const etagMatches = fixture.etag !== undefined && req.headers["if-none-match"] === fixture.etag;
  const dateMatches =
    fixture.lastModified !== undefined &&
    req.headers["if-none-match"] === undefined &&
    req.headers["if-modified-since"] === fixture.lastModified;
  if (etagMatches || dateMatches) {
    res.writeHead(304, validators);
    res.end();
    return;
  }
  res.writeHead(fixture.status ?? 200, { ...fixture.headers, ...validators });
  res.end(fixture.body);
}

const bombs = new Map<number, Buffer>();

function gzipBomb(mb: number): Buffer {
  let bomb = bombs.get(mb);
  if (!bomb) {
    bomb = zlib.gzipSync(Buffer.alloc(mb * 1024 * 1024), { level: 9 });
    bombs.set(mb, bomb);
  }
  return bomb;
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FetchOutcome, Fetcher } from "../../src/fetch/fetcher";
import type { FetcherOptions } from "../../src/fetch/fetcher-options";
import { startMisbehavingServer, type MisbehavingServer } from "../helpers/misbehaving-server";

/** Builds the adapter under test; `loopbackNames` must reach 127.0.0.1 without DNS. */
export type MakeFetcher = (options: Partial<FetcherOptions>, loopbackNames?: readonly string[]) => Fetcher;

const decode = (outcome: FetchOutcome) => (outcome.kind === "ok" ? new TextDecoder().decode(outcome.body) : null);

/** The policy every adapter must honour, run against the same loopback server. */
export function describeFetcherContract(name: string, make: MakeFetcher): void {
  describe(`${name} policy`, () => {
    let server: MisbehavingServer;
    let sleeps: number[];
    const fixedNow = Date.UTC(2026, 10, 28, 12, 0, 0);
    const fetcher = (options: Partial<FetcherOptions> = {}, names?: readonly string[]) => {
      sleeps = [];
      return make(
        {
          allowPrivate: true,
          retries: 0,
          connectTimeoutMs: 2_000,
          totalTimeoutMs: 3_000,
          backoffBaseMs: 100,
          sleep: async (ms) => void sleeps.push(ms),
          random: () => 0.5,
          now: () => fixedNow,
          ...options,
        },
        names,
      );
    };

    beforeAll(async () => {
      server = await startMisbehavingServer();
    });
    afterAll(async () => {
      await server.close();
    });

    it("sends the honest User-Agent and the Accept header of the request kind", async () => {
      await fetcher().fetch({ url: server.url("/echo?ua=feed"), kind: "feed" });
      await fetcher().fetch({ url: server.url("/echo?ua=page"), kind: "page" });
      const [feed, page] = server.requestsTo("/echo").filter((r) => r.path.includes("ua="));
      expect(feed!.headers["user-agent"]).toMatch(/^medbreach\/0\.1 \(\+https:\/\/github\.com\/medbreach\/medbreach;/);
      expect(feed!.headers.accept).toContain("application/rss+xml");
      expect(page!.headers.accept).toMatch(/^text\/html/);
    });

    it("answers not-modified when the stored ETag still matches", async () => {
      server.serve("/etag-feed.xml", { body: "<rss/>", etag: '"v1"' });
      const first = await fetcher().fetch({ url: server.url("/etag-feed.xml"), kind: "feed" });
      expect(first).toMatchObject({ kind: "ok", etag: '"v1"' });
      const second = await fetcher().fetch({ url: server.url("/etag-feed.xml"), kind: "feed", etag: '"v1"' });
      expect(second.kind).toBe("not-modified");
      expect(server.requestsTo("/etag-feed.xml").at(-1)!.headers["if-none-match"]).toBe('"v1"');
    });

    it("answers not-modified when the stored Last-Modified still matches", async () => {
      const lastModified = "Sat, 28 Nov 2026 10:00:00 GMT";
      server.serve("/dated-feed.xml", { body: "<rss/>", lastModified });
      const first = await fetcher().fetch({ url: server.url("/dated-feed.xml"), kind: "feed" });
      expect(first).toMatchObject({ kind: "ok", lastModified });
      const second = await fetcher().fetch({ url: server.url("/dated-feed.xml"), kind: "feed", lastModified });
      expect(second.kind).toBe("not-modified");
      expect(server.requestsTo("/dated-feed.xml").at(-1)!.headers["if-modified-since"]).toBe(lastModified);
    });

    it("returns the new body and ETag when the ETag changed", async () => {
      server.serve("/changing.xml", { body: "<rss>old</rss>", etag: '"a"' });
      await fetcher().fetch({ url: server.url("/changing.xml"), kind: "feed" });
      server.serve("/changing.xml", { body: "<rss>new</rss>", etag: '"b"' });
      const outcome = await fetcher().fetch({ url: server.url("/changing.xml"), kind: "feed", etag: '"a"' });
      expect(outcome).toMatchObject({ kind: "ok", etag: '"b"' });
      expect(decode(outcome)).toBe("<rss>new</rss>");
    });

    it("times out when the headers are slower than the connect budget", async () => {
      const started = Date.now();
      const outcome = await fetcher({ connectTimeoutMs: 100 }).fetch({
        url: server.url("/slow-headers?ms=3000"),
        kind: "feed",
      });
      expect(outcome).toMatchObject({ kind: "error", code: "timeout", retryable: true });
      expect(Date.now() - started).toBeLessThan(1_500);
    });

    it("times out when an endless slow body outlasts the total budget", async () => {
      const started = Date.now();
      const outcome = await fetcher({ totalTimeoutMs: 300 }).fetch({
        url: server.url("/slow-body?every=20"),
        kind: "feed",
      });
      expect(outcome).toMatchObject({ kind: "error", code: "timeout" });
      expect(Date.now() - started).toBeLessThan(1_500);
    });

    it("stops an endless body at the size cap", async () => {
      const outcome = await fetcher({ maxBytes: 256 * 1024 }).fetch({ url: server.url("/endless"), kind: "feed" });
      expect(outcome).toMatchObject({ kind: "error", code: "too-large", retryable: false });
    });

    it("stops a gzip bomb at the size cap counted after decompression", async () => {
      const outcome = await fetcher({ maxBytes: 1024 * 1024 }).fetch({
        url: server.url("/gzip-bomb?mb=20"),
        kind: "feed",
      });
      expect(outcome).toMatchObject({ kind: "error", code: "too-large" });
    });

    it.each(["gzip", "deflate", "br"])("decodes a %s body", async (encoding) => {
      const outcome = await fetcher().fetch({
        url: server.url(`/encoded?encoding=${encoding}&text=caf%C3%A9`),
        kind: "feed",
      });
      expect(decode(outcome)).toBe("café");
    });

    it("advertises gzip, deflate and brotli", async () => {
      await fetcher().fetch({ url: server.url("/echo?ae=1"), kind: "feed" });
      const sent = server.requestsTo("/echo").find((r) => r.path.includes("ae=1"))!.headers["accept-encoding"];
      expect(String(sent).split(/,\s*/).sort()).toEqual(["br", "deflate", "gzip"]);
    });

    it("reports a redirect loop", async () => {
      const outcome = await fetcher().fetch({ url: server.url("/loop/a"), kind: "feed" });
      expect(outcome).toMatchObject({ kind: "error", code: "redirect-loop", retryable: false });
    });

    it.each([
      [5, "ok"],
      [6, "too-many-redirects"],
    ])("follows a chain of %i redirects to %s with the default limit of 5", async (hops, expected) => {
      const outcome = await fetcher().fetch({ url: server.url(`/chain/${hops}?status=302`), kind: "feed" });
      expect(outcome.kind === "error" ? outcome.code : outcome.kind).toBe(expected);
    });

    it.each([301, 308])("reports movedTo after a chain of %i redirects", async (status) => {
      const outcome = await fetcher().fetch({ url: server.url(`/chain/3?status=${status}&end=/echo`), kind: "feed" });
      expect(outcome).toMatchObject({ kind: "ok", url: server.url("/echo"), movedTo: server.url("/echo") });
    });

    it.each([302, 307])("does not report movedTo after a %i redirect", async (status) => {
      const outcome = await fetcher().fetch({ url: server.url(`/redirect?status=${status}&to=/echo`), kind: "feed" });
      expect(outcome).toMatchObject({ kind: "ok", url: server.url("/echo"), movedTo: null });
    });

    it("moves only as far as the permanent redirects that lead a chain", async () => {
      const temporary = `/redirect?status=302&to=${encodeURIComponent("/echo")}`;
      const outcome = await fetcher().fetch({
        url: server.url(`/redirect?status=301&to=${encodeURIComponent(temporary)}`),
        kind: "feed",
      });
      expect(outcome).toMatchObject({ kind: "ok", url: server.url("/echo"), movedTo: server.url(temporary) });
    });

    it("reports movedTo on a not-modified answer reached through a permanent redirect", async () => {
      server.serve("/moved-target.xml", { body: "<rss/>", etag: '"m"' });
      const outcome = await fetcher().fetch({
        url: server.url("/redirect?status=301&to=/moved-target.xml"),
        kind: "feed",
        etag: '"m"',
      });
      expect(outcome).toEqual({
        kind: "not-modified",
        url: server.url("/moved-target.xml"),
        movedTo: server.url("/moved-target.xml"),
      });
    });

    it.each([
      (port: number) => `http://127.0.0.1:${port}/echo?ssrf=1`,
      (port: number) => `http://[::ffff:127.0.0.1]:${port}/echo?ssrf=2`,
      (port: number) => `http://2130706433:${port}/echo?ssrf=3`,
      (port: number) => `http://localhost.:${port}/echo?ssrf=4`,
      () => "http://169.254.169.254/latest/meta-data/",
      () => "file:///etc/passwd",
    ])("refuses a redirect into private space (%#)", async (target) => {
      const to = encodeURIComponent(target(server.port));
      const outcome = await fetcher({ allowPrivate: false, allowedHosts: ["mirror.example"] }, [
        "mirror.example",
      ]).fetch({
        url: `http://mirror.example:${server.port}/redirect?status=302&to=${to}`,
        kind: "feed",
      });
      expect(outcome.kind === "error" && ["blocked-address", "bad-url"].includes(outcome.code)).toBe(true);
      expect(server.requests.some((r) => r.path.includes("ssrf="))).toBe(false);
    });

    it("refuses a private address before sending anything", async () => {
      const before = server.requests.length;
      const outcome = await fetcher({ allowPrivate: false }).fetch({ url: server.url("/echo"), kind: "feed" });
      expect(outcome).toMatchObject({ kind: "error", code: "blocked-address", retryable: false });
      expect(server.requests.length).toBe(before);
    });

    it("reports a 404 as a non-retryable error without retrying", async () => {
      const outcome = await fetcher({ retries: 2 }).fetch({ url: server.url("/status/404?once=1"), kind: "feed" });
      expect(outcome).toMatchObject({ kind: "error", code: "http-404", retryable: false, retryAfterMs: null });
      expect(server.requests.filter((r) => r.path === "/status/404?once=1")).toHaveLength(1);
    });

    it("reports a 410 as gone", async () => {
      const outcome = await fetcher().fetch({ url: server.url("/status/410"), kind: "feed" });
      expect(outcome).toEqual({ kind: "gone", url: server.url("/status/410") });
    });

    it.each([
      ["seconds", "2", 2_000],
      ["an HTTP date", new Date(fixedNow + 5_000).toUTCString(), 5_000],
    ])("waits out a short Retry-After given in %s, then retries", async (_form, header, waited) => {
      const key = `short-${waited}`;
      const outcome = await fetcher({ retries: 2 }).fetch({
        url: server.url(`/flaky?key=${key}&fail=1&status=429&retry-after=${encodeURIComponent(header)}`),
        kind: "feed",
      });
      expect(decode(outcome)).toBe("recovered");
      expect(sleeps).toEqual([waited]);
    });

    it.each([
      ["seconds", "3600", 3_600_000],
      ["an HTTP date", new Date(fixedNow + 7_200_000).toUTCString(), 7_200_000],
    ])("returns a long Retry-After given in %s as retryAfterMs instead of waiting", async (_form, header, expected) => {
      const key = `long-${expected}`;
      const outcome = await fetcher({ retries: 2 }).fetch({
        url: server.url(`/flaky?key=${key}&fail=5&status=429&retry-after=${encodeURIComponent(header)}`),
        kind: "feed",
      });
      expect(outcome).toMatchObject({ kind: "error", code: "http-429", retryable: true, retryAfterMs: expected });
      expect(sleeps).toEqual([]);
      expect(server.requests.filter((r) => r.path.includes(`key=${key}`))).toHaveLength(1);
    });

    it("retries a 503 with exponential backoff and jitter, then succeeds", async () => {
      const outcome = await fetcher({ retries: 2 }).fetch({
        url: server.url("/flaky?key=backoff&fail=2&status=503"),
        kind: "feed",
      });
      expect(decode(outcome)).toBe("recovered");
      // base 100 ms doubling, equal jitter with random() = 0.5: 100·(½+¼), 200·(½+¼).
      expect(sleeps).toEqual([75, 150]);
    });

    it("gives up after the configured retries and reports a retryable error", async () => {
      const outcome = await fetcher({ retries: 2 }).fetch({
        url: server.url("/flaky?key=exhaust&fail=9&status=502"),
        kind: "feed",
      });
      expect(outcome).toMatchObject({ kind: "error", code: "http-502", retryable: true });
      expect(server.requests.filter((r) => r.path.includes("key=exhaust"))).toHaveLength(3);
    });

    it("reports a refused connection as a retryable connection error after retrying", async () => {
      const closed = await startMisbehavingServer();
      await closed.close();
      const outcome = await fetcher({ retries: 1 }).fetch({ url: closed.url("/feed"), kind: "feed" });
      expect(outcome).toMatchObject({ kind: "error", code: "connection", retryable: true });
      expect(sleeps).toHaveLength(1);
    });

    it("never lets two requests to one host overlap", async () => {
      const own = await startMisbehavingServer();
      try {
        const f = fetcher({ concurrency: 8 });
        const outcomes = await Promise.all(
          [1, 2, 3, 4].map((i) => f.fetch({ url: own.url(`/delay?ms=40&i=${i}`), kind: "page" })),
        );
        expect(outcomes.map((o) => o.kind)).toEqual(["ok", "ok", "ok", "ok"]);
        expect(own.maxInFlight()).toBe(1);
      } finally {
        await own.close();
      }
    });

    it("does not spend a queued request's total timeout while it waits for its host", async () => {
      const own = await startMisbehavingServer();
      try {
        const f = fetcher({ totalTimeoutMs: 350 });
        const outcomes = await Promise.all(
          [1, 2, 3].map((i) => f.fetch({ url: own.url(`/delay?ms=200&q=${i}`), kind: "page" })),
        );
        expect(outcomes.map((o) => o.kind)).toEqual(["ok", "ok", "ok"]);
      } finally {
        await own.close();
      }
    });

    it("keeps at most `concurrency` requests in flight across hosts", async () => {
      const own = await startMisbehavingServer();
      const names = ["a.example", "b.example", "c.example", "d.example", "e.example", "f.example"];
      try {
        const f = fetcher({ concurrency: 2 }, names);
        const outcomes = await Promise.all(
          names.map((host) => f.fetch({ url: `http://${host}:${own.port}/delay?ms=60`, kind: "page" })),
        );
        expect(outcomes.every((o) => o.kind === "ok")).toBe(true);
        expect(own.maxInFlight()).toBe(2);
      } finally {
        await own.close();
      }
    });
  });
}

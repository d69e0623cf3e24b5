import { afterEach, describe, expect, it, vi } from "vitest";
import type { Fetcher } from "../../src/fetch/fetcher";
import { LEASE_MS, pollFeeds, type PipelineDeps } from "../../src/pipeline/poll";
import { createScheduler } from "../../src/runtime/scheduler";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";
import type { Store } from "../../src/store/store";

const T0 = new Date("2026-06-01T10:00:00Z");
const notModified: Fetcher = { fetch: async (req) => ({ kind: "not-modified", url: req.url }) };

/** A fetcher that hangs until released, like a poll stuck on a slow feed or a process frozen mid-poll. */
function hangingFetcher() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetcher: Fetcher = { fetch: async (req) => (await gate, { kind: "not-modified", url: req.url }) };
  return { fetcher, release };
}

async function pipeline(fetcher: Fetcher, clock: () => Date, store?: Store): Promise<PipelineDeps> {
  const opened = openSqliteStore(":memory:");
  const deps = {
    store: store ?? opened.store,
    search: createEmbeddedSearch(sqliteClient(opened.db)),
    fetcher,
    clock,
    intervalMinutes: 30,
    fetchArticlePages: false,
  };
  await deps.store.addFeeds([{ url: "https://feed.example/rss" }]);
  return deps;
}

describe("the poll lease", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is renewed by a heartbeat while one feed takes long, so it never lapses under a live poll", async () => {
    const hanging = hangingFetcher();
    let now = T0;
    const deps = await pipeline(hanging.fetcher, () => now);
    const running = pollFeeds(deps, { all: true, holder: "live", heartbeatMs: 5 });
    await vi.waitFor(async () => expect((await deps.store.getLock("poll"))?.holder).toBe("live"));
    now = new Date(T0.getTime() + LEASE_MS - 1000);
    await vi.waitFor(
      async () => expect(Date.parse((await deps.store.getLock("poll"))!.expires_at)).toBe(now.getTime() + LEASE_MS),
      { timeout: 10_000 },
    );
    hanging.release();
    expect("skipped" in (await running)).toBe(false);
  });

  it("held by a poll that stopped renewing it (its PID alive again in another process) is taken over within LEASE_MS", async () => {
    expect(LEASE_MS).toBeLessThanOrEqual(2 * 60_000);
    const hanging = hangingFetcher();
    const deps = await pipeline(hanging.fetcher, () => T0);
    // The stuck poll's clock stands still: its heartbeat can only renew up to T0 + LEASE_MS.
    const stuck = pollFeeds(deps, { all: true, holder: `node:host:${process.pid}:dead` });
    await vi.waitFor(async () => expect(await deps.store.getLock("poll")).not.toBeNull());
    const later = { ...deps, fetcher: notModified, clock: () => new Date(T0.getTime() + LEASE_MS + 1) };
    const report = await pollFeeds(later, { all: true, holder: "next" });
    expect("skipped" in report).toBe(false);
    hanging.release();
    await stuck;
  });

  it("stops a poll that lost its lease while stalled: it writes nothing after another poll took over", async () => {
    const feedBody = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Hospital hit by ransomware</title><link>https://news.example/a/1</link></item></channel></rss>`;
    const stalledGate = hangingFetcher();
    const stalled: Fetcher = {
      fetch: async (req) => (
        await stalledGate.fetcher.fetch(req),
        {
          kind: "ok",
          url: req.url,
          movedTo: null,
          status: 200,
          body: new TextEncoder().encode(feedBody),
          contentType: "application/rss+xml",
          etag: null,
          lastModified: null,
        }
      ),
    };
    const deps = await pipeline(stalled, () => T0);
    const first = pollFeeds(deps, { all: true, holder: "stalled" });
    await vi.waitFor(async () => expect((await deps.store.getLock("poll"))?.holder).toBe("stalled"));
    // The stalled poll's lease lapsed; a second poll takes over and is still running when the first wakes up.
    const takeover = hangingFetcher();
    const second = pollFeeds(
      { ...deps, fetcher: takeover.fetcher, clock: () => new Date(T0.getTime() + LEASE_MS + 1) },
      { all: true, holder: "takeover" },
    );
    await vi.waitFor(async () => expect((await deps.store.getLock("poll"))?.holder).toBe("takeover"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    stalledGate.release();
    const report = await first;
    if ("skipped" in report) throw new Error("the stalled poll had the lease");
    expect(report.feeds[0]).toMatchObject({ outcome: "error", new_articles: 0 });
    expect(report.feeds[0]!.error).toMatch(/^lease-lost:/);
    expect(await deps.store.countArticles()).toBe(0);
    expect((await deps.store.getLock("poll"))?.holder).toBe("takeover");
    expect(errors.mock.calls.flat().join(" ")).toContain("lease");
    takeover.release();
    expect("skipped" in (await second)).toBe(false);
  });

  it("answers POST /api/poll truthfully when a release failed: who holds the lease and until when, not running:false", async () => {
    const opened = openSqliteStore(":memory:");
    const failingRelease: Store = { ...opened.store, releaseLock: async () => Promise.reject(new Error("disk full")) };
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const deps = await pipeline(notModified, () => T0, failingRelease);
    const report = await pollFeeds(deps, { all: true, holder: "finished-but-stuck" });
    expect("skipped" in report).toBe(false);
    expect(errors.mock.calls.flat().join(" ")).toContain("disk full");

    const scheduler = createScheduler(
      (o) => pollFeeds(deps, { ...o, all: true }),
      0,
      () => {},
      () => deps.store.getLock("poll"),
      () => T0,
    );
    expect(await scheduler.trigger()).toEqual({
      id: null,
      running: true,
      held_by: "finished-but-stuck",
      lease_expires_at: new Date(T0.getTime() + LEASE_MS).toISOString(),
    });
    const afterExpiry = createScheduler(
      (o) => pollFeeds(deps, { ...o, all: true }),
      0,
      () => {},
      () => deps.store.getLock("poll"),
      () => new Date(T0.getTime() + LEASE_MS + 1),
    );
    expect(await afterExpiry.trigger()).toMatchObject({ running: false });
    await afterExpiry.stop();
  });
});

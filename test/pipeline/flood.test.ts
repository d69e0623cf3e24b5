import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeFetcher } from "../../src/fetch/node-fetcher";
import { pollFeeds, type PipelineDeps } from "../../src/pipeline/poll";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";
import { startMisbehavingServer, type MisbehavingServer } from "../helpers/misbehaving-server";

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Flood</title>${items}</channel></rss>`;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3600_000).toUTCString();
/** A minimal item with a short summary, so the poll wants its article page. */
const linked = (n: number, href: string) =>
  `<item><title>Ransomware attack on a hospital</title><link>${href}</link><guid>g-${n}</guid><pubDate>${day(n)}</pubDate><description>Short.</description></item>`;
const linkless = (n: number) =>
  `<item><title>No link ${n}</title><guid isPermaLink="false">nl-${n}</guid><description>Short.</description></item>`;

function pipeline(store: ReturnType<typeof openSqliteStore>, bounds: Partial<PipelineDeps>): PipelineDeps {
  return {
    store: store.store,
    search: createEmbeddedSearch(sqliteClient(store.db)),
    fetcher: createNodeFetcher({ allowPrivate: true, retries: 0 }),
    clock: () => new Date("2026-06-01T00:00:00Z"),
    intervalMinutes: 30,
    fetchArticlePages: true,
    ...bounds,
  };
}

describe("one feed cannot flood the catalogue or the poll", () => {
  let server: MisbehavingServer;
  afterAll(() => server?.close());
  beforeAll(async () => {
    server = await startMisbehavingServer();
  });

  it("keeps the newest MAX_ITEMS_PER_FEED items, counts the rest in feed health, and fetches at most the poll's page budget", async () => {
    // 1,000 items in shuffled date order: the kept ones must be the newest, wherever they sit in the feed.
    const order = Array.from({ length: 1000 }, (_, i) => (i * 389) % 1000);
    server.serve("/flood.xml", { body: rss(order.map((n) => linked(n, server.url(`/a/${n}`))).join("")) });
    const store = openSqliteStore(":memory:");
    const deps = pipeline(store, { maxItemsPerFeed: 50, maxPageFetchesPerPoll: 30 });
    await deps.store.addFeeds([{ url: server.url("/flood.xml") }]);

    const report = await pollFeeds(deps, { all: true });
    if ("skipped" in report) throw new Error("skipped");
    expect(report.feeds[0]).toMatchObject({ new_articles: 50, skipped_items: 950 });
    const titles = (await deps.store.listArticles(0, 2000)).map((a) => Number(a.guid!.slice(2))).sort((a, b) => a - b);
    expect(titles).toEqual(Array.from({ length: 50 }, (_, i) => 950 + i));
    expect((await deps.store.listFeeds())[0]!.skipped_items).toBe(950);
    expect(server.requests.filter((r) => r.path.startsWith("/a/")).length).toBe(30);
  }, 30_000);

  it("never fetches the feed itself as an article page, and fetches each page once per poll", async () => {
    const items =
      Array.from({ length: 40 }, (_, n) => linkless(n)).join("") +
      linked(1, server.url("/page#one")) +
      linked(2, server.url("/page#two"));
    server.serve("/self.xml", { body: rss(items) });
    server.serve("/page", {
      body: "<html><body><article><p>The page.</p></article></body></html>",
      headers: { "Content-Type": "text/html" },
    });
    const store = openSqliteStore(":memory:");
    const deps = pipeline(store, {});
    await deps.store.addFeeds([{ url: server.url("/self.xml") }]);

    const report = await pollFeeds(deps, { all: true });
    if ("skipped" in report) throw new Error("skipped");
    expect(report.feeds[0]?.outcome).toBe("new-items");
    expect(server.requestsTo("/self.xml").length).toBe(1);
    expect(server.requestsTo("/page").length).toBe(1);
  }, 30_000);
});

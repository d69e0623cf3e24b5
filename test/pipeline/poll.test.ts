import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeFetcher } from "../../src/fetch/node-fetcher";
import type { FeedPollResult, FeedSource } from "../../src/model";
import { pollFeeds, type PipelineDeps } from "../../src/pipeline/poll";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";
import { startMisbehavingServer, type MisbehavingServer } from "../helpers/misbehaving-server";

const rss = (items: string, extraHead = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>${extraHead}<rss version="2.0"><channel><title>Fixture</title><link>https://fixture.example/</link>${items}</channel></rss>`;
const item = (n: number, title = `Story ${n}`) =>
  `<item><title>${title}</title><link>https://fixture.example/s/${n}</link><guid>fx-${n}</guid><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>Body of story ${n}.</description></item>`;

const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`;

describe("a poll over feeds that misbehave", () => {
  let server: MisbehavingServer;
  let deps: PipelineDeps;
  let byPath: Map<string, FeedPollResult>;
  const feedFor = async (path: string): Promise<FeedSource> =>
    (await deps.store.listFeeds()).find((f) => f.url.includes(path))!;

  beforeAll(async () => {
    server = await startMisbehavingServer({
      "/good.xml": { body: rss(item(1) + item(2)), etag: '"v1"', headers: { "Content-Type": "application/rss+xml" } },
      "/moved-here.xml": { body: rss(item(20)) },
      "/html.xml": {
        body: "<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>",
        headers: { "Content-Type": "text/html" },
      },
      "/laughs.xml": { body: rss(item(10, "&lol9;"), LAUGHS) },
      "/xxe.xml": { body: rss(item(11, "Leak &xxe;"), `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`) },
      "/bad-utf8.xml": {
        body: Buffer.concat([
          Buffer.from(
            `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>U</title><item><title>Caf\u00e9 `,
          ),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from(`</title><link>https://fixture.example/s/12</link><guid>fx-12</guid></item></channel></rss>`),
        ]),
      },
      "/cp1252.xml": {
        body: Buffer.concat([
          Buffer.from(
            `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>W</title><item><title>`,
          ),
          Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80]),
          Buffer.from(`</title><link>https://fixture.example/s/13</link><guid>fx-13</guid></item></channel></rss>`),
        ]),
      },
    });
    const { store, db } = openSqliteStore(":memory:");
    deps = {
      store,
      search: createEmbeddedSearch(sqliteClient(db)),
      fetcher: createNodeFetcher({
        allowPrivate: true,
        connectTimeoutMs: 2_000,
        totalTimeoutMs: 3_000,
        maxBytes: 256 * 1024,
        retries: 0,
      }),
      clock: () => new Date(),
      intervalMinutes: 30,
      fetchArticlePages: false,
    };
    const paths = [
      "/good.xml",
      "/html.xml",
      "/laughs.xml",
      "/xxe.xml",
      "/bad-utf8.xml",
      "/cp1252.xml",
      "/status/404",
      "/status/410",
      "/status/429?retry-after=3600",
      "/slow-headers?ms=5000",
      "/endless",
      "/gzip-bomb?mb=20",
      "/loop/a",
      `/chain/2?status=301&end=/good.xml`,
      `/chain/1?status=301&end=/moved-here.xml`,
    ];
    await store.addFeeds(paths.map((p) => ({ url: server.url(p) })));
    const report = await pollFeeds(deps, { all: true });
    if ("skipped" in report) throw new Error("skipped");
    byPath = new Map(report.feeds.map((r) => [new URL(r.url).pathname + new URL(r.url).search, r]));
  }, 30_000);
  afterAll(() => server.close());

  it.each([
    ["/status/404", "http-404"],
    ["/status/410", "http-410"],
    ["/status/429?retry-after=3600", "http-429"],
    ["/slow-headers?ms=5000", "timeout"],
    ["/endless", "too-large"],
    ["/gzip-bomb?mb=20", "too-large"],
    ["/loop/a", "redirect-loop"],
    ["/html.xml", "parse-not-a-feed"],
  ])("records %s as a feed error (%s) and moves on", async (path, code) => {
    expect(byPath.get(path)?.error ?? "").toContain(code);
    const feed = await feedFor(path.split("?")[0]!);
    expect(feed.status).toBe(path.includes("410") ? "gone" : "error");
    if (!path.includes("410")) expect(feed.last_error?.code).toContain(code);
  });

  it("defers a feed that asked to be left alone for an hour", async () => {
    const feed = await feedFor("/status/429");
    expect(Date.parse(feed.next_due_at) - Date.now()).toBeGreaterThan(59 * 60_000);
  });

  it("stores the good feed's items, and never moves a feed onto an address another feed already has", async () => {
    expect(byPath.get("/good.xml")).toMatchObject({ outcome: "new-items", new_articles: 2 });
    const urls = (await deps.store.listFeeds()).map((f) => f.url);
    expect(urls.filter((u) => u === server.url("/good.xml")).length).toBe(1);
    expect(urls).toContain(server.url("/chain/2?status=301&end=/good.xml"));
  });

  it("follows a permanent redirect by storing the feed's new address", async () => {
    const urls = (await deps.store.listFeeds()).map((f) => f.url);
    expect(urls).toContain(server.url("/moved-here.xml"));
    expect(urls).not.toContain(server.url("/chain/1?status=301&end=/moved-here.xml"));
  });

  it("never expands entities: no billion laughs, no local file", async () => {
    const articles = await deps.store.listArticles(0, 1000);
    for (const a of articles) {
      expect(a.title + a.text).not.toMatch(/lollollol/);
      expect(a.title + a.text + a.content_html).not.toMatch(/root:|\/bin\/(ba)?sh/);
    }
  });

  it("reads windows-1252 curly quotes and survives invalid UTF-8", async () => {
    const titles = (await deps.store.listArticles(0, 1000)).map((a) => a.title);
    expect(titles).toContain("\u201cHi\u201d \u2013 \u20ac");
    expect(byPath.get("/bad-utf8.xml")?.outcome).toBe("new-items");
    expect(titles.find((t) => t.startsWith("Caf\u00e9"))).toMatch(/^Caf\u00e9 \ufffd/);
  });

  it("costs no parsing and no article writes when the feed answers 304", async () => {
    const before = server.requestsTo("/good.xml").length;
    const count = await deps.store.countArticles();
    const report = await pollFeeds(deps, { all: true });
    if ("skipped" in report) throw new Error("skipped");
    const good = report.feeds.find((r) => r.url.endsWith("/good.xml"))!;
    expect(good.outcome).toBe("not-modified");
    expect(
      server
        .requestsTo("/good.xml")
        .slice(before)
        .every((r) => r.headers["if-none-match"] === '"v1"'),
    ).toBe(true);
    expect(await deps.store.countArticles()).toBe(count);
  }, 30_000);

  it("backs off a failing feed: the wait doubles with each consecutive error, from two minutes for a feed that never answered", async () => {
    const feed = await feedFor("/status/404");
    expect(feed.consecutive_errors).toBe(2);
    expect(feed.last_success_at).toBeNull();
    expect(Date.parse(feed.next_due_at) - Date.parse(feed.last_fetch_at!)).toBe(2 * 60_000 * 2);
  });
});

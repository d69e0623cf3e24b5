// A real feed reader (Debian's newsboat) subscribed to the product's digests on loopback: a material change must
// reach it as exactly one unread entry per feed, and a reprint as none.
import Database from "better-sqlite3";
import { execFile, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listGroups } from "../../src/extract/gazetteer";
import { createNodeFetcher } from "../../src/fetch/node-fetcher";
import { pollFeeds } from "../../src/pipeline/poll";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";
import { listen } from "../helpers/seed";
import { createTestApp } from "../helpers/test-app";
import { tempDir } from "../helpers/temp-dir";

const run = promisify(execFile);
const hasNewsboat = spawnSync("newsboat", ["-v"], { stdio: "ignore" }).status === 0;
if (!hasNewsboat)
  console.warn("[newsboat] SKIPPED the newsboat subscription test: `apt-get install -y newsboat` to run it");

interface Item {
  url: string;
  published: string;
  title: string;
  text: string;
}

// Fictional organisations. The first report, the report that operations are now cancelled, then a word-for-word reprint.
const FIRST_TEXT =
  "Kingsmere General Hospital in England said a cyber attack claimed by the INC Ransom gang took its computer systems offline on Monday. Staff are working to restore the network and patients should attend as normal.";
const FIRST: Item[] = [
  {
    url: "https://healthwire.example/kingsmere",
    published: "2026-11-28T08:00:00.000Z",
    title: "Kingsmere General Hospital hit by INC Ransom cyber attack",
    text: FIRST_TEXT,
  },
  {
    url: "https://healthwire.example/brackenford",
    published: "2026-11-28T09:00:00.000Z",
    title: "Brackenford Dental Group hit by Medusa ransomware",
    text: "Brackenford Dental Group in Ireland said Medusa ransomware encrypted its booking systems on Sunday, taking them offline.",
  },
];
const CHANGE: Item = {
  url: "https://theatrenews.example/kingsmere-operations",
  published: "2026-11-30T09:00:00.000Z",
  title: "Kingsmere NHS Trust: operations cancelled",
  text: "Planned operations at Kingsmere NHS Trust have been cancelled after the INC Ransom cyber attack on Kingsmere General Hospital, the trust said on Wednesday.",
};
const REPRINT: Item = {
  url: "https://syndicate.example/kingsmere",
  published: "2026-12-01T07:00:00.000Z",
  title: FIRST[0]!.title,
  text: FIRST_TEXT,
};

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const rss = (items: Item[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Healthwire</title><link>https://healthwire.example/</link><description>news</description>${items
    .map(
      (i) =>
        `<item><title>${escape(i.title)}</title><link>${i.url}</link><guid>${i.url}</guid><pubDate>${new Date(i.published).toUTCString()}</pubDate><description>${escape(i.text)}</description></item>`,
    )
    .join("")}</channel></rss>`;

describe.skipIf(!hasNewsboat)("newsboat subscribed to the digests", () => {
  const dir = tempDir("newsboat");
  let items: Item[] = [...FIRST];
  let now = new Date("2026-11-28T12:00:00Z");
  let source: Server;
  let product: { origin: string; close(): Promise<void> };
  const { store, db } = openSqliteStore(join(dir.path, "medbreach.sqlite"));
  const search = createEmbeddedSearch(sqliteClient(db), { groups: listGroups() });
  const poll = async (at: string) => {
    now = new Date(at);
    const fetcher = createNodeFetcher({ allowPrivate: true, retries: 0 });
    const report = await pollFeeds(
      { store, search, fetcher, clock: () => now, intervalMinutes: 30, fetchArticlePages: false },
      { all: true },
    );
    if ("skipped" in report) throw new Error("poll skipped");
    expect(report.feeds.map((f) => f.error)).toEqual([null]);
  };

  // Each incident and its updates, the daily summary and a filtered search, each in RSS and Atom; plus new-incidents-only.
  const paths = [
    "/digest.rss",
    "/digest.atom",
    "/digest.rss?period=daily",
    "/digest.atom?period=daily",
    "/digest.rss?attacker=INC+Ransom&country=GB",
    "/digest.atom?attacker=INC+Ransom&country=GB",
    "/digest.rss?only=new",
  ];
  // newsboat keeps one item per guid across all its feeds, and these feeds share entry ids (an incident is the same
  // incident in the filtered feed, RSS and Atom carry the same entries), so each subscription gets a reader of its own.
  const reader = (i: number) => ({ urls: join(dir.path, `urls-${i}`), cache: join(dir.path, `cache-${i}.db`) });
  const reload = async () => {
    for (const [i] of paths.entries()) {
      await run(
        "newsboat",
        ["-u", reader(i).urls, "-c", reader(i).cache, "-C", join(dir.path, "config"), "-x", "reload"],
        {
          env: { ...process.env, HOME: dir.path },
          timeout: 60_000,
        },
      );
    }
  };
  const withCache = <T>(i: number, readonly: boolean, use: (db: Database.Database) => T): T => {
    const cacheDb = new Database(reader(i).cache, { readonly });
    try {
      return use(cacheDb);
    } finally {
      cacheDb.close();
    }
  };
  /** Unread entry titles per subscription, as each reader's cache holds them. */
  const unread = (): Record<string, string[]> =>
    Object.fromEntries(
      paths.map((path, i) => [
        path,
        withCache(i, true, (db) =>
          (
            db.prepare("SELECT title FROM rss_item WHERE unread = 1 AND deleted = 0 ORDER BY title").all() as {
              title: string;
            }[]
          ).map((r) => r.title),
        ),
      ]),
    );
  /** What a reader does with "mark all read", on every subscription. */
  const markAllRead = () =>
    paths.forEach((_p, i) => withCache(i, false, (db) => db.prepare("UPDATE rss_item SET unread = 0").run()));

  beforeAll(async () => {
    source = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8" });
      res.end(rss(items));
    });
    await new Promise<void>((done) => source.listen(0, "127.0.0.1", done));
    await store.addFeeds([
      { url: `http://127.0.0.1:${(source.address() as AddressInfo).port}/feed.xml`, title: "Healthwire" },
    ]);
    const { app } = createTestApp({
      store,
      search,
      fetcher: createNodeFetcher({ allowPrivate: true }),
      clock: () => now,
    });
    product = await listen(app);
    paths.forEach((path, i) => writeFileSync(reader(i).urls, `${product.origin}${path}\n`));
    writeFileSync(join(dir.path, "config"), "");
  });
  afterAll(async () => {
    await product?.close();
    await new Promise<void>((done) => (source ? source.close(() => done()) : done()));
    await store.close();
    dir.remove();
  });

  it("shows the first reports, which the reader then marks read", async () => {
    await poll("2026-11-28T12:00:00Z");
    await reload();
    const seen = unread();
    for (const path of paths) expect(seen[path]!.length, path).toBeGreaterThan(0);
    expect(seen["/digest.rss"]).toContain("INC Ransom attack on Kingsmere General Hospital");
    markAllRead();
    expect(Object.values(unread()).flat()).toEqual([]);
  });

  it("shows exactly one unread entry per feed for a material change, and none where updates were not asked for", async () => {
    items = [...FIRST, CHANGE];
    await poll("2026-11-30T12:00:00Z");
    await reload();
    const update = "Update: Kingsmere General Hospital now cancelling operations (INC Ransom)";
    expect(unread()).toEqual({
      "/digest.rss": [update],
      "/digest.atom": [update],
      "/digest.rss?period=daily": ["Healthcare cyber incidents, 2026-11-30: 1 update"],
      "/digest.atom?period=daily": ["Healthcare cyber incidents, 2026-11-30: 1 update"],
      "/digest.rss?attacker=INC+Ransom&country=GB": [update],
      "/digest.atom?attacker=INC+Ransom&country=GB": [update],
      "/digest.rss?only=new": [],
    });
    markAllRead();
  });

  it("shows nothing unread after a word-for-word reprint", async () => {
    items = [...FIRST, CHANGE, REPRINT];
    await poll("2026-12-01T12:00:00Z");
    const incident = (
      await search.search({
        q: "Kingsmere",
        attacker: [],
        victim_type: [],
        country: [],
        attack_type: [],
        impact: [],
        claim: [],
        since: null,
        until: null,
        sort: "newest",
        page: 1,
        limit: 5,
      })
    ).hits[0]!;
    expect(incident.sources.map((s) => s.url)).toContain(REPRINT.url);
    await reload();
    expect(Object.values(unread()).flat()).toEqual([]);
  });
});

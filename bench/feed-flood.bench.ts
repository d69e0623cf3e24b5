// Issue 18 finding 1 and 4: one hostile feed of thousands of minimal items (plus items without links) polled with
// the default bounds and, as the baseline, without them: what one feed adds and what one poll costs.
import { statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeFetcher } from "../src/fetch/node-fetcher";
import {
  DEFAULT_MAX_ITEMS_PER_FEED,
  DEFAULT_MAX_PAGE_FETCHES_PER_POLL,
  pollFeeds,
  type PipelineDeps,
} from "../src/pipeline/poll";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import type { BenchRow } from "./harness";
import { tempDirFor } from "./temp";

export const title =
  "feed flood: one feed of minimal items (4,000 unless BENCH_FLOOD_ITEMS, plus 40 without links), bounded vs unbounded";

const LINKLESS = 40;

/** A loopback server: the flood feed at /flood.xml (links change every poll, as in the report), a tiny page per link. */
async function floodServer(items: number) {
  let poll = 0;
  const counts = { feed: 0, pages: 0 };
  const server = http.createServer((req, res) => {
    if (req.url === "/flood.xml") {
      counts.feed++;
      poll++;
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const linked = Array.from(
        { length: items },
        (_, i) => `<item><title>Ransomware attack on a hospital</title><link>${base}/a/${poll}-${i}</link></item>`,
      );
      const bare = Array.from(
        { length: LINKLESS },
        (_, i) => `<item><title>No link ${i}</title><guid isPermaLink="false">${poll}-${i}</guid></item>`,
      );
      res.writeHead(200, { "Content-Type": "application/rss+xml" });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title>${linked.join("")}${bare.join("")}</channel></rss>`,
      );
    } else {
      counts.pages++;
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<html><body><article><p>A hospital was hit by ransomware.</p></article></body></html>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/flood.xml`,
    counts,
    close: () => new Promise((r) => server.close(r)),
  };
}

async function measure(bounded: boolean, items: number) {
  const feed = await floodServer(items);
  const dir = tempDirFor("feed-flood");
  const path = `${dir.path}/flood.sqlite`;
  const { store, db } = openSqliteStore(path);
  const unbounded = Number.MAX_SAFE_INTEGER;
  const deps: PipelineDeps = {
    store,
    search: createEmbeddedSearch(sqliteClient(db)),
    fetcher: createNodeFetcher({ allowPrivate: true, retries: 0 }),
    clock: () => new Date(),
    intervalMinutes: 30,
    fetchArticlePages: true,
    maxItemsPerFeed: bounded ? DEFAULT_MAX_ITEMS_PER_FEED : unbounded,
    maxPageFetchesPerPoll: bounded ? DEFAULT_MAX_PAGE_FETCHES_PER_POLL : unbounded,
  };
  try {
    await store.addFeeds([{ url: feed.url }]);
    const t0 = performance.now();
    const report = await pollFeeds(deps, { all: true });
    const ms = performance.now() - t0;
    if ("skipped" in report) throw new Error("poll skipped");
    db.pragma("wal_checkpoint(TRUNCATE)");
    return {
      ms,
      articles: await store.countArticles(),
      incidents: await store.countIncidents(),
      feedFetches: feed.counts.feed,
      pageFetches: feed.counts.pages,
      dbMb: statSync(path).size / 1048576,
    };
  } finally {
    await store.close();
    await feed.close();
    dir.remove();
  }
}

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const items = Number(process.env.BENCH_FLOOD_ITEMS ?? 4000);
  const without = await measure(false, items);
  const bounded = await measure(true, items);
  for (const [name, f] of [
    ["unbounded", without],
    ["bounded", bounded],
  ] as const)
    log(
      `${name}: ${f.articles} articles, ${f.incidents} incidents, ${f.feedFetches} feed download(s), ${f.pageFetches} page fetches, ${f.dbMb.toFixed(1)} MB database, ${(f.ms / 1000).toFixed(1)} s`,
    );
  return [
    {
      bench: "feed-flood",
      metric: "articles added by one poll",
      value: bounded.articles,
      unit: "",
      baseline: without.articles,
      target: `≤ ${DEFAULT_MAX_ITEMS_PER_FEED}`,
    },
    {
      bench: "feed-flood",
      metric: "article pages fetched by one poll",
      value: bounded.pageFetches,
      unit: "",
      baseline: without.pageFetches,
      target: `≤ ${DEFAULT_MAX_PAGE_FETCHES_PER_POLL}`,
    },
    {
      bench: "feed-flood",
      metric: "downloads of the feed in one poll",
      value: bounded.feedFetches,
      unit: "",
      baseline: without.feedFetches,
      target: "1",
    },
    { bench: "feed-flood", metric: "poll time", value: bounded.ms, unit: "ms", baseline: without.ms },
    { bench: "feed-flood", metric: "database size", value: bounded.dbMb, unit: "MB", baseline: without.dbMb },
  ];
}

// Issue 3: a cold poll of 200 feeds × 50 items through fetch, parse, extract, cluster and store; then a warm re-poll of 304s.
import { listGroups } from "../src/extract/gazetteer";
import { createNodeFetcher } from "../src/fetch/node-fetcher";
import { createProgress } from "../src/lib/progress";
import { pollFeeds, type PipelineDeps } from "../src/pipeline/poll";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import { tempDirFor } from "./temp";
import { peakRssMb, type BenchRow } from "./harness";
import { startBenchFeedServer } from "./loopback-feeds";

export const title = "poll pipeline: loopback feeds × 50 items (200 feeds unless BENCH_POLL_FEEDS)";

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const FEEDS = Number(process.env.BENCH_POLL_FEEDS ?? 200);
  const ITEMS = 50;
  const server = await startBenchFeedServer(FEEDS, ITEMS);
  const dir = tempDirFor("poll");
  const { store, db } = openSqliteStore(`${dir.path}/bench.sqlite`);
  const deps: PipelineDeps = {
    store,
    search: createEmbeddedSearch(sqliteClient(db), { groups: listGroups() }),
    fetcher: createNodeFetcher({ allowPrivate: true, concurrency: 16 }),
    clock: () => new Date(),
    intervalMinutes: 30,
    fetchArticlePages: false,
  };
  try {
    await store.addFeeds(server.urls.map((url) => ({ url })));
    const poll = async (label: string) => {
      const bar = createProgress(label, FEEDS);
      const t0 = performance.now();
      const report = await pollFeeds(deps, { all: true, concurrency: 16, onFeedDone: (_r, done) => bar.update(done) });
      bar.done();
      if ("skipped" in report) throw new Error("poll skipped");
      return { ms: performance.now() - t0, report };
    };
    const cold = await poll("cold poll");
    const items = cold.report.feeds.reduce((s, f) => s + f.new_articles, 0);
    const failed = cold.report.feeds.filter((f) => f.outcome === "error").length;
    log(`cold: ${items} items in ${(cold.ms / 1000).toFixed(1)} s, ${failed} feeds failed, ${await store.countIncidents()} incidents`);
    const warm = await poll("warm re-poll");
    const notModified = warm.report.feeds.filter((f) => f.outcome === "not-modified").length;
    log(`warm: ${notModified}/${FEEDS} feeds answered 304 in ${warm.ms.toFixed(0)} ms`);
    return [
      { bench: "poll", metric: "cold poll throughput", value: (items / cold.ms) * 1000, unit: "items/s", target: "≥ 1000 items/s" },
      { bench: "poll", metric: "warm re-poll (all 304)", value: warm.ms, unit: "ms", target: "< 2000 ms" },
      { bench: "poll", metric: "peak RSS", value: peakRssMb(), unit: "MB", target: "< 300 MB" },
    ];
  } finally {
    await store.close();
    await server.close();
    dir.remove();
  }
}

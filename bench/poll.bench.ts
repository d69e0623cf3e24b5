// Issue 3: a cold poll of 200 feeds × 50 items through fetch, parse, extract, cluster and store; then a warm re-poll of 304s.
// Beside each cold poll, the floor: the same feeds fetched with bare `fetch` and read by rss-parser, nothing kept.
// The feed server and the floor run in processes of their own, so this one's CPU and peak RSS are the product's.
// The machine's speed drifts by ±10% over minutes here, so each figure is the median of a few rounds, and the
// ratio to the floor of the same round is steadier than either alone.
import { listGroups } from "../src/extract/gazetteer";
import { createNodeFetcher } from "../src/fetch/node-fetcher";
import { createProgress } from "../src/lib/progress";
import { pollFeeds, type PipelineDeps } from "../src/pipeline/poll";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import { tempDirFor } from "./temp";
import { firstJsonLine, spawnBenchScript } from "./child-process";
import { median, peakRssMb, type BenchRow } from "./harness";
import { startBenchFeedServerProcess } from "./loopback-feeds";

export const title =
  "poll pipeline: loopback feeds × 50 items (200 feeds unless BENCH_POLL_FEEDS; median of BENCH_POLL_ROUNDS, 3)";

const CONCURRENCY = 16;

/** One cold poll and one warm re-poll into a fresh database; items/s of the cold one and ms of the warm one. */
async function pollRound(
  urls: string[],
  round: string,
  log: (line: string) => void,
): Promise<{ cold: number; warm: number }> {
  const dir = tempDirFor("poll");
  const { store, db } = openSqliteStore(`${dir.path}/bench.sqlite`);
  const deps: PipelineDeps = {
    store,
    search: createEmbeddedSearch(sqliteClient(db), { groups: listGroups() }),
    fetcher: createNodeFetcher({ allowPrivate: true, concurrency: CONCURRENCY }),
    clock: () => new Date(),
    intervalMinutes: 30,
    fetchArticlePages: false,
  };
  try {
    await store.addFeeds(urls.map((url) => ({ url })));
    const poll = async (label: string) => {
      const bar = createProgress(`${round} ${label}`, urls.length);
      const t0 = performance.now();
      const report = await pollFeeds(deps, {
        all: true,
        concurrency: CONCURRENCY,
        onFeedDone: (_r, done) => bar.update(done),
      });
      bar.done();
      if ("skipped" in report) throw new Error("poll skipped");
      return { ms: performance.now() - t0, report };
    };
    const cold = await poll("cold poll");
    const items = cold.report.feeds.reduce((s, f) => s + f.new_articles, 0);
    const failed = cold.report.feeds.filter((f) => f.outcome === "error").length;
    log(
      `${round} cold: ${items} items in ${(cold.ms / 1000).toFixed(1)} s, ${failed} feeds failed, ${await store.countIncidents()} incidents`,
    );
    const warm = await poll("warm re-poll");
    const notModified = warm.report.feeds.filter((f) => f.outcome === "not-modified").length;
    log(`${round} warm: ${notModified}/${urls.length} feeds answered 304 in ${warm.ms.toFixed(0)} ms`);
    return { cold: (items / cold.ms) * 1000, warm: warm.ms };
  } finally {
    await store.close();
    dir.remove();
  }
}

/** The floor (bench/poll-floor.child.ts), in a process of its own so it adds nothing to this one's peak RSS; items/s. */
async function floorRound(urls: string[]): Promise<number> {
  const child = spawnBenchScript("./poll-floor.child.ts", [String(CONCURRENCY)]);
  child.stdin.end(JSON.stringify(urls));
  return firstJsonLine<number>(child);
}

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const FEEDS = Number(process.env.BENCH_POLL_FEEDS ?? 200);
  const ROUNDS = Number(process.env.BENCH_POLL_ROUNDS ?? 3);
  const server = await startBenchFeedServerProcess(FEEDS, 50);
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    const floor: number[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      floor.push(await floorRound(server.urls));
      const round = await pollRound(server.urls, `round ${r}/${ROUNDS}`, log);
      cold.push(round.cold);
      warm.push(round.warm);
      log(`round ${r}/${ROUNDS}: cold ${round.cold.toFixed(0)} items/s, floor ${floor[r - 1]!.toFixed(0)} items/s`);
    }
    return [
      {
        bench: "poll",
        metric: "cold poll throughput",
        value: median(cold),
        unit: "items/s",
        baseline: median(floor),
        target: "≥ 1000 items/s",
      },
      { bench: "poll", metric: "warm re-poll (all 304)", value: median(warm), unit: "ms", target: "< 2000 ms" },
      { bench: "poll", metric: "peak RSS", value: peakRssMb(), unit: "MB", target: "< 300 MB" },
    ];
  } finally {
    await server.close();
  }
}

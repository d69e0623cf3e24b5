// Issue 9: the Worker bundle's size, and how long one scheduled invocation takes to poll 20 loopback feeds in
// wrangler's local runtime (workerd + local D1), beside the same 20-feed batch polled by the Node pipeline on SQLite.
import { join } from "node:path";
import { createNodeFetcher } from "../src/fetch/node-fetcher";
import { pollFeeds, type PipelineDeps } from "../src/pipeline/poll";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import { prepareLocalWorker } from "../test/worker/bundle";
import { runWrangler, startWranglerDev } from "../test/worker/wrangler-process";
import { percentile, type BenchRow } from "./harness";
import { startBenchFeedServer } from "./loopback-feeds";
import { tempDirFor } from "./temp";

/** Shown in the bench table. */
export const title =
  "worker: bundle size; one scheduled invocation polling 20 loopback feeds under wrangler dev vs Node";

const FEEDS = 20;
const ITEMS = 10;
const ROUNDS = 3;
// The Worker polls with six feeds at once (its connection limit); the Node baseline is held to the same.
const CONCURRENCY = 6;
const ADMIN_TOKEN = "bench-admin-token-0123456789";

/** Runs the measurements; every process it starts is stopped before it returns. */
export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const dir = tempDirFor("worker");
  // Fresh feeds for every round on both sides, so each invocation stores and clusters new articles.
  const server = await startBenchFeedServer(FEEDS * ROUNDS * 2, ITEMS);
  let stop: (() => Promise<number[]>) | null = null;
  try {
    const { config, bundle } = await prepareLocalWorker(dir.path);
    log(
      `bundle: ${bundle.modules.length} modules, ${(bundle.rawBytes / 1024).toFixed(0)} KiB, ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzip`,
    );

    const persistTo = join(dir.path, "state");
    await runWrangler(
      ["d1", "migrations", "apply", "DB", "--local", "--config", config, "--persist-to", persistTo],
      join(dir.path, "logs"),
    );
    const dev = await startWranglerDev({
      config,
      persistTo,
      logDir: join(dir.path, "logs"),
      vars: { ALLOW_PRIVATE_FEEDS: "1", FETCH_ARTICLE_PAGES: "0", POLL_BATCH_SIZE: String(FEEDS), ADMIN_TOKEN },
      timeoutMs: 90_000,
    });
    stop = dev.stop;
    const worker: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const url of server.urls.slice(round * FEEDS, (round + 1) * FEEDS)) {
        const res = await fetch(`${dev.origin}/api/feeds`, {
          method: "POST",
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
          body: JSON.stringify({ url }),
        });
        if (res.status !== 201) throw new Error(`adding ${url}: ${res.status} ${await res.text()}`);
      }
      const t0 = performance.now();
      await (await fetch(`${dev.origin}/__scheduled?cron=*/15+*+*+*+*`)).text();
      // The invocation's own log line marks its end: the poll runs under waitUntil, after the trigger answers.
      const done = new RegExp(`poll worker:cron:\\S+ done: ${FEEDS} feeds, (\\d+) new articles`, "g");
      for (;;) {
        const matches = [...dev.output().matchAll(done)];
        if (matches.length > round) {
          worker.push(performance.now() - t0);
          log(
            `worker round ${round + 1}: ${FEEDS} feeds, ${matches[round]![1]} new articles in ${worker[round]!.toFixed(0)} ms`,
          );
          break;
        }
        if (performance.now() - t0 > 300_000) throw new Error(`scheduled poll did not finish\n${dev.output()}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const left = await dev.stop();
    stop = null;
    if (left.length) throw new Error(`processes left running: ${left.join(", ")}`);

    const node = await nodeBaseline(server.urls.slice(ROUNDS * FEEDS), dir.path, log);
    return [
      { bench: "worker", metric: "bundle size (upload)", value: bundle.rawBytes / 1024, unit: "KiB" },
      {
        bench: "worker",
        metric: "bundle size (gzip -9)",
        value: bundle.gzipBytes / 1024,
        unit: "KiB",
        target: "< 3072 KiB (free plan limit)",
      },
      { bench: "worker", metric: "wrangler deploy --dry-run", value: bundle.buildMs, unit: "ms" },
      {
        bench: "worker",
        metric: `scheduled poll, ${FEEDS} feeds × ${ITEMS} items, first (cold isolate)`,
        value: worker[0]!,
        unit: "ms",
        baseline: node[0]!,
      },
      {
        bench: "worker",
        metric: `scheduled poll, ${FEEDS} feeds × ${ITEMS} items, median of ${ROUNDS}`,
        value: percentile(worker, 50),
        unit: "ms",
        baseline: percentile(node, 50),
        target: "wall ≪ 15 min cron limit; CPU (not measurable locally) ≤ 30 s default",
      },
    ];
  } finally {
    if (stop) await stop();
    await server.close();
    dir.remove();
  }
}

/** The same batches polled by the Node pipeline over SQLite and the Node fetcher. */
async function nodeBaseline(urls: string[], dir: string, log: (line: string) => void): Promise<number[]> {
  const { store, db } = openSqliteStore(join(dir, "baseline.sqlite"));
  const deps: PipelineDeps = {
    store,
    search: createEmbeddedSearch(sqliteClient(db)),
    fetcher: createNodeFetcher({ allowPrivate: true }),
    clock: () => new Date(),
    intervalMinutes: 30,
    fetchArticlePages: false,
  };
  const times: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await store.addFeeds(urls.slice(round * FEEDS, (round + 1) * FEEDS).map((url) => ({ url })));
      const t0 = performance.now();
      const report = await pollFeeds(deps, { limit: FEEDS, concurrency: CONCURRENCY });
      times.push(performance.now() - t0);
      if ("skipped" in report) throw new Error("baseline poll skipped");
      log(
        `node round ${round + 1}: ${report.feeds.length} feeds, ${report.feeds.reduce((s, f) => s + f.new_articles, 0)} new articles in ${times[round]!.toFixed(0)} ms`,
      );
    }
  } finally {
    await store.close();
  }
  return times;
}

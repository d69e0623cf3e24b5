// Issue 10: poll 500 loopback feeds × 50 items while 20 clients search the API over HTTP; errors must be 0.
import { serve } from "@hono/node-server";
import { createApp } from "../src/app";
import { findGroup, listGroups } from "../src/extract/gazetteer";
import { createNodeFetcher } from "../src/fetch/node-fetcher";
import { createProgress } from "../src/lib/progress";
import { pollFeeds, type PipelineDeps } from "../src/pipeline/poll";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import { peakRssMb, percentile, type BenchRow } from "./harness";
import { startBenchFeedServerProcess } from "./loopback-feeds";
import { tempDirFor } from "./temp";

export const title =
  "soak: loopback feeds × 50 items (500 feeds unless BENCH_SOAK_FEEDS) polled while 20 clients search";

const QUERIES = [
  "q=ransomware",
  "q=hospital",
  "attacker=lockbit",
  "q=Ash",
  "q=patients%20records",
  "victim_type=hospital",
  "q=Qilin&country=GB",
  "q=operations%20cancelled&sort=newest",
];

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const FEEDS = Number(process.env.BENCH_SOAK_FEEDS ?? 500);
  const CLIENTS = 20;
  const feeds = await startBenchFeedServerProcess(FEEDS, 50);
  const dir = tempDirFor("soak");
  const { store, db } = openSqliteStore(`${dir.path}/soak.sqlite`);
  const search = createEmbeddedSearch(sqliteClient(db), { groups: listGroups() });
  const fetcher = createNodeFetcher({ allowPrivate: true, concurrency: 16 });
  const deps: PipelineDeps = {
    store,
    search,
    fetcher,
    clock: () => new Date(),
    intervalMinutes: 30,
    fetchArticlePages: false,
  };
  const app = createApp({
    store,
    search,
    fetcher,
    clock: () => new Date(),
    adminToken: null,
    startPoll: () => ({ id: "soak", running: true }),
    findGroup,
    listGroups,
    assets: null,
    version: "bench",
    baseUrl: null,
    rateLimit: null,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  await store.addFeeds(feeds.urls.map((url) => ({ url })));

  let polling = true;
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds = new Map<string, number>();
  const failed = (kind: string) => {
    errors++;
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  };
  const client = async (n: number) => {
    for (let i = n; polling; i++) {
      const path = `/api/incidents?${QUERIES[i % QUERIES.length]!}`;
      const t0 = performance.now();
      try {
        const res = await fetch(base + path);
        await res.arrayBuffer();
        if (res.status !== 200) failed(`HTTP ${res.status}`);
      } catch (err) {
        failed(String((err as Error & { cause?: Error }).cause?.message ?? (err as Error).message));
      }
      latencies.push(performance.now() - t0);
    }
  };
  const bar = createProgress("soak poll", FEEDS);
  const t0 = performance.now();
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
  const report = await pollFeeds(deps, {
    all: true,
    concurrency: 16,
    onFeedDone: (_r, done) => bar.update(done, `${latencies.length} searches`),
  });
  polling = false;
  await Promise.all(clients);
  bar.done();
  const ms = performance.now() - t0;
  if ("skipped" in report) throw new Error("poll skipped");
  const items = report.feeds.reduce((s, f) => s + f.new_articles, 0);
  const feedErrors = report.feeds.filter((f) => f.outcome === "error").length;
  log(
    `${items} items in ${(ms / 1000).toFixed(1)} s; ${latencies.length} searches, ${errors} search errors, ${feedErrors} feed errors`,
  );
  for (const [kind, n] of errorKinds) log(`search error: ${kind} × ${n}`);
  server.close();
  await store.close();
  await feeds.close();
  dir.remove();
  return [
    { bench: "soak", metric: "search errors", value: errors, unit: "", target: "0" },
    { bench: "soak", metric: "feed errors", value: feedErrors, unit: "", target: "0" },
    { bench: "soak", metric: "search p50 under load", value: percentile(latencies, 50), unit: "ms" },
    { bench: "soak", metric: "search p99 under load", value: percentile(latencies, 99), unit: "ms" },
    { bench: "soak", metric: "poll throughput under load", value: (items / ms) * 1000, unit: "items/s" },
    { bench: "soak", metric: "peak RSS", value: peakRssMb(), unit: "MB" },
  ];
}

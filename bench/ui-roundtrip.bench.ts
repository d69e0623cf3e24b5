// Issue 7: the search round trip the UI makes (HTTP on localhost, embedded engine, facets included), beside /healthz as the HTTP floor.
import { serve } from "@hono/node-server";
import { createApp } from "../src/app";
import { findGroup, listGroups } from "../src/extract/gazetteer";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import { percentile, type BenchRow } from "./harness";
import { gazetteer, inBatches, syntheticIncidents } from "./search.bench";
import { tempDirFor } from "./temp";

export const title = "UI search round trip on localhost (embedded engine, 10,000 incidents)";

// What the search page sends while a person types and clicks: prefixes, words, a facet filter, newest first.
const REQUESTS = [
  "q=lo",
  "q=lock",
  "q=lockbit",
  "q=hospital",
  "victim_type=hospital",
  "q=ransom&country=GB",
  "sort=newest",
  "q=data&sort=newest&page=2",
];

async function timeAll(base: string, paths: string[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const path of paths) {
      const t0 = performance.now();
      const res = await fetch(base + path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      times.push(performance.now() - t0);
    }
  return times;
}

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const N = Number(process.env.BENCH_UI_N ?? 10_000);
  const dir = tempDirFor("ui");
  const { store, db } = openSqliteStore(`${dir.path}/ui.sqlite`);
  const search = createEmbeddedSearch(sqliteClient(db), { groups: listGroups() });
  await search.rebuild(inBatches(syntheticIncidents(N, gazetteer()), 1000));
  const app = createApp({
    store,
    search,
    fetcher: {
      fetch: async () => {
        throw new Error("no fetching in this bench");
      },
    },
    clock: () => new Date(),
    adminToken: null,
    startPoll: () => ({ id: "bench", running: false }),
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
  try {
    await timeAll(
      base,
      REQUESTS.map((q) => `/api/incidents?${q}`),
      3,
    );
    const searches = await timeAll(
      base,
      REQUESTS.map((q) => `/api/incidents?${q}`),
      40,
    );
    const floor = await timeAll(base, ["/healthz"], 320);
    log(`${searches.length} searches over ${N} incidents`);
    return [
      {
        bench: "ui",
        metric: "search round trip p50",
        value: percentile(searches, 50),
        unit: "ms",
        baseline: percentile(floor, 50),
        target: "≤ 50 ms",
      },
      {
        bench: "ui",
        metric: "search round trip p99",
        value: percentile(searches, 99),
        unit: "ms",
        baseline: percentile(floor, 99),
        target: "≤ 50 ms",
      },
    ];
  } finally {
    server.close();
    await store.close();
    dir.remove();
  }
}

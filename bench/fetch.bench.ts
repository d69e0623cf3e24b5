// Fetch layer alone: 200 feeds on loopback, cold (200 + gzip) and warm (304), against plain global fetch as the floor.
import type { LookupFunction } from "node:net";
import { createNodeFetcher } from "../src/fetch/node-fetcher";
import { startMisbehavingServer } from "../test/helpers/misbehaving-server";
import { gzipSync } from "node:zlib";
import { pool, type BenchRow } from "./harness";

/** Shown in the bench table. */
export const title = "fetch: 200 loopback feeds, cold and warm (304)";

const FEEDS = 200;
const CONCURRENCY = 8;

const toLoopback: LookupFunction = (_hostname, options, callback) => {
  if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
  else callback(null, "127.0.0.1", 4);
};

function feedBody(n: number): Buffer {
  const items = Array.from(
    { length: 50 },
    (_, i) =>
      `<item><title>Feed ${n} item ${i}: hospital ransomware incident</title><link>https://example.org/${n}/${i}</link>` +
      `<description>${"Systems taken offline; elective surgery postponed. ".repeat(12)}</description></item>`,
  ).join("");
  return gzipSync(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${n}</title>${items}</channel></rss>`);
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/** Measures cold and warm polls through the node fetcher and through bare `fetch`. */
export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const server = await startMisbehavingServer();
  const bodies = Array.from({ length: FEEDS }, (_, n) => feedBody(n));
  bodies.forEach((body, n) =>
    server.serve(`/feed-${n}.xml`, {
      body,
      etag: `"e${n}"`,
      headers: { "content-type": "application/rss+xml", "content-encoding": "gzip" },
    }),
  );
  log(`gzip bodies: ${(bodies.reduce((sum, b) => sum + b.length, 0) / 1024).toFixed(0)} KiB on the wire`);
  try {
    const fetcher = createNodeFetcher({ allowPrivate: true, concurrency: CONCURRENCY, lookup: toLoopback });
    const url = (n: number) => `http://feed${n}.example:${server.port}/feed-${n}.xml`;
    const etags: string[] = [];
    const cold = await timed(() =>
      Promise.all(
        bodies.map(async (_, n) => {
          const outcome = await fetcher.fetch({ url: url(n), kind: "feed" });
          if (outcome.kind !== "ok") throw new Error(`feed ${n}: ${JSON.stringify(outcome)}`);
          etags[n] = outcome.etag ?? "";
        }),
      ),
    );
    const warm = await timed(() =>
      Promise.all(
        bodies.map(async (_, n) => {
          const outcome = await fetcher.fetch({ url: url(n), kind: "feed", etag: etags[n] });
          if (outcome.kind !== "not-modified") throw new Error(`feed ${n}: ${outcome.kind}`);
        }),
      ),
    );
    const direct = (n: number) => server.url(`/feed-${n}.xml`);
    const floorCold = await timed(() => pool(FEEDS, CONCURRENCY, (n) => fetch(direct(n)).then((r) => r.arrayBuffer())));
    const floorWarm = await timed(() =>
      pool(FEEDS, CONCURRENCY, (n) =>
        fetch(direct(n), { headers: { "if-none-match": `"e${n}"` } }).then((r) => r.arrayBuffer()),
      ),
    );
    log(
      `cold ${cold.toFixed(0)} ms (floor ${floorCold.toFixed(0)} ms), warm ${warm.toFixed(0)} ms (floor ${floorWarm.toFixed(0)} ms)`,
    );
    return [
      { bench: "fetch", metric: "cold poll, 200 gzip feeds", value: cold, unit: "ms", baseline: floorCold },
      {
        bench: "fetch",
        metric: "cold throughput",
        value: (FEEDS * 50 * 1000) / cold,
        unit: "items/s",
        baseline: (FEEDS * 50 * 1000) / floorCold,
      },
      {
        bench: "fetch",
        metric: "warm poll, 200 × 304",
        value: warm,
        unit: "ms",
        baseline: floorWarm,
        target: "< 2000 ms",
      },
    ];
  } finally {
    await server.close();
  }
}

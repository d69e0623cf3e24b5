// Issue 18 finding 2: one client floods search on 8 connections; another client's /healthz and searches must stay
// fast. The server runs in a process of its own, three times: without search limits, with them and searches on the
// event loop (SEARCH_THREADS=0), and with them and a search thread (the default). On the embedded engine a long
// all-words query matches little and is cheap; the costly search is a frequent word plus a typed prefix (many
// matches, facets over all of them), so that is the default flood (BENCH_FLOOD_WORDS=16 for the 16 words).
// The flood comes from 127.0.0.1; the other client, from 127.0.0.2 (so the per-client share tells them apart), searches
// twice a second as a person typing would.
import { Agent, get } from "node:http";
import { firstJsonLine, spawnBenchScript } from "./child-process";
import { median, percentile, type BenchRow } from "./harness";
import { gazetteer, syntheticIncidents } from "./search.bench";

export const title =
  "/healthz and another client's searches under a search flood (8 connections of costly searches, loopback, 10,000 incidents)";

const FLOOD_CONNECTIONS = 8;
const WORDS_PER_SEARCH = Number(process.env.BENCH_FLOOD_WORDS ?? 2);
const FLOOD_MS = Number(process.env.BENCH_FLOOD_MS ?? 8_000);
/** The other client's pace: a search every half second. */
const READER_MS = 500;
const MODES = ["none", "inline", "threads"] as const;
type Mode = (typeof MODES)[number];

/** The 16 most frequent words of the synthetic incidents: the searches that match the most and cost the most. */
function frequentWords(): string[] {
  const counts = new Map<string, number>();
  let i = 0;
  for (const incident of syntheticIncidents(2000, gazetteer())) {
    for (const w of `${incident.title} ${incident.summary}`.toLowerCase().match(/[a-z]{3,}/g) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
    if (++i >= 2000) break;
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 16)
    .map(([w]) => w);
}

interface Figures {
  healthz: number[];
  searches: number;
  refused: number;
  /** The other client's searches: latency of each answered one, and how many were refused. */
  other: number[];
  otherRefused: number;
  /** Of those, how many were 429 (the client's own share), the rest 503 (search busy for everyone). */
  otherOwnShare: number;
  maxRssMb: number;
}

/** GET from a given local address (keep-alive), resolving to the status once the body is read. */
function getFrom(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    }).on("error", reject);
  });
}

function queryOf(words: string[], i: number): string {
  // Word order varies per request so no cache can answer; the last word is a prefix, as typed.
  const shift = i % words.length;
  const q = [...words.slice(shift), ...words.slice(0, shift)]
    .map((w, k) => (k === words.length - 1 ? w.slice(0, 2) : w))
    .slice(-WORDS_PER_SEARCH)
    .join(" ");
  return encodeURIComponent(q);
}

async function flood(base: string, words: string[]): Promise<Omit<Figures, "maxRssMb">> {
  const until = performance.now() + FLOOD_MS;
  const flooder = new Agent({ keepAlive: true, localAddress: "127.0.0.1" } as ConstructorParameters<typeof Agent>[0]);
  const other = new Agent({ keepAlive: true, localAddress: "127.0.0.2" } as ConstructorParameters<typeof Agent>[0]);
  let searches = 0;
  let refused = 0;
  const connections = Array.from({ length: FLOOD_CONNECTIONS }, async (_, c) => {
    for (let i = 0; performance.now() < until; i++) {
      const status = await getFrom(flooder, `${base}/api/incidents?q=${queryOf(words, i + c)}&limit=50`);
      if (status === 200) searches++;
      else refused++;
    }
  });
  const healthz: number[] = [];
  const probe = (async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await getFrom(other, `${base}/healthz`);
      healthz.push(performance.now() - t0);
    }
  })();
  // The other client reads as a person typing would: a search of the same cost as the flood's every READER_MS.
  const otherLatency: number[] = [];
  let otherRefused = 0;
  let otherOwnShare = 0;
  const reader = (async () => {
    for (let i = 0; performance.now() < until; i++) {
      const t0 = performance.now();
      const next = t0 + READER_MS;
      const status = await getFrom(other, `${base}/api/incidents?q=${queryOf(words, i + 3)}&limit=20`);
      if (status === 200) otherLatency.push(performance.now() - t0);
      else {
        otherRefused++;
        if (status === 429) otherOwnShare++;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
    }
  })();
  await Promise.all([...connections, probe, reader]);
  flooder.destroy();
  other.destroy();
  return { healthz, searches, refused, other: otherLatency, otherRefused, otherOwnShare };
}

async function measure(mode: Mode, n: number, words: string[]): Promise<Figures> {
  const child = spawnBenchScript("search-server.child.ts", [String(n), mode]);
  const base = await firstJsonLine<string>(child);
  const figures = await flood(base, words);
  // The child's next line, once its stdin ends: its peak RSS.
  const rss = firstJsonLine<{ maxRssMb: number }>(child);
  child.stdin.end();
  return { ...figures, maxRssMb: (await rss).maxRssMb };
}

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const n = Number(process.env.BENCH_FLOOD_N ?? 10_000);
  const words = frequentWords();
  const figures = {} as Record<Mode, Figures>;
  for (const mode of MODES) figures[mode] = await measure(mode, n, words);
  const perS = (count: number) => count / (FLOOD_MS / 1000);
  for (const mode of MODES) {
    const f = figures[mode];
    log(
      `${mode}: /healthz p50 ${percentile(f.healthz, 50).toFixed(1)} ms, p99 ${percentile(f.healthz, 99).toFixed(1)} ms (${f.healthz.length} probes); ` +
        `flood ${perS(f.searches).toFixed(1)} searches/s answered, ${perS(f.refused).toFixed(1)}/s refused; ` +
        `other client ${f.other.length} answered (median ${f.other.length ? median(f.other).toFixed(0) : "-"} ms), ${f.otherRefused} refused (${f.otherOwnShare} of them 429); peak RSS ${f.maxRssMb.toFixed(0)} MB`,
    );
  }
  const { inline, threads } = figures;
  const answeredShare = (f: Figures) => (100 * f.other.length) / Math.max(1, f.other.length + f.otherRefused);
  return [
    {
      bench: "search-flood",
      metric: "/healthz p99 under flood (threads; baseline searches on the event loop)",
      value: percentile(threads.healthz, 99),
      unit: "ms",
      baseline: percentile(inline.healthz, 99),
      target: "≤ 100 ms",
    },
    {
      bench: "search-flood",
      metric: "/healthz p50 under flood",
      value: percentile(threads.healthz, 50),
      unit: "ms",
      baseline: percentile(inline.healthz, 50),
    },
    {
      bench: "search-flood",
      metric: "/healthz p99 with no search limits, on the event loop",
      value: percentile(figures.none.healthz, 99),
      unit: "ms",
    },
    {
      bench: "search-flood",
      metric: "flooding client's searches answered per s",
      value: perS(threads.searches),
      unit: "/s",
      baseline: perS(inline.searches),
    },
    {
      bench: "search-flood",
      metric: "other client's searches answered",
      value: answeredShare(threads),
      unit: "%",
      baseline: answeredShare(inline),
    },
    {
      bench: "search-flood",
      metric: "other client's search median",
      value: threads.other.length ? median(threads.other) : NaN,
      unit: "ms",
      baseline: inline.other.length ? median(inline.other) : NaN,
    },
    {
      bench: "search-flood",
      metric: "server peak RSS",
      value: threads.maxRssMb,
      unit: "MB",
      baseline: inline.maxRssMb,
    },
  ];
}

// Issue 18 finding 2: one client floods search on 8 connections; another client's /healthz must stay fast. The server
// runs in a process of its own, with the search limits and (baseline) without them. On the embedded engine a long
// all-words query matches little and is cheap; the costly search is a frequent word plus a typed prefix (many
// matches, facets over all of them), so that is the default flood (BENCH_FLOOD_WORDS=16 for the 16 words).
import { firstJsonLine, spawnBenchScript } from "./child-process";
import { percentile, type BenchRow } from "./harness";
import { gazetteer, syntheticIncidents } from "./search.bench";

export const title = "/healthz under a search flood (8 connections of costly searches, loopback, 10,000 incidents)";

const FLOOD_CONNECTIONS = 8;
const WORDS_PER_SEARCH = Number(process.env.BENCH_FLOOD_WORDS ?? 2);
const FLOOD_MS = Number(process.env.BENCH_FLOOD_MS ?? 8_000);

/** The 16 most frequent words of the synthetic incidents: the searches that match the most and cost the most. */
function frequentWords(): string[] {
  const counts = new Map<string, number>();
  let i = 0;
  for (const incident of syntheticIncidents(2000, gazetteer())) {
    for (const w of `${incident.title} ${incident.summary}`.toLowerCase().match(/[a-z]{3,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    if (++i >= 2000) break;
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([w]) => w);
}

interface Figures {
  healthz: number[];
  searches: number;
  refused: number;
}

async function flood(base: string, words: string[]): Promise<Figures> {
  const until = performance.now() + FLOOD_MS;
  let searches = 0;
  let refused = 0;
  const connections = Array.from({ length: FLOOD_CONNECTIONS }, async (_, c) => {
    for (let i = 0; performance.now() < until; i++) {
      // Word order varies per request so no cache can answer; the last word is a prefix, as typed.
      const shift = (i + c) % words.length;
      const q = [...words.slice(shift), ...words.slice(0, shift)].map((w, k) => (k === words.length - 1 ? w.slice(0, 2) : w)).slice(-WORDS_PER_SEARCH).join(" ");
      const res = await fetch(`${base}/api/incidents?q=${encodeURIComponent(q)}&limit=50`);
      await res.arrayBuffer();
      if (res.status === 503) refused++;
      else searches++;
    }
  });
  const healthz: number[] = [];
  const probe = (async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await (await fetch(`${base}/healthz`)).arrayBuffer();
      healthz.push(performance.now() - t0);
    }
  })();
  await Promise.all([...connections, probe]);
  return { healthz, searches, refused };
}

async function measure(gated: boolean, n: number, words: string[]): Promise<Figures> {
  const child = spawnBenchScript("search-server.child.ts", [String(n), gated ? "1" : "0"]);
  try {
    const base = await firstJsonLine<string>(child);
    return await flood(base, words);
  } finally {
    child.stdin.end();
  }
}

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const n = Number(process.env.BENCH_FLOOD_N ?? 10_000);
  const words = frequentWords();
  const without = await measure(false, n, words);
  const withLimits = await measure(true, n, words);
  for (const [name, f] of [["without limits", without], ["with limits", withLimits]] as const)
    log(`${name}: ${f.searches} searches answered, ${f.refused} refused (503), ${f.healthz.length} /healthz probes in ${FLOOD_MS / 1000} s`);
  return [
    { bench: "search-flood", metric: "/healthz p99 under flood", value: percentile(withLimits.healthz, 99), unit: "ms", baseline: percentile(without.healthz, 99), target: "≤ 100 ms" },
    { bench: "search-flood", metric: "/healthz p50 under flood", value: percentile(withLimits.healthz, 50), unit: "ms", baseline: percentile(without.healthz, 50) },
    { bench: "search-flood", metric: "searches answered per s", value: withLimits.searches / (FLOOD_MS / 1000), unit: "/s", baseline: without.searches / (FLOOD_MS / 1000) },
  ];
}

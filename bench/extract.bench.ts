// Extraction throughput on the dev set repeated to 10,000 articles, beside a floor that only lower-cases and tokenises;
// also with the organisation registry of ../shared/data/health-orgs loaded, when that folder is there; then the worst
// case: pages built to be expensive (test/extract/hostile-articles.ts) at the 60,000-character cap, each timed beside an
// ordinary page of the same length made of dev articles.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createOrgRegistry, extractEntities } from "../src/extract";
import type { ArticleText } from "../src/model/article";
import type { OrgRegistry } from "../src/model/registry";
import { parseRegistryCsv } from "../src/parse/registry-csv";
import { HOSTILE_SHAPES, hostileArticle, ordinaryArticle } from "../test/extract/hostile-articles";
import { median, type BenchRow } from "./harness";

/** Shown in the bench table header. */
export const title = "entity extraction throughput (dev set × 10,000 articles, one core)";

const TOTAL = 10_000;
const dev = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/eval/dev.jsonl");
const registryDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/data/health-orgs");

function loadRegistry(): OrgRegistry | null {
  if (!existsSync(registryDir)) return null;
  const files = readdirSync(registryDir).filter((f) => f.endsWith(".csv"));
  return createOrgRegistry(files.flatMap((f) => parseRegistryCsv(readFileSync(resolve(registryDir, f), "utf8")).rows));
}

function baseline(a: ArticleText): number {
  return `${a.title}\n\n${a.text}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
}

// Articles per second by wall clock, and CPU milliseconds per article (steadier when other processes share the cores).
function timed(articles: ArticleText[], fn: (a: ArticleText) => unknown, cpu?: number[]): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) fn(a);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu?.push((c.user + c.system) / 1000 / articles.length);
  return (articles.length / wall) * 1000;
}

/** Runs the benchmark and returns articles/s for the extractor and the baseline. */
export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  if (!existsSync(dev)) {
    log(`skipped: ${dev} not found`);
    return [];
  }
  const base = readFileSync(dev, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const { id, url, site, title, text } = JSON.parse(l) as ArticleText;
      return { id, url, site, title, text };
    });
  const articles = Array.from({ length: TOTAL }, (_, i) => base[i % base.length]!);
  const chars = articles.reduce((n, a) => n + a.title.length + a.text.length, 0) / articles.length;
  log(`${base.length} dev articles repeated to ${TOTAL}, ${Math.round(chars)} chars on average`);
  timed(articles.slice(0, 500), extractEntities); // warm-up: JIT and the compiled matchers
  const registry = loadRegistry();
  const withRegistry = (a: ArticleText) => extractEntities(a, registry);
  if (registry) timed(articles.slice(0, 500), withRegistry);
  const rounds = 3;
  const registered: number[] = [];
  const extract: number[] = [];
  const floor: number[] = [];
  const extractCpu: number[] = [];
  const floorCpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    floor.push(timed(articles, baseline, floorCpu));
    extract.push(timed(articles, extractEntities, extractCpu));
    if (registry) registered.push(timed(articles, withRegistry));
    log(
      `round ${r + 1}: extract ${extract[r]!.toFixed(0)}/s${registry ? `, with the registry ${registered[r]!.toFixed(0)}/s` : ""}, baseline ${floor[r]!.toFixed(0)}/s`,
    );
  }
  const perArticleMs = 1000 / median(extract);
  return [
    ...worstCase(base, log),
    {
      bench: "extract",
      metric: "articles per second",
      value: median(extract),
      unit: "articles/s",
      baseline: median(floor),
      target: "≥ 2000",
    },
    { bench: "extract", metric: "time per article", value: perArticleMs, unit: "ms", baseline: 1000 / median(floor) },
    {
      bench: "extract",
      metric: "CPU time per article",
      value: median(extractCpu),
      unit: "ms",
      baseline: median(floorCpu),
      target: "≤ 0.5",
    },
    ...(registry
      ? [
          {
            bench: "extract",
            metric: "articles per second, organisation registry loaded",
            value: median(registered),
            unit: "articles/s",
            baseline: median(floor),
            target: "≥ 2000",
          },
        ]
      : []),
  ];
}

const CAP = 60_000;
const REPEATS = 5;

// Median wall milliseconds of one extraction of `a`.
function msPer(a: ArticleText): number {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    extractEntities(a);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function worstCase(base: ArticleText[], log: (line: string) => void): BenchRow[] {
  const ordinary = ordinaryArticle(
    base.map((a) => a.text),
    CAP,
  );
  const ordinaryMs = msPer(ordinary);
  log(`ordinary page of ${CAP} chars: ${ordinaryMs.toFixed(1)} ms`);
  return HOSTILE_SHAPES.map((shape) => {
    const ms = msPer(hostileArticle(shape, CAP));
    log(`hostile page "${shape.name}": ${ms.toFixed(1)} ms (${(ms / ordinaryMs).toFixed(1)}× ordinary)`);
    return {
      bench: "extract",
      metric: `worst case: ${shape.name} (${CAP} chars)`,
      value: ms,
      unit: "ms",
      baseline: ordinaryMs,
      target: "≤ 3× baseline",
    };
  });
}

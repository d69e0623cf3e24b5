// Runs every bench/*.bench.ts (or those named on the command line), prints one table and writes bench/results.json.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchModule, BenchRow } from "./harness";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log("usage: npm run bench [-- NAME...]   runs bench/NAME.bench.ts (all when none given)");
  process.exit(0);
}
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => args.length === 0 || args.includes(f.replace(/\.bench\.ts$/, "")))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(join(here, file))) as BenchModule;
  console.error(`\n== ${mod.title} (${file})`);
  rows.push(...(await mod.run((line) => console.error(`   ${line}`))));
}

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "" : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3));
const table = rows.map((r) => ({
  bench: r.bench,
  metric: r.metric,
  value: `${fmt(r.value)} ${r.unit}`,
  baseline: r.baseline === undefined ? "" : `${fmt(r.baseline)} ${r.unit}`,
  ratio: r.baseline ? `${fmt(r.value / r.baseline)}×` : "",
  target: r.target ?? "",
}));
const cols = ["bench", "metric", "value", "baseline", "ratio", "target"] as const;
const widths = cols.map((c) => Math.max(c.length, ...table.map((t) => t[c].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(line([...cols]));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const t of table) console.log(line(cols.map((c) => t[c])));
// A partial run (`npm run bench -- NAME`) replaces only its own benches' rows in results.json.
const resultsPath = join(here, "results.json");
const ran = new Set(rows.map((r) => r.bench));
const kept = existsSync(resultsPath)
  ? ((JSON.parse(readFileSync(resultsPath, "utf8")) as { rows?: BenchRow[] }).rows ?? []).filter((r) => !ran.has(r.bench))
  : [];
writeFileSync(resultsPath, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows: [...kept, ...rows] }, null, 2) + "\n");

// Runs every bench/*.bench.ts (or those named on the command line), prints one table and writes bench/results.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchModule, BenchRow } from "./harness";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log("usage: npm run bench [-- NAME...]   runs bench/NAME.bench.ts (all when none given)");
  process.exit(0);
}
// Each bench runs in a process of its own, so its peak RSS is its own (not the largest of the benches before
// it) and no bench inherits another's heap or JIT state.
const one = args.indexOf("--one");
if (one >= 0) {
  const [file, out] = [args[one + 1]!, args[one + 2]!];
  const mod = (await import(join(here, file))) as BenchModule;
  console.error(`\n== ${mod.title} (${file})`);
  writeFileSync(out, JSON.stringify(await mod.run((line) => console.error(`   ${line}`))));
  process.exit(0);
}
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => args.length === 0 || args.includes(f.replace(/\.bench\.ts$/, "")))
  .sort();

const rows: BenchRow[] = [];
const scratch = mkdtempSync(join(tmpdir(), "medbreach-bench-rows-"));
try {
  for (const file of files) {
    const out = join(scratch, `${file}.json`);
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--one", file, out],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (child.status !== 0 || !existsSync(out)) {
      console.error(`${file} failed (exit ${child.status ?? child.signal}); its rows are missing`);
      process.exitCode = 1;
      continue;
    }
    rows.push(...(JSON.parse(readFileSync(out, "utf8")) as BenchRow[]));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const fmt = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? "" : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3);
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
  ? ((JSON.parse(readFileSync(resultsPath, "utf8")) as { rows?: BenchRow[] }).rows ?? []).filter(
      (r) => !ran.has(r.bench),
    )
  : [];
writeFileSync(
  resultsPath,
  JSON.stringify({ at: new Date().toISOString(), node: process.version, rows: [...kept, ...rows] }, null, 2) + "\n",
);

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { ROOT, runWrangler } from "./wrangler-process";

/** What `wrangler deploy --dry-run` produced: the uploadable modules and their sizes. */
export interface WorkerBundle {
  outDir: string;
  /** Module files wrangler would upload (source maps and its README left out). */
  modules: string[];
  rawBytes: number;
  /** Sum of each module gzipped at level 9 (what the Workers size limit counts is compressed too). */
  gzipBytes: number;
  buildMs: number;
}

/** The static assets wrangler.toml points at must exist before wrangler can bundle; builds the UI if missing. */
export function ensureUiBuilt(): void {
  if (existsSync(join(ROOT, "dist/web/index.html"))) return;
  const result = spawnSync(join(ROOT, "node_modules/.bin/vite"), ["build", "--config", "web/vite.config.ts"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`UI build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Runs `wrangler deploy --dry-run --outdir outDir` (offline) and measures the result. */
export async function buildWorkerBundle(outDir: string, logDir: string): Promise<WorkerBundle> {
  ensureUiBuilt();
  const { ms } = await runWrangler(["deploy", "--dry-run", "--outdir", outDir], logDir);
  const modules = readdirSync(outDir).filter((f) => !f.endsWith(".map") && f !== "README.md");
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of modules) {
    const bytes = readFileSync(join(outDir, file));
    rawBytes += bytes.byteLength;
    gzipBytes += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { outDir, modules, rawBytes, gzipBytes, buildMs: ms };
}

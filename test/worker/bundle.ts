import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
  const result = spawnSync(join(ROOT, "node_modules/.bin/vite"), ["build", "--config", "web/vite.config.ts"], {
    cwd: ROOT,
    encoding: "utf8",
  });
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

/** A Worker ready for `wrangler dev -c config`: the dry-run bundle, a copy of the UI and a config pointing at both. */
export interface LocalWorker {
  config: string;
  bundle: WorkerBundle;
}

/**
 * Builds the bundle once and serves that artifact, not the sources: `wrangler dev` watches every input of its
 * bundle and the assets, and restarts workerd when one changes (cutting off a running poll), while other work in
 * this tree edits `src/` and rebuilds `dist/web` at any time. wrangler still re-bundles the artifact (a no-op apart
 * from `--test-scheduled`'s /__scheduled middleware, which Miniflare's own /cdn-cgi/handler/scheduled cannot replace:
 * with an assets binding it dispatches the event to the assets router, which has no scheduled handler).
 * The copied config keeps wrangler.toml's bindings, rules, vars and crons.
 */
export async function prepareLocalWorker(dir: string): Promise<LocalWorker> {
  const bundle = await buildWorkerBundle(join(dir, "out"), join(dir, "logs"));
  cpSync(join(ROOT, "dist/web"), join(dir, "web"), { recursive: true });
  const replacements: [RegExp, string][] = [
    [/^main = .*$/m, `main = ${JSON.stringify(join(bundle.outDir, "worker.js"))}`],
    [/^directory = "dist\/web"$/m, `directory = ${JSON.stringify(join(dir, "web"))}`],
    [/^migrations_dir = .*$/m, `migrations_dir = ${JSON.stringify(join(ROOT, "src/store/migrations"))}`],
  ];
  let toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
  for (const [pattern, value] of replacements) {
    if (!pattern.test(toml))
      throw new Error(`wrangler.toml has no line matching ${pattern}; update prepareLocalWorker`);
    toml = toml.replace(pattern, value);
  }
  const config = join(dir, "wrangler.toml");
  writeFileSync(config, toml);
  return { config, bundle };
}

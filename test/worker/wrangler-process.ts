import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** The project root, where wrangler.toml lives. */
export const ROOT = join(import.meta.dirname, "../..");
/** wrangler started directly, never through npx: stopping npx's PID would leave wrangler and workerd running. */
export const WRANGLER = join(ROOT, "node_modules/.bin/wrangler");

/** Environment for every wrangler call: no metrics, no Request.cf download, logs kept in `logDir`. */
export function wranglerEnv(logDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_LOG_PATH: logDir,
    NO_COLOR: "1",
    CI: "1",
  };
}

/** Runs one wrangler command to completion; rejects with its output when it fails. */
export function runWrangler(
  args: string[],
  logDir: string,
  timeoutMs = 120_000,
): Promise<{ stdout: string; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER, args, { cwd: ROOT, env: wranglerEnv(logDir), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => void stopProcessTree(child), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr, ms: performance.now() - t0 });
      else reject(new Error(`wrangler ${args.join(" ")} exited with ${code}\n${stdout}\n${stderr}`));
    });
  });
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The PIDs below `pid` (children, grandchildren…), read from /proc. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent PID; the command name before it may contain spaces, so split after ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const child of parents.get(p) ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

/** Running, or stopped but not yet reaped by its parent; a zombie ("Z") has released everything and counts as gone. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/**
 * Stops a process started here and everything it started: SIGTERM to its own PID (wrangler then stops workerd
 * and esbuild), and SIGKILL for any descendant still there after `graceMs`. Resolves with the PIDs left alive (none).
 */
export async function stopProcessTree(child: ChildProcess, graceMs = 5_000): Promise<number[]> {
  const pid = child.pid;
  if (pid === undefined) return [];
  const tree = [pid, ...descendants(pid)];
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && tree.some(alive)) await new Promise((r) => setTimeout(r, 100));
  for (const p of tree.filter(alive)) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  await new Promise((r) => setTimeout(r, 200));
  return tree.filter(alive);
}

/** A running `wrangler dev`. */
export interface WranglerDev {
  origin: string;
  /** Everything wrangler printed so far (for failure messages). */
  output(): string;
  /** Stops wrangler and its workerd; resolves with the PIDs still alive (should be none). */
  stop(): Promise<number[]>;
}

/** Starts `wrangler dev` offline on loopback and waits until `/healthz` answers 200. */
export async function startWranglerDev(options: {
  config: string;
  persistTo: string;
  logDir: string;
  vars: Record<string, string>;
  timeoutMs?: number;
}): Promise<WranglerDev> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const args = [
    "dev",
    "--config",
    options.config,
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspectorPort),
    "--show-interactive-dev-session=false",
    "--test-scheduled",
    "--persist-to",
    options.persistTo,
    ...Object.entries(options.vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
  ];
  const child = spawn(WRANGLER, args, {
    cwd: ROOT,
    env: wranglerEnv(options.logDir),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const dev: WranglerDev = {
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () => stopProcessTree(child),
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}\n${output}`);
    try {
      const res = await fetch(`${dev.origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return dev;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await dev.stop();
      throw new Error(`wrangler dev did not answer /healthz within ${options.timeoutMs ?? 60_000} ms\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";

type Child = ChildProcessByStdio<Writable, Readable, null>;

/**
 * Starts `bench/<script>` in a process of its own (same loader flags as this one), so what it does
 * (serving feeds, a floor measurement) is not counted in this process's CPU or peak RSS.
 */
export function spawnBenchScript(script: string, args: string[]): Child {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return spawn(process.execPath, [...process.execArgv, path, ...args], { stdio: ["pipe", "pipe", "inherit"] });
}

/** The first line the child writes to stdout, parsed as JSON; rejects if it exits first. */
export function firstJsonLine<T>(child: Child): Promise<T> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const end = buffered.indexOf("\n");
      if (end < 0) return;
      child.stdout.off("data", onData);
      child.off("exit", onExit);
      try {
        resolve(JSON.parse(buffered.slice(0, end)) as T);
      } catch (error) {
        reject(error);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`bench child exited (${code}) before answering`));
    child.stdout.on("data", onData);
    child.once("exit", onExit);
  });
}

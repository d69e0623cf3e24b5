import { hostname } from "node:os";
import type { Store } from "../store/store";

/** This process's name on the poll lease: `node:<host>:<pid>:<nonce>`. */
export function nodeLeaseHolder(): string {
  return `node:${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Frees the poll lease when its holder was a process on this machine that no longer exists
 * (killed mid-poll), so a restart can poll at once instead of waiting for the lease to expire.
 */
export async function releaseLeaseOfDeadProcess(store: Store): Promise<boolean> {
  const lock = await store.getLock("poll");
  const match = lock && /^node:(.+):(\d+):[a-z0-9]*$/.exec(lock.holder);
  if (!lock || !match || match[1] !== hostname() || isAlive(Number(match[2]))) return false;
  await store.releaseLock("poll", lock.holder);
  return true;
}

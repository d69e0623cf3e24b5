import type { MiddlewareHandler } from "hono";

/** How much of the server searching may take. */
export interface SearchGateOptions {
  /** Searches running at once (`MAX_CONCURRENT_SEARCHES`). */
  maxConcurrent: number;
  /** Share of wall time, over the last `windowMs`, that searches may take (`SEARCH_TIME_SHARE`, 0–1). */
  maxShare: number;
  windowMs?: number;
  now?: () => number;
}

/** Admits searches while there is room; `tryRun` is for work that can be left out (inlining a page's first results). */
export interface SearchGate {
  middleware: MiddlewareHandler;
  /** Runs `work` when there is room, or answers null at once without running it. */
  tryRun<T>(work: () => Promise<T>): Promise<T | null>;
}

/**
 * Bounds search by work, not by count. A count limit lets a client's few expensive searches (16 words
 * on 8 connections) keep the one event loop busy, and then every other request (`/healthz`, another
 * client's page) waits behind them. Here each search's duration is booked against a sliding window, and
 * once searches have taken their share of it, or `maxConcurrent` are running, a new one is refused at
 * once (503 + Retry-After) before it costs anything, which leaves the rest of the time to everyone else.
 */
export function createSearchGate(options: SearchGateOptions): SearchGate {
  const windowMs = options.windowMs ?? 1000;
  const budget = options.maxShare * windowMs;
  const now = options.now ?? (() => performance.now());
  // Finished searches as [end, duration], oldest first; the window only ever holds a few hundred.
  const spent: [number, number][] = [];
  let busy = 0;
  let running = 0;

  const room = (): boolean => {
    const from = now() - windowMs;
    while (spent.length && spent[0]![0] <= from) busy -= spent.shift()![1];
    return running < options.maxConcurrent && busy < budget;
  };
  const measure = async <T>(work: () => Promise<T>): Promise<T> => {
    running++;
    const t0 = now();
    try {
      return await work();
    } finally {
      running--;
      const t1 = now();
      spent.push([t1, t1 - t0]);
      busy += t1 - t0;
    }
  };
  return {
    middleware: async (c, next) => {
      if (!room()) {
        c.header("Retry-After", "1");
        return c.json({ error: "search is busy; retry in 1 s" }, 503);
      }
      await measure(next);
    },
    tryRun: async (work) => (room() ? measure(work) : null),
  };
}

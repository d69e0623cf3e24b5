import type { Context, MiddlewareHandler } from "hono";

/** How much of the server searching may take, in all and per client. */
export interface SearchGateOptions {
  /** Searches running at once (`MAX_CONCURRENT_SEARCHES`). */
  maxConcurrent: number;
  /** Share of wall time, over the last `windowMs`, during which searches may run (`SEARCH_TIME_SHARE`, 0–1). */
  maxShare: number;
  /**
   * Share of both bounds one client may take (`SEARCH_CLIENT_SHARE`, 0–1): at most this fraction of
   * `maxConcurrent` searches (at least one) and of `maxShare`. Absent: a client may take everything.
   */
  clientShare?: number;
  windowMs?: number;
  now?: () => number;
}

/** Admits searches while there is room; `tryRun` is for work that can be left out (inlining a page's first results). */
export interface SearchGate {
  middleware: MiddlewareHandler;
  /** Runs `work` for the client of `c` when there is room, or answers null at once without running it. */
  tryRun<T>(c: Context, work: () => Promise<T>): Promise<T | null>;
}

/** Searches of one scope (everyone, or one client): how many run, and when they ran within the window. */
interface Ledger {
  running: number;
  /** When `running` last changed or was settled. */
  mark: number;
  /** Stretches of time during which at least one search ran, as [end, length], oldest first. */
  spent: [number, number][];
  busy: number;
}

const newLedger = (at: number): Ledger => ({ running: 0, mark: at, spent: [], busy: 0 });

/**
 * Bounds search by work, not by count. A count limit lets a client's few expensive searches (16 words
 * on 8 connections) take all the search capacity, and, with searches on the event loop, keep every other
 * request (`/healthz`, another client's page) waiting. Here the time during which searches run is booked
 * against a sliding window as it passes (a long search counts while it runs, and overlapping searches
 * count once: the window measures how long the engine was busy); once searches have taken their share,
 * or `maxConcurrent` run, a new one is refused at once (503 + Retry-After) before it costs anything.
 * The same bounds, scaled by `clientShare`, apply to each client (429 + Retry-After beyond them), so one
 * client at its cap leaves room for the others.
 */
export function createSearchGate(options: SearchGateOptions, clientKey: (c: Context) => string = () => "unknown"): SearchGate {
  const windowMs = options.windowMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const share = options.clientShare ?? 1;
  const budget = options.maxShare * windowMs;
  const clientBudget = budget * share;
  const clientSlots = Math.max(1, Math.floor(options.maxConcurrent * share));
  const all = newLedger(now());
  // Clients with a search running or booked in the window (and a few idle ones, see measure).
  const clients = new Map<string, Ledger>();

  /** Books the time since the ledger's last mark if searches ran through it, and forgets what left the window. */
  const settle = (ledger: Ledger, t: number) => {
    if (ledger.running > 0 && t > ledger.mark) {
      ledger.spent.push([t, t - ledger.mark]);
      ledger.busy += t - ledger.mark;
    }
    ledger.mark = t;
    while (ledger.spent.length && ledger.spent[0]![0] <= t - windowMs) ledger.busy -= ledger.spent.shift()![1];
  };

  /** Why `client` may not start a search now, or null when it may. */
  const refusal = (client: string, t: number): 429 | 503 | null => {
    settle(all, t);
    if (all.running >= options.maxConcurrent || all.busy >= budget) return 503;
    const own = clients.get(client);
    if (!own) return null;
    settle(own, t);
    return own.running >= clientSlots || own.busy >= clientBudget ? 429 : null;
  };

  const measure = async <T>(client: string, work: () => Promise<T>): Promise<T> => {
    const begin = now();
    const own = clients.get(client) ?? newLedger(begin);
    // Most recently used last; the least recently used goes once its window is empty, so the map only holds recent clients.
    clients.delete(client);
    clients.set(client, own);
    const [oldest, ledger] = clients.entries().next().value!;
    if (oldest !== client) {
      settle(ledger, begin);
      if (ledger.running === 0 && ledger.spent.length === 0) clients.delete(oldest);
    }
    for (const l of [all, own]) {
      settle(l, begin);
      l.running++;
    }
    try {
      return await work();
    } finally {
      const end = now();
      for (const l of [all, own]) {
        settle(l, end);
        l.running--;
      }
    }
  };

  return {
    middleware: async (c, next) => {
      const client = clientKey(c);
      const refused = refusal(client, now());
      if (refused) {
        c.header("Retry-After", "1");
        const error = refused === 429 ? "too many searches from this client; retry in 1 s" : "search is busy; retry in 1 s";
        return c.json({ error }, refused);
      }
      await measure(client, next);
    },
    tryRun: async (c, work) => {
      const client = clientKey(c);
      return refusal(client, now()) ? null : measure(client, work);
    },
  };
}

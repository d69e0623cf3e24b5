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

/** Searches of one scope (everyone, or one client): how many run, and the search time booked to it within the window. */
interface Ledger {
  running: number;
  /** Booked time as [when, amount], oldest first. */
  spent: [number, number][];
  busy: number;
}

const newLedger = (): Ledger => ({ running: 0, spent: [], busy: 0 });

/**
 * Bounds search by work, not by count. A count limit lets a client's few expensive searches (16 words
 * on 8 connections) take all the search capacity, and, with searches on the event loop, keep every other
 * request (`/healthz`, another client's page) waiting. Here the time during which searches run is booked
 * against a sliding window as it passes (a long search counts while it runs, and searches running together
 * count once: the window measures how long the engine was busy); once searches have taken their share, or
 * `maxConcurrent` run, a new one is refused at once (503 + Retry-After) before it costs anything.
 * Each stretch of busy time is also charged to the clients whose searches ran in it, in proportion to how
 * many each had running, and the same bounds scaled by `clientShare` apply to each client (429 +
 * Retry-After beyond them): one client at its cap leaves room for the others, and a reader whose one
 * search waited behind a flood's is charged for its own part of that time, not the flood's. When the
 * share is spent, only clients holding more than an equal part of it are refused (see refusal).
 */
export function createSearchGate(
  options: SearchGateOptions,
  clientKey: (c: Context) => string = () => "unknown",
): SearchGate {
  const windowMs = options.windowMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const share = options.clientShare ?? 1;
  const budget = options.maxShare * windowMs;
  const clientBudget = budget * share;
  const clientSlots = Math.max(1, Math.floor(options.maxConcurrent * share));
  const all = newLedger();
  // Clients with a search running or time booked in the window (and a few idle ones, see measure).
  const clients = new Map<string, Ledger>();
  const active = new Set<Ledger>();
  let mark = now();

  const book = (ledger: Ledger, t: number, amount: number) => {
    ledger.spent.push([t, amount]);
    ledger.busy += amount;
  };
  const expire = (ledger: Ledger, t: number) => {
    while (ledger.spent.length && ledger.spent[0]![0] <= t - windowMs) ledger.busy -= ledger.spent.shift()![1];
  };
  /** Books the time since the last event to everyone and to the clients with searches running, then forgets what left the window. */
  const advance = (t: number) => {
    const dt = t - mark;
    if (dt > 0 && all.running > 0) {
      book(all, t, dt);
      for (const own of active) book(own, t, (dt * own.running) / all.running);
    }
    mark = Math.max(mark, t);
    expire(all, t);
  };

  /** Why `client` may not start a search now, or null when it may. */
  const refusal = (client: string, t: number): 429 | 503 | null => {
    advance(t);
    if (all.running >= options.maxConcurrent) return 503;
    const own = clients.get(client);
    if (own) expire(own, t);
    if (own && (own.running >= clientSlots || own.busy >= clientBudget)) return 429;
    if (all.busy < budget) return null;
    // The engine has been busy for its share. Some client then holds more than an equal part of that time
    // (the parts add up to the whole); only such clients wait, so a flood cannot lock the others out, and
    // the total comes back within the share as the heavy clients' time leaves the window.
    return own && own.busy >= all.busy / chargedClients(t) ? 503 : null;
  };

  /** How many clients have time booked in the window. */
  const chargedClients = (t: number): number => {
    let n = 0;
    for (const ledger of clients.values()) {
      expire(ledger, t);
      if (ledger.spent.length > 0) n++;
    }
    return Math.max(1, n);
  };

  const measure = async <T>(client: string, work: () => Promise<T>): Promise<T> => {
    const begin = now();
    advance(begin);
    const own = clients.get(client) ?? newLedger();
    // Most recently used last; the least recently used goes once its window is empty, so the map only holds recent clients.
    clients.delete(client);
    clients.set(client, own);
    const [oldest, ledger] = clients.entries().next().value!;
    if (oldest !== client) {
      expire(ledger, begin);
      if (ledger.running === 0 && ledger.spent.length === 0) clients.delete(oldest);
    }
    all.running++;
    own.running++;
    active.add(own);
    try {
      return await work();
    } finally {
      advance(now());
      all.running--;
      if (--own.running === 0) active.delete(own);
    }
  };

  return {
    middleware: async (c, next) => {
      const client = clientKey(c);
      const refused = refusal(client, now());
      if (refused) {
        c.header("Retry-After", "1");
        const error =
          refused === 429 ? "too many searches from this client; retry in 1 s" : "search is busy; retry in 1 s";
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

import { Worker, type MessagePort } from "node:worker_threads";
import { UnavailableError } from "../lib/unavailable-error";
import type { SearchIndex } from "../search/search-index";

/** The read calls of the search port, which a search thread answers. */
export type ReadMethod = "search" | "groups" | "stats";
type ReadCall = { [M in ReadMethod]: { method: M; args: Parameters<SearchIndex[M]> } }[ReadMethod];
type Answer<M extends ReadMethod> = Awaited<ReturnType<SearchIndex[M]>>;

interface Request {
  id: number;
  call: ReadCall;
}
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string } | { ready: true };

/** How many search threads, and what they start from. */
export interface SearchPoolOptions {
  /** Threads at most (`SEARCH_THREADS`); each holds its own read-only connection and facet memory. */
  size: number;
  /** Handed to each thread as `workerData` (search-thread.ts wants `{ dbPath }`). */
  workerData: unknown;
  /** The thread's module; search-thread.ts unless a test brings its own. */
  entry?: URL;
  log?: (line: string) => void;
}

/** Threads that answer search reads; calls wait in line for a free thread. */
export interface SearchPool {
  /**
   * Starts every thread now and resolves once each can answer (or has failed, which is logged): a server
   * calls it before listening, so its first searches do not wait for threads to start (a second or two).
   */
  start(): Promise<void>;
  run<M extends ReadMethod>(method: M, ...args: Parameters<SearchIndex[M]>): Promise<Answer<M>>;
  /** Stops every thread; calls still waiting fail. */
  close(): Promise<void>;
}

interface Pending {
  request: Request;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Resolves once the thread has loaded its index, or has stopped. */
  ready: Promise<void>;
  busy: Pending | null;
  failure: Error | null;
}

/**
 * better-sqlite3 runs each statement synchronously, so on the server's own thread one costly search holds
 * every other request (`/healthz`, another reader's page) until it ends. Here searches run on threads of
 * their own, one call per thread at a time: a thread that dies fails only the call it held (a clear 503,
 * not a hang), and the next call starts a fresh thread. Threads start on the first search, or at `start`
 * (servers), so commands that never search (poll, reindex) pay nothing; they never keep an idle process alive.
 */
export function createSearchPool(options: SearchPoolOptions): SearchPool {
  const entry = options.entry ?? new URL("./search-thread.ts", import.meta.url);
  const log = options.log ?? ((line: string) => console.error(`[medbreach] ${line}`));
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  let closing: Promise<void> | null = null;

  const start = (): Slot => {
    // Not the process's own flags: tsx's `--import` would start a loader the thread cannot use (see bootstrap).
    const worker = new Worker(bootstrap(entry), { eval: true, workerData: options.workerData, execArgv: [] });
    worker.unref();
    let loaded = () => {};
    let answered = false;
    const slot: Slot = { worker, ready: new Promise((resolve) => (loaded = resolve)), busy: null, failure: null };
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        answered = true;
        return loaded();
      }
      const pending = slot.busy;
      if (!pending || pending.request.id !== reply.id) return;
      slot.busy = null;
      worker.unref();
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(new Error(reply.message));
      dispatch();
    });
    // An uncaught error in the thread comes here first, then "exit".
    worker.on("error", (error) => {
      slot.failure = error;
    });
    worker.on("exit", (code) => {
      loaded();
      slots.splice(slots.indexOf(slot), 1);
      const pending = slot.busy;
      slot.busy = null;
      if (closed) return;
      log(
        `search thread stopped (${slot.failure?.message ?? `exit code ${code}`})${pending ? `; its ${pending.request.call.method} call failed` : ""}`,
      );
      pending?.reject(new UnavailableError("the search thread stopped; retry in 1 s"));
      // A thread that had started is replaced at once, so the next search need not wait for one to start;
      // one that could not start is tried again by the next call only, so a broken set-up cannot loop.
      if (answered && slots.length < options.size) start();
      dispatch();
    });
    slots.push(slot);
    return slot;
  };

  const dispatch = () => {
    while (queue.length > 0) {
      const slot = slots.find((s) => !s.busy) ?? (slots.length < options.size ? start() : null);
      if (!slot) return;
      const pending = queue.shift()!;
      slot.busy = pending;
      // Referenced only while it works, so an idle pool never keeps a command from exiting.
      slot.worker.ref();
      slot.worker.postMessage(pending.request);
    }
  };

  return {
    start: async () => {
      while (!closed && slots.length < options.size) start();
      await Promise.all(slots.map((s) => s.ready));
    },
    run: (method, ...args) =>
      new Promise((resolve, reject) => {
        if (closed) return reject(new UnavailableError("search is shutting down"));
        queue.push({
          request: { id: nextId++, call: { method, args } as ReadCall },
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        dispatch();
      }),
    // Once: a server told to stop twice (SIGTERM, then SIGINT) closes twice.
    close: () =>
      (closing ??= (async () => {
        closed = true;
        const stopped = [...queue.splice(0), ...slots.flatMap((s) => (s.busy ? [s.busy] : []))];
        for (const pending of stopped) pending.reject(new UnavailableError("search is shutting down"));
        await Promise.all(slots.map((s) => s.worker.terminate()));
      })()),
  };
}

/**
 * The thread's first code: loads `entry`. Threads do not inherit tsx's loader on Node 20, so a
 * TypeScript entry registers it first (compiled output would need no loader).
 */
function bootstrap(entry: URL): string {
  const load = `import(${JSON.stringify(entry.href)})`;
  if (!entry.pathname.endsWith(".ts")) return load;
  const tsx = import.meta.resolve("tsx/esm/api");
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return ${load}; })`;
}

/** The search port with its reads answered by `pool` and its writes (upsert, remove, rebuild) by `writer`, in this thread. */
export function withSearchThreads(writer: SearchIndex, pool: SearchPool): SearchIndex {
  return {
    upsert: (incidents) => writer.upsert(incidents),
    remove: (ids) => writer.remove(ids),
    rebuild: (batches, onProgress) => writer.rebuild(batches, onProgress),
    search: (query) => pool.run("search", query),
    groups: () => pool.run("groups"),
    stats: (query, now) => pool.run("stats", query, now),
  };
}

/** Inside a search thread: says it is ready, then answers each call that arrives on `port` with `index`. */
export function answerSearchCalls(port: MessagePort, index: Pick<SearchIndex, ReadMethod>): void {
  port.postMessage({ ready: true } satisfies Reply);
  port.on("message", async ({ id, call }: Request) => {
    try {
      const value = await (index[call.method] as (...args: unknown[]) => Promise<unknown>)(...call.args);
      port.postMessage({ id, ok: true, value } satisfies Reply);
    } catch (err) {
      port.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
  });
}

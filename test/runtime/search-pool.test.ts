import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createSearchPool, withSearchThreads, type SearchPool } from "../../src/runtime/search-pool";
import { createSeededApp, type SeededApp } from "../helpers/seed";
import { createTestApp } from "../helpers/test-app";

// A thread compiles its TypeScript on start: wait for the state, however long a loaded machine takes.
const STARTED = { timeout: 60_000, interval: 20 };
const HELD_THREAD = new URL("./fixtures/held-search-thread.ts", import.meta.url);

let pool: SearchPool | null = null;
let seeded: SeededApp | null = null;
afterEach(async () => {
  await pool?.close();
  await seeded?.close();
  pool = null;
  seeded = null;
});

/** An app whose searches run on a thread of `held-search-thread.ts`, and the flag that thread holds searches on. */
function appOnHeldThread() {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  pool = createSearchPool({ size: 1, workerData: { flag: flag.buffer }, entry: HELD_THREAD, log: () => {} });
  const base = createTestApp();
  const { app } = createTestApp({ search: withSearchThreads(base.deps.search, pool) });
  const release = () => {
    Atomics.store(flag, 0, 2);
    Atomics.notify(flag, 0);
  };
  return { app, flag, release };
}

describe("embedded searches on a search thread", () => {
  it("answers searches, groups and stats as the server's own index does, and sees the writes made after it started", async () => {
    seeded = await createSeededApp();
    pool = createSearchPool({ size: 1, workerData: { dbPath: seeded.dbPath } });
    const threaded = createApp({ ...seeded.deps, search: withSearchThreads(seeded.deps.search, pool) });
    const paths = [
      "/api/incidents?q=sodinokibi",
      "/api/incidents?q=lockbit&country=GB",
      "/api/incidents?victim_type=hospital&sort=newest",
      "/api/groups",
      "/api/stats?q=hospital",
    ];
    for (const path of paths) {
      const [own, onThread] = await Promise.all([seeded.app.request(path), threaded.request(path)]);
      expect(onThread.status, path).toBe(200);
      expect(await onThread.json(), path).toEqual(await own.json());
    }
    const renamed = { ...seeded.incidents[0]!, title: "Quillmoor ransomware halts surgery" };
    await seeded.deps.search.upsert([renamed]);
    const found = (await (await threaded.request("/api/incidents?q=quillmoor")).json()) as { hits: { id: string }[] };
    expect(found.hits.map((h) => h.id)).toEqual([renamed.id]);
  });

  it("keeps /healthz answering while a search holds its thread", async () => {
    const { app, flag, release } = appOnHeldThread();
    const held = app.request("/api/incidents?q=hold");
    await expect.poll(() => Atomics.load(flag, 0), STARTED).toBe(1);
    const health = await app.request("/healthz");
    expect(health.status).toBe(200);
    expect(Atomics.load(flag, 0)).toBe(1);
    release();
    expect((await held).status).toBe(200);
  });

  it("answers 503 with Retry-After when the thread dies during a search, and the next search gets a fresh thread", async () => {
    const { app } = appOnHeldThread();
    const crashed = await app.request("/api/incidents?q=crash");
    expect(crashed.status).toBe(503);
    expect(crashed.headers.get("Retry-After")).toBe("1");
    expect(await crashed.json()).toEqual({ error: "the search thread stopped; retry in 1 s" });
    const next = await app.request("/api/incidents?q=lockbit");
    expect(next.status).toBe(200);
    expect(((await next.json()) as { total: number }).total).toBe(0);
  });

  it("fails the searches still waiting for a thread when the pool closes", async () => {
    const { app, flag, release } = appOnHeldThread();
    const held = app.request("/api/incidents?q=hold");
    await expect.poll(() => Atomics.load(flag, 0), STARTED).toBe(1);
    const waiting = app.request("/api/incidents?q=lockbit");
    const closing = pool!.close();
    release();
    await closing;
    expect((await waiting).status).toBe(503);
    expect((await held).status).toBe(503);
  });

  it("closes once, however often it is asked to (a server told to stop twice)", async () => {
    seeded = await createSeededApp();
    pool = createSearchPool({ size: 1, workerData: { dbPath: seeded.dbPath } });
    await pool.start();
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      await Promise.all(Array.from({ length: 12 }, () => pool!.close()));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.map((w) => w.message)).toEqual([]);
  });
});

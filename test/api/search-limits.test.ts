import type { Context } from "hono";
import { describe, expect, it } from "vitest";
import type { AssetSource } from "../../src/app-deps";
import { createSearchGate } from "../../src/api/search-gate";
import type { SearchIndex } from "../../src/search/search-index";
import { createTestApp } from "../helpers/test-app";

const assets: AssetSource = {
  get: async (path) =>
    path === "/index.html"
      ? { body: "<!doctype html><html><head></head><body></body></html>", contentType: "text/html" }
      : null,
};

/** A search index whose searches wait until released, as a flood of expensive searches keeps the engine busy. */
function hangingSearch(real: SearchIndex) {
  const waiting: (() => void)[] = [];
  let released = false;
  const search: SearchIndex = {
    ...real,
    search: async (query) => {
      if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
      return real.search(query);
    },
  };
  const releaseAll = () => {
    released = true;
    waiting.splice(0).forEach((release) => release());
  };
  return { search, waiting, releaseAll };
}

/** Requests name their client in a test header, as the runtime's connection info would. */
const connInfo = (c: Context) => ({ remote: { address: c.req.header("x-test-client") } });
const from = (client: string) => ({ headers: { "x-test-client": client } });
const anyClient = {} as Context;

describe("search is limited by work, and the rest of the server stays available", () => {
  it("rate-limits /?q= like the API: a client limited on the API is limited on the search page too", async () => {
    const { app } = createTestApp({ assets, rateLimit: { perMinute: 1, burst: 2 } });
    expect((await app.request("/api/incidents?q=lockbit")).status).toBe(200);
    expect((await app.request("/api/incidents?q=lockbit")).status).toBe(200);
    expect((await app.request("/api/incidents?q=lockbit")).status).toBe(429);
    const page = await app.request("/?q=lockbit");
    expect(page.status).toBe(429);
    expect(page.headers.get("Retry-After")).toMatch(/^\d+$/);
  });

  it("answers 503 with Retry-After at once beyond MAX_CONCURRENT_SEARCHES, while /healthz and pages still answer", async () => {
    const base = createTestApp();
    const hanging = hangingSearch(base.deps.search);
    const { app } = createTestApp({ assets, search: hanging.search, searchLimits: { maxConcurrent: 2, maxShare: 1 } });
    const running = [app.request("/api/incidents?q=a"), app.request("/digest.rss?q=b")];
    await expect.poll(() => hanging.waiting.length).toBe(2);
    const refused = await app.request("/api/incidents?q=c");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("Retry-After")).toBe("1");
    expect((await app.request("/healthz")).status).toBe(200);
    const page = await app.request("/?q=d");
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain("initial-data");
    hanging.releaseAll();
    expect((await Promise.all(running)).map((r) => r.status)).toEqual([200, 200]);
    expect((await app.request("/api/incidents?q=c")).status).toBe(200);
  });

  it.each([
    {
      name: "admits searches while they have taken less than their share of the window",
      spentMs: 400,
      at: 500,
      admitted: true,
    },
    {
      name: "refuses a search once searches have taken their share of the window",
      spentMs: 600,
      at: 700,
      admitted: false,
    },
    { name: "admits again once the expensive searches have left the window", spentMs: 600, at: 1700, admitted: true },
  ])("$name", async ({ spentMs, at, admitted }) => {
    let now = 0;
    const gate = createSearchGate({ maxConcurrent: 10, maxShare: 0.5, windowMs: 1000, now: () => now });
    await gate.tryRun(anyClient, async () => {
      now += spentMs;
    });
    now = at;
    expect(await gate.tryRun(anyClient, async () => "ran")).toBe(admitted ? "ran" : null);
  });

  it("answers 429 with Retry-After to a client at its share of the search slots, while another client is still served", async () => {
    const base = createTestApp();
    const hanging = hangingSearch(base.deps.search);
    const { app } = createTestApp({
      search: hanging.search,
      connInfo,
      searchLimits: { maxConcurrent: 4, maxShare: 1, clientShare: 0.5 },
    });
    const running = [app.request("/api/incidents?q=a", from("flood")), app.request("/digest.rss?q=b", from("flood"))];
    await expect.poll(() => hanging.waiting.length).toBe(2);
    const refused = await app.request("/api/incidents?q=c", from("flood"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("1");
    running.push(app.request("/api/incidents?q=d", from("reader")));
    await expect.poll(() => hanging.waiting.length).toBe(3);
    hanging.releaseAll();
    expect((await Promise.all(running)).map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it.each([
    { name: "refuses a client that has taken its share of the search time", client: "flood", admitted: false },
    {
      name: "still admits another client while one has taken its share of the search time",
      client: "reader",
      admitted: true,
    },
  ])("$name", async ({ client, admitted }) => {
    let now = 0;
    const gate = createSearchGate(
      { maxConcurrent: 10, maxShare: 0.5, clientShare: 0.5, windowMs: 1000, now: () => now },
      (c) => c.req.header("x-test-client") ?? "?",
    );
    const request = (name: string) => ({ req: { header: () => name } }) as unknown as Context;
    await gate.tryRun(request("flood"), async () => {
      now += 300;
    });
    now = 400;
    expect(await gate.tryRun(request(client), async () => "ran")).toBe(admitted ? "ran" : null);
  });

  it("counts overlapping searches once: two searches running together for 300 ms take 300 ms of the window", async () => {
    let now = 0;
    const gate = createSearchGate({ maxConcurrent: 10, maxShare: 0.5, windowMs: 1000, now: () => now });
    let finish = () => {};
    const first = gate.tryRun(anyClient, () => new Promise<void>((resolve) => (finish = resolve)));
    const second = gate.tryRun(anyClient, async () => {
      now = 300;
    });
    await second;
    finish();
    await first;
    now = 400;
    expect(await gate.tryRun(anyClient, async () => "ran")).toBe("ran");
  });

  it("charges a search that ran beside another client's only its part of the time, so a reader behind a flood is still admitted", async () => {
    let now = 0;
    const gate = createSearchGate(
      { maxConcurrent: 10, maxShare: 0.5, clientShare: 0.5, windowMs: 1000, now: () => now },
      (c) => c.req.header("x-test-client") ?? "?",
    );
    const request = (name: string) => ({ req: { header: () => name } }) as unknown as Context;
    let finish = () => {};
    const flood = gate.tryRun(request("flood"), () => new Promise<void>((resolve) => (finish = resolve)));
    await gate.tryRun(request("reader"), async () => {
      now = 400;
    });
    finish();
    await flood;
    // 400 ms with two searches running: 200 ms each, within the 250 ms a client may take.
    expect(await gate.tryRun(request("reader"), async () => "ran")).toBe("ran");
  });

  it.each([
    {
      name: "once the time share is spent, still admits a client holding less than an equal part of it",
      client: "reader",
      admitted: true,
    },
    {
      name: "once the time share is spent, refuses the client holding more than an equal part of it",
      client: "flood",
      admitted: false,
    },
  ])("$name", async ({ client, admitted }) => {
    let now = 0;
    const gate = createSearchGate(
      { maxConcurrent: 10, maxShare: 0.5, clientShare: 0.9, windowMs: 1000, now: () => now },
      (c) => c.req.header("x-test-client") ?? "?",
    );
    const request = (name: string) => ({ req: { header: () => name } }) as unknown as Context;
    // 440 ms for the flood, then 100 ms for the reader: 540 ms, past the 500 ms share; each below its own 450 ms.
    await gate.tryRun(request("flood"), async () => {
      now = 440;
    });
    await gate.tryRun(request("reader"), async () => {
      now = 540;
    });
    now = 600;
    expect(await gate.tryRun(request(client), async () => "ran")).toBe(admitted ? "ran" : null);
  });
});

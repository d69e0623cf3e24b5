import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareLocalWorker } from "./bundle";
import { incidentFeeds, startFixtureFeedServer, type FixtureFeedServer } from "./fixture-feeds";
import { runWrangler, startWranglerDev, type WranglerDev } from "./wrangler-process";

// The Worker in wrangler's local runtime (workerd + a local D1), fed by a loopback fixture server:
// the same requests a Node deployment answers, after a cron-triggered poll.
const ADMIN_TOKEN = "worker-test-admin-token";
const auth = { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" };
const [first, second, late] = incidentFeeds(3, 2);

let dir: string;
let feeds: FixtureFeedServer;
let dev: WranglerDev | null = null;

// Generous: this machine (and CI) may be busy with other suites while workerd polls.
const POLL_TIMEOUT_MS = 90_000;

async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs = POLL_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${dev?.output() ?? ""}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const get = (path: string, init?: RequestInit) => fetch(`${dev!.origin}${path}`, init);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "medbreach-wrangler-dev-"));
  feeds = await startFixtureFeedServer([first!, second!, late!]);
  const { config } = await prepareLocalWorker(dir);
  const persistTo = join(dir, "state");
  await runWrangler(
    ["d1", "migrations", "apply", "DB", "--local", "--config", config, "--persist-to", persistTo],
    join(dir, "logs"),
  );
  dev = await startWranglerDev({
    config,
    persistTo,
    logDir: join(dir, "logs"),
    vars: { ALLOW_PRIVATE_FEEDS: "1", ADMIN_TOKEN, FETCH_ARTICLE_PAGES: "1" },
    timeoutMs: 90_000,
  });
}, 180_000);

afterAll(async () => {
  const left = dev ? await dev.stop() : [];
  await feeds?.close();
  rmSync(dir, { recursive: true, force: true });
  // Every process wrangler started (workerd, esbuild) is gone, or the next run would find its port taken.
  expect(left).toEqual([]);
}, 30_000);

describe("the Worker under wrangler dev", () => {
  it("answers its health check from the migrated local D1 before any poll", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, articles: 0, incidents: 0 });
  });

  it("refuses to add a feed without the admin token", async () => {
    const res = await get("/api/feeds", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ url: feeds.feedUrls[0] }),
    });
    expect([401, 403]).toContain(res.status);
  });

  it("adds the loopback fixture feeds through POST /api/feeds", async () => {
    for (const url of feeds.feedUrls.slice(0, 2)) {
      const res = await get("/api/feeds", {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ url, category: "fixtures" }),
      });
      expect(res.status).toBe(201);
    }
    const listed = (await (await get("/api/feeds")).json()) as { feeds: { url: string }[] };
    expect(listed.feeds.map((f) => f.url).sort()).toEqual(feeds.feedUrls.slice(0, 2).sort());
  });

  it(
    "polls the due feeds when the cron trigger fires, and the articles land in D1",
    async () => {
      // With an empty store the first poll would import the real catalogue and go to the internet.
      const before = (await (await get("/api/feeds")).json()) as { feeds: unknown[] };
      expect(before.feeds).toHaveLength(2);
      const res = await get("/__scheduled?cron=*/15+*+*+*+*");
      expect(res.status, dev!.output()).toBe(200);
      // Articles are written feed by feed, incidents once the poll has clustered them.
      const health = await waitFor("the scheduled poll to store 4 articles and their incidents", async () => {
        const body = (await (await get("/healthz")).json()) as { articles: number; incidents: number };
        return body.articles === 4 && body.incidents > 0 ? body : null;
      });
      expect(health.incidents).toBeGreaterThan(0);
      const listed = (await (await get("/api/feeds")).json()) as { feeds: { status: string; item_count: number }[] };
      expect(listed.feeds.map((f) => [f.status, f.item_count])).toEqual([
        ["ok", 2],
        ["ok", 2],
      ]);
    },
    POLL_TIMEOUT_MS + 10_000,
  );

  it("finds an incident by a word of a fixture item's title through the D1 full-text index", async () => {
    const res = await get("/api/incidents?q=Quillmoor");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { title: string; sources: { url: string }[] }[]; total: number };
    expect(body.total).toBe(1);
    expect(body.hits[0]!.sources[0]!.url).toContain("/articles/story-0-0");
  });

  it("answers bad search input with a 400, as on Node", async () => {
    const res = await get("/api/incidents?limit=100000");
    expect(res.status).toBe(400);
    expect(await res.json()).toHaveProperty("error");
  });

  it("serves the digest as RSS 2.0 holding the polled incidents", async () => {
    const res = await get("/digest.rss?q=Harrowdene");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/xml/);
    const xml = await res.text();
    expect(xml).toMatch(/<rss[^>]*version="2.0"/);
    expect(xml).toContain("Harrowdene");
  });

  it("serves the UI page from the assets binding with the first search answer inlined", async () => {
    const res = await get("/?q=Quillmoor");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('id="initial-data"');
    expect(html).toContain("Quillmoor");
  });

  it(
    "starts a bounded poll in the background on POST /api/poll",
    async () => {
      await get("/api/feeds", { method: "POST", headers: auth, body: JSON.stringify({ url: feeds.feedUrls[2] }) });
      const res = await get("/api/poll", { method: "POST", headers: auth });
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ running: false });
      await waitFor("the late feed to be polled", async () => {
        const listed = (await (await get("/api/feeds")).json()) as { feeds: { url: string; status: string }[] };
        return listed.feeds.find((f) => f.url === feeds.feedUrls[2])?.status === "ok" ? true : null;
      });
      const found = (await (await get(`/api/incidents?q=${encodeURIComponent("Saint Olwen")}`)).json()) as {
        total: number;
      };
      expect(found.total).toBe(1);
    },
    POLL_TIMEOUT_MS + 10_000,
  );
});

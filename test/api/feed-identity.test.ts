import { describe, expect, it } from "vitest";
import { checkUrl } from "../../src/lib/url-guard";
import { parseOpml } from "../../src/parse/opml";
import { createTestApp } from "../helpers/test-app";

const TOKEN = "a-test-token-of-enough-length";
const post = (app: ReturnType<typeof createTestApp>["app"], url: string) =>
  app.request("/api/feeds", {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ url }),
  });

describe("a feed is one feed whatever fragment its URL carries, and port 0 is no address", () => {
  it("stores …/feed.xml#x as the same feed as …/feed.xml", async () => {
    const { app, deps } = createTestApp({ adminToken: TOKEN });
    expect((await post(app, "https://news.example/feed.xml")).status).toBe(201);
    const again = await post(app, "https://news.example/feed.xml#x");
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ added: false, feed: { url: "https://news.example/feed.xml" } });
    expect((await deps.store.listFeeds()).map((f) => f.url)).toEqual(["https://news.example/feed.xml"]);
  });

  it("reads an OPML catalogue listing a feed with and without a fragment as one feed", () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head/><body><outline type="rss" text="A" xmlUrl="https://news.example/feed.xml"/><outline type="rss" text="A again" xmlUrl="https://news.example/feed.xml#x"/></body></opml>`;
    expect(parseOpml(opml).map((f) => f.url)).toEqual(["https://news.example/feed.xml"]);
  });

  it.each([true, false])("refuses port 0 (private feeds allowed: %s)", (allowPrivate) => {
    expect(checkUrl("https://news.example:0/feed.xml", allowPrivate)).toMatchObject({ ok: false, code: "bad-url" });
  });

  it("answers 400 to POST /api/feeds with port 0", async () => {
    const { app } = createTestApp({ adminToken: TOKEN });
    const res = await post(app, "https://news.example:0/feed.xml");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "url: port 0 is not a port" });
  });
});

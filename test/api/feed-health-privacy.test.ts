import { afterEach, describe, expect, it, vi } from "vitest";
import type { Fetcher } from "../../src/fetch/fetcher";
import { pollFeeds } from "../../src/pipeline/poll";
import { createTestApp } from "../helpers/test-app";

const TOKEN = "a-test-token-of-enough-length";
const DETAIL = "db.corp.internal-zone resolves to non-public address 10.20.30.40";
const blockedFetcher: Fetcher = {
  fetch: async (req) => ({
    kind: "error",
    url: req.url,
    code: "blocked-address",
    message: DETAIL,
    retryable: false,
    retryAfterMs: null,
  }),
};

async function pollBlockedFeed() {
  const { app, deps } = createTestApp({ adminToken: TOKEN, fetcher: blockedFetcher });
  await deps.store.addFeeds([{ url: "https://db.corp.internal-zone/feed.xml?api_key=s3cret" }]);
  await pollFeeds(
    {
      store: deps.store,
      search: deps.search,
      fetcher: blockedFetcher,
      clock: deps.clock,
      intervalMinutes: 30,
      fetchArticlePages: false,
    },
    { all: true },
  );
  return app;
}

describe("feed health tells the public nothing about the internal network", () => {
  afterEach(() => vi.restoreAllMocks());

  it("says only 'blocked: not a public address' and logs the resolved address for the operator", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const app = await pollBlockedFeed();
    const text = await (await app.request("/api/feeds")).text();
    expect(text).toContain("blocked: not a public address");
    expect(text).not.toContain("10.20.30.40");
    expect(logged.mock.calls.flat().join(" ")).toContain("10.20.30.40");
  });

  it("hides a feed URL's query string from callers without the token, and shows it to the operator", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const app = await pollBlockedFeed();
    const anonymous = ((await (await app.request("/api/feeds")).json()) as { feeds: { url: string }[] }).feeds[0]!.url;
    expect(anonymous).toBe("https://db.corp.internal-zone/feed.xml?…");
    const wrongToken = await (
      await app.request("/api/feeds", { headers: { Authorization: "Bearer not-the-token-at-all" } })
    ).text();
    expect(wrongToken).not.toContain("s3cret");
    const operator = await (await app.request("/api/feeds", { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
    expect((operator as { feeds: { url: string }[] }).feeds[0]!.url).toContain("api_key=s3cret");
  });
});

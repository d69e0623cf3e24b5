import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "../../src/api/auth";
import { createTestApp } from "../helpers/test-app";

const TOKEN = "correct-horse-battery-staple-42";

describe("write endpoints", () => {
  it.each([
    {
      name: "answer 403 when no ADMIN_TOKEN is configured, even with a token",
      token: null,
      header: `Bearer ${TOKEN}`,
      status: 403,
    },
    { name: "answer 401 without a token", token: TOKEN, header: undefined, status: 401 },
    {
      name: "answer 403 with a wrong token",
      token: TOKEN,
      header: "Bearer correct-horse-battery-staple-43",
      status: 403,
    },
    { name: "answer 403 with a prefix of the right token", token: TOKEN, header: "Bearer correct-horse", status: 403 },
    { name: "start a poll with the right token", token: TOKEN, header: `Bearer ${TOKEN}`, status: 202 },
  ])("$name", async ({ token, header, status }) => {
    const { app } = createTestApp({ adminToken: token });
    const res = await app.request("/api/poll", { method: "POST", headers: header ? { Authorization: header } : {} });
    expect(res.status).toBe(status);
  });

  it("adds a feed with the right token, once", async () => {
    const { app, deps } = createTestApp({ adminToken: TOKEN });
    const post = () =>
      app.request("/api/feeds", {
        method: "POST",
        headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ url: "https://a.example/rss", title: "A", category: "security news" }),
      });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(200);
    expect((await deps.store.listFeeds()).map((f) => [f.url, f.title, f.category])).toEqual([
      ["https://a.example/rss", "A", "security news"],
    ]);
  });

  it("accepts a loopback feed only when private feeds are allowed", async () => {
    const post = (allowPrivateFeeds: boolean) =>
      createTestApp({ adminToken: TOKEN, allowPrivateFeeds }).app.request("/api/feeds", {
        method: "POST",
        headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ url: "http://127.0.0.1:9/rss" }),
      });
    expect([(await post(false)).status, (await post(true)).status]).toEqual([400, 201]);
  });

  it.each([
    ["equal strings", "abc", "abc", true],
    ["different strings of one length", "abc", "abd", false],
    ["different lengths", "abc", "abcd", false],
  ])("compares secrets in constant time: %s", async (_n, a, b, expected) => {
    expect(await constantTimeEqual(a, b)).toBe(expected);
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After once a client spends its burst, and serves other clients", async () => {
    let client = "198.51.100.7";
    const { app } = createTestApp({
      rateLimit: { perMinute: 60, burst: 3 },
      connInfo: () => ({ remote: { address: client } }),
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request("/api/incidents")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await app.request("/api/feeds");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toHaveProperty("error");
    client = "203.0.113.9";
    expect((await app.request("/api/incidents")).status).toBe(200);
  });

  it("limits the digests too but never the health check", async () => {
    const { app } = createTestApp({
      rateLimit: { perMinute: 1, burst: 1 },
      connInfo: () => ({ remote: { address: "one" } }),
    });
    await app.request("/api/incidents");
    expect((await app.request("/digest.rss")).status).toBe(429);
    expect((await app.request("/healthz")).status).toBe(200);
  });
});

describe("security headers", () => {
  it("sends nosniff and frame protection on API answers", async () => {
    const { app } = createTestApp();
    const res = await app.request("/api/incidents");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
  });
});

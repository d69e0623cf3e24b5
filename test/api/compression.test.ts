import { gunzipSync } from "node:zlib";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createSeededApp, type SeededApp } from "../helpers/seed";

// As the Node runtime builds it; on Workers the platform compresses instead.
let seeded: { app: Hono; close: SeededApp["close"] };
beforeAll(async () => {
  const base = await createSeededApp();
  seeded = { app: createApp({ ...base.deps, compress: true }), close: base.close };
});
afterAll(async () => {
  await seeded?.close();
});

describe("compression", () => {
  it.each([
    ["search JSON", "/api/incidents", /^application\/json/],
    ["an RSS digest", "/digest.rss", /^application\/rss\+xml/],
    ["an Atom digest", "/digest.atom", /^application\/atom\+xml/],
    ["a JSON Feed digest", "/digest.json", /^application\/feed\+json/],
  ])("gzips %s for a client that accepts it, and the body reads back the same", async (_name, path, type) => {
    const plain = await seeded.app.request(path);
    const zipped = await seeded.app.request(path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-type")).toMatch(type);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toMatch(/Accept-Encoding/i);
    const bytes = Buffer.from(await zipped.arrayBuffer());
    const body = gunzipSync(bytes).toString("utf8");
    expect(body).toBe(await plain.text());
    expect(bytes.length).toBeLessThan(body.length / 2);
  });

  it("is left to the platform when the runtime does not ask for it (Workers)", async () => {
    const base = await createSeededApp();
    const res = await base.app.request("/api/incidents", { headers: { "Accept-Encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBeNull();
    await base.close();
  });

  it("sends nothing compressed to a client that does not ask", async () => {
    const res = await seeded.app.request("/api/incidents");
    expect(res.headers.get("content-encoding")).toBeNull();
  });

  it("still answers a digest's conditional request with 304 after gzip weakened its ETag", async () => {
    const first = await seeded.app.request("/digest.rss", { headers: { "Accept-Encoding": "gzip" } });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    const again = await seeded.app.request("/digest.rss", {
      headers: { "Accept-Encoding": "gzip", "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Asset, AssetSource } from "../../src/app-deps";
import { inlineInitialData } from "../../src/api/ui";
import { createApp } from "../../src/app";
import { createSeededApp, type SeededApp } from "../helpers/seed";

const INDEX = `<!doctype html><html><head><title>medbreach</title><script type="module" src="/assets/index-abc.js"></script></head><body><div id="app"></div></body></html>`;

const fakeAssets: AssetSource = {
  async get(path): Promise<Asset | null> {
    if (path === "/index.html") return { body: INDEX, contentType: "text/html; charset=utf-8" };
    if (path === "/assets/index-abc.js")
      return { body: "console.log(1)", contentType: "text/javascript; charset=utf-8" };
    return null;
  },
};

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await createSeededApp({ assets: fakeAssets });
});
afterAll(async () => {
  await seeded?.close();
});

/** The JSON the page carries in `#initial-data`, or null. */
function initialData(html: string): Record<string, { total?: number; id?: string }> | null {
  const m = /<script type="application\/json" id="initial-data">(.*?)<\/script>/s.exec(html);
  return m ? JSON.parse(m[1]!) : null;
}

describe("the UI routes", () => {
  it("serve index.html with a strict CSP and the other security headers", async () => {
    const res = await seeded.app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    // The app-wide secureHeaders middleware may tighten this to no-referrer; either keeps URLs from leaking cross-origin.
    expect(["strict-origin-when-cross-origin", "no-referrer"]).toContain(res.headers.get("referrer-policy"));
  });

  it("inline the search answer for / keyed by the API URL the UI will ask for", async () => {
    const html = await (await seeded.app.request("/?victim_type=hospital")).text();
    const data = initialData(html);
    expect(Object.keys(data ?? {})).toEqual(["/api/incidents?victim_type=hospital"]);
    const api = await (await seeded.app.request("/api/incidents?victim_type=hospital")).json();
    expect(data!["/api/incidents?victim_type=hospital"]).toEqual(api);
  });

  it("inline the incident on an incident page", async () => {
    const data = initialData(await (await seeded.app.request("/incidents/inc-harbour")).text());
    expect(data?.["/api/incidents/inc-harbour"]?.id).toBe("inc-harbour");
  });

  it.each([
    { name: "an invalid parameter", path: "/?victim_type=spaceship" },
    { name: "an unknown parameter", path: "/?colour=red" },
    { name: "an unknown incident", path: "/incidents/nope" },
    { name: "a page with no API answer to inline", path: "/feeds" },
  ])("still serve the page, without inlined data, for $name", async ({ path }) => {
    const res = await seeded.app.request(path);
    expect(res.status).toBe(200);
    expect(initialData(await res.text())).toBeNull();
  });

  it("escape every < in inlined data so feed text cannot close the script element", () => {
    const html = inlineInitialData(INDEX, { title: "</script><script>alert(1)</script><!--" });
    const block = /id="initial-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(block).not.toContain("<");
    expect(JSON.parse(block)).toEqual({ title: "</script><script>alert(1)</script><!--" });
  });

  it("serve hashed assets with a year-long immutable cache", async () => {
    const res = await seeded.app.request("/assets/index-abc.js");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it.each(["/no-such-page", "/assets/../index.html", "/api/nothing"])("leave %s to the JSON 404", async (path) => {
    const res = await seeded.app.request(path);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
  });
});

describe("addresses that are not pages of their own", () => {
  const html = { Accept: "text/html,application/xhtml+xml" };

  it.each(["/groups", "/groups/"])("serves the groups index at %s", async (path) => {
    const res = await seeded.app.request(path, { headers: html });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it.each(["/nope", "/groups/lockbit/extra", "/incidents/a/b"])(
    "answers an unknown UI path %s with the HTML not-found page and a 404",
    async (path) => {
      const res = await seeded.app.request(path, { headers: html });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await res.text()).toContain('<div id="app">');
    },
  );

  it.each([
    ["an API path, even from a browser", "/api/nope", html],
    ["a script that does not ask for HTML", "/nope", { Accept: "application/json" }],
  ])("keeps the JSON 404 for %s", async (_name, path, headers) => {
    const res = await seeded.app.request(path, { headers });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/no route/);
  });

  it.each([
    ["/favicon.ico", "/favicon.svg"],
    ["/incidents", "/"],
    ["/incidents?q=lockbit", "/?q=lockbit"],
  ])("redirects %s to %s", async (path, target) => {
    const res = await seeded.app.request(path, { headers: html });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe(target);
  });
});

describe("the page itself", () => {
  it("is gzipped for a browser that accepts it, where the app compresses (Node)", async () => {
    const res = await createApp({ ...seeded.deps, compress: true }).request("/", {
      headers: { Accept: "text/html", "Accept-Encoding": "gzip" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
  });
});

import { describe, expect, it } from "vitest";
import { configuredOrigin } from "../../src/api/public-origin";
import { createTestApp } from "../helpers/test-app";

const NODE = configuredOrigin("127.0.0.1", 8787);

/** The digest's self link as a request made with `Host: evil.example` (the URL a Node server builds from it) sees it. */
async function selfLink(
  deps: Parameters<typeof createTestApp>[0],
  headers: Record<string, string> = {},
): Promise<string> {
  const { app } = createTestApp(deps);
  const body = await (
    await app.request("http://evil.example/digest.atom", { headers: { Host: "evil.example", ...headers } })
  ).text();
  return /<link rel="self"[^>]*href="([^"]+)"/.exec(body)?.[1] ?? body.slice(0, 300);
}

describe("links in digests never come from the request's Host header", () => {
  it.each([
    {
      name: "uses the configured host and port by default",
      deps: { configuredOrigin: NODE },
      headers: {},
      origin: "http://127.0.0.1:8787/",
    },
    {
      name: "prefers PUBLIC_URL",
      deps: { configuredOrigin: NODE, baseUrl: "https://breach.example/news" },
      headers: {},
      origin: "https://breach.example/news/",
    },
    {
      name: "ignores X-Forwarded-Host without TRUST_PROXY",
      deps: { configuredOrigin: NODE },
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
      origin: "http://127.0.0.1:8787/",
    },
    {
      name: "honours X-Forwarded-Proto and -Host with TRUST_PROXY=1",
      deps: { configuredOrigin: NODE, trustProxy: true },
      headers: { "X-Forwarded-Host": "proxy.example, inner", "X-Forwarded-Proto": "https" },
      origin: "https://proxy.example/",
    },
    {
      name: "refuses a forwarded host that is not a host name",
      deps: { configuredOrigin: NODE, trustProxy: true },
      headers: { "X-Forwarded-Host": 'evil.example/"><x>' },
      origin: "http://127.0.0.1:8787/",
    },
  ] as { name: string; deps: Parameters<typeof createTestApp>[0]; headers: Record<string, string>; origin: string }[])(
    "$name",
    async ({ deps, headers, origin }) => {
      const link = await selfLink(deps, headers);
      expect(link.startsWith(origin)).toBe(true);
      expect(link).not.toContain("evil.example");
    },
  );

  it("reaches a wildcard bind as localhost", () => {
    expect(configuredOrigin("0.0.0.0", 80)).toBe("http://localhost:80");
    expect(configuredOrigin("::1", 8787)).toBe("http://[::1]:8787");
  });
});

import { describe, expect, it } from "vitest";
import { createApp, type AppDeps } from "../../src/app";
import type { SearchIndex } from "../../src/search/search-index";
import type { AttackerGroup, Incident, SearchQuery } from "../../src/model";
import { CHANGES, INCIDENTS } from "../fixtures/digest/incidents";

const GROUPS: AttackerGroup[] = [
  { name: "LockBit", slug: "lockbit", aliases: ["LockBit 3.0", "LockBit Black"] },
  { name: "Qilin", slug: "qilin", aliases: ["Agenda"] },
];

/** A stand-in holding only `impl`: digest routes touching anything else fail the test loudly. */
function only<T>(impl: object): T {
  return new Proxy(impl, {
    get: (target, name) => {
      if (name in target) return target[name as keyof typeof target];
      throw new Error(`digest routes must not use ${String(name)}`);
    },
  }) as T;
}

/** A search index over a fixed list: filters by group, country and victim type, newest last material change first, paged. */
function fakeSearch(incidents: Incident[]): SearchIndex & { queries: SearchQuery[] } {
  const queries: SearchQuery[] = [];
  return only({
    queries,
    search: async (query: SearchQuery) => {
      queries.push(query);
      const matching = incidents
        .filter((i) => !query.attacker.length || i.attacker_groups.some((g) => query.attacker.includes(g.slug)))
        .filter((i) => !query.country.length || query.country.includes(i.victim.country ?? ""))
        .filter((i) => !query.victim_type.length || query.victim_type.includes(i.victim.type ?? ""))
        .sort((a, b) => (b.updated ?? b.last_seen).localeCompare(a.updated ?? a.last_seen) || a.id.localeCompare(b.id));
      const start = (query.page - 1) * query.limit;
      return {
        hits: matching.slice(start, start + query.limit),
        total: matching.length,
        page: query.page,
        limit: query.limit,
        facets: { attacker_groups: {}, victim_type: {}, country: {}, attack_types: {}, year: {} },
      };
    },
  });
}

/** Only what the digest routes use is real. */
function digestApp(overrides: Partial<AppDeps> = {}, incidents = INCIDENTS) {
  const search = fakeSearch(incidents);
  const deps: AppDeps = {
    store: only({ listChanges: async (ids: string[]) => CHANGES.filter((c) => ids.includes(c.incident_id)) }),
    fetcher: only({}),
    search,
    clock: () => new Date("2026-11-28T12:00:00Z"),
    adminToken: null,
    startPoll: () => ({ id: "unused", running: false }),
    findGroup: (name) =>
      GROUPS.find((g) => [g.name, g.slug, ...g.aliases].some((n) => n.toLowerCase() === name.toLowerCase())) ?? null,
    listGroups: () => GROUPS,
    assets: null,
    version: "test",
    baseUrl: null,
    rateLimit: null,
    ...overrides,
  };
  return { app: createApp(deps), search };
}

/** Many copies of one incident, each last seen an hour earlier, to exercise paging. */
function manyIncidents(n: number): Incident[] {
  return Array.from({ length: n }, (_, k) => {
    const at = new Date(Date.parse("2026-11-28T10:00:00Z") - k * 3_600_000).toISOString();
    return {
      ...INCIDENTS[4]!,
      id: `inc-${String(k).padStart(4, "0")}`,
      first_seen: at,
      last_seen: at,
      updated: at,
      sources: [],
    };
  });
}

describe("digest routes", () => {
  it.each([
    {
      path: "/digest.rss",
      contentType: "application/rss+xml; charset=utf-8",
      start: '<?xml version="1.0" encoding="utf-8"?>\n<rss',
    },
    {
      path: "/digest.atom",
      contentType: "application/atom+xml; charset=utf-8",
      start: '<?xml version="1.0" encoding="utf-8"?>\n<feed',
    },
    {
      path: "/digest.json",
      contentType: "application/feed+json; charset=utf-8",
      start: '{\n  "version": "https://jsonfeed.org/version/1.1"',
    },
  ])("serves $path as $contentType with caching headers", async ({ path, contentType, start }) => {
    const res = await digestApp().app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(contentType);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox");
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-z-]+"$/);
    expect(res.headers.get("Last-Modified")).toBe("Sat, 28 Nov 2026 09:30:00 GMT");
    expect((await res.text()).startsWith(start)).toBe(true);
  });

  it("carries new incidents and their material updates by default, and new incidents only with only=new", async () => {
    const { app } = digestApp();
    const ids = async (path: string) =>
      ((await (await app.request(path)).json()) as { items: { id: string }[] }).items.map((i) => i.id);
    const all = await ids("/digest.json");
    expect(all.filter((id) => id.startsWith("urn:medbreach:change:"))).toEqual([
      "urn:medbreach:change:chg_northvale_lockbit",
      "urn:medbreach:change:chg_harrowgate_qilin",
    ]);
    const fresh = await ids("/digest.json?only=new");
    expect(fresh).toEqual(all.filter((id) => id.startsWith("urn:medbreach:incident:")));
    const feed = (await (await app.request("/digest.json?country=GB&only=new")).json()) as {
      feed_url: string;
      title: string;
    };
    expect(feed.feed_url).toBe("http://localhost/digest.json?country=GB&only=new");
    expect(feed.title).toBe("medbreach: GB (new incidents only)");
  });

  it("is served before the UI's catch-all when the UI is built", async () => {
    const assets = { get: async () => ({ body: "<!doctype html><title>UI</title>", contentType: "text/html" }) };
    const res = await digestApp({ assets }).app.request("/digest.atom");
    expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  });

  it.each([
    { name: "the current ETag", headers: (etag: string, _lm: string) => ({ "If-None-Match": etag }), status: 304 },
    {
      name: "the current ETag among others",
      headers: (etag: string, _lm: string) => ({ "If-None-Match": `"stale", ${etag}` }),
      status: 304,
    },
    {
      name: "the Last-Modified date",
      headers: (_etag: string, lm: string) => ({ "If-Modified-Since": lm }),
      status: 304,
    },
    { name: "a stale ETag", headers: (_etag: string, _lm: string) => ({ "If-None-Match": '"stale"' }), status: 200 },
    {
      name: "an older date",
      headers: (_etag: string, _lm: string) => ({ "If-Modified-Since": "Fri, 27 Nov 2026 00:00:00 GMT" }),
      status: 200,
    },
  ])("answers $status to a conditional request with $name", async ({ headers, status }) => {
    const { app } = digestApp();
    const first = await app.request("/digest.rss?country=GB");
    const res = await app.request("/digest.rss?country=GB", {
      headers: headers(first.headers.get("ETag")!, first.headers.get("Last-Modified")!),
    });
    expect(res.status).toBe(status);
    expect(res.headers.get("ETag")).toBe(first.headers.get("ETag"));
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    if (status === 304) expect(await res.text()).toBe("");
  });

  it.each([
    { query: "period=monthly", error: "period: must be one of none, daily, weekly" },
    { query: "period=daily&period=weekly", error: 'parameter "period" may be given once' },
    { query: "only=old", error: 'only: must be "new"' },
    { query: "only=new&only=new", error: 'parameter "only" may be given once' },
    { query: "sort=newest", error: "sort: not accepted by digests, which are always the newest incidents first" },
    { query: "page=2", error: "page: not accepted by digests, which are always the newest incidents first" },
    { query: "limit=5", error: "limit: not accepted by digests, which are always the newest incidents first" },
    { query: "country=GBR", error: "country: must be an ISO 3166 alpha-2 code" },
    { query: "attacker=Nobody", error: 'attacker: unknown group "Nobody"' },
    { query: "victim_type=spaceport", error: "victim_type" },
    { query: "since=2026-13-01", error: "since" },
    { query: "format=rss", error: 'unknown parameter "format"' },
  ])("answers 400 to ?$query", async ({ query, error }) => {
    for (const path of ["/digest.rss", "/digest.atom", "/digest.json"]) {
      const res = await digestApp().app.request(`${path}?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
      expect(((await res.json()) as { error: string }).error).toContain(error);
    }
  });

  it("links itself with exactly the request's filters, canonically, so fetching the self link gives the same feed", async () => {
    const { app } = digestApp();
    const res = await app.request(
      "http://localhost/digest.json?country=GB&attacker=LockBit+3.0&victim_type=hospital&period=daily",
    );
    const feed = (await res.json()) as { feed_url: string; home_page_url: string; title: string };
    expect(feed.feed_url).toBe(
      "http://localhost/digest.json?attacker=lockbit&victim_type=hospital&country=GB&period=daily",
    );
    expect(feed.home_page_url).toBe("http://localhost/?attacker=lockbit&victim_type=hospital&country=GB");
    expect(feed.title).toBe("medbreach: LockBit · hospitals · GB (daily digest)");
    const again = await app.request(feed.feed_url);
    expect(again.headers.get("ETag")).toBe(res.headers.get("ETag"));
  });

  it.each([
    { baseUrl: null, expected: "http://medbreach.test:8787/digest.atom" },
    { baseUrl: "https://breaches.example/medbreach/", expected: "https://breaches.example/medbreach/digest.atom" },
  ])("writes absolute links from baseUrl $baseUrl or the request origin", async ({ baseUrl, expected }) => {
    const body = await (await digestApp({ baseUrl }).app.request("http://medbreach.test:8787/digest.atom")).text();
    expect(body).toContain(`<link rel="self" type="application/atom+xml" href="${expected}"/>`);
  });

  it("asks the index for the newest 100 incidents of the search for a per-incident feed", async () => {
    const { app, search } = digestApp({}, manyIncidents(250));
    const body = await (await app.request("/digest.rss?q=theatre&country=US")).text();
    expect(search.queries).toEqual([
      {
        q: "theatre",
        attacker: [],
        victim_type: [],
        country: ["US"],
        attack_type: [],
        impact: [],
        claim: [],
        since: null,
        until: null,
        sort: "newest",
        page: 1,
        limit: 100,
      },
    ]);
    expect(body.match(/<item>/g)).toHaveLength(100);
  });

  it.each([
    // One incident an hour back from 2026-11-28T10:00: 250 reach 2026-11-18T01:00, all shown.
    { n: 250, pages: [1, 2, 3], days: 11, oldest: "2026-11-18", cut: null },
    // 600: the bound stops at 500 (back to 2026-11-07T15:00), and that partial day is left out.
    { n: 600, pages: [1, 2, 3, 4, 5], days: 21, oldest: "2026-11-08", cut: "2026-11-07" },
  ])("pages through $n incidents for a daily roundup within the bound", async ({ n, pages, days, oldest, cut }) => {
    const { app, search } = digestApp({}, manyIncidents(n));
    const body = await (await app.request("/digest.atom?period=daily")).text();
    expect(search.queries.map((q) => [q.page, q.limit, q.sort])).toEqual(pages.map((p) => [p, 100, "newest"]));
    expect(body.match(/<entry>/g)).toHaveLength(days);
    expect(body).toContain(`<id>urn:medbreach:digest:daily:${oldest}:`);
    if (cut) expect(body).not.toContain(`:daily:${cut}:`);
  });
});

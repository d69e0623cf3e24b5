import { beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import type { AttackerGroup } from "../../src/model";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS } from "../fixtures/search/incidents";
import { createTestApp } from "../helpers/test-app";

const find = (s: string): AttackerGroup | null =>
  FIXTURE_GROUPS.find((g) =>
    [g.slug, g.name.toLowerCase(), ...g.aliases.map((a) => a.toLowerCase())].includes(s.toLowerCase()),
  ) ?? null;

let app: Hono;
beforeAll(async () => {
  const search = createEmbeddedSearch(sqliteClient(openSqliteDatabase(":memory:")), { groups: FIXTURE_GROUPS });
  await search.upsert(FIXTURE_INCIDENTS);
  app = createTestApp({
    search,
    findGroup: find,
    listGroups: () => FIXTURE_GROUPS,
    clock: () => new Date("2024-12-01T00:00:00Z"),
  }).app;
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

describe("GET /api/incidents", () => {
  it.each([
    ["a limit above 100", "/api/incidents?limit=100000", /limit/],
    ["an impossible date", "/api/incidents?since=2024-13-45", /since/],
    ["an unknown victim type", "/api/incidents?victim_type=spaceport", /victim_type/],
    ["an unknown attacker", "/api/incidents?attacker=nobody-at-all", /attacker/],
    ["an unknown parameter", "/api/incidents?colour=red", /unknown parameter/],
    [
      "an unknown country, never a silent 0",
      "/api/incidents?country=Narnia",
      /country: must be an ISO 3166 alpha-2 code/,
    ],
    ["a three-letter code", "/api/incidents?country=GBR", /country/],
    ["an unknown impact", "/api/incidents?impact=sad", /impact/],
    ["an unknown claim status", "/api/incidents?claim=rumoured", /^claim: .*"claimed"\|"confirmed"/],
    ["a page of zero", "/api/incidents?page=0", /page/],
    ["since after until", "/api/incidents?since=2024-02-01&until=2024-01-01", /since/],
  ])("answers 400 with an error for %s", async (_name, path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it.each(["GB", "gb", "UK", "United%20Kingdom", "British"])("reads country=%s as GB", async (value) => {
    const { status, body } = await get(`/api/incidents?country=${value}&limit=100`);
    expect(status).toBe(200);
    expect(body.total).toBe(8);
  });

  it("filters by impact, repeatable and combined with a country, and counts the impact facet", async () => {
    const { status, body } = await get("/api/incidents?impact=operations-cancelled&impact=systems-offline&country=GB");
    expect(status).toBe(200);
    expect(body.hits.map((h: { id: string }) => h.id).sort()).toEqual(["inc_fx01", "inc_fx06"]);
    expect(body.facets.impact).toMatchObject({ "operations-cancelled": 2 });
  });

  it("filters by claim status, and counts both statuses whichever is picked", async () => {
    const { status, body } = await get("/api/incidents?claim=claimed&limit=100");
    expect(status).toBe(200);
    expect(body.hits.map((h: { id: string }) => h.id).sort()).toEqual(["inc_fx05", "inc_fx14", "inc_fx19"]);
    expect(body.hits.every((h: { claim?: string }) => h.claim === "claimed")).toBe(true);
    expect(body.total).toBe(3);
    expect(body.facets.claim).toEqual({ claimed: 3, confirmed: 27 });
  });

  it("ORs repeated claim values and ANDs them with other filters", async () => {
    const both = await get("/api/incidents?claim=claimed&claim=confirmed&country=US&limit=100");
    const us = await get("/api/incidents?country=US&limit=100");
    expect(both.body.total).toBe(us.body.total);
    const claimedUs = await get("/api/incidents?claim=claimed,confirmed&claim=claimed&country=US");
    expect(claimedUs.body.total).toBe(us.body.total);
    const { body } = await get("/api/incidents?claim=confirmed&attacker=rhysida");
    expect(body.total).toBe(0);
  });

  it("serves claimed incidents as a digest titled with the status", async () => {
    const res = await app.request("/digest.json?claim=claimed&country=US");
    expect(res.status).toBe(200);
    const feed = (await res.json()) as { title: string; items: { url: string }[] };
    expect(feed.title).toMatch(/claimed/);
    expect(feed.items.map((i) => i.url).join(" ")).toMatch(/inc_fx14/);
    expect(feed.items).toHaveLength(2);
  });

  it("serves “operations cancelled · GB” as a subscribable digest", async () => {
    const res = await app.request("/digest.json?impact=operations-cancelled&country=UK");
    expect(res.status).toBe(200);
    const feed = (await res.json()) as { title: string; items: { url: string }[] };
    expect(feed.title).toMatch(/operations cancelled/);
    expect(feed.items.map((i) => i.url).join(" ")).toMatch(/inc_fx01/);
    expect(feed.items.map((i) => i.url).join(" ")).toMatch(/inc_fx06/);
    expect(feed.items).toHaveLength(2);
  });

  it("says which alias a query matched", async () => {
    const { body } = await get("/api/incidents?q=Sodinokibi");
    expect(body.readings).toEqual([{ kind: "alias", said: "Sodinokibi", name: "REvil", slug: "revil" }]);
  });

  it("resolves an attacker alias in the filter and returns hits, total and facets", async () => {
    const { status, body } = await get("/api/incidents?attacker=Sodinokibi&sort=newest");
    expect(status).toBe(200);
    expect(body.hits.map((h: { id: string }) => h.id)).toEqual(["inc_fx02", "inc_fx18"]);
    expect(body.total).toBe(2);
    // The picked facet counts without its own filter, so every group stays listed with its count.
    expect(body.facets.attacker_groups).toEqual({
      LockBit: 5,
      ALPHV: 4,
      REvil: 2,
      Clop: 3,
      Rhysida: 2,
      Qilin: 3,
      APT29: 2,
    });
    expect(body.facets.month).toEqual({ "2021-03": 1, "2021-06": 1 });
  });

  it.each(['"', "NEAR(", "(((", "AND OR NOT", "🔥", "x\u0000y"])("answers 200 to the hostile query %j", async (q) => {
    const { status } = await get(`/api/incidents?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
  });
});

describe("GET /api/groups", () => {
  it("lists every group with incidents, with its aliases, most incidents first", async () => {
    const { status, body } = await get("/api/groups");
    expect(status).toBe(200);
    expect(body.groups).toHaveLength(7);
    expect(body.groups[0]).toEqual({
      name: "LockBit",
      slug: "lockbit",
      aliases: ["LockBit 3.0", "LockBit Black"],
      incident_count: 5,
      first_seen: "2023-04-10T09:00:00.000Z",
      last_seen: "2024-09-02T18:00:00.000Z",
    });
  });

  it("refuses parameters it does not know", async () => {
    expect((await get("/api/groups?sort=name")).status).toBe(400);
  });

  it.each(["revil", "Sodinokibi", "REvil"])("shows REvil's page when asked for %s", async (key) => {
    const { status, body } = await get(`/api/groups/${encodeURIComponent(key)}`);
    expect(status).toBe(200);
    expect(body.group).toMatchObject({ name: "REvil", slug: "revil", incident_count: 2 });
    expect(body.incidents.hits.map((h: { id: string }) => h.id)).toEqual(["inc_fx02", "inc_fx18"]);
    expect(body.per_month_by_victim_type).toEqual({ "2021-03": { hospital: 1 }, "2021-06": { clinic: 1 } });
  });

  it("pages a group's incidents newest first and answers an empty page past the end", async () => {
    const first = await get("/api/groups/lockbit?limit=2");
    expect(first.body.incidents.hits.map((h: { id: string }) => h.id)).toEqual(["inc_fx27", "inc_fx21"]);
    expect(first.body.incidents.total).toBe(5);
    const past = await get("/api/groups/lockbit?limit=2&page=4");
    expect(past.body.incidents.hits).toEqual([]);
  });

  it.each([
    ["an unknown group", "/api/groups/nobody", 404],
    ["a limit above 100", "/api/groups/lockbit?limit=101", 400],
    ["an unknown parameter", "/api/groups/lockbit?q=x", 400],
  ])("answers an error for %s", async (_name, path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(typeof res.body.error).toBe("string");
  });
});

describe("GET /api/stats", () => {
  it("counts per month and victim type and names the top groups of the 90 days before the newest incident", async () => {
    const { status, body } = await get("/api/stats");
    expect(status).toBe(200);
    expect(body.total).toBe(30);
    expect(body.victim_types.hospital).toBe(8);
    expect(body.top_groups_until).toBe("2024-10-07");
    expect(body.top_groups.map((g: { slug: string }) => g.slug)).toEqual(["lockbit", "qilin"]);
  });

  it("applies the same filters as /api/incidents", async () => {
    const { body } = await get("/api/stats?country=gb&victim_type=hospital");
    expect(body.total).toBe(2);
    expect(body.per_month).toEqual({ "2024-01": 1, "2024-10": 1 });
  });

  it("answers 400 for a malformed filter", async () => {
    expect((await get("/api/stats?until=yesterday")).status).toBe(400);
  });
});

describe("what a search hit carries", () => {
  it("carries what a card shows, and leaves facts and evidence to the incident route", async () => {
    const { body } = await get("/api/incidents?q=Northvale");
    expect(body.hits[0]).toMatchObject({
      id: "inc_fx01",
      title: expect.any(String),
      victim: expect.any(Object),
      impact: expect.any(Array),
      sources: expect.any(Array),
    });
    expect(body.hits[0]).not.toHaveProperty("evidence");
    expect(body.hits[0]).not.toHaveProperty("facts");
  });
});

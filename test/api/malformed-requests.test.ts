import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/test-app";

const TOKEN = "a-very-long-admin-token-for-tests";
const { app } = createTestApp({ adminToken: TOKEN });
const long = "x".repeat(5000);
const auth = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };

const cases: { name: string; path: string; init?: RequestInit; status: number }[] = [
  { name: "limit above the cap", path: "/api/incidents?limit=100000", status: 400 },
  { name: "limit zero", path: "/api/incidents?limit=0", status: 400 },
  { name: "negative limit", path: "/api/incidents?limit=-5", status: 400 },
  { name: "limit not a number", path: "/api/incidents?limit=ten", status: 400 },
  { name: "fractional page", path: "/api/incidents?page=1.5", status: 400 },
  { name: "page zero", path: "/api/incidents?page=0", status: 400 },
  { name: "huge page", path: "/api/incidents?page=99999999999", status: 400 },
  { name: "malformed since", path: "/api/incidents?since=2024-13-45", status: 400 },
  { name: "since not a date", path: "/api/incidents?since=yesterday", status: 400 },
  { name: "impossible day", path: "/api/incidents?until=2025-02-30", status: 400 },
  { name: "since after until", path: "/api/incidents?since=2026-01-02&until=2026-01-01", status: 400 },
  { name: "unknown victim type", path: "/api/incidents?victim_type=spaceport", status: 400 },
  { name: "unknown attack type", path: "/api/incidents?attack_type=sorcery", status: 400 },
  { name: "country of three letters", path: "/api/incidents?country=GBR", status: 400 },
  { name: "country with digits", path: "/api/incidents?country=1A", status: 400 },
  { name: "unknown sort", path: "/api/incidents?sort=random", status: 400 },
  { name: "unknown parameter", path: "/api/incidents?colour=red", status: 400 },
  { name: "q given twice", path: "/api/incidents?q=a&q=b", status: 400 },
  { name: "q too long", path: `/api/incidents?q=${"a".repeat(300)}`, status: 400 },
  { name: "unknown attacker group", path: "/api/incidents?attacker=no-such-gang-xyz", status: 400 },
  {
    name: "too many filter values",
    path: `/api/incidents?${Array.from({ length: 30 }, () => "country=GB").join("&")}`,
    status: 400,
  },
  { name: "URL longer than the cap", path: `/api/incidents?q=${long}`, status: 414 },
  { name: "incident id with path tricks", path: "/api/incidents/..%2F..%2Fetc", status: 400 },
  { name: "incident id too long", path: `/api/incidents/${"a".repeat(100)}`, status: 400 },
  { name: "unknown incident", path: "/api/incidents/inc_nothing", status: 404 },
  { name: "unknown API route", path: "/api/nothing", status: 404 },
  { name: "POST to a read-only route", path: "/api/incidents", init: { method: "POST" }, status: 404 },
  { name: "poll without a token", path: "/api/poll", init: { method: "POST" }, status: 401 },
  {
    name: "poll with a wrong token",
    path: "/api/poll",
    init: { method: "POST", headers: { Authorization: "Bearer wrong" } },
    status: 403,
  },
  {
    name: "poll with a malformed Authorization header",
    path: "/api/poll",
    init: { method: "POST", headers: { Authorization: "Basic abc" } },
    status: 401,
  },
  { name: "feed without a token", path: "/api/feeds", init: { method: "POST", body: "{}" }, status: 401 },
  {
    name: "feed body not JSON",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: "{not json" },
    status: 400,
  },
  { name: "feed body an array", path: "/api/feeds", init: { method: "POST", headers: auth, body: "[]" }, status: 400 },
  { name: "feed without url", path: "/api/feeds", init: { method: "POST", headers: auth, body: "{}" }, status: 400 },
  {
    name: "feed with a file URL",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "file:///etc/passwd" }) },
    status: 400,
  },
  {
    name: "feed with a javascript URL",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "javascript:alert(1)" }) },
    status: 400,
  },
  {
    name: "feed on a loopback address",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "http://127.0.0.1:8787/feed" }) },
    status: 400,
  },
  {
    name: "feed on the cloud metadata address",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "http://169.254.169.254/latest/meta-data/" }) },
    status: 400,
  },
  {
    name: "feed on a decimal loopback IP",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "http://2130706433/rss" }) },
    status: 400,
  },
  {
    name: "feed on localhost.",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "http://localhost./rss" }) },
    status: 400,
  },
  {
    name: "feed URL with credentials",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "https://user:pw@a.example/rss" }) },
    status: 400,
  },
  {
    name: "feed with an unknown field",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "https://a.example/rss", admin: true }) },
    status: 400,
  },
  {
    name: "feed with a title of the wrong type",
    path: "/api/feeds",
    init: { method: "POST", headers: auth, body: JSON.stringify({ url: "https://a.example/rss", title: 42 }) },
    status: 400,
  },
  {
    name: "feed body over the size cap",
    path: "/api/feeds",
    init: {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ url: "https://a.example/rss", title: "t".repeat(20_000) }),
    },
    status: 413,
  },
  { name: "a control character in a country code", path: "/api/incidents?country=G%00", status: 400 },
  {
    name: "an empty attacker among others",
    path: "/api/incidents?attacker=,,%20,&victim_type=hospital&victim_type=%3Cscript%3E",
    status: 400,
  },
];

describe("malformed requests", () => {
  it.each(cases)("answers $name with $status and a JSON error", async ({ path, init, status }) => {
    const res = await app.request(path, init);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error?: unknown };
    expect(typeof body.error).toBe("string");
  });

  it("covers at least forty kinds of bad input", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});

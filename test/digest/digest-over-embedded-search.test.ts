import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededApp, type SeededApp } from "../helpers/seed";
import { feedparser, hasFeedparser } from "./feedparser";

// The digest routes over the real embedded index and SQLite store with the shared fictional fixture set.
let seeded: SeededApp;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(async () => {
  await seeded.close();
});

describe("digests over the embedded search", () => {
  it.each(["rss", "atom", "json"] as const)(
    "lists every seeded incident once, newest change first, in the $format digest",
    async (format) => {
      const res = await seeded.app.request(`/digest.${format}`);
      expect(res.status).toBe(200);
      const body = await res.text();
      const ids = [...body.matchAll(/urn:medbreach:incident:([A-Za-z0-9_-]+)/g)].map((m) => m[1]);
      const expected = [...seeded.incidents]
        .sort((a, b) => b.last_seen.localeCompare(a.last_seen) || a.id.localeCompare(b.id))
        .map((i) => i.id);
      expect(ids).toEqual(expected);
    },
  );

  it("keeps only the incidents of a group in that group's digest", async () => {
    const group = seeded.incidents.find((i) => i.attacker_groups.length)!.attacker_groups[0]!;
    const body = await (await seeded.app.request(`/digest.json?attacker=${encodeURIComponent(group.slug)}`)).text();
    const feed = JSON.parse(body) as { title: string; items: { id: string }[] };
    const expected = seeded.incidents
      .filter((i) => i.attacker_groups.some((g) => g.slug === group.slug))
      .map((i) => `urn:medbreach:incident:${i.id}`);
    expect(feed.title).toBe(`medbreach: ${group.name}`);
    expect(feed.items.map((i) => i.id).sort()).toEqual(expected.sort());
  });

  it
    .skipIf(!hasFeedparser)
    .each(["rss", "atom"].flatMap((format) => ["none", "daily", "weekly"].map((period) => ({ format, period }))))(
    "gives Python feedparser a well-formed $format digest with period=$period",
    async ({ format, period }) => {
      const seen = feedparser(await (await seeded.app.request(`/digest.${format}?period=${period}`)).text());
      expect(seen.bozo_exception).toBe("");
      expect(seen.bozo).toBe(0);
      expect(seen.entries.length).toBeGreaterThan(0);
    },
  );
});

import { describe, expect, it } from "vitest";
import { buildDigest, buildFeedDocument, type DigestInput } from "../../src/digest/build-digest";
import type { DigestFilters } from "../../src/digest/digest-filters";
import type { ChangeRecord, Incident } from "../../src/model";
import { BASE_URL, CHANGES, groupName, INCIDENTS, NOW } from "../fixtures/digest/incidents";

const NONE: DigestFilters = {
  q: "",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  since: null,
  until: null,
};
const BASE: Omit<DigestInput, "format"> = {
  incidents: INCIDENTS,
  changes: CHANGES,
  filters: NONE,
  period: "none",
  baseUrl: BASE_URL,
  now: NOW,
  groupName,
};

/** The Northvale incident after a third source joined on 2026-11-30 (a Monday: the next ISO week); `material` says it leaked data. */
function withNewSource(incidents: Incident[], material: boolean): Incident[] {
  return incidents.map((i) =>
    i.id !== "inc-northvale-ransomware"
      ? i
      : {
          ...i,
          title: "LockBit leaks Northvale General Hospital data",
          last_seen: "2026-11-30T07:00:00.000Z",
          ...(material ? { updated: "2026-11-30T07:00:00.000Z", impact: [...i.impact, "data-leaked" as const] } : {}),
          sources: [
            ...i.sources,
            {
              ...i.sources[0]!,
              article_id: 999,
              url: "https://news.example/northvale-leak",
              published: "2026-11-30T07:00:00.000Z",
            },
          ],
        },
  );
}

/** The change the leak brought, as the pipeline records it. */
const LEAK: ChangeRecord = {
  id: "chg_northvale_leak",
  incident_id: "inc-northvale-ransomware",
  at: "2026-11-30T07:00:00.000Z",
  kinds: ["impact"],
  changes: [
    { kind: "impact", impact: "data-leaked", quote: "LockBit published the hospital's theatre lists on Monday." },
  ],
  quote: "LockBit published the hospital's theatre lists on Monday.",
  source: { url: "https://news.example/northvale-leak", title: "LockBit leaks Northvale data", site: "news.example" },
};

describe("buildFeedDocument", () => {
  it("keeps an incident's entry, id and dates when a source that changes nothing joins", () => {
    const northvale = (incidents: Incident[]) =>
      buildFeedDocument({ ...BASE, incidents }, "atom").entries.filter((e) =>
        e.url.endsWith("/inc-northvale-ransomware"),
      );
    const before = northvale(INCIDENTS);
    const after = northvale(withNewSource(INCIDENTS, false));
    expect(after.map((e) => [e.id, e.published, e.updated])).toEqual(before.map((e) => [e.id, e.published, e.updated]));
    expect(after.find((e) => e.id === "urn:medbreach:incident:inc-northvale-ransomware")!.published).toBe(
      "2026-11-27T08:15:00.000Z",
    );
  });

  it("announces a material change as a new entry of its own, and moves the incident's updated date only", () => {
    const doc = buildFeedDocument(
      { ...BASE, incidents: withNewSource(INCIDENTS, true), changes: [...CHANGES, LEAK] },
      "atom",
    );
    const [update, incident] = doc.entries;
    expect(update).toMatchObject({
      id: "urn:medbreach:change:chg_northvale_leak",
      title: "Update: Northvale General Hospital data now leaked (LockBit)",
      url: `${BASE_URL}/incidents/inc-northvale-ransomware`,
      published: LEAK.at,
      updated: LEAK.at,
    });
    expect(update!.contentHtml).toContain(
      "New effect on care: data leaked<blockquote>LockBit published the hospital&#39;s theatre lists on Monday.</blockquote>",
    );
    expect(update!.contentHtml).toContain(
      '<a href="https://news.example/northvale-leak">LockBit leaks Northvale data</a> (news.example, 2026-11-30)',
    );
    expect(incident).toMatchObject({
      id: "urn:medbreach:incident:inc-northvale-ransomware",
      published: "2026-11-27T08:15:00.000Z",
      updated: LEAK.at,
    });
  });

  it("leaves updates out of a new-incidents-only feed", () => {
    const doc = buildFeedDocument({ ...BASE, scope: "new" }, "rss");
    expect(doc.entries.map((e) => e.id).filter((id) => !id.startsWith("urn:medbreach:incident:"))).toEqual([]);
    expect(doc.entries).toHaveLength(INCIDENTS.length);
    expect(doc.selfUrl).toBe(`${BASE_URL}/digest.rss?only=new`);
    expect(doc.title).toBe("medbreach: all incidents (new incidents only)");
  });

  it("lists incidents and updates newest change first", () => {
    const ids = buildFeedDocument(BASE, "rss").entries.map((e) =>
      e.id.replace(/^urn:medbreach:(incident|change):/, ""),
    );
    expect(ids).toEqual([
      "chg_northvale_lockbit",
      "inc-northvale-ransomware",
      "inc-eastbrook-lab",
      "chg_harrowgate_qilin",
      "inc-harrowgate-clinic",
      "inc-pinecrest-pharmacy",
      "inc-ambulance-ddos",
      "inc-phishing-carehome",
    ]);
  });

  it("keeps a period's id while it fills up, updates its time, and opens a new period for a material change in the next week", () => {
    const weekly = { ...BASE, period: "weekly" as const };
    const before = buildFeedDocument(weekly, "json").entries;
    const dates = (entries: typeof before) => entries.map((e) => [e.id, e.published, e.updated]);
    expect(dates(buildFeedDocument({ ...weekly, incidents: withNewSource(INCIDENTS, false) }, "json").entries)).toEqual(
      dates(before),
    );
    const after = buildFeedDocument(
      { ...weekly, incidents: withNewSource(INCIDENTS, true), changes: [...CHANGES, LEAK] },
      "json",
    ).entries;
    expect(after.map((e) => e.id)).toEqual([
      `urn:medbreach:digest:weekly:2026-W49:${idHash(before[0]!.id)}`,
      ...before.map((e) => e.id),
    ]);
    expect(after[0]!.contentHtml).toContain("Updates (1)");
    expect(after[0]!.contentHtml).toContain("Update: Northvale General Hospital data now leaked (LockBit)");
    expect(after[0]!.updated).toBe("2026-11-30T07:00:00.000Z");
  });

  it("updates the current day's entry as incidents arrive: same id, newest change as its time", () => {
    const daily = { ...BASE, period: "daily" as const };
    const arriving: Incident = {
      ...INCIDENTS[1]!,
      id: "inc-later-today",
      first_seen: "2026-11-28T11:00:00.000Z",
      last_seen: "2026-11-28T11:00:00.000Z",
      sources: [],
    };
    const before = buildFeedDocument(daily, "rss").entries[0]!;
    const after = buildFeedDocument({ ...daily, incidents: [...INCIDENTS, arriving] }, "rss").entries[0]!;
    expect(after.id).toBe(before.id);
    expect([before.updated, after.updated]).toEqual(["2026-11-28T09:30:00.000Z", "2026-11-28T11:00:00.000Z"]);
    expect(after.title).toContain("2 new, 1 update");
  });

  it.each([
    {
      period: "daily" as const,
      expected: ["2026-11-28", "2026-11-27", "2026-11-26", "2026-11-24", "2026-11-20", "2026-11-19", "2026-11-16"],
    },
    { period: "weekly" as const, expected: ["2026-W48", "2026-W47"] },
  ])("omits $period periods in which nothing material happened", ({ period, expected }) => {
    const keys = buildFeedDocument({ ...BASE, period }, "rss").entries.map((e) => e.id.split(":")[4]);
    expect(keys).toEqual(expected);
  });

  it("gives the same period different ids for different searches", () => {
    const plain = buildFeedDocument({ ...BASE, period: "daily" }, "rss").entries[0]!.id;
    const filtered = buildFeedDocument({ ...BASE, period: "daily", filters: { ...NONE, country: ["GB"] } }, "rss")
      .entries[0]!.id;
    expect(plain.split(":").slice(0, 5)).toEqual(filtered.split(":").slice(0, 5));
    expect(plain).not.toBe(filtered);
  });

  it("leaves out the periods a truncated incident list may have cut into", () => {
    // Pretend the bound stopped after the three newest incidents: the oldest of them was last seen on 2026-11-26.
    const newest = INCIDENTS.slice(0, 3);
    const keys = buildFeedDocument({ ...BASE, period: "daily", incidents: newest, truncated: true }, "rss").entries.map(
      (e) => e.id.split(":")[4],
    );
    expect(keys).toEqual(["2026-11-28", "2026-11-27"]);
  });

  it.each([
    {
      name: "the example search",
      filters: { ...NONE, attacker: ["lockbit"], victim_type: ["hospital" as const], country: ["GB"] },
      period: "none" as const,
      expected: "medbreach: LockBit · hospitals · GB",
    },
    { name: "no filters", filters: NONE, period: "none" as const, expected: "medbreach: all incidents" },
    {
      name: "a weekly digest",
      filters: { ...NONE, country: ["IE"] },
      period: "weekly" as const,
      expected: "medbreach: IE (weekly digest)",
    },
  ])("titles $name “$expected”", ({ filters, period, expected }) => {
    expect(buildFeedDocument({ ...BASE, filters, period }, "rss").title).toBe(expected);
  });

  it.each([
    {
      format: "rss" as const,
      period: "none" as const,
      self: `${BASE_URL}/digest.rss?attacker=lockbit&country=DE&country=GB`,
    },
    {
      format: "atom" as const,
      period: "daily" as const,
      self: `${BASE_URL}/digest.atom?attacker=lockbit&country=DE&country=GB&period=daily`,
    },
    {
      format: "json" as const,
      period: "weekly" as const,
      self: `${BASE_URL}/digest.json?attacker=lockbit&country=DE&country=GB&period=weekly`,
    },
  ])("links itself as $self and its view in the UI without the period", ({ format, period, self }) => {
    const doc = buildFeedDocument(
      { ...BASE, baseUrl: `${BASE_URL}/`, period, filters: { ...NONE, attacker: ["lockbit"], country: ["GB", "DE"] } },
      format,
    );
    expect(doc.selfUrl).toBe(self);
    expect(doc.alternateUrl).toBe(`${BASE_URL}/?attacker=lockbit&country=DE&country=GB`);
  });
});

describe("buildDigest", () => {
  it.each([
    { format: "rss" as const, contentType: "application/rss+xml; charset=utf-8" },
    { format: "atom" as const, contentType: "application/atom+xml; charset=utf-8" },
    { format: "json" as const, contentType: "application/feed+json; charset=utf-8" },
  ])("answers $format as $contentType, last modified at the newest entry update", ({ format, contentType }) => {
    const digest = buildDigest({ ...BASE, format });
    expect(digest.contentType).toBe(contentType);
    expect(digest.lastModified).toBe("Sat, 28 Nov 2026 09:30:00 GMT");
  });

  it("dates an empty feed at the start of today (UTC), so its ETag holds all day", () => {
    const morning = buildDigest({ ...BASE, incidents: [], format: "atom", now: "2026-11-28T06:00:00.000Z" });
    const evening = buildDigest({ ...BASE, incidents: [], format: "atom", now: "2026-11-28T21:00:00.000Z" });
    expect(morning.lastModified).toBe("Sat, 28 Nov 2026 00:00:00 GMT");
    expect(evening.etag).toBe(morning.etag);
    expect(morning.body).toContain("<updated>2026-11-28T00:00:00.000Z</updated>");
  });

  it("builds byte-equal documents from equal input, whatever order the incidents came in", () => {
    const a = buildDigest({ ...BASE, period: "daily", format: "rss" });
    const b = buildDigest({ ...BASE, period: "daily", format: "rss", incidents: [...INCIDENTS].reverse() });
    expect(b.body).toBe(a.body);
    expect(b.etag).toBe(a.etag);
  });
});

function idHash(id: string): string {
  return id.split(":").at(-1)!;
}

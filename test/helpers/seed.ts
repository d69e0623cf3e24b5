import { encodeProfile, incidentProfile } from "../../src/cluster/profile";
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { createApp } from "../../src/app";
import type { AppDeps, AssetSource } from "../../src/app-deps";
import { findGroup, listGroups } from "../../src/extract/gazetteer";
import type { Incident, ParsedItem } from "../../src/model";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";
import type { Store } from "../../src/store/store";

/** "Now" for every seeded app, so relative views (last 90 days) are stable. */
export const FIXTURE_NOW = new Date("2026-11-28T09:00:00Z");

type FixtureSpec = Omit<Incident, "sources" | "facts" | "evidence" | "first_seen" | "last_seen"> & {
  seen: string;
  sources: { site: string; title: string; published: string; added: string[] }[];
  quotes: Record<string, string>;
};

// Fictional incidents name real groups from the gazetteer, so alias search ("Sodinokibi" → REvil) is the real one.
const group = (slug: string) => {
  const g = findGroup(slug)!;
  return { name: g.name, slug: g.slug };
};

/** Fictional incidents (organisations, places and sites are invented). */
const SPECS: FixtureSpec[] = [
  {
    id: "inc-northfield",
    title: "Sodinokibi ransomware halts surgery at Northfield General Hospital",
    summary:
      "Northfield General Hospital cancelled planned operations after REvil (Sodinokibi) ransomware encrypted theatre scheduling systems.",
    seen: "2026-11-20T08:00:00Z",
    victim: { orgs: ["Northfield General Hospital"], type: "hospital", country: "GB" },
    attacker_groups: [group("revil")],
    ransom: { status: "demanded-amount", amount: 2_500_000, currency: "USD" },
    data_volume_bytes: 400_000_000_000,
    people_affected: 120_000,
    attack_types: ["ransomware", "data-theft"],
    impact: ["operations-cancelled", "systems-offline", "paper-records"],
    sources: [
      {
        site: "theatre-journal.example",
        title: "Northfield General cancels operations after cyber attack",
        published: "2026-11-18T07:30:00Z",
        added: ["first report"],
      },
      {
        site: "computing.example",
        title: "REvil claims Northfield hospital attack, demands $2.5m",
        published: "2026-11-20T08:00:00Z",
        added: ["attacker named", "ransom demand"],
      },
    ],
    quotes: {
      attacker_groups: "The Sodinokibi gang, also known as REvil, listed the hospital on its leak site.",
      ransom: "The attackers demanded $2.5m in bitcoin for a decryption key.",
      impact: "All planned operations were cancelled on Monday and staff returned to paper records.",
      people_affected: "Records of about 120,000 patients may have been copied.",
    },
  },
  {
    id: "inc-riverside",
    title: "LockBit hits Riverside Dental Group, patient records leaked",
    summary:
      "Riverside Dental Group said LockBit affiliates stole patient records and published them after a refused ransom.",
    seen: "2026-10-02T10:00:00Z",
    victim: { orgs: ["Riverside Dental Group"], type: "dental", country: "US" },
    attacker_groups: [group("lockbit")],
    ransom: { status: "refused", amount: null, currency: null },
    data_volume_bytes: null,
    people_affected: 8_400,
    attack_types: ["ransomware", "extortion"],
    impact: ["data-leaked"],
    sources: [
      {
        site: "breach-tracker.example",
        title: "Riverside Dental Group confirms LockBit breach",
        published: "2026-10-02T10:00:00Z",
        added: ["first report", "data leaked"],
      },
    ],
    quotes: {
      attacker_groups: "LockBit posted samples of the stolen files on Tuesday.",
      ransom: "The group said it would not pay the ransom.",
    },
  },
  {
    id: "inc-hafen",
    title: "BlackCat attack disrupts Klinikum Hafenstadt laboratory services",
    summary:
      "The laboratory network of Klinikum Hafenstadt went offline after an ALPHV (BlackCat) intrusion; blood tests were diverted.",
    seen: "2026-09-14T12:00:00Z",
    victim: { orgs: ["Klinikum Hafenstadt Labor"], type: "laboratory", country: "DE" },
    attacker_groups: [group("alphv")],
    ransom: { status: "demanded-undisclosed", amount: null, currency: null },
    data_volume_bytes: null,
    people_affected: null,
    attack_types: ["ransomware"],
    impact: ["systems-offline", "appointments-cancelled"],
    sources: [
      {
        site: "security-news.example",
        title: "German lab network down after BlackCat attack",
        published: "2026-09-12T09:00:00Z",
        added: ["first report"],
      },
      {
        site: "theatre-journal.example",
        title: "Hafenstadt lab outage delays pre-op tests",
        published: "2026-09-14T12:00:00Z",
        added: ["impact on care"],
      },
    ],
    quotes: { impact: "Pre-operative blood tests were sent to neighbouring hospitals for two weeks." },
  },
  {
    id: "inc-lakeside",
    title: "Rhysida claims Lakeside Community Clinic data theft",
    summary: "Rhysida listed Lakeside Community Clinic and offered 60 GB of stolen data for sale.",
    seen: "2026-08-05T15:00:00Z",
    victim: { orgs: ["Lakeside Community Clinic"], type: "clinic", country: "IE" },
    attacker_groups: [group("rhysida")],
    ransom: { status: "demanded-amount", amount: 400_000, currency: "EUR" },
    data_volume_bytes: 60_000_000_000,
    people_affected: 3_200,
    attack_types: ["data-theft", "extortion"],
    impact: ["data-leaked"],
    // Told only by a tracker relaying the gang's leak-site listing.
    claim: "claimed",
    sources: [
      {
        site: "breach-tracker.example",
        title: "Rhysida lists Irish clinic on leak site",
        published: "2026-08-05T15:00:00Z",
        added: ["first report"],
      },
    ],
    quotes: { ransom: "Rhysida asked for €400,000 within seven days." },
  },
  {
    id: "inc-westmoor",
    title: "Westmoor University Hospital diverts ambulances after LockBit attack",
    summary:
      "Westmoor University Hospital diverted ambulances and postponed operations for three days after a LockBit ransomware attack.",
    seen: "2026-06-21T06:00:00Z",
    victim: { orgs: ["Westmoor University Hospital"], type: "hospital", country: "GB" },
    attacker_groups: [group("lockbit")],
    ransom: { status: "not-mentioned", amount: null, currency: null },
    data_volume_bytes: null,
    people_affected: null,
    attack_types: ["ransomware"],
    impact: ["operations-cancelled", "ambulance-diversion"],
    sources: [
      {
        site: "computing.example",
        title: "Westmoor hospital diverts ambulances",
        published: "2026-06-21T06:00:00Z",
        added: ["first report"],
      },
    ],
    quotes: { impact: "Ambulances were diverted to neighbouring trusts and elective operations postponed." },
  },
  {
    id: "inc-harbour",
    title: "Phishing exposes Harbour Pharmacy customer emails",
    summary: "A phishing campaign gave attackers access to Harbour Pharmacy's mailbox holding prescription queries.",
    seen: "2025-12-03T11:00:00Z",
    victim: { orgs: ["Harbour Pharmacy"], type: "pharmacy", country: "GB" },
    attacker_groups: [],
    ransom: { status: "not-mentioned", amount: null, currency: null },
    data_volume_bytes: null,
    people_affected: 950,
    attack_types: ["phishing"],
    impact: [],
    sources: [
      {
        site: "security-news.example",
        title: "Harbour Pharmacy mailbox breached",
        published: "2025-12-03T11:00:00Z",
        added: ["first report"],
      },
    ],
    quotes: {},
  },
];

const sourceUrl = (specId: string, i: number, site: string) => `https://${site}/news/${specId}-${i + 1}`;

function fixtureItems(): ParsedItem[] {
  return SPECS.flatMap((s) =>
    s.sources.map((src, i) => ({
      url: sourceUrl(s.id, i, src.site),
      guid: null,
      title: src.title,
      published: src.published,
      author: null,
      categories: [],
      content_html: `<p>${s.summary}</p>`,
      text: s.summary,
      provenance: null,
    })),
  );
}

function fixtureIncident(s: FixtureSpec, articleIds: Map<string, number>): Incident {
  const sources = s.sources.map((src, i) => {
    const url = sourceUrl(s.id, i, src.site);
    return {
      article_id: articleIds.get(url)!,
      url,
      title: src.title,
      site: src.site,
      published: src.published,
      feed: "Fixture feed",
      added: src.added,
      provenance: null,
    };
  });
  // Facts as clustering writes them: fact field names, raw values, article URLs as sources. Impact is
  // only in the evidence, as with real incidents, so the UI's evidence fallback is exercised too.
  const last = sources[sources.length - 1]!;
  const facts = Object.entries(s.quotes)
    .filter(([field]) => field !== "impact")
    .map(([field, quote]) => ({
      field: field === "ransom" && !s.ransom.amount ? "ransom_status" : FACT_FIELD[field]!,
      value: factValue(s, field),
      sources: [last.url],
      // The first fixture disagrees with itself on the ransom, so the UI's "alternatives" path is exercised.
      alternatives:
        s.id === "inc-northfield" && field === "ransom" ? [{ value: "2000000 USD", sources: [sources[0]!.url] }] : [],
      quote,
    }));
  const evidence = s.quotes.impact
    ? [{ field: "impact" as const, value: s.impact[0]!, start: 0, end: 0, quote: s.quotes.impact }]
    : [];
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    first_seen: sources[0]!.published,
    last_seen: s.seen,
    victim: s.victim,
    attacker_groups: s.attacker_groups,
    ransom: s.ransom,
    data_volume_bytes: s.data_volume_bytes,
    people_affected: s.people_affected,
    attack_types: s.attack_types,
    impact: s.impact,
    ...(s.claim ? { claim: s.claim } : {}),
    sources,
    facts,
    evidence,
  };
}

const FACT_FIELD: Record<string, string> = {
  attacker_groups: "attacker_group",
  ransom: "ransom_amount",
  people_affected: "people_affected",
};

function factValue(s: FixtureSpec, field: string): string {
  if (field === "attacker_groups") return s.attacker_groups.map((g) => g.name).join(", ");
  if (field === "ransom") return s.ransom.amount ? `${s.ransom.amount} ${s.ransom.currency}` : s.ransom.status;
  return String(s.people_affected);
}

/** Everything a seeded app holds, for tests that need to look behind the HTTP surface. */
export interface SeededApp {
  app: Hono;
  store: Store;
  /** The SQLite file the store and search write. */
  dbPath: string;
  incidents: Incident[];
  deps: AppDeps;
  close(): Promise<void>;
}

/** Builds `createApp` on a temp SQLite store holding the fixture incidents (fictional), indexed by the embedded search. */
export async function createSeededApp(
  options: { assets?: AssetSource | null; extraIncidents?: Incident[] } = {},
): Promise<SeededApp> {
  const dir = mkdtempSync(join(tmpdir(), "medbreach-seed-"));
  const dbPath = join(dir, "medbreach.sqlite");
  const { store, db } = openSqliteStore(dbPath);
  await store.addFeeds([
    { url: "https://fixture.example/feed.xml", title: "Fixture feed", category: "test" },
    { url: "https://broken.example/feed.xml", title: "Broken fixture feed", category: "test" },
  ]);
  const feeds = await store.listFeeds();
  const feed = feeds.find((f) => f.url.startsWith("https://fixture."));
  const broken = feeds.find((f) => f.url.startsWith("https://broken."));
  const now = FIXTURE_NOW.toISOString();
  const nextDue = new Date(FIXTURE_NOW.getTime() + 30 * 60_000).toISOString();
  const batch = await store.saveFeedBatch(
    feed!.id,
    fixtureItems(),
    { status: "ok", last_fetch_at: now, last_success_at: now, next_due_at: nextDue },
    now,
  );
  await store.updateFeed(broken!.id, {
    status: "error",
    consecutive_errors: 3,
    last_fetch_at: now,
    last_error: { code: "http_503", message: "HTTP 503 Service Unavailable", at: now },
    next_due_at: nextDue,
  });
  const articleIds = new Map(batch.inserted.map((a) => [a.url, a.id]));
  const incidents = [...SPECS.map((s) => fixtureIncident(s, articleIds)), ...(options.extraIncidents ?? [])];
  await store.writeIncidents({
    saved: incidents.map((incident) => ({
      incident,
      keys: [`fixture:${incident.id}`],
      profile: encodeProfile(incidentProfile(incident)),
    })),
    deleted: [],
  });
  const search = createEmbeddedSearch(sqliteClient(db), { groups: listGroups() });
  await search.upsert(incidents);
  const deps: AppDeps = {
    store,
    search,
    fetcher: {
      fetch: async (r) => ({
        kind: "error",
        url: r.url,
        code: "offline",
        message: "tests are offline",
        retryable: false,
        retryAfterMs: null,
      }),
    },
    clock: () => FIXTURE_NOW,
    adminToken: null,
    startPoll: () => ({ id: "poll-fixture", running: false }),
    findGroup,
    listGroups,
    rateLimit: null,
    assets: options.assets ?? null,
    version: "test",
    baseUrl: null,
  };
  return {
    app: createApp(deps),
    store,
    dbPath,
    incidents,
    deps,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serves a Hono app on 127.0.0.1 at a random port; `close` stops it. */
export async function listen(app: Hono): Promise<{ origin: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

// Cost of clustering one new article as the incident count grows, with the keyed candidate index
// (what the pipeline and the extract command do) beside a brute-force scan of every incident:
// in memory at 1k/10k/100k, and through assignIncident over the SQLite store at 1k/10k.
import { BatchClusterer, type BatchDoc } from "../src/cluster/batch";
import { bestMatch } from "../src/cluster/match";
import { articleProfile, incidentProfile, type MatchProfile } from "../src/cluster/profile";
import { VICTIM_TYPES, type Article, type Entities, type Incident } from "../src/model";
import { assignIncident } from "../src/pipeline/assign-incident";
import { openClusterSession } from "../src/pipeline/cluster-session";
import { groupSlugOf } from "../src/pipeline/group-slug";
import { openSqliteStore } from "../src/store/sqlite";
import type { Store } from "../src/store/store";
import { percentile, type BenchRow } from "./harness";

/** Shown in the bench table. */
export const title = "cluster: add one article at 1k / 10k / 100k incidents, keyed index vs brute force";

const SIZES = [1_000, 10_000, 100_000];
/** The SQLite store is filled through the real incremental path, which bounds how far it can grow in a bench run. */
const STORE_SIZES = [1_000, 10_000];
const STORE_SAMPLES = 200;
const STORE_BRUTE_SAMPLES = 5;
const NOW = "2040-01-01T00:00:00Z";
const SAMPLES = 400;
/** The brute-force baseline stops after this many articles or this much time per size, whichever comes first. */
const BRUTE_SAMPLES = 60;
const BRUTE_BUDGET_MS = 4_000;

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const syllables = "ka ri to men sa lo ve dun bar wick ford ley ton ash mor cal pen tre vin hal".split(" ");
const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(syllables)).join("");
const vocabulary = Array.from({ length: 6000 }, word);
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const suffixes = ["Hospital", "Health", "Medical Center", "Clinic", "NHS Foundation Trust", "Surgery", "Health System"];
const groups = Array.from({ length: 40 }, (_, i) => `Crew ${cap(vocabulary[i]!)}`);
const countries = "US GB CA AU FR DE NL IE ES IT IN JP BR MX ZA SE NO DK PL CH".split(" ");

interface Story {
  victim: string;
  group: string | null;
  country: string;
  type: (typeof VICTIM_TYPES)[number];
  day: number;
}

function newStory(day: number): Story {
  return {
    victim: `${cap(pick(vocabulary))} ${cap(pick(vocabulary))} ${pick(suffixes)}`,
    group: rand() < 0.6 ? pick(groups) : null,
    country: pick(countries),
    type: pick(VICTIM_TYPES),
    day,
  };
}

let serial = 0;
function report(s: Story, dayOffset: number): BatchDoc {
  const entities: Entities = {
    relevant: true,
    attacker_groups: s.group ? [s.group] : [],
    victim_orgs: [s.victim],
    victim_type: s.type,
    ransom: { status: "not-mentioned", amount: null, currency: null },
    data_volume_bytes: null,
    people_affected: null,
    country: s.country,
    attack_types: ["ransomware"],
    impact: [],
    evidence: [],
  };
  const text =
    `${s.victim} was hit by a cyber attack. ` + Array.from({ length: 140 }, () => pick(vocabulary)).join(" ");
  const n = serial++;
  return {
    id: String(n),
    url: `https://news.example/${n}`,
    site: "news.example",
    title: s.victim,
    text,
    published: new Date(Date.UTC(2020, 0, 1) + (s.day + dayOffset) * 86_400_000).toISOString(),
    entities,
  };
}

/** Brute force: score the article against every incident profile. */
function bruteForce(doc: BatchDoc, all: MatchProfile[]): number {
  return bestMatch(articleProfile(doc, groupSlugOf), all);
}

/** Stores documents as one feed's batch with their entities, as the poller does before clustering. */
async function storeArticles(store: Store, feedId: number, docs: BatchDoc[]): Promise<Article[]> {
  const items = docs.map((d) => ({
    url: d.url,
    guid: null,
    title: d.title,
    published: d.published ?? null,
    author: null,
    categories: [],
    content_html: "",
    text: d.text,
    provenance: null,
  }));
  const entities = new Map(docs.map((d) => [d.url, d.entities]));
  const { inserted } = await store.saveFeedBatch(feedId, items, {}, NOW);
  const out: Article[] = [];
  for (const a of inserted) {
    const e = entities.get(a.url)!;
    await store.setArticleEntities(a.id, e);
    out.push({ ...a, entities: e });
  }
  return out;
}

/** Brute force over the store: read every incident and score the article against each. */
async function bruteForceStore(store: Store, article: Article): Promise<number> {
  const all: Incident[] = [];
  for (let after = ""; ;) {
    const page = await store.listIncidents(after, 1000);
    if (page.length === 0) break;
    all.push(...page);
    after = page[page.length - 1]!.id;
  }
  return bestMatch(
    articleProfile({ text: article.text, published: article.published, entities: article.entities! }, groupSlugOf),
    all.map(incidentProfile),
  );
}

/** assignIncident over an in-memory SQLite store, against reading every stored incident. */
async function runStore(log: (line: string) => void, stories: Story[]): Promise<BenchRow[]> {
  const { store } = openSqliteStore(":memory:");
  const rows: BenchRow[] = [];
  try {
    await store.addFeeds([{ url: "https://news.example/feed.xml", title: "News" }]);
    const feedId = (await store.listFeeds())[0]!.id;
    let next = 0;
    // Follow-ups of recently stored stories, or new attacks a day after the last one.
    const sample = () =>
      rand() < 0.5
        ? report(pick(stories.slice(Math.max(0, next - 2000), next)), 3)
        : report(newStory(stories[next - 1]!.day + 1), 0);
    for (const size of STORE_SIZES) {
      const started = performance.now();
      while ((await store.countIncidents()) < size) {
        const docs = stories.slice(next, next + 500).map((s) => report(s, 0));
        next += 500;
        const session = openClusterSession(store);
        for (const a of await storeArticles(store, feedId, docs)) await assignIncident(session, a, NOW);
        await session.flush();
      }
      log(
        `SQLite store: ${await store.countIncidents()} incidents built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const articles = await storeArticles(store, feedId, Array.from({ length: STORE_SAMPLES }, sample));
      const brute: number[] = [];
      for (const a of articles.slice(0, STORE_BRUTE_SAMPLES)) {
        const t = performance.now();
        await bruteForceStore(store, a);
        brute.push((performance.now() - t) * 1000);
      }
      const keyed: number[] = [];
      for (const a of articles) {
        const t = performance.now();
        const session = openClusterSession(store);
        await assignIncident(session, a, NOW);
        await session.flush();
        keyed.push((performance.now() - t) * 1000);
      }
      const k = percentile(keyed, 50);
      log(
        `SQLite store ${size}: assignIncident p50 ${k.toFixed(0)} µs, p99 ${percentile(keyed, 99).toFixed(0)} µs; reading every incident p50 ${percentile(brute, 50).toFixed(0)} µs`,
      );
      rows.push({
        bench: "cluster",
        metric: `assignIncident via SQLite, ${size / 1000}k incidents (p50)`,
        value: k,
        unit: "µs",
        baseline: percentile(brute, 50),
      });
    }
  } finally {
    await store.close();
  }
  return rows;
}

/** Grows one clusterer through the sizes, timing additions (half follow-ups, half new incidents) at each. */
export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const clusterer = new BatchClusterer(groupSlugOf);
  const stories: Story[] = [];
  const profiles: MatchProfile[] = [];
  const rows: BenchRow[] = [];
  let day = 0;
  const grow = (to: number) => {
    while (stories.length < to) {
      const s = newStory((day += 0.05));
      const doc = report(s, 0);
      const profile = articleProfile(doc, groupSlugOf);
      stories.push(s);
      // The clusterer keeps this object as the new incident's profile and grows it on each join,
      // so the brute-force scan below sees the same incidents.
      profiles.push(profile);
      clusterer.add(doc, profile);
    }
  };
  const sample = () => (rand() < 0.5 ? report(pick(stories.slice(-5000)), 3) : report(newStory(day + 1), 0));
  const p50: number[] = [];
  for (const size of SIZES) {
    const started = performance.now();
    grow(size);
    log(`${size} incidents built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const docs = Array.from({ length: SAMPLES }, sample);
    const keyed = docs.map((d) => {
      const t = performance.now();
      clusterer.add(d);
      return (performance.now() - t) * 1000;
    });
    const brute: number[] = [];
    const budget = performance.now() + BRUTE_BUDGET_MS;
    for (const d of docs.slice(0, BRUTE_SAMPLES)) {
      const t = performance.now();
      bruteForce(d, profiles);
      brute.push((performance.now() - t) * 1000);
      if (performance.now() > budget) break;
    }
    const k = percentile(keyed, 50);
    p50.push(k);
    log(
      `${size}: keyed p50 ${k.toFixed(0)} µs, p99 ${percentile(keyed, 99).toFixed(0)} µs; brute force p50 ${percentile(brute, 50).toFixed(0)} µs over ${brute.length} articles`,
    );
    rows.push({
      bench: "cluster",
      metric: `add one article, ${size / 1000}k incidents (p50)`,
      value: k,
      unit: "µs",
      baseline: percentile(brute, 50),
      target: "grows ≤ log n",
    });
    rows.push({
      bench: "cluster",
      metric: `add one article, ${size / 1000}k incidents (p99)`,
      value: percentile(keyed, 99),
      unit: "µs",
    });
  }
  const growth = p50[p50.length - 1]! / p50[0]!;
  const allowed = Math.log(SIZES[SIZES.length - 1]!) / Math.log(SIZES[0]!);
  rows.push({
    bench: "cluster",
    metric: `keyed cost growth ${SIZES[0]! / 1000}k → ${SIZES[SIZES.length - 1]! / 1000}k`,
    value: growth,
    unit: "×",
    target: `≤ ${allowed.toFixed(2)}× (log n ratio)`,
  });
  rows.push(...(await runStore(log, stories)));
  return rows;
}

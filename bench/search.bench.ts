// Embedded search at scale: N synthetic incidents (BENCH_SEARCH_N, default 100,000) in a temp SQLite file,
// the index built through `rebuild`, then p50/p99 per query class, beside a plain LIKE scan of the same text.
// BENCH_KEEP=1 keeps the database file (its path is logged) for looking at query plans; BENCH_SEARCH_DB=<that
// path> times the queries on it again without building (to compare two versions of the code on one database),
// and BENCH_SEARCH_LIKE=0 leaves out the LIKE floor, which on a loaded machine takes longer than the rest.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  IMPACT_TYPES,
  type AttackType,
  type AttackerGroup,
  type ImpactType,
  type Incident,
  searchQuery,
  type SearchQuery,
  type VictimType,
} from "../src/model";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteDatabase, sqliteClient } from "../src/store/sqlite";
import { percentile, peakRssMb, type BenchRow } from "./harness";

/** Shown in the bench table. */
export const title = "search: embedded FTS5 over synthetic incidents";

const N = Number(process.env.BENCH_SEARCH_N ?? 100_000);
const QUERIES = 300;
const BASELINE_QUERIES = 20;
const WARMUP = 100;

/** Mulberry32: small, seeded, good enough to make the same corpus on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s (Zipf), by binary search on the cumulative weights. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cum: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cum.push((total += 1 / Math.pow(i + 1, s)));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const COMMON = `the of and to in a for on hospital ransomware attack data patients health said cyber systems trust
  nhs group services breach medical care network incident stolen clinic leak site records security ransom investigation
  police officials affected information access emergency operations cancelled appointments staff systems offline paper
  backup restore claimed encrypted servers files personal email phishing vendor pharmacy laboratory imaging ambulance
  diverted outage recovery disruption threat actor extortion payment bitcoin demand million terabytes exfiltrated dark
  web notification regulator fine lawsuit class action insurer claims members radiology pathology surgery theatre`
  .split(/\s+/)
  .filter(Boolean);

/** A vocabulary of real words first (most frequent), then pronounceable pseudo-words. */
function vocabulary(size: number, random: () => number): string[] {
  const syllables = [
    "ka",
    "lo",
    "mer",
    "ten",
    "vi",
    "sa",
    "dor",
    "pel",
    "qui",
    "ran",
    "zu",
    "bo",
    "nis",
    "tra",
    "gel",
    "fo",
  ];
  const words = new Set(COMMON);
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join(""));
  }
  return [...words];
}

const VICTIM_TYPES: VictimType[] = [
  "hospital",
  "clinic",
  "primary-care",
  "dental",
  "pharmacy",
  "laboratory",
  "imaging",
  "mental-health",
  "care-home",
  "ambulance",
  "insurer",
  "health-it-vendor",
  "pharma-medtech",
  "public-health",
  "research",
  "other-healthcare",
];
const COUNTRIES = [
  "US",
  "GB",
  "DE",
  "FR",
  "CA",
  "AU",
  "IT",
  "ES",
  "NL",
  "IE",
  "IN",
  "BR",
  "JP",
  "SE",
  "NO",
  "PL",
  "AT",
  "BE",
  "CH",
  "NZ",
];
const ATTACKS: AttackType[] = [
  "ransomware",
  "data-theft",
  "extortion",
  "ddos",
  "phishing",
  "insider",
  "misconfiguration",
  "bec",
  "malware",
  "unknown",
];
const ORG_KINDS = [
  "Hospital",
  "General Hospital",
  "Clinic",
  "Health",
  "Medical Centre",
  "Pharmacy",
  "Laboratories",
  "Imaging",
  "Care",
  "NHS Trust",
];

/** The attacker groups of the gazetteer file, read as data. */
export function gazetteer(): AttackerGroup[] {
  const path = fileURLToPath(new URL("../src/extract/data/groups.json", import.meta.url));
  const raw = JSON.parse(readFileSync(path, "utf8")) as { groups: { name: string; aliases: string[] }[] };
  return raw.groups.map((g) => ({
    name: g.name,
    aliases: g.aliases,
    slug: g.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, ""),
  }));
}

/** Words per synthetic source text: the length of a short news item. */
const SOURCE_WORDS = 150;
/**
 * Article ids per incident when sources are syndicated (see syntheticIncidents): the first source's id is
 * incident × SOURCE_SLOTS, its word-for-word copies follow it, and a later source with a text of its own
 * takes the last slot.
 */
const SOURCE_SLOTS = 8;
const FOLLOW_UP = SOURCE_SLOTS - 1;

/**
 * The text of synthetic source `articleId`, as the store would give it to the index: Zipf-distributed
 * words of the same vocabulary, drawn from a generator seeded by the id, so it is the same on every call.
 * With `syndicated`, ids are read as syntheticIncidents writes them then: a copy is its story's text
 * under a line of its own ("Reprinted from wire 2."), as syndicated news arrives.
 */
export function syntheticSourceTexts(syndicated = false): (articleIds: number[]) => Promise<Map<number, string>> {
  const vocab = vocabulary(30_000, rng(42));
  const cum: number[] = [];
  let total = 0;
  for (let i = 0; i < vocab.length; i++) cum.push((total += 1 / Math.pow(i + 1, 1.07)));
  const draw = (random: () => number) => {
    const x = random() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const story = (seed: number) => {
    const random = rng(seed);
    return Array.from({ length: SOURCE_WORDS }, () => draw(random)).join(" ");
  };
  // An incident's copies are asked for together: its story is drawn once for all of them.
  let last = { seed: -1, text: "" };
  const storyOnce = (seed: number) => {
    if (last.seed !== seed) last = { seed, text: story(seed) };
    return last.text;
  };
  const textOf = (id: number): string => {
    if (!syndicated) return story(1_000_003 + id);
    const slot = id % SOURCE_SLOTS;
    const incident = Math.floor(id / SOURCE_SLOTS);
    if (slot === FOLLOW_UP) return story(2_000_003 + incident);
    return `${slot > 0 ? `Reprinted from wire ${slot}. ` : ""}${storyOnce(1_000_003 + incident)}`;
  };
  return async (ids) => new Map(ids.map((id) => [id, textOf(id)] as const));
}

/**
 * N incidents with Zipf-distributed words, groups, victim types and countries, one source each; with
 * `syndicated`, half of them also have one to three word-for-word copies of it, and one in five a later
 * source of its own (see syntheticSourceTexts), drawn apart so the incidents are otherwise the same.
 */
export function* syntheticIncidents(n: number, groups: AttackerGroup[], syndicated = false): Generator<Incident> {
  const random = rng(42);
  const spread = rng(99);
  const vocab = vocabulary(30_000, random);
  const word = zipf(vocab.length, 1.07, random);
  const group = zipf(groups.length, 1.2, random);
  const victimType = zipf(VICTIM_TYPES.length, 1.3, random);
  const country = zipf(COUNTRIES.length, 1.4, random);
  const attack = zipf(ATTACKS.length, 1.5, random);
  const words = (k: number) => Array.from({ length: k }, () => vocab[word()]!);
  const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const start = Date.parse("2015-01-01T00:00:00Z");
  const span = Date.parse("2025-12-31T00:00:00Z") - start;
  const source = (articleId: number, title: string, published: string, site = "news.example") => ({
    article_id: articleId,
    url: `https://${site}/${articleId}`,
    title,
    site,
    published,
    feed: null,
    added: [],
    provenance: null,
  });
  const sourcesOf = (i: number, title: string, published: string) => {
    if (!syndicated) return [source(i, title, published)];
    const x = spread();
    const copies = x < 0.5 ? 0 : x < 0.75 ? 1 : x < 0.9 ? 2 : 3;
    return [
      ...Array.from({ length: copies + 1 }, (_, k) =>
        source(i * SOURCE_SLOTS + k, title, published, k ? `wire${k}.example` : "news.example"),
      ),
      ...(spread() < 0.2 ? [source(i * SOURCE_SLOTS + FOLLOW_UP, `${title} update`, published, "later.example")] : []),
    ];
  };
  for (let i = 0; i < n; i++) {
    const g = random() < 0.7 ? [groups[group()]!] : [];
    const org = `${capital(vocab[100 + Math.floor(random() * 5000)]!)} ${ORG_KINDS[Math.floor(random() * ORG_KINDS.length)]}`;
    const titleWords = words(5 + Math.floor(random() * 5));
    if (g[0]) titleWords.splice(Math.floor(random() * titleWords.length), 0, g[0].name);
    titleWords.push(org);
    const first = start + Math.floor(random() * span);
    const last = first + Math.floor(random() * 30 * 86_400_000);
    const attackTypes = [...new Set([ATTACKS[attack()]!, ...(random() < 0.3 ? [ATTACKS[attack()]!] : [])])];
    const impact: ImpactType[] = random() < 0.4 ? [IMPACT_TYPES[Math.floor(random() * IMPACT_TYPES.length)]!] : [];
    yield {
      id: `inc_${i.toString(16).padStart(8, "0")}`,
      title: capital(titleWords.join(" ")),
      summary: capital(words(25 + Math.floor(random() * 25)).join(" ")) + ".",
      first_seen: new Date(first).toISOString(),
      last_seen: new Date(last).toISOString(),
      victim: { orgs: [org], type: VICTIM_TYPES[victimType()]!, country: COUNTRIES[country()]! },
      attacker_groups: g.map((x) => ({ name: x.name, slug: x.slug })),
      ransom: { status: "not-mentioned", amount: null, currency: null },
      data_volume_bytes: null,
      people_affected: null,
      attack_types: attackTypes,
      impact,
      sources: sourcesOf(i, capital(words(8).join(" ")), new Date(first).toISOString()),
      facts: [],
      evidence: [],
    };
  }
}

/** Groups items into batches of `size`, as `SearchIndex.rebuild` takes them. */
export async function* inBatches(items: Iterable<Incident>, size: number): AsyncGenerator<Incident[]> {
  let batch: Incident[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

const base = searchQuery({ sort: "relevance" });

/** Bench entry: builds the index, then times each query class on FTS5 and on the LIKE baseline. */
export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const reused = process.env.BENCH_SEARCH_DB;
  const dir = reused ? null : mkdtempSync(join(tmpdir(), "medbreach-search-bench-"));
  const path = reused ?? join(dir!, "bench.sqlite");
  const withLike = process.env.BENCH_SEARCH_LIKE !== "0";
  const rows: BenchRow[] = [];
  const bench = "search";
  try {
    const db = openSqliteDatabase(path);
    const client = sqliteClient(db);
    const groups = gazetteer();
    // As the Node runtime opens it: facets counted over an in-memory table.
    // Sources syndicated as news is (BENCH_SEARCH_SYNDICATED=0 for one source per incident, as before).
    const syndicated = process.env.BENCH_SEARCH_SYNDICATED !== "0";
    // The synthetic corpus is made while the index is built, as a store would be read; the time spent
    // making it is measured apart, so the build's own time can be read beside it.
    const corpus = { wall: 0, cpu: 0 };
    const timing = async <T>(make: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const c = process.cpuUsage();
      const out = await make();
      const used = process.cpuUsage(c);
      corpus.wall += (performance.now() - t) / 1000;
      corpus.cpu += (used.user + used.system) / 1e6;
      return out;
    };
    const texts = syntheticSourceTexts(syndicated);
    const index = createEmbeddedSearch(client, {
      groups,
      sourceTexts: (ids) => timing(() => texts(ids)),
      memoryFacets: true,
    });
    const incidents = inBatches(syntheticIncidents(N, groups, syndicated), 1000)[Symbol.asyncIterator]();
    async function* timedBatches(): AsyncGenerator<Incident[]> {
      for (;;) {
        const next = await timing(() => incidents.next());
        if (next.done) return;
        yield next.value;
      }
    }
    // Reusing a kept database (BENCH_SEARCH_DB), the build and its figures are left out.
    if (!reused) {
      const rssBefore = process.memoryUsage().rss / 1e6;

      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      await index.rebuild(timedBatches(), (done) => {
        if (done % 20_000 === 0) log(`indexed ${done}/${N}`);
      });
      const buildS = (performance.now() - t0) / 1000;
      const buildCpu = process.cpuUsage(cpu0);
      db.pragma("wal_checkpoint(TRUNCATE)");
      const sizeMb = statSync(path).size / 1e6;
      rows.push({ bench, metric: `index build, ${N} incidents`, value: buildS, unit: "s", target: "≤ 30 s" });
      rows.push({
        bench,
        metric: "index build CPU (incl. generating the corpus)",
        value: (buildCpu.user + buildCpu.system) / 1e6,
        unit: "s",
      });
      rows.push({ bench, metric: "of which generating the synthetic corpus", value: corpus.wall, unit: "s" });
      rows.push({ bench, metric: "of which generating the synthetic corpus, CPU", value: corpus.cpu, unit: "s" });
      rows.push({
        bench,
        metric: `database size (${SOURCE_WORDS} words of source text per story${syndicated ? ", syndicated" : ""})`,
        value: sizeMb,
        unit: "MB",
      });
      rows.push({ bench, metric: "peak RSS", value: peakRssMb(), unit: "MB" });
      log(
        `built in ${buildS.toFixed(1)} s, ${sizeMb.toFixed(0)} MB, RSS grew ${(process.memoryUsage().rss / 1e6 - rssBefore).toFixed(0)} MB`,
      );
    }

    // The baseline: the same text columns in a plain table, searched with LIKE '%word%'.
    if (withLike)
      db.exec(`CREATE TABLE IF NOT EXISTS like_docs AS SELECT d.id AS id, d.last_seen AS last_seen, d.victim_type AS victim_type, d.country AS country,
               f.title || ' ' || f.names || ' ' || f.body || ' ' || f.sources AS text FROM search_docs d JOIN search_fts f ON f.rowid = d.id`);

    // Query material drawn from indexed documents, so every query can have hits.
    const random = rng(7);
    // Drawn by incident, not by document id: ids are sparse (grouped by month), incident ids are the generation order.
    const sample = db.prepare(
      `SELECT f.title AS title FROM search_docs d JOIN search_fts f ON f.rowid = d.id WHERE d.incident_id = ?`,
    );
    const common = new Set(COMMON.slice(0, 100));
    const titleWords = () => {
      for (;;) {
        const row = sample.get(
          `inc_${Math.floor(random() * N)
            .toString(16)
            .padStart(8, "0")}`,
        ) as { title: string } | undefined;
        const words = (row?.title ?? "")
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => /^[a-z]{3,}$/.test(w) && !common.has(w));
        if (words.length >= 3) return words;
      }
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    // Text classes are what search-as-you-type and digests ask (hits and exact total, no facets);
    // the filter classes are what the list page asks (hits, total and every facet).
    const text = { ...base, facets: false };
    const classes: [string, () => SearchQuery, string][] = [
      [
        "one common word",
        () => ({ ...text, q: pick(["hospital", "ransomware", "data", "attack", "patients", "health"]) }),
        "≤ 10 ms",
      ],
      ["one word", () => ({ ...text, q: pick(titleWords()) }), "≤ 10 ms"],
      ["three words", () => ({ ...text, q: titleWords().slice(0, 3).join(" ") }), "≤ 10 ms"],
      ["a prefix", () => ({ ...text, q: pick(titleWords()).slice(0, 4) }), "≤ 10 ms"],
      [
        "one common word, with facets",
        () => ({ ...base, q: pick(["hospital", "ransomware", "data", "attack", "patients", "health"]) }),
        "≤ 25 ms (goal 15)",
      ],
      ["a filter only, with facets", () => ({ ...base, sort: "newest", victim_type: [pick(VICTIM_TYPES)] }), "≤ 10 ms"],
      [
        "text + two filters, with facets",
        () => ({
          ...base,
          q: pick(titleWords()),
          victim_type: [pick(VICTIM_TYPES.slice(0, 4))],
          country: [pick(COUNTRIES.slice(0, 5))],
        }),
        "≤ 10 ms",
      ],
      [
        "one common word, two groups OR-ed and an impact, with facets",
        () => ({
          ...base,
          q: pick(["hospital", "ransomware", "data", "attack", "patients", "health"]),
          attacker: [pick(groups.slice(0, 10)).slug, pick(groups.slice(10, 40)).slug],
          impact: [pick(IMPACT_TYPES)],
        }),
        "≤ 25 ms",
      ],
    ];

    const like = (q: SearchQuery) => {
      const where: string[] = [];
      const params: unknown[] = [];
      for (const w of q.q.split(/\s+/).filter(Boolean)) {
        where.push("text LIKE ?");
        params.push(`%${w}%`);
      }
      if (q.victim_type.length) (where.push("victim_type = ?"), params.push(q.victim_type[0]));
      if (q.country.length) (where.push("country = ?"), params.push(q.country[0]));
      const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
      db.prepare(`SELECT id FROM like_docs ${w} ORDER BY last_seen DESC LIMIT 20`).all(...params);
      db.prepare(`SELECT victim_type, COUNT(*) FROM like_docs ${w} GROUP BY victim_type`).all(...params);
    };

    for (let i = 0; i < WARMUP; i++) await index.search(pick(classes)[1]());
    for (const [name, make, target] of classes) {
      const queries = Array.from({ length: QUERIES }, make);
      const times: number[] = [];
      const cpu: number[] = [];
      let hits = 0;
      for (const q of queries) {
        const t = performance.now();
        const c = process.cpuUsage();
        const r = await index.search(q);
        times.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
        hits += r.total;
      }
      const base: number[] = [];
      for (const q of withLike ? queries.slice(0, BASELINE_QUERIES) : []) {
        const t = performance.now();
        like(q);
        base.push(performance.now() - t);
      }
      rows.push({
        bench,
        metric: `${name}: p50`,
        value: percentile(times, 50),
        unit: "ms",
        ...(withLike ? { baseline: percentile(base, 50) } : {}),
      });
      rows.push({
        bench,
        metric: `${name}: p99`,
        value: percentile(times, 99),
        unit: "ms",
        ...(withLike ? { baseline: percentile(base, 99) } : {}),
        ...(target ? { target } : {}),
      });
      // CPU time beside wall time: on a shared 2-core machine the wall clock also measures the neighbours.
      rows.push({ bench, metric: `${name}: CPU p50`, value: percentile(cpu, 50), unit: "ms" });
      rows.push({ bench, metric: `${name}: CPU p99`, value: percentile(cpu, 99), unit: "ms" });
      const slowest = times
        .map((t, i) => [t, i] as const)
        .sort((a, b) => b[0] - a[0])
        .slice(0, 3);
      log(
        `${name}: slowest ${slowest.map(([t, i]) => `${JSON.stringify(queries[i]!.q)} ${t.toFixed(1)} ms`).join(", ")}`,
      );
      log(
        `${name}: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms (CPU ${percentile(cpu, 50).toFixed(2)} / ${percentile(cpu, 99).toFixed(2)}), mean total ${(hits / QUERIES).toFixed(0)}; LIKE p50 ${percentile(base, 50).toFixed(1)} ms`,
      );
    }
    // The runs above keep the matches of recent text expressions; a fresh index shows what a common
    // word with facets costs the first time (after its facet table is read, which the first search does).
    const fresh = createEmbeddedSearch(client, { groups, memoryFacets: true });
    const tLoad = performance.now();
    await fresh.search({ ...base, q: "zzzz" });
    rows.push({
      bench,
      metric: "facet table read (first search after a write)",
      value: performance.now() - tLoad,
      unit: "ms",
    });
    const firstTimes: number[] = [];
    for (const q of ["hospital", "ransomware", "data", "attack", "patients", "health"]) {
      const t = performance.now();
      await fresh.search({ ...base, q });
      firstTimes.push(performance.now() - t);
    }
    rows.push({
      bench,
      metric: "one common word, with facets, first time: max of 6",
      value: Math.max(...firstTimes),
      unit: "ms",
    });
    log(`common words with facets, first time: ${firstTimes.map((t) => t.toFixed(1)).join(", ")} ms`);
    await client.close();
  } finally {
    if (dir && !process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else log(path);
  }
  return rows;
}

// Cost of clustering one new article as the incident count grows, with the keyed candidate index
// (what the pipeline and the extract command do) beside a brute-force scan of every incident.
import { BatchClusterer, type BatchDoc } from "../src/cluster/batch";
import { bestMatch } from "../src/cluster/match";
import { articleProfile, type MatchProfile } from "../src/cluster/profile";
import { VICTIM_TYPES, type Entities } from "../src/model";
import { percentile, type BenchRow } from "./harness";

/** Shown in the bench table. */
export const title = "cluster: add one article at 1k / 10k / 100k incidents, keyed index vs brute force";

const SIZES = [1_000, 10_000, 100_000];
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
  const text = `${s.victim} was hit by a cyber attack. ` + Array.from({ length: 140 }, () => pick(vocabulary)).join(" ");
  const n = serial++;
  return { id: String(n), url: `https://news.example/${n}`, site: "news.example", title: s.victim, text, published: new Date(Date.UTC(2020, 0, 1) + (s.day + dayOffset) * 86_400_000).toISOString(), entities };
}

/** Brute force: score the article against every incident profile. */
function bruteForce(doc: BatchDoc, all: MatchProfile[]): number {
  return bestMatch(articleProfile(doc), all);
}

/** Grows one clusterer through the sizes, timing additions (half follow-ups, half new incidents) at each. */
export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const clusterer = new BatchClusterer();
  const stories: Story[] = [];
  const profiles: MatchProfile[] = [];
  const rows: BenchRow[] = [];
  let day = 0;
  const grow = (to: number) => {
    while (stories.length < to) {
      const s = newStory((day += 0.05));
      const doc = report(s, 0);
      const profile = articleProfile(doc);
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
    log(`${size}: keyed p50 ${k.toFixed(0)} µs, p99 ${percentile(keyed, 99).toFixed(0)} µs; brute force p50 ${percentile(brute, 50).toFixed(0)} µs over ${brute.length} articles`);
    rows.push({ bench: "cluster", metric: `add one article, ${size / 1000}k incidents (p50)`, value: k, unit: "µs", baseline: percentile(brute, 50), target: "grows ≤ log n" });
    rows.push({ bench: "cluster", metric: `add one article, ${size / 1000}k incidents (p99)`, value: percentile(keyed, 99), unit: "µs" });
  }
  const growth = p50[p50.length - 1]! / p50[0]!;
  const allowed = Math.log(SIZES[SIZES.length - 1]!) / Math.log(SIZES[0]!);
  rows.push({ bench: "cluster", metric: "keyed cost growth 1k → 100k", value: growth, unit: "×", target: `≤ ${allowed.toFixed(2)}× (log n ratio)` });
  return rows;
}

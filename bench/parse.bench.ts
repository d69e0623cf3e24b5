// Feed parsing and article-page extraction, each beside the plain library call it replaces.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { load as loadParse5 } from "cheerio";
import { load as loadSlim } from "cheerio/slim";
import Parser from "rss-parser";
import { extractArticlePage } from "../src/parse/article-page";
import { decodeBytes } from "../src/parse/decode";
import { parseFeed, parseFeedWithReport } from "../src/parse/parse-feed";
import { readWithRssParser } from "../src/parse/read-rss-parser";
import { readXmlFeed } from "../src/parse/read-xml-feed";
import { routeFeed } from "../src/parse/route-feed";
import { median, type BenchRow } from "./harness";

/** Shown in the bench table. */
export const title = "parse: feeds (1,000-item RSS, corpus) and article pages";

const NOW = "2026-11-28T00:00:00.000Z";
const ROUNDS = 7;
/** Rounds of the side-by-side feed measurements: each round runs every task once, so load drifts hit all alike. */
const FEED_ROUNDS = 15;
const CORPUS = resolve(fileURLToPath(new URL("..", import.meta.url)), "../shared/corpus/feeds");

/** Deterministic pseudo-random numbers (mulberry32), so every run parses the same bytes. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "hospital trust ransomware attack patients systems offline elective surgery postponed data breach nhs cyber incident investigation lockbit clinic records stolen recovery".split(
    " ",
  );

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
}

/** A 1,000-item RSS 2.0 feed shaped like a trade journal's (content:encoded, dc:creator, categories). */
function generatedFeed(): string {
  const next = rng(42);
  const items = Array.from({ length: 1000 }, (_, i) => {
    const paragraphs = Array.from({ length: 6 }, () => `<p>${sentence(next, 40)}.</p>`).join("");
    return `<item><title>${sentence(next, 8)}</title><link>https://news.example/2025/${i}?utm_source=rss</link>
<guid isPermaLink="false">news-${i}</guid><pubDate>Mon, 03 Nov 2025 ${String(i % 24).padStart(2, "0")}:00:00 GMT</pubDate>
<dc:creator>Reporter ${i % 17}</dc:creator><category>Security</category><category>NHS</category>
<description>${sentence(next, 30)}</description><content:encoded><![CDATA[${paragraphs}<p>Source: v3</p>]]></content:encoded></item>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Generated</title><link>https://news.example/</link>${items}</channel></rss>`;
}

/** A ~75 KiB news page: head metadata, a big inline style and state script, nav, article, ads, related links, footer. */
function generatedPage(seed: number): string {
  const next = rng(seed);
  const nav = Array.from({ length: 120 }, (_, i) => `<li><a href="/section/${i}">${sentence(next, 2)}</a></li>`).join(
    "",
  );
  const style = Array.from(
    { length: 250 },
    (_, i) => `.c${i}{margin:${i}px;color:#${(i * 4099).toString(16).slice(0, 6)}}`,
  ).join("");
  const body = Array.from({ length: 85 }, (_, i) =>
    i % 20 === 10
      ? `<div class="ad-slot">Advertisement</div><p>${sentence(next, 20)}.</p>`
      : `<p>${sentence(next, 20)}.</p>`,
  ).join("");
  const related = Array.from({ length: 85 }, (_, i) => `<li><a href="/story/${i}">${sentence(next, 6)}</a></li>`).join(
    "",
  );
  return `<!DOCTYPE html><html><head><title>Story ${seed}</title><meta property="og:title" content="Story ${seed}">
<meta property="article:published_time" content="2025-11-03T09:30:00Z"><style>${style}</style>
<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 300 }, (_, i) => ({ id: i, text: sentence(next, 6) })) })}</script></head>
<body><header><nav><ul>${nav}</ul></nav></header><article><h1>Story ${seed}</h1>${body}<p>Source: Computing</p>
<div class="newsletter-signup"><form><input name="email"></form></div><aside><ul>${related}</ul></aside></article>
<footer><p>Footer</p></footer></body></html>`;
}

/** Median wall and CPU milliseconds of `rounds` runs after one warm-up; CPU time is steadier on a busy machine. */
async function timeRounds(
  task: () => Promise<unknown> | unknown,
  rounds = ROUNDS,
): Promise<{ wall: number; cpu: number }> {
  return (await timeInterleaved({ task }, rounds)).task!;
}

// A full collection before each timed run, so no task pays for the garbage of the one before it.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * Median wall and CPU milliseconds of each task, timed side by side: every task is warmed up the same way, then
 * each round runs every task once (starting with a different one each round) after a full collection. Timing one
 * task's rounds and then the next's let the machine's load change in between and let the later task run on code
 * the earlier one had warmed (rss-parser inside parseFeed warms rss-parser alone).
 */
async function timeInterleaved<K extends string>(
  tasks: Record<K, () => Promise<unknown> | unknown>,
  rounds: number,
): Promise<Record<K, { wall: number; cpu: number }>> {
  const names = Object.keys(tasks) as K[];
  for (let warm = 0; warm < 2; warm++) for (const name of names) await tasks[name]();
  const wall = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  const cpu = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      collectGarbage();
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      await tasks[name]();
      const used = process.cpuUsage(cpuStart);
      wall[name].push(performance.now() - started);
      cpu[name].push((used.user + used.system) / 1000);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { wall: median(wall[n]), cpu: median(cpu[n]) }])) as Record<
    K,
    { wall: number; cpu: number }
  >;
}

const ms = (t: { wall: number; cpu: number }, per = 1) =>
  `${(t.wall / per).toFixed(2)} ms (cpu ${(t.cpu / per).toFixed(2)})`;

async function settleRssParser(parser: Parser, xml: string): Promise<number | null> {
  try {
    return (await parser.parseString(xml)).items.length;
  } catch {
    return null;
  }
}

/** Runs the three measurements and returns their rows. */
export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const rssParser = new Parser();

  const xml = generatedFeed();
  const bytes = new TextEncoder().encode(xml);
  const mb = bytes.length / 1048576;
  log(`generated feed: 1,000 items, ${mb.toFixed(2)} MB`);
  // parseFeed, rss-parser alone, parseFeed's own path for this feed (route + rss-parser + mapping), and the
  // fallback reader on the same text, side by side.
  const timed = await timeInterleaved(
    {
      ours: () => parseFeed(bytes, { url: "https://news.example/rss", now: NOW }),
      theirs: () => rssParser.parseString(xml),
      readOnly: async () => {
        const text = decodeBytes(bytes);
        const route = routeFeed(text);
        if (typeof route === "string") throw new Error(`the generated feed was routed to the reader (${route})`);
        return readWithRssParser(text, route);
      },
      fallbackOnly: () => readXmlFeed(decodeBytes(bytes), "https://news.example/rss"),
    },
    FEED_ROUNDS,
  );
  const { ours, theirs, readOnly, fallbackOnly } = timed;
  log(
    `1,000-item feed: parseFeed ${ms(ours)} (decode+parse+sanitise+text), of which decode+route+rss-parser read ${ms(readOnly)}; fallback reader ${ms(fallbackOnly)}; rss-parser alone ${ms(theirs)} (parse only)`,
  );
  rows.push(
    {
      bench: "parse",
      metric: "1,000-item RSS: decode+route+rss-parser read, items/s",
      value: 1000 / (readOnly.wall / 1000),
      unit: "items/s",
      baseline: 1000 / (theirs.wall / 1000),
    },
    {
      bench: "parse",
      metric: "1,000-item RSS: decode+fallback reader, items/s",
      value: 1000 / (fallbackOnly.wall / 1000),
      unit: "items/s",
      baseline: 1000 / (theirs.wall / 1000),
    },
    {
      bench: "parse",
      metric: "1,000-item RSS: items/s",
      value: 1000 / (ours.wall / 1000),
      unit: "items/s",
      baseline: 1000 / (theirs.wall / 1000),
    },
    {
      bench: "parse",
      metric: "1,000-item RSS: items per CPU second",
      value: 1000 / (ours.cpu / 1000),
      unit: "items/s",
      baseline: 1000 / (theirs.cpu / 1000),
    },
    {
      bench: "parse",
      metric: "1,000-item RSS: MB/s",
      value: mb / (ours.wall / 1000),
      unit: "MB/s",
      baseline: mb / (theirs.wall / 1000),
    },
  );

  if (existsSync(join(CORPUS, "MANIFEST.tsv"))) {
    const manifest = readFileSync(join(CORPUS, "MANIFEST.tsv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t"));
    const files = manifest.map(([path, , , , kind, wellformed, , count]) => ({
      bytes: readFileSync(join(CORPUS, path!)),
      strict: wellformed === "yes" && ["rss2", "rss1", "atom"].includes(kind!),
      count: Number(count),
    }));
    const texts = files.map((f) => f.bytes.toString("utf8"));
    const corpusMb = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1048576;
    let exactOurs = 0;
    let exactTheirs = 0;
    let byRssParser = 0;
    const corpusTimes = await timeInterleaved(
      {
        ours: async () => {
          exactOurs = 0;
          byRssParser = 0;
          for (const f of files) {
            const report = await parseFeedWithReport(f.bytes, { url: "https://corpus.example/feed", now: NOW }).catch(
              () => null,
            );
            if (f.strict && report?.feed.items.length === f.count) exactOurs++;
            if (f.strict && report?.reader === "rss-parser") byRssParser++;
          }
        },
        theirs: async () => {
          exactTheirs = 0;
          for (let i = 0; i < files.length; i++) {
            const n = await settleRssParser(rssParser, texts[i]!);
            if (files[i]!.strict && n === files[i]!.count) exactTheirs++;
          }
        },
      },
      3,
    );
    const oursMs = corpusTimes.ours;
    const theirsMs = corpusTimes.theirs;
    const strict = files.filter((f) => f.strict).length;
    log(
      `corpus: ${files.length} files, ${corpusMb.toFixed(1)} MB in ${ms(oursMs)}, rss-parser ${ms(theirsMs)}; exact item counts on well-formed RSS/Atom: ours ${exactOurs}/${strict} (${byRssParser} read by rss-parser, ${strict - byRssParser} by the fallback reader), rss-parser alone ${exactTheirs}/${strict}`,
    );
    rows.push(
      {
        bench: "parse",
        metric: `corpus (${files.length} files): MB/s`,
        value: corpusMb / (oursMs.wall / 1000),
        unit: "MB/s",
        baseline: corpusMb / (theirsMs.wall / 1000),
      },
      {
        bench: "parse",
        metric: `corpus: well-formed feeds with exact item count (of ${strict})`,
        value: exactOurs,
        unit: "files",
        baseline: exactTheirs,
        target: `${strict}`,
      },
      {
        bench: "parse",
        metric: `corpus: well-formed feeds read by rss-parser (of ${strict}), rest by the fallback reader`,
        value: byRssParser,
        unit: "files",
      },
    );
  } else {
    log(`corpus not found at ${CORPUS}: corpus rows skipped`);
  }

  const pages = Array.from({ length: 20 }, (_, i) => generatedPage(i + 1));
  log(`article pages: 20 × ${(pages.reduce((s, p) => s + p.length, 0) / 20 / 1024).toFixed(0)} KiB`);
  const perPage = async (task: (html: string) => unknown) => {
    const t = await timeRounds(() => pages.forEach(task), 5);
    return { wall: t.wall / pages.length, cpu: t.cpu / pages.length };
  };
  const extract = await perPage((html) => extractArticlePage(html, "https://news.example/story"));
  const slimLoad = await perPage((html) => loadSlim(html));
  const parse5Load = await perPage((html) => loadParse5(html));
  log(
    `per page: extractArticlePage ${ms(extract)}; load only: cheerio/slim ${ms(slimLoad)}, cheerio (parse5) ${ms(parse5Load)}`,
  );
  rows.push(
    {
      bench: "parse",
      metric: "article page: extract (cheerio/slim) vs parse5 load alone",
      value: extract.wall,
      unit: "ms/page",
      baseline: parse5Load.wall,
    },
    {
      bench: "parse",
      metric: "article page: cheerio/slim load vs parse5 load",
      value: slimLoad.wall,
      unit: "ms/page",
      baseline: parse5Load.wall,
    },
  );
  return rows;
}

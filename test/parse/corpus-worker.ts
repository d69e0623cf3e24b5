/**
 * Child process of the corpus test: parses the files named on the command line one by one and
 * writes one JSON line per event, so the parent can tell which file a crash or hang happened on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeBytes } from "../../src/parse/decode";
import { normaliseFeed } from "../../src/parse/normalise";
import { FeedParseError, parseFeedWithReport, type FallbackReason } from "../../src/parse/parse-feed";
import { readXmlFeed } from "../../src/parse/read-xml-feed";

/** One file's result as the parent receives it. */
export interface CorpusOutcome {
  path: string;
  status: "resolved" | "rejected" | "crashed" | "hung";
  /** CPU milliseconds the file took: unlike wall time, it does not grow when other processes share the cores. */
  ms: number;
  error?: { name: string; message: string; code: string | null; isError: boolean; isFeedParseError: boolean };
  items?: number;
  /** Which parser read the file, and why not rss-parser. */
  reader?: "rss-parser" | "fallback" | "json-feed";
  fallback?: FallbackReason | null;
  /** For files rss-parser read: whether the reader gives exactly the same normalised feed. */
  sameAsReader?: boolean;
  title?: string | null;
  link?: string | null;
  sample?: { title: string; url: string; published: string | null; author: string | null }[];
}

const NOW = "2026-11-28T00:00:00.000Z";

function emit(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error) => {
    emit({ event: "crash", message: String(error) });
    process.exit(70);
  });
}

const [root, ...paths] = process.argv.slice(2);
for (const path of paths) {
  emit({ event: "start", path });
  const bytes = readFileSync(join(root!, path));
  const started = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  let outcome: CorpusOutcome;
  try {
    const url = `https://corpus.example/${path}`;
    const { feed, reader, fallback } = await parseFeedWithReport(bytes, { url, now: NOW });
    const ms = cpuMs();
    const sameAsReader =
      reader === "rss-parser"
        ? JSON.stringify(feed) === JSON.stringify(normaliseFeed(readXmlFeed(decodeBytes(bytes), url), url, NOW))
        : undefined;
    outcome = {
      path,
      status: "resolved",
      ms,
      items: feed.items.length,
      reader,
      fallback,
      sameAsReader,
      title: feed.title,
      link: feed.link,
      sample: feed.items.slice(0, 3).map(({ title, url, published, author }) => ({ title, url, published, author })),
    };
  } catch (error) {
    outcome = {
      path,
      status: "rejected",
      ms: cpuMs(),
      error: {
        name: error instanceof Error ? error.name : typeof error,
        message: error instanceof Error ? error.message : String(error),
        code: error instanceof FeedParseError ? error.code : null,
        isError: error instanceof Error,
        isFeedParseError: error instanceof FeedParseError,
      },
    };
  }
  emit({ event: "done", outcome, rssMb: process.memoryUsage().rss / 1048576 });
}

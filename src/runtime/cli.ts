// The command-line entry: `npm run poll`, `npm run feeds`, `npm run reindex`.
import { writeSync } from "node:fs";
import { publicIncident } from "../cluster/public-incident";
import { extractEntities } from "../extract";
import { createProgress } from "../lib/progress";
import { reclusterAll } from "../pipeline/assign-incident";
import type { Incident } from "../model";
import { OpmlError, toOpml } from "../parse/opml";
import { loadConfigOrExit } from "./load-config";
import { createNodeContext, type NodeContext } from "./node-context";
import { formatPollSummary } from "./poll-summary";
import { exitOnStartupError, StartupError } from "./startup";

const HELP: Record<string, string> = {
  poll: `usage: npm run poll -- [--once | --all]
  --once  poll every feed that is due, once (the default)
  --all   poll every feed, ignoring due times
Shows progress on a terminal and a per-feed summary at the end. Exits 0 even when some feeds failed.`,
  feeds: `usage: npm run feeds -- import FILE.opml | export
  import FILE.opml  add the feeds of an OPML file (feeds already stored are kept)
  export            write every stored feed as OPML 2.0 to stdout`,
  reindex: `usage: npm run reindex
Re-extracts entities from every stored article, rebuilds the incidents from them and the search index
from the incidents, with progress. Run it after upgrading the extractor or the clustering.`,
};

const [command = "", ...args] = process.argv.slice(2);
if (!HELP[command]) {
  console.error(`unknown command "${command}"; one of: ${Object.keys(HELP).join(", ")}`);
  process.exit(2);
}
if (args.includes("--help") || args.includes("-h")) {
  console.log(HELP[command]);
  process.exit(0);
}

const config = loadConfigOrExit();
const ctx = await createNodeContext(config, { assetsDir: null }).catch((err: unknown) =>
  exitOnStartupError(err, `medbreach ${command}`),
);
try {
  process.exitCode = await (
    { poll, feeds, reindex } as Record<string, (ctx: NodeContext, args: string[]) => Promise<number>>
  )[command]!(ctx, args);
} catch (err) {
  console.error(
    `medbreach ${command}: ${err instanceof Error ? err.message : String(err)}${err instanceof StartupError ? ` (${err.setting})` : ""}`,
  );
  process.exitCode = 1;
} finally {
  await ctx.close();
}

async function poll(ctx: NodeContext, args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--once" && a !== "--all");
  if (unknown.length) throw new Error(`unknown option ${unknown[0]}\n${HELP.poll}`);
  if (ctx.config.FEEDS_OPML && (await ctx.pipeline.store.listFeeds()).length === 0)
    await ctx.importOpml(ctx.config.FEEDS_OPML);
  let total = 0;
  let added = 0;
  const progress = { bar: null as ReturnType<typeof createProgress> | null };
  const report = await ctx.poll({
    all: args.includes("--all"),
    onFeedDone: (result, done, n) => {
      total = n;
      added += result.new_articles;
      progress.bar ??= createProgress("polling", total);
      progress.bar.update(done, `${added} new articles`);
    },
  });
  progress.bar?.done(`${added} new articles`);
  if ("skipped" in report) {
    console.error(`medbreach poll: skipped, ${report.reason}`);
    return 0;
  }
  console.log(report.feeds.length ? formatPollSummary(report) : "no feed is due (use --all to poll every feed)");
  return 0;
}

async function feeds(ctx: NodeContext, args: string[]): Promise<number> {
  const [sub, file] = args;
  if (sub === "import" && file) {
    try {
      const added = await ctx.importOpml(file);
      console.log(`imported ${added} new feeds from ${file}`);
      return 0;
    } catch (err) {
      if (err instanceof OpmlError || (err as NodeJS.ErrnoException).code === "ENOENT")
        throw new Error(`${file}: ${(err as Error).message}`);
      throw err;
    }
  }
  if (sub === "export") {
    const xml = toOpml(await ctx.pipeline.store.listFeeds(), "medbreach feeds", new Date());
    writeSync(1, xml);
    return 0;
  }
  throw new Error(HELP.feeds);
}

async function reindex(ctx: NodeContext): Promise<number> {
  const { store, search, registry } = ctx.pipeline;
  const articles = await store.countArticles();
  const extracting = createProgress("extracting", articles);
  let done = 0;
  for (let after = 0; ;) {
    const batch = await store.listArticles(after, 500);
    if (!batch.length) break;
    for (const a of batch)
      await store.setArticleEntities(
        a.id,
        extractEntities({ url: a.url, site: a.site, title: a.title, text: a.text }, registry),
      );
    after = batch[batch.length - 1]!.id;
    extracting.update((done += batch.length));
  }
  extracting.done();
  const clustering = createProgress("clustering", articles);
  const incidents = await reclusterAll(store, (n) => clustering.update(n));
  clustering.done();
  const indexing = createProgress("indexing", incidents);
  async function* batches(): AsyncIterable<Incident[]> {
    let after = "";
    for (;;) {
      const batch = await store.listIncidents(after, 500);
      if (!batch.length) return;
      after = batch[batch.length - 1]!.id;
      yield batch.map(publicIncident);
    }
  }
  await search.rebuild(batches(), (n) => indexing.update(n));
  indexing.done();
  console.log(`${articles} articles, ${incidents} incidents indexed`);
  return 0;
}

// `npm run demo`: the whole product offline — the bundled sample feeds served on loopback, ingested into a throw-away data dir.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../app";
import { loadConfigOrExit } from "./load-config";
import { createNodeContext, type NodeContext } from "./node-context";
import { formatPollSummary } from "./poll-summary";
import { startSampleFeedServer } from "./sample-feed-server";
import { createScheduler } from "./scheduler";
import { exitOnStartupError, listen } from "./startup";

if (process.argv.includes("--help")) {
  console.log(`usage: npm run demo
Serves the sample feeds in feeds/samples/ on 127.0.0.1, ingests them into a temporary data dir
and serves the UI on http://127.0.0.1:$PORT/ (default 8787). Nothing touches the internet; the data dir is removed on exit.`);
  process.exit(0);
}

const samples = join(process.cwd(), "feeds", "samples");
const dataDir = mkdtempSync(join(tmpdir(), "medbreach-demo-"));
let feeds: Awaited<ReturnType<typeof startSampleFeedServer>> | null = null;
let ctx: NodeContext | null = null;
let server: Server | null = null;

/** Everything the demo made goes away however it ends: the data dir is temporary by promise. */
async function cleanUp() {
  server?.close();
  await feeds?.close();
  await ctx?.close();
  rmSync(dataDir, { recursive: true, force: true });
}

async function start() {
  feeds = await startSampleFeedServer(samples);
  const opml = join(dataDir, "samples.opml");
  writeFileSync(opml, readFileSync(join(samples, "samples.opml"), "utf8").replaceAll("{{BASE}}", feeds.base));
  const config = loadConfigOrExit({
    ...process.env,
    DATA_DIR: dataDir,
    FEEDS_OPML: opml,
    ALLOW_PRIVATE_FEEDS: "1",
    // The sample items link to fictional .example pages: there is nothing to fetch.
    FETCH_ARTICLE_PAGES: "0",
    POLL_INTERVAL_MINUTES: "0",
  });
  ctx = await createNodeContext(config);
  const context = ctx;
  const scheduler = createScheduler(
    (o) => context.poll({ ...o, all: true }),
    0,
    (l) => console.log(`[medbreach demo] ${l}`),
    () => context.pipeline.store.getLock("poll"),
  );
  // Listen before ingesting: a port in use is known at once, not after the poll.
  server = await listen(
    createApp({ ...context.app, startPoll: () => scheduler.trigger() }).fetch,
    config.HOST,
    config.PORT,
  );
  const searchReady = context.startSearch();
  await context.importOpml(opml);
  const report = await context.poll({ all: true });
  await searchReady;
  if (!("skipped" in report)) console.log(formatPollSummary(report));
  const incidents = await context.pipeline.store.countIncidents();
  const { address, port } = server.address() as AddressInfo;
  console.log(`\nmedbreach demo: ${incidents} sample incidents — open http://${address}:${port}/ (Ctrl-C to stop)`);
}

const shutdown = async () => {
  await cleanUp();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
await start().catch(async (err: unknown) => {
  await cleanUp().catch(() => {});
  exitOnStartupError(err, "medbreach demo");
});

// `npm run demo`: the whole product offline — the bundled sample feeds served on loopback, ingested into a throw-away data dir.
import { serve } from "@hono/node-server";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../app";
import { loadConfigOrExit } from "./load-config";
import { createNodeContext } from "./node-context";
import { formatPollSummary } from "./poll-summary";
import { startSampleFeedServer } from "./sample-feed-server";
import { createScheduler } from "./scheduler";

if (process.argv.includes("--help")) {
  console.log(`usage: npm run demo
Serves the sample feeds in feeds/samples/ on 127.0.0.1, ingests them into a temporary data dir
and serves the UI on http://127.0.0.1:$PORT/ (default 8787). Nothing touches the internet; the data dir is removed on exit.`);
  process.exit(0);
}

const samples = join(process.cwd(), "feeds", "samples");
const feeds = await startSampleFeedServer(samples);
const dataDir = mkdtempSync(join(tmpdir(), "medbreach-demo-"));
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
const ctx = await createNodeContext(config);
await ctx.importOpml(opml);
const report = await ctx.poll({ all: true });
if (!("skipped" in report)) console.log(formatPollSummary(report));
const incidents = await ctx.pipeline.store.countIncidents();
const scheduler = createScheduler((o) => ctx.poll({ ...o, all: true }), 0, (l) => console.log(`[medbreach demo] ${l}`));
const app = createApp({ ...ctx.app, startPoll: () => scheduler.trigger() });
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`\nmedbreach demo: ${incidents} sample incidents — open http://${info.address}:${info.port}/ (Ctrl-C to stop)`);
});

const shutdown = async () => {
  server.close();
  await feeds.close();
  await ctx.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

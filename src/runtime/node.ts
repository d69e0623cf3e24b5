// `npm start`: the HTTP server and the poll scheduler over the embedded store.
import { serve } from "@hono/node-server";
import { existsSync } from "node:fs";
import { createApp } from "../app";
import { loadConfigOrExit } from "./load-config";
import { createNodeContext } from "./node-context";
import { createScheduler } from "./scheduler";

if (process.argv.includes("--help")) {
  console.log(`usage: npm start
Serves the medbreach UI, API and digests, and polls the feed catalogue every POLL_INTERVAL_MINUTES.
Configuration comes from the environment (see README.md): PORT, HOST, DATA_DIR, FEEDS_OPML, POLL_INTERVAL_MINUTES,
MEILI_HOST, MEILI_API_KEY, ADMIN_TOKEN, ALLOW_PRIVATE_FEEDS, FETCH_ARTICLE_PAGES.`);
  process.exit(0);
}

const config = loadConfigOrExit();
const ctx = await createNodeContext(config);
const log = (line: string) => console.log(`[medbreach] ${line}`);

if (existsSync(config.FEEDS_OPML)) {
  const added = await ctx.importOpml(config.FEEDS_OPML);
  if (added) log(`imported ${added} feeds from ${config.FEEDS_OPML}`);
} else log(`feed catalogue ${config.FEEDS_OPML} not found; starting with the feeds already stored`);

const scheduler = createScheduler((o) => ctx.poll(o), config.POLL_INTERVAL_MINUTES, log);
const app = createApp({ ...ctx.app, startPoll: () => scheduler.trigger() });
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  log(`serving on http://${info.address}:${info.port}/`);
  if (config.POLL_INTERVAL_MINUTES > 0) scheduler.start();
});

const shutdown = async () => {
  log("shutting down");
  server.close();
  await scheduler.stop();
  await ctx.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

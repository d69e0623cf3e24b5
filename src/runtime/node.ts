// `npm start`: the HTTP server and the poll scheduler over the embedded store.
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createApp } from "../app";
import { loadConfigOrExit } from "./load-config";
import { createNodeContext } from "./node-context";
import { createScheduler } from "./scheduler";
import { exitOnStartupError, listen } from "./startup";

if (process.argv.includes("--help")) {
  console.log(`usage: npm start
Serves the medbreach UI, API and digests, and polls the feed catalogue every POLL_INTERVAL_MINUTES.
Configuration comes from the environment (see README.md): PORT, HOST, DATA_DIR, FEEDS_OPML, POLL_INTERVAL_MINUTES,
MEILI_HOST, MEILI_API_KEY, ADMIN_TOKEN, PUBLIC_URL, TRUST_PROXY, ALLOW_PRIVATE_FEEDS, FETCH_ARTICLE_PAGES,
MAX_ITEMS_PER_FEED, MAX_PAGE_FETCHES_PER_POLL, MAX_CONCURRENT_SEARCHES, SEARCH_TIME_SHARE, SEARCH_CLIENT_SHARE,
SEARCH_THREADS.`);
  process.exit(0);
}

const config = loadConfigOrExit();
const log = (line: string) => console.log(`[medbreach] ${line}`);

async function start() {
  const ctx = await createNodeContext(config);
  try {
    // Search threads start while the catalogue is read, and are ready before the first request.
    const searchReady = ctx.startSearch();
    if (existsSync(config.FEEDS_OPML)) {
      const added = await ctx.importOpml(config.FEEDS_OPML);
      if (added) log(`imported ${added} feeds from ${config.FEEDS_OPML}`);
    } else log(`feed catalogue ${config.FEEDS_OPML} not found; starting with the feeds already stored`);
    if ((await ctx.pipeline.store.listFeeds()).length === 0)
      log(`no feeds yet: add some to ${config.FEEDS_OPML} or with POST /api/feeds`);

    const scheduler = createScheduler(
      (o) => ctx.poll(o),
      config.POLL_INTERVAL_MINUTES,
      log,
      () => ctx.pipeline.store.getLock("poll"),
    );
    const app = createApp({ ...ctx.app, startPoll: () => scheduler.trigger() });
    await searchReady;
    const server = await listen(app.fetch, config.HOST, config.PORT);
    const { address, port } = server.address() as AddressInfo;
    log(`serving on http://${address}:${port}/`);
    if (config.POLL_INTERVAL_MINUTES > 0) scheduler.start();

    const shutdown = async () => {
      log("shutting down");
      server.close();
      await scheduler.stop();
      await ctx.close();
      process.exit(0);
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  } catch (err) {
    await ctx.close();
    throw err;
  }
}

await start().catch((err: unknown) => exitOnStartupError(err));

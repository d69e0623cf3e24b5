// A medbreach HTTP server over N synthetic incidents in a process of its own: prints its base URL as one JSON
// line and serves until stdin closes. Args: N, gated (1 = the default search limits, 0 = none).
import { serve } from "@hono/node-server";
import { createApp } from "../src/app";
import { findGroup, listGroups } from "../src/extract/gazetteer";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import { parseConfig } from "../src/config/config";
import { gazetteer, inBatches, syntheticIncidents } from "./search.bench";
import { tempDirFor } from "./temp";

const [n, gated] = process.argv.slice(2).map(Number);
const parsed = parseConfig({});
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
const dir = tempDirFor("flood");
const { store, db } = openSqliteStore(`${dir.path}/flood.sqlite`);
const search = createEmbeddedSearch(sqliteClient(db), { groups: listGroups() });
await search.rebuild(inBatches(syntheticIncidents(n!, gazetteer()), 1000));
const app = createApp({
  store, search, fetcher: { fetch: async () => { throw new Error("no fetching in this bench"); } }, clock: () => new Date(), adminToken: null,
  startPoll: () => ({ id: "bench", running: false }), findGroup, listGroups, assets: null, version: "bench", baseUrl: null, rateLimit: null,
  searchLimits: gated ? { maxConcurrent: parsed.config.MAX_CONCURRENT_SEARCHES, maxShare: parsed.config.SEARCH_TIME_SHARE } : null,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
process.stdout.write(`${JSON.stringify(`http://127.0.0.1:${(server.address() as { port: number }).port}`)}\n`);
process.stdin.on("end", () => {
  server.close();
  void store.close().then(() => {
    dir.remove();
    process.exit(0);
  });
});
process.stdin.resume();

// A medbreach HTTP server over N synthetic incidents in a process of its own, wired as `npm start` wires its search
// (src/runtime/node-search.ts): prints its base URL as one JSON line, serves until stdin closes, then prints
// `{"maxRssMb": …}` and exits. Args: N, mode: `none` (no search limits, searches on the event loop), `inline`
// (the default limits, SEARCH_THREADS=0) or `threads` (the default limits and search threads).
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createApp } from "../src/app";
import { parseConfig } from "../src/config/config";
import { findGroup, listGroups } from "../src/extract/gazetteer";
import { createSearchIndexForNode } from "../src/runtime/node-search";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import { gazetteer, inBatches, syntheticIncidents } from "./search.bench";
import { peakRssMb } from "./harness";
import { tempDirFor } from "./temp";

const n = Number(process.argv[2]);
const mode = process.argv[3] as "none" | "inline" | "threads";
const parsed = parseConfig({ SEARCH_THREADS: mode === "threads" ? undefined : "0" });
if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.reason).join("; "));
const { config } = parsed;
const dir = tempDirFor("flood");
const path = `${dir.path}/flood.sqlite`;
const { store, db } = openSqliteStore(path);
const search = createSearchIndexForNode(config, sqliteClient(db), store, path);
await search.index.rebuild(inBatches(syntheticIncidents(n, gazetteer()), 1000));
await search.start();
const app = createApp({
  store,
  search: search.index,
  fetcher: {
    fetch: async () => {
      throw new Error("no fetching in this bench");
    },
  },
  clock: () => new Date(),
  adminToken: null,
  startPoll: () => ({ id: "bench", running: false }),
  findGroup,
  listGroups,
  assets: null,
  version: "bench",
  baseUrl: null,
  rateLimit: null,
  connInfo: getConnInfo,
  searchLimits:
    mode === "none"
      ? null
      : {
          maxConcurrent: config.MAX_CONCURRENT_SEARCHES,
          maxShare: config.SEARCH_TIME_SHARE,
          clientShare: config.SEARCH_CLIENT_SHARE,
        },
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
process.stdout.write(`${JSON.stringify(`http://127.0.0.1:${(server.address() as { port: number }).port}`)}\n`);
process.stdin.on("end", () => {
  server.close();
  process.stdout.write(`${JSON.stringify({ maxRssMb: peakRssMb() })}\n`);
  void search
    .close()
    .then(() => store.close())
    .then(() => {
      dir.remove();
      process.exit(0);
    });
});
process.stdin.resume();

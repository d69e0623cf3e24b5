import { readFileSync } from "node:fs";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { AppDeps } from "../app-deps";
import { configuredOrigin } from "../api/public-origin";
import type { Config } from "../config/config";
import { createNodeFetcher } from "../fetch/node-fetcher";
import type { NewFeed } from "../model";
import { OpmlError, parseOpml } from "../parse/opml";
import { pollFeeds, type PipelineDeps, type PollOptions } from "../pipeline/poll";
import { createRegistryStore } from "../store/registry-store";
import { sqliteClient } from "../store/sqlite";
import { buildAppDeps } from "./build-app-deps";
import { openNodeStore } from "./open-node-store";
import { StartupError } from "./startup";
import { createSearchIndexForNode } from "./node-search";
import { createNodeAssets } from "./node-assets";
import { nodeLeaseHolder, releaseLeaseOfDeadProcess } from "./node-poll-lease";
import { loadRegistry } from "./node-registry";

const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/** Everything a Node entry point (server, CLI, demo) works with, built once from the config. */
export interface NodeContext {
  config: Config;
  pipeline: PipelineDeps;
  app: Omit<AppDeps, "startPoll">;
  /** Imports the feeds of an OPML file that the store does not know yet; returns how many were added. */
  importOpml(path: string): Promise<number>;
  poll(options?: PollOptions): ReturnType<typeof pollFeeds>;
  /** Starts the search threads (`SEARCH_THREADS`) and resolves once they answer; servers await it before listening. */
  startSearch(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store, the search index and the fetcher that the config asks for. */
export async function createNodeContext(
  config: Config,
  options: { assetsDir?: string | null } = {},
): Promise<NodeContext> {
  const { store, db } = openNodeStore(config.DATA_DIR);
  const sql = sqliteClient(db);
  const {
    index: search,
    start: startSearch,
    close: closeSearch,
  } = createSearchIndexForNode(config, sql, store, db.name);
  const { pipeline, app } = buildAppDeps(config, {
    store,
    search,
    fetcher: createNodeFetcher({ allowPrivate: config.ALLOW_PRIVATE_FEEDS }),
    registry: await loadRegistry(createRegistryStore(sql)),
    assets: options.assetsDir === null ? null : createNodeAssets(options.assetsDir ?? "dist/web"),
    version: VERSION,
    configuredOrigin: configuredOrigin(config.HOST, config.PORT),
    compress: true,
    connInfo: getConnInfo,
  });
  return {
    config,
    pipeline,
    app,
    importOpml: async (path) => store.addFeeds(readCatalogue(path)),
    poll: async (opts) => {
      await releaseLeaseOfDeadProcess(store);
      return pollFeeds(pipeline, { holder: nodeLeaseHolder(), ...opts });
    },
    startSearch,
    close: async () => {
      await closeSearch();
      await store.close();
    },
  };
}

/** The feeds of the OPML file at `path`; an unreadable file is a StartupError naming FEEDS_OPML. */
function readCatalogue(path: string): NewFeed[] {
  let xml: string;
  try {
    xml = readFileSync(path, "utf8");
  } catch (err) {
    throw new StartupError(
      `cannot read the feed catalogue ${path} (${(err as { code?: string }).code ?? "error"})`,
      "FEEDS_OPML",
    );
  }
  try {
    return parseOpml(xml);
  } catch (err) {
    if (err instanceof OpmlError)
      throw new StartupError(`the feed catalogue ${path} is not usable OPML: ${err.message}`, "FEEDS_OPML");
    throw err;
  }
}

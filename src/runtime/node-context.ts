import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import type { AppDeps } from "../app-deps";
import type { Config } from "../config/config";
import { findGroup, listGroups } from "../extract/gazetteer";
import { createNodeFetcher } from "../fetch/node-fetcher";
import { parseOpml } from "../parse/opml";
import { pipelineSettings, pollFeeds, type PipelineDeps, type PollOptions } from "../pipeline/poll";
import { openSqliteStore, sqliteClient } from "../store/sqlite";
import { createSearchIndexForNode } from "./node-search";
import { createNodeAssets } from "./node-assets";
import { nodeLeaseHolder, releaseLeaseOfDeadProcess } from "./node-poll-lease";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Everything a Node entry point (server, CLI, demo) works with, built once from the config. */
export interface NodeContext {
  config: Config;
  pipeline: PipelineDeps;
  app: Omit<AppDeps, "startPoll">;
  /** Imports the feeds of an OPML file that the store does not know yet; returns how many were added. */
  importOpml(path: string): Promise<number>;
  poll(options?: PollOptions): ReturnType<typeof pollFeeds>;
  close(): Promise<void>;
}

/** Opens the store, the search index and the fetcher that the config asks for. */
export async function createNodeContext(config: Config, options: { assetsDir?: string | null } = {}): Promise<NodeContext> {
  const { store, db } = openSqliteStore(join(config.DATA_DIR, "medbreach.sqlite"));
  const search = createSearchIndexForNode(config, sqliteClient(db), store);
  const fetcher = createNodeFetcher({ allowPrivate: config.ALLOW_PRIVATE_FEEDS });
  const clock = () => new Date();
  const pipeline: PipelineDeps = {
    store,
    search,
    fetcher,
    clock,
    ...pipelineSettings(config),
  };
  return {
    config,
    pipeline,
    app: {
      store,
      search,
      fetcher,
      clock,
      adminToken: config.ADMIN_TOKEN ?? null,
      findGroup,
      listGroups,
      assets: options.assetsDir === null ? null : createNodeAssets(options.assetsDir ?? "dist/web"),
      version: VERSION,
      baseUrl: null,
      compress: true,
      allowPrivateFeeds: config.ALLOW_PRIVATE_FEEDS,
      rateLimit: { perMinute: 300, burst: 120 },
      clientKey: (c) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress ?? "unknown",
    },
    importOpml: async (path) => store.addFeeds(parseOpml(readFileSync(path, "utf8"))),
    poll: async (opts) => {
      await releaseLeaseOfDeadProcess(store);
      return pollFeeds(pipeline, { holder: nodeLeaseHolder(), ...opts });
    },
    close: () => store.close(),
  };
}

import type { GetConnInfo } from "hono/conninfo";
import type { AppDeps, AssetSource } from "../app-deps";
import type { Config } from "../config/config";
import { findGroup, listGroups } from "../extract/gazetteer";
import type { Fetcher } from "../fetch/fetcher";
import type { OrgRegistry } from "../model";
import { pipelineSettings, type PipelineDeps } from "../pipeline/poll";
import type { SearchIndex } from "../search/search-index";
import type { Store } from "../store/store";

/** The adapters one runtime opened, and what only that runtime knows about its platform. */
export interface RuntimeParts {
  store: Store;
  search: SearchIndex;
  fetcher: Fetcher;
  assets: AssetSource | null;
  version: string;
  /** The client's address as the platform reports it (Hono's socket info on Node, `CF-Connecting-IP` on Workers). */
  connInfo: GetConnInfo;
  /** The imported organisation registry (Node reads it from the data dir; Workers have none). */
  registry?: OrgRegistry | null;
  /** See `AppDeps.configuredOrigin`: set on Node only. */
  configuredOrigin?: string | null;
  /** See `AppDeps.compress`: Node compresses, Workers leave it to the platform. */
  compress?: boolean;
}

/** The deps of the poll pipeline and of the HTTP app, as both runtimes build them from the validated config. */
export interface RuntimeDeps {
  pipeline: PipelineDeps;
  /** Everything but `startPoll`, which each runtime ties to its own scheduler. */
  app: Omit<AppDeps, "startPoll">;
}

/** Wires one runtime's adapters and the config into the pipeline's and the app's deps, the same way on Node and Workers. */
export function buildAppDeps(config: Config, parts: RuntimeParts): RuntimeDeps {
  const { store, search, fetcher } = parts;
  const clock = () => new Date();
  const pipeline: PipelineDeps = {
    store,
    search,
    fetcher,
    clock,
    ...pipelineSettings(config),
    registry: parts.registry ?? null,
  };
  const app: Omit<AppDeps, "startPoll"> = {
    store,
    search,
    fetcher,
    clock,
    adminToken: config.ADMIN_TOKEN ?? null,
    findGroup,
    listGroups,
    assets: parts.assets,
    version: parts.version,
    baseUrl: config.PUBLIC_URL ?? null,
    trustProxy: config.TRUST_PROXY,
    allowPrivateFeeds: config.ALLOW_PRIVATE_FEEDS,
    rateLimit: { perMinute: 300, burst: 120 },
    searchLimits: {
      maxConcurrent: config.MAX_CONCURRENT_SEARCHES,
      maxShare: config.SEARCH_TIME_SHARE,
      clientShare: config.SEARCH_CLIENT_SHARE,
    },
    configuredOrigin: parts.configuredOrigin ?? null,
    compress: parts.compress ?? false,
    connInfo: parts.connInfo,
  };
  return { pipeline, app };
}

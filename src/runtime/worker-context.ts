import type { Hono } from "hono";
import type { GetConnInfo } from "hono/conninfo";
import { createApp } from "../app";
import { findGroup, listGroups } from "../extract/gazetteer";
import { createFetchApiFetcher } from "../fetch/fetch-api-fetcher";
import { pipelineSettings, type PipelineDeps } from "../pipeline/poll";
import { d1Client } from "../store/d1";
import { createSqlStore } from "../store/sql-store";
import { createWorkerAssets } from "./worker-assets";
import { readWorkerSettings, type WorkerSettings } from "./worker-config";
import type { WorkerEnv } from "./worker-env";
import { createBackgroundPolls, runBoundedPoll, type BackgroundPolls } from "./worker-poll";
import { createWorkerSearch } from "./worker-search";

/** Everything one isolate serves and polls with, built from `env` on its first event. */
export interface WorkerIsolate {
  settings: WorkerSettings;
  pipeline: PipelineDeps;
  /** One app per isolate, so the per-client rate limit keeps its buckets between requests. */
  app: Hono;
  polls: BackgroundPolls;
  /** One bounded poll (cron or API), named `holder` on the D1 lease. */
  poll(holder: string): Promise<unknown>;
}

/** What the bundle brings along: the feed catalogue and the version. */
export interface WorkerBundle {
  catalogue: string;
  version: string;
}

// Cloudflare's edge sets this header to the visitor's address; a client cannot forge it past the edge. (Hono's own
// `hono/cloudflare-workers` adapter reads the same header, but is deprecated and brings its static-file helpers along.)
const cloudflareConnInfo: GetConnInfo = (c) => ({ remote: { address: c.req.header("CF-Connecting-IP") } });

const log = (line: string) => console.log(`[medbreach] ${line}`);

/** Builds the isolate's store, search, fetcher and app, or the configuration problems that prevent it. */
export function createWorkerIsolate(env: WorkerEnv, bundle: WorkerBundle): { ok: true; isolate: WorkerIsolate } | { ok: false; problems: string[] } {
  const read = readWorkerSettings(env);
  if (!read.ok) return read;
  const { config, pollBatchSize } = read.settings;
  const client = d1Client(env.DB);
  const store = createSqlStore(client);
  const search = createWorkerSearch(config, client, store);
  const fetcher = createFetchApiFetcher({ allowPrivate: config.ALLOW_PRIVATE_FEEDS });
  const clock = () => new Date();
  const pipeline: PipelineDeps = {
    store,
    search,
    fetcher,
    clock,
    ...pipelineSettings(config),
  };
  const poll = (holder: string) => runBoundedPoll(pipeline, { limit: pollBatchSize, holder: `worker:${holder}`, catalogue: bundle.catalogue, log });
  const polls = createBackgroundPolls((id) => poll(`api:${id}`), log);
  const app = createApp({
    store,
    search,
    fetcher,
    clock,
    adminToken: config.ADMIN_TOKEN ?? null,
    startPoll: () => polls.request(),
    findGroup,
    listGroups,
    assets: env.ASSETS ? createWorkerAssets(env.ASSETS) : null,
    version: bundle.version,
    baseUrl: config.PUBLIC_URL ?? null,
    trustProxy: config.TRUST_PROXY,
    allowPrivateFeeds: config.ALLOW_PRIVATE_FEEDS,
    rateLimit: { perMinute: 300, burst: 120 },
    searchLimits: { maxConcurrent: config.MAX_CONCURRENT_SEARCHES, maxShare: config.SEARCH_TIME_SHARE, clientShare: config.SEARCH_CLIENT_SHARE },
    connInfo: cloudflareConnInfo,
  });
  return { ok: true, isolate: { settings: read.settings, pipeline, app, polls, poll } };
}

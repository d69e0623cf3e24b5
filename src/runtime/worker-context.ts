import type { Hono } from "hono";
import type { GetConnInfo } from "hono/conninfo";
import { createApp } from "../app";
import { createFetchApiFetcher } from "../fetch/fetch-api-fetcher";
import type { PipelineDeps } from "../pipeline/poll";
import { d1Client } from "../store/d1";
import { createSqlStore } from "../store/sql-store";
import { buildAppDeps } from "./build-app-deps";
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
export function createWorkerIsolate(
  env: WorkerEnv,
  bundle: WorkerBundle,
): { ok: true; isolate: WorkerIsolate } | { ok: false; problems: string[] } {
  const read = readWorkerSettings(env);
  if (!read.ok) return read;
  const { config, pollBatchSize } = read.settings;
  const client = d1Client(env.DB);
  const store = createSqlStore(client);
  const { pipeline, app: deps } = buildAppDeps(config, {
    store,
    search: createWorkerSearch(config, client, store),
    fetcher: createFetchApiFetcher({ allowPrivate: config.ALLOW_PRIVATE_FEEDS }),
    assets: env.ASSETS ? createWorkerAssets(env.ASSETS) : null,
    version: bundle.version,
    connInfo: cloudflareConnInfo,
  });
  const poll = (holder: string) =>
    runBoundedPoll(pipeline, { limit: pollBatchSize, holder: `worker:${holder}`, catalogue: bundle.catalogue, log });
  const polls = createBackgroundPolls((id) => poll(`api:${id}`), log);
  const app = createApp({ ...deps, startPoll: () => polls.request() });
  return { ok: true, isolate: { settings: read.settings, pipeline, app, polls, poll } };
}

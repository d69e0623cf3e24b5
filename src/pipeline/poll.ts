import type { Config } from "../config/config";
import { hashString } from "../lib/hash";
import type { FeedPollResult, FeedSource, FeedStatePatch, OrgRegistry, ParsedItem, PollReport } from "../model";
import type { Fetcher } from "../fetch/fetcher";
import { FeedParseError, parseFeed } from "../parse/parse-feed";
import type { SearchIndex } from "../search/search-index";
import type { Store } from "../store/store";
import { extractEntities } from "../extract";
import { createIngestion, ingestArticles, type Ingestion } from "./ingest";
import { canonicalUrl, feedIdentity } from "../parse/canonical-url";
import { createPageBudget, enrichWithArticlePages, type PageBudget } from "./article-pages";
import { storedFeedError } from "./feed-errors";
import { capItems } from "./item-cap";
import { createPollLease, type PollLease } from "./poll-lease";
import { nextDueAfterError, nextDueAfterSuccess } from "./schedule";
import { createSerialQueue, mapPool } from "./serial";

/** What a poll needs; runtime entries build it from the config. */
export interface PipelineDeps {
  store: Store;
  search: SearchIndex;
  fetcher: Fetcher;
  clock: () => Date;
  intervalMinutes: number;
  fetchArticlePages: boolean;
  /** Items one feed contributes per poll at most, newest first (`MAX_ITEMS_PER_FEED`). */
  maxItemsPerFeed?: number;
  /** Article pages one poll fetches at most (`MAX_PAGE_FETCHES_PER_POLL`). */
  maxPageFetchesPerPoll?: number;
  /** The imported organisation registry; without one, extraction runs on rules alone. */
  registry?: OrgRegistry | null;
}

/** Defaults of the bounds when a caller (a test, a bench) does not set them; the config has the same. */
export const DEFAULT_MAX_ITEMS_PER_FEED = 200;
export const DEFAULT_MAX_PAGE_FETCHES_PER_POLL = 500;

/**
 * The pipeline's settings from the validated config. `POLL_INTERVAL_MINUTES=0` turns the scheduler off,
 * but a feed polled by hand still needs a next-due time, so it falls back to the default period.
 */
export function pipelineSettings(
  config: Pick<
    Config,
    "POLL_INTERVAL_MINUTES" | "FETCH_ARTICLE_PAGES" | "MAX_ITEMS_PER_FEED" | "MAX_PAGE_FETCHES_PER_POLL"
  >,
): Pick<PipelineDeps, "intervalMinutes" | "fetchArticlePages" | "maxItemsPerFeed" | "maxPageFetchesPerPoll"> {
  return {
    intervalMinutes: config.POLL_INTERVAL_MINUTES || 30,
    fetchArticlePages: config.FETCH_ARTICLE_PAGES,
    maxItemsPerFeed: config.MAX_ITEMS_PER_FEED,
    maxPageFetchesPerPoll: config.MAX_PAGE_FETCHES_PER_POLL,
  };
}

export interface PollOptions {
  /** Ignore due times and poll every feed that is not gone. */
  all?: boolean;
  /** At most this many feeds (the Worker polls bounded batches). */
  limit?: number;
  /** Who takes the poll lease; runtimes name themselves so a crashed holder can be recognised. */
  holder?: string;
  /** Lease expiry after its last renewal (default `LEASE_MS`) and the renewal period (default `LEASE_HEARTBEAT_MS`). */
  leaseMs?: number;
  heartbeatMs?: number;
  /** Feeds fetched at once; the fetcher still allows one request per host. */
  concurrency?: number;
  onFeedDone?: (result: FeedPollResult, done: number, total: number) => void;
  /** Articles clustered between writes of incidents and the search index (default `FLUSH_EVERY`). */
  flushEvery?: number;
  /** Queued articles a stopped poll left that this poll clusters first, at most (default 1000). */
  replayLimit?: number;
}

/** A poll that did not run because another one holds the lease. */
export interface PollSkipped {
  skipped: true;
  reason: string;
}

/**
 * The poll lease expires this long after its last renewal. A running poll renews it every
 * `LEASE_HEARTBEAT_MS` and before every write, so only a holder that stopped (killed, frozen, its PID reused
 * by another process) loses it, and the next poll waits at most this long.
 */
export const LEASE_MS = 2 * 60_000;
export const LEASE_HEARTBEAT_MS = 20_000;

/**
 * The one place that sequences fetch → parse → extract → cluster → store → index.
 * Feeds are fetched and parsed in parallel; what follows runs one feed at a time, so
 * clustering sees articles in a stable order and two copies of one story never race.
 */
export async function pollFeeds(deps: PipelineDeps, options: PollOptions = {}): Promise<PollReport | PollSkipped> {
  const started = deps.clock();
  const id = `poll_${started.getTime().toString(36)}_${hashString(String(Math.random())).slice(0, 6)}`;
  const holder = options.holder ?? id;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const lease = createPollLease(deps.store, holder, deps.clock, leaseMs);
  if (!(await lease.acquire())) return { skipped: true, reason: "another poll is running" };
  const heartbeat = setInterval(() => {
    lease
      .renew()
      .catch((err: unknown) =>
        console.error(
          `medbreach poll: renewing the poll lease failed: ${err instanceof Error ? err.message : String(err)}`,
        ),
      );
  }, options.heartbeatMs ?? LEASE_HEARTBEAT_MS);
  // Node: a heartbeat alone must not keep a finished process alive.
  (heartbeat as { unref?: () => void }).unref?.();
  try {
    const feeds = await deps.store.dueFeeds(options.all ? null : started.toISOString(), options.limit);
    // Looked up once per poll: clustering names each source's feed, and a query per article is costly on D1.
    const feedTitles = new Map(
      (await deps.store.listFeeds()).flatMap((f) => (f.title ? [[f.id, f.title] as const] : [])),
    );
    await clusterQueuedArticles(deps, started.toISOString(), feedTitles, options.replayLimit ?? QUEUE_REPLAY_LIMIT);
    const serial = createSerialQueue();
    const ingestion = createIngestion(deps, feedTitles, options.flushEvery);
    const pages = createPageBudget(deps.maxPageFetchesPerPoll ?? DEFAULT_MAX_PAGE_FETCHES_PER_POLL);
    let done = 0;
    const results = await mapPool(feeds, options.concurrency ?? 8, async (feed) => {
      const result = await pollOneFeed(deps, feed, serial, ingestion, feedTitles, pages, lease);
      options.onFeedDone?.(result, ++done, feeds.length);
      return result;
    });
    // A poll that lost its lease leaves its last articles queued: the poll that took over clusters them.
    await serial(async () => (await lease.renew()) && ingestion.flush());
    return { id, started_at: started.toISOString(), finished_at: deps.clock().toISOString(), feeds: results };
  } finally {
    clearInterval(heartbeat);
    // A release that fails (disk full) must not lose the poll's report; the lease then lapses after LEASE_MS.
    await lease.release().catch((err: unknown) => {
      console.error(
        `medbreach poll: releasing the poll lease failed, it lapses in ${Math.round(leaseMs / 1000)} s: ${err instanceof Error ? err.message : String(err)}`,
      );
    });
  }
}

async function pollOneFeed(
  deps: PipelineDeps,
  feed: FeedSource,
  serial: ReturnType<typeof createSerialQueue>,
  ingestion: Ingestion,
  feedTitles: Map<number, string>,
  pages: PageBudget,
  lease: PollLease,
): Promise<FeedPollResult> {
  const t0 = Date.now();
  const result = (outcome: FeedPollResult["outcome"], extra: Partial<FeedPollResult> = {}): FeedPollResult => ({
    feed_id: feed.id,
    url: feed.url,
    title: feed.title,
    outcome,
    new_articles: 0,
    updated_articles: 0,
    skipped_items: 0,
    error: null,
    ms: Date.now() - t0,
    ...extra,
  });
  const leaseLost = () =>
    result("error", { error: "lease-lost: another poll took over the poll lease; this feed was left to it" });
  const fail = async (code: string, message: string, retryAfterMs: number | null = null) => {
    if (!(await lease.renew())) return leaseLost();
    const now = deps.clock();
    const errors = feed.consecutive_errors + 1;
    await deps.store.updateFeed(feed.id, {
      status: "error",
      last_error: { code, message: storedFeedError(feed.id, code, message), at: now.toISOString() },
      consecutive_errors: errors,
      last_fetch_at: now.toISOString(),
      next_due_at: nextDueAfterError(now, deps.intervalMinutes, errors, retryAfterMs, feed.last_success_at === null),
    });
    return result("error", { error: `${code}: ${message}` });
  };

  if (lease.lost) return leaseLost();
  try {
    const outcome = await deps.fetcher.fetch({
      url: feed.url,
      etag: feed.etag,
      lastModified: feed.last_modified,
      kind: "feed",
    });
    if ((outcome.kind === "not-modified" || outcome.kind === "gone") && !(await lease.renew())) return leaseLost();
    const now = deps.clock();
    const healthy: FeedStatePatch = {
      status: "ok",
      last_error: null,
      consecutive_errors: 0,
      last_fetch_at: now.toISOString(),
      last_success_at: now.toISOString(),
      next_due_at: nextDueAfterSuccess(now, deps.intervalMinutes),
    };
    if (outcome.kind === "not-modified") {
      await deps.store.updateFeed(feed.id, { ...healthy, ...(await movedUrl(deps.store, feed, outcome.movedTo)) });
      return result("not-modified");
    }
    if (outcome.kind === "gone") {
      await deps.store.updateFeed(feed.id, {
        status: "gone",
        last_error: {
          code: "http-410",
          message: "the feed is gone (HTTP 410); it will not be polled again",
          at: now.toISOString(),
        },
        last_fetch_at: now.toISOString(),
      });
      return result("gone", { error: "http-410: gone" });
    }
    if (outcome.kind === "error") return await fail(outcome.code, outcome.message, outcome.retryAfterMs);

    const parsed = await parseFeed(outcome.body, {
      url: outcome.url,
      contentType: outcome.contentType,
      now: now.toISOString(),
    });
    const capped = capItems(parsed.items, deps.maxItemsPerFeed ?? DEFAULT_MAX_ITEMS_PER_FEED);
    const feedUrls = [feed.url, outcome.url].flatMap((u) => [u, canonicalUrl(u) ?? u]);
    const items: ParsedItem[] = deps.fetchArticlePages
      ? await enrichWithArticlePages(deps.fetcher, capped.items, feedUrls, pages)
      : capped.items;
    const state: FeedStatePatch = {
      ...healthy,
      skipped_items: capped.skipped,
      etag: outcome.etag,
      last_modified: outcome.lastModified,
      ...(feed.title ? {} : { title: parsed.title }),
      ...(feed.site_url || !parsed.link ? {} : { site_url: parsed.link }),
      ...(await movedUrl(deps.store, feed, outcome.movedTo)),
    };
    return await serial(async () => {
      if (!(await lease.renew())) return leaseLost();
      const batch = await deps.store.saveFeedBatch(feed.id, items, state, now.toISOString(), (article) =>
        extractEntities(article, deps.registry),
      );
      // A feed that only now told us its title names its sources from this batch on.
      if (state.title && !feedTitles.has(feed.id)) feedTitles.set(feed.id, state.title);
      await ingestion.add(batch.inserted, now.toISOString(), true);
      await ingestion.add(batch.updated, now.toISOString());
      const changed = batch.inserted.length + batch.updated.length;
      return result(changed ? "new-items" : "unchanged", {
        new_articles: batch.inserted.length,
        updated_articles: batch.updated.length,
        skipped_items: capped.skipped,
      });
    });
  } catch (err) {
    if (err instanceof FeedParseError) return await fail(`parse-${err.code}`, err.message);
    return await fail("internal", err instanceof Error ? err.message : String(err));
  }
}

/** A permanent redirect moves the feed, unless the new address is already a feed of its own. */
async function movedUrl(
  store: Store,
  feed: FeedSource,
  redirectedTo: string | null | undefined,
): Promise<FeedStatePatch> {
  const movedTo = redirectedTo ? (feedIdentity(redirectedTo) ?? redirectedTo) : null;
  if (!movedTo || movedTo === feed.url) return {};
  return (await store.listFeeds()).some((f) => f.url === movedTo) ? {} : { url: movedTo };
}

/** Queued articles a poll re-clusters at its start by default; more wait for the next poll, so a long backlog cannot stall one. */
const QUEUE_REPLAY_LIMIT = 1000;

/**
 * Finishes the clustering a stopped poll left undone (crash, Worker time limit): the articles it
 * wrote but never placed in incidents. A failure here must not stop the feeds from being polled,
 * so it is reported and the articles stay queued for the next poll.
 */
async function clusterQueuedArticles(
  deps: PipelineDeps,
  now: string,
  feedTitles: ReadonlyMap<number, string>,
  limit: number,
): Promise<void> {
  try {
    const queued = await deps.store.queuedArticles(limit);
    if (queued.length) await ingestArticles(deps, queued, now, feedTitles);
  } catch (err) {
    console.error(
      `medbreach poll: clustering queued articles failed, they stay queued: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

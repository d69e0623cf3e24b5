import type { PollReport } from "../model";
import { parseOpml } from "../parse/opml";
import { pollFeeds, type PipelineDeps, type PollSkipped } from "../pipeline/poll";
import { describeFailure } from "./poll-summary";

// Feeds fetched at once. A Worker invocation keeps at most six connections open; more would wait inside
// the runtime while their header timeouts already run, and then fail as timeouts that never happened.
const WORKER_CONCURRENCY = 6;
// Queued articles one invocation re-clusters before its feeds: each costs a few D1 queries, and an
// invocation may make only so many; a longer backlog drains over the next invocations.
const WORKER_REPLAY_LIMIT = 100;

/** What one bounded poll needs besides the pipeline. */
export interface BoundedPollOptions {
  /** Feeds polled in this invocation at most. */
  limit: number;
  /** Name on the D1 poll lease, so logs and the lease row say who polled. */
  holder: string;
  /** OPML imported when the store has no feeds yet (the first run after `wrangler deploy`). */
  catalogue: string;
  log: (line: string) => void;
}

/**
 * One invocation's share of a poll: up to `limit` due feeds, oldest due first.
 *
 * The batch cursor is each feed's `next_due_at` in D1. A feed that was polled (or failed) is pushed into the
 * future, so the next invocation's "due, oldest first" query starts where this one stopped, and a feed whose
 * invocation was cut off keeps its old due time and goes first next time. Cloudflare Queues (one message per
 * feed) would add per-message retries and parallel consumers, but also a second binding, a producer/consumer
 * pair and a paid-plan product, for a catalogue of tens of feeds that a cron batch covers in one or two runs.
 * The D1 poll lease (renewed after every feed) keeps two invocations from polling at once.
 */
export async function runBoundedPoll(
  pipeline: PipelineDeps,
  options: BoundedPollOptions,
): Promise<PollReport | PollSkipped> {
  if ((await pipeline.store.listFeeds()).length === 0) {
    const added = await pipeline.store.addFeeds(parseOpml(options.catalogue));
    options.log(`imported ${added} feeds from the bundled catalogue`);
  }
  const report = await pollFeeds(pipeline, {
    limit: options.limit,
    holder: options.holder,
    concurrency: WORKER_CONCURRENCY,
    replayLimit: WORKER_REPLAY_LIMIT,
  });
  if ("skipped" in report) {
    options.log(`poll ${options.holder} skipped: ${report.reason}`);
    return report;
  }
  for (const r of report.feeds) if (r.outcome === "error" || r.outcome === "gone") options.log(describeFailure(r));
  const added = report.feeds.reduce((sum, r) => sum + r.new_articles, 0);
  options.log(`poll ${options.holder} done: ${report.feeds.length} feeds, ${added} new articles`);
  return report;
}

/** Polls asked for over HTTP; one runs per isolate at a time. */
export interface BackgroundPolls {
  /** `POST /api/poll`: records a poll to start (or names the one already pending or running). */
  request(): { id: string; running: boolean };
  /** Starts the recorded poll, if any, under the caller's `waitUntil`. */
  startPending(waitUntil: (work: Promise<unknown>) => void): void;
}

/**
 * `startPoll` has no handle on the request, yet Workers keep background work alive only through that
 * request's `ctx.waitUntil`, and its I/O belongs to the request that started it. So the handler only records
 * the poll, and the Worker's fetch entry starts it under its own `waitUntil` once the response is ready.
 * Whichever request claims it first runs it; taking the pending id is synchronous, so it runs once.
 */
export function createBackgroundPolls(
  run: (id: string) => Promise<unknown>,
  log: (line: string) => void,
): BackgroundPolls {
  let pending: string | null = null;
  let running: string | null = null;
  let n = 0;
  return {
    request() {
      const current = running ?? pending;
      if (current) return { id: current, running: true };
      pending = `poll-${Date.now().toString(36)}-${++n}`;
      return { id: pending, running: false };
    },
    startPending(waitUntil) {
      if (!pending) return;
      const id = pending;
      pending = null;
      running = id;
      waitUntil(
        run(id)
          .catch((err: unknown) => log(`poll ${id} failed: ${err instanceof Error ? err.message : String(err)}`))
          .finally(() => {
            running = null;
          }),
      );
    },
  };
}

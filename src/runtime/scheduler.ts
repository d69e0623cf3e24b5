import type { PollReport, PollStart } from "../model";
import type { PollOptions } from "../pipeline/poll";
import type { PollSkipped } from "../pipeline/poll";
import { FIRST_RETRY_MS } from "../pipeline/schedule";
import { describeFailure } from "./poll-summary";

/** The line a finished poll logs: feeds polled, new articles, and how many feeds failed. */
export function pollDoneLine(report: PollReport): string {
  const added = report.feeds.reduce((s, r) => s + r.new_articles, 0);
  const failed = report.feeds.filter((r) => r.outcome === "error" || r.outcome === "gone").length;
  return `poll done: ${report.feeds.length} feeds, ${added} new articles, ${failed} failed${failed > 0 ? " (see above, or the Feeds page)" : ""}`;
}

/** Runs polls in the background: on demand (`POST /api/poll`) and every `intervalMinutes`; never two at once. */
export interface Scheduler {
  start(): void;
  /** Starts a poll unless one is running here or another holder has the poll lease; says which is the case. */
  trigger(): Promise<PollStart>;
  stop(): Promise<void>;
}

/** The poll lease as the store has it: who holds it and until when. */
export type LeaseReader = () => Promise<{ holder: string; expires_at: string } | null>;

export function createScheduler(
  poll: (options?: PollOptions) => Promise<PollReport | PollSkipped>,
  intervalMinutes: number,
  log: (line: string) => void,
  lease: LeaseReader = async () => null,
  now: () => Date = () => new Date(),
): Scheduler {
  let current: { id: string; done: Promise<void> } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let n = 0;
  const run = (): PollStart => {
    if (current) return { id: current.id, running: true };
    const id = `poll-${Date.now().toString(36)}-${++n}`;
    const done = poll()
      .then((report) => {
        if ("skipped" in report) return log(`poll skipped: ${report.reason}`);
        for (const r of report.feeds) if (r.outcome === "error" || r.outcome === "gone") log(describeFailure(r));
        // A tick with no feed due says nothing (see start).
        if (report.feeds.length === 0) return;
        log(pollDoneLine(report));
      })
      .catch((err: unknown) => log(`poll failed: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        current = null;
      });
    current = { id, done };
    return { id, running: false };
  };
  return {
    start() {
      run();
      // Each poll takes only the feeds that are due, so ticking more often than the interval costs one
      // query; it lets a feed retried after FIRST_RETRY_MS (never answered yet) be polled on time.
      if (intervalMinutes > 0) timer = setInterval(run, Math.min(intervalMinutes * 60_000, FIRST_RETRY_MS));
    },
    async trigger() {
      if (current) return { id: current.id, running: true };
      // Another process (or a poll of ours that could not release it) holds the lease: a poll started now
      // would only be skipped, so say who holds it and until when instead of claiming to have started one.
      const held = await lease();
      if (held && Date.parse(held.expires_at) > now().getTime())
        return { id: null, running: true, held_by: held.holder, lease_expires_at: held.expires_at };
      return run();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await current?.done;
    },
  };
}

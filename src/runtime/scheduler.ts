import type { PollReport } from "../model";
import type { PollOptions } from "../pipeline/poll";
import type { PollSkipped } from "../pipeline/poll";
import { describeFailure } from "./poll-summary";

/** Runs polls in the background: on demand (`POST /api/poll`) and every `intervalMinutes`; never two at once. */
export interface Scheduler {
  start(): void;
  /** Starts a poll unless one is running; returns the running poll's id either way. */
  trigger(): { id: string; running: boolean };
  stop(): Promise<void>;
}

export function createScheduler(
  poll: (options?: PollOptions) => Promise<PollReport | PollSkipped>,
  intervalMinutes: number,
  log: (line: string) => void,
): Scheduler {
  let current: { id: string; done: Promise<void> } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let n = 0;
  const run = () => {
    if (current) return { id: current.id, running: true };
    const id = `poll-${Date.now().toString(36)}-${++n}`;
    const done = poll()
      .then((report) => {
        if ("skipped" in report) return log(`poll skipped: ${report.reason}`);
        for (const r of report.feeds) if (r.outcome === "error" || r.outcome === "gone") log(describeFailure(r));
        const added = report.feeds.reduce((s, r) => s + r.new_articles, 0);
        log(`poll done: ${report.feeds.length} feeds, ${added} new articles`);
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
      if (intervalMinutes > 0) timer = setInterval(run, intervalMinutes * 60_000);
    },
    trigger: run,
    async stop() {
      if (timer) clearInterval(timer);
      await current?.done;
    },
  };
}

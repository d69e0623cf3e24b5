// The Cloudflare Worker entry: the same app and pipeline as Node, over D1, the assets binding and global fetch.
import catalogue from "../../feeds/default.opml";
import { version } from "../../package.json";
import { createWorkerIsolate, type WorkerIsolate } from "./worker-context";
import type { WorkerEnv } from "./worker-env";

/** The bindings wrangler.toml declares, plus `[vars]` and secrets. */
interface Env extends WorkerEnv {
  DB: D1Database;
  ASSETS: Fetcher;
}

type Built = { ok: true; isolate: WorkerIsolate } | { ok: false; problems: string[] };

// `env` is the same object for every event an isolate handles; keyed by it, a changed deployment rebuilds.
const isolates = new WeakMap<object, Built>();

function isolateFor(env: Env): Built {
  let built = isolates.get(env);
  if (!built) {
    built = createWorkerIsolate(env, { catalogue, version });
    isolates.set(env, built);
  }
  return built;
}

function configurationError(problems: string[]): string {
  return `bad configuration: ${problems.join("; ")}`;
}

export default {
  async fetch(request, env, ctx) {
    const built = isolateFor(env);
    if (!built.ok) return Response.json({ error: configurationError(built.problems) }, { status: 500 });
    const response = await built.isolate.app.fetch(request, env, ctx);
    built.isolate.polls.startPending((work) => ctx.waitUntil(work));
    return response;
  },

  async scheduled(controller, env, ctx) {
    const built = isolateFor(env);
    if (!built.ok) {
      console.error(`[medbreach] scheduled poll not run: ${configurationError(built.problems)}`);
      return;
    }
    if (built.isolate.settings.config.POLL_INTERVAL_MINUTES === 0) {
      console.log("[medbreach] scheduled poll not run: POLL_INTERVAL_MINUTES is 0");
      return;
    }
    const holder = `cron:${new Date(controller.scheduledTime).toISOString()}`;
    ctx.waitUntil(
      built.isolate.poll(holder).catch((err: unknown) => {
        console.error(
          `[medbreach] poll worker:${holder} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        );
        // Rethrown so the cron event is recorded as failed in the dashboard, not only in the log.
        throw err;
      }),
    );
  },
} satisfies ExportedHandler<Env>;

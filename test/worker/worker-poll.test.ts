import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findGroup } from "../../src/extract/gazetteer";
import { createFetchApiFetcher } from "../../src/fetch/fetch-api-fetcher";
import type { PipelineDeps } from "../../src/pipeline/poll";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { d1Client, type D1DatabaseLike } from "../../src/store/d1";
import { createSqlStore } from "../../src/store/sql-store";
import { createBackgroundPolls, runBoundedPoll } from "../../src/runtime/worker-poll";
import { incidentFeeds, startFixtureFeedServer, type FixtureFeedServer } from "./fixture-feeds";
import { applyMigrationsToD1 } from "./migrations";

// The Worker's poll over a local D1 (Miniflare) and the fetch-API fetcher, fed from loopback.
let mf: Miniflare;
let server: FixtureFeedServer;
let n = 0;

beforeAll(async () => {
  mf = new Miniflare({
    modules: true,
    script: "export default {}",
    d1Databases: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`DB${i}`, `poll-${i}`])),
  });
  server = await startFixtureFeedServer(incidentFeeds(5, 1));
});
afterAll(async () => {
  await mf.dispose();
  await server.close();
});

async function pipeline(): Promise<PipelineDeps> {
  const db = (await mf.getD1Database(`DB${n++}`)) as unknown as D1DatabaseLike;
  await applyMigrationsToD1(db);
  const client = d1Client(db);
  return {
    store: createSqlStore(client),
    search: createEmbeddedSearch(client),
    fetcher: createFetchApiFetcher({ allowPrivate: true }),
    clock: () => new Date(),
    intervalMinutes: 30,
    fetchArticlePages: false,
  };
}

function opml(urls: string[]): string {
  const outlines = urls.map((u, i) => `<outline type="rss" text="Fixture ${i}" xmlUrl="${u}"/>`).join("");
  return `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${outlines}</body></opml>`;
}

describe("runBoundedPoll", () => {
  it("imports the bundled catalogue into an empty store on the first run only", async () => {
    const deps = await pipeline();
    const lines: string[] = [];
    await runBoundedPoll(deps, {
      limit: 10,
      holder: "test:1",
      catalogue: opml(server.feedUrls.slice(0, 2)),
      log: (l) => lines.push(l),
    });
    await runBoundedPoll(deps, {
      limit: 10,
      holder: "test:2",
      catalogue: opml(server.feedUrls.slice(2)),
      log: (l) => lines.push(l),
    });
    expect((await deps.store.listFeeds()).map((f) => f.url).sort()).toEqual(server.feedUrls.slice(0, 2).sort());
    expect(lines.filter((l) => l.includes("imported"))).toEqual(["imported 2 feeds from the bundled catalogue"]);
  });

  it("continues where the previous invocation stopped, through the feeds' due times", async () => {
    const deps = await pipeline();
    const polled: number[][] = [];
    for (let run = 0; run < 4; run++) {
      const report = await runBoundedPoll(deps, {
        limit: 2,
        holder: `test:${run}`,
        catalogue: opml(server.feedUrls),
        log: () => undefined,
      });
      if ("skipped" in report) throw new Error("unexpected skip");
      polled.push(report.feeds.map((f) => f.feed_id));
    }
    expect(polled.map((ids) => ids.length)).toEqual([2, 2, 1, 0]);
    expect(new Set(polled.flat()).size).toBe(5);
    expect(await deps.store.countArticles()).toBe(5);
  });

  it("indexes what it polled for the Worker's search", async () => {
    const deps = await pipeline();
    await runBoundedPoll(deps, { limit: 5, holder: "test", catalogue: opml(server.feedUrls), log: () => undefined });
    const result = await deps.search.search({
      q: "Quillmoor",
      attacker: [],
      victim_type: [],
      country: [],
      attack_type: [],
      impact: [],
      claim: [],
      since: null,
      until: null,
      sort: "relevance",
      page: 1,
      limit: 10,
    });
    expect(result.total).toBe(1);
    expect(result.hits[0]!.attacker_groups.map((g) => findGroup(g.slug)?.name)).toEqual(["Rhysida"]);
  });

  it("steps aside while another invocation holds the poll lease", async () => {
    const deps = await pipeline();
    const now = new Date();
    await deps.store.tryLock(
      "poll",
      "worker:cron:other",
      now.toISOString(),
      new Date(now.getTime() + 60_000).toISOString(),
    );
    const lines: string[] = [];
    const report = await runBoundedPoll(deps, {
      limit: 5,
      holder: "worker:cron:me",
      catalogue: opml(server.feedUrls),
      log: (l) => lines.push(l),
    });
    expect(report).toMatchObject({ skipped: true });
    expect(lines.at(-1)).toBe("poll worker:cron:me skipped: another poll is running");
  });
});

describe("createBackgroundPolls", () => {
  it("runs a requested poll once, under the first request that claims it", async () => {
    const runs: string[] = [];
    let finish!: () => void;
    const polls = createBackgroundPolls(
      (id) => {
        runs.push(id);
        return new Promise<void>((resolve) => (finish = resolve));
      },
      () => undefined,
    );
    const first = polls.request();
    expect(first.running).toBe(false);
    expect(polls.request()).toEqual({ id: first.id, running: true });

    const claimed: Promise<unknown>[] = [];
    polls.startPending((work) => claimed.push(work));
    polls.startPending((work) => claimed.push(work));
    expect([runs, claimed.length]).toEqual([[first.id], 1]);
    expect(polls.request()).toEqual({ id: first.id, running: true });

    finish();
    await claimed[0];
    const next = polls.request();
    expect(next.running).toBe(false);
    expect(next.id).not.toBe(first.id);
  });

  it("logs a failed poll and frees the slot for the next one", async () => {
    const lines: string[] = [];
    const polls = createBackgroundPolls(
      async () => {
        throw new Error("D1 is unavailable");
      },
      (l) => lines.push(l),
    );
    const { id } = polls.request();
    const claimed: Promise<unknown>[] = [];
    polls.startPending((work) => claimed.push(work));
    await claimed[0];
    expect(lines).toEqual([`poll ${id} failed: D1 is unavailable`]);
    expect(polls.request().running).toBe(false);
  });

  it("does nothing when no poll was requested", () => {
    const polls = createBackgroundPolls(
      async () => undefined,
      () => undefined,
    );
    const claimed: Promise<unknown>[] = [];
    polls.startPending((work) => claimed.push(work));
    expect(claimed).toEqual([]);
  });
});

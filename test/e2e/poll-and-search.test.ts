import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { parseConfig, type Config } from "../../src/config/config";
import { createNodeContext } from "../../src/runtime/node-context";
import { startSampleFeedServer } from "../../src/runtime/sample-feed-server";
import { tempDir } from "../helpers/temp-dir";

const run = promisify(execFile);

describe("a feed on a loopback server, from poll to search", () => {
  const dir = tempDir("e2e");
  let feeds: Awaited<ReturnType<typeof startSampleFeedServer>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    feeds = await startSampleFeedServer(join(process.cwd(), "test/fixtures/e2e"));
    const opml = join(dir.path, "feeds.opml");
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>e2e</title></head><body>
         <outline text="security news"><outline type="rss" text="Healthwire" xmlUrl="${feeds.base}/healthwire.xml"/></outline>
       </body></opml>`,
    );
    env = {
      DATA_DIR: join(dir.path, "data"),
      FEEDS_OPML: opml,
      ALLOW_PRIVATE_FEEDS: "1",
      FETCH_ARTICLE_PAGES: "0",
      POLL_INTERVAL_MINUTES: "0",
    };
  });
  afterAll(async () => {
    await feeds.close();
    dir.remove();
  });

  const config = (): Config => {
    const parsed = parseConfig(env);
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    return parsed.config;
  };

  it("`npm run poll -- --once` stores the items and prints a summary", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/runtime/cli.ts", "poll", "--once"], {
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/Healthwire.*new-items\s+2\s+0/);
    expect(stdout).toContain("1 feeds, 2 new articles");
  });

  it("finds the incident by a word from the item, and not the non-incident item", async () => {
    const ctx = await createNodeContext(config(), { assetsDir: null });
    try {
      // As the server does before listening: otherwise this search would wait for a thread to start, and the search
      // time share would count that wait against the next one.
      await ctx.startSearch();
      const app = createApp({ ...ctx.app, startPoll: () => ({ id: "x", running: false }) });
      const hit = await (await app.request("/api/incidents?q=Marrowfield")).json();
      expect(hit.total).toBe(1);
      expect(hit.hits[0].sources[0].url).toBe("https://healthwire.example/news/marrowfield-ransomware");
      expect(hit.hits[0].attacker_groups.map((g: { name: string }) => g.name)).toEqual(["LockBit"]);
      // Signatures are for clustering only: neither search hits nor the incident page carry them.
      const one = await (await app.request(`/api/incidents/${hit.hits[0].id}`)).text();
      expect(one).toContain("marrowfield-ransomware");
      expect(JSON.stringify(hit) + one).not.toContain("signature");
      const miss = await (await app.request("/api/incidents?q=checklists")).json();
      expect(miss.total).toBe(0);
      const health = await (await app.request("/healthz")).json();
      expect(health).toMatchObject({ ok: true, articles: 2 });
    } finally {
      await ctx.close();
    }
  });

  it("`npm run reindex` rebuilds incidents and the index from the stored articles", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/runtime/cli.ts", "reindex"], {
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    expect(stdout).toContain("2 articles, 1 incidents indexed");
    const ctx = await createNodeContext(config(), { assetsDir: null });
    try {
      // As the server does before listening: otherwise this search would wait for a thread to start, and the search
      // time share would count that wait against the next one.
      await ctx.startSearch();
      const app = createApp({ ...ctx.app, startPoll: () => ({ id: "x", running: false }) });
      const hit = await (await app.request("/api/incidents?q=Marrowfield")).json();
      expect(hit.total).toBe(1);
      expect(JSON.stringify(hit)).not.toContain("signature");
    } finally {
      await ctx.close();
    }
  });

  it("exports the catalogue as OPML and imports it again without duplicates", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/runtime/cli.ts", "feeds", "export"], {
      env: { ...process.env, ...env },
    });
    expect(stdout).toContain('<opml version="2.0">');
    expect(stdout).toContain("/healthwire.xml");
    const file = join(dir.path, "export.opml");
    writeFileSync(file, stdout);
    const imported = await run(process.execPath, ["--import", "tsx", "src/runtime/cli.ts", "feeds", "import", file], {
      env: { ...process.env, ...env },
    });
    expect(imported.stdout).toContain("imported 0 new feeds");
  });

  it("a second poll of an unchanged feed stores nothing twice", async () => {
    const ctx = await createNodeContext(config(), { assetsDir: null });
    try {
      const report = await ctx.poll({ all: true });
      if ("skipped" in report) throw new Error("poll skipped");
      expect(report.feeds.map((f) => [f.outcome, f.new_articles])).toEqual([["unchanged", 0]]);
      expect(await ctx.pipeline.store.countArticles()).toBe(2);
    } finally {
      await ctx.close();
    }
  });
});

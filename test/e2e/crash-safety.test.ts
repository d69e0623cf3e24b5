import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir";

const FEEDS = 30;
const ITEMS = 40;

function feedXml(n: number): string {
  const items = Array.from(
    { length: ITEMS },
    (
      _,
      i,
    ) => `<item><title>Feed ${n} story ${i}</title><link>https://crash.example/${n}/${i}</link><guid>crash-${n}-${i}</guid>
      <pubDate>Mon, 02 Nov 2026 08:${String(i).padStart(2, "0")}:00 GMT</pubDate><description>Routine news item ${i} of feed ${n}.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Crash feed ${n}</title><link>https://crash.example/</link>${items.join("")}</channel></rss>`;
}

/** The poller in one process (`--import tsx`, not tsx's CLI, which forks a child that SIGKILL would orphan). */
function pollChild(env: Record<string, string>) {
  return spawn(process.execPath, ["--import", "tsx", "src/runtime/cli.ts", "poll", "--all"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function countArticles(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT COUNT(*) FROM articles").pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe("a poll killed with SIGKILL", () => {
  const dir = tempDir("crash");
  let server: Server;
  let env: Record<string, string>;
  const dbPath = () => join(env.DATA_DIR!, "medbreach.sqlite");

  beforeAll(async () => {
    // Each feed answers slowly, so the poll is still running when it is killed.
    server = createServer((req, res) => {
      const n = Number(/feed-(\d+)\.xml/.exec(req.url ?? "")?.[1] ?? -1);
      setTimeout(
        () =>
          res.writeHead(n >= 0 ? 200 : 404, { "Content-Type": "application/rss+xml" }).end(n >= 0 ? feedXml(n) : ""),
        120,
      );
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const opml = join(dir.path, "crash.opml");
    const outlines = Array.from(
      { length: FEEDS },
      (_, n) => `<outline type="rss" text="Crash ${n}" xmlUrl="http://127.0.0.1:${port}/feed-${n}.xml"/>`,
    );
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="t">${outlines.join("")}</outline></body></opml>`,
    );
    env = { DATA_DIR: join(dir.path, "data"), FEEDS_OPML: opml, ALLOW_PRIVATE_FEEDS: "1", FETCH_ARTICLE_PAGES: "0" };
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    dir.remove();
  });

  it("loses no article, duplicates none and leaves an intact store after a restart", async () => {
    const child = pollChild(env);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let seen = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      seen = countArticles(dbPath());
      if (seen >= ITEMS * 3) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill("SIGKILL");
    await exited;
    expect(seen).toBeGreaterThan(0);
    const atKill = countArticles(dbPath());
    expect(atKill).toBeLessThan(FEEDS * ITEMS);
    // Each feed's batch is one transaction: a kill leaves whole feeds, never half of one.
    expect(atKill % ITEMS).toBe(0);

    const restart = pollChild(env);
    let out = "";
    restart.stdout.on("data", (d) => (out += d));
    restart.stderr.on("data", (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => restart.on("exit", resolve));
    expect(code, out).toBe(0);
    expect(out).not.toContain("skipped");

    const db = new Database(dbPath(), { readonly: true });
    try {
      expect(db.prepare("SELECT COUNT(*) FROM articles").pluck().get()).toBe(FEEDS * ITEMS);
      expect(db.prepare("SELECT COUNT(DISTINCT url) FROM articles").pluck().get()).toBe(FEEDS * ITEMS);
      expect(db.prepare("SELECT COUNT(*) FROM feeds WHERE status = 'ok'").pluck().get()).toBe(FEEDS);
      // Articles the killed poll wrote but never clustered were clustered by the restart.
      expect(db.prepare("SELECT COUNT(*) FROM article_queue").pluck().get()).toBe(0);
      expect(db.prepare("SELECT COUNT(*) FROM articles WHERE entities IS NULL").pluck().get()).toBe(0);
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      db.close();
    }
  }, 120_000);
});

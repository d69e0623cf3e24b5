// Issue 18 finding 7: the poll lease under chaos. Four pollers share one database; the lease holder is killed
// (SIGKILL) or frozen past the lease's expiry (SIGSTOP, then SIGCONT) again and again. Reported: polls finished,
// batches written without the lease (must be 0), polls stopped because they lost the lease, and how long polling
// waited after a kill and after a freeze. The lease is scaled down (2 s, heartbeat 0.4 s) so a soak of
// BENCH_LEASE_SECONDS (30) sees many expiries; the production values are 2 min and 20 s, the same code.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { openSqliteStore } from "../src/store/sqlite";
import { spawnBenchScript } from "./child-process";
import { median, peakRssMb, type BenchRow } from "./harness";
import { tempDirFor } from "./temp";

export const title = "poll lease: 4 pollers on one database, the holder killed or frozen past expiry every 2.5 s";

const LEASE_MS = 2000;
const HEARTBEAT_MS = 400;
const POLLERS = 4;
const FEEDS = 8;

/** Feeds that answer after a short delay with five new items each time, so every poll writes. */
async function feedServer() {
  let served = 0;
  const server = http.createServer((req, res) => {
    const n = ++served;
    const items = Array.from(
      { length: 5 },
      (_, i) =>
        `<item><title>Hospital ${n}-${i} hit by ransomware</title><link>https://news.example/${n}/${i}</link></item>`,
    );
    setTimeout(
      () => {
        res.writeHead(200, { "Content-Type": "application/rss+xml" });
        res.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${req.url}</title>${items.join("")}</channel></rss>`,
        );
      },
      30 + (n % 5) * 30,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: Array.from({ length: FEEDS }, (_, i) => `${base}/feed/${i}.xml`),
    close: () => new Promise((r) => server.close(r)),
  };
}

interface Event {
  pid: number;
  event: "ready" | "acquired" | "poll" | "unleased-write";
  at?: number;
  started?: number;
  finished?: number;
  lost?: boolean;
}

export async function run(log: (line: string) => void): Promise<BenchRow[]> {
  const seconds = Number(process.env.BENCH_LEASE_SECONDS ?? 30);
  const feeds = await feedServer();
  const dir = tempDirFor("poll-lease");
  const path = `${dir.path}/lease.sqlite`;
  const { store, db } = openSqliteStore(path);
  await store.addFeeds(feeds.urls.map((url) => ({ url })));

  const events: Event[] = [];
  const children = new Map<number, ReturnType<typeof spawnBenchScript>>();
  const spawnPoller = () => {
    const child = spawnBenchScript("poll-lease.child.ts", [path, String(LEASE_MS), String(HEARTBEAT_MS)]);
    children.set(child.pid!, child);
    createInterface({ input: child.stdout }).on("line", (line) => events.push(JSON.parse(line) as Event));
    child.once("exit", () => children.delete(child.pid!));
  };
  for (let i = 0; i < POLLERS; i++) spawnPoller();

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const kills: number[] = [];
  const freezes: number[] = [];
  const holderPid = async () => {
    const lock = await store.getLock("poll");
    const pid = Number(/^node:.+:(\d+):/.exec(lock?.holder ?? "")?.[1]);
    return children.has(pid) ? pid : null;
  };
  try {
    // The chaos starts once every poller is up and one poll went through, so start-up time is not counted.
    while (events.filter((e) => e.event === "ready").length < POLLERS || !events.some((e) => e.event === "poll"))
      await pause(100);
    const end = Date.now() + seconds * 1000;
    for (let round = 0; Date.now() < end; round++) {
      await pause(2500);
      const pid = await holderPid();
      if (pid === null) continue;
      if (round % 3 === 2) {
        // Frozen past expiry: the PID stays alive, so only the lease's expiry can free it.
        freezes.push(Date.now());
        process.kill(pid, "SIGSTOP");
        await pause(LEASE_MS + 1000);
        process.kill(pid, "SIGCONT");
      } else {
        kills.push(Date.now());
        children.get(pid)!.kill("SIGKILL");
        spawnPoller();
      }
    }
    await pause(LEASE_MS + 1000);
  } finally {
    for (const child of children.values()) child.kill("SIGKILL");
    await feeds.close();
  }
  const integrity = String(db.pragma("integrity_check", { simple: true }));
  const articles = await store.countArticles();
  await store.close();
  dir.remove();

  const polls = events.filter((e) => e.event === "poll");
  const unleased = events.filter((e) => e.event === "unleased-write").length;
  const lostPolls = polls.filter((e) => e.lost).length;
  const acquired = events.filter((e) => e.event === "acquired").map((e) => e.at!);
  const waitAfter = (at: number) => Math.min(...acquired.filter((t) => t >= at)) - at;
  const afterKill = kills.map(waitAfter).filter(Number.isFinite);
  const afterFreeze = freezes.map(waitAfter).filter(Number.isFinite);
  log(`poll duration median ${median(polls.map((p) => p.finished! - p.started!))} ms`);
  log(
    `${seconds} s: ${polls.length} polls finished, ${kills.length} holders killed, ${freezes.length} frozen past expiry; ${articles} articles; integrity ${integrity}`,
  );
  log(`batches written without the lease: ${unleased}; polls that stopped on a lost lease: ${lostPolls}`);
  log(
    `lease taken again after a kill: median ${median(afterKill)} ms, max ${Math.max(...afterKill)} ms; after a freeze: median ${median(afterFreeze)} ms, max ${Math.max(...afterFreeze)} ms`,
  );
  if (integrity !== "ok") throw new Error(`integrity_check: ${integrity}`);
  return [
    { bench: "poll-lease", metric: "polls finished under chaos", value: polls.length, unit: "" },
    { bench: "poll-lease", metric: "batches written without the lease", value: unleased, unit: "", target: "0" },
    {
      bench: "poll-lease",
      metric: "polls stopped on a lost lease (frozen holders)",
      value: lostPolls,
      unit: "",
      target: `≤ ${freezes.length}`,
    },
    {
      bench: "poll-lease",
      metric: "lease taken again after its holder was killed (max)",
      value: Math.max(...afterKill),
      unit: "ms",
      baseline: LEASE_MS,
      target: "< lease expiry",
    },
    {
      bench: "poll-lease",
      metric: "lease taken again after its holder froze (max)",
      value: Math.max(...afterFreeze),
      unit: "ms",
      baseline: LEASE_MS,
      target: "≤ lease expiry + 1 s",
    },
    { bench: "poll-lease", metric: "peak RSS of the bench process", value: peakRssMb(), unit: "MB" },
  ];
}

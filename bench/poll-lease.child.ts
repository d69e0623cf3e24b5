// One poller of the lease soak, in a process of its own: polls the shared database over and over (after freeing a
// dead process's lease, as `npm start` does) and reports, as JSON lines, each time it takes the lease, each finished
// poll, and any batch it wrote while another poll held the lease. Arguments: database path, lease ms, heartbeat ms.
import { createNodeFetcher } from "../src/fetch/node-fetcher";
import { pollFeeds } from "../src/pipeline/poll";
import { nodeLeaseHolder, releaseLeaseOfDeadProcess } from "../src/runtime/node-poll-lease";
import { createEmbeddedSearch } from "../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../src/store/sqlite";
import type { Store } from "../src/store/store";

const [path, leaseMs, heartbeatMs] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const holder = nodeLeaseHolder();
const say = (line: object) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...line })}\n`);

const { store: opened, db } = openSqliteStore(path);
// The observer: a batch written while the lock table names another holder is the failure the lease exists to prevent.
let held = false;
const store: Store = {
  ...opened,
  async tryLock(...args) {
    const taken = await opened.tryLock(...args);
    if (taken && !held) say({ event: "acquired", at: Date.now() });
    held = taken;
    return taken;
  },
  async releaseLock(...args) {
    held = false;
    return opened.releaseLock(...args);
  },
  async saveFeedBatch(...args) {
    const lock = await opened.getLock("poll");
    if (lock?.holder !== holder) say({ event: "unleased-write", held_by: lock?.holder ?? null });
    return opened.saveFeedBatch(...args);
  },
};
const deps = {
  store,
  search: createEmbeddedSearch(sqliteClient(db)),
  fetcher: createNodeFetcher({ allowPrivate: true, retries: 0 }),
  clock: () => new Date(),
  intervalMinutes: 30,
  fetchArticlePages: false,
};

say({ event: "ready" });
for (;;) {
  await releaseLeaseOfDeadProcess(store);
  const report = await pollFeeds(deps, { all: true, holder, leaseMs, heartbeatMs });
  if ("skipped" in report) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    continue;
  }
  const lost = report.feeds.some((f) => f.error?.startsWith("lease-lost:"));
  say({ event: "poll", started: Date.parse(report.started_at), finished: Date.parse(report.finished_at), lost });
}

import { describe, expect, it } from "vitest";
import type { ParsedItem } from "../../src/model";
import { ingestArticles } from "../../src/pipeline/ingest";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";

const NOW = "2026-11-20T10:00:00.000Z";
const NAMES = ["Arden", "Bexley", "Corran", "Dalby", "Elstow", "Farleigh", "Gorran", "Hembury", "Ixworth", "Jarrow"];

function item(n: number): ParsedItem {
  const victim = `${NAMES[n % 10]}${NAMES[Math.floor(n / 10) % 10]!.toLowerCase()} General Hospital`;
  return {
    url: `https://wire.example/${n}`,
    guid: `w-${n}`,
    title: `${victim} hit by LockBit ransomware`,
    published: NOW,
    author: null,
    categories: [],
    content_html: "",
    text: `${victim} in Ohio said a ransomware attack claimed by the LockBit gang took its patient record systems offline. Planned operations were cancelled and staff moved to paper records.`,
    provenance: null,
  };
}

describe("ingesting a large batch in the server's process", () => {
  it("gives the event loop turns, so HTTP requests are served while a poll ingests", async () => {
    const { store, db } = openSqliteStore(":memory:");
    const search = createEmbeddedSearch(sqliteClient(db));
    await store.addFeeds([{ url: "https://wire.example/rss" }]);
    const feed = (await store.listFeeds())[0]!;
    const { inserted } = await store.saveFeedBatch(
      feed.id,
      Array.from({ length: 80 }, (_, n) => item(n)),
      {},
      NOW,
    );
    // Over synchronous SQLite every await settles as a microtask: without deliberate yields no timer
    // (and no incoming request) could run until the whole batch is done.
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    await ingestArticles({ store, search }, inserted, NOW, new Map());
    clearInterval(timer);
    expect(await store.countIncidents()).toBe(80);
    expect(turns).toBeGreaterThan(0);
  }, 60_000);
});

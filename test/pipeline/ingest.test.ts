import { describe, expect, it } from "vitest";
import type { ParsedItem } from "../../src/model";
import { extractEntities } from "../../src/extract";
import type { Fetcher } from "../../src/fetch/fetcher";
import { createIngestion, ingestArticles } from "../../src/pipeline/ingest";
import { pollFeeds, type PipelineDeps } from "../../src/pipeline/poll";
import type { SearchIndex } from "../../src/search/search-index";
import type { Store } from "../../src/store/store";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";

const NOW = "2026-11-20T10:00:00.000Z";
const incidentItem: ParsedItem = {
  url: "https://wire.example/kestrel-vale",
  guid: "kv-1",
  title: "Kestrel Vale Hospital cancels operations after Rhysida ransomware attack",
  published: "2026-11-19T09:00:00.000Z",
  author: null,
  categories: [],
  content_html: "",
  text: "Kestrel Vale Hospital in Ohio cancelled planned operations after a ransomware attack claimed by the Rhysida gang took its systems offline.",
  provenance: null,
};

const ANY = {
  q: "",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  impact: [],
  claim: [],
  since: null,
  until: null,
  sort: "relevance" as const,
  page: 1,
  limit: 10,
};

/** A fresh store with one feed, "Wire", and the embedded search index. */
async function wire() {
  const { store, db } = openSqliteStore(":memory:");
  const search = createEmbeddedSearch(sqliteClient(db));
  await store.addFeeds([{ url: "https://wire.example/rss", title: "Wire" }]);
  return { store, search, feed: (await store.listFeeds())[0]! };
}

/** The incident item again, once per victim name. */
const victims = (names: string[]): ParsedItem[] =>
  names.map((name, i) => ({
    ...incidentItem,
    url: `https://wire.example/${i}`,
    guid: `g-${i}`,
    title: `${name} Hospital cancels operations after Rhysida ransomware attack`,
    text: incidentItem.text.replace("Kestrel Vale", name),
  }));

/** Pipeline deps for polls that only replay the clustering queue: no feed is due, and fetching fails the test. */
function offlineDeps(store: Store, search: SearchIndex): PipelineDeps {
  const offline: Fetcher = {
    fetch: async () => {
      throw new Error("no feed is due, nothing is fetched");
    },
  };
  return { store, search, fetcher: offline, clock: () => new Date(NOW), intervalMinutes: 30, fetchArticlePages: false };
}

describe("ingesting articles", () => {
  it("indexes the incident an article opens, names its feed, and drops it when the article is edited into a non-incident", async () => {
    const { store, search, feed } = await wire();
    const titles = new Map([[feed.id, "Wire"]]);
    const query = { ...ANY, q: "Kestrel" };

    const first = await store.saveFeedBatch(feed.id, [incidentItem], {}, NOW);
    const [incident] = await ingestArticles({ store, search }, first.inserted, NOW, titles);
    expect(incident!.sources[0]!.feed).toBe("Wire");
    expect((await search.search(query)).total).toBe(1);

    const edited = {
      ...incidentItem,
      title: "Kestrel Vale Hospital opens a new day-surgery unit",
      text: "Kestrel Vale Hospital opened a new day-surgery unit with four theatres.",
    };
    const second = await store.saveFeedBatch(feed.id, [edited], {}, NOW);
    expect(await ingestArticles({ store, search }, second.updated, NOW, titles)).toEqual([]);
    expect(await store.countIncidents()).toBe(0);
    expect((await search.search(query)).total).toBe(0);
  });

  it("clusters at the next poll the articles a stopped poll wrote but never clustered", async () => {
    const { store, search, feed } = await wire();
    // What a poll killed between writing a feed's batch and clustering it leaves behind.
    await store.saveFeedBatch(
      feed.id,
      [incidentItem],
      { next_due_at: "2099-01-01T00:00:00.000Z" },
      NOW,
      extractEntities,
    );
    expect(await store.countIncidents()).toBe(0);
    const report = await pollFeeds(offlineDeps(store, search));
    expect("skipped" in report ? report : report.feeds).toEqual([]);
    expect(await store.countIncidents()).toBe(1);
    expect((await search.search({ ...ANY, q: "Kestrel" })).total).toBe(1);
    expect(await store.queuedArticles(10)).toEqual([]);
  });

  it("re-clusters at most `replayLimit` queued articles per poll, oldest first", async () => {
    const { store, search, feed } = await wire();
    const items = victims(["Ward 0", "Ward 1", "Ward 2"]);
    const { inserted } = await store.saveFeedBatch(
      feed.id,
      items,
      { next_due_at: "2099-01-01T00:00:00.000Z" },
      NOW,
      extractEntities,
    );
    const deps = offlineDeps(store, search);
    await pollFeeds(deps, { replayLimit: 2 });
    expect((await store.queuedArticles(10)).map((a) => a.id)).toEqual([inserted[2]!.id]);
    await pollFeeds(deps, { replayLimit: 2 });
    expect(await store.queuedArticles(10)).toEqual([]);
  });

  it("writes incidents, the index and the queue every `flushEvery` articles, and the rest on flush", async () => {
    const { store, search, feed } = await wire();
    const items = victims(["Kestrel Vale", "Larkhill", "Pembury"]);
    const { inserted } = await store.saveFeedBatch(feed.id, items, {}, NOW, extractEntities);
    const ingestion = createIngestion({ store, search }, new Map(), 2);
    await ingestion.add(inserted, NOW);
    expect(await store.countIncidents()).toBe(2);
    expect((await search.search(ANY)).total).toBe(2);
    expect((await store.queuedArticles(10)).map((a) => a.id)).toEqual([inserted[2]!.id]);
    expect((await ingestion.flush()).map((i) => i.sources[0]!.url)).toEqual([items[2]!.url]);
    expect(await store.countIncidents()).toBe(3);
    expect((await search.search(ANY)).total).toBe(3);
    expect(await store.queuedArticles(10)).toEqual([]);
  });

  it("reports an article it cannot cluster, leaves it queued and clusters the others", async () => {
    const { store, search, feed } = await wire();
    const { inserted } = await store.saveFeedBatch(
      feed.id,
      victims(["Kestrel Vale", "Larkhill", "Pembury"]),
      {},
      NOW,
      extractEntities,
    );
    const poisoned = inserted[1]!.id;
    const failing: Store = {
      ...store,
      incidentIdForArticle: async (id) => {
        if (id === poisoned) throw new Error("odd input");
        return store.incidentIdForArticle(id);
      },
    };
    const failures: [number, string][] = [];
    await ingestArticles({ store: failing, search }, inserted, NOW, new Map(), (a, e) =>
      failures.push([a.id, (e as Error).message]),
    );
    expect(failures).toEqual([[poisoned, "odd input"]]);
    expect(await store.countIncidents()).toBe(2);
    expect((await store.queuedArticles(10)).map((a) => a.id)).toEqual([poisoned]);
  });

  it("asks the store which incident holds an article only for articles that were not just inserted", async () => {
    const { store, search, feed } = await wire();
    const { inserted } = await store.saveFeedBatch(
      feed.id,
      victims(["Kestrel Vale", "Larkhill"]),
      {},
      NOW,
      extractEntities,
    );
    const asked: number[] = [];
    const counting: Store = {
      ...store,
      incidentIdForArticle: async (id) => (asked.push(id), store.incidentIdForArticle(id)),
    };
    const ingestion = createIngestion({ store: counting, search }, new Map());
    await ingestion.add(inserted, NOW, true);
    await ingestion.flush();
    expect(asked).toEqual([]);
    expect(await store.countIncidents()).toBe(2);
    await ingestion.add(inserted.slice(0, 1), NOW);
    await ingestion.flush();
    expect(asked).toEqual([inserted[0]!.id]);
    expect(await store.countIncidents()).toBe(2);
  });
});

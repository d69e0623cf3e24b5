import { describe, expect, it } from "vitest";
import type { ParsedItem } from "../../src/model";
import { ingestArticles } from "../../src/pipeline/poll";
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

describe("ingesting articles", () => {
  it("indexes the incident an article opens, names its feed, and drops it when the article is edited into a non-incident", async () => {
    const { store, db } = openSqliteStore(":memory:");
    const search = createEmbeddedSearch(sqliteClient(db));
    await store.addFeeds([{ url: "https://wire.example/rss", title: "Wire" }]);
    const feed = (await store.listFeeds())[0]!;
    const titles = new Map([[feed.id, "Wire"]]);
    const query = { q: "Kestrel", attacker: [], victim_type: [], country: [], attack_type: [], since: null, until: null, sort: "relevance" as const, page: 1, limit: 10 };

    const first = await store.saveFeedBatch(feed.id, [incidentItem], {}, NOW);
    const [incident] = await ingestArticles({ store, search }, first.inserted, NOW, titles);
    expect(incident!.sources[0]!.feed).toBe("Wire");
    expect((await search.search(query)).total).toBe(1);

    const edited = { ...incidentItem, title: "Kestrel Vale Hospital opens a new day-surgery unit", text: "Kestrel Vale Hospital opened a new day-surgery unit with four theatres." };
    const second = await store.saveFeedBatch(feed.id, [edited], {}, NOW);
    expect(await ingestArticles({ store, search }, second.updated, NOW, titles)).toEqual([]);
    expect(await store.countIncidents()).toBe(0);
    expect((await search.search(query)).total).toBe(0);
  });
});

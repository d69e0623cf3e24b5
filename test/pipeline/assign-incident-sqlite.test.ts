import { afterEach, describe, expect, it } from "vitest";
import { assignIncident, reclusterAll } from "../../src/pipeline/assign-incident";
import { openClusterSession } from "../../src/pipeline/cluster-session";
import type { Article, ParsedItem } from "../../src/model";
import { openSqliteStore } from "../../src/store/sqlite";
import type { Store } from "../../src/store/store";
import { kestrelValley, quillfireDay, thornbury } from "../fixtures/cluster/stories";

const stories = [
  thornbury.original,
  kestrelValley.first,
  thornbury.reprint,
  quillfireDay.marlow,
  thornbury.rewrite,
  quillfireDay.ashgrove,
  thornbury.followUp,
  kestrelValley.nextYear,
];
const NOW = "2025-01-01T00:00:00Z";
let close: (() => Promise<void>) | null = null;

afterEach(async () => {
  await close?.();
  close = null;
});

/** Stores the fixture stories in a fresh in-memory SQLite store, as the poller would: items, then entities. */
async function seeded(): Promise<{ store: Store; articles: Article[] }> {
  const { store } = openSqliteStore(":memory:");
  close = () => store.close();
  await store.addFeeds([{ url: "https://v3.example.co.uk/feed", title: "V3" }]);
  const [feed] = await store.listFeeds();
  const items: ParsedItem[] = stories.map((a) => ({
    url: a.url,
    guid: null,
    title: a.title,
    published: a.published,
    author: null,
    categories: [],
    content_html: "",
    text: a.text,
    provenance: a.provenance,
  }));
  const { inserted } = await store.saveFeedBatch(feed!.id, items, {}, NOW);
  const articles = inserted.map((a) => ({ ...a, entities: stories.find((s) => s.url === a.url)!.entities }));
  for (const a of articles) await store.setArticleEntities(a.id, a.entities!);
  return { store, articles };
}

describe("assignIncident over the SQLite store", () => {
  it("clusters the stories through the store's key index and names the feed", async () => {
    const { store, articles } = await seeded();
    const session = openClusterSession(store);
    const ids: string[] = [];
    for (const a of articles) {
      ids.push((await assignIncident(session, a, NOW))!.id);
      await session.flush();
    }
    const byUrl = new Map(articles.map((a, i) => [a.url, ids[i]]));
    const thornburyIds = new Set(
      [thornbury.original, thornbury.reprint, thornbury.rewrite, thornbury.followUp].map((a) => byUrl.get(a.url)),
    );
    expect(thornburyIds.size).toBe(1);
    expect(byUrl.get(kestrelValley.first.url)).not.toBe(byUrl.get(kestrelValley.nextYear.url));
    expect(byUrl.get(quillfireDay.marlow.url)).not.toBe(byUrl.get(quillfireDay.ashgrove.url));
    expect(await store.countIncidents()).toBe(5);
    const incident = (await store.getIncident(ids[0]!))!;
    expect(incident.sources.map((s) => [s.site, s.feed])).toEqual([
      ["v3.example.co.uk", "V3"],
      ["theatre-journal.example.org", "V3"],
      ["healthsec.example.com", "V3"],
      ["news.example.net", "V3"],
    ]);
    expect(await store.incidentIdForArticle(articles[2]!.id)).toBe(ids[0]);
  });

  it("rebuilds the same incidents from stored articles", async () => {
    const { store, articles } = await seeded();
    const session = openClusterSession(store);
    for (const a of articles) await assignIncident(session, a, NOW);
    await session.flush();
    const before = await store.listIncidents("", 100);
    expect(await reclusterAll(store)).toBe(5);
    expect(await store.listIncidents("", 100)).toEqual(before);
  });
});

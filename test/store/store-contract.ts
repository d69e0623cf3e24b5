import { beforeEach, describe, expect, it } from "vitest";
import { extractEntities } from "../../src/extract";
import type { ChangeRecord, Incident, ParsedItem } from "../../src/model";
import type { ArticleText, Store } from "../../src/store/store";

const NOW = "2026-03-01T10:00:00.000Z";

/** A parsed feed item with sensible defaults. */
export function item(n: number, overrides: Partial<ParsedItem> = {}): ParsedItem {
  return {
    url: `https://news.example/story-${n}`,
    guid: `guid-${n}`,
    title: `Story ${n}`,
    published: `2026-02-${String(10 + n).padStart(2, "0")}T08:00:00.000Z`,
    author: null,
    categories: ["security"],
    content_html: `<p>Body ${n}</p>`,
    text: `Body ${n}`,
    provenance: null,
    ...overrides,
  };
}

/** A minimal incident built over the given article ids. */
export function incident(id: string, articleIds: number[], lastSeen = NOW): Incident {
  return {
    id,
    title: `Incident ${id}`,
    summary: "",
    first_seen: lastSeen,
    last_seen: lastSeen,
    victim: { orgs: ["Fictional Hospital"], type: "hospital", country: "GB" },
    attacker_groups: [],
    ransom: { status: "not-mentioned", amount: null, currency: null },
    data_volume_bytes: null,
    people_affected: null,
    attack_types: [],
    impact: [],
    sources: articleIds.map((article_id) => ({
      article_id,
      url: `https://news.example/story-${article_id}`,
      title: "t",
      site: "news.example",
      published: lastSeen,
      feed: null,
      added: [],
      provenance: null,
    })),
    facts: [],
    evidence: [],
  };
}

/** The behaviour every `Store` adapter must show; run against SQLite always and D1 in the Worker suite. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let feedId: number;
    beforeEach(async () => {
      store = await open();
      await store.addFeeds([{ url: "https://news.example/feed.xml", title: "News", category: "security news" }]);
      feedId = (await store.listFeeds())[0]!.id;
    });

    it("adds a feed once however often the catalogue is imported", async () => {
      expect(
        await store.addFeeds([{ url: "https://news.example/feed.xml" }, { url: "https://other.example/rss" }]),
      ).toBe(1);
      expect((await store.listFeeds()).map((f) => f.url).sort()).toEqual([
        "https://news.example/feed.xml",
        "https://other.example/rss",
      ]);
    });

    it("stores nothing twice when the same batch is polled again", async () => {
      const first = await store.saveFeedBatch(feedId, [item(1), item(2)], { status: "ok" }, NOW);
      const second = await store.saveFeedBatch(feedId, [item(1), item(2)], { status: "ok" }, NOW);
      expect([first.inserted.length, second.inserted.length, second.updated.length]).toEqual([2, 0, 0]);
      expect(await store.countArticles()).toBe(2);
      expect((await store.getFeed(feedId))!.item_count).toBe(2);
    });

    it("updates an edited item in place, found by its GUID when the link changed", async () => {
      const { inserted } = await store.saveFeedBatch(feedId, [item(1)], {}, NOW);
      const edited = item(1, { url: "https://news.example/story-1-updated", title: "Story 1 (updated)" });
      const { updated } = await store.saveFeedBatch(feedId, [edited], {}, NOW);
      expect(updated.map((a) => [a.id, a.title, a.url])).toEqual([
        [inserted[0]!.id, "Story 1 (updated)", "https://news.example/story-1-updated"],
      ]);
      expect(await store.countArticles()).toBe(1);
    });

    it("gives the text of stored articles by id, leaving out ids it does not hold", async () => {
      const { inserted } = await store.saveFeedBatch(feedId, [item(1), item(2)], {}, NOW);
      const [a, b] = inserted.map((x) => x.id);
      const texts = await store.getArticleTexts([b!, 999_999, a!]);
      expect([...texts].sort((x, y) => x[0] - y[0])).toEqual(inserted.map((x) => [x.id, x.text]));
    });

    it("falls back to first-seen when an item has no date", async () => {
      const { inserted } = await store.saveFeedBatch(feedId, [item(1, { published: null })], {}, NOW);
      expect(inserted[0]!.published).toBe(NOW);
    });

    it("writes the feed state with the batch", async () => {
      await store.saveFeedBatch(
        feedId,
        [item(1)],
        { status: "ok", etag: '"v1"', last_success_at: NOW, consecutive_errors: 0 },
        NOW,
      );
      const feed = (await store.getFeed(feedId))!;
      expect([feed.status, feed.etag, feed.last_success_at]).toEqual(["ok", '"v1"', NOW]);
    });

    it("records a feed error as data", async () => {
      await store.updateFeed(feedId, {
        status: "error",
        consecutive_errors: 2,
        last_error: { code: "http-500", message: "server error", at: NOW },
      });
      const feed = (await store.getFeed(feedId))!;
      expect(feed.last_error).toEqual({ code: "http-500", message: "server error", at: NOW });
      expect(feed.consecutive_errors).toBe(2);
    });

    it("lists only feeds that are due, and never gone ones", async () => {
      await store.addFeeds([{ url: "https://later.example/rss" }, { url: "https://gone.example/rss" }]);
      const feeds = await store.listFeeds();
      const later = feeds.find((f) => f.url.includes("later"))!;
      const gone = feeds.find((f) => f.url.includes("gone"))!;
      await store.updateFeed(later.id, { next_due_at: "2026-03-02T00:00:00.000Z" });
      await store.updateFeed(gone.id, { status: "gone" });
      expect((await store.dueFeeds(NOW)).map((f) => f.id)).toEqual([feedId]);
      expect((await store.dueFeeds(null)).map((f) => f.id).sort()).toEqual([feedId, later.id].sort());
    });

    it("finds incidents by blocking key and remembers which incident holds an article", async () => {
      const { inserted } = await store.saveFeedBatch(feedId, [item(1), item(2)], {}, NOW);
      const [a, b] = inserted.map((x) => x.id);
      const save = (inc: Incident, keys: string[]) =>
        store.writeIncidents({ saved: [{ incident: inc, keys, profile: `profile of ${inc.id}` }], deleted: [] });
      const ids = async (keys: string[], limit = 50) =>
        (await store.incidentCandidates([{ keys, limit }]))[0]!.map((c) => c.id);
      await save(incident("inc_a", [a!]), ["victim:fictional", "group:lockbit"]);
      await save(incident("inc_b", [b!], "2026-03-02T00:00:00.000Z"), ["victim:other"]);
      expect(await ids(["group:lockbit", "victim:other"])).toEqual(["inc_b", "inc_a"]);
      expect(await store.incidentCandidates([{ keys: ["victim:other"], limit: 5 }])).toEqual([
        [{ id: "inc_b", last_seen: "2026-03-02T00:00:00.000Z", profile: "profile of inc_b", doc: null }],
      ]);
      // More keys than D1 binds parameters or allows terms in a compound SELECT.
      const many = [...Array.from({ length: 120 }, (_, k) => `none:${k}`), "group:lockbit"];
      expect(await ids(many)).toEqual(["inc_a"]);
      expect(await ids(["group:lockbit", "victim:other"], 1)).toEqual(["inc_b"]);
      expect(await store.incidentIdForArticle(a!)).toBe("inc_a");
      await save(incident("inc_a", [a!, b!]), ["victim:fictional"]);
      expect(await store.incidentIdForArticle(b!)).toBe("inc_a");
      expect(await ids(["group:lockbit"])).toEqual([]);
      expect(await store.countIncidents()).toBe(2);
      expect((await store.listIncidents("", 10)).map((i) => i.id)).toEqual(["inc_a", "inc_b"]);
      await store.writeIncidents({ saved: [], deleted: ["inc_b"] });
      expect(await store.getIncident("inc_b")).toBeNull();
      expect(await ids(["victim:other"])).toEqual([]);
      expect(await store.countIncidents()).toBe(1);
      await store.deleteAllIncidents();
      expect(await store.countIncidents()).toBe(0);
    });

    it("writes many incidents in one call: a member moving between them, a deletion, the last version of one given twice", async () => {
      const { inserted } = await store.saveFeedBatch(
        feedId,
        [1, 2, 3].map((n) => item(n)),
        {},
        NOW,
      );
      const [a, b, c] = inserted.map((x) => x.id);
      const write = (saved: [Incident, string[]][], deleted: string[] = []) =>
        store.writeIncidents({ saved: saved.map(([incident, keys]) => ({ incident, keys, profile: "p" })), deleted });
      await write([
        [incident("inc_a", [a!, b!]), ["k:a", "k:shared"]],
        [incident("inc_c", [c!]), ["k:c"]],
      ]);
      const ids = async (keys: string[]) =>
        (await store.incidentCandidates([{ keys, limit: 10 }]))[0]!.map((x) => x.id).sort();
      expect(await ids(["k:shared", "k:c"])).toEqual(["inc_a", "inc_c"]);
      await write(
        [
          [incident("inc_a", [a!]), ["k:a"]],
          [incident("inc_b", [b!]), ["k:stale"]],
          [incident("inc_b", [b!]), ["k:b", "k:shared"]],
        ],
        ["inc_c"],
      );
      expect(await store.incidentIdForArticle(b!)).toBe("inc_b");
      expect(await store.incidentIdForArticle(c!)).toBeNull();
      expect(await store.getIncident("inc_c")).toBeNull();
      expect(await ids(["k:shared"])).toEqual(["inc_b"]);
      expect(await ids(["k:stale", "k:c"])).toEqual([]);
      expect(await ids(["k:a", "k:b"])).toEqual(["inc_a", "inc_b"]);
    });

    it("records material changes with their incident, lists them newest first, and drops them with the incident", async () => {
      const { inserted } = await store.saveFeedBatch(
        feedId,
        [1, 2].map((n) => item(n)),
        {},
        NOW,
      );
      const [a, b] = inserted.map((x) => x.id);
      const change = (id: string, incidentId: string, at: string): ChangeRecord => ({
        id,
        incident_id: incidentId,
        at,
        kinds: ["impact"],
        changes: [{ kind: "impact", impact: "operations-cancelled", quote: "Operations were cancelled." }],
        quote: "Operations were cancelled.",
        source: { url: `https://news.example/${id}`, title: "t", site: "news.example" },
      });
      await store.writeIncidents({
        saved: [
          { incident: incident("inc_a", [a!]), keys: [], profile: "p" },
          { incident: incident("inc_b", [b!]), keys: [], profile: "p" },
        ],
        deleted: [],
        changes: [
          change("chg_1", "inc_a", "2026-03-02T00:00:00Z"),
          change("chg_2", "inc_a", "2026-03-03T00:00:00Z"),
          change("chg_3", "inc_b", "2026-03-02T00:00:00Z"),
        ],
      });
      // Written again (a rebuild): replaced by id, never doubled.
      await store.writeIncidents({
        saved: [],
        deleted: [],
        changes: [change("chg_1", "inc_a", "2026-03-02T00:00:00Z")],
      });
      expect((await store.listChanges(["inc_a"])).map((c) => c.id)).toEqual(["chg_2", "chg_1"]);
      expect((await store.listChanges(["inc_a", "inc_b"])).map((c) => c.id)).toEqual(["chg_2", "chg_1", "chg_3"]);
      await store.writeIncidents({ saved: [], deleted: ["inc_a"] });
      expect((await store.listChanges(["inc_a", "inc_b"])).map((c) => c.id)).toEqual(["chg_3"]);
      await store.deleteAllIncidents();
      expect(await store.listChanges(["inc_b"])).toEqual([]);
    });

    it("counts per feed the items read, used in incidents and judged not relevant", async () => {
      const entities = (relevant: boolean) => ({
        ...extractEntities({ url: "u", site: "s", title: "t", text: "" }),
        relevant,
      });
      const { inserted } = await store.saveFeedBatch(
        feedId,
        [1, 2, 3, 4].map((n) => item(n)),
        {},
        NOW,
        (a) => entities(!a.url.endsWith("-2")),
      );
      await store.writeIncidents({
        saved: [{ incident: incident("inc_a", [inserted[0]!.id]), keys: [], profile: "p" }],
        deleted: [],
      });
      expect(await store.feedUsage()).toEqual([{ feed_id: feedId, read: 4, used: 1, not_relevant: 1 }]);
    });

    it("gives the newest incidents of a key shared by many, however many share it", async () => {
      const { inserted } = await store.saveFeedBatch(
        feedId,
        [1, 2, 3, 4, 5].map((n) => item(n)),
        {},
        NOW,
      );
      await store.writeIncidents({
        saved: inserted.map((a, i) => ({
          incident: incident(`inc_${i}`, [a.id], `2026-03-0${i + 1}T00:00:00.000Z`),
          keys: ["shared", ...(i === 0 ? ["rare"] : [])],
          profile: "p",
        })),
        deleted: [],
      });
      const ids = async (keys: string[], limit: number) =>
        (await store.incidentCandidates([{ keys, limit }]))[0]!.map((c) => c.id);
      expect(await ids(["shared"], 3)).toEqual(["inc_4", "inc_3", "inc_2"]);
      expect(await ids(["rare", "shared"], 10)).toEqual(["inc_4", "inc_3", "inc_2", "inc_1", "inc_0"]);
      expect(await ids(["rare"], 1)).toEqual(["inc_0"]);
      // Several queries at once, each with its own limit; one without keys finds nothing.
      const lists = await store.incidentCandidates([
        { keys: ["shared"], limit: 2 },
        { keys: [], limit: 5 },
        { keys: ["rare"], limit: 5 },
      ]);
      expect(lists.map((l) => l.map((c) => c.id))).toEqual([["inc_4", "inc_3"], [], ["inc_0"]]);
    });

    it("queues new and changed articles for clustering, with the entities it was given, until they are dequeued", async () => {
      const entities = (a: ArticleText) => ({ ...extractEntities(a), victim_orgs: [a.title] });
      const first = await store.saveFeedBatch(feedId, [item(1), item(2)], {}, NOW, entities);
      expect(first.inserted.map((a) => a.entities?.victim_orgs)).toEqual([["Story 1"], ["Story 2"]]);
      expect((await store.queuedArticles(10)).map((a) => a.url)).toEqual([item(1).url, item(2).url]);
      await store.dequeueArticles(first.inserted.map((a) => a.id));
      expect(await store.queuedArticles(10)).toEqual([]);
      const edited = await store.saveFeedBatch(
        feedId,
        [item(1), item(2, { title: "Story 2, updated" })],
        {},
        NOW,
        entities,
      );
      expect(edited.updated.map((a) => a.entities?.victim_orgs)).toEqual([["Story 2, updated"]]);
      expect((await store.queuedArticles(10)).map((a) => a.title)).toEqual(["Story 2, updated"]);
    });

    it("gives a lease to one holder at a time until it expires or is released", async () => {
      expect(await store.tryLock("poll", "a", NOW, "2026-03-01T10:10:00.000Z")).toBe(true);
      expect(await store.tryLock("poll", "b", NOW, "2026-03-01T10:10:00.000Z")).toBe(false);
      expect(await store.tryLock("poll", "b", "2026-03-01T10:11:00.000Z", "2026-03-01T10:20:00.000Z")).toBe(true);
      await store.releaseLock("poll", "b");
      expect(await store.tryLock("poll", "c", NOW, "2026-03-01T10:10:00.000Z")).toBe(true);
      expect(await store.getLock("poll")).toEqual({ holder: "c", expires_at: "2026-03-01T10:10:00.000Z" });
      expect(await store.getLock("other")).toBeNull();
    });
  });
}

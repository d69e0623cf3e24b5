import { describe, expect, it } from "vitest";
import { clusterBatch } from "../../src/cluster/batch";
import { assignIncident, reclusterAll } from "../../src/pipeline/assign-incident";
import { openClusterSession, type ClusterStore } from "../../src/pipeline/cluster-session";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import type { Article } from "../../src/model";
import { arrivals, quillfireDay, thornbury } from "../fixtures/cluster/stories";
import { fakeStore } from "./fake-store";

const NOW = "2025-01-01T00:00:00Z";

/** Clusters the articles one at a time; `flushEach: false` keeps every write pending in one session until the end. */
async function ingest(articles: Article[], { flushEach = true } = {}) {
  const store = fakeStore(articles, [{ id: 1, title: "V3" }]);
  const session = openClusterSession(store);
  const ids: string[] = [];
  for (const a of articles) {
    ids.push((await assignIncident(session, a, NOW))!.id);
    if (flushEach) await session.flush();
  }
  await session.flush();
  return { store, ids };
}

/** One clustering step, written at once. */
async function assignAndFlush(store: ClusterStore, article: Article) {
  const session = openClusterSession(store);
  const incident = await assignIncident(session, article, NOW);
  await session.flush();
  return incident;
}

describe("assignIncident", () => {
  it("puts each arriving article into the same incidents as the batch clusterer", async () => {
    const { ids } = await ingest(arrivals);
    const batch = clusterBatch(
      arrivals.map((a) => ({
        id: String(a.id),
        url: a.url,
        site: a.site,
        title: a.title,
        text: a.text,
        published: a.published,
        entities: a.entities!,
      })),
      groupSlugOf,
    );
    expect(ids).toEqual(batch);
  });

  it("clusters the same way when a session keeps every write pending until the end", async () => {
    const flushed = await ingest(arrivals);
    const pending = await ingest(arrivals, { flushEach: false });
    expect(pending.ids).toEqual(flushed.ids);
    const byId = (m: Map<string, unknown>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
    expect(byId(pending.store.incidents)).toEqual(byId(flushed.store.incidents));
  });

  it("keeps the whole Thornbury story in one incident with a five-source timeline", async () => {
    const { store, ids } = await ingest(arrivals);
    const incident = store.incidents.get(ids[0]!)!;
    expect(incident.sources.map((s) => s.article_id)).toEqual(Object.values(thornbury).map((a) => a.id));
    expect(incident.sources[0]!.feed).toBe("V3");
    expect(store.incidents.size).toBe(5);
  });

  it("returns null for an article that is not relevant and saves nothing", async () => {
    const store = fakeStore();
    const off = { ...thornbury.original, entities: { ...thornbury.original.entities!, relevant: false } };
    expect(await assignAndFlush(store, off)).toBeNull();
    expect(store.incidents.size).toBe(0);
  });

  it("rebuilds the incident of an updated article instead of matching it again", async () => {
    const { store, ids } = await ingest([thornbury.original, thornbury.rewrite]);
    const updated = { ...thornbury.rewrite, entities: { ...thornbury.rewrite.entities!, people_affected: 4000 } };
    store.putArticle(updated);
    const incident = await assignAndFlush(store, updated);
    expect(incident!.id).toBe(ids[0]);
    expect(incident!.people_affected).toBe(4000);
    expect(store.incidents.size).toBe(1);
  });

  it("takes an article that stopped being relevant out of its incident", async () => {
    const { store, ids } = await ingest([thornbury.original, thornbury.rewrite]);
    const withdrawn = { ...thornbury.rewrite, entities: { ...thornbury.rewrite.entities!, relevant: false } };
    const incident = await assignAndFlush(store, withdrawn);
    expect(incident!.id).toBe(ids[0]);
    expect(incident!.sources.map((s) => s.article_id)).toEqual([thornbury.original.id]);
  });

  it("deletes an incident whose only source stopped being relevant", async () => {
    const { store, ids } = await ingest([thornbury.original]);
    const withdrawn = { ...thornbury.original, entities: { ...thornbury.original.entities!, relevant: false } };
    expect(await assignAndFlush(store, withdrawn)).toBeNull();
    expect(await store.getIncident(ids[0]!)).toBeNull();
    expect(await store.incidentIdForArticle(thornbury.original.id)).toBeNull();
  });

  it.each([
    { name: "a report naming no victim joins the named incident of its group", order: ["named", "unnamed"] },
    { name: "a report naming the victim joins the incident a victimless report opened", order: ["unnamed", "named"] },
  ])("$name when group, country, type and date agree", async ({ order }) => {
    const named = { ...quillfireDay.marlow, id: 901, url: "https://x.example/named" };
    const unnamed = {
      ...quillfireDay.marlow,
      id: 902,
      url: "https://x.example/unnamed",
      published: "2024-05-08T10:00:00Z",
      text: "An Ohio hospital is the latest victim of Quillfire.",
      entities: { ...quillfireDay.marlow.entities!, victim_orgs: [] },
    };
    const articles = order.map((o) => (o === "named" ? named : unnamed));
    const { ids } = await ingest(articles);
    expect(ids[1]).toBe(ids[0]);
  });

  it("does not bring back the other victims of a breach tracker's template as candidates", async () => {
    const victims = [
      "Larkhill",
      "Pembury",
      "Ashcombe",
      "Brackley",
      "Cranford",
      "Dunmore",
      "Elmstead",
      "Fernhill",
      "Gosford",
      "Hartley",
      "Ivybridge",
      "Kelso",
    ];
    const templated = victims.map((name, i): Article => {
      const victim = `${name} Hospital`;
      return {
        ...quillfireDay.marlow,
        id: 700 + i,
        url: `https://tracker.example/${i}`,
        title: `${victim} hit by Quillfire ransomware`,
        text: `${victim} in Ohio said a ransomware attack claimed by the Quillfire gang took its patient record systems offline. The group demanded $2 million and says it stole 300GB of data, including records of 4,000 patients. Planned operations were cancelled and staff moved to paper records while the systems were restored.`,
        entities: { ...quillfireDay.marlow.entities!, victim_orgs: [victim] },
      };
    });
    const { store, ids } = await ingest(templated);
    expect(new Set(ids).size).toBe(victims.length);
    // Every item is a near-copy of every other; only victims that could join are worth scoring.
    expect(store.stats.candidatesReturned).toBe(0);
  });

  it("asks the store once per article which incident holds it, however often clustering asks", async () => {
    const store = fakeStore(arrivals);
    const session = openClusterSession(store);
    for (const a of arrivals) {
      await session.incidentIdForArticle(a.id);
      await assignIncident(session, a, NOW);
    }
    expect(store.stats.membershipLookups).toBe(arrivals.length);
  });

  it("asks the store for candidates by key, never for every incident", async () => {
    const { store } = await ingest(arrivals);
    expect(store.stats.keyLookups).toBeLessThanOrEqual(arrivals.length * 2);
    expect(store.stats.candidatesReturned).toBeLessThan(arrivals.length * 3);
  });
});

describe("reclusterAll", () => {
  it("rebuilds the same incidents from the stored articles, reporting progress", async () => {
    const { store } = await ingest(arrivals);
    const before = [...store.incidents.values()].sort((a, b) => a.id.localeCompare(b.id));
    const progress: [number, number][] = [];
    const count = await reclusterAll(store, (done, total) => progress.push([done, total]), 4);
    expect(count).toBe(5);
    expect([...store.incidents.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);
    expect(progress).toEqual([
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
  });
});

// An in-memory store with the calls clustering makes, keyed like the SQL store (key → incident ids).
import type { Article, FeedSource, Incident } from "../../src/model";
import type { ClusterStore } from "../../src/pipeline/cluster-session";

/** A ClusterStore over maps; `keyLookups` counts incidentCandidates calls so tests can check blocking. */
export function fakeStore(articles: Article[] = [], feeds: Pick<FeedSource, "id" | "title">[] = []) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const incidents = new Map<string, Incident>();
  const keysOf = new Map<string, string[]>();
  const profiles = new Map<string, string>();
  const byKey = new Map<string, Set<string>>();
  const articleIncident = new Map<number, string>();
  const stats = { keyLookups: 0, candidatesReturned: 0, membershipLookups: 0 };
  const drop = (id: string) => {
    for (const k of keysOf.get(id) ?? []) byKey.get(k)?.delete(id);
    keysOf.delete(id);
    profiles.delete(id);
    for (const [a, i] of articleIncident) if (i === id) articleIncident.delete(a);
    incidents.delete(id);
  };
  const store: ClusterStore & { incidents: Map<string, Incident>; stats: typeof stats; putArticle(a: Article): void } =
    {
      incidents,
      stats,
      putArticle(a) {
        byId.set(a.id, a);
      },
      async incidentIdForArticle(id) {
        stats.membershipLookups++;
        return articleIncident.get(id) ?? null;
      },
      async getIncident(id) {
        return incidents.get(id) ?? null;
      },
      async getArticles(ids) {
        return ids.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
      },
      async incidentCandidates(queries) {
        stats.keyLookups++;
        return queries.map(({ keys, limit }) => {
          const ids = new Set(keys.flatMap((k) => [...(byKey.get(k) ?? [])]));
          const found = [...ids]
            .map((id) => incidents.get(id)!)
            .sort((a, b) => b.last_seen.localeCompare(a.last_seen))
            .slice(0, limit);
          stats.candidatesReturned += found.length;
          return found.map((i) => ({
            id: i.id,
            last_seen: i.last_seen,
            profile: profiles.get(i.id) ?? null,
            doc: profiles.has(i.id) ? null : JSON.stringify(i),
          }));
        });
      },
      async writeIncidents({ saved, deleted }) {
        for (const id of deleted) drop(id);
        for (const { incident, keys, profile } of saved) {
          drop(incident.id);
          incidents.set(incident.id, incident);
          keysOf.set(incident.id, keys);
          profiles.set(incident.id, profile);
          for (const k of keys) byKey.set(k, (byKey.get(k) ?? new Set()).add(incident.id));
          for (const s of incident.sources) articleIncident.set(s.article_id, incident.id);
        }
      },
      async getFeed(id) {
        const f = feeds.find((x) => x.id === id);
        return f ? ({ ...f } as FeedSource) : null;
      },
      async listFeeds() {
        return feeds.map((f) => ({ ...f }) as FeedSource);
      },
      async deleteAllIncidents() {
        incidents.clear();
        keysOf.clear();
        profiles.clear();
        byKey.clear();
        articleIncident.clear();
      },
      async countArticles() {
        return byId.size;
      },
      async listArticles(afterId, limit) {
        return [...byId.values()]
          .filter((a) => a.id > afterId)
          .sort((a, b) => a.id - b.id)
          .slice(0, limit);
      },
      async countIncidents() {
        return incidents.size;
      },
    };
  return store;
}

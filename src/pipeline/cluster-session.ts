import { decodeProfile, encodeProfile, incidentProfile, type MatchProfile } from "../cluster/profile";
import type { Article, ChangeRecord, FeedSource, Incident } from "../model";
import type { CandidateQuery, Store } from "../store/store";

/** The store calls clustering makes; any `Store` has them. */
export type ClusterStore = Pick<
  Store,
  | "incidentIdForArticle"
  | "getIncident"
  | "getArticles"
  | "incidentCandidates"
  | "writeIncidents"
  | "getFeed"
  | "listFeeds"
  | "deleteAllIncidents"
  | "countArticles"
  | "listArticles"
  | "countIncidents"
>;

/** An incident clustering may join, as matching compares it. */
export interface Candidate {
  id: string;
  last_seen: string;
  profile: MatchProfile;
}

/**
 * What incremental clustering reads and writes. Writes stay in memory until `flush`, which stores
 * them in one transaction: a feed's fifty articles cost one commit, not fifty, and reads in between
 * see the pending writes as if they were stored.
 */
export interface ClusterSession {
  incidentIdForArticle(articleId: number): Promise<string | null>;
  /** Tells the session that an article was only just stored, so no incident can hold it: one query fewer per new article. */
  markUnclustered(articleId: number): void;
  getIncident(id: string): Promise<Incident | null>;
  getArticles(ids: number[]): Promise<Article[]>;
  getFeed(id: number): Promise<FeedSource | null>;
  /** For each query, the incidents sharing at least one of its keys, most recently seen first, at most its `limit`. */
  candidates(queries: CandidateQuery[]): Promise<Candidate[][]>;
  save(incident: Incident, keys: string[]): void;
  /** Records a material change of an incident saved in this session; it is written with the incident. */
  recordChange(change: ChangeRecord): void;
  delete(id: string): void;
  /** Writes the pending changes; the session stays usable. */
  flush(): Promise<void>;
}

interface Pending {
  incident: Incident;
  keys: string[];
  profile: MatchProfile;
}

const newestFirst = (a: Candidate, b: Candidate) => b.last_seen.localeCompare(a.last_seen) || a.id.localeCompare(b.id);

/** A session over `store`; see `ClusterSession`. */
export function openClusterSession(store: ClusterStore): ClusterSession {
  const pending = new Map<string, Pending>();
  const deleted = new Set<string>();
  const changes = new Map<string, ChangeRecord>();
  // Stored incidents read in this session, to know which members a save or delete takes away.
  const loaded = new Map<string, Incident>();
  // Article → incident as pending writes leave it; null when an article left its incident.
  const membership = new Map<number, string | null>();
  // Key → pending incidents filed under it, so a lookup costs per key, not per pending incident.
  const pendingByKey = new Map<string, Set<string>>();
  const unfile = (id: string) => {
    for (const k of pending.get(id)?.keys ?? []) pendingByKey.get(k)?.delete(id);
  };

  const getIncident = async (id: string): Promise<Incident | null> => {
    if (deleted.has(id)) return null;
    const p = pending.get(id)?.incident ?? loaded.get(id);
    if (p) return p;
    const stored = await store.getIncident(id);
    if (stored) loaded.set(id, stored);
    return stored;
  };
  const releaseMembers = (id: string) => {
    for (const s of (pending.get(id)?.incident ?? loaded.get(id))?.sources ?? []) membership.set(s.article_id, null);
  };
  const storedProfile = async (c: {
    id: string;
    profile: string | null;
    doc: string | null;
  }): Promise<MatchProfile | null> => {
    const decoded = c.profile === null ? null : decodeProfile(c.profile);
    if (decoded) return decoded;
    const incident = c.doc ? (JSON.parse(c.doc) as Incident) : await store.getIncident(c.id);
    return incident ? incidentProfile(incident) : null;
  };

  return {
    async incidentIdForArticle(articleId) {
      if (membership.has(articleId)) return membership.get(articleId)!;
      // Only this session's saves change memberships while it is open (one poll at a time), so an answer holds.
      const id = await store.incidentIdForArticle(articleId);
      membership.set(articleId, id);
      return id;
    },
    markUnclustered(articleId) {
      if (!membership.has(articleId)) membership.set(articleId, null);
    },
    getIncident,
    getArticles: (ids) => store.getArticles(ids),
    getFeed: (id) => store.getFeed(id),

    async candidates(queries) {
      // Incidents with pending writes are matched by their pending keys, not their stored ones. They can
      // push stored incidents out of the store's newest `limit`, so a list may come up a little short of
      // `limit` on keys shared by very many incidents; matching only needs the newest few.
      const stored = await store.incidentCandidates(queries);
      const out: Candidate[][] = [];
      for (const [i, { keys, limit }] of queries.entries()) {
        const list: Candidate[] = [];
        for (const c of stored[i] ?? []) {
          if (pending.has(c.id) || deleted.has(c.id)) continue;
          const profile = await storedProfile(c);
          if (profile) list.push({ id: c.id, last_seen: c.last_seen, profile });
        }
        for (const id of new Set(keys.flatMap((k) => [...(pendingByKey.get(k) ?? [])]))) {
          const p = pending.get(id)!;
          list.push({ id, last_seen: p.incident.last_seen, profile: p.profile });
        }
        out.push(list.sort(newestFirst).slice(0, limit));
      }
      return out;
    },

    save(incident, keys) {
      releaseMembers(incident.id);
      unfile(incident.id);
      deleted.delete(incident.id);
      pending.set(incident.id, { incident, keys, profile: incidentProfile(incident) });
      for (const k of keys) {
        let ids = pendingByKey.get(k);
        if (!ids) pendingByKey.set(k, (ids = new Set()));
        ids.add(incident.id);
      }
      for (const s of incident.sources) membership.set(s.article_id, incident.id);
    },

    recordChange(change) {
      changes.set(change.id, change);
    },

    delete(id) {
      for (const [key, c] of changes) if (c.incident_id === id) changes.delete(key);
      releaseMembers(id);
      unfile(id);
      pending.delete(id);
      deleted.add(id);
    },

    async flush() {
      if (pending.size === 0 && deleted.size === 0) return;
      await store.writeIncidents({
        saved: [...pending.values()].map((p) => ({
          incident: p.incident,
          keys: p.keys,
          profile: encodeProfile(p.profile),
        })),
        deleted: [...deleted],
        changes: [...changes.values()],
      });
      pending.clear();
      changes.clear();
      pendingByKey.clear();
      deleted.clear();
      loaded.clear();
      membership.clear();
    },
  };
}

import { publicIncident } from "../cluster/public-incident";
import { extractEntities } from "../extract";
import { createYielder } from "../lib/yield";
import type { Article, Incident, OrgRegistry } from "../model";
import type { SearchIndex } from "../search/search-index";
import type { Store } from "../store/store";
import { assignIncident } from "./assign-incident";
import { openClusterSession } from "./cluster-session";

/** What ingestion writes to. */
export interface IngestDeps {
  store: Store;
  search: SearchIndex;
  /** The imported organisation registry, for articles extracted here; without one, rules alone. */
  registry?: OrgRegistry | null;
}

/**
 * Clustering of a poll's articles, written in large groups: the incidents, then the search index,
 * then the articles leave the clustering queue. Each write touches pages all over the key and search
 * indexes, so one write per few hundred articles costs much less than one per feed.
 */
export interface Ingestion {
  /**
   * Places the articles in incidents (extracting entities for any that have none); writes once
   * `flushEvery` articles wait. `inserted` says the articles were only just stored, so no incident
   * holds them yet (on D1 that spares a round trip per article).
   */
  add(articles: Article[], now: string, inserted?: boolean): Promise<void>;
  /** Writes what waits; returns the incidents it indexed. */
  flush(): Promise<Incident[]>;
}

/** Articles clustered between writes during a poll. */
export const FLUSH_EVERY = 500;

/** Called for an article that could not be clustered; it stays queued, so the next poll tries again. */
export type ClusterFailure = (article: Article, error: unknown) => void;

const logFailure: ClusterFailure = (article, error) =>
  console.error(
    `medbreach: article ${article.id} (${article.url}) could not be clustered and stays queued: ${error instanceof Error ? error.message : String(error)}`,
  );

/**
 * An ingestion over `deps`; `feedTitles` names each source's feed and may grow as feeds report titles.
 * One article that cannot be clustered (a bug meeting odd input) is reported and left queued; the
 * others go on, so it never holds back the rest of a poll or of the queue.
 */
export function createIngestion(
  deps: IngestDeps,
  feedTitles: ReadonlyMap<number, string>,
  flushEvery = FLUSH_EVERY,
  onFailure = logFailure,
): Ingestion {
  const session = openClusterSession(deps.store);
  const yieldNow = createYielder();
  let touched = new Map<string, Incident>();
  let removed = new Set<string>();
  let clustered: number[] = [];

  const flush = async (): Promise<Incident[]> => {
    await session.flush();
    const indexed = [...touched.values()];
    // Removals first: an id freed by a removed incident can be taken again by a new one.
    if (removed.size) await deps.search.remove([...removed]);
    if (indexed.length) await deps.search.upsert(indexed.map(publicIncident));
    if (clustered.length) await deps.store.dequeueArticles(clustered);
    touched = new Map();
    removed = new Set();
    clustered = [];
    return indexed;
  };

  // A failure before `session.save` leaves the session as it was: each step reads, then saves at most once.
  const place = async (stored: Article, now: string, inserted: boolean) => {
    let article = stored;
    if (inserted) session.markUnclustered(article.id);
    if (!article.entities) {
      article = {
        ...stored,
        entities: extractEntities(
          { url: stored.url, site: stored.site, title: stored.title, text: stored.text },
          deps.registry,
        ),
      };
      await deps.store.setArticleEntities(article.id, article.entities!);
    }
    const before = await session.incidentIdForArticle(article.id);
    const incident = await assignIncident(session, article, now, feedTitles);
    if (incident) touched.set(incident.id, incident);
    else if (before && !(await session.getIncident(before))) {
      touched.delete(before);
      removed.add(before);
    }
  };

  return {
    async add(articles, now, inserted = false) {
      for (const stored of articles) {
        await yieldNow();
        try {
          await place(stored, now, inserted);
          clustered.push(stored.id);
        } catch (err) {
          onFailure(stored, err);
        }
        if (clustered.length >= flushEvery) await flush();
      }
    },
    flush,
  };
}

/**
 * Places each article in an incident and writes everything at once: incidents, the search index
 * (an incident whose last source stopped being relevant leaves it) and the clustering queue.
 * Returns the incidents it indexed.
 */
export async function ingestArticles(
  deps: IngestDeps,
  articles: Article[],
  now: string,
  feedTitles: ReadonlyMap<number, string>,
  onFailure?: ClusterFailure,
): Promise<Incident[]> {
  const ingestion = createIngestion(deps, feedTitles, Infinity, onFailure);
  await ingestion.add(articles, now);
  return ingestion.flush();
}

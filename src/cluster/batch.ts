import type { Entities } from "../model";
import { CANDIDATE_LIMITS, filingKeys, incidentIdCandidates, joinChoices } from "./decide";
import { lookupKeys } from "./keys";
import { DEFAULT_MATCH_OPTIONS, type MatchOptions } from "./match";
import type { GroupSlugOf } from "./group-slug";
import { absorbProfile, articleProfile, type MatchProfile } from "./profile";

/** One input of `clusterBatch`: an `extract` line with its entities. */
export interface BatchDoc {
  id: string;
  url: string;
  site: string;
  title: string;
  text: string;
  published?: string | null;
  entities: Entities;
}

/** An in-memory key → incident index, the batch counterpart of `Store.incidentsByKeys`. */
export class CandidateIndex<T> {
  private readonly byKey = new Map<string, T[]>();

  /** Files `item` under each key as the most recent entry (an item already under a key moves to the end). */
  add(item: T, keys: readonly string[]): void {
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (!list) {
        this.byKey.set(k, [item]);
        continue;
      }
      const at = list.lastIndexOf(item);
      if (at === list.length - 1) continue;
      if (at >= 0) list.splice(at, 1);
      list.push(item);
    }
  }

  /** Items under any of `keys`, most recently filed first, at most `limit`. */
  lookup(keys: readonly string[], limit: number): T[] {
    const seen = new Set<T>();
    const lists = keys.map((k) => this.byKey.get(k) ?? []);
    for (let depth = 1; seen.size < limit && lists.some((l) => l.length >= depth); depth++) {
      for (const l of lists) {
        const item = l[l.length - depth];
        if (item !== undefined && !seen.has(item)) seen.add(item);
        if (seen.size >= limit) break;
      }
    }
    return [...seen];
  }
}

interface Cluster {
  id: string;
  profile: MatchProfile;
}

/**
 * Clusters articles one at a time in memory, with the matching the pipeline uses: the engine behind
 * `clusterBatch`, kept as a class so a benchmark can time one addition at a given size.
 */
export class BatchClusterer {
  private readonly index = new CandidateIndex<Cluster>();
  private readonly used = new Set<string>();

  constructor(
    private readonly groupSlugOf: GroupSlugOf,
    private readonly opts: MatchOptions = DEFAULT_MATCH_OPTIONS,
  ) {}

  private freshId(url: string): string {
    for (const id of incidentIdCandidates(url)) {
      if (this.used.has(id)) continue;
      this.used.add(id);
      return id;
    }
    throw new Error("unreachable: incident id candidates never end");
  }

  /**
   * The incident id for the next article: an existing incident it matches, or a new one. Irrelevant
   * articles get their own. Pass `profile` when it is already computed; a new incident keeps it as its own.
   */
  add(
    doc: Omit<BatchDoc, "id" | "site" | "title"> & { title?: string },
    profile: MatchProfile = articleProfile(doc, this.groupSlugOf),
  ): string {
    if (!doc.entities.relevant) return this.freshId(doc.url);
    const keys = lookupKeys(profile);
    const tiers = [
      this.index.lookup(keys.strong, CANDIDATE_LIMITS.strong),
      this.index.lookup(keys.weak, CANDIDATE_LIMITS.weak),
    ];
    const match = joinChoices(profile, tiers, this.opts)[0];
    const cluster = match ?? { id: this.freshId(doc.url), profile };
    if (match) absorbProfile(match.profile, profile);
    // The article's own keys: over time the incident is filed under the union of its members' keys.
    this.index.add(cluster, filingKeys(profile, cluster.profile.victims.names.size > 0));
    return cluster.id;
  }
}

/**
 * An incident id per input, in order: the batch is clustered as if its articles arrived one by one,
 * with the matching the pipeline uses. Articles that are not relevant get an incident of their own. Group names are
 * compared by `groupSlugOf` (the gazetteer's lookup, passed in by the caller).
 */
export function clusterBatch(
  docs: readonly BatchDoc[],
  groupSlugOf: GroupSlugOf,
  opts: MatchOptions = DEFAULT_MATCH_OPTIONS,
): string[] {
  const clusterer = new BatchClusterer(groupSlugOf, opts);
  return docs.map((doc) => clusterer.add(doc));
}

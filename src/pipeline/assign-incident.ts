import { buildIncident } from "../cluster/build-incident";
import { CANDIDATE_LIMITS, filingKeys, incidentIdCandidates, joinChoices } from "../cluster/decide";
import { lookupKeys } from "../cluster/keys";
import { materialChange } from "../cluster/material-change";
import { DEFAULT_MATCH_OPTIONS, type MatchOptions } from "../cluster/match";
import { articleProfile, type MatchProfile } from "../cluster/profile";
import { decodeSignature, type Signature } from "../cluster/signature";
import type { Article, Incident } from "../model";
import { openClusterSession, type ClusterSession, type ClusterStore } from "./cluster-session";
import { groupSlugOf } from "./group-slug";

/** An article's date for matching: never later than when we first saw it, nor than `now` (feeds misdate items). */
function effectiveDate(article: Article, now: string): string {
  return [article.published, article.first_seen, now].filter(Boolean).sort()[0]!;
}

/**
 * Blocking keys of an incident: the union of each relevant member's keys (with the signatures its
 * sources carry), without the no-victim-yet keys once any source names the victim. `known` holds
 * member profiles already computed (the arriving article's, built for matching).
 */
function memberKeys(
  members: readonly Article[],
  incident: Incident,
  now: string,
  known: ReadonlyMap<number, MatchProfile>,
): string[] {
  const signatures = new Map(incident.sources.map((s) => [s.article_id, decodeSignature(s.signature)]));
  const named = incident.victim.orgs.length > 0;
  const keys = new Set<string>();
  for (const a of members) {
    if (!a.entities?.relevant) continue;
    const profile =
      known.get(a.id) ??
      articleProfile(
        { text: a.text, published: effectiveDate(a, now), entities: a.entities },
        groupSlugOf,
        signatures.get(a.id) ?? null,
      );
    for (const k of filingKeys(profile, named)) keys.add(k);
  }
  return [...keys].sort();
}

/** Feed titles for the members' feeds: the caller's map first, the store for any feed it lacks. */
async function titlesFor(
  store: ClusterSession,
  members: readonly Article[],
  given: ReadonlyMap<number, string>,
): Promise<Map<number, string>> {
  const titles = new Map(given);
  for (const feedId of new Set(members.map((a) => a.feed_id))) {
    if (titles.has(feedId)) continue;
    const feed = await store.getFeed(feedId);
    if (feed?.title) titles.set(feedId, feed.title);
  }
  return titles;
}

/** Signatures stored on an incident's sources, by article id, so a rebuild hashes only new or changed texts. */
function storedSignatures(incident: Incident | null, except: number): Map<number, Signature> {
  const out = new Map<number, Signature>();
  for (const s of incident?.sources ?? []) {
    const sig = s.article_id === except ? null : decodeSignature(s.signature);
    if (sig) out.set(s.article_id, sig);
  }
  return out;
}

/** What a rebuild compares with: the incident before `article` joined or changed, to find a material change. */
interface Previous {
  incident: Incident;
  article: Article | null;
}

async function rebuild(
  store: ClusterSession,
  id: string,
  members: Article[],
  now: string,
  feedTitles: ReadonlyMap<number, string>,
  signatures: ReadonlyMap<number, Signature> = new Map(),
  profiles: ReadonlyMap<number, MatchProfile> = new Map(),
  previous: Previous | null = null,
): Promise<Incident> {
  const incident = buildIncident(id, members, groupSlugOf, await titlesFor(store, members, feedTitles), signatures);
  if (previous) {
    // `updated` is history, not a function of the members: it moves only when a source changes the story.
    const before = previous.incident;
    let updated = before.updated ?? before.last_seen;
    const at = previous.article ? effectiveDate(previous.article, now) : null;
    const change = previous.article && at ? materialChange(before, incident, previous.article, at, groupSlugOf) : null;
    if (change) {
      store.recordChange(change);
      if (change.at > updated) updated = change.at;
    }
    incident.updated = updated < incident.first_seen ? incident.first_seen : updated;
  }
  store.save(incident, memberKeys(members, incident, now, profiles));
  return incident;
}

/** A fresh incident id for the article: its URL's hash, salted past any incident already holding it. */
async function freshId(store: ClusterSession, url: string): Promise<string> {
  for (const id of incidentIdCandidates(url)) if (!(await store.getIncident(id))) return id;
  throw new Error("unreachable: incident id candidates never end");
}

/**
 * The incremental clustering step for one new or updated article with entities. Returns the incident
 * the article now belongs to (saved), or null when it is not relevant. An article already in an
 * incident rebuilds that incident; if it stopped being relevant it leaves it, and the rebuilt
 * incident of the remaining members is returned so it can be re-indexed. An incident left with no
 * member is deleted (the caller removes it from the search index). Changes are written when the
 * caller flushes the session.
 */
export async function assignIncident(
  store: ClusterSession,
  article: Article,
  now: string,
  feedTitles: ReadonlyMap<number, string> = new Map(),
  opts: MatchOptions = DEFAULT_MATCH_OPTIONS,
): Promise<Incident | null> {
  const existing = await store.incidentIdForArticle(article.id);
  if (existing) {
    const current = await store.getIncident(existing);
    const otherIds = (current?.sources ?? []).map((s) => s.article_id).filter((id) => id !== article.id);
    const others = await store.getArticles(otherIds);
    const known = storedSignatures(current, article.id);
    const previous = current ? { incident: current, article: article.entities?.relevant ? article : null } : null;
    if (article.entities?.relevant)
      return rebuild(store, existing, [...others, article], now, feedTitles, known, undefined, previous);
    if (others.length > 0) return rebuild(store, existing, others, now, feedTitles, known, undefined, previous);
    store.delete(existing);
    return null;
  }
  if (!article.entities?.relevant) return null;

  const profile = articleProfile(
    { title: article.title, text: article.text, published: effectiveDate(article, now), entities: article.entities },
    groupSlugOf,
  );
  const keys = lookupKeys(profile);
  // Both tiers are fetched at once (one round trip on D1); the weak one counts only when no strong candidate joins.
  const tiers = await store.candidates([
    { keys: keys.strong, limit: CANDIDATE_LIMITS.strong },
    { keys: keys.weak, limit: CANDIDATE_LIMITS.weak },
  ]);
  let match: Incident | null = null;
  for (const choice of joinChoices(profile, tiers, opts)) {
    match = await store.getIncident(choice.id);
    if (match) break;
  }
  // The article's profile and signature were just computed for matching; the rebuild need not redo them.
  const known = storedSignatures(match, article.id);
  if (profile.signatures[0]) known.set(article.id, profile.signatures[0]);
  const profiles = new Map([[article.id, profile]]);
  if (!match) return rebuild(store, await freshId(store, article.url), [article], now, feedTitles, known, profiles);
  const members = await store.getArticles(match.sources.map((s) => s.article_id).filter((id) => id !== article.id));
  return rebuild(store, match.id, [...members, article], now, feedTitles, known, profiles, {
    incident: match,
    article,
  });
}

/** Progress of `reclusterAll`: articles replayed so far out of the total. */
export type ReclusterProgress = (done: number, total: number) => void;

/**
 * Rebuilds every incident from the stored articles (`npm run reindex`): deletes all incidents and
 * replays the articles in id order, in batches, through `assignIncident`. Each article's own
 * `first_seen` stands in for "now", so the replay sees what the live poll saw. Each batch is written
 * in one transaction. Returns the number of incidents.
 */
export async function reclusterAll(
  store: ClusterStore,
  onProgress: ReclusterProgress = () => {},
  batchSize = 500,
): Promise<number> {
  await store.deleteAllIncidents();
  const session = openClusterSession(store);
  const feedTitles = new Map((await store.listFeeds()).flatMap((f) => (f.title ? [[f.id, f.title] as const] : [])));
  const total = await store.countArticles();
  let done = 0;
  for (let after = 0; ;) {
    const batch = await store.listArticles(after, batchSize);
    if (batch.length === 0) break;
    for (const article of batch) {
      if (article.entities?.relevant) await assignIncident(session, article, article.first_seen, feedTitles);
      done++;
    }
    await session.flush();
    after = batch[batch.length - 1]!.id;
    onProgress(done, total);
  }
  return store.countIncidents();
}

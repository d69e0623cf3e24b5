// The one clustering decision, shared by the in-memory batch clusterer and the incremental pipeline: which incident an
// arriving article joins (or none, so it founds one), under which keys an incident is filed, and which id a new one
// takes. Callers only load candidates and write results.
import { incidentIdFor } from "./incident-id";
import { incidentKeys } from "./keys";
import { bestMatch, type MatchOptions } from "./match";
import type { MatchProfile } from "./profile";

/**
 * Candidates fetched per tier, most recently seen first. Only incidents seen within the match window
 * can join (older near-copies come through the strong tier's LSH keys), so a short list loses nothing
 * unless more than this many incidents sharing a key were active in the same weeks.
 */
export const CANDIDATE_LIMITS = { strong: 20, weak: 25 } as const;

/**
 * The incident each tier would have the article join, strong tier first: the caller takes the first it can still use
 * (the pipeline skips one deleted meanwhile). Empty means the article founds an incident. A weak candidate counts only
 * when no strong one joins, which taking the first entry gives.
 */
export function joinChoices<T extends { profile: MatchProfile }>(
  profile: MatchProfile,
  tiers: readonly (readonly T[])[],
  opts: MatchOptions,
): T[] {
  const out: T[] = [];
  for (const candidates of tiers) {
    const best =
      candidates[
        bestMatch(
          profile,
          candidates.map((c) => c.profile),
          opts,
        )
      ];
    if (best) out.push(best);
  }
  return out;
}

/**
 * The keys a member's profile files its incident under: all its keys, except the no-victim-yet ones (`u:`) once the
 * incident names a victim, so a near-copy naming another victim cannot join it.
 */
export function filingKeys(profile: MatchProfile, incidentNamesVictim: boolean): string[] {
  const keys = incidentKeys(profile);
  return incidentNamesVictim ? keys.filter((k) => !k.startsWith("u:")) : keys;
}

/** Ids a new incident founded by the article at `url` may take, in the order to try them (salted past collisions). */
export function* incidentIdCandidates(url: string): Generator<string> {
  for (let salt = 0; ; salt++) yield incidentIdFor(url, salt);
}

import { FILTER_PARAMS, type ClaimStatus, type ImpactType, type SearchQuery } from "../model";
import { hashString } from "../lib/hash";
import { attackTypeLabel, IMPACT_LABELS, victimTypeLabel } from "./labels";

/** The search filters a digest was asked for (no sort or paging: a digest is always newest first). */
export type DigestFilters = Pick<
  SearchQuery,
  "q" | "attacker" | "victim_type" | "country" | "attack_type" | "since" | "until"
> & { impact?: ImpactType[]; claim?: ClaimStatus[] };

/** `none`: one entry per incident; `daily`/`weekly`: one entry per UTC day or ISO week. */
export type DigestPeriod = "none" | "daily" | "weekly";

/** `all`: new incidents and their material updates (the default); `new`: new incidents only (`only=new`). */
export type DigestScope = "all" | "new";

/** The digest periods, for validators. */
export const DIGEST_PERIODS = ["none", "daily", "weekly"] as const satisfies readonly DigestPeriod[];

/**
 * The filters as query pairs in a stable order, repeatable values sorted, so equal searches give equal
 * links and equal ids however the request spelled them.
 */
export function filterPairs(filters: DigestFilters): [string, string][] {
  const pairs: [string, string][] = [];
  for (const key of FILTER_PARAMS) {
    const value = filters[key];
    if (Array.isArray(value)) for (const v of [...new Set(value)].sort()) pairs.push([key, v]);
    else if (value) pairs.push([key, value]);
  }
  return pairs;
}

/** The canonical query string of the filters (no leading `?`; empty when nothing is filtered). */
export function filterQueryString(filters: DigestFilters): string {
  return new URLSearchParams(filterPairs(filters)).toString();
}

/** A short stable hash of the canonical filters, so period ids of different searches never collide in a reader. */
export function filterHash(filters: DigestFilters): string {
  return hashString(filterQueryString(filters));
}

/**
 * The filters as words for a feed title: ["LockBit", "hospitals", "GB"]. Values of one parameter are
 * alternatives, hence "or"; `groupName` turns a slug into the group's display name.
 */
export function describeFilters(filters: DigestFilters, groupName: (slug: string) => string | null): string[] {
  const parts: string[] = [];
  const any = (values: string[]) => values.join(" or ");
  if (filters.q) parts.push(`“${filters.q}”`);
  if (filters.attacker.length) parts.push(any(filters.attacker.map((slug) => groupName(slug) ?? slug)));
  if (filters.victim_type.length) parts.push(any(filters.victim_type.map((t) => victimTypeLabel(t, "many"))));
  if (filters.country.length) parts.push(any(filters.country));
  if (filters.attack_type.length) parts.push(any(filters.attack_type.map(attackTypeLabel)));
  if (filters.impact?.length) parts.push(any(filters.impact.map((i) => IMPACT_LABELS[i] ?? i)));
  // The words cards and pages show for the status ("claimed", "confirmed").
  if (filters.claim?.length) parts.push(any(filters.claim));
  if (filters.since && filters.until) parts.push(`${filters.since} to ${filters.until}`);
  else if (filters.since) parts.push(`since ${filters.since}`);
  else if (filters.until) parts.push(`until ${filters.until}`);
  return parts;
}

import type { ImpactType } from "./entities";
import type { ClaimStatus, Incident } from "./incident";

/** The query semantics both search adapters implement (validated at the HTTP edge). */
export interface SearchQuery {
  q: string;
  /** Canonical group slugs (the edge resolves names and aliases). */
  attacker: string[];
  victim_type: string[];
  country: string[];
  attack_type: string[];
  /** Effects on care (slugs of IMPACT_TYPES). */
  impact: ImpactType[];
  /** Leak-site claim status: `claimed` (only relays of a gang's claim so far) or `confirmed`. */
  claim: ClaimStatus[];
  /** ISO dates (YYYY-MM-DD), inclusive, compared with `last_seen`/`first_seen`. */
  since: string | null;
  until: string | null;
  sort: "relevance" | "newest";
  page: number;
  limit: number;
  /** False skips facet counting (digests, search-as-you-type); `facets` is then empty. Default true. */
  facets?: boolean;
}

/** The filter parameters of a search (`/api/incidents`, the digests, the UI's URLs), in the order links write them. */
export const FILTER_PARAMS = [
  "q",
  "attacker",
  "victim_type",
  "country",
  "attack_type",
  "impact",
  "claim",
  "since",
  "until",
] as const;

/** A query with every filter empty (the newest incidents, first page of 20); `over` sets what differs. */
export function searchQuery(over: Partial<SearchQuery> = {}): SearchQuery {
  return {
    q: "",
    attacker: [],
    victim_type: [],
    country: [],
    attack_type: [],
    impact: [],
    claim: [],
    since: null,
    until: null,
    sort: "newest",
    page: 1,
    limit: 20,
    ...over,
  };
}

export interface Facets {
  attacker_groups: Record<string, number>;
  victim_type: Record<string, number>;
  country: Record<string, number>;
  attack_types: Record<string, number>;
  impact: Record<string, number>;
  /** `claimed`/`confirmed` → count; an incident stored without a status counts as confirmed. */
  claim: Record<string, number>;
  year: Record<string, number>;
  /** YYYY-MM of `first_seen` → count, for the UI's charts. */
  month?: Record<string, number>;
}

export type SearchHit = Incident & { snippet?: string };

/**
 * How the search read a word of the query, so the page can say why something matched: an alias of a
 * group ("Sodinokibi" is REvil), a place standing for a country ("Scottish": United Kingdom), or a
 * typo corrected ("lokbit": lockbit).
 */
export type QueryReading =
  | { kind: "alias"; said: string; name: string; slug: string }
  | { kind: "place"; said: string; country: string }
  | { kind: "typo"; said: string; read: string };

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  limit: number;
  /**
   * Counts per facet value. Disjunctive: a facet with values picked counts as if its own filter alone
   * were absent, so its other values stay listed with the incidents picking them too would add.
   */
  facets: Facets;
  /** How words of the query were read (aliases, places, typos), when any was read so. */
  readings?: QueryReading[];
}

/** An attacker group as the index knows it: how many incidents name it, and their span. */
export interface GroupSummary {
  name: string;
  slug: string;
  incident_count: number;
  first_seen: string;
  last_seen: string;
}

/** The overview behind `GET /api/stats`, over the incidents matching a query's text and filters. */
export interface SearchStats {
  total: number;
  /** YYYY-MM of `first_seen` → incidents. */
  per_month: Record<string, number>;
  /** YYYY-MM → victim type → incidents (victim type "unknown" when not known). */
  per_month_by_victim_type: Record<string, Record<string, number>>;
  victim_types: Record<string, number>;
  /** Groups with the most incidents seen in the 90 days up to `top_groups_until`. */
  top_groups: { name: string; slug: string; count: number }[];
  top_groups_since: string | null;
  top_groups_until: string | null;
}

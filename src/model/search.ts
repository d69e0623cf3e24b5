import type { Incident } from "./incident";

/** The query semantics both search adapters implement (validated at the HTTP edge). */
export interface SearchQuery {
  q: string;
  /** Canonical group slugs (the edge resolves names and aliases). */
  attacker: string[];
  victim_type: string[];
  country: string[];
  attack_type: string[];
  /** ISO dates (YYYY-MM-DD), inclusive, compared with `last_seen`/`first_seen`. */
  since: string | null;
  until: string | null;
  sort: "relevance" | "newest";
  page: number;
  limit: number;
}

export interface Facets {
  attacker_groups: Record<string, number>;
  victim_type: Record<string, number>;
  country: Record<string, number>;
  attack_types: Record<string, number>;
  year: Record<string, number>;
}

export type SearchHit = Incident & { snippet?: string };

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  limit: number;
  facets: Facets;
}

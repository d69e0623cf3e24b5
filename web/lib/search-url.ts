/** The multi-valued filters, in the order they appear in URLs. */
export const LIST_FILTERS = ["attacker", "victim_type", "country", "attack_type", "impact", "claim"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** A search view, exactly as the URL (and the API, and the digests) name it. */
export interface SearchState {
  q: string;
  attacker: string[];
  victim_type: string[];
  country: string[];
  attack_type: string[];
  impact: string[];
  /** `claimed` and/or `confirmed`. */
  claim: string[];
  since: string;
  until: string;
  /** Empty means the API's default: relevance with a query, newest without. */
  sort: "" | "relevance" | "newest";
  page: number;
}

/** The view of an empty search. */
export const EMPTY_SEARCH: SearchState = {
  q: "",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  impact: [],
  claim: [],
  since: "",
  until: "",
  sort: "",
  page: 1,
};

/** Reads a search view from a query string (unknown or malformed values are left for the API to refuse). */
export function parseSearch(search: string): SearchState {
  const p = new URLSearchParams(search);
  const list = (k: string) =>
    p
      .getAll(k)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  const sort = p.get("sort");
  const page = Number(p.get("page") ?? "1");
  return {
    q: p.get("q") ?? "",
    attacker: list("attacker"),
    victim_type: list("victim_type"),
    country: list("country"),
    attack_type: list("attack_type"),
    impact: list("impact"),
    claim: list("claim"),
    since: p.get("since") ?? "",
    until: p.get("until") ?? "",
    sort: sort === "relevance" || sort === "newest" ? sort : "",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The filters only (no sort or page), as a query string starting with "?" or empty: what a digest takes. */
export function filterQuery(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set("q", s.q.trim());
  for (const k of LIST_FILTERS) for (const v of s[k]) p.append(k, v);
  if (s.since) p.set("since", s.since);
  if (s.until) p.set("until", s.until);
  const str = p.toString();
  return str ? `?${str}` : "";
}

/** The whole view as a canonical query string (defaults left out), used both for the page URL and the API call. */
export function searchQuery(s: SearchState): string {
  const p = new URLSearchParams(filterQuery(s));
  if (s.sort) p.set("sort", s.sort);
  if (s.page > 1) p.set("page", String(s.page));
  const str = p.toString();
  return str ? `?${str}` : "";
}

/** Adds `value` to a filter, or removes it when present; any change returns to page 1. */
export function toggleFilter(s: SearchState, key: ListFilter, value: string): SearchState {
  const has = s[key].includes(value);
  return { ...s, [key]: has ? s[key].filter((v) => v !== value) : [...s[key], value], page: 1 };
}

/** The date range covering one calendar year. */
export function yearRange(year: string): { since: string; until: string } {
  return { since: `${year}-01-01`, until: `${year}-12-31` };
}

import type { AttackerGroup, Facets, Incident, SearchQuery } from "../model";
import { countryNameOf } from "../model/countries";
import type { QueryAtom, QueryClause } from "./query-syntax";
import { claimOf, monthOf } from "./search-document";

/** What one incident becomes in Meilisearch: searchable text, filter and facet fields, and the incident itself for hits. */
export interface MeiliDocument {
  id: string;
  title: string;
  attacker_names: string[];
  victim_orgs: string[];
  summary: string;
  source_titles: string[];
  /** `slug|name` per group: one facet gives both the filter key and the display name. */
  attacker_keys: string[];
  attacker_slugs: string[];
  victim_type: string | null;
  country: string | null;
  attack_types: string[];
  impact: string[];
  /** `claimed` or `confirmed` (see claimOf). */
  claim: string;
  /** The English name of the victim's country, so a place typed as text finds it (see meiliQueryText). */
  country_name: string | null;
  /** The text of the sources, weighed last. */
  source_text: string;
  year: string;
  month: string;
  /** `YYYY-MM|victim type`, for the per-month chart by victim type in one facet. */
  month_victim: string;
  first_seen_ms: number;
  last_seen_ms: number;
  incident: Incident;
}

/** Facet fields requested with every search. */
export const FACET_FIELDS = [
  "attacker_keys",
  "victim_type",
  "country",
  "attack_types",
  "impact",
  "claim",
  "year",
  "month",
] as const;

/** The index settings: attribute order is the field weighting (title and names above body). */
export function meiliSettings(groups: readonly AttackerGroup[]) {
  return {
    searchableAttributes: [
      "title",
      "attacker_names",
      "victim_orgs",
      "summary",
      "source_titles",
      "country_name",
      "source_text",
    ],
    filterableAttributes: [
      "attacker_keys",
      "attacker_slugs",
      "victim_type",
      "country",
      "attack_types",
      "impact",
      "claim",
      "year",
      "month",
      "month_victim",
      "first_seen_ms",
      "last_seen_ms",
    ],
    sortableAttributes: ["last_seen_ms"],
    displayedAttributes: ["id", "title", "summary", "source_text", "incident"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    synonyms: groupSynonyms(groups),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // Codes and slugs are exact keys: "US" must not match "UK".
      disableOnAttributes: [
        "attacker_keys",
        "attacker_slugs",
        "victim_type",
        "country",
        "attack_types",
        "impact",
        "claim",
      ],
    },
    faceting: { maxValuesPerFacet: 1000 },
    // Exact totals for our deepest page (page 10,000 × 100 is refused at the edge long before).
    pagination: { maxTotalHits: 100_000 },
  };
}

/** Every name of a group maps to all its other names, so any alias typed as free text finds the group. */
export function groupSynonyms(groups: readonly AttackerGroup[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of groups) {
    const names = [...new Set([g.name, ...g.aliases].map((n) => n.toLowerCase()))];
    if (names.length < 2) continue;
    for (const name of names) out[name] = [...new Set([...(out[name] ?? []), ...names.filter((n) => n !== name)])];
  }
  return out;
}

const ms = (iso: string) => Date.parse(iso);

/** Maps an incident to its Meilisearch document; `sourceText` is what its sources said, when known. */
export function toMeiliDocument(incident: Incident, sourceText = ""): MeiliDocument {
  const month = monthOf(incident.first_seen);
  return {
    id: incident.id,
    title: incident.title,
    attacker_names: incident.attacker_groups.map((g) => g.name),
    victim_orgs: incident.victim.orgs,
    summary: incident.summary,
    source_titles: [...new Set(incident.sources.map((s) => s.title))],
    attacker_keys: incident.attacker_groups.map((g) => `${g.slug}|${g.name}`),
    attacker_slugs: incident.attacker_groups.map((g) => g.slug),
    victim_type: incident.victim.type,
    country: incident.victim.country ? incident.victim.country.toUpperCase() : null,
    attack_types: incident.attack_types,
    impact: incident.impact ?? [],
    claim: claimOf(incident),
    country_name: incident.victim.country ? countryNameOf(incident.victim.country) : null,
    source_text: sourceText,
    year: month.slice(0, 4),
    month,
    month_victim: `${month}|${incident.victim.type ?? "unknown"}`,
    first_seen_ms: ms(incident.first_seen),
    // Newest first means the last material change (issue 16): a reprint must not move an incident up.
    last_seen_ms: ms(incident.updated ?? incident.last_seen),
    incident,
  };
}

/** A value as a Meilisearch filter string literal: double-quoted, backslashes and quotes escaped. */
export function filterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function nextDayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) + 86_400_000;
}

/** The filter of a query: an AND of OR-groups, in the array form the client sends as is. */
export function meiliFilter(
  query: Pick<
    SearchQuery,
    "attacker" | "victim_type" | "country" | "attack_type" | "impact" | "claim" | "since" | "until"
  >,
  extra: string[] = [],
): (string | string[])[] {
  const groups: [string, string[]][] = [
    ["attacker_slugs", query.attacker],
    ["victim_type", query.victim_type],
    ["country", query.country.map((c) => c.toUpperCase())],
    ["attack_types", query.attack_type],
    ["impact", query.impact ?? []],
    ["claim", query.claim ?? []],
  ];
  const out: (string | string[])[] = groups
    .filter(([, values]) => values.length > 0)
    .map(([field, values]) => values.map((v) => `${field} = ${filterValue(v)}`));
  // Same window semantics as the embedded index: the incident's span overlaps [since, until].
  if (query.since) out.push(`last_seen_ms >= ${Date.parse(`${query.since}T00:00:00Z`)}`);
  if (query.until) out.push(`first_seen_ms < ${nextDayMs(query.until)}`);
  return [...out, ...extra];
}

/**
 * The facet searches that make counts disjunctive, as the embedded index counts them: for each list
 * filter with values, its facet over the same query without that filter.
 */
export function disjunctiveFacetQueries(
  query: Pick<
    SearchQuery,
    "attacker" | "victim_type" | "country" | "attack_type" | "impact" | "claim" | "since" | "until"
  >,
): { facet: (typeof FACET_FIELDS)[number]; filter: (string | string[])[] }[] {
  const lists = [
    ["attacker", "attacker_keys"],
    ["victim_type", "victim_type"],
    ["country", "country"],
    ["attack_type", "attack_types"],
    ["impact", "impact"],
    ["claim", "claim"],
  ] as const;
  return lists
    .filter(([param]) => (query[param] ?? []).length > 0)
    .map(([param, facet]) => ({ facet, filter: meiliFilter({ ...query, [param]: [] }) }));
}

/** One word or phrase as Meilisearch reads it: a phrase in double quotes, a word without a leading minus (negation). */
function meiliAtom(atom: QueryAtom): string {
  if (atom.kind === "country") return `"${countryNameOf(atom.code) ?? atom.code}"`;
  const text = atom.text.replace(/"/g, " ").trim();
  return atom.phrase ? `"${text}"` : text.replace(/^-+/, "");
}

/**
 * The queries Meilisearch runs for `clauses`: one per combination of OR alternatives (few: at most
 * MAX_MEILI_QUERIES), whose union is the answer. A place becomes the country's name as a phrase,
 * which the country_name attribute holds; "GB" alone is that name only, so "6 GB" finds no British
 * incident. Meilisearch's own typo tolerance and synonyms do the rest.
 */
export function meiliQueryTexts(clauses: readonly QueryClause[]): string[] {
  let texts: string[][] = [[]];
  for (const clause of clauses) {
    const options = [...new Set(clause.atoms.map(meiliAtom).filter((t) => t.replace(/"/g, "").trim()))];
    if (options.length === 0) continue;
    texts = texts.flatMap((t) => options.map((o) => [...t, o])).slice(0, MAX_MEILI_QUERIES);
  }
  return texts.map((t) => t.join(" ").trim());
}

/** Most Meilisearch queries one search may fan out to for its ORs. */
export const MAX_MEILI_QUERIES = 8;

/** `slug|name` back to its parts. */
export function splitAttackerKey(key: string): { slug: string; name: string } {
  const i = key.indexOf("|");
  return i < 0 ? { slug: key, name: key } : { slug: key.slice(0, i), name: key.slice(i + 1) };
}

/** Meilisearch's facet distribution as our `Facets` (groups keyed by display name). */
export function toFacets(distribution: Record<string, Record<string, number>> | undefined): Required<Facets> {
  const d = distribution ?? {};
  const attacker_groups: Record<string, number> = {};
  for (const [key, n] of Object.entries(d.attacker_keys ?? {})) {
    const { name } = splitAttackerKey(key);
    attacker_groups[name] = (attacker_groups[name] ?? 0) + n;
  }
  return {
    attacker_groups,
    victim_type: { ...(d.victim_type ?? {}) },
    country: { ...(d.country ?? {}) },
    attack_types: { ...(d.attack_types ?? {}) },
    impact: { ...(d.impact ?? {}) },
    claim: { ...(d.claim ?? {}) },
    year: { ...(d.year ?? {}) },
    month: { ...(d.month ?? {}) },
  };
}

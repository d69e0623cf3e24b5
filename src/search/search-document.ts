import type { AttackerGroup, Incident } from "../model";
import { tagToken } from "./fts-query";

/** A multi-valued facet row: kind `g` (attacker group: value slug, label name) or `a` (attack type). */
export interface FacetRow {
  kind: "g" | "a";
  value: string;
  label: string;
}

/** What the embedded index stores per incident: weighted text columns, filter tokens and facet keys. */
export interface SearchDocument {
  title: string;
  /** Attacker names with their gazetteer aliases, and victim organisations. */
  names: string;
  body: string;
  sources: string;
  tags: string;
  month: string;
  victim_type: string | null;
  country: string | null;
  facets: FacetRow[];
}

/** Looks up a group's aliases by slug; the gazetteer's entries, or none. */
export type AliasLookup = (slug: string) => readonly string[];

/** An alias lookup over gazetteer entries (matched by slug). */
export function aliasLookup(groups: readonly AttackerGroup[]): AliasLookup {
  const bySlug = new Map(groups.map((g) => [g.slug, g.aliases]));
  return (slug) => bySlug.get(slug) ?? [];
}

// A document is a short summary of an incident, not its articles: bounded text keeps every
// posting list short and bm25 cheap, which is what keeps one-word queries fast.
const MAX_BODY_CHARS = 2_000;
const MAX_SOURCE_TITLES = 12;

/** Snippet markers and tag marks are private-use characters; indexed text must not carry any in. */
function clean(text: string): string {
  return text.replace(/[\ue000-\uf8ff\u0000]/g, " ");
}

/** YYYY-MM of an ISO timestamp. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** Denormalises an incident into its search document. */
export function toSearchDocument(incident: Incident, aliases: AliasLookup): SearchDocument {
  const names = [
    ...incident.attacker_groups.flatMap((g) => [g.name, ...aliases(g.slug)]),
    ...incident.victim.orgs,
  ];
  const sourceTitles = [...new Set(incident.sources.map((s) => s.title))].slice(0, MAX_SOURCE_TITLES);
  const tags = [
    ...incident.attacker_groups.map((g) => tagToken("g", g.slug)),
    ...(incident.victim.type ? [tagToken("v", incident.victim.type)] : []),
    ...(incident.victim.country ? [tagToken("c", incident.victim.country)] : []),
    ...incident.attack_types.map((a) => tagToken("a", a)),
  ];
  const facets: FacetRow[] = [
    ...uniqueBy(incident.attacker_groups, (g) => g.slug).map((g) => ({ kind: "g" as const, value: g.slug, label: g.name })),
    ...[...new Set(incident.attack_types)].map((a) => ({ kind: "a" as const, value: a, label: a })),
  ];
  return {
    title: clean(incident.title),
    names: clean(names.join(" ; ")),
    body: clean(incident.summary.slice(0, MAX_BODY_CHARS)),
    sources: clean(sourceTitles.join(" ; ")),
    tags: tags.join(" "),
    month: monthOf(incident.first_seen),
    victim_type: incident.victim.type,
    country: incident.victim.country ? incident.victim.country.toUpperCase() : null,
    facets,
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

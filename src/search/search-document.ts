import type { AttackerGroup, ClaimStatus, Incident } from "../model";
import { tagToken } from "./fts-query";

/**
 * A facet row of search_facets: kind `g` (attacker group: value slug, label name), `a` (attack type),
 * `i` (impact on care) or `k` (claim status, one per document).
 */
export interface FacetRow {
  kind: "g" | "a" | "i" | "k";
  value: string;
  label: string;
}

/** What the embedded index stores per incident: weighted text columns, filter tokens and facet keys. */
export interface SearchDocument {
  title: string;
  /** Attacker names with their gazetteer aliases, and victim organisations. */
  names: string;
  body: string;
  /** Titles and text of the incident's sources. */
  sources: string;
  tags: string;
  /** The distinct words of `names`, lower-case, for typo tolerance (search_names). */
  nameTerms: string[];
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

/** The text of stored articles by id (the store's), for indexing what an incident's sources said. */
export type SourceTextLookup = (articleIds: number[]) => Promise<ReadonlyMap<number, string>>;

// Text is bounded per source and per incident. The lead of a news story carries its who, where and
// what; what follows is background, quotes and related links. A syndicated story told twenty times
// adds nothing past its first telling, and every indexed word costs the build, the file and the
// ranking of common words alike. So the index holds each incident's distinct sentences only (see
// sourceText), at most MAX_SOURCE_CHARS of them from one source and MAX_SOURCES_CHARS in all: the
// leads of two or three distinct tellings, or one telling and what later sources added.
const MAX_BODY_CHARS = 2_000;
const MAX_SOURCE_TITLES = 12;
/** Distinct characters of one source's text indexed at most. */
export const MAX_SOURCE_CHARS = 3_000;
/** Distinct characters of source text indexed per incident at most. */
export const MAX_SOURCES_CHARS = 8_000;

/** Snippet markers and tag marks are private-use characters; indexed text must not carry any in. */
function clean(text: string): string {
  return text.replace(/[\ue000-\uf8ff\u0000]/g, " ");
}

/** YYYY-MM of an ISO timestamp. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/**
 * Lower-case words as unicode61 with remove_diacritics splits them (letters and digits), near enough
 * for a list of names to correct typos against.
 */
export function wordsOf(text: string): string[] {
  const folded = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return [...new Set(folded.match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/**
 * A sentence as the index would read it (lower-case letters and digits, one space between words), to tell
 * copies apart from new text. A run of other characters becomes one space; the single spaces between words,
 * most of a sentence's gaps, are left as they are rather than each replaced.
 */
function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]{2,}|[^\p{L}\p{N} ]/gu, " ")
    .trim();
}

/**
 * The text of the sources to index, in timeline order: each sentence once per incident (a syndicated
 * copy, with its own byline or a headline the titles already hold, adds only the sentences no earlier
 * source said), at most MAX_SOURCE_CHARS from one source and MAX_SOURCES_CHARS in all. Sentences end
 * at ". ", "! " or "? ", near enough to tell a reprint from a rewrite; a cap may cut one short.
 * `seen` holds text already indexed elsewhere in the document (titles).
 */
export function sourceText(texts: readonly string[], seen: Iterable<string> = []): string {
  const known = new Set([...seen].map(sentenceKey));
  // Sentences met before word for word, as syndicated copies repeat them: skipped without reading them again.
  const met = new Set<string>();
  const parts: string[] = [];
  let size = 0;
  for (const text of texts) {
    let taken = 0;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const room = Math.min(MAX_SOURCE_CHARS - taken, MAX_SOURCES_CHARS - size);
      if (room <= 0) break;
      if (met.has(sentence)) continue;
      met.add(sentence);
      const key = sentenceKey(sentence);
      if (key === "" || known.has(key)) continue;
      known.add(key);
      const part = sentence.length > room ? sentence.slice(0, room) : sentence;
      parts.push(part);
      taken += part.length + 1;
      size += part.length + 1;
    }
    if (size >= MAX_SOURCES_CHARS) break;
  }
  return parts.join(" ");
}

/** The stored text of an incident's sources by article id, in timeline order (see sourceText). */
export function sourceTextsOf(incident: Incident, texts: ReadonlyMap<number, string>): string[] {
  return incident.sources.map((s) => texts.get(s.article_id)).filter((t): t is string => !!t);
}

/** Denormalises an incident into its search document; `texts` holds its sources' text by article id, when known. */
export function toSearchDocument(
  incident: Incident,
  aliases: AliasLookup,
  texts: ReadonlyMap<number, string> = new Map(),
): SearchDocument {
  const names = [...incident.attacker_groups.flatMap((g) => [g.name, ...aliases(g.slug)]), ...incident.victim.orgs];
  const sourceTitles = [...new Set(incident.sources.map((s) => s.title))].slice(0, MAX_SOURCE_TITLES);
  const tags = [
    ...incident.attacker_groups.map((g) => tagToken("g", g.slug)),
    ...(incident.victim.type ? [tagToken("v", incident.victim.type)] : []),
    ...(incident.victim.country ? [tagToken("c", incident.victim.country)] : []),
    ...incident.attack_types.map((a) => tagToken("a", a)),
    ...(incident.impact ?? []).map((i) => tagToken("i", i)),
    tagToken("k", claimOf(incident)),
  ];
  const facets: FacetRow[] = [
    ...uniqueBy(incident.attacker_groups, (g) => g.slug).map((g) => ({
      kind: "g" as const,
      value: g.slug,
      label: g.name,
    })),
    ...[...new Set(incident.attack_types)].map((a) => ({ kind: "a" as const, value: a, label: a })),
    ...[...new Set(incident.impact ?? [])].map((i) => ({ kind: "i" as const, value: i, label: i })),
    { kind: "k" as const, value: claimOf(incident), label: claimOf(incident) },
  ];
  const namesText = clean(names.join(" ; "));
  const fullText = sourceText(sourceTextsOf(incident, texts), [incident.title, ...sourceTitles]);
  return {
    title: clean(incident.title),
    names: namesText,
    body: clean(incident.summary.slice(0, MAX_BODY_CHARS)),
    sources: clean([...sourceTitles, ...(fullText ? [fullText] : [])].join(" ; ")),
    tags: tags.join(" "),
    month: monthOf(incident.first_seen),
    victim_type: incident.victim.type,
    country: incident.victim.country ? incident.victim.country.toUpperCase() : null,
    facets,
    nameTerms: wordsOf(namesText),
  };
}

/** The claim status as search filters and counts it: incidents stored before it existed are confirmed (see Incident.claim). */
export function claimOf(incident: Pick<Incident, "claim">): ClaimStatus {
  return incident.claim ?? "confirmed";
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

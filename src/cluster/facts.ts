import type { Article, Evidence, FactProvenance } from "../model";

/** One source's claim about a field: the value as a comparable string, who said it and when. */
export interface Claim {
  value: string;
  article: Article;
}

/** A resolved field: the chosen value, its supporters, and the alternatives (most supported first). */
export interface Resolution {
  value: string;
  fact: FactProvenance;
}

/** Which evidence field supports which fact field. */
const EVIDENCE_FIELD: Record<string, Evidence["field"]> = {
  victim_type: "victim_type",
  country: "country",
  data_volume_bytes: "data_volume_bytes",
  people_affected: "people_affected",
  ransom_status: "ransom",
  ransom_amount: "ransom",
  attacker_group: "attacker_groups",
  victim_org: "victim_orgs",
};

/** The sentence a supporting source gave for a fact: its evidence for the field, preferring one quoting the value. */
export function quoteFor(field: string, value: string, supporters: readonly Article[]): string | null {
  const evField = EVIDENCE_FIELD[field];
  for (const a of supporters) {
    const ev = (a.entities?.evidence ?? []).filter((e) => e.field === evField && e.quote);
    const exact = ev.find((e) => e.value.toLowerCase() === value.toLowerCase());
    if (exact ?? ev[0]) return (exact ?? ev[0])!.quote;
  }
  return null;
}

interface Tally {
  value: string;
  articles: Article[];
  latest: string;
}

function tally(claims: readonly Claim[]): Tally[] {
  const byValue = new Map<string, Tally>();
  for (const c of claims) {
    const t = byValue.get(c.value) ?? { value: c.value, articles: [], latest: "" };
    if (!t.articles.includes(c.article)) t.articles.push(c.article);
    if (c.article.published > t.latest) t.latest = c.article.published;
    byValue.set(c.value, t);
  }
  return [...byValue.values()];
}

/**
 * Resolves conflicting claims: the value given by most sources wins, then the one given most
 * recently, then the smaller value as text (only so the result never depends on input order).
 * `rank`, when given, replaces the source count (a ransom that was paid outranks a demand).
 */
export function resolveClaims(
  field: string,
  claims: readonly Claim[],
  rank?: (value: string) => number,
): Resolution | null {
  if (claims.length === 0) return null;
  const ordered = tally(claims).sort(
    (a, b) =>
      (rank ? rank(b.value) - rank(a.value) : 0) ||
      b.articles.length - a.articles.length ||
      b.latest.localeCompare(a.latest) ||
      a.value.localeCompare(b.value),
  );
  const [win, ...rest] = ordered as [Tally, ...Tally[]];
  return {
    value: win.value,
    fact: {
      field,
      value: win.value,
      sources: win.articles.map((a) => a.url),
      alternatives: rest.map((t) => ({ value: t.value, sources: t.articles.map((a) => a.url) })),
      quote: quoteFor(field, win.value, win.articles),
    },
  };
}

import type { SearchHit } from "../model";

/** A search hit as a card shows it: the incident without its facts' provenance and evidence quotes, which only the incident route sends. */
export type CardHit = Omit<SearchHit, "facts" | "evidence">;

/** Drops what a result card never shows (most of a hit's weight: every fact's sources and every quote). */
export function cardHits(hits: readonly SearchHit[]): CardHit[] {
  return hits.map(({ facts: _facts, evidence: _evidence, ...card }) => card);
}

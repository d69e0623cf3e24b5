import { IMPACT_TYPES } from "../model";
import type { Article, ImpactDetail } from "../model";

/**
 * One detail per effect on care, from the members in time order: the newest count, duration and status each
 * stand (a later report revises an earlier one), and the quote is the sentence that gave the count, else the newest.
 */
export function mergeImpactDetails(byTime: readonly Article[]): ImpactDetail[] {
  const merged = new Map<ImpactDetail["type"], ImpactDetail>();
  for (const a of byTime) {
    for (const d of a.entities?.impact_details ?? []) {
      const prev = merged.get(d.type);
      merged.set(d.type, {
        type: d.type,
        count: d.count ?? prev?.count ?? null,
        counted: d.count !== null ? d.counted : (prev?.counted ?? null),
        duration: d.duration ?? prev?.duration ?? null,
        status: d.status ?? prev?.status ?? null,
        quote: d.count !== null || !prev || prev.count === null ? d.quote : prev.quote,
      });
    }
  }
  return IMPACT_TYPES.flatMap((t) => (merged.has(t) ? [merged.get(t)!] : []));
}

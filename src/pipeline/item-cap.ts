import type { ParsedItem } from "../model";

/** The items a poll keeps of one feed, and how many it left out. */
export interface CappedItems {
  items: ParsedItem[];
  skipped: number;
}

/**
 * Keeps at most `max` items of one feed, newest first: a feed of thousands of items (hostile or just
 * an archive) must not flood the catalogue or cost thousands of page fetches in one poll. Undated items
 * keep their feed order after the dated ones, since a feed lists its newest items first by convention.
 */
export function capItems(items: ParsedItem[], max: number): CappedItems {
  if (items.length <= max) return { items, skipped: 0 };
  const ranked = items
    .map((item, index) => ({ item, index, ms: item.published ? Date.parse(item.published) : NaN }))
    .sort((a, b) => {
      const aDated = !Number.isNaN(a.ms);
      const bDated = !Number.isNaN(b.ms);
      if (aDated !== bDated) return aDated ? -1 : 1;
      return (aDated && b.ms !== a.ms ? b.ms - a.ms : 0) || a.index - b.index;
    });
  const kept = new Set(ranked.slice(0, max).map((r) => r.index));
  // The kept items stay in feed order, so what the store sees does not depend on the cut.
  return { items: items.filter((_, i) => kept.has(i)), skipped: items.length - max };
}

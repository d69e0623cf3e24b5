// A compiled word-list matcher: entries are bucketed by their first two characters, so a text is scanned once and only
// the few entries that share a word's opening are tried there (a single alternation of hundreds of names was ~10× slower).

/** A lexicon entry found in a text. */
export interface LexiconHit<T> {
  entry: T;
  start: number;
  end: number;
}

/** Finds entries in texts; built once by compileLexicon. */
export interface Lexicon<T> {
  find(text: string): LexiconHit<T>[];
}

/**
 * Compiles `entries`; `source(entry)` is the regex source that matches the entry's text and `key(entry)` its literal
 * first two characters. A hit must start a word, may not follow a character in `notAfter`, and must end a word.
 */
export function compileLexicon<T>(
  entries: readonly T[],
  opts: { source: (e: T) => string; key: (e: T) => string; ignoreCase: boolean; notAfter?: string; notBefore?: string },
): Lexicon<T> {
  const buckets = new Map<string, { entry: T; re: RegExp }[]>();
  const flags = opts.ignoreCase ? "iuy" : "uy";
  const tail = opts.notBefore ?? "(?![\\p{L}\\p{N}])";
  for (const entry of entries) {
    const k = opts.ignoreCase ? opts.key(entry).toLowerCase() : opts.key(entry);
    const list = buckets.get(k) ?? [];
    list.push({ entry, re: new RegExp(`(?:${opts.source(entry)})${tail}`, flags) });
    buckets.set(k, list);
  }
  for (const list of buckets.values()) list.sort((a, b) => b.re.source.length - a.re.source.length);
  const notAfter = opts.notAfter ?? "";
  // One pass finds every word start whose first two characters open some entry; entries are tried only there.
  const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const opening = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...buckets.keys()].map(escape).join("|")})`, opts.ignoreCase ? "giu" : "gu");
  return {
    find(text: string): LexiconHit<T>[] {
      const hits: LexiconHit<T>[] = [];
      opening.lastIndex = 0;
      for (let m = opening.exec(text); m; m = opening.exec(text)) {
        const i = m.index;
        if (i > 0 && notAfter.includes(text[i - 1]!)) continue;
        const list = buckets.get(opts.ignoreCase ? m[0].toLowerCase() : m[0])!;
        for (const c of list) {
          c.re.lastIndex = i;
          const hit = c.re.exec(text);
          if (!hit) continue;
          hits.push({ entry: c.entry, start: i, end: i + hit[0].length });
          opening.lastIndex = i + hit[0].length;
          break;
        }
      }
      return hits;
    },
  };
}

// A compiled word-list matcher: entries are bucketed by their first two characters, so a text is scanned once and only
// the few entries that share a word's opening are tried there (a single alternation of hundreds of names was ~10× slower,
// and a regex that finds the openings still cost more than walking the word starts by hand).

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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the UTF-16 unit `c` is a letter or digit (the `[\p{L}\p{N}]` of the patterns, ASCII answered without a regex). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCharCode(c));
}

function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c < 128 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * Compiles `entries`; `source(entry)` is the regex source that matches the entry's text and `key(entry)` its literal
 * first two characters (which must open with a letter or digit). A hit must start a word, may not follow a character
 * in `notAfter`, and must end a word.
 */
export function compileLexicon<T>(
  entries: readonly T[],
  opts: { source: (e: T) => string; key: (e: T) => string; ignoreCase: boolean; notAfter?: string; notBefore?: string },
): Lexicon<T> {
  // Keyed by the two UTF-16 units packed into one number, so the scan builds no substring per word.
  const buckets = new Map<number, { entry: T; re: RegExp }[]>();
  const flags = opts.ignoreCase ? "iuy" : "uy";
  const tail = opts.notBefore ?? "(?![\\p{L}\\p{N}])";
  const fold = opts.ignoreCase ? foldCode : (c: number) => c;
  for (const entry of entries) {
    const k = opts.key(entry);
    if (k.length !== 2 || !isWordCode(k.charCodeAt(0))) throw new Error(`lexicon key must be two characters opening a word: "${k}"`);
    const code = fold(k.charCodeAt(0)) * 65536 + fold(k.charCodeAt(1));
    const list = buckets.get(code) ?? [];
    list.push({ entry, re: new RegExp(`(?:${opts.source(entry)})${tail}`, flags) });
    buckets.set(code, list);
  }
  for (const list of buckets.values()) list.sort((a, b) => b.re.source.length - a.re.source.length);
  const notAfter = opts.notAfter ?? "";
  return {
    find(text: string): LexiconHit<T>[] {
      const hits: LexiconHit<T>[] = [];
      const last = text.length - 1;
      let prevWord = false;
      for (let i = 0; i < last; ) {
        const c = text.charCodeAt(i);
        const word = isWordCode(c);
        if (!word || prevWord) {
          prevWord = word;
          i++;
          continue;
        }
        const list = buckets.get(fold(c) * 65536 + fold(text.charCodeAt(i + 1)));
        if (!list || (i > 0 && notAfter.includes(text[i - 1]!))) {
          prevWord = true;
          i++;
          continue;
        }
        // Both openings' characters are passed over, as a regex finding the openings would consume them.
        let next = i + 2;
        for (const c of list) {
          c.re.lastIndex = i;
          const hit = c.re.exec(text);
          if (!hit) continue;
          hits.push({ entry: c.entry, start: i, end: i + hit[0].length });
          next = i + hit[0].length;
          break;
        }
        prevWord = isWordCode(text.charCodeAt(next - 1));
        i = next;
      }
      return hits;
    },
  };
}

import { IntTable } from "./int-table";

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
  /** Entries in `text`; `starts` (from wordStarts) may be passed when several lexicons read the same text. */
  find(text: string, starts?: number[]): LexiconHit<T>[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// True when the UTF-16 unit `c` is a letter or digit (the `[\p{L}\p{N}]` of the patterns, ASCII answered without a regex).
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCharCode(c));
}

const WORD_CODES = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isWordCode(c)) WORD_CODES[c] = 1;

/** Offsets where a word starts in `text`: a letter or digit that does not follow one. */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = WORD_CODES[text.charCodeAt(i)] === 1;
    if (word && !prevWord) starts.push(i);
    prevWord = word;
  }
  return starts;
}

function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c < 128 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

// Two UTF-16 units packed into one 32-bit key.
const opening = (c0: number, c1: number) => (c0 << 16) | c1;

const isSeparatorCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 46 || c === 47;

// False only when the text at `i` cannot hold `skeleton`; a non-ASCII character is left to the entry's regex to judge.
// With `wholeWord`, also false when a letter or digit follows the skeleton's last character (a match ends there, and
// the entry's tail forbids one): "played" is passed over for "Play" without running its regex.
function skeletonAt(
  text: string,
  i: number,
  skeleton: string,
  fold: (c: number) => number,
  wholeWord: boolean,
): boolean {
  let p = i;
  for (let k = 0; k < skeleton.length; k++, p++) {
    if (k > 0) while (p < text.length && isSeparatorCode(text.charCodeAt(p))) p++;
    if (p >= text.length) return false;
    const c = text.charCodeAt(p);
    if (c >= 128) return true;
    if (fold(c) !== skeleton.charCodeAt(k)) return false;
  }
  return !(wholeWord && p < text.length && WORD_CODES[text.charCodeAt(p)] === 1);
}

// The third character `skeletonAt` would compare at `i` (folded), -1 when it would not judge there (a non-ASCII
// character comes first), -2 when the text ends before it: read once per opening, it rules out most entries of a
// bucket without walking each one's skeleton.
function thirdSkeletonCode(text: string, i: number, fold: (c: number) => number): number {
  let p = i;
  for (let k = 0; k < 3; k++, p++) {
    if (k > 0) while (p < text.length && isSeparatorCode(text.charCodeAt(p))) p++;
    if (p >= text.length) return -2;
    const c = text.charCodeAt(p);
    if (c >= 128) return -1;
    if (k === 2) return fold(c);
  }
  return -1;
}

/**
 * Compiles `entries`; `source(entry)` is the regex source that matches the entry's text and `key(entry)` its literal
 * first two characters (which must open with a letter or digit). A hit must start a word, may not follow a character
 * in `notAfter`, and must end a word.
 */
export function compileLexicon<T>(
  entries: readonly T[],
  opts: {
    source: (e: T) => string;
    key: (e: T) => string;
    ignoreCase: boolean;
    notAfter?: string;
    notBefore?: string;
    /** The entry's exact text when it is a plain word or phrase (case-sensitive lexicons only): compared without a regex. */
    literal?: (e: T) => string;
    /**
     * Characters every match holds in this order (lower-cased when `ignoreCase`), with only spaces, "-", "." or "/"
     * between them, the last of them ending the match: checked before the entry's regex, which most word starts
     * sharing its opening then never run.
     */
    skeleton?: (e: T) => string;
  },
): Lexicon<T> {
  if (opts.literal && opts.ignoreCase) throw new Error("literal lexicon entries are compared case-sensitively");
  // Buckets are split by one kind of third character: the text's own (literals) or the folded skeleton's.
  if (opts.literal && opts.skeleton) throw new Error("a lexicon has literal entries or skeletons, not both");
  // Keyed by the two UTF-16 units packed into one number, so the scan builds no substring per word.
  const buckets = new Map<
    number,
    { entry: T; re: RegExp | null; literal: string; skeleton: string; order: number }[]
  >();
  const flags = opts.ignoreCase ? "iuy" : "uy";
  const tail = opts.notBefore ?? "(?![\\p{L}\\p{N}])";
  const defaultTail = opts.notBefore === undefined;
  const tailRe = new RegExp(tail, "uy");
  const fold = opts.ignoreCase ? foldCode : (c: number) => c;
  for (const entry of entries) {
    const k = opts.key(entry);
    if (k.length !== 2 || !isWordCode(k.charCodeAt(0)))
      throw new Error(`lexicon key must be two characters opening a word: "${k}"`);
    const code = fold(k.charCodeAt(0)) * 65536 + fold(k.charCodeAt(1));
    const list = buckets.get(code) ?? [];
    const source = `(?:${opts.source(entry)})${tail}`;
    const literal = opts.literal?.(entry) ?? "";
    list.push({
      entry,
      re: literal ? null : new RegExp(source, flags),
      literal,
      skeleton: opts.skeleton?.(entry) ?? "",
      order: source.length,
    });
    buckets.set(code, list);
  }
  for (const list of buckets.values()) list.sort((a, b) => b.order - a.order);
  type Candidate = typeof buckets extends Map<number, (infer C)[]> ? C : never;
  // The third character a candidate needs at a word start, or -1 when it needs none: a literal's own third character,
  // else its skeleton's (compared with thirdSkeletonCode). A bucket is split by it once, so a word start tries only
  // the entries that can match there, in the bucket's order ("Ca" holds Canada, California, Cambodia, ...).
  const thirdNeeded = (c: Candidate): number =>
    c.re
      ? c.skeleton.length > 2
        ? c.skeleton.charCodeAt(2)
        : -1
      : c.literal.length > 2
        ? c.literal.charCodeAt(2)
        : -1;
  interface Bucket {
    /** Every entry, for a word start whose third character is not read (a non-ASCII character comes first). */
    all: Candidate[];
    /**
     * Per ASCII third character, the entries that need it or none (the unconstrained list where none needs it): read by
     * index at every word start sharing the bucket's opening, where a Map lookup was a hot spot.
     */
    byAsciiThird: Candidate[][];
    /** Per other third character, the entries that need it or none. */
    byOtherThird: Map<number, Candidate[]>;
    /** The entries that need no third character. */
    unconstrained: Candidate[];
  }
  const split = (all: Candidate[]): Bucket => {
    const unconstrained = all.filter((c) => thirdNeeded(c) < 0);
    const byAsciiThird = new Array<Candidate[]>(128).fill(unconstrained);
    const byOtherThird = new Map<number, Candidate[]>();
    for (const c of all) {
      const x = thirdNeeded(c);
      if (x < 0 || (x < 128 ? byAsciiThird[x] !== unconstrained : byOtherThird.has(x))) continue;
      const list = all.filter((d) => thirdNeeded(d) === x || thirdNeeded(d) < 0);
      if (x < 128) byAsciiThird[x] = list;
      else byOtherThird.set(x, list);
    }
    return { all, byAsciiThird, byOtherThird, unconstrained };
  };
  const splitBuckets = new Map<number, Bucket>();
  for (const [code, list] of buckets) splitBuckets.set(code, split(list));
  // The characters an entry can open on, so most word starts are passed over without building a bucket key.
  const firstCodes = new Set([...buckets.keys()].map((code) => Math.floor(code / 65536)));
  const opens = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (WORD_CODES[c] && firstCodes.has(fold(c))) opens[c] = 1;
  // Buckets by their two opening characters, in a table small enough to stay in cache while the text is read.
  const byOpening = new IntTable<Bucket>();
  for (const [code, bucket] of splitBuckets) byOpening.set(opening(Math.floor(code / 65536), code % 65536), bucket);
  // Length of the entry's match at `i`, or -1.
  const matchAt = (
    c: { re: RegExp | null; literal: string; skeleton: string },
    text: string,
    i: number,
    third: number,
  ): number => {
    if (c.re) {
      if (c.skeleton.length > 2 && third !== -1 && third !== c.skeleton.charCodeAt(2)) return -1;
      if (c.skeleton && !skeletonAt(text, i, c.skeleton, fold, defaultTail)) return -1;
      c.re.lastIndex = i;
      const hit = c.re.exec(text);
      return hit ? hit[0].length : -1;
    }
    // Entries sharing a bucket share their first two characters: the third rules most of them out without a call.
    if (c.literal.length > 2 && text.charCodeAt(i + 2) !== c.literal.charCodeAt(2)) return -1;
    if (!text.startsWith(c.literal, i)) return -1;
    tailRe.lastIndex = i + c.literal.length;
    return tailRe.test(text) ? c.literal.length : -1;
  };
  const notAfter = opts.notAfter ?? "";
  return {
    find(text: string, starts = wordStarts(text)): LexiconHit<T>[] {
      const hits: LexiconHit<T>[] = [];
      const last = text.length - 1;
      // Word starts inside a hit, or on the second character of an opening, are passed over, as a regex finding the
      // openings would consume them.
      let next = 0;
      for (const i of starts) {
        if (i >= last) break;
        if (i < next) continue;
        const c = text.charCodeAt(i);
        if (!opens[c]) continue;
        const c0 = fold(c);
        const c1 = fold(text.charCodeAt(i + 1));
        const key = opening(c0, c1);
        if (!byOpening.mayHold(key)) continue;
        const bucket = byOpening.get(key);
        if (!bucket || (i > 0 && notAfter.includes(text[i - 1]!))) continue;
        next = i + 2;
        const third = opts.skeleton ? thirdSkeletonCode(text, i, fold) : -1;
        // A literal compares the text's own third character; a skeleton the folded one past separators (-1: unread).
        const needed = opts.skeleton ? third : text.charCodeAt(i + 2);
        const list =
          needed === -1
            ? bucket.all
            : needed >= 0 && needed < 128
              ? bucket.byAsciiThird[needed]!
              : (bucket.byOtherThird.get(needed) ?? bucket.unconstrained);
        for (const candidate of list) {
          const length = matchAt(candidate, text, i, third);
          if (length < 0) continue;
          hits.push({ entry: candidate.entry, start: i, end: i + length });
          next = i + length;
          break;
        }
      }
      return hits;
    },
  };
}

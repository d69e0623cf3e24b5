import { IntTable } from "./int-table";
import { firstAtOrAfter } from "./sorted";

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
  /**
   * The hits `find(words.text.slice(from, to))` returns, offsets relative to `from`, read from the text's words (readWords)
   * rather than from its characters: a word is passed over on one hash lookup unless some entry can open on it.
   */
  findWords(words: TextWords, from?: number, to?: number): LexiconHit<T>[];
}

/**
 * The words of one text (runs of letters and digits) with a hash of each, found once per document and read by every
 * lexicon that looks it up (places, group names), so no lexicon walks the characters again.
 */
export interface TextWords {
  readonly text: string;
  /** Offsets where each word starts, in order (what wordStarts returns). */
  readonly starts: number[];
  /** Each word's runHash, or 0 for a word holding a character past ASCII (read character by character). */
  readonly hashes: number[];
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

// The hash of an all-ASCII word, ASCII letters folded to lower case, extended one character at a time. Never 0, which
// marks a word the hash does not describe (one with a character past ASCII).
const extendRunHash = (h: number, c: number) => (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
const finishRunHash = (h: number) => h || 1;

/** A text's words and their hashes: the one tokenisation of a document that its lexicon lookups share. */
export function readWords(text: string): TextWords {
  const starts: number[] = [];
  const hashes: number[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    let c = text.charCodeAt(i);
    if (WORD_CODES[c] !== 1) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let ascii = true;
    do {
      if (c >= 128) ascii = false;
      h = extendRunHash(h, c);
      if (++i >= n) break;
      c = text.charCodeAt(i);
    } while (WORD_CODES[c] === 1);
    starts.push(start);
    hashes.push(ascii ? finishRunHash(h) : 0);
  }
  return { text, starts, hashes };
}

// The runHash of s[0, end), all ASCII.
function prefixHash(s: string, end: number): number {
  let h = 0;
  for (let k = 0; k < end; k++) h = extendRunHash(h, s.charCodeAt(k));
  return finishRunHash(h);
}

// Length of the run of letters and digits that opens `s` at `from`.
function firstRunLength(s: string, from = 0): number {
  let k = from;
  while (k < s.length && WORD_CODES[s.charCodeAt(k)] === 1) k++;
  return k - from;
}

// What codeAfterSeparators returns where the text ends, and where a character past ASCII comes first.
const END_AFTER = -2;
const NON_ASCII_AFTER = -1;
// The character skeletonAt would compare after a word ending at `end` (separators skipped, folded): END_AFTER when the
// text ends first, NON_ASCII_AFTER when the character is past ASCII (skeletonAt leaves it to the entry's regex).
function codeAfterSeparators(text: string, end: number, fold: (c: number) => number): number {
  let p = end;
  while (p < text.length && isSeparatorCode(text.charCodeAt(p))) p++;
  if (p >= text.length) return END_AFTER;
  const c = text.charCodeAt(p);
  return c >= 128 ? NON_ASCII_AFTER : fold(c);
}

// False only when skeletonAt surely fails for `skeleton` at a word of `length` ASCII letters or digits followed by
// `after` (codeAfterSeparators): a skeleton shorter than the word ends inside it, and a longer one needs its next
// character there.
function skeletonGoesOn(skeleton: string, length: number, after: number): boolean {
  if (skeleton.length <= length) return skeleton.length === length;
  if (after === NON_ASCII_AFTER) return true;
  return after === skeleton.charCodeAt(length);
}

const isAscii = (s: string, end = s.length) => {
  for (let k = 0; k < end; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
};

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
    {
      entry: T;
      re: RegExp | null;
      literal: string;
      skeleton: string;
      order: number;
      opening: number;
    }[]
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
      opening: opening(fold(k.charCodeAt(0)), fold(k.charCodeAt(1))),
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
  // findWords reads a word's hash where find reads its characters. A match ends a word (the tail refuses a letter or digit
  // after it), so a literal can open only on a word that is its own first word; a skeleton's match opens on a word that
  // is a prefix of the skeleton (its case and separators aside). Entries are listed under those words' hashes, in their
  // bucket's order; a word of one character, or one past ASCII, is read by its opening as find reads it.
  if (tailRe.test("a") || tailRe.test("0") || tailRe.test("é"))
    throw new Error("a lexicon's tail must refuse a letter or digit after a match");
  const tailAtEnd = tailRe.test("");
  const byFirstWord = new IntTable<Candidate[]>();
  const listUnder = (hash: number, c: Candidate) => {
    const list = byFirstWord.get(hash);
    if (!list) byFirstWord.set(hash, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  for (const bucket of splitBuckets.values()) {
    for (const c of bucket.all) {
      if (c.literal) {
        const r = firstRunLength(c.literal);
        if (isAscii(c.literal, r)) listUnder(prefixHash(c.literal, r), c);
      } else
        for (let r = 2; r <= c.skeleton.length && c.skeleton.charCodeAt(r - 1) < 128; r++)
          listUnder(prefixHash(c.skeleton, r), c);
    }
  }
  const readsSkeletons = [...splitBuckets.values()].some((b) => b.all.some((c) => c.re));
  // Length of a literal's match at `i` in text.slice(from, to) (offsets into `text`), or -1.
  const literalWithin = (c: Candidate, text: string, i: number, from: number, to: number): number => {
    const end = i + c.literal.length;
    if (end > to || !text.startsWith(c.literal, i)) return -1;
    if (end === to) return tailAtEnd ? c.literal.length : -1;
    const within = to === text.length && from === 0 ? text : text.slice(from, to);
    tailRe.lastIndex = end - from;
    return tailRe.test(within) ? c.literal.length : -1;
  };
  const cutsWord = (text: string, at: number) =>
    at > 0 && at < text.length && WORD_CODES[text.charCodeAt(at - 1)] === 1 && WORD_CODES[text.charCodeAt(at)] === 1;
  const find = (text: string, starts = wordStarts(text)): LexiconHit<T>[] => {
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
  };
  const findWords = (words: TextWords, from = 0, to = words.text.length): LexiconHit<T>[] => {
    const text = words.text;
    // A range that cuts a word, or a skeleton's regex that could read past the range, is read as find reads it.
    if (cutsWord(text, from) || cutsWord(text, to) || (readsSkeletons && (from > 0 || to < text.length)))
      return find(text.slice(from, to));
    const { starts, hashes } = words;
    const hits: LexiconHit<T>[] = [];
    let next = from;
    for (let k = firstAtOrAfter(starts, from); k < starts.length; k++) {
      const i = starts[k]!;
      if (i >= to - 1) break;
      if (i < next) continue;
      // A word no entry can open on (in a case-sensitive lexicon, most words: they open in lower case) is passed over
      // before its hash is looked up.
      const c = text.charCodeAt(i);
      if (!opens[c]) continue;
      const hash = hashes[k]!;
      let list: Candidate[] | undefined;
      let byWord = false;
      if (hash === 0 || (readsSkeletons && WORD_CODES[text.charCodeAt(i + 1)] !== 1)) {
        const key = opening(fold(c), fold(text.charCodeAt(i + 1)));
        list = byOpening.mayHold(key) ? byOpening.get(key)?.all : undefined;
      } else {
        list = byFirstWord.mayHold(hash) ? byFirstWord.get(hash) : undefined;
        byWord = true;
      }
      if (!list || (i > from && notAfter.includes(text[i - 1]!))) continue;
      // Entries listed under a skeleton's prefix are tried only where find would try them: at their bucket's opening.
      const key = readsSkeletons ? opening(fold(text.charCodeAt(i)), fold(text.charCodeAt(i + 1))) : 0;
      // A skeleton listed under the word's hash is the word or goes on past it ("the" for "The Dark Overlord"): what
      // follows the word is read once for the whole list, and a skeleton that goes on with another character is passed
      // over without walking it ("the" + " company").
      const wordLength = readsSkeletons && byWord ? firstRunLength(text, i) : 0;
      const after = wordLength ? codeAfterSeparators(text, i + wordLength, fold) : NON_ASCII_AFTER;
      for (const candidate of list) {
        if (readsSkeletons && candidate.opening !== key) continue;
        if (wordLength && candidate.re && !skeletonGoesOn(candidate.skeleton, wordLength, after)) continue;
        const length = candidate.re ? matchAt(candidate, text, i, -1) : literalWithin(candidate, text, i, from, to);
        if (length < 0) continue;
        hits.push({
          entry: candidate.entry,
          start: i - from,
          end: i - from + length,
        });
        next = i + length;
        break;
      }
    }
    return hits;
  };
  return { find, findWords };
}

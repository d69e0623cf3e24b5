// The words of each sentence, read once for every field. Cue gates (cue-gate.ts) ask which families' words a sentence
// holds, opening tables (opening-words.ts, openings.ts) where they begin; each used to walk the sentence's characters on
// its own, four walks per sentence and more. Every family's words sit in one table, so one walk over a sentence looks
// each word up once and keeps the words some family lists: its gates and its openings come from that one walk.
import { IntTable } from "./int-table";
import type { Sentence } from "./text";

// The ASCII letters, digits and "_": the units a non-Unicode `\b` separates, and so the characters of a listed word.
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CODE[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

// A hash of a word's characters read left to right, extended one character at a time; "| 32" lower-cases the ASCII
// letters a word is made of (it maps "_" and digits to other codes, the same for the text as for the listed words).
const extendHash = (h: number, c: number) => (Math.imul(h, 31) + (c | 32)) | 0;
const openingKey = (c0: number, c1: number) => ((c0 | 32) << 7) | (c1 | 32);

/**
 * The words of one sentence that some opening family lists, in text order: `at[k]` is where the word begins (relative to
 * the sentence) and `pairs[k]` the (family, bits) pairs of the opening families it opens, laid out flat. A word listed both whole and by a stem, or
 * opening with a digit, has one entry per way it is listed, all at the same offset.
 */
export interface SentenceWords {
  at: number[];
  pairs: number[][];
  /** The sentence holds a character a case-insensitive Unicode pattern reads as an ASCII letter (long s, Kelvin sign). */
  caseTrap: boolean;
}

// Listed words (or stems) by their hash, each to its (family, bits) pairs, and apart the pairs of the families that ask
// where their words are (opening families): a sentence keeps only the words some opening family lists, while every
// listed word opens its families' gates. Words are never cut out of the text: a hash shared by another word only opens a family's
// bits, which costs time but no output. A word's prefix is looked up as a
// stem only at a length some stem opening on its first two characters has (`stemLengths`, by openingKey: bit n for a
// stem of n characters, n taken modulo 32 as a shift reads it): most words open no stem, and most prefixes of the rest
// are of no stem's length. `digits` are the pairs of the families that open on any word beginning with a digit.
interface Listing {
  pairs: number[];
  openings: number[] | null;
}
const registry = {
  families: 0,
  opening: [] as boolean[],
  words: new IntTable<Listing>(),
  stems: new IntTable<Listing>(),
  stemLengths: new Int32Array(1 << 14),
  digits: { pairs: [], openings: null } as Listing,
};

/**
 * A new family of words; its number indexes a sentence's `gates`. With `openings`, a sentence keeps where its words
 * are (familyOpeningsIn); without, only whether it holds them.
 */
export function newFamily(openings: boolean): number {
  registry.opening.push(openings);
  return registry.families++;
}

/**
 * Lists `word` for `family` with `bit`: a stem (matching any word it begins) when `stem`. "#" lists every word
 * beginning with a digit.
 */
export function listWord(family: number, bit: number, word: string, stem: boolean): void {
  const list = (listing: Listing) => {
    listing.pairs.push(family, bit);
    if (registry.opening[family]) (listing.openings ??= []).push(family, bit);
  };
  if (word === "#") {
    list(registry.digits);
    return;
  }
  if (stem && word.length < 2) throw new Error(`stem too short: ${word}*`);
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = extendHash(hash, word.charCodeAt(i));
  const table = stem ? registry.stems : registry.words;
  const listing = table.get(hash) ?? { pairs: [], openings: null };
  list(listing);
  table.set(hash, listing);
  if (stem) registry.stemLengths[openingKey(word.charCodeAt(0), word.charCodeAt(1))]! |= 1 << word.length;
}

let everyGateOpen = false;

/** Opens every gate, so each pattern runs on every sentence: lets a test check that the gates change no output. */
export function openEveryGate(open: boolean): void {
  everyGateOpen = open;
}

// No family's bits, copied from one template (a typed array per sentence costs several times more).
let closed: number[] = [];
function noGates(): number[] {
  if (closed.length !== registry.families) {
    closed = [];
    for (let f = 0; f < registry.families; f++) closed.push(0);
  }
  return closed.slice();
}

/**
 * Reads the words of t[from, to) into `words` (offsets relative to `base`) and, with `gates`, ORs the bits each word
 * opens into its family's entry. Each word (a run of WORD_CODE characters) is looked up by its hash, and its prefixes
 * as stems.
 */
function readWords(t: string, from: number, to: number, base: number, words: SentenceWords, gates: number[] | null) {
  const { words: table, stems, stemLengths, digits } = registry;
  const { at, pairs } = words;
  const hit = (start: number, listing: Listing) => {
    if (listing.openings) {
      at.push(start - base);
      pairs.push(listing.openings);
    }
    if (gates) {
      const p = listing.pairs;
      for (let k = 0; k < p.length; k += 2) gates[p[k]!]! |= p[k + 1]!;
    }
  };
  for (let i = from; i < to;) {
    const first = t.charCodeAt(i);
    if (first >= 128 || WORD_CODE[first] === 0) {
      if (first === 0x17f || first === 0x212a) words.caseTrap = true;
      i++;
      continue;
    }
    if (first <= 57 && first >= 48 && digits.pairs.length > 0) hit(i, digits);
    let h = extendHash(0, first);
    let j = i + 1;
    let c = j < to ? t.charCodeAt(j) : 0;
    if (c < 128 && WORD_CODE[c] === 1) {
      const lengths = stemLengths[openingKey(first, c)]!;
      for (;;) {
        h = extendHash(h, c);
        // The prefix read so far is t[i, j]: j - i + 1 characters.
        if ((lengths >>> (j - i + 1)) & 1 && stems.mayHold(h)) {
          const p = stems.get(h);
          if (p) hit(i, p);
        }
        if (++j >= to) break;
        c = t.charCodeAt(j);
        if (c >= 128 || WORD_CODE[c] === 0) break;
      }
    }
    if (table.mayHold(h)) {
      const p = table.get(h);
      if (p) hit(i, p);
    }
    i = j;
  }
}

const emptyWords = (): SentenceWords => ({ at: [], pairs: [], caseTrap: false });

/**
 * Reads a sentence's words and keeps them, and its gates, on it. `doc` is the text its offsets point into (reading one
 * flat string costs less per character than reading each sentence's own substring); without it, its own text is read.
 */
export function readSentence(s: Sentence, doc?: string): void {
  const gates = noGates();
  const words = emptyWords();
  if (doc === undefined) readWords(s.text, 0, s.text.length, 0, words, gates);
  else readWords(doc, s.start, s.end, s.start, words, gates);
  s.gates = gates;
  s.words = words;
}

/** The bits of every family for this sentence (each word's bits ORed together), read on first use. */
export function gatesOf(s: Sentence): number[] {
  if (everyGateOpen) return new Array<number>(registry.families).fill(-1);
  if (!s.gates || !s.words || s.gates.length !== registry.families) readSentence(s);
  return s.gates!;
}

// `words`' entries of `family` as [at, bits, ...] ascending, the bits of one offset together.
function openingsOf(words: SentenceWords, family: number): number[] {
  const { at, pairs } = words;
  const out: number[] = [];
  for (let k = 0; k < at.length; k++) {
    const p = pairs[k]!;
    for (let j = 0; j < p.length; j += 2) {
      if (p[j] !== family) continue;
      const start = at[k]!;
      if (out.length > 0 && out[out.length - 2] === start) out[out.length - 1]! |= p[j + 1]!;
      else out.push(start, p[j + 1]!);
    }
  }
  return out;
}

/**
 * Where `family`'s words begin in `text`, each with the bits they open, as [at, bits, ...] ascending; null when a
 * pattern must read `text` whole (every gate open, or a character a case-insensitive Unicode pattern reads as an ASCII
 * letter).
 */
export function familyOpenings(text: string, family: number): number[] | null {
  if (everyGateOpen) return null;
  const words = emptyWords();
  readWords(text, 0, text.length, 0, words, null);
  return words.caseTrap ? null : openingsOf(words, family);
}

/** familyOpenings(s.text, family), read from the sentence's words. */
export function familyOpeningsIn(s: Sentence, family: number): number[] | null {
  const gates = gatesOf(s);
  if (everyGateOpen || s.words!.caseTrap) return null;
  return gates[family] === 0 ? [] : openingsOf(s.words!, family);
}

// Cheap pre-checks for families of cue patterns. Most sentences hold none of a field's cues, and running a dozen large
// alternations over every sentence was the bulk of the extractor's regex time. A sentence's words are read once for all
// fields (the result is kept on the sentence) and each pattern runs only where a word it cannot match without is present.
import { IntTable } from "./int-table";
import type { Sentence } from "./text";

// The ASCII letters, digits and "_": the units a non-Unicode `\b` separates, and so the characters of a gate word.
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CODE[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/** Which of a family's gates a sentence opens, as bits (`bit[key]`); built by wordGates. */
export interface WordGates<K extends string> {
  hits(s: Sentence): number;
  bit: Record<K, number>;
}

// Every family's words in one table, so a sentence's words are looked up once for all fields, not once per field.
// Gate words (or stems) by their foldHash, each to its (family, mask) pairs laid out flat. Words are never cut out of the
// text: a hash shared by another word only opens a gate, which costs time but no output. A word's prefix is looked up as
// a stem only at a length some stem opening on its first two characters has (`stemLengths`, by openingKey: bit n for a
// stem of n characters, n taken modulo 32 as a shift reads it): most words open no stem, and most prefixes of the rest
// are of no stem's length.
const registry = {
  families: 0,
  words: new IntTable<number[]>(),
  stems: new IntTable<number[]>(),
  stemLengths: new Int32Array(1 << 14),
};

// A hash of a word's characters read left to right, extended one character at a time; "| 32" lower-cases the ASCII
// letters a word is made of (it maps "_" and digits to other codes, the same for the text as for the gate words).
const extendHash = (h: number, c: number) => (Math.imul(h, 31) + (c | 32)) | 0;
const openingKey = (c0: number, c1: number) => ((c0 | 32) << 7) | (c1 | 32);
function foldHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = extendHash(h, w.charCodeAt(i));
  return h;
}

let everyGateOpen = false;

/** Opens every gate, so each pattern runs on every sentence: lets a test check that the gates change no output. */
export function openEveryGate(open: boolean): void {
  everyGateOpen = open;
}

/** Whether every gate is open (openEveryGate): other shortcuts that skip work by the words of a text step aside too. */
export function everyGateIsOpen(): boolean {
  return everyGateOpen;
}

// The gate bits of every family for this sentence, worked out on first use.
function gateHits(s: Sentence): number[] {
  const families = registry.families;
  if (everyGateOpen) return new Array<number>(families).fill(-1);
  if (s.gates && s.gates.length === families) return s.gates;
  const out = noGates();
  scanWords(s.text, 0, s.text.length, out);
  s.gates = out;
  return out;
}

/**
 * Works out the gates of every sentence at once from `doc`, the text their offsets point into: reading one flat string
 * costs less per character than reading each sentence's own substring.
 */
export function openGates(sentences: readonly Sentence[], doc: string): void {
  for (const s of sentences) {
    const out = noGates();
    scanWords(doc, s.start, s.end, out);
    s.gates = out;
  }
}

// A closed gate for every family, copied from one template (a typed array per sentence costs several times more).
let closed: number[] = [];
function noGates(): number[] {
  if (closed.length !== registry.families) {
    closed = [];
    for (let f = 0; f < registry.families; f++) closed.push(0);
  }
  return closed.slice();
}

// Each word of t[from, to) (a run of WORD_CODE characters) is compared by its folded hash, and its prefixes with the stems.
function scanWords(t: string, from: number, to: number, out: number[]): void {
  const { words, stems, stemLengths } = registry;
  for (let i = from; i < to;) {
    const first = t.charCodeAt(i);
    if (first >= 128 || WORD_CODE[first] === 0) {
      i++;
      continue;
    }
    let h = extendHash(0, first);
    let j = i + 1;
    let c = j < to ? t.charCodeAt(j) : 0;
    if (c < 128 && WORD_CODE[c] === 1) {
      const lengths = stemLengths[openingKey(first, c)]!;
      for (;;) {
        h = extendHash(h, c);
        // The prefix read so far is t[i, j]: j - i + 1 characters.
        if ((lengths >>> (j - i + 1)) & 1 && stems.mayHold(h)) open(out, stems.get(h));
        if (++j >= to) break;
        c = t.charCodeAt(j);
        if (c >= 128 || WORD_CODE[c] === 0) break;
      }
    }
    if (words.mayHold(h)) open(out, words.get(h));
    i = j;
  }
}

function open(out: number[], pairs: number[] | undefined): void {
  if (pairs) for (let k = 0; k < pairs.length; k += 2) out[pairs[k]!]! |= pairs[k + 1]!;
}

/**
 * Gates for a family of cue patterns, one per key: each spec lists words, and stems ending in "*" that match any word
 * they open. A spec must name, for every alternative of the patterns it guards, a word that alternative cannot match
 * without (each alternative opening at a `\b`), so that a sentence its gate rejects is one the patterns would not match.
 */
export function wordGates<K extends string>(specs: Record<K, string>): WordGates<K> {
  const keys = Object.keys(specs) as K[];
  if (keys.length > 30) throw new Error("at most 30 gates per family");
  const family = registry.families++;
  const bit = {} as Record<K, number>;
  keys.forEach((k, i) => {
    bit[k] = 1 << i;
    for (const w of specs[k].split(/\s+/).filter(Boolean)) {
      const stem = w.endsWith("*");
      const word = stem ? w.slice(0, -1) : w;
      if (stem && word.length < 2) throw new Error(`stem too short: ${w}`);
      const hash = foldHash(word);
      const table = stem ? registry.stems : registry.words;
      const pairs = table.get(hash);
      if (pairs) pairs.push(family, bit[k]);
      else table.set(hash, [family, bit[k]]);
      if (stem) registry.stemLengths[openingKey(word.charCodeAt(0), word.charCodeAt(1))]! |= 1 << word.length;
    }
  });
  return { bit, hits: (s) => gateHits(s)[family]! };
}

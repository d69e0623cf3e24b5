// Cheap pre-checks for families of cue patterns. Most sentences hold none of a field's cues, and running a dozen large
// alternations over every sentence was the bulk of the extractor's regex time. A sentence's words are split once (cached
// per sentence) and each pattern runs only where one of the words it cannot match without is present.
import type { Sentence } from "./text";

/** A regex that matches wherever any of `patterns` matches (they must agree on case sensitivity and Unicode mode). */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  const flags = (re: RegExp) => `${re.ignoreCase ? "i" : ""}${re.unicode ? "u" : ""}`;
  const shared = flags(patterns[0]!);
  for (const re of patterns) if (flags(re) !== shared) throw new Error(`cue patterns disagree on flags: /${re.source}/${re.flags}`);
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), shared);
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The sentence's words, lower-cased: runs of ASCII letters, digits and "_", the units that a non-Unicode `\b` separates. */
export function wordsOf(s: Sentence): string[] {
  if (s.words) return s.words;
  const words: string[] = [];
  const t = s.text;
  // One lower-casing per sentence; a character whose lower case is longer (rare) shifts offsets, so words are then
  // lower-cased one by one.
  const lower = t.toLowerCase();
  const aligned = lower.length === t.length;
  for (let i = 0; i < t.length; ) {
    if (!isWordCode(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.length && isWordCode(t.charCodeAt(j))) j++;
    words.push(aligned ? lower.slice(i, j) : t.slice(i, j).toLowerCase());
    i = j;
  }
  s.words = words;
  return words;
}

/** Which of a family's gates a sentence opens, as bits (`bit[key]`); built by wordGates. */
export interface WordGates<K extends string> {
  hits(s: Sentence): number;
  bit: Record<K, number>;
}

// Every family's words in one table, so a sentence's words are looked up once for all fields, not once per field.
const registry = {
  families: 0,
  // A word's first two characters folded into 16 bits: a zero here rules the word out without a map lookup.
  maybe: new Uint8Array(65536),
  heads: new Map<number, { word: string; stem: boolean; family: number; mask: number }[]>(),
};

const headCode = (w: string) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);
const headHash = (w: string) => ((w.charCodeAt(0) & 255) << 8) | (w.length > 1 ? w.charCodeAt(1) & 255 : 0);

// The gate bits of every family for this sentence, worked out on first use.
function gateHits(s: Sentence): number[] {
  if (s.gates && s.gates.length === registry.families) return s.gates;
  const out: number[] = new Array(registry.families).fill(0);
  for (const w of wordsOf(s)) {
    if (!registry.maybe[headHash(w)]) continue;
    const list = registry.heads.get(headCode(w));
    if (list) for (const e of list) if (!(out[e.family]! & e.mask) && (e.stem ? w.startsWith(e.word) : w === e.word)) out[e.family]! |= e.mask;
  }
  s.gates = out;
  return out;
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
      const code = headCode(word);
      registry.heads.set(code, [...(registry.heads.get(code) ?? []), { word, stem, family, mask: bit[k] }]);
      registry.maybe[headHash(word)] = 1;
    }
  });
  return { bit, hits: (s) => gateHits(s)[family]! };
}

// Cheap pre-checks for families of cue patterns. Most sentences hold none of a field's cues, and running a dozen large
// alternations over every sentence was the bulk of the extractor's regex time. A sentence's words are read once for all
// fields (the result is kept on the sentence) and each pattern runs only where a word it cannot match without is present.
import type { Sentence } from "./text";

/** A regex that matches wherever any of `patterns` matches (they must agree on case sensitivity and Unicode mode). */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  const flags = (re: RegExp) => `${re.ignoreCase ? "i" : ""}${re.unicode ? "u" : ""}`;
  const shared = flags(patterns[0]!);
  for (const re of patterns) if (flags(re) !== shared) throw new Error(`cue patterns disagree on flags: /${re.source}/${re.flags}`);
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), shared);
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Which of a family's gates a sentence opens, as bits (`bit[key]`); built by wordGates. */
export interface WordGates<K extends string> {
  hits(s: Sentence): number;
  bit: Record<K, number>;
}

// Every family's words in one table, so a sentence's words are looked up once for all fields, not once per field.
const registry = {
  families: 0,
  // A word's first three characters folded into 15 bits: a zero here rules the word out without cutting it out.
  maybe: new Uint8Array(32768),
  words: new Map<string, { family: number; mask: number }[]>(),
  stems: new Map<number, { stem: string; family: number; mask: number }[]>(),
};

const headCode = (w: string) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);
const headHash = (c0: number, c1: number, c2: number) => ((c0 & 31) << 10) | ((c1 & 31) << 5) | (c2 & 31);

let everyGateOpen = false;

/** Opens every gate, so each pattern runs on every sentence: lets a test check that the gates change no output. */
export function openEveryGate(open: boolean): void {
  everyGateOpen = open;
}

// The gate bits of every family for this sentence, worked out on first use. Words are runs of ASCII letters, digits
// and "_" (the units a non-Unicode `\b` separates), lower-cased; one is cut out of the text only when its first three
// characters may open some gate word ("& 31" folds case), which spares most of them.
function gateHits(s: Sentence): number[] {
  if (everyGateOpen) return new Array(registry.families).fill(-1);
  if (s.gates && s.gates.length === registry.families) return s.gates;
  const out: number[] = new Array(registry.families).fill(0);
  const t = s.text;
  for (let i = 0; i < t.length; ) {
    if (!isWordCode(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.length && isWordCode(t.charCodeAt(j))) j++;
    const c1 = j - i > 1 ? t.charCodeAt(i + 1) : 0;
    const c2 = j - i > 2 ? t.charCodeAt(i + 2) : 0;
    if (registry.maybe[headHash(t.charCodeAt(i), c1, c2)]) {
      const w = t.slice(i, j).toLowerCase();
      const exact = registry.words.get(w);
      if (exact) for (const e of exact) out[e.family]! |= e.mask;
      const stems = registry.stems.get(headCode(w));
      if (stems) for (const e of stems) if (!(out[e.family]! & e.mask) && w.startsWith(e.stem)) out[e.family]! |= e.mask;
    }
    i = j;
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
      if (stem) registry.stems.set(headCode(word), [...(registry.stems.get(headCode(word)) ?? []), { stem: word, family, mask: bit[k] }]);
      else registry.words.set(word, [...(registry.words.get(word) ?? []), { family, mask: bit[k] }]);
      const c1 = word.length > 1 ? word.charCodeAt(1) : 0;
      // A two-letter stem opens words with any third character.
      if (stem && word.length === 2) for (let c2 = 0; c2 < 32; c2++) registry.maybe[headHash(word.charCodeAt(0), c1, c2)] = 1;
      else registry.maybe[headHash(word.charCodeAt(0), c1, word.length > 2 ? word.charCodeAt(2) : 0)] = 1;
    }
  });
  return { bit, hits: (s) => gateHits(s)[family]! };
}

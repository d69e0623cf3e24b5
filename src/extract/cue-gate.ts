// Cheap pre-checks for families of cue patterns. Most sentences hold none of a field's cues, and running a dozen large
// alternations over every sentence was the bulk of the extractor's regex time. A sentence's words are read once for all
// fields (the result is kept on the sentence) and each pattern runs only where a word it cannot match without is present.
import { IntTable } from "./int-table";
import type { Sentence } from "./text";

/** A regex that matches wherever any of `patterns` matches (they must agree on case sensitivity and Unicode mode). */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  const flags = (re: RegExp) => `${re.ignoreCase ? "i" : ""}${re.unicode ? "u" : ""}`;
  const shared = flags(patterns[0]!);
  for (const re of patterns)
    if (flags(re) !== shared) throw new Error(`cue patterns disagree on flags: /${re.source}/${re.flags}`);
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), shared);
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Which of a family's gates a sentence opens, as bits (`bit[key]`); built by wordGates. */
export interface WordGates<K extends string> {
  hits(s: Sentence): number;
  bit: Record<K, number>;
}

// Every family's words in one table, so a sentence's words are looked up once for all fields, not once per field.
interface GateEntry {
  family: number;
  mask: number;
}

// Gate words (or stems) by their foldHash. Words are never cut out of the text: a hash shared by another word only
// opens a gate, which costs time but no output.
const NONE: readonly GateEntry[] = [];
const registry = { families: 0, words: new IntTable<GateEntry[]>(), stems: new IntTable<GateEntry[]>() };

// A hash of a word's characters read left to right, extended one character at a time; "| 32" lower-cases the ASCII
// letters a word is made of (it maps "_" and digits to other codes, the same for the text as for the gate words).
const extendHash = (h: number, c: number) => (Math.imul(h, 31) + (c | 32)) | 0;
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

// The gate bits of every family for this sentence, worked out on first use. Words are runs of ASCII letters, digits
// and "_" (the units a non-Unicode `\b` separates), compared by their folded hash.
function gateHits(s: Sentence): number[] {
  if (everyGateOpen) return new Array(registry.families).fill(-1);
  if (s.gates && s.gates.length === registry.families) return s.gates;
  const out: number[] = new Array(registry.families).fill(0);
  const t = s.text;
  const { words, stems } = registry;
  for (let i = 0; i < t.length;) {
    let c = t.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    let h = extendHash(0, c);
    let j = i + 1;
    for (; j < t.length && isWordCode((c = t.charCodeAt(j))); j++) {
      h = extendHash(h, c);
      if (stems.mayHold(h)) for (const e of stems.get(h) ?? NONE) out[e.family]! |= e.mask;
    }
    if (words.mayHold(h)) for (const e of words.get(h) ?? NONE) out[e.family]! |= e.mask;
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
      const hash = foldHash(word);
      const table = stem ? registry.stems : registry.words;
      const entry = { family, mask: bit[k] };
      const list = table.get(hash);
      if (list) list.push(entry);
      else table.set(hash, [entry]);
    }
  });
  return { bit, hits: (s) => gateHits(s)[family]! };
}

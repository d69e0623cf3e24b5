// Cheap pre-checks for families of cue patterns. Most sentences hold none of a field's cues, and running a dozen large
// alternations over every sentence was the bulk of the extractor's regex time. A sentence's words are read once for all
// fields (the result is kept on the sentence) and each pattern runs only where a word it cannot match without is present.
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
  hash: number;
  family: number;
  mask: number;
}

/**
 * Gate words (or stems) by their foldHash, in tables small enough to stay in the processor's cache while every character
 * of a sentence is read: a bit per low 16 bits of a hash passes over most words on one read, and the few that pass find
 * their entries by open addressing on the whole hash (never a boxed map key: most hashes are no small integer).
 * Words are never cut out of the text: a hash shared by another word only opens a gate, which costs time but no output.
 */
class HashTable {
  readonly filter = new Int32Array(65536 / 32);
  private keys = new Int32Array(1024);
  private lists: (GateEntry[] | undefined)[] = new Array<GateEntry[] | undefined>(1024).fill(undefined);
  private size = 0;

  mayHold(h: number): boolean {
    return (this.filter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) !== 0;
  }

  get(h: number): GateEntry[] | undefined {
    const mask = this.keys.length - 1;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const list = this.lists[k];
      if (list === undefined || this.keys[k] === h) return list;
    }
  }

  add(entry: GateEntry): void {
    const list = this.get(entry.hash);
    if (list) {
      list.push(entry);
      return;
    }
    // Kept under half full, so a probe ends within a few slots.
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(entry.hash, [entry]);
    this.size++;
    this.filter[(entry.hash & 0xffff) >>> 5]! |= 1 << (entry.hash & 31);
  }

  private place(h: number, list: GateEntry[]): void {
    const mask = this.keys.length - 1;
    let k = h & mask;
    while (this.lists[k] !== undefined) k = (k + 1) & mask;
    this.keys[k] = h;
    this.lists[k] = list;
  }

  private grow(): void {
    const old = this.lists;
    this.keys = new Int32Array(2 * old.length);
    this.lists = new Array<GateEntry[] | undefined>(2 * old.length).fill(undefined);
    for (const list of old) if (list) this.place(list[0]!.hash, list);
  }
}

const NONE: readonly GateEntry[] = [];
const registry = { families: 0, words: new HashTable(), stems: new HashTable() };

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
      (stem ? registry.stems : registry.words).add({ hash, family, mask: bit[k] });
    }
  });
  return { bit, hits: (s) => gateHits(s)[family]! };
}

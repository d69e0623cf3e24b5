// Where each pattern of a family can open in a text, found in one pass over its words. A global scan tries a pattern at
// every character, and a long alternation costs much at each one it fails on; a sticky match tried only at the words
// its alternatives open on finds the same matches in the same order. Unlike openings.ts (one word list, one pattern),
// one pass serves every pattern of a family (the seventeen victim types, the attack-type cues), each keeping its bit.
import { everyGateIsOpen } from "./cue-gate";
import { IntTable } from "./int-table";

/** The opening words of each pattern of a family, read by `find`; built by openingWords. */
export interface OpeningWords<K extends string> {
  bit: Record<K, number>;
  /**
   * The word starts of `text` at which some pattern of the family can open, each with the bits of those patterns, laid
   * out flat ([at, bits, at, bits, ...]); null when every pattern must read `text` whole (every gate open, or a character
   * a case-insensitive Unicode pattern reads as an ASCII letter).
   */
  find(text: string): number[] | null;
}

// The ASCII letters, digits and "_", by code.
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CODE[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const isWordCode = (c: number) => c < 128 && WORD_CODE[c] === 1;
// The same fold as cue-gate.ts: "| 32" lower-cases ASCII letters and leaves digits as they are.
const extendHash = (h: number, c: number) => (Math.imul(h, 31) + (c | 32)) | 0;
const openingKey = (c0: number, c1: number) => ((c0 | 32) << 7) | (c1 | 32);

/**
 * Opening words per pattern: each spec lists the words (lower-case letters and digits, space-separated) that every match
 * of its pattern begins with; "x*" stands for any word beginning with x and "#" for any word beginning with a digit.
 * Words are runs of ASCII letters, digits and "_", the units a non-Unicode `\b` separates, so each alternative must open
 * at a `\b` on a word character. A hash shared by another word only adds an opening, which costs time but no match.
 */
export function openingWords<K extends string>(specs: Record<K, string>): OpeningWords<K> {
  const keys = Object.keys(specs) as K[];
  if (keys.length > 30) throw new Error("at most 30 patterns per family");
  const bit = {} as Record<K, number>;
  const words = new IntTable<number>();
  const stems = new IntTable<number>();
  const stemOpenings = new Uint8Array(1 << 14);
  // The first two characters of every opening word and stem (a word of one letter by itself): a text word that begins
  // otherwise is passed over without hashing it, as most are.
  const openers = new Uint8Array(1 << 14);
  let digits = 0;
  keys.forEach((k, i) => {
    bit[k] = 1 << i;
    for (const w of specs[k].split(/\s+/).filter(Boolean)) {
      if (w === "#") {
        digits |= bit[k];
        continue;
      }
      const stem = w.endsWith("*");
      const word = stem ? w.slice(0, -1) : w;
      if (!/^[a-z0-9]+$/.test(word)) throw new Error(`opening word must be lower-case letters or digits: ${w}`);
      if (stem && word.length < 2) throw new Error(`stem too short: ${w}`);
      let h = 0;
      for (let c = 0; c < word.length; c++) h = extendHash(h, word.charCodeAt(c));
      const table = stem ? stems : words;
      table.set(h, (table.get(h) ?? 0) | bit[k]);
      if (stem) stemOpenings[openingKey(word.charCodeAt(0), word.charCodeAt(1))] = 1;
      openers[
        word.length > 1 ? openingKey(word.charCodeAt(0), word.charCodeAt(1)) : openingKey(word.charCodeAt(0), 0)
      ] = 1;
    }
  });
  const find = (text: string): number[] | null => {
    if (everyGateIsOpen()) return null;
    const out: number[] = [];
    for (let i = 0; i < text.length;) {
      const first = text.charCodeAt(i);
      if (!isWordCode(first)) {
        if (first === 0x17f || first === 0x212a) return null;
        i++;
        continue;
      }
      let bits = first <= 57 && first >= 48 ? digits : 0;
      let j = i + 1;
      const second = j < text.length && isWordCode(text.charCodeAt(j)) ? text.charCodeAt(j) : 0;
      // "| 32" leaves 0 at 32, the key a one-letter opening word was filed under.
      if (openers[openingKey(first, second)] === 0) {
        while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      } else {
        let h = extendHash(0, first);
        const stemmed = second !== 0 && stemOpenings[openingKey(first, second)] === 1;
        while (j < text.length && isWordCode(text.charCodeAt(j))) {
          h = extendHash(h, text.charCodeAt(j));
          if (stemmed && stems.mayHold(h)) bits |= stems.get(h) ?? 0;
          j++;
        }
        if (words.mayHold(h)) bits |= words.get(h) ?? 0;
      }
      if (bits !== 0) out.push(i, bits);
      i = j;
    }
    return out;
  };
  return { bit, find };
}

/** `re` (global) made sticky, to be tried at one place at a time. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace("g", "") + "y");
}

/**
 * The matches a global scan of `text` with `re` finds, left to right, tried only at the openings carrying `bit` (with
 * `sticky`, `re` made sticky); with `openings` null, `text` is scanned whole.
 */
export function matchesOpening(
  re: RegExp,
  sticky: RegExp,
  text: string,
  openings: readonly number[] | null,
  bit: number,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!openings) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
    return out;
  }
  // The next match opens after this one, as the global scan would resume there.
  let next = 0;
  for (let k = 0; k < openings.length; k += 2) {
    const at = openings[k]!;
    if (at < next || !(openings[k + 1]! & bit)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    next = m.index + m[0].length;
  }
  return out;
}

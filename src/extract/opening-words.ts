// Where each pattern of a family can open in a text, found in one pass over its words. A global scan tries a pattern at
// every character, and a long alternation costs much at each one it fails on; a sticky match tried only at the words
// its alternatives open on finds the same matches in the same order. Unlike openings.ts (one word list, one pattern),
// one pass serves every pattern of a family (the seventeen victim types, the attack-type cues), each keeping its bit.
import { familyOpenings, familyOpeningsIn, listWord, newFamily } from "./sentence-words";
import type { Sentence } from "./text";

/** The opening words of each pattern of a family, read by `find`; built by openingWords. */
export interface OpeningWords<K extends string> {
  bit: Record<K, number>;
  /**
   * The word starts of `text` at which some pattern of the family can open, each with the bits of those patterns, laid
   * out flat ([at, bits, at, bits, ...]); null when every pattern must read `text` whole (every gate open, or a character
   * a case-insensitive Unicode pattern reads as an ASCII letter).
   */
  find(text: string): number[] | null;
  /** find(s.text), read from the words the sentence's reading kept (sentence-words.ts) instead of its characters. */
  findIn(s: Sentence): number[] | null;
}

/**
 * Opening words per pattern: each spec lists the words (lower-case letters and digits, space-separated) that every match
 * of its pattern begins with; "x*" stands for any word beginning with x and "#" for any word beginning with a digit.
 * Words are runs of ASCII letters, digits and "_", the units a non-Unicode `\b` separates, so each alternative must open
 * at a `\b` on a word character. A hash shared by another word only adds an opening, which costs time but no match.
 */
export function openingWords<K extends string>(specs: Record<K, string>): OpeningWords<K> {
  const keys = Object.keys(specs) as K[];
  if (keys.length > 30) throw new Error("at most 30 patterns per family");
  const family = newFamily(true);
  const bit = {} as Record<K, number>;
  keys.forEach((k, i) => {
    bit[k] = 1 << i;
    for (const w of specs[k].split(/\s+/).filter(Boolean)) {
      const stem = w.endsWith("*");
      const word = stem ? w.slice(0, -1) : w;
      if (w !== "#" && !/^[a-z0-9]+$/.test(word))
        throw new Error(`opening word must be lower-case letters or digits: ${w}`);
      listWord(family, bit[k], word, stem);
    }
  });
  return { bit, find: (text) => familyOpenings(text, family), findIn: (s) => familyOpeningsIn(s, family) };
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

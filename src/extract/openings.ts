// Patterns that can only open on a few words ("the", "said"), tried only where those words begin. A global scan tries a
// pattern at every character of the text, and a long alternation with Unicode classes costs much at each word it
// fails on; a sticky match tried at the few places it can open finds the same matches, in the same order.
import { openingWords } from "./opening-words";
import type { Sentence } from "./text";

const stickies = new Map<RegExp, RegExp>();

/**
 * The matches a global scan of `text` with `re` finds, left to right (the first `limit` only), tried only at `openings`
 * (ascending). Every match of `re` must open at one of them; with `openings` null, `text` is scanned whole.
 */
export function matchesAt(
  re: RegExp,
  text: string,
  openings: readonly number[] | null,
  limit = Infinity,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!openings) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
      out.push(m);
      if (!re.global) break;
    }
    return out;
  }
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, re.flags.replace("g", "") + "y")));
  // The next match opens after this one, as the global scan would resume there.
  let next = 0;
  for (const at of openings) {
    if (out.length >= limit) break;
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    next = m.index + m[0].length;
  }
  return out;
}

/** Where a pattern opening on given words can open in a text (see wordOpenings). */
export interface WordOpenings {
  (text: string): number[] | null;
  /** The openings of s.text, read from the words the sentence's reading kept (sentence-words.ts). */
  inSentence(s: Sentence): number[] | null;
}

// The offsets of a flat [at, bits, ...] list.
function offsetsOf(openings: number[] | null): number[] | null {
  if (!openings) return null;
  const out: number[] = [];
  for (let k = 0; k < openings.length; k += 2) out.push(openings[k]!);
  return out;
}

/**
 * Where a pattern opening on one of `spec`'s words (lower-case, space-separated; "x*" for any word beginning with x,
 * "#" for any word beginning with a digit) can open in a text: the starts of the words (runs of ASCII letters, digits
 * and "_", the units of a non-Unicode `\b`) that are one of them, ignoring case. Null (read the text whole) when every
 * gate is open, so the cue-gate test also checks the word lists, or when the text holds a character that a
 * case-insensitive Unicode pattern reads as an ASCII letter (the long s and the Kelvin sign). A one-pattern family of
 * opening-words.ts.
 */
export function wordOpenings(spec: string): WordOpenings {
  for (const w of spec.split(/\s+/).filter(Boolean))
    if (w !== "#" && !/^[a-z]+\*?$/.test(w)) throw new Error(`opening word must be lower-case letters: ${w}`);
  const table = openingWords({ pattern: spec });
  const openings = (text: string) => offsetsOf(table.find(text));
  openings.inSentence = (s: Sentence) => offsetsOf(table.findIn(s));
  return openings;
}

// Patterns that can only open on a few words ("the", "said"), tried only where those words begin. A global scan tries a
// pattern at every character of the text, and a long alternation with Unicode classes costs much at each word it
// fails on; a sticky match tried at the few places it can open finds the same matches, in the same order.
import { everyGateIsOpen } from "./cue-gate";

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

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

// ASCII characters of `text` from `at` equal to `word` (lower-case letters), ignoring case.
function foldedAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Where a pattern opening on one of `spec`'s words (lower-case, space-separated; "x*" for any word beginning with x,
 * "#" for any word beginning with a digit) can open in a text: the starts of the words (runs of ASCII letters, digits and "_", the units of a non-Unicode `\b`)
 * that are one of them, ignoring case. Null (read the text whole) when every gate is open, so the cue-gate test also
 * checks the word lists, or when the text holds a character that a case-insensitive Unicode pattern reads as an ASCII
 * letter (the long s and the Kelvin sign).
 */
export function wordOpenings(spec: string): (text: string) => number[] | null {
  const byLetter: { word: string; prefix: boolean }[][] = [];
  let digits = false;
  for (const w of spec.split(/\s+/).filter(Boolean)) {
    if (w === "#") {
      digits = true;
      continue;
    }
    const prefix = w.endsWith("*");
    const word = prefix ? w.slice(0, -1) : w;
    if (!/^[a-z]+$/.test(word)) throw new Error(`opening word must be lower-case letters: ${w}`);
    (byLetter[word.charCodeAt(0)] ??= []).push({ word, prefix });
  }
  return (text) => {
    if (everyGateIsOpen()) return null;
    const out: number[] = [];
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) {
        if (c === 0x17f || c === 0x212a) return null;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      const candidates = byLetter[c | 32];
      if (digits && c <= 57) out.push(i);
      else if (candidates)
        for (const { word, prefix } of candidates)
          if ((prefix ? j - i >= word.length : j - i === word.length) && foldedAt(text, i, word)) {
            out.push(i);
            break;
          }
      i = j;
    }
    return out;
  };
}

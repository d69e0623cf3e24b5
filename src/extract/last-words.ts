// The few words before a cue, which negation, modal and hedge checks read, taken without splitting the whole clause.
import { isSpaceCode } from "../lib/space-code";

/**
 * `text.slice(from, to).trim().split(/\s+/).slice(-n).join(" ")` for n >= 1: read backwards from `to`, so only the last
 * `n` words are visited, and one slice when single spaces already part them.
 */
export function lastWords(text: string, from: number, to: number, n: number): string {
  if (n < 1) throw new Error(`lastWords needs at least one word, not ${n}`);
  let end = to;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= from) return "";
  let start = end;
  let singleSpaced = true;
  for (let words = 1; ; words++) {
    while (start > from && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (words === n || start === from) break;
    let gap = start;
    while (gap > from && isSpaceCode(text.charCodeAt(gap - 1))) gap--;
    // Only space before this word: trimmed away, as trim() does.
    if (gap === from) break;
    if (start - gap !== 1 || text.charCodeAt(gap) !== 32) singleSpaced = false;
    start = gap;
  }
  const words = text.slice(start, end);
  return singleSpaced ? words : words.replace(/\s+/g, " ");
}

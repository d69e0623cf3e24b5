// Cheap pre-checks for families of cue patterns. Most sentences hold none of a field's cues, and running a dozen large
// alternations over every sentence was the bulk of the extractor's regex time. A sentence's words are read once for all
// fields (sentence-words.ts, the result kept on the sentence) and each pattern runs only where a word it cannot match
// without is present.
import { gatesOf, listWord, newFamily, readSentence } from "./sentence-words";
import type { Sentence } from "./text";

export { openEveryGate } from "./sentence-words";

/** Which of a family's gates a sentence opens, as bits (`bit[key]`); built by wordGates. */
export interface WordGates<K extends string> {
  hits(s: Sentence): number;
  bit: Record<K, number>;
}

/**
 * Works out the gates of every sentence at once from `doc`, the text their offsets point into, reading each sentence's
 * words once for every family (sentence-words.ts).
 */
export function openGates(sentences: readonly Sentence[], doc: string): void {
  for (const s of sentences) readSentence(s, doc);
}

/**
 * Gates for a family of cue patterns, one per key: each spec lists words, and stems ending in "*" that match any word
 * they open. A spec must name, for every alternative of the patterns it guards, a word that alternative cannot match
 * without (each alternative opening at a `\b`), so that a sentence its gate rejects is one the patterns would not match.
 */
export function wordGates<K extends string>(specs: Record<K, string>): WordGates<K> {
  const keys = Object.keys(specs) as K[];
  if (keys.length > 30) throw new Error("at most 30 gates per family");
  const family = newFamily(false);
  const bit = {} as Record<K, number>;
  keys.forEach((k, i) => {
    bit[k] = 1 << i;
    for (const w of specs[k].split(/\s+/).filter(Boolean)) {
      const stem = w.endsWith("*");
      listWord(family, bit[k], stem ? w.slice(0, -1) : w, stem);
    }
  });
  return { bit, hits: (s) => gatesOf(s)[family]! };
}

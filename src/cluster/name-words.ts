import { foldWords } from "./text";

// Forms of one word that newsrooms write interchangeably in an organisation's name: "Saint"/"St."/"Ste", "Mount"/"Mt".
const SAME_WORD = new Map([
  ["saint", "st"],
  ["sainte", "st"],
  ["ste", "st"],
  ["sankt", "st"],
  ["mount", "mt"],
]);

/**
 * One form of a name word whatever its number: "Aldwyns", "Aldwyn's" and "Aldwyn" are one word, and so are
 * "Clinics" and "Clinic". Only a final "s" goes (not "ss", "us", "is"), the same way on both sides of a comparison.
 */
export function nameWord(word: string): string {
  const same = SAME_WORD.get(word);
  if (same) return same;
  return word.length >= 4 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The words of an organisation name as matching compares them: folded (lower case, no accents), the possessive
 * dropped, each word in its one form, "&" read as "and". A place or dateline the extractor left in front of the
 * name with a spaced dash ("Ohio - Kestrel Valley Health") is not part of it.
 */
export function nameWords(name: string): string[] {
  const parts = name.split(/\s[-–—]\s/);
  const bare = parts[parts.length - 1]!.replace(/['’`]s\b/g, "").replace(/&/g, " and ");
  return foldWords(bare).map(nameWord);
}

/** A word list as a set of one-form words, for the lists matching tests name words against. */
export const nameWordSet = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(nameWord));

// Numbers as journalists write them: "5,815,591", "1.2 million", "9.7m", "$900k", "four million", "one million".
import { wordGates } from "./cue-gate";
import { matchesAt } from "./openings";
import type { Sentence } from "./text";

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  l: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  // German scale words and their abbreviations, as in "1,5 Mio. Euro", "2 Millionen Euro".
  mio: 1e6,
  mrd: 1e9,
  millionen: 1e6,
  milliarden: 1e9,
};

// Alternatives of the number words, longest first.
const WORD_ALT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");

// A decimal comma ("1,5 Mio.", "2,5 million") is read only before a scale word, where it cannot be a thousands comma.
// Indian grouping ("12,00,000", "1,20,50,000": lakh and crore places) is read with its commas dropped. A headline may
// drop the article: "Quarter of a million patients".
function numberSource(letters: string): string {
  return (
    `(?:(?:[Hh]alf |(?:[Aa] )?[Qq]uarter of )?an? (?:thousand|million|billion)(?![a-z])|` +
    // "two and a half million", "3 and a half billion": a whole number and a half of a scale.
    `(?:\\d{1,3}|${WORD_ALT}) and a half (?:thousand|million|billion)(?![a-z])|` +
    `(?:\\d{1,3},\\d{1,2}(?=[\\s-]?(?:thousand|million|billion|mio|mrd|mln|mn|bn|[mk])(?![a-z]))|\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d|,\\d)|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\d)|(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|(?:${WORD_ALT})(?:[\\s-](?:${WORD_ALT}))?)` +
    `(?:(?:[\\s-]?(?:thousand|million|billion|trillion|lakhs?|lacs?|crores?|millionen|milliarden)|\\s?(?:mio\\.?|mrd\\.?|cr|mln|mn|bn|${letters}))(?![a-z]))?)`
  );
}

/** Regex source for a number with an optional scale word; use with the `i` flag. */
export const NUMBER_SOURCE = numberSource("[mkbl]");

/** NUMBER_SOURCE for a case-sensitive pattern, where a scale letter may be upper-case ("2.2M", "75K"). */
export const COUNT_SOURCE = numberSource("[mkblMK]");

/** `text` with a number word that opens it lower-cased ("Two million patients"), for case-sensitive patterns. */
export function lowerOpeningNumber(text: string): string {
  return OPENING_NUMBER.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
const OPENING_NUMBER = new RegExp(
  `^(?:Half|An?|${WORD_ALT.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => bar + c.toUpperCase())})\\b`,
);

/** A parsed number and how many significant digits the writer gave (a proxy for precision). */
export interface ParsedNumber {
  value: number;
  significant: number;
}

/** Parses a match of NUMBER_SOURCE; null when it is not a number. */
export function parseNumber(raw: string): ParsedNumber | null {
  // "$3.5-million" is "$3.5 million".
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(\d)-(?=[a-z])/, "$1 ");
  const andHalf = /^(\d{1,3}|[a-z]+) and a half (thousand|million|billion)$/.exec(text);
  if (andHalf) {
    const whole = /^\d/.test(andHalf[1]!) ? Number(andHalf[1]) : UNITS[andHalf[1]!];
    return whole === undefined ? null : { value: (whole + 0.5) * SCALES[andHalf[2]!]!, significant: 2 };
  }
  const fraction = /^(half |(?:a )?quarter of )?an? (thousand|million|billion)$/.exec(text);
  if (fraction)
    return {
      value: SCALES[fraction[2]!]! * (fraction[1] ? (fraction[1] === "half " ? 0.5 : 0.25) : 1),
      significant: 1,
    };
  const m =
    /^([\d.,]+|[a-z]+(?:[\s-](?!(?:thousand|million|billion|trillion|lakh|crore)$)[a-z]+)?)\s?(thousand|million|billion|trillion|lakhs?|lacs?|crores?|millionen|milliarden|mio|mrd|cr|mln|mn|bn|[mkbl])?\.?$/.exec(
      text,
    );
  if (!m) return null;
  const head = m[1]!;
  let value: number;
  let significant: number;
  if (/^[\d.,]+$/.test(head)) {
    // "1,5" before a scale is a decimal comma; "400.000" with no scale uses dots for thousands, as in "400.000 Euro".
    const decimalComma = /^\d{1,3},\d{1,2}$/.test(head) && !!m[2];
    const dotThousands = /^[1-9]\d{0,2}(?:\.\d{3})+$/.test(head) && !m[2];
    const digits = decimalComma
      ? head.replace(",", ".")
      : dotThousands
        ? head.replace(/\./g, "")
        : head.replace(/,/g, "");
    value = Number(digits);
    if (!Number.isFinite(value)) return null;
    significant = digits.replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length || 1;
  } else {
    value = 0;
    for (const w of head.split(/[\s-]/)) {
      const u = UNITS[w];
      if (u === undefined) return null;
      value = u === 100 ? Math.max(value, 1) * 100 : value + u;
    }
    significant = 1;
  }
  const scale = m[2] ? SCALES[m[2]]! : 1;
  return { value: Math.round(value * scale * 1e6) / 1e6, significant };
}

// The words a number can open on when it is not written in digits (stems: a scale may follow without a space, "tenk").
// Keep in step with UNITS and the scale words of numberSource.
const NUMBER_WORDS = wordGates({
  word: "zero* one* two* three* four* five* six* seven* eight* nine* ten* eleven* twelve* thirteen* fourteen* fifteen* sixteen* seventeen* eighteen* nineteen* twenty* thirty* forty* fifty* sixty* seventy* eighty* ninety* hundred* thousand* million* billion*",
});

/**
 * Where a pattern that opens on a number (NUMBER_SOURCE or COUNT_SOURCE, after a word start) can first match in the
 * sentence: 0 when a number word is there, else its first digit, or -1 when it holds no number at all. Most sentences
 * hold none, and a pattern that may open anywhere is tried at every character before it.
 */
export function numberSearchStart(s: Sentence): number {
  return NUMBER_WORDS.hits(s) ? 0 : s.text.search(DIGIT);
}
const DIGIT = /\d/;

// The words a figure written in words can open on: "a" and "an" ("a million"), "half", "quarter", and the number words
// (as prefixes: a scale may follow without a space, "twomillion"), by their first letter.
const OPENING_WORDS = ["a", "an", "half", "quarter"];
const UNITS_BY_LETTER: string[][] = [];
for (const w of Object.keys(UNITS)) (UNITS_BY_LETTER[w.charCodeAt(0)] ??= []).push(w);
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
// ASCII letters of `text` from `at` equal to `word` (lower-case), ignoring case.
function foldedAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
// Whether the ASCII word text[from, to) is one a figure in words opens on.
function opensFigureWord(text: string, from: number, to: number): boolean {
  const length = to - from;
  for (const w of OPENING_WORDS) if (w.length === length && foldedAt(text, from, w)) return true;
  const units = UNITS_BY_LETTER[text.charCodeAt(from) | 32];
  if (units) for (const u of units) if (u.length <= length && foldedAt(text, from, u)) return true;
  return false;
}

/**
 * Every place of `text` where a figure can open, ascending: where a run of digits begins and, with `words`, where an
 * ASCII word begins that a figure in words opens on (see opensFigureWord). Null when the text holds a character that a
 * case-insensitive Unicode pattern reads as an ASCII letter (the long s and the Kelvin sign): such a text is scanned
 * whole instead.
 */
export function figureOpenings(text: string, words = true): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isAsciiDigit(c)) {
      out.push(i);
      while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
    } else if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
      if (words && opensFigureWord(text, i, j)) out.push(i);
      i = j;
    } else if (words && (c === 0x17f || c === 0x212a)) {
      return null;
    } else i++;
  }
  return out;
}

/**
 * The matches a global scan of `text` (the sentence's, or a copy of the same length) with `re` finds, left to right
 * (the first only, with `first`). `re` must open on a figure (NUMBER_SOURCE or COUNT_SOURCE) behind a look-behind or a
 * `\b` that rules out a letter or digit before it: such a match opens where a run of digits does or, when the sentence
 * holds a number word, where a word a figure in words opens on does, and `re` is tried only there (openings.ts), not
 * at every character of the sentence.
 */
export function figureMatches(re: RegExp, s: Sentence, text = s.text, first = false): RegExpExecArray[] {
  return matchesAt(re, text, figureOpenings(text, NUMBER_WORDS.hits(s) !== 0), first ? 1 : Infinity);
}

/** The first match of `re` in the sentence, found as figureMatches finds them (`re` may open behind a `\b` instead). */
export function firstFigureMatch(re: RegExp, s: Sentence): RegExpExecArray | null {
  return figureMatches(re, s, s.text, true)[0] ?? null;
}

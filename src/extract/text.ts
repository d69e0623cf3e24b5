// Shared text utilities: the document the extractor reads, offset-preserving clean-up and sentence splitting.
import { isSpaceCode } from "../lib/space-code";
import type { SentenceWords } from "./sentence-words";

/** Longest document the extractor analyses; later text is ignored so 1 MB inputs stay fast (news excerpts are far shorter). */
export const MAX_ANALYSED_CHARS = 60_000;

/** One sentence (or headline, or list item) of the document, with its offsets. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (a run of lines without a blank line between). */
  paragraph: number;
  /** True for the headline, i.e. the part before the first "\n\n". */
  inTitle: boolean;
  /** About another incident or the past ("previously", "last year", "earlier attack on"). */
  background: boolean;
  /** A general statement about how ransomware or a gang usually works. */
  generic: boolean;
  /** Page furniture: related-link lists, newsletter blurbs, bylines, author bios. */
  boilerplate: boolean;
  /** Which cue gates the words open, per family (cue-gate.ts), worked out once and shared between fields. */
  gates?: number[];
  /** Where the words that some family lists begin (sentence-words.ts), read with `gates`. */
  words?: SentenceWords;
}

/** The string every evidence offset points into. */
export function buildDocument(title: string, text: string): string {
  return `${title ?? ""}\n\n${text ?? ""}`;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  pound: "£",
  euro: "€",
  hellip: "…",
};

// Script and style elements become spaces, one element after the other, so that many unclosed "<script>"
// openings cost one pass rather than one scan to the end of the page each.
const SCRIPT_OPEN = /<(script|style)\b/gi;
const SCRIPT_CLOSE = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };
function blankScripts(doc: string): string {
  let out = "";
  let copied = 0;
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(doc); open; open = SCRIPT_OPEN.exec(doc)) {
    const close = SCRIPT_CLOSE[open[1]!.toLowerCase() as "script" | "style"];
    close.lastIndex = SCRIPT_OPEN.lastIndex;
    const end = close.exec(doc);
    if (!end) break;
    out += doc.slice(copied, open.index) + " ".repeat(close.lastIndex - open.index);
    copied = SCRIPT_OPEN.lastIndex = close.lastIndex;
  }
  return copied === 0 ? doc : out + doc.slice(copied);
}

/**
 * Removes HTML tags and decodes entities without moving any character: a tag becomes spaces, an entity its character
 * followed by spaces. Offsets into the result are therefore offsets into the original document.
 */
export function cleanPreservingOffsets(doc: string): string {
  if (!/[<&]/.test(doc)) return doc;
  // Tag bodies stop at the next "<": an unclosed tag repeated through a page must not make every one scan to its end.
  return blankScripts(doc)
    .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote)\b[^<>]*>/gi, (m) =>
      "\n".padEnd(m.length, " "),
    )
    .replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, (m) => " ".repeat(m.length))
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
      let ch: string | undefined;
      if (body[0] === "#") {
        const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        // Astral characters take two UTF-16 units; keep those rare cases as they are rather than shift offsets.
        if (code > 0 && code < 0xffff) ch = String.fromCharCode(code);
      } else ch = ENTITIES[body.toLowerCase()];
      return ch === undefined ? m : ch.padEnd(m.length, " ");
    });
}

// Typographic quotes, apostrophes and dashes that news copy uses interchangeably with the ASCII ones, each mapped to one
// character of the same length, so cue patterns are written once ("aren't", "Queen's") and offsets do not move.
const PUNCTUATION_FOLDS: Record<string, string> = {
  "\u2018": "'", // left single quote
  "\u2019": "'", // right single quote / apostrophe
  "\u201a": "'",
  "\u201b": "'",
  "\u02bc": "'", // modifier letter apostrophe
  "\u2032": "'", // prime
  "\u00b4": "'", // acute accent typed as an apostrophe
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u00ad": "-", // soft hyphen
};
const FOLDABLE =
  /[\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010\u2011\u00ad]/g;

/**
 * The text the field rules read: typographic quotes and apostrophes folded to ASCII, one character for one, so every
 * offset still points into the original document (evidence quotes are cut from the original, not from this).
 */
export function foldPunctuation(doc: string): string {
  FOLDABLE.lastIndex = 0;
  return doc.replace(FOLDABLE, (c) => PUNCTUATION_FOLDS[c] ?? c);
}

// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st sr jr inc ltd co corp llc plc no vs etc e.g i.e al gov sen rep gen col lt mt ft " +
    "jan feb mar apr jun jul aug sep sept oct nov dec " +
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo " +
    "u.s u.k u.s.a d.c p.c n.y n.j n.c s.c n.h n.m n.d s.d w.va approx est mio mrd"
  ).split(" "),
);

function endsWithAbbreviation(line: string, dot: number): boolean {
  let i = dot - 1;
  // Stops at 0 before reading: a read before the string's start threw the optimised code away ("out of bounds").
  while (i >= 0) {
    const c = line.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) break;
    i--;
  }
  const word = line.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word);
}

// What may follow a sentence's stop before the space: a closing quote or bracket (" ' ” ’ ) ]).
const isClosing = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
const UPPER_CASE = /\p{Lu}/u;

// What may open the next sentence: a quote or bracket (" ' “ ‘ (), an upper-case letter, a digit, a bullet or a dash
// (- –). Read by code unit; only a character past ASCII needs the Unicode pattern.
function opensSentence(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 45;
  return c === 0x201c || c === 0x2018 || c === 0x2022 || c === 0x2013 || UPPER_CASE.test(ch);
}

/** Splits the document into headline, lines and sentences, each with offsets into `doc`. */
export function splitSentences(doc: string): Sentence[] {
  const out: Sentence[] = [];
  const limit = Math.min(doc.length, MAX_ANALYSED_CHARS);
  const titleEnd = doc.indexOf("\n\n");
  let paragraph = 0;
  let pos = 0;
  while (pos < limit) {
    let nl = doc.indexOf("\n", pos);
    if (nl < 0 || nl > limit) nl = limit;
    let blank = true;
    for (let i = pos; i < nl && blank; i++) blank = isSpaceCode(doc.charCodeAt(i));
    if (blank) paragraph++;
    else splitLine(doc.slice(pos, nl), pos, paragraph, titleEnd, out);
    pos = nl + 1;
  }
  return out;
}

function splitLine(line: string, offset: number, paragraph: number, titleEnd: number, out: Sentence[]): void {
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(line.charCodeAt(e - 1))) e--;
    if (e > s) {
      const abs = offset + s;
      out.push({
        index: out.length,
        start: abs,
        end: offset + e,
        text: line.slice(s, e),
        paragraph,
        inTitle: titleEnd < 0 || abs < titleEnd,
        background: false,
        generic: false,
        boilerplate: false,
        gates: undefined,
      });
    }
  };
  // Only ".", "!" and "?" can end a sentence: each is found by a native search rather than a test of every character.
  let dot = line.indexOf(".");
  let bang = line.indexOf("!");
  let question = line.indexOf("?");
  for (let i = 0; i < line.length; i++) {
    if (dot >= 0 && dot < i) dot = line.indexOf(".", i);
    if (bang >= 0 && bang < i) bang = line.indexOf("!", i);
    if (question >= 0 && question < i) question = line.indexOf("?", i);
    i = Math.min(dot < 0 ? line.length : dot, bang < 0 ? line.length : bang, question < 0 ? line.length : question);
    if (i >= line.length) break;
    const c = line[i]!;
    let j = i + 1;
    while (j < line.length && isClosing(line.charCodeAt(j))) j++;
    if (j >= line.length || !isSpaceCode(line.charCodeAt(j))) continue;
    let k = j;
    while (k < line.length && isSpaceCode(line.charCodeAt(k))) k++;
    if (k >= line.length) continue;
    if (!opensSentence(line.charCodeAt(k), line[k]!)) continue;
    if (
      c === "." &&
      endsWithAbbreviation(line, i) &&
      !/^(?:The|This|It|He|She|They|We|In|On|A|An)\b/.test(line.slice(k, k + 5))
    )
      continue;
    push(j);
    start = k;
    i = k - 1;
  }
  push(line.length);
}

/** The sentence containing offset `at`, or null. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/**
 * Words of a trimmed sentence, as `text.split(/\s+/).length` counts them, without building the array; counting stops at
 * `most` (callers compare with lower limits), so a long sentence is not read to its end.
 */
export function wordCount(text: string, most: number): number {
  let n = 1;
  let prevSpace = isSpaceCode(text.charCodeAt(0));
  for (let i = 1; i < text.length && n < most; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !prevSpace) n++;
    prevSpace = space;
  }
  return n;
}

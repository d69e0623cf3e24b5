// Capitalised runs: the stretches of text a victim's name can be cut from ("St. Aldric's Regional Medical Center",
// "Wrenfield (Texas) Hospital", "Department of Health and Human Services", "Deep 6 AI"). A run is a capitalised word, then
// any number of (joiner, word) steps: "of", "of the", "de", "for", "and", "&" and a few more between spaces, or an elided
// "d'" or "dell'" fused to its word ("Centre hospitalier d'Arles"); a spaced
// "-"; a bracketed place ("(Texas)", "(New York)"); or plain spaces. A word is capitalised ("Kestrel", "Queen's"), opens
// on up to four small letters ("eHealth", "iCare"), is a short number with letters ("23andMe"), or is an abbreviation
// whose full stop belongs to the name ("St.", "Mt." before a capital); a number of up to three digits may stand between
// two words ("Deep 6 AI").
//
// The grammar was a regular expression tried at every position where a name could open; reading it by hand yields the
// run's words directly, with their lower-case forms, which every later check reads (it was the victim stage's costliest
// loop). test/extract/victim-runs.test.ts holds the scanner to that expression on generated and real text.
import { isSpaceCode as isSpaceCodeImported } from "../lib/space-code";

// A local binding: the imported one is read through a module getter on every call in the per-character loops.
const isSpaceCode = isSpaceCodeImported;

/** One word of a capitalised run: as written, lower-cased, and where it starts in the text. */
export interface RunWord {
  w: string;
  lw: string;
  start: number;
  /** What victim.ts knows of the word (its word lists), -1 until it first reads it. */
  kind: number;
}

// Unicode classes of a code point, as the pattern's \p{L}, \p{Lu}, \p{Ll} and \p{N} read it.
const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const NUMBER = 8;
const KNOWN = 16;
const IS_LETTER = /\p{L}/u;
const IS_UPPER = /\p{Lu}/u;
const IS_LOWER = /\p{Ll}/u;
const IS_NUMBER = /\p{N}/u;
function classify(ch: string): number {
  return (
    (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_UPPER.test(ch) ? UPPER : 0) |
    (IS_LOWER.test(ch) ? LOWER : 0) |
    (IS_NUMBER.test(ch) ? NUMBER : 0)
  );
}
// Filled on first sight of each character: the whole table up front would cost every start-up 65,536 regex tests.
const CLASSES = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASSES[c] = classify(String.fromCharCode(c)) | KNOWN;

function classAt(cp: number): number {
  if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  let k = CLASSES[cp]!;
  if (k === 0) CLASSES[cp] = k = classify(String.fromCharCode(cp)) | KNOWN;
  return k;
}

// The text is read up to a limit (the end of the sentence) rather than cut at it: slices are slower to read character by
// character than the flat document they point into. `limit` stands in for the end of the text throughout.

// The code point at `i` (a surrogate pair read as one, as the pattern's Unicode mode does); -1 at or past `limit`.
function codeAt(text: string, i: number, limit: number): number {
  if (i >= limit) return -1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= limit) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isBlank = (c: number) => c === 32 || c === 9;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 8217;
const HYPHEN = 45;
const FULL_STOP = 46;

// The UTF-16 unit at `i`, or -1 at or past `limit`.
const unitAt = (text: string, i: number, limit: number) => (i < limit ? text.charCodeAt(i) : -1);

// The ASCII characters a capitalised word goes on with: letters, digits, the apostrophe and the hyphen.
const NAME_UNITS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  if (CLASSES[c]! & (LETTER | NUMBER) || c === APOSTROPHE || c === HYPHEN) NAME_UNITS[c] = 1;

// Past the code points from `i` whose classes meet `mask` (or that are `extra`).
function skipClass(text: string, i: number, limit: number, mask: number, extra: number): number {
  for (let cp = codeAt(text, i, limit); cp >= 0; cp = codeAt(text, i, limit)) {
    if (!(classAt(cp) & mask) && cp !== extra) break;
    i += width(cp);
  }
  return i;
}

// Past the spaces and tabs from `i`.
function skipBlank(text: string, i: number, limit: number): number {
  while (i < limit && isBlank(text.charCodeAt(i))) i++;
  return i;
}

// Past the whitespace from `i`.
function skipSpace(text: string, i: number, limit: number): number {
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

// Past the digits from `i`.
function skipDigits(text: string, i: number, limit: number): number {
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  return i;
}

// True when spaces or tabs from `i` lead to a capital.
function capitalAfterBlank(text: string, i: number, limit: number): boolean {
  const q = skipBlank(text, i, limit);
  const next = codeAt(text, q, limit);
  return q > i && next >= 0 && (classAt(next) & UPPER) !== 0;
}

// The end of a capitalised word opening at `p`, or -1.
function wordEnd(text: string, p: number, limit: number): number {
  const c = unitAt(text, p, limit);
  // "St.", "Ste.", "Mt.", "Ft." before spaces and a capital.
  if ((c === 83 || c === 77 || c === 70) && unitAt(text, p + 1, limit) === 116) {
    let e = p + 2;
    if (c === 83 && unitAt(text, e, limit) === 101 && unitAt(text, e + 1, limit) === FULL_STOP) e++;
    if (unitAt(text, e, limit) === FULL_STOP && capitalAfterBlank(text, e + 1, limit)) return e + 1;
  }
  const cp = codeAt(text, p, limit);
  if (cp < 0) return -1;
  const k = classAt(cp);
  if (k & UPPER) {
    // Letters, digits, apostrophes and hyphens: ASCII ones read from a table, the rest by their class.
    let e = p + width(cp);
    for (let u = unitAt(text, e, limit); u >= 0; u = unitAt(text, e, limit)) {
      if (u < 128) {
        if (NAME_UNITS[u] === 0) break;
        e++;
        continue;
      }
      const d = codeAt(text, e, limit);
      if (!(classAt(d) & (LETTER | NUMBER)) && d !== RIGHT_QUOTE) break;
      e += width(d);
    }
    return e;
  }
  if (k & LOWER) {
    // One to four small letters, a capital, then letters, digits and hyphens.
    let e = p;
    let n = 0;
    for (let d = cp; d >= 0 && classAt(d) & LOWER; d = codeAt(text, e, limit)) {
      if (++n > 4) return -1;
      e += width(d);
    }
    const capital = codeAt(text, e, limit);
    if (capital < 0 || !(classAt(capital) & UPPER)) return -1;
    return skipClass(text, e + width(capital), limit, LETTER | NUMBER, HYPHEN);
  }
  if (isDigit(cp)) {
    // Up to six digits, a letter, then letters and digits.
    const e = skipDigits(text, p, limit);
    const letter = codeAt(text, e, limit);
    if (e - p > 6 || letter < 0 || !(classAt(letter) & LETTER)) return -1;
    return skipClass(text, e + width(letter), limit, LETTER | NUMBER, -1);
  }
  return -1;
}

// The end of a word, or of a number of up to three digits before spaces and a capital ("Deep 6 AI"), opening at `p`.
function stepEnd(text: string, p: number, limit: number): number {
  const e = wordEnd(text, p, limit);
  if (e >= 0 || !isDigit(unitAt(text, p, limit))) return e;
  const d = skipDigits(text, p, limit);
  return d - p <= 3 && capitalAfterBlank(text, d, limit) ? d : -1;
}

// The words a name may go on to after a bracketed acronym inside it ("Nottingham Rehab Supplies (NRS) Healthcare").
const NAME_END_AFTER_ACRONYM = new Set(
  "Healthcare Health Group Limited Ltd Inc LLC Services Hospital Hospitals Trust Foundation Clinic Clinics Dental Medical Care Pharmacy Imaging Laboratories".split(
    " ",
  ),
);

// The joiners read between spaces ("of" may take "the" after it).
const JOINERS = new Set(["of", "de", "du", "des", "la", "le", "for", "and", "&", "di", "del"]);

// French, Italian and Spanish names write their kind's adjectives in small letters ("Centre hospitalier Sud Francilien",
// "Centre hospitalier universitaire de Rennes", "Azienda sanitaria locale Napoli 3"): after a head word of such a name (or
// another such adjective) and blanks, one of them goes on with the run as a word of it.
const NAME_ADJECTIVES = new Set(
  "hospitalier hospitalière hospitaliers hospitalo-universitaire universitaire universitaires intercommunal intercommunale départemental départementale régional régionale spécialisé ospedaliera ospedaliero ospedaliero-universitaria universitaria universitario sanitaria sanitario locale hospitalario hospitalaria".split(
    " ",
  ),
);
const NAME_HEADS = new Set([
  ..."Centre Center Groupe Groupement Hôpital Hopital Azienda Complejo Complexo Hospital Centro Consorci Consorcio Institut Instituto Istituto Clinique Clínica Clinica Policlinico".split(
    " ",
  ),
  ...NAME_ADJECTIVES,
]);

// A bracketed place after spaces ("(Texas)", "(New York)", "(Mass.)"), or an acronym inside a name ("Nottingham Rehab
// Supplies (NRS) Healthcare"), its "(" at `s`: the end of its ")", or -1.
function bracketEnd(text: string, s: number, limit: number): number {
  let p = s + 1;
  let cp = codeAt(text, p, limit);
  if (cp < 0 || !(classAt(cp) & UPPER)) return -1;
  p += width(cp);
  cp = codeAt(text, p, limit);
  if (cp >= 0 && classAt(cp) & UPPER) {
    let n = 1;
    while (cp >= 0 && classAt(cp) & UPPER) {
      if (++n > 6) return -1;
      p += width(cp);
      cp = codeAt(text, p, limit);
    }
    return cp === 41 ? p + 1 : -1;
  }
  if (cp < 0 || (!(classAt(cp) & LOWER) && cp !== FULL_STOP)) return -1;
  p += width(cp);
  let n = 0;
  for (
    cp = codeAt(text, p, limit);
    cp >= 0 && (classAt(cp) & LETTER || cp === FULL_STOP);
    cp = codeAt(text, p, limit)
  ) {
    if (++n > 14) return -1;
    p += width(cp);
  }
  if (isBlank(cp)) {
    p++;
    cp = codeAt(text, p, limit);
    if (cp < 0 || !(classAt(cp) & UPPER)) return -1;
    p += width(cp);
    n = 0;
    for (
      cp = codeAt(text, p, limit);
      cp >= 0 && (classAt(cp) & LETTER || cp === FULL_STOP);
      cp = codeAt(text, p, limit)
    ) {
      if (++n > 15) return -1;
      p += width(cp);
    }
    if (n === 0) return -1;
  }
  return cp === 41 ? p + 1 : -1;
}

// French and Italian elide a joiner before a vowel and fuse it to the next word ("Centre hospitalier d'Arles", "Ospedale
// dell'Angelo"): the joiner opening at `s` before its apostrophe, and a capital after it, give the capital's place, or -1.
const ELIDED_JOINERS = new Set(["d", "dell", "dall"]);
function elidedJoinerEnd(text: string, s: number, t: number): number {
  for (let a = s + 1; a < t && a <= s + 4; a++) {
    const c = text.charCodeAt(a);
    if (c !== APOSTROPHE && c !== RIGHT_QUOTE) continue;
    const next = codeAt(text, a + 1, t);
    return ELIDED_JOINERS.has(text.slice(s, a)) && next >= 0 && classAt(next) & UPPER ? a + 1 : -1;
  }
  return -1;
}

// Extends a run ending at `e` by one (joiner, word) step, pushing the step's words; returns the new end, or -1.
function extend(text: string, e: number, limit: number, out: RunWord[]): number {
  const s = skipSpace(text, e, limit);
  if (s === e || s >= limit) return -1;
  const c = text.charCodeAt(s);
  // A joiner between spaces.
  if (isAsciiLower(c) || c === 38) {
    let t = s;
    while (t < limit && !isSpaceCode(text.charCodeAt(t))) t++;
    // The elided joiner and its word are one word of the run, as written ("d'Oloron-Sainte-Marie").
    const elided = c === 100 ? elidedJoinerEnd(text, s, t) : -1;
    const fused = elided >= 0 ? wordEnd(text, elided, limit) : -1;
    if (fused >= 0) {
      out.push(word(text, s, fused));
      return fused;
    }
    if (t - s <= 3 && t < limit && JOINERS.has(text.slice(s, t))) {
      // "of the": spaces or tabs, "the", spaces, a word.
      if (t - s === 2 && c === 111) {
        const a = skipBlank(text, t, limit);
        if (a > t && a + 3 <= limit && text.startsWith("the", a)) {
          const b = skipSpace(text, a + 3, limit);
          const x = b > a + 3 ? stepEnd(text, b, limit) : -1;
          if (x >= 0) return push(text, out, s, t, a, a + 3, b, x);
        }
      }
      const b = skipSpace(text, t, limit);
      const x = stepEnd(text, b, limit);
      if (x >= 0) return push(text, out, s, t, -1, -1, b, x);
    }
    if (
      t - s >= 6 &&
      NAME_HEADS.has(out[out.length - 1]!.w) &&
      skipBlank(text, e, limit) === s &&
      NAME_ADJECTIVES.has(text.slice(s, t))
    ) {
      out.push(word(text, s, t));
      return t;
    }
  }
  // A spaced hyphen.
  if (c === HYPHEN && s + 1 < limit && isSpaceCode(text.charCodeAt(s + 1))) {
    const b = skipSpace(text, s + 1, limit);
    const x = stepEnd(text, b, limit);
    if (x >= 0) return push(text, out, s, s + 1, -1, -1, b, x);
  }
  // A bracketed place: its one or two words keep the bracket they touch ("(New", "York)"). An acronym goes on only to a
  // word that ends a company's name ("(NRS) Healthcare"), not to a title or a day ("(KRH) Chief Executive", "(KRH) Monday").
  if (c === 40) {
    const close = bracketEnd(text, s, limit);
    if (close >= 0 && close < limit && isSpaceCode(text.charCodeAt(close))) {
      const b = skipSpace(text, close, limit);
      const x = stepEnd(text, b, limit);
      const acronym = close - s > 2 && classAt(codeAt(text, s + 2, limit)) & UPPER;
      if (x >= 0 && (!acronym || NAME_END_AFTER_ACRONYM.has(text.slice(b, x)))) {
        let gap = s + 1;
        while (gap < close && !isBlank(text.charCodeAt(gap))) gap++;
        return gap < close ? push(text, out, s, gap, gap + 1, close, b, x) : push(text, out, s, close, -1, -1, b, x);
      }
    }
  }
  // Spaces or tabs only.
  if (skipBlank(text, e, limit) !== s) return -1;
  const x = stepEnd(text, s, limit);
  return x >= 0 ? push(text, out, -1, -1, -1, -1, s, x) : -1;
}

// Pushes up to two joining words and the step's word; returns the word's end.
function push(text: string, out: RunWord[], a0: number, a1: number, b0: number, b1: number, w0: number, w1: number) {
  if (a0 >= 0) out.push(word(text, a0, a1));
  if (b0 >= 0) out.push(word(text, b0, b1));
  out.push(word(text, w0, w1));
  return w1;
}

function word(text: string, start: number, end: number): RunWord {
  const w = text.slice(start, end);
  return { w, lw: w.toLowerCase(), start, kind: -1 };
}

/**
 * The next capitalised run of `text` between `from` and `limit` (a sentence of the document): its words go into `out`
 * (emptied first), and its end is returned, or -1 when there is none. A run is tried only where it can open: at a
 * capital, the first digit of a number or a non-ASCII character, or on one of the four small letters just before one.
 */
export function nextRun(text: string, from: number, limit: number, out: RunWord[]): number {
  for (let u = from; u < limit; u++) {
    const c = text.charCodeAt(u);
    if (c < 128 && !isAsciiUpper(c) && !isDigit(c)) continue;
    // A name opens on the first digit of a number ("23andMe"), never inside one: a long run of digits stays linear.
    if (isDigit(c) && u > from && isDigit(text.charCodeAt(u - 1))) continue;
    let q = u;
    while (q > from && q > u - 4 && isAsciiLower(text.charCodeAt(q - 1))) q--;
    for (; q <= u; q++) {
      let e = wordEnd(text, q, limit);
      if (e < 0) continue;
      out.length = 0;
      out.push(word(text, q, e));
      for (let next = extend(text, e, limit, out); next >= 0; next = extend(text, e, limit, out)) e = next;
      return e;
    }
  }
  return -1;
}

/**
 * The words of `text` written in capitals only and `min` to `max` letters long ("UMCG", "NHS"), in order: what
 * /(?<![\p{L}\p{N}])\p{Lu}{min,max}(?![\p{L}\p{N}])/gu finds, read word by word rather than tried at every character.
 */
export function capitalWords(text: string, min: number, max: number): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    // Most characters are small ASCII letters, spaces or punctuation: passed over without a class lookup.
    if (c < 128 && !isAsciiUpper(c) && !isDigit(c) && !isAsciiLower(c)) {
      i++;
      continue;
    }
    // A word: letters and digits; it counts when every one of them is a capital and there are min to max of them.
    const start = i;
    let capitals = 0;
    let allCapitals = true;
    for (let cp = codeAt(text, i, n); cp >= 0; cp = codeAt(text, i, n)) {
      const k = classAt(cp);
      if (!(k & (LETTER | NUMBER))) break;
      if (k & UPPER) capitals++;
      else allCapitals = false;
      i += width(cp);
    }
    if (i === start) {
      i++;
      continue;
    }
    if (allCapitals && capitals >= min && capitals <= max) out.push(text.slice(start, i));
  }
  return out;
}

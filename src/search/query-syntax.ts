import { countryOfPlace, longestPlaceWords, singlePlaceWords } from "../model/country-words";

/**
 * One thing a clause may match: a typed word (FTS5 reads it as a phrase of its tokens, so "APT-29"
 * stays one), a quoted phrase, or the victim's country (a place word: "UK", "Scottish").
 */
export type QueryAtom =
  { kind: "term"; text: string; phrase: boolean; typoOf?: string } | { kind: "country"; code: string; said: string };

/** Alternatives of which one must match; a query is an AND of clauses. */
export interface QueryClause {
  atoms: QueryAtom[];
  /** The clause was written with OR; such a clause is never read as a prefix. */
  or: boolean;
}

/** At most this many words or phrases of a query are searched, which bounds the cost of one query. */
export const MAX_TERMS = 16;

/** Data sizes in news ("4 GB", "2 TB"): after a number these are units, never places. */
const UNITS = new Set(["kb", "mb", "gb", "tb", "pb"]);

/** Control and private-use characters (our snippet markers and tag mark) never belong to a word. */
function cleanText(q: string): string {
  return q.replace(/[\u0000-\u001f\u007f\ue000-\uf8ff]/g, " ");
}

const hasWord = (t: string) => /[\p{L}\p{N}]/u.test(t);

/**
 * Reads the query syntax documented on the search page: words must all match; `OR` (upper case)
 * between two words or phrases makes either do; "double quotes" make a phrase. Nothing else is syntax:
 * a lone or unbalanced quote closes at the end of the text, a leading or trailing OR is dropped, and
 * symbols stay inside their word.
 */
export function parseQuery(q: string): QueryClause[] {
  const items: ({ text: string; phrase: boolean } | "OR")[] = [];
  let terms = 0;
  for (const m of cleanText(q).matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (terms >= MAX_TERMS) break;
    if (m[1] !== undefined || m[0].startsWith('"')) {
      const words = (m[1] ?? "").split(/\s+/).filter(hasWord);
      if (words.length) (items.push({ text: words.join(" "), phrase: words.length > 1 }), terms++);
    } else if (m[2] === "OR") items.push("OR");
    else if (hasWord(m[2]!)) (items.push({ text: m[2]!, phrase: false }), terms++);
  }
  const clauses: QueryClause[] = [];
  let joinNext = false;
  for (const item of items) {
    if (item === "OR") {
      joinNext = clauses.length > 0;
      continue;
    }
    const atom: QueryAtom = { kind: "term", text: item.text, phrase: item.phrase };
    const last = clauses.at(-1);
    if (joinNext && last) (last.atoms.push(atom), (last.or = true));
    else clauses.push({ atoms: [atom], or: false });
    joinNext = false;
  }
  return withPlaces(clauses);
}

const singleTerm = (c: QueryClause | undefined): string | null =>
  c && !c.or && c.atoms.length === 1 && c.atoms[0]!.kind === "term" ? c.atoms[0]!.text : null;

/**
 * Gives every place word its country as an alternative: "Scottish" matches the word or any incident
 * in GB. Runs of plain words form place names ("United Kingdom", "New Zealand"), longest first, and
 * become one clause. "GB" after a number is a unit and stays a word; elsewhere "GB" is the country only,
 * so "6 GB" in an article does not make it British.
 */
function withPlaces(clauses: QueryClause[]): QueryClause[] {
  const out: QueryClause[] = [];
  const span = longestPlaceWords();
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    let matched = false;
    for (let n = Math.min(span, clauses.length - i); n >= 2 && !matched; n--) {
      const words = clauses.slice(i, i + n).map(singleTerm);
      if (words.some((w) => w === null)) continue;
      const said = words.join(" ");
      const code = countryOfPlace(said);
      if (!code) continue;
      out.push({
        atoms: [
          { kind: "term", text: said, phrase: true },
          { kind: "country", code, said },
        ],
        or: false,
      });
      i += n - 1;
      matched = true;
    }
    if (matched) continue;
    const previous = singleTerm(clauses[i - 1]);
    const atoms = clause.atoms.flatMap((atom): QueryAtom[] => {
      if (atom.kind !== "term") return [atom];
      const code = countryOfPlace(atom.text);
      if (!code) return [atom];
      const unit = UNITS.has(atom.text.toLowerCase());
      if (unit && previous !== null && /^[\d.,]+$/.test(previous)) return [atom];
      const country: QueryAtom = { kind: "country", code, said: atom.text };
      return unit ? [country] : [atom, country];
    });
    out.push({ atoms, or: clause.or || atoms.length > 1 });
  }
  return out;
}

/** The words of a query that may carry a typo: plain words of five letters or more (as Meilisearch allows one typo from five). */
export function typoCandidates(clauses: readonly QueryClause[]): string[] {
  const words = clauses.flatMap((c) =>
    c.atoms.flatMap((a) =>
      a.kind === "term" && !a.phrase && /^\p{L}{5,}$/u.test(a.text) ? [a.text.toLowerCase()] : [],
    ),
  );
  return [...new Set(words)];
}

/**
 * Whether two words are one edit apart (a letter added, dropped, changed, or two neighbours swapped),
 * the first letter kept: Meilisearch counts a typo on the first letter as two.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * The terms of `names` (kept in the index's order) that may be one edit from one of `words`: the same first
 * letter, and as many letters give or take one (SQL's length, in code points, against the word's length).
 * What typo tolerance reads of the index's name words, in their order, each once.
 */
export function typoNames(names: readonly string[], words: readonly string[]): string[] {
  const wanted = words.map((w) => ({ first: w.codePointAt(0), least: w.length - 1, most: w.length + 1 }));
  // Indexed loops: a callback or an iterator per name made this half of everything a search allocated, a
  // few thousand names each time, and the collections that followed stalled searches.
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const t = names[i]!;
    const first = t.codePointAt(0);
    let letters = -1;
    for (let j = 0; j < wanted.length; j++) {
      const w = wanted[j]!;
      if (w.first !== first) continue;
      if (letters < 0) letters = codePoints(t);
      if (letters >= w.least && letters <= w.most) {
        out.push(t);
        break;
      }
    }
  }
  return out;
}

/** How many code points `s` holds, as `for (const _ of s)` counts them (a surrogate pair is one, a lone surrogate one too). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

let typoPlaceWords: readonly string[] | null = null;

/** The place words of five letters or more, the only ones a typo is read as: made once, asked for by every search. */
function typoPlaces(): readonly string[] {
  return (typoPlaceWords ??= singlePlaceWords().filter((p) => p.length >= 5));
}

/** Place words one edit from each of `words` ("scotlnd" → "scotland"); words that are places already are left out. */
export function placeTypos(words: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const places = typoPlaces();
  for (const w of words) {
    if (countryOfPlace(w) !== null) continue;
    const near = places.filter((p) => oneEditApart(w, p));
    if (near.length) out.set(w, near);
  }
  return out;
}

/** Adds, next to each typed word, the words one edit from it that `typos` found, and the country of any that is a place. */
export function withTypos(
  clauses: readonly QueryClause[],
  typos: ReadonlyMap<string, readonly string[]>,
): QueryClause[] {
  if (typos.size === 0) return [...clauses];
  return clauses.map((clause) => {
    const atoms = clause.atoms.flatMap((atom): QueryAtom[] => {
      if (atom.kind !== "term" || atom.phrase) return [atom];
      const found = typos.get(atom.text.toLowerCase());
      if (!found?.length) return [atom];
      return [
        atom,
        ...found.flatMap((text): QueryAtom[] => {
          const code = countryOfPlace(text);
          const corrected: QueryAtom = { kind: "term", text, phrase: false, typoOf: atom.text };
          return code ? [corrected, { kind: "country", code, said: text }] : [corrected];
        }),
      ];
    });
    return { atoms, or: clause.or || atoms.length > clause.atoms.length };
  });
}

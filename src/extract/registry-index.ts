// The organisation registry in memory: registry names reduced to word keys, looked up for victim names and found in text
// as capitalised names. Precision first: a registry of 100,000 names holds "DENTAL SURGERY", "THE SURGERY", "ROYAL
// INFIRMARY" and single words, so only names of two words or more with a distinctive word are known at all, and only
// names whose distinctive word is neither a place nor a kind-of-body word are looked for in running text.
import { VICTIM_TYPES, type VictimType } from "../model/entities";
import type { OrgRegistry, RegistryEntry, RegistryOrg } from "../model/registry";
import { GENERIC_ORG_WORDS, HEALTH_WORD } from "./data/org-cues";
import { PLACE_CUES } from "./data/places";

// Words that say what kind of body or building a name is, or are common in every list of names: a name made only of
// them ("Royal Infirmary", "The Surgery", "Community Health Centre") names no one organisation.
const GENERIC = new Set([
  ...GENERIC_ORG_WORDS,
  ..."royal infirmary st saint mt mount memorial community practice practices partners partnership family general centre centres center centers street road lane avenue house court park new old north south east west northern southern eastern western central upper lower great little children childrens womens women mens valley hill green village town district area local primary secondary integrated specialist specialty speciality unit units ward wards site main branch campus annex division inc llc ltd limited plc corp corporation co company pc pllc lp nhs foundation ft hq icb ccg board boards authority council association society alliance holdings international global america american british united doctors doctor surgeries dentist dentists dentistry orthodontics pharmaceutical pharmaceuticals pharma pharms labs diagnostics therapy therapies rehabilitation hospice health medical".split(
    " ",
  ),
]);
const PLACE_WORDS = new Set(Object.keys(PLACE_CUES).flatMap((k) => (/^[\p{L}]+$/u.test(k) ? [k.toLowerCase()] : [])));
const CORPORATE_SUFFIX = new Set("inc llc ltd limited plc corp corporation co pc pllc lp".split(" "));
const JOINERS = new Set("of and the de du des la le di del for on upon".split(" "));
const CATEGORIES = new Set<string>(VICTIM_TYPES);
/** Longest name, in words, looked for in text. */
const MAX_WORDS = 10;

// Lower-cased, accents and apostrophes dropped ("Queen's" and "QUEENS" agree), "&" read as "and", "saint" as "st".
function normaliseWord(w: string): string {
  const folded = /^[\x00-\x7f]*$/.test(w) ? w.toLowerCase() : w.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  const bare = folded.replace(/['’]/g, "");
  return bare === "&" ? "and" : bare === "saint" ? "st" : bare;
}

/** The word key of a name: normalised words, a leading "the" and trailing corporate suffixes dropped. */
export function nameKeyWords(name: string): string[] {
  const words = name
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}'’]+/u)
    .map(normaliseWord)
    .filter((w) => w.length > 0);
  if (words[0] === "the") words.shift();
  while (words.length > 1 && CORPORATE_SUFFIX.has(words[words.length - 1]!)) words.pop();
  return words;
}

const isGeneric = (w: string) => GENERIC.has(w) || HEALTH_WORD.test(w) || /^\d+$/.test(w) || w.length < 2;
/** The words of a name that are neither kind-of-body words, places nor joiners ("Kaiser Permanente": both). */
export function distinctiveWords(name: string): string[] {
  return nameKeyWords(name).filter((w) => !isGeneric(w) && !PLACE_WORDS.has(w) && !JOINERS.has(w));
}
/** A name the registry answers for: two words or more, one of them not a kind-of-body word. */
const isKnowable = (words: string[]) => words.length >= 2 && words.some((w) => !isGeneric(w));
/** A name worth looking for in text: also distinctive beyond a place ("London Clinic" is not; "Kaiser Permanente" is). */
const isFindable = (words: string[]) =>
  words.length >= 2 && words.some((w) => !isGeneric(w) && !PLACE_WORDS.has(w) && !JOINERS.has(w));

interface Known extends RegistryOrg {
  findable: boolean;
  categoryClash: boolean;
  countryClash: boolean;
  cityClash: boolean;
}

// Organisations sharing a name agree or leave the field open: a name in two countries fixes none.
function merge(k: Known, category: VictimType | null, country: string | null, city: string | null): void {
  if (category !== null && !k.categoryClash && k.category !== category) {
    k.categoryClash = k.category !== null;
    k.category = k.categoryClash ? null : category;
  }
  if (country !== null && !k.countryClash && k.country !== country) {
    k.countryClash = k.country !== null;
    k.country = k.countryClash ? null : country;
  }
  if (city !== null && !k.cityClash && k.city !== city) {
    k.cityClash = k.city !== null;
    k.city = k.cityClash ? null : city;
  }
}

/**
 * The registry reduced to what extraction reads: the keys of the names it knows, one per line in sorted order, and for
 * each a packed number (findable bit, category, country and town as indices into the lists). Built once per import and
 * stored, so start-up parses one string instead of normalising 100,000 names.
 */
export interface CompiledRegistry {
  version: 1;
  keys: string;
  info: number[];
  countries: string[];
  cities: string[];
}

const CATEGORY_LIST: (VictimType | null)[] = [null, ...VICTIM_TYPES];
// Bit layout of an info number: findable (1 bit), category (5), country (8), town (17): under 2^31, a small integer.
const CATEGORY_SHIFT = 1;
const COUNTRY_SHIFT = 6;
const CITY_SHIFT = 14;
const MAX_CITIES = 1 << 17;

/** Reduces registry rows to the compact form extraction loads: names of one key merged, generic names left out. */
export function compileRegistry(entries: Iterable<RegistryEntry>): CompiledRegistry {
  const known = new Map<string, Known>();
  for (const e of entries) {
    const category =
      e.category && CATEGORIES.has(e.category) && e.category_basis !== "name-keyword"
        ? (e.category as VictimType)
        : null;
    const country = e.country && /^[A-Z]{2}$/.test(e.country) ? e.country : null;
    const city = e.city?.trim() || null;
    for (const name of [e.name, ...e.aliases]) {
      const words = nameKeyWords(name);
      if (!isKnowable(words)) continue;
      const key = words.join(" ");
      const k = known.get(key);
      if (k) merge(k, category, country, city);
      else
        known.set(key, {
          category,
          country,
          city,
          findable: isFindable(words),
          categoryClash: false,
          countryClash: false,
          cityClash: false,
        });
    }
  }
  const countries = [...new Set([...known.values()].flatMap((k) => (k.country ? [k.country] : [])))].sort();
  const cities = [...new Set([...known.values()].flatMap((k) => (k.city ? [k.city] : [])))]
    .sort()
    .slice(0, MAX_CITIES - 1);
  const countryIndex = new Map(countries.map((c, i) => [c, i + 1]));
  const cityIndex = new Map(cities.map((c, i) => [c, i + 1]));
  const keys = [...known.keys()].sort();
  const info = keys.map((key) => {
    const k = known.get(key)!;
    return (
      (k.findable ? 1 : 0) +
      CATEGORY_LIST.indexOf(k.category) * 2 ** CATEGORY_SHIFT +
      (k.country ? countryIndex.get(k.country)! : 0) * 2 ** COUNTRY_SHIFT +
      (k.city ? (cityIndex.get(k.city) ?? 0) : 0) * 2 ** CITY_SHIFT
    );
  });
  return { version: 1, keys: keys.join("\n"), info, countries, cities };
}

/** The registry extraction reads, from its compiled form. */
export function loadCompiledRegistry(compiled: CompiledRegistry): OrgRegistry {
  const known = new Map<string, number>();
  // The first words of the names looked for in text.
  const starts = new Set<string>();
  const keys = compiled.keys ? compiled.keys.split("\n") : [];
  for (let i = 0; i < keys.length; i++) {
    known.set(keys[i]!, compiled.info[i]!);
    if (compiled.info[i]! & 1) starts.add(firstToken(keys[i]!));
  }
  const org = (info: number): RegistryOrg => ({
    category: CATEGORY_LIST[(info >>> CATEGORY_SHIFT) & 31] ?? null,
    country: compiled.countries[((info >>> COUNTRY_SHIFT) & 255) - 1] ?? null,
    city: compiled.cities[(info >>> CITY_SHIFT) - 1] ?? null,
  });
  return {
    lookup(name) {
      const info = known.get(nameKeyWords(name.replace(/\s*\([^)]*\)\s*$/, "")).join(" "));
      return info === undefined ? null : org(info);
    },
    findNames: (text) => findNames(text, known, starts).map((m) => ({ start: m.start, end: m.end, ...org(m.info) })),
  };
}

/** Builds the in-memory registry straight from its rows (tests, and a store whose compiled form is missing). */
export function createOrgRegistry(entries: Iterable<RegistryEntry>): OrgRegistry {
  return loadCompiledRegistry(compileRegistry(entries));
}

interface Word {
  start: number;
  end: number;
  key: string;
  capital: boolean;
  /** Only spaces (or an abbreviation's full stop) separate this word from the next, on the same line. */
  joinsNext: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*|&/gu;
const ABBREVIATION = /^(?:st|mt|ft|dr|inc|co|corp|ltd|jr|sr)$/i;
// A capitalised word before a name that does not make it part of a longer name: it opens the sentence or is a function word.
const OPENER = new Set(
  "the a an at in on by for from with after before to as and or but of this that its their our yesterday today when while since among including".split(
    " ",
  ),
);

const PLAIN_WORD = /^[A-Za-z]+$/;

// The key of one word of text, as nameKeyWords would give it inside a name; plain ASCII words (most) skip the general path.
function wordKey(w: string): string {
  if (PLAIN_WORD.test(w)) {
    const l = w.toLowerCase();
    return l === "saint" ? "st" : l;
  }
  const bare = w.replace(/['’]s?$|-$/, (t) => (t.length === 2 ? "s" : ""));
  return bare.length
    ? bare
        .replace(/&/g, " and ")
        .split(/[^\p{L}\p{N}'’]+/u)
        .map(normaliseWord)
        .filter(Boolean)
        .join(" ")
    : "";
}

// The capitalised words and joiners of the text, the only words a name can be made of.
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && w[0] !== w[0]!.toLowerCase());
    const key = capital || w === "&" ? wordKey(w) : w.length <= 5 && JOINERS.has(w) ? w : "";
    // Other words are left out: the letters they leave in the gap already keep the words around them apart.
    if (!key) continue;
    const prev = out[out.length - 1];
    if (prev) prev.joinsNext = isJoining(text, prev, m.index);
    out.push({ start: m.index, end: m.index + w.length, key, capital, joinsNext: false });
  }
  return out;
}

function isJoining(text: string, prev: Word, next: number): boolean {
  let i = prev.end;
  if (text.charCodeAt(i) === 46 && ABBREVIATION.test(text.slice(prev.start, prev.end))) i++;
  if (i === next) return false;
  for (; i < next; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

const firstToken = (key: string) => {
  const sp = key.indexOf(" ");
  return sp < 0 ? key : key.slice(0, sp);
};

function findNames(
  text: string,
  known: Map<string, number>,
  starts: Set<string>,
): { start: number; end: number; info: number }[] {
  const words = wordsOf(text);
  const out: { start: number; end: number; info: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!first.capital || !first.key) continue;
    // Inside a longer capitalised name ("North Manchester General" must not yield "Manchester General"): read first, as
    // it needs no lookup in the registry's large set of first words.
    const before = words[i - 1];
    if (before && before.joinsNext && before.capital && !OPENER.has(before.key) && !isSentenceStart(text, before.start))
      continue;
    // Most capitalised words open no findable name: one set lookup spares them the walk below.
    const opening = first.key === "the" && first.joinsNext ? words[i + 1]?.key : first.key;
    if (!opening || !starts.has(firstToken(opening))) continue;
    let key = "";
    // compileRegistry knows names of two words or more only, so a key without a space is not looked up.
    let spaced = false;
    let best = -1;
    let bestEnd = -1;
    for (let j = i; j < words.length && j < i + MAX_WORDS; j++) {
      const w = words[j]!;
      if (!w.key || (!w.capital && !JOINERS.has(w.key))) break;
      // A leading "The" is not part of the key ("The Christie" is "CHRISTIE").
      if (!(j === i && w.key === "the")) {
        spaced ||= key !== "" || w.key.includes(" ");
        key = key ? `${key} ${w.key}` : w.key;
      }
      const info = w.capital && spaced ? known.get(key) : undefined;
      if (info !== undefined && info & 1) {
        best = info;
        bestEnd = j;
      }
      if (!w.joinsNext) break;
    }
    if (best < 0) continue;
    let last = bestEnd;
    while (words[last]!.joinsNext && words[last + 1] && CORPORATE_SUFFIX.has(words[last + 1]!.key)) last++;
    const after = words[last + 1];
    if (words[last]!.joinsNext && after?.capital) continue;
    out.push({ start: first.start, end: words[last]!.end, info: best });
    i = last;
  }
  return out;
}

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === '"' || text[i] === "'")) i--;
  return i < 0 || /[.!?\n:]/.test(text[i]!);
}

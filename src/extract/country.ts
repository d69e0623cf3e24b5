// Country of the victim from explicit place cues, weighted by where they appear (headline, sentences naming the victim).
import {
  ATTACKER_COUNTRIES,
  CITY_CUES,
  PERSON_LIKE,
  PLACE_CUES,
  REGION_CUES,
  US_POSTAL,
  WEAK_PLACE_CUES,
} from "./data/places";
import { COUNTRIES } from "../model/countries";
import { asidesOfAnotherIncident, insideAside, withoutAsides } from "./aside";
import { isBackgroundText } from "./scope";
import { compileLexicon, wordStarts, type Lexicon, type TextWords } from "./lexicon";
import type { Sentence } from "./text";
import { rowCodeCells } from "./tracker-row";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const keys = Object.keys(PLACE_CUES).sort((a, b) => b.length - a.length);
const STRONG = compileLexicon(keys, {
  source: escape,
  literal: (k) => k,
  key: (k) => k.slice(0, 2),
  ignoreCase: false,
  notAfter: ".-",
  notBefore: "(?![\\p{L}\\p{N}]|\\.[\\p{L}])",
});
const weakKeys = Object.keys(WEAK_PLACE_CUES).sort((a, b) => b.length - a.length);
const WEAK = compileLexicon(weakKeys, {
  source: escape,
  literal: (k) => k,
  key: (k) => k.slice(0, 2),
  ignoreCase: false,
});
// The weight of a place named in background about another incident.
const BACKGROUND_WEIGHT = 0.2;
const POSTAL = /,\s([A-Z]{2})\b(?![.\-'’])/g;
const POSTAL_ANYWHERE = new RegExp(POSTAL.source);
const TOWN_STATE =
  /^, (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b(?![.\-'])/;
// A nationality that describes the attacker or a foreign body, not the victim ("Russian hackers", "a Russian-speaking
// gang", "Iran-linked actors", "French law enforcement", "Cuba ransomware"); an operator "of" something is a business
// ("the Nashville-based operator of 180 hospitals").
const ATTACKER_AFTER =
  /^(?:-(?:speaking|linked|backed|sponsored|affiliated|aligned|nexus|origin)\b|\s*(?:-?based )?(?:(?:state[- ])?(?:hackers?|hacktivists?|gang|group|cyber ?criminals?|threat actors?|actors?|crew|operators?(?! of (?:(?:more than|over|about|some|nearly|almost) )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hospitals|clinics|care|nursing|pharmacies|health|medical|senior|surgery|dental|urgent|walk-in)\b)|ransomware|government|intelligence|military|state-sponsored|authorities|police|law enforcement|nationals?)\b))/i;
// A nationality that describes a product or tool the attack went through is where that thing comes from, not where the
// victim is: "a compromised update of Ukrainian accounting software", "Russian-made security cameras". Not its maker
// ("a Swedish health software provider" may be the victim itself).
const PRODUCT_AFTER =
  /^(?:-(?:made|built|developed|designed)\b)?\s+(?:[\w-]+\s+){0,2}?(?:software|updates?|apps?|applications?|products?|tools?|programs?|programmes?|firmware|spyware|devices?|equipment|cameras?|components?)\b(?!\s+(?:providers?|suppliers?|vendors?|makers?|compan(?:y|ies)|firms?|developers?|groups?|giants?|publishers?|houses?|businesses|specialists?)\b)/i;
// A state the attackers are tied to, named before them or after their tie ("a hacking group linked to North Korea",
// "hackers tied to China's military", "the attack was attributed to North Korea"): where the attack came from.
const ATTACKER_TIE_BEFORE =
  /\b(?:(?:hackers?|hacking (?:group|team|unit)|group|gang|actors?|crew|attackers?|operatives|unit)\s+(?:\S+\s+){0,2}?(?:linked|tied|connected|backed|sponsored|affiliated|allied)\s+(?:to|with|by)|(?:attributed|traced(?: back)?) to|blamed on)\s+(?:the\s+)?$/i;
// A nationality word that names a language says nothing of where the victim is: "letters in English and Spanish",
// "translated into French", "Portuguese speakers" ("Spanish hospitals", "a Spanish clinic" keep their place).
const LANGUAGES = new Set(
  "Spanish French German Italian Portuguese Dutch English Chinese Mandarin Cantonese Japanese Korean Russian Arabic Polish Greek Turkish Swedish Danish Norwegian Finnish Hebrew Hindi Vietnamese Thai Czech Hungarian Romanian Ukrainian Welsh Irish Tagalog Filipino Persian Urdu Bengali Punjabi".split(
    " ",
  ),
);
const LANGUAGE_USE_BEFORE =
  /\b(?:speak(?:s|ing)?|spoke|spoken|fluent in|translated (?:in)?to|translations? (?:in)?to|interpreters? for)\s+(?:\p{L}+\s+(?:and|or)\s+)?$/iu;
const IN_LANGUAGE_BEFORE = /\b(?:in|into)\s+(?:\p{Lu}\p{L}+,?\s+(?:and|or)\s+)?$/u;
const LANGUAGE_AFTER =
  /^(?:,?\s+(?:and|or)\s+\p{Lu}\p{L}+)?(?:\s*-?\s*(?:language|speakers?|speaking|translations?|interpreters?|subtitles|versions?)\b|\s*(?:[,.;:)!?]|$)|\s+(?:as well|too|only|for|on|at|by|upon|from|and|or)\b)/u;
function languageUse(entry: string, before: string, after: string): boolean {
  if (!LANGUAGES.has(entry)) return false;
  if (LANGUAGE_USE_BEFORE.test(before)) return true;
  // "in Spanish" alone is the language; "in Spanish hospitals" is the place.
  if (IN_LANGUAGE_BEFORE.test(before) && LANGUAGE_AFTER.test(after)) return true;
  return /^(?:\s*-\s*|\s+)(?:language|speakers?|translations?|interpreters?|subtitles)\b/.test(after);
}
// A county's or city's own force investigates where the victim is ("Lancashire Police", "Derby police"); a country's
// police ("French police") may be abroad, as ATTACKER_AFTER reads it.
const LOCAL_FORCE = /^\s+(?:police|constabulary|law enforcement|sheriff)\b/i;
// A given name before or a surname after a country that is also a name ("Michael Jordan", "Chad Brown").
const NAME_AFTER = /^ [A-Z][a-z]/;
const NAME_BEFORE = /[A-Z][a-z]+ $/;
// A city opening a company name ("Paris Pharmacy Group" of Quebec) says little about where the company is.
const NAME_WORD_AFTER = /^ (?!City\b|County\b|Metro\b|Area\b)[A-Z][a-z]/;
// A place that says where a commentator is, not the victim ("a researcher based in the UK").
const COMMENTATOR_BEFORE =
  /\b(?:researchers?|analysts?|experts?|journalists?|reporters?|investigators?|consultants?|specialists?)\b[^.;]{0,12}\b(?:based|located) in (?:the )?$/;
// A nationality naming a person says where the person is from, not the victim: "leaked by an American who had obtained
// it", "a Briton who worked for its supplier" (read with " who" after it).
const PERSON_NATIONALITY = /\ban? $/i;
// "UK-based researcher Jason Parker": a place fixing where a commentator works, not the victim.
const COMMENTATOR_AFTER =
  /^-based (?:(?:security|cybersecurity|threat|independent|cyber) )?(?:researchers?|analysts?|experts?|journalists?|reporters?|investigators?|consultants?|specialists?|security firm|cybersecurity firm)\b/i;
// An acronym the article defines for a name of its own ("Hamilton Health Sciences (HHS)") is not the institution a weak
// cue means by it.
const DEFINED_ACRONYM = /\(([A-Z][A-Za-z]{1,7})\)/g;
// Currencies of one country ("₹57 lakh"), a weak cue like an institution.
const CURRENCY_CUES: [string, string][] = [["₹", "IN"]];
// A country code in brackets after a name, as tracker posts write it ("Fairview Community Hospital (US)"); an acronym
// of the words before it ("Cancer Center (CC)", "Medical Group (MG)") is no country.
const BRACKET_CODE = /\(([A-Z]{2})\)/g;
const ISO_CODES = new Set([...COUNTRIES.map((c) => c.code), "UK"]);
function bracketCountry(text: string, at: number, code: string): string | null {
  if (!ISO_CODES.has(code)) return null;
  const words = text
    .slice(Math.max(0, at - 80), at)
    .trim()
    .split(/\s+/)
    .slice(-6);
  if (!/^[A-Z]/.test(words[words.length - 1] ?? "")) return null;
  const initials = words
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
  let k = 0;
  for (const c of initials) if (c === code[k]) k++;
  if (k === code.length) return null;
  return code === "UK" ? "GB" : code;
}
// Place words inside a group's name ("Anonymous Sudan") name no victim.
// `spans` are ordered by start and do not overlap (group mentions), so a binary search finds the one that could hold it.
function inside(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= start;
}

// A wire dateline in capitals opening the story ("KATHMANDU -", "NEW DELHI, March 3 (Reuters) -"): where the report was
// filed, often the victim's town but as often a bureau's, so it weighs less than any place the story itself names.
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+){0,3})(?:,[^()\n]{1,40}?)?\s*(?:\([^()\n]{2,30}\)\s*)?[-\u2013\u2014]\s/u;
const DATELINE_WEIGHT = 0.5;
const titleCase = (caps: string) =>
  caps.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
function datelinePlace(s: Sentence): { code: string; start: number; end: number } | null {
  const m = DATELINE.exec(s.text);
  if (!m) return null;
  const code = PLACE_CUES[titleCase(m[1]!)];
  if (!code) return null;
  const at = s.text.indexOf(m[1]!);
  return { code, start: s.start + at, end: s.start + at + m[1]!.length };
}

const WEB_ADDRESS = /https?:\/\/\S+|\b\S+\.(?:com|net|org|co\.uk|uk|io)\b\S*/g;
// What every web address holds; testing for it first spares most sentences the costly address pattern. Two patterns,
// each opening on one fixed character, are searched faster than one alternation of both.
const SCHEME = /https?:\/\//;
const DOT_DOMAIN = /\.(?:com|net|org|co\.uk|uk|io)\b/;
const hasWebAddress = (t: string) => DOT_DOMAIN.test(t) || (t.includes("http") && SCHEME.test(t));

// Each country's score and its first strongest cue. A class, not a closure made per call: tsx names each closure it
// makes (Object.defineProperty).
class CountryScores {
  private readonly score = new Map<string, number>();
  private readonly first = new Map<string, { start: number; end: number; sentence: Sentence; weight: number }>();

  add(code: string, w: number, start: number, end: number, s: Sentence): void {
    this.score.set(code, (this.score.get(code) ?? 0) + w);
    const f = this.first.get(code);
    if (!f || w > f.weight) this.first.set(code, { start, end, sentence: s, weight: w });
  }

  /** The country scored highest (the first reached on a tie) and its cue. */
  best(): { code: string; start: number; end: number; sentence: Sentence } | null {
    let best: string | null = null;
    for (const [code, v] of this.score) if (!best || v > this.score.get(best)!) best = code;
    if (!best) return null;
    const f = this.first.get(best)!;
    return { code: best, start: f.start, end: f.end, sentence: f.sentence };
  }
}

// The places of `lexicon` in a sentence: looked up in its own words `own` when it has them, else in the document's. A
// module function rather than a closure made per sentence: tsx names each closure it makes (Object.defineProperty).
function lookUp<T>(
  lexicon: Lexicon<T>,
  text: string,
  own: number[] | null,
  docWords: TextWords | undefined,
  s: Sentence,
) {
  return own ? lexicon.find(text, own) : lexicon.findWords(docWords!, s.start, s.end);
}

/**
 * The victim's country (ISO 3166-1 alpha-2) and the span that names it, or null when the text names no place.
 * `docWords`, the document's words (readWords), lets each sentence's places be looked up by word hash rather than by
 * reading its characters again.
 */
export function extractCountry(
  sentences: Sentence[],
  aboutVictim: (s: Sentence) => boolean,
  groupSpans: readonly { start: number; end: number }[] = [],
  docWords?: TextWords,
): { code: string; start: number; end: number; sentence: Sentence } | null {
  const scores = new CountryScores();
  // What a sentence can hold only where its document does (a sentence's bounds are spaces in the document): a web
  // address, a bracket, a "City, ST" postal code, a currency sign. Most documents lack some, and their sentences go unread.
  const doc = docWords?.text;
  const mayHoldAddress = doc === undefined || hasWebAddress(doc);
  const mayHoldBracket = doc === undefined || doc.includes("(");
  const mayHoldPostal = doc === undefined || POSTAL_ANYWHERE.test(doc);
  const currencies = doc === undefined ? CURRENCY_CUES : CURRENCY_CUES.filter(([symbol]) => doc.includes(symbol));
  const defined = new Set<string>();
  for (const s of sentences) {
    if (!mayHoldBracket || !s.text.includes("(")) continue;
    DEFINED_ACRONYM.lastIndex = 0;
    for (let m = DEFINED_ACRONYM.exec(s.text); m; m = DEFINED_ACRONYM.exec(s.text)) defined.add(m[1]!);
  }
  // A place name the text reads once as a town of another region ("Lebanon, Pa.") is that town wherever it appears,
  // the headline's "Lebanon hospital" included: its other hits are counted only after the whole text is read.
  const towns = new Set<string>();
  const groupEnds = new Set(groupSpans.map((g) => g.end));
  const placeHits: { entry: string; code: string; w: number; start: number; end: number; s: Sentence }[] = [];
  sentences.forEach((s, i) => {
    if (s.boilerplate) return;
    const masked = mayHoldAddress && hasWebAddress(s.text);
    const text = masked ? s.text.replace(WEB_ADDRESS, (m) => " ".repeat(m.length)) : s.text;
    // Places are looked up in the document's words; a sentence whose web addresses are blanked has words of its own.
    const own = masked || !docWords ? wordStarts(text) : null;
    const hits = lookUp(STRONG, text, own, docWords, s);
    // "Rhysida, which last year hit a London library, has claimed an attack on X in Idaho": places in an aside about
    // another incident are left out, and a sentence that is background only in such asides is not.
    const asides = hits.length ? asidesOfAnotherIncident(text, (k) => groupEnds.has(s.start + k)) : [];
    const background = s.background && !(asides.length && !isBackgroundText(withoutAsides(text, asides)));
    const base = background ? BACKGROUND_WEIGHT : s.inTitle ? 3 : aboutVictim(s) ? 2 : i < 4 ? 1.5 : 1;
    hits.forEach((m, k) => {
      const after = text.slice(m.end, m.end + 30);
      if (ATTACKER_AFTER.test(after) && !(LOCAL_FORCE.test(after) && (m.entry in REGION_CUES || m.entry in CITY_CUES)))
        return;
      if (PRODUCT_AFTER.test(after)) return;
      // "Lebanon, Pa.", "London, Ontario", "Paris, KY": a town named after a place, in the region that follows it.
      const next = hits[k + 1];
      if (
        after.startsWith(", ") &&
        ((next && next.start === m.end + 2 && PLACE_CUES[next.entry] !== PLACE_CUES[m.entry]) || TOWN_STATE.test(after))
      ) {
        towns.add(m.entry);
        return;
      }
      if (
        PERSON_LIKE.has(m.entry) &&
        (NAME_AFTER.test(after) || NAME_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))
      )
        return;
      const before = text.slice(Math.max(0, m.start - 60), m.start);
      if (before.includes(" in ") && COMMENTATOR_BEFORE.test(before)) return;
      if (/^ who\b/.test(after) && PERSON_NATIONALITY.test(before)) return;
      if (ATTACKER_COUNTRIES.has(PLACE_CUES[m.entry]!) && ATTACKER_TIE_BEFORE.test(before)) return;
      if (languageUse(m.entry, before, after)) return;
      if (after.startsWith("-based") && COMMENTATOR_AFTER.test(after)) return;
      if (groupSpans.length && inside(groupSpans, s.start + m.start, s.start + m.end)) return;
      const code = PLACE_CUES[m.entry]!;
      if (!code) return;
      let w = base;
      if (ATTACKER_COUNTRIES.has(code)) w *= 0.3;
      if (m.entry in CITY_CUES && NAME_WORD_AFTER.test(after)) w *= 0.3;
      // A place in an aside about another incident is where that incident happened, never the victim's country.
      if (asides.length && insideAside(asides, m.start)) return;
      placeHits.push({ entry: m.entry, code, w, start: s.start + m.start, end: s.start + m.end, s });
    });
    if (mayHoldBracket && text.includes("(")) {
      BRACKET_CODE.lastIndex = 0;
      for (let m = BRACKET_CODE.exec(text); m; m = BRACKET_CODE.exec(text)) {
        const code = bracketCountry(text, m.index, m[1]!);
        if (code) scores.add(code, base, s.start + m.index + 1, s.start + m.index + 3, s);
      }
    }
    // A tracker table's country column: "2026-06-02 | akira | Holloway Dental | GB", or a post's "Country: GB".
    for (const c of rowCodeCells(text)) {
      const code = ISO_CODES.has(c.code) ? (c.code === "UK" ? "GB" : c.code) : null;
      if (code) scores.add(code, base, s.start + c.at, s.start + c.at + 2, s);
    }
    // Blanking a web address can free a postal code the document joins to it.
    POSTAL.lastIndex = 0;
    if (mayHoldPostal || masked)
      for (let m = POSTAL.exec(text); m; m = POSTAL.exec(text))
        if (US_POSTAL.has(m[1]!)) scores.add("US", base, s.start + m.index + 2, s.start + m.index + 4, s);
    for (const m of lookUp(WEAK, text, own, docWords, s))
      if (!defined.has(m.entry))
        scores.add(WEAK_PLACE_CUES[m.entry]!, 0.25 * base, s.start + m.start, s.start + m.end, s);
    for (const [symbol, code] of currencies) {
      const at = text.indexOf(symbol);
      if (at >= 0) scores.add(code, 0.25 * base, s.start + at, s.start + at + symbol.length, s);
    }
  });
  // A city of one country in a sentence that names a region of another is that region's namesake town: "rerouted to
  // Baptist Memorial in Oxford after an attack on X Hospital in Charleston, Miss.".
  const regions = new Map<Sentence, Set<string>>();
  for (const h of placeHits)
    if (h.entry in REGION_CUES) (regions.get(h.s) ?? regions.set(h.s, new Set()).get(h.s)!).add(h.code);
  for (const h of placeHits) {
    if (towns.has(h.entry)) continue;
    const there = regions.size ? regions.get(h.s) : undefined;
    const namesake = !!there && !there.has(h.code) && h.entry in CITY_CUES && !(h.entry in REGION_CUES);
    if (!namesake) scores.add(h.code, h.w, h.start, h.end, h.s);
  }
  const lead = sentences.find((s) => !s.inTitle && !s.boilerplate);
  const dateline = lead ? datelinePlace(lead) : null;
  if (dateline && lead) scores.add(dateline.code, DATELINE_WEIGHT, dateline.start, dateline.end, lead);
  return scores.best();
}

// Country names and the words people type for them in search. Every name of countries.ts's table counts
// ("United Kingdom", "Czechia", "DR Congo"); its demonyms do not all count, because a typed nationality is as often
// the attacker's ("Russian", "Chinese", "North Korean") as the victim's: PLACE_WORDS adds the demonyms and everyday
// words that readers use for a victim's country ("British", "Scottish", "Irish", "NHS").
import { COUNTRIES, countryNameOf } from "./countries";

/**
 * Words and phrases people type for a country, lower-case, besides its name. Codes that are also common
 * English words ("in", "it", "no", "de") are left out; "gb" and "tb" are data units in this news, so
 * "gb" means the country only where it is not a unit (see query-syntax.ts) and "tb" is no country.
 */
const PLACE_WORDS: Readonly<Record<string, string>> = {
  uk: "GB",
  "u.k.": "GB",
  gb: "GB",
  britain: "GB",
  "great britain": "GB",
  british: "GB",
  brit: "GB",
  brits: "GB",
  england: "GB",
  english: "GB",
  scotland: "GB",
  scottish: "GB",
  scots: "GB",
  wales: "GB",
  welsh: "GB",
  "northern ireland": "GB",
  nhs: "GB",
  us: "US",
  "u.s.": "US",
  usa: "US",
  "u.s.a.": "US",
  // The table keeps "Georgia" for the US state in news; typed alone in search it has always meant the country.
  georgia: "GE",
  america: "US",
  american: "US",
  americans: "US",
  "united states of america": "US",
  irish: "IE",
  "republic of ireland": "IE",
  eire: "IE",
  german: "DE",
  french: "FR",
  canadian: "CA",
  australian: "AU",
  "new zealander": "NZ",
  nz: "NZ",
  kiwi: "NZ",
  dutch: "NL",
  holland: "NL",
  "the netherlands": "NL",
  belgian: "BE",
  swiss: "CH",
  austrian: "AT",
  italian: "IT",
  spanish: "ES",
  portuguese: "PT",
  swedish: "SE",
  norwegian: "NO",
  danish: "DK",
  finnish: "FI",
  icelandic: "IS",
  polish: "PL",
  czech: "CZ",
  slovak: "SK",
  hungarian: "HU",
  romanian: "RO",
  bulgarian: "BG",
  greek: "GR",
  croatian: "HR",
  slovenian: "SI",
  estonian: "EE",
  latvian: "LV",
  lithuanian: "LT",
  ukrainian: "UA",
  turkish: "TR",
  israeli: "IL",
  emirati: "AE",
  uae: "AE",
  saudi: "SA",
  "saudi arabia": "SA",
  indian: "IN",
  pakistani: "PK",
  singaporean: "SG",
  malaysian: "MY",
  indonesian: "ID",
  filipino: "PH",
  thai: "TH",
  vietnamese: "VN",
  japanese: "JP",
  "south korea": "KR",
  "south korean": "KR",
  taiwanese: "TW",
  brazilian: "BR",
  mexican: "MX",
  argentinian: "AR",
  argentine: "AR",
  chilean: "CL",
  colombian: "CO",
  peruvian: "PE",
  "south african": "ZA",
  nigerian: "NG",
  kenyan: "KE",
  egyptian: "EG",
  moroccan: "MA",
};

/** Folds a typed place for lookup: lower case, no diacritics, straight apostrophes, single spaces, "&" as "and". */
export function foldPlace(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim();
}

let byWord: Map<string, string> | null = null;

/** Every name and place word, folded, → code. */
function placeIndex(): Map<string, string> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const c of COUNTRIES) for (const name of c.names) byWord.set(foldPlace(name), c.code);
  for (const [word, code] of Object.entries(PLACE_WORDS)) byWord.set(foldPlace(word), code);
  return byWord;
}

/** The country a typed word or phrase names ("Scottish" → GB, "United Kingdom" → GB), or null. */
export function countryOfPlace(text: string): string | null {
  return placeIndex().get(foldPlace(text)) ?? null;
}

// Read from the place index once: every search asks for both, and making them anew each time was a
// fifth of what a search allocated besides its typo lookup.
let longest: number | null = null;
let singleWords: readonly string[] | null = null;

/** Longest place phrase, in words, so a query scanner knows how far to look ahead. */
export function longestPlaceWords(): number {
  if (longest === null) {
    longest = 1;
    for (const key of placeIndex().keys()) longest = Math.max(longest, key.split(" ").length);
  }
  return longest;
}

/** Every folded place word of one word (no spaces), for typo matching. */
export function singlePlaceWords(): readonly string[] {
  return (singleWords ??= [...placeIndex().keys()].filter((k) => !k.includes(" ")));
}

/**
 * A `country=` value as an ISO code: the code itself (any case), "UK", or a name or demonym
 * ("United Kingdom", "british"). Null when it names no country, so the edge can refuse it.
 */
export function parseCountry(value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countryNameOf(upper)) return upper;
  return countryOfPlace(value);
}

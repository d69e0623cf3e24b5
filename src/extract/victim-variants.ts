// Variants of one victim's name: "Star Health" beside "Star Health India" and "Star Health Insurance", "Capital Health"
// beside "Capital Health System". A longer name that only adds a country, a corporate or legal suffix or a line of
// business to another victim's name (or a province or state set straight after it) is the same organisation, and the name mentioned first stands for all. A name that
// adds a place of care ("Capital Health Regional Medical Center") is a facility of its own and stays.
import { COUNTRY_NAMES } from "../model/countries";
import { REGION_CUES } from "./data/places";
import type { VictimSpan } from "./victim";
import { withoutBracketTail } from "./bracket-tail";

// Words a variant may add, one per line (compared lower-case, without a final full stop).
const SUFFIXES = [
  // corporate and legal forms
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "llp",
  "plc",
  "corp",
  "corporation",
  "company",
  "co",
  "pvt",
  "private",
  "holdings",
  "holding",
  "group",
  "system",
  "systems",
  "ag",
  "gmbh",
  "sa",
  "spa",
  "nv",
  "bv",
  "ab",
  "as",
  "oy",
  // "Princeton Community Hospital Association, Inc.": the hospital's corporation, as a letterhead names it
  "association",
  // a line of business the short name already stands for
  "insurance",
];
const SUFFIX = new Set(SUFFIXES);
const JOINER = new Set(["and", "&", "of"]);

const isVariantWord = (w: string) => {
  const bare = w.replace(/[.,]$/, "");
  return SUFFIX.has(bare.toLowerCase()) || COUNTRY_NAMES.has(bare);
};

// Short forms of countries written after a name: "Health NZ" is "Health New Zealand".
const COUNTRY_SHORT = new Set(["NZ", "UK", "US", "USA", "UAE"]);

// The name without the variant words it ends with ("Star Health India" -> "Star Health"), or the name itself.
function baseOf(name: string): string {
  const words = name.split(" ");
  let k = words.length;
  let stripped = false;
  while (k > 1) {
    const last = words[k - 1]!;
    // A country of two words: "Health New Zealand".
    if (k > 2 && COUNTRY_NAMES.has(`${words[k - 2]} ${last}`)) {
      stripped = true;
      k -= 2;
    } else if (isVariantWord(last) || COUNTRY_SHORT.has(last)) {
      stripped = true;
      k--;
    } else if (!stripped && k === words.length && isRegionAfterName(words, k)) {
      // "eHealth Saskatchewan" is "eHealth": a province or state set straight after the name, not "X of Michigan",
      // whose "of" may name one body of many ("Blue Cross Blue Shield of Michigan").
      stripped = true;
      k--;
    } else if (JOINER.has(last.toLowerCase())) k--;
    else break;
  }
  return stripped ? words.slice(0, k).join(" ") : name;
}

const isRegionAfterName = (words: string[], k: number) =>
  Object.hasOwn(REGION_CUES, words[k - 1]!) && !JOINER.has(words[k - 2]!.toLowerCase());

// The same words in another order name the same body: a headline's "Düsseldorf University Hospital" is the text's
// "University Hospital Düsseldorf".
const orderFree = (name: string) =>
  name.includes(" ") ? name.toLowerCase().split(" ").sort().join(" ") : name.toLowerCase();

// German news shortens "Universitätsklinikum" to "Uniklinik" (a headline's "Uniklinik Frankfurt" is the text's
// "Universitätsklinikum Frankfurt"), and English renders it "University Hospital": one kind of body, read as one word.
const UNIVERSITY_HOSPITAL = /\b(?:uni|universitäts)klinik(?:um)?\b|\buniversity hospital\b/giu;
const keyOf = (name: string) => orderFree(baseOf(name).replace(UNIVERSITY_HOSPITAL, "uniklinikum"));

const sharesBeginning = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

// "Star Health Insurance": a variant that adds the line of business says what the organisation is.
const LINE_OF_BUSINESS = /\bInsurance$/i;

// A name of two words or more written in capitals only: "PRINCETON COMMUNITY HOSPITAL".
const shouted = (name: string) => name.includes(" ") && name === name.toUpperCase() && name !== name.toLowerCase();

/** One name per organisation: of the names that differ only by a country, a corporate suffix, a line of business or the
 *  order of their words, the first mentioned (victims come in order of first mention), or, in its place, the variant
 *  naming the line of business ("Star Health Insurance" for "Star Health"), so that the victim's type can read it, or
 *  the text's form where neither it nor the headline's begins the other, or where the first is written in capitals. */
export function withoutVariants(victims: VictimSpan[]): VictimSpan[] {
  if (victims.length < 2) return victims;
  const at = new Map<string, number>();
  const out: VictimSpan[] = [];
  for (const v of victims) {
    const bare = withoutBracketTail(v.name);
    const base = keyOf(bare);
    const i = at.get(base);
    if (i === undefined) {
      at.set(base, out.length);
      out.push(v);
      continue;
    }
    const kept = withoutBracketTail(out[i]!.name);
    if (LINE_OF_BUSINESS.test(bare) && !LINE_OF_BUSINESS.test(kept)) out[i] = v;
    // A letterhead or heading in capitals gives way to the name as the text writes it.
    else if (shouted(kept) && !shouted(bare)) out[i] = v;
    // A headline's form gives way to the text's when neither begins the other (turned round, "NZ" for "New Zealand"),
    // unless it is the one naming the line of business.
    else if (
      out[i]!.sentence.inTitle &&
      !v.sentence.inTitle &&
      !sharesBeginning(bare, kept) &&
      !LINE_OF_BUSINESS.test(kept)
    )
      out[i] = v;
  }
  return out;
}

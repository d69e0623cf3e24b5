// Variants of one victim's name: "Star Health" beside "Star Health India" and "Star Health Insurance", "Capital Health"
// beside "Capital Health System". A longer name that only adds a country, a corporate or legal suffix or a line of
// business to another victim's name is the same organisation, and the name mentioned first stands for all. A name that
// adds a place of care ("Capital Health Regional Medical Center") is a facility of its own and stays.
import { COUNTRY_NAMES } from "../model/countries";
import type { VictimSpan } from "./victim";

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
  // a line of business the short name already stands for
  "insurance",
];
const SUFFIX = new Set(SUFFIXES);
const JOINER = new Set(["and", "&", "of"]);

const isVariantWord = (w: string) => {
  const bare = w.replace(/[.,]$/, "");
  return SUFFIX.has(bare.toLowerCase()) || COUNTRY_NAMES.has(bare);
};

// The name without the variant words it ends with ("Star Health India" -> "Star Health"), or the name itself.
function baseOf(name: string): string {
  const words = name.split(" ");
  let k = words.length;
  let stripped = false;
  while (k > 1 && (isVariantWord(words[k - 1]!) || JOINER.has(words[k - 1]!.toLowerCase()))) {
    stripped ||= isVariantWord(words[k - 1]!);
    k--;
  }
  return stripped ? words.slice(0, k).join(" ") : name;
}

// "Star Health Insurance": a variant that adds the line of business says what the organisation is.
const LINE_OF_BUSINESS = /\bInsurance$/i;

/** One name per organisation: of the names that differ only by a country, a corporate suffix or a line of business, the
 *  first mentioned (victims come in order of first mention), or, in its place, the variant naming the line of business
 *  ("Star Health Insurance" for "Star Health"), so that the victim's type can read it. */
export function withoutVariants(victims: VictimSpan[]): VictimSpan[] {
  if (victims.length < 2) return victims;
  const at = new Map<string, number>();
  const out: VictimSpan[] = [];
  for (const v of victims) {
    const bare = v.name.replace(/ \(.*\)$/, "");
    const base = baseOf(bare);
    const i = at.get(base);
    if (i === undefined) {
      at.set(base, out.length);
      out.push(v);
    } else if (LINE_OF_BUSINESS.test(bare) && !LINE_OF_BUSINESS.test(out[i]!.name.replace(/ \(.*\)$/, ""))) out[i] = v;
  }
  return out;
}

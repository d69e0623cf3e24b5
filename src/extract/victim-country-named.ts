// A country or nationality word before a specialty and a generic head ("American Addiction Centers", "US Fertility")
// holds no distinctive word, yet a newsroom uses it as a name: no article or number before it, and a reporting verb,
// "which" or an apposition after it. After "a", "the" or "two" it stays a description ("a German dialysis centre").
import { lastWords } from "./last-words";

// Nations and nationalities only: "National", "Global" or "World" before generic words never make a name of them.
const NATION =
  /^(?:U\.?S\.?|U\.?K\.?|American|British|English|Scottish|Welsh|Canadian|Australian|French|German|Dutch|Indian|Irish)$/;
// What comes before a description rather than a name: an article, a determiner, a number or a ranking adjective.
const DESCRIBING =
  /^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|other|most|all|these|those|its|their|our|his|her|largest|biggest|major|leading|\d[\d,.]*)$/;
// What a name used as a subject or a named object is followed by: a company suffix, then "which", an apposition, a
// possessive or a verb that reports or discloses.
const NAMED_AFTER =
  /^(?:,? (?:Inc|LLC|Ltd|Corp|Co)\.?)?(?:,? which\b|, (?:a|an|the|one)\b|'s? | (?:said|says|is|was|has|had|have|reported|disclosed|confirmed|announced|notified|told|revealed|suffered|stated|began|detected|discovered)\b)/;

/** True when `words` open on a nation's word and the text around `start`..`end` uses them as a name, not a description. */
export function countryNamed(doc: string, words: readonly string[], start: number, end: number, from: number): boolean {
  if (words.length < 2 || !NATION.test(words[0]!)) return false;
  if (!NAMED_AFTER.test(doc.slice(end, end + 40))) return false;
  return !DESCRIBING.test(lastWords(doc, Math.max(from, start - 30), start, 1).toLowerCase());
}

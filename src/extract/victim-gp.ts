// "GP" in a name: alone it is a generic word (the GPs of an area, "GP practices in Norfolk"), but before the head of an
// organisation it makes a healthcare name ("Tamar Vale GP Federation", "Rosedale GP Practice"), and so does a lower-case
// singular "surgery" or "practice" after it ("the Haddon Moor GP surgery"). A place before a descriptive head names where
// the surgery is, not which ("Norfolk GP surgery", "a Kent GP Practice"); a federation or partnership is named so.

// Heads of an organisation after "GP"; the descriptive ones are read only after a name that is no place.
const NAME_HEAD = /^(?:Federation|Partnership|Alliance|Collaborative|Co-operative|Cooperative|Network)$/;
const DESCRIPTIVE_HEAD = /^(?:Surgery|Practice|Group|Cent(?:re|er)|Services)$/;
const GP = /^GPs?$/;
// The lower-case head after a run ending in "GP", singular: "Tolworth GP surgeries" are several practices of a place.
const LOWER_HEAD_AFTER = /^ (?:surgery|practice)(?![\p{L}\p{N}\-])/u;

/** The index of a "GP" that heads a healthcare name among `words` (its next word an organisation's head), or -1. */
export function gpBeforeHead(words: readonly string[], isPlace: (name: string) => boolean): number {
  for (let i = 1; i + 1 < words.length; i++) {
    if (!GP.test(words[i]!)) continue;
    const head = words[i + 1]!;
    if (NAME_HEAD.test(head)) return i;
    if (DESCRIPTIVE_HEAD.test(head) && !isPlace(words.slice(0, i).join(" "))) return i;
  }
  return -1;
}

/**
 * The lower-case " surgery" or " practice" after a name whose last word is "GP" ("the Haddon Moor GP surgery"), to be
 * added to the name; null when there is none or the words before "GP" are a place ("a Norfolk GP surgery").
 */
export function gpNounAfter(
  doc: string,
  end: number,
  words: readonly string[],
  isPlace: (name: string) => boolean,
): string | null {
  if (words.length < 2 || words[words.length - 1] !== "GP") return null;
  const noun = LOWER_HEAD_AFTER.exec(doc.slice(end, end + 12));
  return noun && !isPlace(words.slice(0, -1).join(" ")) ? noun[0] : null;
}

// Descriptions written before a name, the way many newsrooms open a story: "pharmacy chain giant Rite Aid", "US dental
// support group Brightsmile", "Michigan ENT practice". A descriptor noun right before the name ("giant", "group") is
// found by victim.ts; its lower-case modifiers say what kind of body it is, so the description reaches back over them.

// Up to three lower-case words ending the text before a descriptor noun ("pharmacy chain " before "giant "); the first
// may be capitalised where it opens a sentence ("Dental chain giant X said ...").
const MODIFIERS_BEFORE =
  /(?:(?:^|[.!?]\s+|\n)(\p{Lu}[\p{L}'-]*\s+(?:\p{Ll}[\p{L}'-]*\s+){0,2})|\s((?:\p{Ll}[\p{L}'-]*\s+){1,3}))$/u;

/**
 * The description before a name: `descriptor` (the noun just before it, as matched in `before`) with the lower-case
 * words that modify it. Only the last 40 characters before the descriptor are read.
 */
export function describedBefore(before: string, descriptor: string): string {
  const head = before.slice(Math.max(0, before.length - descriptor.length - 40), before.length - descriptor.length);
  const m = MODIFIERS_BEFORE.exec(head);
  return m ? (m[1] ?? m[2]!) + descriptor : descriptor;
}

// "Michigan ENT practice", "Kent GP surgery", "Texas IVF clinic": a place and a trade's initials before a lower-case
// noun describe a body, they do not name it.
const TRADE_NOUN_AFTER =
  /^ (?:and [a-z-]+ )?(?:practices?|clinics?|surger(?:y|ies)|groups?|chains?|providers?|firms?|offices?|centers?|centres?|trusts?|networks?)\b/;
const INITIALS = /^\p{Lu}{2,4}$/u;

/** True when the two-word run `words` (a place and initials), ending at doc[end], describes rather than names. */
export function placeAndInitials(doc: string, words: readonly string[], end: number, isPlace: (w: string) => boolean) {
  return (
    words.length === 2 &&
    INITIALS.test(words[1]!) &&
    isPlace(words[0]!) &&
    TRADE_NOUN_AFTER.test(doc.slice(end, end + 32))
  );
}

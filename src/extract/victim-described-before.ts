// Descriptions written before a name, the way many newsrooms open a story: "dental chain giant Lenscroft", "US dental
// support group Brightsmile", "Ohio ENT practice". A descriptor noun right before the name ("giant", "group") is
// found by victim.ts; its lower-case modifiers say what kind of body it is, so the description reaches back over them.
import { ORG_DESCRIPTOR } from "./data/org-cues";

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

// "Ohio ENT practice", "Kent GP surgery", "Texas IVF clinic": a place and a trade's initials before a lower-case
// noun describe a body, they do not name it.
const TRADE_NOUN_AFTER =
  /^ (?:and [a-z-]+ )?(?:practices?|clinics?|surger(?:y|ies)|groups?|chains?|providers?|firms?|offices?|centers?|centres?|trusts?|networks?)\b/;
const INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * True when the run `words` (a place and initials), ending at doc[end], describes rather than names. A town of several
 * words ("Spring Lake ENT practice") is a place when known or when the text places something in it ("in Spring Lake,").
 */
export function placeAndInitials(doc: string, words: readonly string[], end: number, isPlace: (w: string) => boolean) {
  const n = words.length;
  if (n < 2 || n > 4 || !INITIALS.test(words[n - 1]!) || !TRADE_NOUN_AFTER.test(doc.slice(end, end + 32))) return false;
  if (n === 2 && isPlace(words[0]!)) return true;
  const place = words.slice(0, -1).join(" ");
  return isPlace(place) || doc.includes(` in ${place},`);
}

// "Pellucid, Ireland's largest provider of home blood testing": a place's possessive opens an apposition as "the"
// does; its descriptor noun and what follows "of" or "for" say what the body is.
const PLACE_POSSESSIVE_APPOSITION = new RegExp(
  String.raw`^,\s+([\p{L}.-]+)'s\s+(?:[\p{L}\p{N}'-]+\s+){0,4}?${ORG_DESCRIPTOR}\b(?:\s+(?:of|for)\s+[^,.;]{1,60})?`,
  "iu",
);

/** The apposition after a name that opens on a place's possessive, or undefined. `after` starts at the name's end. */
export function placePossessiveApposition(after: string, isPlace: (w: string) => boolean): string | undefined {
  const m = PLACE_POSSESSIVE_APPOSITION.exec(after);
  return m && isPlace(m[1]!) ? m[0] : undefined;
}

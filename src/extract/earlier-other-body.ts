// A sentence that opens on an earlier time and names a body, but neither the victim nor the group, tells of another
// incident for every field: "In August, the Census website was taken offline after what the Australian Bureau of
// Statistics described as DDoS attacks." (ransom.ts reads its own cues the same way.)
import { COUNTRY_NAMES } from "../model/countries";
import { GENERIC_ORG_WORDS } from "./data/org-cues";
import type { Sentence } from "./text";

const EARLIER_OPENING =
  /^\W*(?:(?:earlier|later) this (?:year|month|week)|last (?:year|month|week|spring|summer|autumn|fall|winter)|(?:back )?in (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|(?:weeks|months|years) ago)\b/i;
// Names are read at most five words before their organisation word, so a long capitalised run costs no more than its
// length; government bodies count, as a roundup's other victims are often public ones.
const NAMED_BODY =
  /\b(?:\p{Lu}[\p{L}'&.-]*\s+(?:(?:and|of|&)\s+)?){1,5}(?:Center|Centre|Hospital|Clinic|Health|Medical|Healthcare|Group|Inc|Ltd|LLC|Trust|Practice|Labs?|Laborator(?:y|ies)|Pharmacy|Services|Systems|Company|Corp|Bureau|Office|Agency|Department|Ministry|Council|Authority|Commission)\b/u;
// A sentence that speaks of "the attack" or "this breach" goes on with the story's own incident, however it is dated.
const THIS_INCIDENT = /\b(?:the|this|its) (?:cyber-?\s?attack|attack|incident|breach|hack|intrusion)\b/i;

/**
 * Marks as background each dated sentence about another named body: one naming none of `victimNames` (whole, or by a
 * distinctive first word; a nation's word such as "Australian" is none) nor a group (`namesGroup`).
 */
export function markEarlierOtherBodies(
  sentences: readonly Sentence[],
  victimNames: readonly string[],
  namesGroup: (s: Sentence) => boolean,
): void {
  let needles: string[] | undefined;
  for (const s of sentences) {
    if (s.inTitle || s.background || s.boilerplate) continue;
    const t = s.text;
    if (!EARLIER_OPENING.test(t) || !NAMED_BODY.test(t) || THIS_INCIDENT.test(t) || namesGroup(s)) continue;
    needles ??= victimNames.flatMap((n) => {
      const first = n.split(/\s+/)[0]!;
      const distinctive = first.length > 4 && !COUNTRY_NAMES.has(first) && !GENERIC_ORG_WORDS.has(first.toLowerCase());
      return distinctive ? [n, first] : [n];
    });
    if (!needles.some((n) => t.includes(n))) s.background = true;
  }
}

// A brand with no health word is often described only where news hands the story on from it: in the reporting tag
// that closes its sentence ("Hackers put customer data from Medibank on the dark web, the Australian health insurer
// said.") or in the subject of the next sentence, an anaphor whose noun phrase or defining predicate says what it is
// ("... traced to Deep 6 AI. The healthcare AI firm, whose algorithms find patients for clinical trials, fixed it";
// "... got into the system of Kestrel Homes. The nonprofit runs senior living communities in five states."). The
// anaphor points back to the last name of the sentence before; the reporting tag to the one name of its sentence.
// victim.ts asks only for names without a healthcare word or description, once per sentence.
import { ORG_DESCRIPTOR } from "./data/org-cues";

// A modifier is no function word: "The effects at the health authority" is no noun phrase of "authority".
// A capitalised modifier is a demonym or place ("The Irish health insurer", "The Chicago-based ... company") before a
// lower-case word or an acronym, never a name's word ("The Kliniken Donautal group" is a name, not an anaphor).
const MODIFIER = String.raw`(?!(?:at|of|in|on|to|for|from|by|with|the|a|an|and|or|its|their|this|that)\s)(?=\p{Ll}|\p{Lu}+\s|\p{Lu}[\p{L}]*-|\p{Lu}\p{Ll}+\s+\p{Ll})`;
// "The healthcare AI firm, whose ...", "The nonprofit runs ...", "The Australian health insurer said": a definite
// noun phrase of up to four modifiers and a descriptor, then perhaps a relative clause or a defining verb and its object.
const ANAPHOR_SUBJECT = new RegExp(
  String.raw`^The\s+((?:${MODIFIER}[\p{L}\-]+\s+){0,4}?(?:${ORG_DESCRIPTOR}|non-?profit|not-for-profit))(?:,\s+(?:which|whose|that)\b[^,.;]{0,100}|\s+(?:runs|operates|provides|offers|supplies|owns|manages|serves|speciali[sz]es in|is an?)\b[^,.;]{0,100})?`,
  "u",
);
// ", the Australian health insurer said." closing a sentence: the speaker described, after a comma.
const REPORTING_TAG = new RegExp(
  String.raw`,\s+the\s+((?:${MODIFIER}[\p{L}\-]+\s+){0,4}?${ORG_DESCRIPTOR})\s+(?:said|says|confirmed|added|announced|stated|reported|disclosed|explained|wrote)\b[^,;]{0,40}$`,
  "u",
);

/**
 * True when the sentence opening at `next` (the one after the name's) is an anaphor describing a healthcare body; a
 * bare "The hospital" or "The clinic" is the victim's own short form, not a description of another name.
 */
export function describedByNextSubject(next: string, health: (text: string) => boolean): boolean {
  if (!next.startsWith("The ")) return false;
  const m = ANAPHOR_SUBJECT.exec(next);
  return !!m && (m[1]!.includes(" ") || m[0].length > m[1]!.length + 4) && health(m[0]);
}

/** True when `sentence` closes on a reporting tag whose speaker is described as a healthcare body. */
export function describedByReportingTag(sentence: string, health: (text: string) => boolean): boolean {
  if (!sentence.includes(", the ")) return false;
  const m = REPORTING_TAG.exec(sentence);
  return !!m && health(m[1]!);
}

// Words that may follow a name standing as a noun phrase's head: a name followed by any other lower-case word modifies
// it ("several of its Central Florida locations") and is no body a description could point at.
const AFTER_HEAD = new Set(
  "on in at of and to for with from by as over after since was were is are has had have said says told confirmed which who whose that".split(
    " ",
  ),
);

/** True when the name ending at doc[end] stands as a noun phrase's head (punctuation or a function word after it). */
export function standsAsHead(doc: string, end: number): boolean {
  if (doc.charCodeAt(end) !== 32) return true;
  const c = doc.charCodeAt(end + 1);
  if (c < 97 || c > 122) return true;
  const m = /^[a-z]+/.exec(doc.slice(end + 1, end + 12));
  return !!m && AFTER_HEAD.has(m[0]);
}

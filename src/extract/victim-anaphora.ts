// Descriptions that point at a name across a comma or a sentence, as news tells an organisation's kind apart from its
// name: set before it as an apposition ("The health authority for the Copenhagen area, Region H, said", "Canada's
// largest provider of diagnostic testing, Corvale, says"), given before it and picked up by an anaphor ("A Florida
// imaging company has closed its sites. The firm, Akvane, said ..."; "Two mental health providers were hit. One of
// them, Harbourside Guidance, paid"), or after it by a definite noun phrase ("... ransomware hit Corvane. The
// Chicago-based electronic health record company said"; "X's breach ... after the health insurer said"), in the
// reporting tag closing its sentence ("... data from Medibank on the dark web, the Australian health insurer said") or
// in the anaphor opening the next ("... traced to Deep 6 AI. The healthcare AI firm, whose algorithms find patients
// for clinical trials, fixed it"; "The nonprofit runs senior living communities"). Each is read only for a name that
// victim.ts found without a healthcare word or description: a few names per article.
import { ORG_DESCRIPTOR } from "./data/org-cues";

// A determiner, up to three modifiers, the descriptor noun, perhaps what it is "of"/"for"/"in", and the comma before
// the name: "the health authority for the Copenhagen area, ", "Canada's largest private provider of diagnostic testing, ".
const PREPOSED = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|\p{Lu}[\p{L}\-]*'s)\s+(?:[\p{L}\-]+\s+){0,3}?${ORG_DESCRIPTOR}(?:\s+(?:of|for|in)\s+(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+)?,\s+$`,
  "gu",
);
// PREPOSED from its descriptor on, tried where a word opens after a space (the descriptor follows one in PREPOSED): a
// text no word of which opens it is one PREPOSED cannot match. Its descriptor alternation costs much at each place it is
// tried, and PREPOSED tries it after up to four words at every article and capitalised word; this tries it once a word.
const PREPOSED_END = new RegExp(
  String.raw`${ORG_DESCRIPTOR}(?:\s+(?:of|for|in)\s+(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+)?,\s+$`,
  "uy",
);
function mayEndInDescriptor(before: string, from: number): boolean {
  for (let t = from + 1; t < before.length; t++) {
    if (!isAsciiSpaceOrWide(before.charCodeAt(t - 1))) continue;
    PREPOSED_END.lastIndex = t;
    if (PREPOSED_END.test(before)) return true;
  }
  return false;
}
// "The firm, X,", "One of them, X,", "the other, Y,": a pointer back to a body described before.
const ANAPHOR =
  /(?:^|[^\p{L}])(?:[Tt]he (?:firm|company|provider|group|organi[sz]ation|business|operator|chain|network|practice|body|authority|victim|latest victim)|[Oo]ne of them|[Tt]he other(?: one)?|[Tt]he (?:first|second)(?: one)?),\s+$/gu;
// Where ANAPHOR's search can start at the latest: its phrases are of three words at most, one space apart, after one
// character it reads before them (keep in step), so a match opens at or after the third space back from the comma.
function anaphorSearchStart(before: string, from: number): number {
  let i = before.lastIndexOf(",");
  for (let spaces = 0; i > from && spaces < 3;) if (before.charCodeAt(--i) === 32) spaces++;
  return Math.max(from, i);
}
// What `\s` may be, conservatively: an ASCII space, or any character past ASCII (the pattern judges it).
const isAsciiSpaceOrWide = (c: number) => c === 32 || (c >= 9 && c <= 13) || c >= 128;
// A character PREPOSED's or ANAPHOR's match may hold from its determiner to the closing comma: an ASCII letter, "-",
// "'" or ASCII space, or any character past ASCII (a letter or space is judged by the pattern itself).
const DESCRIPTION_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) DESCRIPTION_CODE[c] = /[A-Za-z\-' \t\n\v\f\r]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Where PREPOSED's and ANAPHOR's search of `before` can start, or -1 when neither can match: both end on a comma and
 * the spaces closing `before`, and hold only DESCRIPTION_CODE characters from their determiner to that comma, after the
 * one character they read before it. Tried at every capitalised word and article of a long `before`, they cost much;
 * from here they read only the run of words before the comma, and find the same match.
 */
function descriptionSearchStart(before: string): number {
  let i = before.length;
  while (i > 0 && isAsciiSpaceOrWide(before.charCodeAt(i - 1))) i--;
  if (i === before.length || i === 0 || before.charCodeAt(i - 1) !== 44) return -1;
  i--;
  while (i > 0) {
    const c = before.charCodeAt(i - 1);
    if (c < 128 && DESCRIPTION_CODE[c] === 0) break;
    i--;
  }
  return Math.max(0, i - 1);
}
// What it points back to: a body described with an indefinite or counted noun phrase ("A South Florida medical imaging
// company", "Two mental health providers").
const ANTECEDENT = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Bb]oth)\s+(?:[\p{L}\-]+\s+){0,5}?${ORG_DESCRIPTOR}(?:s|es)?\b`,
  "gu",
);

/** A description standing before a name and its comma, and where it opens in `before`. */
interface Preposed {
  /** The words that say what the body is (the antecedent's, for an anaphor). */
  description: string;
  index: number;
  /** An anaphor whose antecedent's sentence tells the attack: the name is the one attacked. */
  attacked: boolean;
}
// The antecedent's sentence tells the attack ("Two mental health providers have been hit by ransomware").
const TELLS_ATTACK =
  /\b(?:hit|struck|targeted|attack(?:ed|s)?|cyber-?attacks?|ransomware|hack(?:ed|ers?)?|breach(?:ed|es)?|compromised)\b/i;

/**
 * The description set before a name as an apposition, or an anaphor whose antecedent in the previous sentence
 * (`previous`) is a healthcare description; `before` is the text before the name within its sentence, ending ", ".
 */
export function preposedDescription(
  before: string,
  previous: string | undefined,
  health: (text: string) => boolean,
): Preposed | undefined {
  const from = descriptionSearchStart(before);
  if (from < 0) return undefined;
  PREPOSED.lastIndex = from;
  const direct = mayEndInDescriptor(before, from) ? PREPOSED.exec(before) : null;
  if (direct && health(direct[0])) return { description: direct[0], index: direct.index, attacked: false };
  ANAPHOR.lastIndex = anaphorSearchStart(before, from);
  const anaphor = previous === undefined ? null : ANAPHOR.exec(before);
  if (!anaphor) return undefined;
  for (const m of previous!.matchAll(ANTECEDENT))
    if (health(m[0])) return { description: m[0], index: anaphor.index, attacked: TELLS_ATTACK.test(previous!) };
  return undefined;
}

// A modifier is no function word: "The effects at the health authority" is no noun phrase of "authority".
// A capitalised modifier is a demonym or place ("The Irish health insurer", "The Chicago-based ... company") before a
// lower-case word or an acronym, never a name's word ("The Kliniken Donautal group" is a name, not an anaphor).
const MODIFIER = String.raw`(?!(?:at|of|in|on|to|for|from|by|with|the|a|an|and|or|its|their|this|that)\s)(?=\p{Ll}|\p{Lu}+\s|\p{Lu}[\p{L}]*-|\p{Lu}\p{Ll}+\s+\p{Ll})`;
// After a name, within its sentence or opening the next: "the <up to four modifiers> <descriptor>", with no capitalised
// word between the name and it but a sentence's opening "The", and what picks the name up: a verb of saying or being
// ("The Chicago-based electronic health record company said"), or, opening a sentence, a defining verb or relative
// clause and what it says ("The nonprofit runs nursing homes", "The scheduling software firm, whose tools book
// appointments for hospitals"); within a sentence, ", the trust runs" tells what the trust does, not what a name is.
const DESCRIPTION = String.raw`((?:${MODIFIER}[\p{L}\-]+\s+){0,4}?(?:${ORG_DESCRIPTOR}|non-?profit|not-for-profit))`;
const SAYING = String.raw`\s+(?:said|says|confirmed|told|tells|warned|warns|urged|announced|added|disclosed|stated|reported|wrote|explained|is|was|has|had)\b`;
const DEFINING = String.raw`(,\s+(?:which|whose|that)\b[^,.;]{0,100}|\s+(?:runs|operates|provides|offers|supplies|owns|manages|serves|speciali[sz]es in|is an?)\b[^,.;]{0,100})`;
const DEFINITE_AFTER = new RegExp(
  String.raw`^(?:[^A-Z.!?]|(?<=-)[A-Z]|[.!?](?=\s))*?(?:(?:^|[.!?]\s+)The\s+${DESCRIPTION}(?=${DEFINING}|${SAYING})|\b[Tt]he\s+${DESCRIPTION}(?=${SAYING}))`,
  "u",
);
// DEFINITE_AFTER's first branch where a sentence opens: tried at one place, where the whole pattern would scan on.
const OPENING_DEFINITE = new RegExp(String.raw`The\s+${DESCRIPTION}(?=${DEFINING}|${SAYING})`, "uy");

/** A definite description after a name: its noun phrase, where it starts, and the defining clause after it ("" if none). */
interface Definite {
  text: string;
  start: number;
  defining: string;
}

/** The definite description after a name ending at doc[end] (see DEFINITE_AFTER), or null. */
export function definiteAfter(doc: string, end: number): Definite | null {
  const m = DEFINITE_AFTER.exec(doc.slice(end, end + 200));
  if (!m) return null;
  const text = m[1] ?? m[3]!;
  return { text, start: end + m.index + m[0].length - text.length, defining: m[2] ?? "" };
}

/** True when a definite description after the name (see DEFINITE_AFTER) describes it as a healthcare body. */
export function describedAfterByDefinite(doc: string, end: number, health: (text: string) => boolean): boolean {
  const d = definiteAfter(doc, end);
  return !!d && health(d.text + d.defining);
}

/**
 * True when the sentence opening at doc[start] (the one after a name's) opens on a definite description of a healthcare
 * body; a bare "The hospital" or "The clinic" is the victim's own short form, not a description of another name.
 */
export function describedByNextSubject(doc: string, start: number, health: (text: string) => boolean): boolean {
  if (!doc.startsWith("The ", start)) return false;
  OPENING_DEFINITE.lastIndex = start;
  const m = OPENING_DEFINITE.exec(doc);
  return !!m && (m[1]!.includes(" ") || m[2] !== undefined) && health(m[1]! + (m[2] ?? ""));
}

// "The Hospital Group — the UK cosmetic surgery chain that trades as Transform Hospital Group —": an alias told in a
// dash aside, as ALIAS_AFTER (victim.ts) reads one after a comma.
const DASH_ALIAS =
  /^\s+[—–-]\s+(?:the|a|an)\s+[^—–.;]{0,80}?\b(?:that|which|who)\s+(?:also\s+)?(?:trades|goes|is known|operates|does business)\s+(?:as|by|under)\b/i;

/** True when the name ending at doc[end] is followed by a dash aside giving its alias. */
export function dashAlias(doc: string, end: number): boolean {
  const c = doc.charCodeAt(end + 1);
  return (
    doc.charCodeAt(end) === 32 && (c === 8212 || c === 8211 || c === 45) && DASH_ALIAS.test(doc.slice(end, end + 130))
  );
}

// "Medibank's mid-October breach", "Corvane's ransomware attack": the name's own incident, told by its possessive.
const POSSESSIVE_INCIDENT =
  /^'s\s+(?:[\p{L}\p{N}\-]+\s+){0,2}?(?:data\s+|cyber\s+|security\s+)?(?:breach|cyber-?attack|attack|hack|intrusion|incident|ransomware attack)\b/u;

/** True when the name ending at doc[end] owns the incident by its possessive ("X's data breach"). */
export function possessiveIncident(doc: string, end: number): boolean {
  return doc.charCodeAt(end) === 39 && POSSESSIVE_INCIDENT.test(doc.slice(end, end + 60));
}

/** True when the sentence ending at doc[end] goes on, after the name ending at `from`, to a reporting tag whose speaker
 * is described as a healthcare body (", the Australian health insurer said"). */
export function describedByReportingTag(
  doc: string,
  from: number,
  end: number,
  health: (text: string) => boolean,
): boolean {
  // Most sentences have no ", the " after the name: the scan for a description is spared them. The search stops at the
  // sentence's end: one run on to the page's end for every name was quadratic on a page of many names.
  if (doc.slice(from, end).indexOf(", the ") < 0) return false;
  const d = definiteAfter(doc, from);
  return !!d && d.start < end && doc.startsWith(", the ", d.start - 6) && health(d.text);
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

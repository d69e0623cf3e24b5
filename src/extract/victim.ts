// Victim organisations: capitalised names with a healthcare word ("Capital Health", "Northeast Radiology"), names with a
// descriptor beside them ("Medibank, the Australian health insurer") and names that are the object of the attack
// ("ransomware attack on Advanced"), kept when they appear in sentences about this incident.
import { wordGates } from "./cue-gate";
import { GERMAN_ARTICLES, GERMAN_NAME_BREAKERS } from "./german";
import {
  GENERIC_ORG_WORDS,
  HEALTH_WORD,
  HEALTH_WORD_AFTER_OF,
  MEDIA_WORD,
  NOT_A_VICTIM,
  OF_WORD,
  ORG_DESCRIPTOR,
} from "./data/org-cues";
import { PLACE_CUES } from "./data/places";
import { COUNTRIES } from "../model/countries";
import type { GroupMention } from "./gazetteer";
import { pastFramer } from "./victim-background";
import { domainVictims } from "./victim-domains";
import { describedOnce } from "./victim-described-once";
import { describedBefore, placeAndInitials, placePossessiveApposition } from "./victim-described-before";
import { namedAsProduct, namesNoOrganisation, productContexts } from "./victim-not-org";
import { withoutVariants } from "./victim-variants";
import { gpBeforeHead, gpNounAfter } from "./victim-gp";
import { withoutClippedForms, withoutHeadlineLocalNames, withoutHeadlineShortForms } from "./victim-short-forms";
import { isSupplier, knockOnFramer } from "./victim-knock-on";
import { isSecurityFirm } from "./victim-security-firm";
import { isCitedMembersBody, isOverseer } from "./victim-source-body";
import { splitByOpening } from "./victim-opening-split";
import { isSpaceCode as isSpaceCodeImported } from "../lib/space-code";
import type { Sentence } from "./text";
import { phrases } from "./cue-list";
import { capitalWords, nextRun, type RunWord } from "./victim-runs";
import {
  dashAlias,
  describedAfterByDefinite,
  describedByNextSubject,
  describedByReportingTag,
  possessiveIncident,
  preposedDescription,
  standsAsHead,
} from "./victim-anaphora";
import { withoutBracketTail } from "./bracket-tail";
import { healthSectorField } from "./tracker-row";
import { countryNamed } from "./victim-country-named";

// A local binding: the imported one is read through a module getter on every call in the per-character loops.
const isSpaceCode = isSpaceCodeImported;

/** One victim organisation and where it is named. */
export interface VictimSpan {
  name: string;
  start: number;
  end: number;
  sentence: Sentence;
  /** True when the name or its description is a healthcare one ("Capital Health", "Medibank, the health insurer"). */
  healthcare: boolean;
}

const SECTOR_CELL_BEFORE = /\bsector: $/i;
const ACRONYM_AFTER = /^\s*\(([\p{Lu}][\p{L}\-&]{1,11})\)/u;

// Words that break a title-case run into names ("Maze Ransomware Gang Releases Medical Diagnostic Laboratories Data").
const BREAKERS = new Set(
  `${GERMAN_NAME_BREAKERS} hit hits struck strikes strike says say said warns warn confirms confirm confirmed suffers suffer reports report notifies notify discloses disclose breach breaches attack attacks attacked ransomware cyberattack cyberattacks cyber hack hacked hackers hacker data after by with in on at to from as over amid following leaves leave releases release face faces targeted targets claims claim gang threatens threaten patients patient says: reveals reveal pays pay paid refuses refuse while when where but or is are was were has have had its their it this that these those`.split(
    " ",
  ),
);
const ROMANCE_ARTICLES = new Set(["el", "la", "le", "les", "il", "lo", "los", "las", "gli"]);
// A question headline's auxiliary ("Did Change Healthcare pay?") opens no name either.
const LEADING_STOP = new Set(
  `the a an this that these those its their our his her in on at by for from with according after before when while since both among yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december another security ransomware breaking exclusive update updated also and or but however meanwhile once although though because unless until whereas officials staff yet under how why what who which he she they we it i you nearly almost about major big large small new several many some each every no any few such most other one two three four five six seven eight nine ten dozens hundreds thousands now nonprofit non-profit not-for-profit for-profit then here there still currently recently later earlier officials unlike part besides despite did does do could would should can former ${GERMAN_ARTICLES}`.split(
    " ",
  ),
);
const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// The ASCII codes a word must open on for a pattern to be worth trying (`caseless`: either case of each letter).
function openingCodes(letters: string, caseless: boolean): Uint8Array {
  const codes = new Uint8Array(128);
  for (const c of letters) {
    codes[c.charCodeAt(0)] = 1;
    if (caseless) codes[c.toUpperCase().charCodeAt(0)] = codes[c.toLowerCase().charCodeAt(0)] = 1;
  }
  return codes;
}
// Every word MONTH_OR_DAY matches opens on one of these letters (it ignores case, and no character past ASCII folds to
// one): the pattern runs on every name's first words, and most open on another.
const MONTH_OR_DAY_OPENINGS = openingCodes("jfmasondtw", true);
/** True for a month or weekday ("Jan.", "march", "Tuesday"), as MONTH_OR_DAY reads it. */
export const isMonthOrDay = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 && MONTH_OR_DAY_OPENINGS[c] === 1 && MONTH_OR_DAY.test(w);
};
// Job titles before "of": "President and CEO of Memorial Health System" names a person's role, not the organisation.
const ROLE =
  /^(?:ceo|president|chair(?:man|woman)?|director|head|chief|spokes(?:person|man|woman)|officer|executive|founder|manager|vice|deputy|board|members?|staff|patients?|employees?|customers?)$/i;

// Titles that put a person after an organisation's name ("Harlow Health CEO Dana Moss", "Health Minister Ann Roe"): the
// name ends before them, and a run that opens with one names a person.
const PERSON_TITLE = new Set(
  "ceo cfo coo cio ciso cto cmo president vice-president chairman chairwoman chairperson spokesperson spokesman spokeswoman minister secretary governor mayor senator congressman congresswoman representative superintendent commissioner deputy director officer dr dr. mr mr. mrs mrs. ms ms. prof prof. professor".split(
    " ",
  ),
);
// An honorific that opens a run belongs to a name ("Dr Reddy's Laboratories"); anywhere else it starts a person's name.
const HONORIFIC = /^(?:dr|mr|mrs|ms|prof)\.?$/i;
// A trade noun opening a sentence before such a name describes it: "Drugmaker Dr Farooqui Laboratories said ...".
const DATELINE_CITY = /^\p{Lu}{4,}$/u;
const TRADE_OPENER = new Set(
  "drugmaker pharma pharmacy insurer laboratory lab diagnostics chain firm company group provider".split(" "),
);
// The words that join two names ("Catholic Health Initiatives and Dignity Health").
const AND = new Set(["and", "&"]);

const lower = (w: string) => w.toLowerCase();
const JOIN_WORD = /^(?:of|the|de|du|des|la|le|for|and|&|di|del|-|–)$/i;
// The joining words a name neither opens nor ends with, compared lower-cased.
const JOINING = new Set(["of", "de", "du", "des", "la", "le", "for", "and", "&", "di", "del", "-", "–"]);

// Which of the word lists above each run word is in, as bits: looked up once per word (kindOf) rather than once per list
// as trimming a run reads them.
const BREAKER = 1;
const STOP = 2;
const JOINER = 4;
const TRADE = 8;
const TITLE = 16;
const AND_WORD = 32;
const WORD_KINDS = new Map<string, number>();
for (const [list, bit] of [
  [BREAKERS, BREAKER],
  [LEADING_STOP, STOP],
  [JOINING, JOINER],
  [TRADE_OPENER, TRADE],
  [PERSON_TITLE, TITLE],
  [AND, AND_WORD],
] as const)
  for (const w of list) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | bit);
/** The bits of the lists `t` is in (its lower-cased form looked up), kept on the word after its first reading. */
function kindOf(t: RunWord): number {
  if (t.kind < 0) t.kind = WORD_KINDS.get(t.lw) ?? 0;
  return t.kind;
}

// "Capital Health's" -> "Capital Health", as /['’]s$/ would cut, read by hand: it runs on every word of every candidate.
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return w;
  const q = w.charCodeAt(n - 2);
  return q === 39 || q === 8217 ? w.slice(0, -2) : w;
}

interface Piece {
  words: RunWord[];
}

// "Baltimore-based Johns Hopkins Medicine and Bellaire, Texas-based Harris Health System": a run ending "and <Word>"
// before ", <Word>-based" joins a name to the place of the next one; the name ends before "and".
const BASED_NEXT = /^, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?-based /u;
function beforePlaceOfNext(doc: string, piece: Piece): Piece {
  const n = piece.words.length;
  // "and" before a place of one or two words ("and Plano", "and Fort Collins").
  const and =
    n > 2 && piece.words[n - 2]!.lw === "and" ? n - 2 : n > 3 && piece.words[n - 3]!.lw === "and" ? n - 3 : -1;
  if (and < 1) return piece;
  const last = piece.words[n - 1]!;
  const end = last.start + last.w.length;
  return doc.charCodeAt(end) === 44 && BASED_NEXT.test(doc.slice(end, end + 40))
    ? { words: piece.words.slice(0, and) }
    : piece;
}

// "Cedars-Sinai in Los Angeles and Duke University Hospital": a run opening on the town a name before it is placed in,
// then "and" and a healthcare name, joins that town to the next name; the name opens after "and".
const PLACED_BEFORE = /\p{Lu}[\p{L}\p{N}.'’-]* in $/u;
function afterPlaceOfPrevious(doc: string, piece: Piece): Piece {
  const n = piece.words.length;
  // "and" after a place of one or two words ("Plano and", "Los Angeles and").
  const and = n > 2 && piece.words[1]!.lw === "and" ? 1 : n > 3 && piece.words[2]!.lw === "and" ? 2 : -1;
  if (and < 0) return piece;
  const start = piece.words[0]!.start;
  if (!PLACED_BEFORE.test(doc.slice(Math.max(0, start - 40), start))) return piece;
  for (let i = 0; i < and; i++) if (HEALTH_WORD.test(piece.words[i]!.w)) return piece;
  return hasHealthWord(wordsOf({ words: piece.words.slice(and + 1) })) ? { words: piece.words.slice(and + 1) } : piece;
}

// The UTF-16 unit at `i`, or -1 past the end. A charCodeAt past the end (a name closing the text) threw the optimised
// code away, once per place that reads so, each time recompiled at a cost.
const unitAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);

// A piece's words as written. Built by a loop, not map(): optimised code built map()'s array with another elements kind
// than the one the feedback had seen, and the next read of it threw the optimised extractVictims away.
function wordsOf(piece: Piece): string[] {
  const words: string[] = [];
  for (const t of piece.words) words.push(t.w);
  return words;
}
// The words of a name other than its joining words ("of", "the", "-"): counted, not filtered into a new array.
function namingWords(words: string[]): number {
  let n = 0;
  for (const w of words) if (!JOIN_WORD.test(w)) n++;
  return n;
}

// Splits a capitalised run at breaker words and strips leading stop words, "X-based" and possessive place prefixes.
function piecesOf(run: RunWord[]): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  // A run's words never end in ":" or ",", so a breaker is the whole word.
  for (let i = 0; i <= run.length; i++)
    if (i === run.length || kindOf(run[i]!) & BREAKER) {
      if (i > from) trimPiece(run, from, i, pieces);
      from = i + 1;
    }
  return pieces;
}

const isDigits = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 48 || w.charCodeAt(i) > 57) return false;
  return w.length > 0;
};
const isApostrophe = (c: number) => c === 39 || c === 8217;
// "Queen's", "Queen’s" (as /['’]s$/ reads it).
const endsInApostropheS = (w: string) => w.charCodeAt(w.length - 1) === 115 && isApostrophe(w.charCodeAt(w.length - 2));
// Practitioners or patients in the plural possessive, which open names of the businesses that serve them.
const PRACTITIONERS_POSSESSIVE =
  /^(?:Doctors|Physicians|Nurses|Surgeons|Dentists|Pharmacists|Therapists|Patients)['’]$/;
// "Queen's" or "Services'" (as /(?:['’]s|s['’])$/ reads it).
const endsPossessive = (w: string) =>
  endsInApostropheS(w) || (isApostrophe(w.charCodeAt(w.length - 1)) && w.charCodeAt(w.length - 2) === 115);
// A word no name opens with: a stop word, "X-based", a month or day, a number, a joiner.
const opensNoName = (t: RunWord) =>
  (kindOf(t) & (STOP | JOINER)) !== 0 || t.lw.endsWith("-based") || isMonthOrDay(t.w) || isDigits(t.w);

// The names in the words run[from..to) (a run cut at breakers): stop words, a place's possessive, a role before "of",
// a person's title and what follows it are taken off, and the rest is split at "and" between two names. Read over
// indices, not copies of the words: this runs for every capitalised run of every sentence.
function trimPiece(run: RunWord[], from: number, to: number, pieces: Piece[]): void {
  let a = from;
  let b = to;
  while (a < b && opensNoName(run[a]!)) a++;
  // "El Hospital Clínic de Barcelona", "Il Policlinico di Bari": a Romance article before a health word (a headline in
  // the original language) opens no name; "El Camino Hospital" and "Le Bonheur Children's" keep theirs.
  if (b - a > 2 && ROMANCE_ARTICLES.has(run[a]!.lw) && HEALTH_WORD.test(run[a + 1]!.w)) a++;
  // "MUMBAI - Drugmaker ...": a dateline's city in capitals and its dash open no name.
  if (b - a > 2 && (run[a + 1]!.w === "-" || run[a + 1]!.w === "–") && DATELINE_CITY.test(run[a]!.w)) a += 2;
  // "MARIETTA, Ohio - Memorial Health System", "New Mexico - ...": the dateline's state or country and its dash, likewise.
  else if (b - a > 2 && (run[a + 1]!.w === "-" || run[a + 1]!.w === "–") && PLACE_NAMES.has(run[a]!.w)) a += 2;
  else if (
    b - a > 3 &&
    (run[a + 2]!.w === "-" || run[a + 2]!.w === "–") &&
    PLACE_NAMES.has(`${run[a]!.w} ${run[a + 1]!.w}`)
  )
    a += 3;
  // "Drugmaker Dr Reddy's Laboratories": a trade noun before an honorific describes the name, it is no part of it.
  if (b - a > 2 && kindOf(run[a]!) & TRADE && HONORIFIC.test(run[a + 1]!.w)) a++;
  // "Michigan's Beaumont Health": a place's possessive is not part of the name ("Queen's Park Hospital" keeps its own).
  if (b - a > 2 && endsInApostropheS(run[a]!.w) && PLACE_NAMES.has(run[a]!.w.slice(0, -2))) a++;
  // ... and a place of two words ("New Zealand's Health NZ"), whose first word may already be taken off as opening
  // no name ("New").
  else if (
    b - a > 2 &&
    a > from &&
    endsInApostropheS(run[a]!.w) &&
    PLACE_NAMES.has(`${run[a - 1]!.w} ${run[a]!.w.slice(0, -2)}`)
  )
    a++;
  else if (
    b - a > 3 &&
    endsInApostropheS(run[a + 1]!.w) &&
    PLACE_NAMES.has(`${run[a]!.w} ${run[a + 1]!.w.slice(0, -2)}`)
  )
    a += 2;
  // "President and CEO of Memorial Health System": a role before "of" is a person's, not part of the name.
  for (let i = a; i < b; i++)
    if (run[i]!.lw === "of") {
      let roles = i > a;
      for (let j = a; j < i && roles; j++) roles = ROLE.test(run[j]!.w) || run[j]!.lw === "and";
      if (roles) a = i + 1;
      break;
    }
  for (let i = a; i < b; i++)
    if (
      kindOf(run[i]!) & TITLE &&
      !((i === a || (i === a + 1 && kindOf(run[a]!) & TRADE)) && HONORIFIC.test(run[i]!.w))
    ) {
      b = i;
      break;
    }
  // "Virtual Care's CEO", "Human Services' HIPAA": a possessive ends the name unless a healthcare word follows
  // ("Children's Hospital", "Physicians' Clinic").
  for (let i = a; i < b - 1; i++)
    if (endsPossessive(run[i]!.w)) {
      // "Doctors' Management Services": a practitioners' plural possessive opening a run of two more words is the name's.
      if (i === a && b - a >= 3 && PRACTITIONERS_POSSESSIVE.test(run[i]!.w)) break;
      let health = false;
      for (let j = i + 1; j < b && !health; j++) health = HEALTH_WORD.test(run[j]!.w);
      if (!health) b = i + 1;
      break;
    }
  while (b > a && (kindOf(run[b - 1]!) & JOINER || isDigits(run[b - 1]!.w))) b--;
  if (b > a) for (const words of splitAtAnd(run.slice(a, b))) pieces.push({ words });
}

// Two healthcare names joined by "and" are two victims; a name whose second part opens on a healthcare or generic word is
// one ("Department of Health and Human Services", "St. Mary's Health and Rehabilitation Center").
function splitAtAnd(words: RunWord[]): RunWord[][] {
  if (!words.some((t) => kindOf(t) & AND_WORD)) return [words];
  // Healthcare words before each position, counted once: a long run with many "and"s stays linear.
  const healthBefore = [0];
  for (const t of words)
    healthBefore.push(healthBefore[healthBefore.length - 1]! + (HEALTH_WORD.test(withoutPossessive(t.w)) ? 1 : 0));
  const parts: RunWord[][] = [];
  let from = 0;
  for (let i = 1; i < words.length - 2; i++) {
    if (!(kindOf(words[i]!) & AND_WORD)) continue;
    const head = withoutPossessive(words[i + 1]!.w);
    // "Enzo Life Sciences and Enzo Clinical Labs": the first word named again opens a second name.
    if (i - from >= 2 && head === words[from]!.w && isDistinctive([head])) {
      parts.push(words.slice(from, i));
      from = i + 1;
      continue;
    }
    if (
      (i - from < 2 && !(i - from === 1 && fusedHealthName(withoutPossessive(words[from]!.w)))) ||
      healthBefore[i]! === healthBefore[from]! ||
      healthBefore[words.length]! === healthBefore[i + 1]!
    )
      continue;
    if (HEALTH_WORD.test(head) || GENERIC_ORG_WORDS.has(lower(head)) || !/^\p{Lu}/u.test(head)) continue;
    parts.push(words.slice(from, i));
    from = i + 1;
  }
  parts.push(words.slice(from));
  return parts;
}

// A one-word name fused with its healthcare word, as Nordic and German names are ("Rigshospitalet",
// "Universitätsklinikum"): long enough to hold more than the bare word, and no generic word ("Healthcare").
const fusedHealthName = (w: string) =>
  w.length >= 10 && /^\p{Lu}/u.test(w) && HEALTH_WORD.test(w) && !GENERIC_ORG_WORDS.has(lower(w));

// Country names and nationalities make no name distinctive ("US Healthcare", "British Hospital"); a town or state does
// ("Chattanooga Imaging", "Michigan Medicine").
const COUNTRY_WORD =
  /^(?:U\.?S\.?A?|U\.?K\.?|America|American|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|Canada|Canadian|Australia|Australian|France|French|Germany|German|Netherlands|Dutch|India|Indian|Ireland|Irish|Europe|European|National|International|Global|World)$/;

// Every word COUNTRY_WORD matches opens on one of these capitals (it heeds case).
const COUNTRY_WORD_OPENINGS = openingCodes("UABESWCFGNDI", false);
/** True for a country or nationality that makes no name distinctive ("US", "British"), as COUNTRY_WORD reads it. */
export const isCountryWord = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 && COUNTRY_WORD_OPENINGS[c] === 1 && COUNTRY_WORD.test(w);
};

function isDistinctive(words: string[]): boolean {
  return (
    words.some((w) => {
      const bare = withoutPossessive(w);
      return !GENERIC_ORG_WORDS.has(lower(bare)) && !isCountryWord(bare) && !isMonthOrDay(bare);
    }) || isNationalService(words)
  );
}
// A nation's own health service is named by its nationality ("Scottish Ambulance Service", "Welsh Blood Service"): the
// nationality, a health word and a public body's head make a name, where "British Hospital" stays a description.
const NATIONALITY =
  /^(?:American|British|Scottish|Welsh|English|Irish|Canadian|Australian|French|German|Dutch|Indian|European)$/;
const PUBLIC_HEAD = /^(?:Service|Services|Agency|Authority|Executive|Board)$/;
function isNationalService(words: readonly string[]): boolean {
  return (
    words.length >= 3 &&
    NATIONALITY.test(words[0]!) &&
    PUBLIC_HEAD.test(words[words.length - 1]!) &&
    words.slice(1, -1).some((w) => HEALTH_WORD.test(w))
  );
}

// A regulator or outlet inside a longer run ("National Cyber Security Centre and NHS England").
const NOT_A_VICTIM_MAX_WORDS = 8;
// NOT_A_VICTIM read from a word of a name onwards: true when it holds two words or more and ends where a word ends. The
// lookbehind needs a space inside the match (the text opens on the word), so one test answers every window that opens
// on that word, where each window was joined and tested on its own.
const isNotAVictimFromWord = splitByOpening(NOT_A_VICTIM, "(?<= [^ ]*)(?= |$)");
// NOT_A_VICTIM itself, tried only against the alternatives that can open on the name's first character.
const isNotAVictim = splitByOpening(NOT_A_VICTIM);
// "NHS Trust" is listed as the generic phrase; ending a longer name it is that name's head ("Barts Health NHS Trust").
const GENERIC_HEAD = /^NHS(?: Foundation)? Trust$/i;
function containsNonVictim(name: string): boolean {
  if (!/\s/.test(name)) return isNotAVictim(name);
  const words = withoutBracketTail(name).split(/\s+/);
  if (MEDIA_WORD.test(words[words.length - 1]!)) return true;
  const joined = words.join(" ");
  if (isNotAVictim(joined)) return true;
  if (words.length < 3) return false;
  // Windows no longer than the longest listed name: a run of capitalised words costs linear time, not cubic. A window
  // as long as the name was tested above. "NHS Trust" ending the name is its head, not a listed body: from its first
  // word only the windows shorter than it are read.
  for (let i = 0, at = 0; i < words.length - 1; at += words[i]!.length + 1, i++) {
    let last = Math.min(words.length, i + NOT_A_VICTIM_MAX_WORDS);
    if (last === words.length && GENERIC_HEAD.test(joined.slice(at))) last--;
    let to = at - 1;
    for (let k = i; k < last; k++) to += words[k]!.length + 1;
    if (isNotAVictimFromWord(joined.slice(at, to))) return true;
  }
  return false;
}

/** A candidate name; `words` is the piece's text as the run read it (its words and the spaces between them). */
interface Candidate {
  name: string;
  start: number;
  end: number;
  words: string;
}
function candidateName(doc: string, piece: Piece): Candidate | null {
  const first = piece.words[0]!;
  const last = piece.words[piece.words.length - 1]!;
  let start = first.start;
  let end = last.start + last.w.length;
  const words = doc.slice(start, end);
  // Drop a trailing possessive or punctuation the run picked up ("Capital Health's", "Human Services'").
  let name = words;
  const lastCode = name.charCodeAt(name.length - 1);
  if (lastCode === 115) name = withoutPossessive(name);
  else if ((lastCode === 39 || lastCode === 8217) && name.charCodeAt(name.length - 2) === 115) name = name.slice(0, -1);
  end = start + name.length;
  const tail = doc.slice(end, end + 16);
  const acronym = tail.includes("(") ? ACRONYM_AFTER.exec(tail) : null;
  // "Riverside Orthopedic Associates (US)": a tracker's country code is no acronym of the name ("Kestrel Health (KH)" is).
  if (acronym && (!isCountryCode(acronym[1]!) || abbreviates(acronym[1]!, wordsOf(piece)))) {
    name = `${name} (${acronym[1]})`;
    end = end + acronym[0].length;
  }
  start = first.start;
  return { name, start, end, words };
}

// Pairs of words that make a healthcare name though neither does alone: a part of the body and the kind of body that
// treats it ("Clearview Laser Eye Centers", "Kestrel Spine Institute"; not "Private Eye"), and clinical research or
// trials ("Halvorsen Institute for Clinical Research"; not "Clinical Notes").
// The first words of such pairs as written (capitalised, lower or upper case), looked up without building a string: this
// runs for every word of every capitalised run.
const PAIR_FIRST = new Set(
  "eye eyes vision retina skin heart kidney spine joint foot ankle sleep vein wound hand ear lung liver clinical family guidance senior assisted"
    .split(" ")
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]),
);
const TREATING_BODY = /^(?:cent(?:er|re)s?|institutes?|associates|specialists|surgeons)$/i;
// The second words of the pairs whose first word is not a part of the body, by that first word in lower case.
const PAIR_SECOND = new Map<string, RegExp>([
  ["clinical", /^(?:research|trials?)$/i],
  // "Lowmoor Family Practice", "HOLLOWAY FAMILY MEDICINE": a family doctor's practice.
  ["family", /^(?:practice|medicine|physicians|doctors)$/i],
  // "Delaware Guidance Services for Children and Youth", "Ozark Guidance Center": child guidance is mental health care.
  ["guidance", /^(?:cent(?:er|re)s?|clinics?|services)$/i],
  // "Silver Pines Senior Living", "Oakbrook Assisted Living": homes for the elderly.
  ["senior", /^living$/i],
  ["assisted", /^living$/i],
]);
const healthPair = (first: string, second: string) =>
  PAIR_FIRST.has(first) && (PAIR_SECOND.get(first.toLowerCase()) ?? TREATING_BODY).test(second);
const ACRONYM = /^\p{Lu}{2,7}$/u;
// True when the acronym is the initials of the name's capitalised words ("HHS" of "Hamilton Health Sciences").
function abbreviates(acronym: string, words: string[]): boolean {
  let initials = "";
  for (const w of words) if (!JOINING.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) initials += w[0];
  return initials === acronym;
}
// "HagaZiekenhuis", "BrightDental": a brand fused with its healthcare word, read from its last inner capital. Short tails
// ("CyberLabs", "SoftCare") are common brand endings outside healthcare too.
function fusedHealthWord(w: string): boolean {
  let i = w.length - 6;
  while (i > 0 && !(isUpperAscii(w.charCodeAt(i)) && isLowerAscii(w.charCodeAt(i - 1)))) i--;
  return i > 0 && HEALTH_WORD.test(w.slice(i));
}
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

function hasHealthWord(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = withoutPossessive(words[i]!);
    if (HEALTH_WORD.test(w) || fusedHealthWord(w)) return true;
    if (i > 0 && OF_WORD.test(words[i - 1]!) && HEALTH_WORD_AFTER_OF.test(words[i]!)) return true;
    if (i + 1 < words.length && healthPair(w, withoutPossessive(words[i + 1]!))) return true;
  }
  return false;
}

// "Allscripts, the electronic health record (EHR) company": a bracketed acronym may stand among the describing words.
// "a maker of insulin pumps": what it makes or provides is part of the description.
// "Veltrix, one of the largest plasma collectors in the US": a member of a described class is described by it (a plural
// in "-ies" too: "one of the largest diagnostics companies").
// "a Charlotte, North Carolina-based plasma collector": a town and its state before "-based" hold a comma.
const DESCRIBED_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:the|a|an)\s+(?:[\p{L}\p{N}'\-]+\s+|\(\p{Lu}{2,6}\)\s+|\p{Lu}[\p{L}.]*,\s+(?=(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-based\s)){0,5}?${ORG_DESCRIPTOR}|one\s+of\s+(?:the|its|[\p{L}\-]+'s)\s+(?:[\p{L}\p{N}'\-]+\s+){0,4}?(?:${ORG_DESCRIPTOR}(?:s|es)?|companies|agencies|pharmacies))\b(?:\s+(?:of|for)\s+[^,.;]{1,40})?`,
  "iu",
);
// "Solvana, Belgium's third-largest mutual health insurer,": a place's possessive opens the description.
const PLACE_DESCRIBED_AFTER = new RegExp(
  String.raw`^,\s+(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)'s\s+(?:[\p{L}\p{N}'\-]+\s+){0,5}?${ORG_DESCRIPTOR}\b(?:\s+(?:of|for)\s+[^,.;]{1,40})?`,
  "u",
);
function placeDescribedAfter(after: string): string | undefined {
  const m = PLACE_DESCRIBED_AFTER.exec(after);
  return m && PLACE_NAMES.has(m[1]!) ? m[0] : undefined;
}
const QUOTED_ALIAS = /^ \((?:the )?"[^"]{1,40}"\)/;
// "Pathwise, which provides pathology services to hospitals": what the organisation does describes it as well.
// "Dovetail, whose scheduling software is used by 9,000 physician practices": what its products serve describes it too.
// "Ridgeback Memorial, which has 450 beds": beds make a place of care.
const DEFINED_AFTER =
  /^,\s+(?:(?:which|that|who)\s+(?:provides?|supplies|runs?|operates?|offers?|makes?|manufactures?|sells?|develops?)\b[^.;,]{0,60}|(?:which|that)\s+(?:has|have|had)\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?\d[\d,]*\s+(?:[a-z\-]+\s+)?beds\b|whose\s[^.;,]{0,60}?\b(?:is|are)\s+used\s+(?:by|in|at)\b(?:[^.;,]|,(?=\d)){0,60})/i;
// "Omnicell, based in Mountain View, California, is a supplier of pharmacy software to hospitals": a sentence that opens
// on the name and says what it is describes it as an apposition does; the copula (and a "based in" aside before it) is
// passed over and the description read by DESCRIBED_AFTER.
const COPULA_BEFORE_DESCRIPTION =
  /^(?:,\s+(?:based|headquartered)\s+in\s+[^,.;]{1,40}(?:,\s+[^,.;]{1,30})?,)?\s+is\s+(?=(?:the|a|an|one)\s)/i;
const DEFINED_SUBJECT =
  /^\s+(?:provides|supplies|sells|develops|makes|offers|operates|runs)\b[^.;]{0,80}?\bto\b[^.;]{0,60}?\b(?:nhs|health\w*|hospitals?|clinics?|care providers?|pharmac(?:y|ies)|patients?|doctors|physicians)\b/i;
const HEALTH_DESCRIPTION = phrases([
  String.raw`health`,
  String.raw`healthcare`,
  String.raw`tele-?health`,
  String.raw`tele-?medicine`,
  String.raw`medicaid`,
  String.raw`medicare`,
  String.raw`medical`,
  String.raw`medicines?`,
  String.raw`insulin`,
  String.raw`vaccines?`,
  String.raw`implants?`,
  String.raw`prosthe\w+`,
  String.raw`catheters?`,
  String.raw`ventilators?`,
  String.raw`inhalers?`,
  String.raw`syringes?`,
  String.raw`hospitals?`,
  String.raw`nhs`,
  String.raw`patients?`,
  String.raw`care`,
  String.raw`pharma\w*`,
  String.raw`pharmac(?:y|ies)`,
  String.raw`prescriptions?`,
  String.raw`e-prescri\w+`,
  String.raw`drugs?`,
  String.raw`drug ?makers?`,
  String.raw`clinic(?:al|s)?`,
  String.raw`insurer`,
  String.raw`surger(?:y|ies)`,
  String.raw`surgical`,
  String.raw`dental`,
  String.raw`radiology`,
  String.raw`imaging`,
  String.raw`mri`,
  String.raw`x-rays?`,
  String.raw`ultrasound`,
  String.raw`opticians?`,
  String.raw`eye care`,
  String.raw`audiolog\w*`,
  String.raw`dentists?`,
  String.raw`dentistry`,
  String.raw`orthodont\w*`,
  String.raw`chiropract\w*`,
  String.raw`podiatr\w*`,
  String.raw`midwi\w*`,
  String.raw`diagnostics?`,
  String.raw`laborator\w+`,
  // "Canadian lab testing company X", "a diagnostic lab operator".
  String.raw`labs?`,
  String.raw`pathology`,
  String.raw`contract research`,
  String.raw`blood`,
  String.raw`plasma`,
  String.raw`(?:tissue|milk|sperm|eye) banks?`,
  String.raw`transplant`,
  String.raw`therap(?:y|ies|ists?)`,
  String.raw`(?:psycho|physio|hydro|chemo)therap\w*`,
  String.raw`counsell?ing`,
  String.raw`psychiatr\w*`,
  String.raw`psycholog\w*`,
  String.raw`nursing`,
  String.raw`ambulance`,
  String.raw`ems`,
  String.raw`paramedics?`,
  String.raw`doctors?`,
  String.raw`physicians?`,
  // The specialists a practice is made of: "a private practice of dermatologists", "a practice of spine surgeons"; and
  // their specialty: "a cardiology practice".
  String.raw`surgeons?`,
  String.raw`(?:cardi|dermat|onc|ur|neur|gastroenter|rheumat|endocrin|pulmon|ophthalm|anesthesi|anaesthesi|immun)olog(?:y|ists?)`,
  String.raw`gps?`,
  String.raw`dialysis`,
  String.raw`fertility`,
  String.raw`mental`,
  String.raw`behaviou?ral`,
  String.raw`hospice`,
  String.raw`addiction`,
  String.raw`substance use`,
  String.raw`audiology`,
  String.raw`hearing care`,
  String.raw`optometr\w*`,
  String.raw`senior[- ]living`,
  String.raw`assisted[- ]living`,
  String.raw`long-term care`,
  String.raw`retirement`,
  String.raw`care homes?`,
  String.raw`nursing homes?`,
  String.raw`beds`,
  String.raw`e[hmp]rs?`,
  String.raw`tele-?radiology`,
  String.raw`organ (?:procurement|donation|donors?|transplants?)`,
  String.raw`drugstores?`,
  String.raw`life sciences?`,
  String.raw`biotech\w*`,
]);
const isHealthDescription = (text: string) => HEALTH_DESCRIPTION.test(text);
const CORP_SUFFIX_END = / (?:Inc|Ltd|Corp|Co)$/;
const CORP_SUFFIXES = String.raw`Inc|LLC|L\.L\.C|Ltd|Corp|PLC|LLP|Co`;
// Standing alone, the suffixes of other countries' companies too.
const CORP_SUFFIX_ONLY = new RegExp(String.raw`^(?:${CORP_SUFFIXES}|GmbH|AG|SA|S\.A)\.?$`);
const CORP_SUFFIX_AFTER = new RegExp(String.raw`^,?\s(?:${CORP_SUFFIXES})\.?(?=,)`);
// A description's noun phrase goes on past its first descriptor word: "a home care provider", "a home-care agency".
const PHRASE_TAIL =
  /^(?:[\s-]+(?!(?:that|which|who|whose|with|serving|based|in|of|for|to|from|on|at|and|or|but|used|said|says|was|were|is|are|has|had|have)\b)\p{L}+){0,3}/iu;
const DESCRIBED_BEFORE = new RegExp(String.raw`\b${ORG_DESCRIPTOR}\s+$`, "iu");
// "dental chain giant Lenscroft": the descriptor noun with its lower-case modifiers.
const descriptionBefore = (before: string): string | undefined => {
  const d = DESCRIBED_BEFORE.exec(before)?.[0];
  return d === undefined ? undefined : describedBefore(before, d);
};
const DESCRIBED_BEFORE_COMMA = new RegExp(
  String.raw`\b(?:its|their|the|an?)\s+(?:[\p{L}\-]+\s+){0,3}?${ORG_DESCRIPTOR},\s+$`,
  "iu",
);
// "The Vivalia hospital group said": after "the", a name may modify the noun phrase of its kind, which describes it.
const KIND_AFTER_NAME =
  /^ (?:hospital|health ?care|health|medical|clinic|dental|nursing|care|pharmacy|laboratory|imaging) (?:group|network|system|trust|chain|provider|company|operator|organi[sz]ation|services)\b/;
// The rest of an apposition up to its closing comma, and the attack verb after it.
const APPOSITION_REST = /^[^,.;()]{0,80},/;
function attackedPastApposition(doc: string, from: number): boolean {
  const rest = APPOSITION_REST.exec(doc.slice(from, from + 90));
  if (!rest) return false;
  const at = from + rest[0].length - 1;
  if (!subjectVerbAfter(doc, at)) return false;
  const subject = ATTACK_SUBJECT_AFTER.exec(doc.slice(at, at + 80));
  return !!subject && ATTACKED_SUBJECT.test(subject[0]);
}
const DESCRIPTOR_ENDS = new Set(
  "agency administrator plan startup start-up insurer provider company hospital network group chain system clinic practice firm vendor supplier laboratory laboratories lab organisation organization trust board charity giant operator pharmacy center centre service platform maker manufacturer developer distributor collector facility institute foundation business contractor specialist authority home surgery hospice".split(
    " ",
  ),
);
const OBJECT_ENDS = new Set(
  "on against at of from hit struck targeted breached compromised attacked victimises victimizes was were is include included includes the reached".split(
    " ",
  ),
);
// "data it says it stole from Rite Aid", "had access to the systems of X", "the intrusion also reached X": the body stolen
// from, got into or reached is the one attacked.
const ATTACK_OBJECT_BEFORE =
  /\b(?:(?:into|from|breached|accessed|access to|infiltrated|compromised|encrypted|attacked|hit) (?:the )?(?:computer |IT )?(?:network|systems?|servers?) of|attack(?:s|ed)? (?:on|against)|cyber-?attacks? (?:on|against)|breach (?:at|of)|hack (?:of|at)|intrusions? at|incident at|(?:intrusion|attack|breach|hack|hackers|attackers)(?: also)? reached|hit|struck|targeted|breached|compromised|attacked|victimi[sz]es|target was|victim(?:s)? (?:was|were|is|include[sd]?)|(?:stole|stolen|steals?|stealing|took|taken|exfiltrated|copied|downloaded)(?: [^\s.;]+){0,5}? from)\s+(?:the\s+)?$/i;
// "the attack was on a system used by Delta Medix": the body whose system was attacked (read after "by" only).
const SYSTEM_USED_BY =
  /\b(?:attack|breach|intrusion) (?:was |had been )?(?:on|against|in) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:system|server|network|platform)s? (?:used|run|operated|managed) by\s+(?:the\s+)?$/i;
// An aside may stand between the name and its verb: "X, in the Nord département, was hit".
const ATTACK_SUBJECT_AFTER =
  /^(?:['’]s)?(?:,\s[^,.;()]{1,50},)?,?\s+(?:also\s+)?(?:(?:has|have|had)\s+been|was|were|is|has|had)?\s*(?:(?:also|both|all)\s+)?(?:(?:said|says) (?:that )?it (?:was|had been|has been) (?:hit|struck|attacked|breached|targeted|compromised)|hit|struck|attacked|breached|targeted|compromised|suffered|confirmed|disclosed|reported|notif(?:ied|ying)|warn(?:s|ed)|said it|says it|revealed|acknowledged|data breach|breach|cyberattack|ransomware attack|hack|affected by (?:the|this) (?:\S+ )?(?:attack|breach|incident|hack|cyberattack))\b/i;

// A set, not `in` on the cue object: a lookup of a freshly cut string there was a hot spot.
const PLACE_NAMES = new Set(Object.keys(PLACE_CUES));
const isPlaceName = (name: string) => PLACE_NAMES.has(name);
const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));
const isCountryCode = (w: string) => COUNTRY_CODES.has(w) || PLACE_NAMES.has(w);
// True when a word of the name is "GP" or "GPs": only then is victim-gp.ts asked.
const gpWord = (words: readonly string[]) => {
  for (const w of words) if (w === "GP" || w === "GPs") return true;
  return false;
};
const DEMONYM = /(?:an|ish|ese|ian|ic|i)$|^(?:U\.?S\.?A?|U\.?K\.?|US|UK)$/;
// The kinds of hospital a place's noun may name, before or after the place.
const PLACE_NOUN_KIND = String.raw`(?:(?:university|general|regional|teaching|children's|psychiatric) )?`;
const PLACE_NOUN = new RegExp(
  String.raw`^ ${PLACE_NOUN_KIND}(?:hospital|clinic|health board|medical cent(?:er|re))(?![\p{L}\p{N}])`,
  "u",
);
// "the Armentières hospital centre": the name is read without "centre", as the text also shortens it.
const CENTRE_AFTER = /^ cent(?:er|re)\b/;
const PLACE_NOUN_OF = new RegExp(
  String.raw`\b[Tt]he (${PLACE_NOUN_KIND}(?:hospital(?: cent(?:er|re))?|clinic|medical cent(?:er|re)) of )$`,
  "u",
);

// "X, the company's management provider", "its parent company X": the name is given for its tie to the victim.
const TIE = String.raw`(?:parent(?: company| firm| organi[sz]ation)?|owner|subsidiary|partner|(?:[\p{L}\-]+ )?(?:provider|vendor|supplier|contractor)|affiliate|client|customer|acquirer|buyer)`;
const RELATED_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a) (?:[\p{L}\-]+ ){0,2}?(?:company|hospital|firm|group|organi[sz]ation|system|practice|clinic|provider|chain|network|trust)'s|its|their)\s+(?:[\p{L}\-]+\s+){0,2}?${TIE}\b`,
  "iu",
);
const RELATED_BEFORE = new RegExp(
  String.raw`\b(?:its|their|(?:company|hospital|firm|group|organi[sz]ation|system|practice|clinic|provider|chain|network|trust)'s)\s+(?:[\p{L}\-]+\s+){0,2}?${TIE}\s+$`,
  "iu",
);
// The last word before a tie ("provider", "owner"): the pattern before the name runs only after one of these.
const TIE_ENDS = new Set(
  "parent company firm organisation organization owner subsidiary partner provider vendor supplier contractor affiliate client customer acquirer buyer".split(
    " ",
  ),
);
// "Groupe Valmont said on Monday that its subsidiary, Pharmacies Laurentides, had been hit": the name that speaks of its
// own subsidiary or unit is that victim's parent.
const ITS_PART_AFTER =
  /^\s+(?:said|says|announced|confirmed|disclosed|reported)(?:\s+(?:on|late|early)\s+\p{L}+)?(?:\s+that)?\s+(?:its|their)\s+(?:[\p{L}\-]+\s+)?(?:subsidiary|subsidiaries|division|unit|affiliate|arm|sister company)\b,?\s+\p{Lu}/u;
function isRelated(doc: string, start: number, end: number): boolean {
  if (unitAt(doc, end) === 44 && RELATED_AFTER.test(doc.slice(end, end + 80))) return true;
  // Only a verb of saying right after the name can open ITS_PART_AFTER ("said", "says", "announced", "confirmed",
  // "disclosed", "reported"): its first letter gates the pattern.
  const next = unitAt(doc, end + 1) | 32;
  if (
    unitAt(doc, end) === 32 &&
    (next === 115 || next === 97 || next === 99 || next === 100 || next === 114) &&
    ITS_PART_AFTER.test(doc.slice(end, end + 120))
  )
    return true;
  const before = doc.slice(Math.max(0, start - 60), start);
  return TIE_ENDS.has(lastWordOf(before)) && RELATED_BEFORE.test(before);
}
// Names that receive something from the incident rather than suffer it: the agency told of it ("notified the Ridge County
// Health Department", "is working with the Oregon Health Authority", "reported it to the FBI and the X Department"),
// the hospital that took the victim's patients
// ("ambulances were diverted to Pine Valley Medical Center", "transferred some patients to the Royal X"), the body the victim belongs to ("a member of X", "part of
// X"), the victim's provider named by the victim's possessive ("Kestrel Hospital's IT provider, X").
const RECEIVER_ENDS = new Set(
  "the to with of by at inside unlike notified informed alerted contacted notifying informing alerting nearby neighbouring neighboring other local state federal county provider, vendor, supplier, contractor, owner, parent, including them namely notably as".split(
    " ",
  ),
);
const NOTIFIED_BEFORE =
  /\b(?:notif(?:ied|ying|y)|inform(?:ed|ing|s)?|alert(?:ed|ing|s)?|contacted|reported (?:(?:it|this|the (?:breach|incident|attack)) )?to|(?:working|worked|work|works|cooperating|co-operating|liaising|in contact) (?:closely )?with|filed (?:a (?:notice|report) )?with)\s+(?:(?:the\s+)?\S+(?:\s+\S+){0,2}?\s+and\s+)?(?:the\s+)?(?:(?:state|federal|local|county|national|regional)\s+)?$/i;
const AGENCY = phrases(
  [
    String.raw`Department`,
    String.raw`Dept`,
    String.raw`Authority`,
    String.raw`Board`,
    String.raw`Agency`,
    String.raw`Ministry`,
    String.raw`Commission`,
    String.raw`Commissioner`,
    String.raw`Office`,
    String.raw`Regulator`,
    String.raw`Executive`,
    String.raw`Directorate`,
    String.raw`Inspectorate`,
    String.raw`Council`,
  ],
  "",
);
// The operator of sites counted or told as a class is the body attacked through them, and the sites describe it as their
// kind: "the IT systems of eleven hospitals and four care homes run by X" (read after "by" only). Where patients went
// ("diverted to hospitals run by X") it is a receiver, no victim (RECEIVED_BEFORE).
const UNNAMED_SITES = String.raw`(?:hospitals|clinics|homes|practices|cent(?:re|er)s|facilities|sites|pharmacies|surgeries|laboratories|labs)`;
const OPERATOR_OF_SITES = new RegExp(
  String.raw`\b(?<!\b(?:pet|vet|veterinary|animal|equine)\s)${UNNAMED_SITES}(?:\s+and\s+(?:\S+\s+){0,3}?${UNNAMED_SITES})?\s+(?:operated|run|managed|owned)\s+by\s+(?:the\s+)?$`,
  "i",
);
const RECEIVED_BEFORE = new RegExp(
  String.raw`\b(?:(?:diverted|diverting|sent|sending|transferred|transferring|shifted|moved|moving|taken|taking|took|redirected|redirecting|re-routed|rerouted|referred|referring|directed|directing|going|airlifted|flown|bringing|brought|transporting|transported)(?:\s+\S+){0,3}?\s+to|(?:a )?(?:(?:wholly[- ]owned|\S+-owned) )?(?:part|member|division|unit|affiliate|subsidiary|arm|brand) of|affiliated with|(?:based|located|housed) (?:at|inside)|(?<!(?<!\bto(?:\s+\S+){0,3}?)\s${UNNAMED_SITES}\s)(?:operated|run|managed|owned) by|acquired by|bought by|backed by|unlike|compared (?:with|to))\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|other|local)\s+)?$`,
  "i",
);
// The destinations listed after the other hospitals they are: "took patients to other hospitals in the region, among
// them the university hospital in Erlangen and the Klinikum Nordstadt", "..., in particular to the CHU de X" (read on a
// bounded slice before the name).
const RECEIVED_LIST_BEFORE =
  /\b(?:diverted|sent|sending|transferred|transferring|moved|taken|taking|took|bringing|brought|redirected|rerouted|referred|directed)\b[^.;]{0,50}?\bto (?:other|nearby|neighbou?ring|surrounding|several|two|three) (?:\S+ ){0,2}?(?:hospitals|clinics|facilities|trusts)\b[^.;:]{0,40}?(?:,|:| -| —)? (?:among them|including|such as|notably|namely|in particular|particularly|especially|mainly|chiefly)\b[^.;]{0,100}$/i;
const POSSESSOR_TIE = new RegExp(String.raw`['’]s\s+(?:[\p{L}\-]+\s+){0,2}?${TIE},\s+$`, "iu");
// "a cardiology practice based at Cabrini Hospital": the hospital hosts the practice, the practice is what was hit.
const HOSTED_BEFORE = /\b(?:based|located|housed) (?:at|inside)\s+$/i;
// A ministry or department given as the source ("..., the Ministry of Health and Welfare said", "according to the X County
// Department of Public Health") reports another body's incident: one speaking of itself says "it" or "its" next.
const GOVERNMENT_BODY = /\b(?:Ministry|Department|Dept)\b/;
const SOURCE_AFTER = /^\s+(?:said|says|told)\b(?!,?\s+(?:that\s+)?(?:it|its)\b)/;
const SOURCE_BEFORE = /\b(?:said|says|told|according to)\s+the\s+$/i;
function isReceiver(doc: string, start: number, end: number, name: string): boolean {
  // Cheap character checks first: this runs for every candidate name, and pages of names are the worst case.
  const next = unitAt(doc, end + 1);
  if (
    (next === 115 || next === 116) &&
    unitAt(doc, end) === 32 &&
    GOVERNMENT_BODY.test(name) &&
    SOURCE_AFTER.test(doc.slice(end, end + 20))
  )
    return true;
  if (
    (unitAt(doc, end) === 32 || unitAt(doc, end) === 39) &&
    (next === 119 || next === 105 || next === 104 || next === 97 || next === 114 || next === 115) &&
    (SPARED_AFTER.test(doc.slice(end, end + 50)) || APPEALS_AFTER.test(doc.slice(end, end + 50)))
  )
    return true;
  if (CARRIER_NAME.test(name) && CARRIES_AFTER.test(doc.slice(end, end + 90))) return true;
  const last = lastWordBefore(doc, start);
  if (!RECEIVER_ENDS.has(last)) return false;
  const before = doc.slice(Math.max(0, start - 60), start);
  // "at" comes before many names: after it only the host of a practice is read.
  if (last === "at" || last === "inside") return HOSTED_BEFORE.test(before);
  if (AGENCY.test(name) && NOTIFIED_BEFORE.test(before)) return true;
  if (last === "the" && GOVERNMENT_BODY.test(name) && SOURCE_BEFORE.test(before)) return true;
  return (
    RECEIVED_BEFORE.test(before) ||
    (last.endsWith(",") && POSSESSOR_TIE.test(before)) ||
    RECEIVED_LIST_BEFORE.test(doc.slice(Math.max(0, start - 220), start))
  );
}
// "Imaging subsidiary of Caldera Health hit by ransomware": the verb after "<part> of X" tells of the part, not of X.
// "at its Smilow Cancer Hospital", "to its Hill Street clinic": a place the body just named owns (see chooseVictims); so
// is a unit given by "whose" ("whose Enzo Clinical Labs unit runs testing") unless the clause tells it hit.
const OWNED_UNIT_BEFORE = /\b(?:(?:at|in|of|from|to)\s+its|whose)\s+$/i;
const HIT_AFTER = /^[^.;]{0,40}?\b(?:hit|attack(?:ed)?|breached|compromised|encrypted|affected|targeted)\b/i;
const ownedUnit = (doc: string, v: VictimSpan) => {
  const before = doc.slice(Math.max(v.sentence.start, v.start - 12), v.start);
  return OWNED_UNIT_BEFORE.test(before) && !(before.endsWith("whose ") && HIT_AFTER.test(doc.slice(v.end, v.end + 60)));
};
const PART_OF_BEFORE = /\b(?:part|member|division|unit|affiliate|subsidiary|subsidiaries|arm|brand) of\s+(?:the\s+)?$/i;
// "the attack on its subsidiary Change Healthcare": the body tied to another is itself the object of the attack.
const ATTACKED_TIE_BEFORE = new RegExp(
  String.raw`\b(?:(?:cyber-?)?attacks? (?:on|against)|breach (?:at|of)|hack (?:of|at)|hit|struck|targeted|breached|compromised|attacked)\s+(?:its|their|(?:the )?(?:company|hospital|firm|group|organi[sz]ation|system)'s)\s+(?:[\p{L}\-]+\s+){0,2}?${TIE}\s+$`,
  "iu",
);
function isAttacked(doc: string, start: number, end: number): boolean {
  const before = doc.slice(Math.max(0, start - 60), start);
  const subject = ATTACK_SUBJECT_AFTER.exec(doc.slice(end, end + 80));
  const last = lastWordOf(before);
  return (
    (OBJECT_ENDS.has(last) && ATTACK_OBJECT_BEFORE.test(before)) ||
    (TIE_ENDS.has(last) && ATTACKED_TIE_BEFORE.test(before)) ||
    (!!subject && ATTACKED_SUBJECT.test(subject[0]) && !PART_OF_BEFORE.test(before))
  );
}

// Sentences about other incidents: another time at their opening (a month alone before an attack told indefinitely, "In
// March, a cyber attack on X forced it to ...", as "in a 2019 attack" is another), or a comparison with other victims.
const OTHER_INCIDENT =
  /^(?:earlier (?:this|that|last) (?:week|month|year)|last (?:week|month|year)|in (?:19|20)\d\d\b|in (?:january|february|march|april|may|june|july|august|september|october|november|december)\s*, (?:an?|one) (?:\S+ ){0,2}?(?:attack|cyberattack|breach|hack|incident)\b|(?:a|one|two|three|four|five|six|several|a few) (?:days|weeks|months|years) (?:ago|earlier|before)|the (?:previous|prior) (?:week|month|year)|previously)|\b(?:one of (?:several|many|a (?:number|series|string) of)|(?:is|was) the latest (?:in|of)|(?:is|was) the (?:second|third|fourth|fifth) [^.;]{0,30}?\b(?:in|this|since)\b|the (?:first|earlier|previous) (?:one |case )?was|joins a (?:growing |long )?(?:list|string)|(?:comes|came|coming) (?:(?:just|only|barely|less than|more than|about|nearly|almost|some) )?(?:\S+ )?(?:days?|weeks?|months?|years?) after|(?:comes?|came|coming|arriv(?:e|es|ed|ing)) (?:just |only )?as\b[^.;]{0,80}?\b(?:says?|said|claims?|claimed|admits?|admitted|confirms?|confirmed|reports?|reported|discloses?|disclosed|announces?|announced)\b|follows (?:similar|other|recent) (?:attacks|incidents|breaches)|similar (?:attacks|incidents|breaches) (?:at|on|against)|(?:suffered|experienced|reported|faced|was hit by|were hit by) a similar|in recent (?:years|months|weeks|days)|(?:has|have|had) also (?:claimed|hit|attacked|targeted|listed|posted)|an? unrelated (?:\S+ )?(?:breach|attack|incident|hack|cyber-?attack)|(?:has|have) (?:also )?faced (?:similar )?(?:attacks|breaches|incidents)|(?:other|previous|earlier|past) (?:victims|targets)\b[^.;]{0,40}\b(?:include|included|have included|were|are)|(?:was|were|had|has) also\b[^.;]{0,80}\b(?:earlier|last) (?:this |that )?(?:week|month|year)|(?:reported|disclosed|announced|suffered) (?:\S+ ){0,3}?(?:breach(?:es)?|(?:cyber-?)?attacks?|incidents?|hacks?) earlier (?:this|that|last) (?:week|month|year))\b/i;

// Sentences about who owns whom ("X is the parent of Y and Z", "part of the X family", "later combined X with Y"): the
// names there are given for their ties, not as victims, unless one is itself said to be attacked.
const OWNERSHIP = phrases([
  String.raw`(?:is|was|are|were) (?:the|a|its|their) (?:parent|owner|subsidiary|subsidiaries|sister)(?: companies| company| firm| organi[sz]ation)? of`,
  String.raw`part of the\b[^.;]{0,40}\b(?:family|group)`,
  String.raw`(?:owned|acquired|bought|purchased|taken over) by`,
  String.raw`(?:combined|merged)\b[^.;]{0,60}\bwith`,
  String.raw`(?:has|have) (?:links|ties)\b`,
  String.raw`links (?:as well )?to`,
  String.raw`(?:runs|operates|owns|has|includes|comprises) (?:\S+ ){0,3}?(?:wholly[- ]owned )?subsidiaries`,
]);
// The words each alternative of OTHER_INCIDENT and OWNERSHIP cannot match without: a sentence holding none of them is
// passed over before the pattern reads it (most sentences naming a victim are about this incident and no owner).
const FRAME_GATES = wordGates({
  otherIncident:
    "earlier last 19* 20* january february march april may june july august september october november december days weeks months years previous prior previously several many number series string latest joins come comes came coming arrive arrives arrived arriving follows similar recent also unrelated faced victims targets first second third fourth fifth",
  ownership:
    "parent owner subsidiary subsidiaries sister part owned acquired bought purchased taken combined merged links ties",
});

// "The Hospital Group, which also goes by the name Transform Hospital Group": an alias apposition makes a sentence's
// opening "The" part of the name, and both names are the victim's.
export const ALIAS_AFTER =
  /^,\s+(?:(?:which|who) (?:also )?(?:goes|went|is known|was known|trades|traded|operates|does business)\b|also known as\b|(?:now|formerly|previously) (?:known as|called)\b|trading as\b|doing business as\b)/i;

// A site or branch of a victim named with the victim's own leading words ("Kestrel Valley Medical Center" and "the Kestrel
// Valley Downtown Pharmacy are open"): the site is part of the victim, not another one.
const SITE_WORD =
  /^(?:pharmacy|pharmacies|clinics?|campus(?:es)?|locations?|sites?|branch(?:es)?|wards?|wing|units?|outpatient|downtown|express|urgent|store|stores)$/i;
const SITE_AFTER = /^\s+(?:locations?|sites?|campus(?:es)?|branch(?:es)?|stores?|clinics?)\b/i;
// An ambulance service carrying the victim's patients elsewhere answers the incident: "Leon County EMS is taking other
// patients to Capital Regional Medical Center" (the carrier's own attack is told in other words).
const CARRIER_NAME = /\b(?:EMS|Ambulance|Ambulances|Fire|Rescue|Paramedics|Emergency Medical Services)$/;
const CARRIES_AFTER =
  /^\s+(?:(?:is|are|was|were|has been|have been|had been)\s+)?(?:taking|took|takes|bringing|brought|brings|transporting|transported|transports|sending|sent|sends|diverting|diverted|diverts|routing|routed|rerouting|rerouted|redirecting|redirected)\s+(?:\S+\s+){0,3}?(?:patients|ambulances|calls|cases)\s+(?:\S+\s+){0,3}?to\b/i;
// "The Veterans Health Administration was not affected": a name the text says was spared.
const SPARED_AFTER =
  /^(?:['’]s)?\s+(?:(?:was|were|is|are|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:affected|impacted|involved|hit|targeted|breached|compromised|attacked)|(?:was|were|is|are|remains?|remained)\s+(?:unaffected|unaffected|not affected))\b/i;
// "NHS Blood and Transplant has appealed for O-negative donors": a body that answers the incident with an appeal to the
// public, not one hit by it.
const APPEALS_AFTER =
  /^\s+(?:(?:has|have|had|is|was|were|are)\s+)?(?:appealed|appealing|appeals|issued an appeal|launched an appeal|called|calling|asked|asking)\s+(?:for\s+(?:\S+\s+){0,3}?(?:donors|donations|volunteers|blood)|(?:the public|donors|people|volunteers)\s+to)\b/i;
// "analyst Jane Roe of Kestrel Medical School": a person's name before "of" after a word for a person is no part of the name.
const PERSON_NOUN = new Set(
  "expert analyst researcher researchers professor doctor dr dr. nurse surgeon physician spokesperson spokesman spokeswoman director officer official executive manager consultant lawyer attorney economist scientist".split(
    " ",
  ),
);

// "X and its insurer Y confirmed that a ransomware attack has affected their systems": the speaker tells of an attack
// on its own systems or network.
const TOLD_ATTACK_ON_ITS =
  /^,?\s+(?:(?:also|both|have|has|had)\s+)?(?:said|says|confirmed|confirm|reported|disclosed|announced|revealed|acknowledged)\s+(?:on \w+\s+)?(?:that\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|cyber-?attack|breach|intrusion|incident|hack)\s+(?:(?:has|had|have)\s+(?:been\s+)?)?(?:\S+\s+){0,2}?(?:affected|hit|disrupted|encrypted|crippled|compromised|struck|paralys\w+|paralyz\w+|targeted|took down|knocked out)\s+(?:its|their)\s/i;
// "X says hackers who broke into its network stole files containing data on about 400,000 patients": the speaker's own
// network broken into and its patients' data taken tell a healthcare body attacked.
const PATIENTS_DATA_AFTER =
  /^,?\s+(?:said|says|confirmed|reported|disclosed|announced)\s+(?:that\s+)?(?:hackers|attackers|criminals|intruders|cybercriminals)\s+(?:who\s+)?(?:broke into|accessed|breached|hacked|got into|infiltrated)\s+its\s[^.;]{0,120}?\b(?:data|records|information|details)\s+(?:on|of|about|belonging to)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+patients\b/i;
// The part of ATTACK_SUBJECT_AFTER that says the name was attacked, not merely that it spoke.
const ATTACKED_SUBJECT =
  /\b(?:hit|struck|attacked|breached|targeted|compromised|suffered|data breach|breach|cyberattack|ransomware attack|hack|affected by (?:the|this) (?:\S+ )?(?:attack|breach|incident|hack|cyberattack))$/i;
// "The University of Kestrel (UK), was also affected by the attack": "also" ties a body hit beside the victim to this
// incident, so it counts without a healthcare word or a second mention.
// "Also suffered a cyber attack" is more often another incident than this one, so only "affected" or "hit by the attack".
// A tie to the victim told just before a name: "its parent", "FHCC's parent entity, the", "a sister hospital,".
const TIED_BEFORE = /\b(?:parent|owner|sister|affiliated?|subsidiary)\b[^.;:]{0,30}$/i;
// The same with the tie in an apposition after the name: "X, FHCC's parent entity, was also affected by the attack".
const TIED_APPOSITION_ALSO =
  /^,\s[^,.;()]{0,40}?\b(?:parent|owner|sister|affiliated?|subsidiary)\b[^,.;()]{0,30},\s+(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?also\s+(?:been\s+)?(?:(?:affected|impacted)\b|(?:hit|compromised|breached|attacked|targeted)\s+(?:by|in)\s+(?:the|this)\b)/i;
// "The attack targeted X, the company that runs IT and payroll for the five hospitals": a body attacked and described as
// an organisation whose relative clause says it works for healthcare bodies is one of the incident's victims.
// "X, the company that runs the Apotheka and Euroapteek pharmacy chains": one that runs healthcare sites is in healthcare.
const SERVES_HEALTH_AFTER =
  /^\s+(?:that|which|who)\s+(?:(?:runs|provides|supplies|manages|operates|handles|hosts|serves)\s[^.;]{0,80}?\b(?:for|to)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){0,2}?(?:hospitals|clinics|health\w*|nhs|patients|practices|pharmacies)|(?:runs|operates|owns)\s[^.;]{0,60}?\b(?:hospitals|clinics|pharmacies|pharmacy chains?|care homes|nursing homes|laboratories))\b/i;
const servesHealthAfter = (doc: string, from: number) => SERVES_HEALTH_AFTER.test(doc.slice(from, from + 140));
const KIND_LIST_BEFORE =
  /\b(?:hospitals|health systems|clinics|medical cent(?:er|re)s|practices|pharmacies|laboratories|labs|(?:health ?care|health|medical) (?:providers|organi[sz]ations))(?:\s+(?:in|across|around)\s+[^,.;]{1,40})?,?\s+(?:including|such as)\s+$/i;
const ALSO_OBJECT_BEFORE = /\balso (?:reached|hit|struck|affected|breached|compromised)\s+(?:the\s+)?$/i;
const ALSO_SAME =
  /^(?:['’]s)?,?\s+(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?also\s+(?:been\s+)?(?:(?:affected|impacted)\b|(?:hit|compromised|breached|attacked|targeted)\s+(?:by|in)\s+(?:the|this)\b)/i;

// Small words packed as numbers (seven bits per lower-cased ASCII letter), so checking a word builds no substring.
const packWord = (t: string, i: number, j: number): number => {
  let code = 0;
  for (let k = i; k < j; k++) {
    const c = t.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return -1;
    code = code * 128 + c;
  }
  return code;
};
const HEADING_SMALL_WORDS = new Set(
  "of and the a an in on at to for by with from as or de".split(" ").map((w) => packWord(w, 0, w.length)),
);
const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;

// A full stop, "!" or "?" at the end, perhaps inside a closing quote, as /[.!?]["”’]?$/ reads it, without a scan of the line.
const isStopCode = (c: number) => c === 46 || c === 33 || c === 63;
function endsSentence(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return isStopCode(c) || ((c === 34 || c === 8221 || c === 8217) && isStopCode(t.charCodeAt(t.length - 2)));
}

// A heading or Title Case headline: every word capitalised, so capitalisation says nothing about where a name starts.
// Walks the words by hand: it runs on every sentence, and splitting each into arrays was a hot spot.
function isHeading(s: Sentence): boolean {
  const t = s.text;
  // A body line is a heading only when short and without a full stop: most sentences are ruled out before any counting.
  if (!s.inTitle && endsSentence(t)) return false;
  let words = 0;
  let caps = 0;
  for (let i = 0; i < t.length;) {
    if (isSpaceCode(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.length && !isSpaceCode(t.charCodeAt(j))) j++;
    const cp = t.codePointAt(i)!;
    const letter = cp < 128 ? (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : LETTER.test(String.fromCodePoint(cp));
    if (letter && (j - i > 4 || !HEADING_SMALL_WORDS.has(packWord(t, i, j)))) {
      if (++words > 14 && !s.inTitle) return false;
      if (cp < 128 ? cp <= 90 : UPPER.test(String.fromCodePoint(cp))) caps++;
    }
    i = j;
  }
  if (words < 2) return false;
  return caps / words >= 0.85 && (!s.inTitle || words >= 4);
}

// The words ATTACK_SUBJECT_AFTER can go on with after the name and a space, as prefixes (its case is ignored).
const SUBJECT_OPENERS =
  "also has have had was were is both all said says hit struck attacked breached targeted compromised suffered confirmed disclosed reported notif warn revealed acknowledged data breach cyberattack ransomware hack affected".split(
    " ",
  );
// The openers by their first letter's code, so the text after a name is compared only with those it can open.
const SUBJECT_OPENERS_BY_INITIAL = new Map<number, string[]>();
for (const w of SUBJECT_OPENERS) {
  const list = SUBJECT_OPENERS_BY_INITIAL.get(w.charCodeAt(0));
  if (list) list.push(w);
  else SUBJECT_OPENERS_BY_INITIAL.set(w.charCodeAt(0), [w]);
}
// True when the text after a name ending at `end` can open ATTACK_SUBJECT_AFTER: a possessive and a comma perhaps,
// whitespace, then one of its words. Most capitalised names are followed by something else, and the pattern is long.
function subjectVerbAfter(doc: string, end: number): boolean {
  let i = end;
  const q = unitAt(doc, i);
  if ((q === 39 || q === 8217) && (unitAt(doc, i + 1) | 32) === 115) i += 2;
  if (unitAt(doc, i) === 44) i++;
  const from = i;
  while (i < doc.length && isSpaceCode(doc.charCodeAt(i))) i++;
  const openers = i === from ? undefined : SUBJECT_OPENERS_BY_INITIAL.get(unitAt(doc, i) | 32);
  if (!openers) return false;
  const next = doc.slice(i, i + 12).toLowerCase();
  return openers.some((w) => next.startsWith(w));
}

// True when whitespace at `at` leads to a "t", an "a" or an "o" (of "the", "a", "an", "one of"), as DESCRIBED_AFTER needs
// after its comma.
function articleAfter(doc: string, at: number): boolean {
  let i = at;
  while (i < doc.length && isSpaceCode(doc.charCodeAt(i))) i++;
  const c = unitAt(doc, i) | 32;
  return i > at && (c === 116 || c === 97 || c === 111);
}

// The word ending just before `start` (spaces skipped), lower-cased, read without slicing the text before it.
function lastWordBefore(doc: string, start: number): string {
  let end = start;
  while (end > 0 && end > start - 8 && isSpaceCode(doc.charCodeAt(end - 1))) end--;
  let from = end;
  while (from > 0 && from > end - 16 && !isSpaceCode(doc.charCodeAt(from - 1))) from--;
  return doc.slice(from, end).toLowerCase();
}

// The last whitespace-separated word of `text`, lower-cased ("" when there is none).
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
// Whole-word occurrences of a name in `text`, counted once per distinct name: a page repeating one name thousands of
// times would otherwise rescan the whole text for each mention. A page of many distinct names would still scan the text
// once per name, so past a few names the counter reads the text's words once and looks each name up by its first word.
const SCANS_BEFORE_INDEX = 24;
function wordCounter(text: string): (name: string) => number {
  const counts = new Map<string, number>();
  let starts: Map<string, number[]> | null = null;
  let scans = 0;
  return (name) => {
    let n = counts.get(name);
    if (n !== undefined) return n;
    n = 0;
    const first = FIRST_WORD.exec(name);
    if (scans < SCANS_BEFORE_INDEX || !first) {
      scans++;
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length))
        if (!isWordChar(text[i - 1]) && !isWordChar(text[i + name.length])) n++;
    } else {
      starts ??= startsByWord(text);
      let next = 0;
      for (const i of starts.get(first[0]) ?? [])
        if (i >= next && text.startsWith(name, i)) {
          if (!isWordChar(text[i + name.length])) n++;
          next = i + name.length;
        }
    }
    counts.set(name, n);
    return n;
  };
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
// Where each word of `text` begins, by the word (lexicon.ts's wordStarts lists the same offsets in text order).
function startsByWord(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    const at = starts.get(m[0]);
    if (at) at.push(m.index);
    else starts.set(m[0], [m.index]);
  }
  return starts;
}

// The first span of each name, in order: later mentions add nothing to what is kept, only work.
function firstOfEachName(spans: VictimSpan[]): VictimSpan[] {
  const seen = new Set<string>();
  return spans.filter((v) => !seen.has(v.name) && !!seen.add(v.name));
}

// The string backwards, a surrogate pair kept in order (as [...s].reverse().join("") reads it, without an array).
function reverse(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) {
        out += s.slice(i - 1, i + 1);
        i--;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// Names in `sorted` (ascending) that begin with `name` followed by a space: a binary search, not a scan of every name.
function longerForms(sorted: string[], name: string): string[] {
  const prefix = `${name} `;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

/** What a candidate's words alone say (see extractVictims), the same wherever the same words recur. */
interface WordsRead {
  health: boolean;
  distinctive: boolean;
  naming: number;
  gp: boolean;
}
function readWordsOf(words: string[]): WordsRead {
  return {
    health: hasHealthWord(words),
    distinctive: isDistinctive(words),
    naming: namingWords(words),
    gp: gpWord(words),
  };
}

// The answer of `f` for each distinct key, worked out once per document: a name recurs in an article, and the checks
// that read it alone (a few patterns per word) cost more than a lookup.
function memoised<T>(f: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = f(key)));
    return answer;
  };
}

// More victims than any roundup names: fields read every victim against every sentence, so a page listing thousands of
// names would cost their product.
const MAX_VICTIMS = 40;

// A test for "this span overlaps a group name": a binary search over the mentions (left to right, not overlapping),
// since a page repeating group names would make a scan per candidate quadratic.
function groupOverlap(groups: GroupMention[]): (start: number, end: number) => boolean {
  // A loop, not map(): see wordsOf.
  const ends: number[] = [];
  for (const g of groups) ends.push(g.end);
  return (start, end) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < groups.length && groups[lo]!.start < end;
  };
}

/** Victim organisations named in sentences about this incident, in order of first mention, one per distinct name. */
export function extractVictims(doc: string, sentences: Sentence[], groups: GroupMention[]): VictimSpan[] {
  const overlapsGroup = groupOverlap(groups);
  const strong: VictimSpan[] = [];
  const weak: VictimSpan[] = [];
  // Names without a healthcare word described as an organisation, and those named as the one attacked.
  const describedOrg = new Set<string>();
  const attacked = new Set<string>();
  const placeNamed: VictimSpan[] = [];
  // Healthcare names introduced by their tie to the victim ("Alliance Health, the company's management provider").
  const related = new Set<string>();
  // Names found only in headings are unreliable (every word is capitalised): used when nothing else is found.
  const fromHeadings: VictimSpan[] = [];
  // Organisations without a healthcare word or description, kept only when listed beside a victim.
  const listed: VictimSpan[] = [];
  // Names without a healthcare word said to have been hit too ("X was also affected by the attack").
  const alsoHit: VictimSpan[] = [];
  // Names met at least once outside a receiving frame (see isReceiver).
  const freeMention = new Set<string>();
  // Mentions of names without a healthcare word whose ties and receiving frames are read once the weak names are known.
  const unframed: Candidate[] = [];
  // The words of the capitalised run being read, refilled for each run.
  const run: RunWord[] = [];
  // The sentence before, for an anaphor's antecedent ("A Florida imaging company ... The firm, X, said").
  let previousText: string | undefined;
  const listedNonVictim = memoised(containsNonVictim);
  // Keyed by the piece's text: its words are that text cut at its spaces, so the same text reads the same.
  const wordsRead = new Map<string, WordsRead>();
  // The last name without a healthcare word of the sentence before, and the only one of this sentence (or null if
  // several), for a description after it (victim-anaphora.ts).
  let lastBefore: VictimSpan | undefined;
  // The healthcare sector a tracker post's field list gives anywhere in the article (null: not read yet).
  let docSector: string | undefined | null = null;
  for (const s of sentences) {
    if (s.boilerplate || s.background) continue;
    // An anaphor picks up a name of its own paragraph: a caption's or a byline's stands apart.
    if (
      lastBefore &&
      lastBefore.sentence.paragraph === s.paragraph &&
      describedByNextSubject(doc, s.start, isHealthDescription)
    )
      weak.push(lastBefore);
    lastBefore = undefined;
    let onlyHere: VictimSpan | null | undefined;
    // A description beside a sentence that names a healthcare body is that body's (its short form's, "The health company").
    const strongBefore = strong.length;
    const previous = previousText;
    previousText = s.text;
    // Read at the sentence's first piece, if it has one: most sentences' runs are stop words alone ("The", "In").
    let heading: boolean | undefined;
    for (let end = nextRun(doc, s.start, s.end, run); end >= 0; end = nextRun(doc, end, s.end, run)) {
      for (const whole of piecesOf(run)) {
        const piece = afterPlaceOfPrevious(doc, beforePlaceOfNext(doc, whole));
        if (heading === undefined) heading = isHeading(s);
        // "confirmed by The Hospital Group": a capitalised "The" inside a sentence belongs to the name.
        const the = piece.words[0]!.start - 4;
        // One generic word is no name: "The Healthcare industry".
        const withThe =
          the > s.start &&
          doc.slice(the, piece.words[0]!.start) === "The " &&
          !heading &&
          (piece.words.length > 1 || isDistinctive([piece.words[0]!.w]));
        const words = wordsOf(piece);
        const c = candidateName(doc, piece);
        // A company suffix standing alone ("Dental Care Alliance, LLC, a ...") belongs to the name before it.
        if (!c || overlapsGroup(c.start, c.end) || CORP_SUFFIX_ONLY.test(c.name)) continue;
        // A tracker's sector cell names a sector, not a body: "Sector: Pharmaceuticals".
        if (unitAt(doc, c.start - 2) === 58 && SECTOR_CELL_BEFORE.test(doc.slice(c.start - 8, c.start))) continue;
        const acronym = c.name.endsWith(")") ? / \(([^)]+)\)$/.exec(c.name)?.[1] : undefined;
        // "Hamilton Health Sciences (HHS)": an acronym that abbreviates the name is the name's own, whatever else it stands for.
        if (
          listedNonVictim(c.name) ||
          (acronym && isNotAVictim(acronym) && !(abbreviates(acronym, words) && isDistinctive(words)))
        )
          continue;
        // A place ("Denmark", "Ohio") names where the victim is, never the victim, unless "the" and a lower-case
        // healthcare noun make it a name ("the Armentieres hospital", as translated news writes it; not "a German hospital").
        // "Battle Creek, Mich.": the run leaves the abbreviated state's full stop, which the place's spelling keeps.
        if (PLACE_NAMES.has(c.name) || (unitAt(doc, c.end) === 46 && PLACE_NAMES.has(c.name + "."))) {
          const noun =
            heading || DEMONYM.test(c.name) || !/\bthe $/i.test(doc.slice(c.start - 4, c.start))
              ? null
              : PLACE_NOUN.exec(doc.slice(c.end, c.end + 40));
          // The noun may come first, as translated news also writes it: "the hospital centre of Armentières".
          const nounOf =
            noun || heading || DEMONYM.test(c.name) ? null : PLACE_NOUN_OF.exec(doc.slice(c.start - 40, c.start));
          if (noun)
            placeNamed.push({
              name: c.name + noun[0],
              start: c.start,
              end: c.end + noun[0].length,
              sentence: s,
              healthcare: true,
            });
          else if (nounOf) {
            const start = c.start - nounOf[1]!.length;
            placeNamed.push({ name: doc.slice(start, c.end), start, end: c.end, sentence: s, healthcare: true });
          }
          continue;
        }
        if (namesNoOrganisation(doc, words, c.end, !!acronym) || placeAndInitials(doc, words, c.end, isPlaceName))
          continue;
        // "threat intelligence firm Northgate Labs": a security company quoted on the attack (victim-security-firm.ts).
        if (isSecurityFirm(doc, s.start, c.start, c.end)) continue;
        // "according to the Wisconsin Dental Association": a members' body cited as a source (victim-source-body.ts).
        if (isCitedMembersBody(doc, s.start, c.start, c.name)) continue;
        // "the National Health Superintendency said it had asked ...": an overseer, unless the text attacks it.
        if (isOverseer(c.name) && !isAttacked(doc, c.start, c.end)) continue;
        // "expert Jane Roe of Kestrel Medical School", "Dr Jane Roe of Kestrel Hospital": keep what follows "of".
        const of = words.length > 3 ? words.indexOf("of") : -1;
        if (
          (of === 2 || of === 3) &&
          !hasHealthWord(words.slice(0, of)) &&
          (HONORIFIC.test(words[0]!) || PERSON_NOUN.has(lastWordOf(doc.slice(Math.max(0, c.start - 30), c.start))))
        ) {
          const rest = { words: piece.words.slice(of + 1) };
          const r = candidateName(doc, rest);
          if (r && hasHealthWord(words.slice(of + 1)) && isDistinctive(words.slice(of + 1)))
            strong.push({ name: r.name, start: r.start, end: r.end, sentence: s, healthcare: !heading });
          continue;
        }
        // "The Hospital Group, which also goes by ...": at a sentence's opening, "The" belongs to a name given an alias.
        const openingThe =
          !withThe &&
          the === s.start &&
          !heading &&
          doc.slice(the, piece.words[0]!.start) === "The " &&
          (unitAt(doc, c.end) === 44 ? ALIAS_AFTER.test(doc.slice(c.end, c.end + 60)) : dashAlias(doc, c.end));
        let read = wordsRead.get(c.words);
        if (!read) wordsRead.set(c.words, (read = readWordsOf(words)));
        // "Tamar Vale GP Federation", "the Haddon Moor GP surgery": "GP" before an organisation's head (see victim-gp.ts).
        const gpNoun = read.gp ? gpNounAfter(doc, c.end, words, isPlaceName) : null;
        if (gpNoun) {
          c.name += gpNoun;
          c.end += gpNoun.length;
        }
        const health = read.health || !!gpNoun || (read.gp && gpBeforeHead(words, isPlaceName) >= 0);
        // "Brazil's Ministry of Health": a place's possessive makes a generic body's name its own.
        const owner =
          health && !heading && !withThe && !openingThe && !acronym && !read.distinctive
            ? placePossessive(doc, c.start)
            : null;
        // "American Addiction Centers, which runs ...": a nation's word, a specialty and a generic head used as a name.
        const nationNamed =
          health && !read.distinctive && !heading && !owner && countryNamed(doc, words, c.start, c.end, s.start);
        if (health && (read.distinctive || withThe || openingThe || !!owner || !!acronym || nationNamed)) {
          // Built field by field: object spread was a measurable cost on this per-name path.
          const name = withThe || openingThe ? `The ${c.name}` : owner ? `${owner} ${c.name}` : c.name;
          const from = withThe || openingThe ? the : owner ? c.start - owner.length - 1 : c.start;
          const span = { name, start: from, end: c.end, sentence: s, healthcare: !heading };
          (heading ? fromHeadings : strong).push(span);
          if (!heading && isRelated(doc, c.start, c.end)) {
            related.add(name);
            if (isAttacked(doc, c.start, c.end)) attacked.add(name);
          }
          if (heading || !isReceiver(doc, span.start, c.end, name)) freeMention.add(name);
          else if (isAttacked(doc, span.start, c.end)) attacked.add(name);
          continue;
        }
        if (heading || (read.naming > 5 && !placedTail(words)) || !read.distinctive) continue;
        // Read within the sentence: a headline's last word ("... hits senior living operator") describes nothing after it.
        const before = doc.slice(Math.max(s.start, c.start - 60), c.start);
        // "Primewell Infusion, Inc., a home infusion pharmacy" (or "Primewell Infusion Inc., a ..."): a company suffix stands
        // between the name and its description.
        const suffixAt = unitAt(doc, c.end);
        const suffix =
          suffixAt === 44 || (suffixAt === 32 && unitAt(doc, c.end + 1) < 97)
            ? CORP_SUFFIX_AFTER.exec(doc.slice(c.end, c.end + 12))
            : // "Brightwater Services Inc., a ...": the run keeps the suffix and leaves its full stop.
              suffixAt === 46 && unitAt(doc, c.end + 1) === 44 && CORP_SUFFIX_END.test(c.name)
              ? ["."]
              : null;
        let at = c.end + (suffix ? suffix[0].length : 0);
        // 'Sunhaven Senior Living ("Sunhaven"), an operator of ...': a quoted short name stands before the description.
        if (unitAt(doc, at) === 32 && unitAt(doc, at + 1) === 40)
          at += QUOTED_ALIAS.exec(doc.slice(at, at + 50))?.[0].length ?? 0;
        const after = doc.slice(at, at + 80);
        // The anchored patterns are costly on every capitalised word; the word just before the name gates them.
        const lastWord = lastWordOf(before);
        // Likewise the characters after it: a description opens on "the", "a" or "an" after a space (and perhaps a comma),
        // a definition on a comma.
        const comma = unitAt(doc, at) === 44;
        const apposed =
          (articleAfter(doc, at + (comma ? 1 : 0)) ? DESCRIBED_AFTER.exec(after)?.[0] : undefined) ??
          (comma ? (placeDescribedAfter(after) ?? placePossessiveApposition(after, isPlaceName)) : undefined);
        // "and its affiliated nursing home, Tarrow Manor": a healthcare description before the name and a comma.
        let describedComma =
          !apposed && lastWord.endsWith(",") && DESCRIPTOR_ENDS.has(lastWord.slice(0, -1))
            ? DESCRIBED_BEFORE_COMMA.exec(before)
            : null;
        if (describedComma && !HEALTH_DESCRIPTION.test(describedComma[0])) describedComma = null;
        // "The health authority for the Copenhagen area, Region H,", "The firm, Akvane," (victim-anaphora.ts).
        const preposed =
          !apposed && !describedComma && lastWord.endsWith(",")
            ? preposedDescription(before, previous, isHealthDescription)
            : undefined;
        // A tracker's field list: "Victim: Harlow Family Planning | Country: US | Sector: Healthcare" names the one
        // attacked and describes it by its sector, which may stand on a line of its own ("Victim: X (US)\nSector:
        // Healthcare"): the article's is read once.
        const sectorField =
          lastWord === "victim:"
            ? (healthSectorField(s.text) ?? (docSector === null ? (docSector = healthSectorField(doc)) : docSector))
            : undefined;
        if (sectorField) attacked.add(c.name);
        // "Websites of several US hospitals, including Cedars-Sinai in Los Angeles and ...": a member of a list its kind
        // opens is of that kind.
        const kindListed =
          lastWord === "including" || lastWord === "as" ? KIND_LIST_BEFORE.exec(before)?.[0] : undefined;
        const copula =
          !apposed &&
          c.start === s.start &&
          (doc.startsWith(" is ", at) || doc.startsWith(", based in ", at) || doc.startsWith(", headquartered in ", at))
            ? COPULA_BEFORE_DESCRIPTION.exec(doc.slice(at, at + 120))
            : null;
        const copular = copula
          ? DESCRIBED_AFTER.exec(doc.slice(at + copula[0].length - 1, at + copula[0].length + 79))?.[0]
          : undefined;
        const described =
          kindListed ??
          sectorField ??
          (apposed ? apposed + PHRASE_TAIL.exec(after.slice(apposed.length))![0] : undefined) ??
          copular ??
          (lastWord === "the" ? KIND_AFTER_NAME.exec(after)?.[0] : undefined) ??
          (lastWord === "by" || lastWord === "the" ? OPERATOR_OF_SITES.exec(before)?.[0] : undefined) ??
          (DESCRIPTOR_ENDS.has(lastWord) ? descriptionBefore(before) : undefined) ??
          (comma ? DEFINED_AFTER.exec(after)?.[0] : undefined) ??
          describedComma?.[0] ??
          preposed?.description;
        const object =
          (OBJECT_ENDS.has(lastWord) && ATTACK_OBJECT_BEFORE.test(before)) ||
          possessiveIncident(doc, c.end) ||
          (lastWord === "by" && SYSTEM_USED_BY.test(before));
        const verbAfter = subjectVerbAfter(doc, at);
        const subject = verbAfter ? ATTACK_SUBJECT_AFTER.exec(after) : null;
        // "Medstream, a software provider for hospital pharmacies, was hit": the subject of the attack past its apposition.
        if (described && !subject && comma && attackedPastApposition(doc, at + described.length)) attacked.add(c.name);
        // "Advanced supplies IT services to the NHS": a sentence that opens on the name and says what it supplies defines
        // it; a supplier so defined is a victim when attacked, or when the article names no other.
        const defines = !described && c.start === s.start && DEFINED_SUBJECT.test(after);
        if (described || defines) describedOrg.add(c.name);
        if (
          object ||
          (subject && ATTACKED_SUBJECT.test(subject[0])) ||
          preposed?.attacked ||
          (verbAfter && TOLD_ATTACK_ON_ITS.test(doc.slice(at, at + 160)))
        )
          attacked.add(c.name);
        // "X says hackers who broke into its network stole data on about 400,000 patients": its patients' data.
        const patientsOf = verbAfter && !described && PATIENTS_DATA_AFTER.test(doc.slice(at, at + 220));
        if (patientsOf) attacked.add(c.name);
        unframed.push(c);
        // Figures read as runs ("$10m") name nothing a description could point at.
        if (!(c.name.charCodeAt(0) >= 48 && c.name.charCodeAt(0) <= 57) && standsAsHead(doc, c.end)) {
          lastBefore = { name: c.name, start: c.start, end: c.end, sentence: s, healthcare: true };
          onlyHere = onlyHere === undefined ? lastBefore : null;
        }
        // "The University of Washington was also affected.": no attack named after it, the "also" ties it to this one;
        // a body told as the victim's parent or sister ("FHCC's parent entity, the University of Washington (UW), was also
        // affected") is attacked with it, where a customer council of a supplier is only touched by the knock-on.
        // "The intrusion also reached NoMoreClipboard, the company's patient portal subsidiary": a described body the
        // attack "also" reached is hit beside the victim, as one "also affected" is; so is a member of a list of
        // healthcare bodies told hit.
        if (kindListed || (object && described && ALSO_OBJECT_BEFORE.test(before))) {
          alsoHit.push({ name: c.name, start: c.start, end: c.end, sentence: s, healthcare: true });
          attacked.add(c.name);
        } else if (verbAfter && ALSO_SAME.test(after)) {
          alsoHit.push({ name: c.name, start: c.start, end: c.end, sentence: s, healthcare: true });
          if (TIED_BEFORE.test(before)) attacked.add(c.name);
        } else if (comma && after.includes(" also ") && TIED_APPOSITION_ALSO.test(after)) {
          // The tie told after the name: "The University of Washington, FHCC's parent entity, was also affected".
          alsoHit.push({ name: c.name, start: c.start, end: c.end, sentence: s, healthcare: true });
          attacked.add(c.name);
        }
        if (described || object || subject || defines || patientsOf)
          weak.push({
            name: c.name,
            start: c.start,
            end: c.end,
            sentence: s,
            healthcare:
              !!sectorField ||
              patientsOf ||
              (!!described &&
                (HEALTH_DESCRIPTION.test(described) ||
                  (!!object && !!apposed && servesHealthAfter(doc, at + described.length)))),
          });
        const listedFrom = describedComma?.index ?? preposed?.index;
        if (listedFrom !== undefined)
          // Listed from where its description opens, so "A and its affiliated nursing home, X" lists X beside A.
          listed.push({
            name: c.name,
            start: c.start - before.length + listedFrom,
            end: c.end,
            sentence: s,
            healthcare: true,
          });
        else if (words.length > 1 && (ORG_TAIL.test(words[words.length - 1]!) || placedTail(words)))
          listed.push({ name: c.name, start: c.start, end: c.end, sentence: s, healthcare: true });
        else {
          // "Bluewater Health, Norfolk hospice and Erie Shores HealthCare": a name and a lower-case healthcare noun.
          const noun = LOWER_NOUN_AFTER.exec(after);
          if (noun)
            listed.push({
              name: c.name + noun[0],
              start: c.start,
              end: c.end + noun[0].length,
              sentence: s,
              healthcare: true,
            });
        }
      }
    }
    // A headline's capitals name nothing reliably (see fromHeadings).
    if (strong.length > strongBefore || s.inTitle) lastBefore = onlyHere = undefined;
    if (onlyHere && describedByReportingTag(doc, onlyHere.end, s.end, isHealthDescription)) weak.push(onlyHere);
    if (s.text.includes("(") && /\(\p{Lu}/u.test(s.text) && !(heading ?? isHeading(s)))
      for (const v of acronymPhrases(doc, s)) if (!overlapsGroup(v.start, v.end)) strong.push(v);
  }
  return chooseVictims(doc, sentences, groups, overlapsGroup, {
    strong,
    weak,
    describedOrg,
    attacked,
    placeNamed,
    related,
    fromHeadings,
    listed,
    alsoHit,
    freeMention,
    unframed,
  });
}

/** What the sentences yield: the candidate names by kind, and what was read about them (see extractVictims). */
interface Candidates {
  strong: VictimSpan[];
  weak: VictimSpan[];
  describedOrg: Set<string>;
  attacked: Set<string>;
  placeNamed: VictimSpan[];
  related: Set<string>;
  fromHeadings: VictimSpan[];
  listed: VictimSpan[];
  alsoHit: VictimSpan[];
  freeMention: Set<string>;
  unframed: Candidate[];
}

// The victims among the candidates. A function of its own, apart from the loop over sentences: as one, the optimised
// code was thrown away (a "wrong map" on arrays built here) and the whole of it recompiled again and again, which cost
// more than all the reading it does.
function chooseVictims(
  doc: string,
  sentences: Sentence[],
  groups: GroupMention[],
  overlapsGroup: (start: number, end: number) => boolean,
  candidates: Candidates,
): VictimSpan[] {
  const { strong, weak, describedOrg, attacked, placeNamed, related, fromHeadings, listed, alsoHit, freeMention } =
    candidates;
  const { unframed } = candidates;
  // A name given by its tie ("its affiliate Ridgeway") is an organisation's, like a described one; ties and receiving
  // frames are read only for the names kept as weak candidates: the sets they fill are read for no other name of these.
  const weakNames = new Set(weak.map((w) => w.name));
  for (const c of unframed) {
    if (!weakNames.has(c.name)) continue;
    if (isRelated(doc, c.start, c.end)) {
      describedOrg.add(c.name);
      related.add(c.name);
    }
    if (!freeMention.has(c.name) && !isReceiver(doc, c.start, c.end, c.name)) freeMention.add(c.name);
  }
  // A name without a healthcare word counts when it is described as a healthcare body somewhere, or, in an article
  // with no healthcare victim at all (a law firm, a council), when it recurs as the object of the attack.
  // A supplier hit alongside its healthcare customer ("its third-party provider Fortra", "Fortra had suffered a
  // breach") is a victim too: described as an organisation in one place and named as the one attacked in another.
  // "... ransomware hit Corvane. The Chicago-based electronic health record company said": described after it.
  const healthWeak = new Set(
    weak
      .filter(
        (w) =>
          w.healthcare ||
          (describedOrg.has(w.name) && attacked.has(w.name)) ||
          describedAfterByDefinite(doc, w.end, isHealthDescription),
      )
      .map((w) => w.name),
  );
  const inDoc = wordCounter(doc);
  const recurring = weak.filter((w) => inDoc(w.name) >= 2);
  // Named by place more than once: a single "the Chicago hospital" is more often a back-reference than a name.
  // Named once, it is kept when it is the one said to be attacked and the article names no other victim.
  const placeNames = placeNamed.filter((v) => inDoc(v.name) >= 2);
  const onlyPlaceNamed =
    !placeNames.length && !strong.length && !weak.length && !alsoHit.length
      ? placeNamed.find((v) =>
          isAttacked(doc, v.start, v.end + (CENTRE_AFTER.exec(doc.slice(v.end, v.end + 8))?.[0].length ?? 0)),
        )
      : undefined;
  if (onlyPlaceNamed) placeNames.push(onlyPlaceNamed);
  // Named once, described as a healthcare body and said to be attacked ("Medstream, a software provider for hospital
  // pharmacies, was hit by ransomware") is as good as named twice.
  const attackedOnce = weak.filter((w) => w.healthcare && attacked.has(w.name) && inDoc(w.name) < 2);
  let kept = [...strong, ...placeNames, ...healthcareCopies(recurring, healthWeak), ...attackedOnce, ...alsoHit];
  // "Earlier this month Pinehurst Radiology reported a breach" (or "... reported data breaches earlier this month"): a
  // name met only in sentences about other incidents is background beside a victim named elsewhere.
  const elsewhere = new Map<Sentence, boolean>();
  const aboutOther = (s: Sentence) =>
    elsewhere.get(s) ??
    elsewhere
      .set(s, (FRAME_GATES.hits(s) & FRAME_GATES.bit.otherIncident) !== 0 && OTHER_INCIDENT.test(s.text))
      .get(s)!;
  const ownership = new Map<Sentence, boolean>();
  const aboutOwners = (s: Sentence) =>
    ownership.get(s) ??
    ownership.set(s, (FRAME_GATES.hits(s) & FRAME_GATES.bit.ownership) !== 0 && OWNERSHIP.test(s.text)).get(s)!;
  // "The earlier case was X", "in 2019 the same gang hit X": a mention set in the past of another incident, likewise.
  const past = pastFramer(sentences);
  const current = new Set<string>();
  // A name is current once one mention is: its other mentions are not framed.
  for (const v of kept)
    if (
      !current.has(v.name) &&
      !aboutOther(v.sentence) &&
      (!aboutOwners(v.sentence) || isAttacked(doc, v.start, v.end)) &&
      !past(v)
    )
      current.add(v.name);
  // "broke into the database of the University of Pittsburgh Medical Center in 2014 ... he hacked UPMC's database": a name
  // whose acronym is current is current too, though its own mention is dated.
  for (const v of kept)
    if (!current.has(v.name) && v.name.includes(" ")) {
      const words = v.name.split(" ");
      for (const c of current) if (c.length > 1 && c.length < 8 && abbreviates(c, words)) current.add(v.name);
    }
  if (current.size) {
    markOtherIncidentSentences(kept, current);
    kept = kept.filter((v) => current.has(v.name));
  }
  // A supplier's customers named for the knock-on of its attack are not victims beside it (victim-knock-on.ts).
  if (kept.length > 1 && kept.some((v) => isSupplier(doc, v))) {
    const knockOn = knockOnFramer(sentences);
    const hit = new Set<string>();
    for (const v of kept) if (!knockOn(v)) hit.add(v.name);
    if (hit.size) kept = kept.filter((v) => hit.has(v.name));
  }
  // A parent, owner or supplier named for its tie to the victim is not a victim unless it is itself said to be attacked.
  if (related.size) kept = kept.filter((v) => !related.has(v.name) || attacked.has(v.name));
  // A name only ever met receiving (told of the incident, taking the victim's patients) is no victim beside one that is.
  const received = kept.filter((v) => !freeMention.has(v.name) && !attacked.has(v.name));
  if (received.length && received.length < kept.length)
    kept = kept.filter((v) => freeMention.has(v.name) || attacked.has(v.name));
  else if (received.length && kept.every((v) => isReceiver(doc, v.start, v.end, v.name))) {
    // "patients of X, a cardiology practice based at Cabrini Hospital": where every name kept is told receiving, the
    // body described as a healthcare one beside the attack is the victim.
    const once = describedOnce(weak, sentences);
    if (once.length) kept = once;
  }
  // "X said treatments for patients at its Smilow Cancer Hospital were rescheduled": a unit that a victim named before it
  // owns ("its") is part of that victim, not a second one, unless it is itself said to be attacked.
  if (kept.length > 1)
    kept = kept.filter(
      (v) => !ownedUnit(doc, v) || attacked.has(v.name) || !kept.some((o) => o.name !== v.name && o.end < v.start),
    );
  // Sites named by their domain as the ones attacked ("the websites hit included kestrelhospital.dk").
  kept = [...kept, ...domainVictims(doc, sentences, kept)];
  if (kept.length === 0) kept = recurring;
  if (kept.length === 0) kept = describedOnce(weak, sentences);
  if (kept.length === 0) kept = fromHeadings;
  if (kept.length === 0) kept = repeatedAcronym(doc, sentences, groups);
  if (kept.length)
    kept = [...kept, ...coordinated(doc, listed, kept), ...parallelAcronyms(sentences, kept, overlapsGroup)];
  kept.sort((a, b) => a.start - b.start);
  kept = firstOfEachName(kept);
  kept = withoutSites(doc, kept);
  // "Welltok ... stolen through a flaw in the MOVEit Transfer software": the product it was reached through is no victim.
  if (kept.length > 1) {
    const contexts = productContexts(doc);
    const products = contexts.length ? kept.filter((v) => !v.healthcare && namedAsProduct(contexts, v.name)) : [];
    if (products.length && products.length < kept.length) kept = kept.filter((v) => !products.includes(v));
  }
  // "Memorial Health" beside "Memorial Health System": the short form is a separate victim only if it stands alone twice.
  // Counted in the body only: pages often repeat the headline as their first line.
  const inBody = wordCounter(doc.slice(doc.indexOf("\n\n") + 2));
  // "Blood Service" beside "Red Cross Blood Service" likewise: the longer name's tail, found among the reversed names.
  const names: string[] = [];
  const reversed: string[] = [];
  // Loops, not map(): see wordsOf.
  for (const v of kept) {
    names.push(v.name);
    reversed.push(reverse(v.name));
  }
  names.sort();
  reversed.sort();
  kept = kept.filter((v) => {
    const longer = longerForms(names, v.name);
    // "Harwood Clinic" of "Harwood Clinic & Surgery Centers": the part before a name's "&" is that body, however often.
    if (longer.some((n) => n.startsWith("& ", v.name.length + 1))) return false;
    for (const n of longerForms(reversed, reverse(v.name))) longer.push(reverse(n));
    return longer.length === 0 || inBody(v.name) - longer.reduce((t, n) => t + inBody(withoutBracketTail(n)), 0) >= 2;
  });
  kept = withoutHeadlineShortForms(kept, inBody);
  kept = withoutHeadlineLocalNames(doc, kept, inBody);
  if (kept.length > 1) kept = withoutBracketedAliases(doc, kept);
  // "UPMC" beside "University of Pittsburgh Medical Center": an acronym of a victim kept is that victim.
  if (kept.length > 1)
    kept = kept.filter(
      (v) =>
        !ACRONYM.test(v.name) ||
        !kept.some((u) => u !== v && u.name.includes(" ") && abbreviates(v.name, u.name.split(" "))),
    );
  // Clipped forms are read among the victims kept: each is compared with every other.
  return withoutClippedForms(dedupe(withoutVariants(kept), new Set(strong.map((v) => v.name))).slice(0, MAX_VICTIMS));
}

// "Last month, the LockBit gang leaked data from Mayanei Hayeshua Hospital": a sentence opening on a time before this
// incident and naming only a victim of another incident tells that incident, so its leak, ransom or figures are not
// this one's. Alone, such an opening is as likely to date this incident (scope.ts leaves "Last month" to the names).
// A heading is left as it is: it may name both.
const EARLIER_OPENING =
  /^\W{0,3}(?:last (?:week|month|year)|earlier (?:this|that) (?:week|month|year)|(?:a|one|two|three|several|a few) (?:weeks|months|years) (?:ago|earlier))\b/i;
function markOtherIncidentSentences(kept: VictimSpan[], current: Set<string>): void {
  for (const v of kept) {
    const s = v.sentence;
    if (current.has(v.name) || s.inTitle || s.background || !EARLIER_OPENING.test(s.text)) continue;
    let namesCurrent = false;
    for (const name of current) if (s.text.includes(name)) namesCurrent = true;
    if (!namesCurrent) s.background = true;
  }
}

// "University Hospital Düsseldorf (Universitätsklinikum Düsseldorf)": a name in brackets right after another victim's,
// sharing a word with it, is that body's other name (in its own language, or its former name), not a second victim.
function withoutBracketedAliases(doc: string, kept: VictimSpan[]): VictimSpan[] {
  return kept.filter((v) => {
    if (doc.charCodeAt(v.end) !== 41 || doc.slice(v.start - 2, v.start) !== " (") return true;
    const words = new Set(v.name.split(" "));
    return !kept.some(
      (u) =>
        u !== v &&
        doc.slice(v.start - 2 - u.name.length, v.start - 2) === u.name &&
        u.name.split(" ").some((w) => w.length > 3 && words.has(w)),
    );
  });
}

// The spans whose names are in `names`, marked as healthcare ones; a loop, not filter() and map(): see wordsOf.
function healthcareCopies(spans: VictimSpan[], names: Set<string>): VictimSpan[] {
  const out: VictimSpan[] = [];
  for (const w of spans) if (names.has(w.name)) out.push({ ...w, healthcare: true });
  return out;
}

// "Brazil's " before a name: the place and its possessive, or null.
const PLACE_POSSESSIVE = /(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)'s $/u;
function placePossessive(doc: string, start: number): string | null {
  const m = PLACE_POSSESSIVE.exec(doc.slice(Math.max(0, start - 30), start));
  return m && PLACE_NAMES.has(m[1]!) ? `${m[1]}'s` : null;
}

// "A, B Inc., and C": an organisation listed beside a victim, with nothing between them but a comma, "and" or a company
// suffix, is another victim of the same list ("subsidiaries affected included Lakeview Health, Ozark Guidance Center").
const ORG_TAIL =
  /^(?:cent(?:er|re)|inc\.?|llc|ltd\.?|limited|associates|group|services|house|partners|partnership|foundation|institute|society|corporation|company)$/i;
const LOWER_NOUN_AFTER =
  /^ (?:hospice|hospital|clinic|health (?:centre|center|unit)|medical cent(?:er|re)|nursing home|care home)(?![\p{L}\p{N}])/u;
// "A and the Windsor-Essex hospice": a lower-case body keeps its "the" in the list.
const LIST_GAP_AFTER = /^(?:,? (?:Inc|Ltd|LLC|Corp)\.?)?(?:,? and|,? or|,? as well as|,) (?:the )?/;
const LIST_GAP_BEFORE = /(?:,? (?:Inc|Ltd|LLC|Corp)\.?)?(?:,? and|,? or|,? as well as|,) (?:the )?$/;
const PREPOSITION_BEFORE = /\b(at|on|against) (?:the )?(?:\p{Lu}[\p{L}\-]*-based )?$/iu;
const PARALLEL_BEFORE = /(?:,|,? and|,? as well as) (at|on|against) (?:the )?(?:\p{Lu}[\p{L}\-]*-based )?$/iu;
function coordinated(doc: string, listed: VictimSpan[], kept: VictimSpan[]): VictimSpan[] {
  if (!listed.length) return [];
  const starts = new Set(kept.map((v) => v.start));
  const ends = new Set(kept.map((v) => v.end));
  const endOf = new Map(kept.map((v) => [v.start, v.end]));
  const taken = new Set<VictimSpan>();
  const take = (l: VictimSpan) => {
    taken.add(l);
    starts.add(l.start);
    ends.add(l.end);
    endOf.set(l.start, l.end);
  };
  // Forward from a victim listed before, then backward from one listed after: a run of such names joins one by one.
  for (const l of listed) {
    const before = LIST_GAP_BEFORE.exec(doc.slice(Math.max(0, l.start - 24), l.start));
    if (before && ends.has(l.start - before[0].length)) take(l);
  }
  for (let i = listed.length - 1; i >= 0; i--) {
    const l = listed[i]!;
    const after = LIST_GAP_AFTER.exec(doc.slice(l.end, l.end + 24));
    const next = after ? l.end + after[0].length : -1;
    if (!taken.has(l) && after && starts.has(next) && !speaksAfter(doc, endOf.get(next)!)) take(l);
  }
  // "three victims: A; B, a rural hospital; and the C of Kentucky": items set apart by semicolons, each perhaps with its
  // own apposition, list a name whose item follows one that opens on a victim.
  for (const l of listed) if (!taken.has(l) && semicolonItemAfterVictim(doc, l, starts)) take(l);
  // "intrusions at A, at B, a rural hospital, and at Kentucky-based C": the preposition that took a victim, repeated
  // before a name later in the sentence, lists that name too, whatever stands between.
  const prepositions = new Set<string>();
  for (const v of kept) {
    const p = PREPOSITION_BEFORE.exec(doc.slice(Math.max(0, v.start - 40), v.start));
    if (p) prepositions.add(`${v.sentence.start} ${p[1]!.toLowerCase()}`);
  }
  if (prepositions.size)
    for (const l of listed) {
      const p = taken.has(l) ? null : PARALLEL_BEFORE.exec(doc.slice(Math.max(0, l.start - 48), l.start));
      if (p && prepositions.has(`${l.sentence.start} ${p[1]!.toLowerCase()}`)) take(l);
    }
  return listed.filter((l) => taken.has(l));
}

// "... encrypted at the Greenfield hospital, Hancock Health representatives said": a name whose comma opens a closing
// reporting tag is that tag's speaker, not an item listed after the name before the comma.
const TAG_AFTER =
  /^(?:\s+(?:officials|representatives|spokes(?:man|woman|person)|executives|leaders|management))?\s+(?:said|says|told|confirmed|added|stated|explained|wrote)\b[^,;:]{0,40}[.!?]/;
const speaksAfter = (doc: string, end: number) => TAG_AFTER.test(doc.slice(end, end + 80));

// "Merryman House Domestic Crisis Center of Kentucky": an organisation's tail word before "of" and a place.
function placedTail(words: string[]): boolean {
  const n = words.length;
  return n > 3 && words[n - 2] === "of" && ORG_TAIL.test(words[n - 3]!) && isPlaceName(words[n - 1]!);
}
const SEMICOLON_BEFORE = /; (?:and |as well as )?(?:the )?$/;
const ITEM_OPENING = /^[;:] (?:and |as well as )?(?:the )?/;
/** True when the name opens an item after a semicolon and the item before it opens on a name in `starts`. */
function semicolonItemAfterVictim(doc: string, l: VictimSpan, starts: Set<number>): boolean {
  const gap = SEMICOLON_BEFORE.exec(doc.slice(Math.max(l.sentence.start, l.start - 16), l.start));
  if (!gap) return false;
  const semicolon = l.start - gap[0].length;
  const from = l.sentence.start;
  const opening = Math.max(doc.lastIndexOf(";", semicolon - 1), doc.lastIndexOf(":", semicolon - 1));
  if (opening < from) return false;
  const item = ITEM_OPENING.exec(doc.slice(opening, opening + 20));
  return !!item && starts.has(opening + item[0].length);
}

// "5.1 million Medibank customers and 2.8 million AHM customers": an acronym whose customers (patients, members) are
// counted beside the victim's is a brand of the victim's, hit too.
const CLIENTELE = /(?<![\p{L}\p{N}'])(\p{Lu}[\p{L}\p{N}]*) (customers|patients|members|policyholders|clients)\b/gu;
const CLIENTELE_GATE = /\b(?:customers|patients|members|policyholders|clients)\b/;
// The sentence's shared word gates rule out most sentences before the pattern reads them.
const CLIENTELE_WORDS = wordGates({ clientele: "customers patients members policyholders clients" });
function parallelAcronyms(
  sentences: Sentence[],
  kept: VictimSpan[],
  overlapsGroup: (start: number, end: number) => boolean,
): VictimSpan[] {
  // Kept names by their last word, the one just before the noun; built only once a sentence counts customers.
  let byLastWord: Map<string, string[]> | null = null;
  const names: string[] = [];
  const out: VictimSpan[] = [];
  for (const s of sentences) {
    if (
      s.background ||
      s.boilerplate ||
      !(CLIENTELE_WORDS.hits(s) & CLIENTELE_WORDS.bit.clientele) ||
      !CLIENTELE_GATE.test(s.text)
    )
      continue;
    if (!byLastWord) {
      byLastWord = new Map();
      for (const v of kept) {
        const n = withoutBracketTail(v.name);
        const last = n.slice(n.lastIndexOf(" ") + 1);
        const list = byLastWord.get(last);
        if (!list) byLastWord.set(last, [n]);
        else if (!list.includes(n) && list.length < MAX_VICTIMS) list.push(n);
      }
      // A loop, not flat(): flat() on this array of arrays cost more than all the rest of the function.
      for (const list of byLastWord.values()) for (const n of list) names.push(n);
    }
    // A count counts only beside a victim's own: a sentence naming no kept victim is passed over before the pattern.
    if (!names.some((n) => s.text.includes(n))) continue;
    const found: { w: string; noun: string; at: number; victim: boolean }[] = [];
    CLIENTELE.lastIndex = 0;
    for (let m = CLIENTELE.exec(s.text); m; m = CLIENTELE.exec(s.text)) {
      const end = m.index + m[1]!.length;
      const victim = (byLastWord.get(m[1]!) ?? []).some((n) => n.length <= end && s.text.startsWith(n, end - n.length));
      found.push({ w: m[1]!, noun: m[2]!, at: s.start + m.index, victim });
    }
    const nouns = new Set(found.filter((f) => f.victim).map((f) => f.noun));
    if (!nouns.size) continue;
    for (const f of found)
      if (
        nouns.has(f.noun) &&
        !f.victim &&
        /^\p{Lu}{2,6}$/u.test(f.w) &&
        !isNotAVictim(f.w) &&
        !PLACE_NAMES.has(f.w) &&
        !overlapsGroup(f.at, f.at + f.w.length)
      )
        out.push({ name: f.w, start: f.at, end: f.at + f.w.length, sentence: s, healthcare: true });
  }
  return out;
}

// Drops names that are sites of another victim: they open with the same distinctive words ("Kestrel Valley") and name a
// site ("... Downtown Pharmacy", "... Express locations"), while the other does not. Grouped by those words, so linear.
function withoutSites(doc: string, kept: VictimSpan[]): VictimSpan[] {
  const leadOf = (words: string[]) => {
    let n = 0;
    while (n < words.length && !HEALTH_WORD.test(words[n]!) && !GENERIC_ORG_WORDS.has(lower(words[n]!))) n++;
    return n > 0 && n < words.length && isDistinctive(words.slice(0, n)) ? n : 0;
  };
  const isSite = (v: VictimSpan, words: string[], lead: number) =>
    words.slice(lead).some((w) => SITE_WORD.test(w)) || SITE_AFTER.test(doc.slice(v.end, v.end + 20));
  // The leading words of each victim that is no site itself.
  const leads = new Map<string, VictimSpan>();
  for (const v of kept) {
    const words = v.name.split(" ");
    const n = leadOf(words);
    if (n && !isSite(v, words, n)) leads.set(words.slice(0, n).join(" "), v);
  }
  if (!leads.size) return kept;
  return kept.filter((v) => {
    const words = v.name.split(" ");
    // Names are a few words long: trying each of their prefixes keeps this linear in the number of victims.
    for (let k = 1; k < words.length; k++) {
      const owner = leads.get(words.slice(0, k).join(" "));
      if (owner && owner !== v && isSite(v, words, k) && !joinedTo(doc, owner, v)) return false;
    }
    return true;
  });
}

// "Ransomware hit Greyfield General Hospital and the independent Greyfield Pharmacy": two names joined by "and" are two
// bodies the sentence tells of alike, not a body and its site.
const JOINED_GAP = /^\s+(?:and|&)\s+(?:the\s+)?(?:\p{Ll}[\p{L}\-]*\s+){0,2}$/u;
const joinedTo = (doc: string, a: VictimSpan, b: VictimSpan) =>
  a.end < b.start && b.start - a.end < 40 && JOINED_GAP.test(doc.slice(a.end, b.start));

// "The UMCG in Groningen is one of the targets", "Among the victims was the AZKL": acronyms told as one of an attack's
// targets, read around each "the targets" (once per page, so many acronyms cost no more than one).
const TARGET_BEFORE = /\b(\p{Lu}{3,6})(?: in \p{Lu}[\p{L}\-]+)? (?:is|was|are|were) (?:one of|among)$/u;
const AMONG_BEFORE = /\b[Aa]mong$/;
const TARGET_AFTER = /^ (?:is|was|are|were) (?:the )?(\p{Lu}{3,6})\b/u;
function targetAcronyms(doc: string): Set<string> {
  const out = new Set<string>();
  for (const phrase of [" the targets", " the victims"])
    for (let i = doc.indexOf(phrase); i >= 0; i = doc.indexOf(phrase, i + phrase.length)) {
      const before = doc.slice(Math.max(0, i - 50), i);
      const named = TARGET_BEFORE.exec(before)?.[1];
      if (named) out.add(named);
      const after = AMONG_BEFORE.test(before)
        ? TARGET_AFTER.exec(doc.slice(i + phrase.length, i + phrase.length + 20))
        : null;
      if (after) out.add(after[1]!);
    }
  return out;
}

// "the UMCG in Groningen", "the UMCG website": an organisation the article only ever names by its acronym.
function repeatedAcronym(doc: string, sentences: Sentence[], groups: GroupMention[]): VictimSpan[] {
  const counts = new Map<string, number>();
  for (const acr of capitalWords(doc, 3, 6)) counts.set(acr, (counts.get(acr) ?? 0) + 1);
  const names = new Set(groups.map((g) => g.alias.toUpperCase()));
  let targets: Set<string> | undefined;
  for (const [acr, n] of counts) {
    if (n < 2 || isNotAVictim(acr) || names.has(acr) || acr in PLACE_CUES) continue;
    // Named twice, it must be told as one of the targets ("The UMCG in Groningen is one of the targets").
    if (n < 3 && !(targets ??= targetAcronyms(doc)).has(acr)) continue;
    const at = doc.search(
      new RegExp(`\\b(?:the|at|on) ${acr}\\b|\\b${acr} (?:website|spokes\\w+|hospital|attack|systems?)\\b`),
    );
    if (at < 0) continue;
    const start = doc.indexOf(acr, at);
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    if (sentence && !sentence.background && !sentence.boilerplate)
      return [{ name: acr, start, end: start + acr.length, sentence, healthcare: true }];
  }
  return [];
}

// "the Quebec City health services communication centre (CCSC)": a lower-case name introduced by its acronym.
const ACRONYM_PHRASE =
  /((?:[\p{Lu}][\p{L}'’\-]*\s+)(?:(?:[\p{L}'’\-]+|of|and|&|-)\s+){0,7}?)\(([\p{Lu}][\p{L}\-]{1,11})\)/gu;
const PHRASE_WORD =
  /^(?:[\p{Lu}][\p{L}'’\-]*|of|and|&|-|health|healthcare|services?|care|medical|hospital|centre|center|communications?|regional|public|university|sciences?|research|medicines?|institute|dispatch|ambulance|clinic|network|system|trust|board|authority|agency)$/u;

function acronymPhrases(doc: string, s: Sentence): VictimSpan[] {
  const out: VictimSpan[] = [];
  ACRONYM_PHRASE.lastIndex = 0;
  for (let m = ACRONYM_PHRASE.exec(s.text); m; m = ACRONYM_PHRASE.exec(s.text)) {
    const words = m[1]!.trim().split(/\s+/);
    let i = words.length;
    while (i > 0 && PHRASE_WORD.test(words[i - 1]!)) i--;
    let kept = words.slice(i);
    while (kept.length && (!/^\p{Lu}/u.test(kept[0]!) || LEADING_STOP.has(lower(kept[0]!)))) kept = kept.slice(1);
    if (kept.length < 2 || !hasHealthWord(kept) || kept.every((w) => /^\p{Lu}/u.test(w))) continue;
    const phrase = kept.join(" ");
    const at = s.text.indexOf(phrase, m.index);
    if (at < 0) continue;
    const name = `${phrase} (${m[2]})`;
    if (isNotAVictim(m[2]!)) continue;
    out.push({ name, start: s.start + at, end: s.start + m.index + m[0].length, sentence: s, healthcare: true });
  }
  return out;
}

// Words a name's key leaves out.
const KEY_DROPPED = new Set(["the", "inc", "ltd", "llc", "plc", "limited", "corp", "corporation", "co"]);
const isKeyCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
// A name's key: its runs of ASCII letters and digits, lower-cased (accents taken off, as NFKD leaves the base letter),
// without "the" and legal suffixes, joined by single spaces. Read in one pass: a page of thousands of names made the
// four whole-string replacements this was a hot spot.
function nameKey(n: string): string {
  // NFKD leaves ASCII as it is, and normalising is costly.
  const folded = /^[\x00-\x7f]*$/.test(n) ? n.toLowerCase() : n.toLowerCase().normalize("NFKD");
  let key = "";
  for (let i = 0; i < folded.length;) {
    if (!isKeyCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && isKeyCode(folded.charCodeAt(j))) j++;
    const word = folded.slice(i, j);
    if (!KEY_DROPPED.has(word)) key = key ? `${key} ${word}` : word;
    i = j;
  }
  return key;
}

// One entry per name: a bare name folds into the same name with its acronym, a bare acronym (or "MD Lab" for MDLab)
// into the name it abbreviates, and a name without a healthcare word into the longer healthcare name it begins.
function dedupe(spans: VictimSpan[], strongNames: Set<string>): VictimSpan[] {
  // Each name's key is worked out once and looked up in maps: comparing every name with every other one was quadratic
  // in a page that lists thousands of names.
  const keys = new Map<string, string>();
  const key = (n: string) => {
    let k = keys.get(n);
    if (k === undefined) keys.set(n, (k = nameKey(n)));
    return k;
  };
  const bareOf = (n: string) => withoutBracketTail(n);
  // A loop, not map() and filter(): see wordsOf.
  const acronyms = new Set<string>();
  for (const v of spans) {
    const a = / \(([^)]+)\)$/.exec(v.name)?.[1]?.toLowerCase();
    if (a) acronyms.add(a);
  }
  const squash = memoised((n: string) => key(n).replace(/ /g, ""));
  // A loop, not filter() and map(): see wordsOf.
  const strongKeys: string[] = [];
  for (const o of spans) if (strongNames.has(o.name)) strongKeys.push(key(o.name));
  strongKeys.sort();
  const out: VictimSpan[] = [];
  const byKey = new Map<string, number>();
  const bySquashed = new Map<string, number>();
  const index = (v: VictimSpan, at: number) => {
    byKey.set(key(v.name), at);
    bySquashed.set(squash(bareOf(v.name)), at);
  };
  for (const v of spans) {
    const k = key(v.name);
    const bare = key(bareOf(v.name));
    if (acronyms.has(squash(v.name)) || acronyms.has(v.name.toLowerCase())) continue;
    if (!strongNames.has(v.name) && longerForms(strongKeys, bare).length > 0) continue;
    const same = byKey.get(k) ?? bySquashed.get(squash(bare));
    if (same !== undefined) {
      if (v.name.length > out[same]!.name.length && / \(/.test(v.name)) {
        out[same] = v;
        index(v, same);
      }
      continue;
    }
    index(v, out.length);
    out.push(v);
  }
  return out;
}
/** A test for "this text names one of the victims" (used to scope other fields to sentences about the victim). */
export function victimMentioner(victims: VictimSpan[]): (text: string) => boolean {
  const needles: string[] = [];
  for (const v of victims) {
    const bare = withoutBracketTail(v.name);
    const acr = / \(([^)]+)\)$/.exec(v.name)?.[1];
    const first = bare.split(/\s+/)[0]!;
    needles.push(bare);
    if (acr) needles.push(acr);
    if (first.length > 4 && !GENERIC_ORG_WORDS.has(lower(first))) needles.push(first);
  }
  return (text) => needles.some((n) => text.includes(n));
}

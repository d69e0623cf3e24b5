import { lastWords } from "./last-words";
import { phrases } from "./cue-list";
// How a sentence frames one cue in it: the clause the cue sits in, and whether that clause negates it, refuses it, makes
// it a condition or a plan, hedges it, attributes it to a source, or places it in the past of another incident.
// Design note: fields used to read the few words before a cue. News sentences pack several clauses ("asked for a ransom
// but the hospital refused to pay it"), so the words are first cut at the clause's boundary, then read for markers whose
// scope reaches the cue. Every reading looks at a bounded number of characters around the cue, so a cue costs the same
// however long its sentence is. Rules read text with typographic apostrophes folded to ASCII ("aren't").

/** How a sentence frames the cue at one position. */
export interface CueFrame {
  /** Start and end (indexes into the text read) of the clause holding the cue. */
  clauseStart: number;
  clauseEnd: number;
  /** A negation governs the cue: "no ransom was paid", "has not paid", "aren't paying", "paid no ransom", "denied paying". */
  negated: boolean;
  /** A negation of will: "refused to pay", "will not be paying", "aren't even considering paying", "unwilling to pay". */
  refusal: boolean;
  /** The negation governs a verb of saying, not the cue: "would not say whether it paid", "did not comment on any demand". */
  negatesSaying: boolean;
  /** A condition, plan, possibility or aim: "if it pays", "plans to pay", "would pay", "to pressure the clinic into paying". */
  hypothetical: boolean;
  /** The part of `hypothetical` that is no condition: a possibility, plan or aim ("may", "could", "plans to",
   *  "whether"), so "unless a ransom is paid" is a condition and still says a ransom was asked. */
  possibility: boolean;
  /** The marker that makes the cue hypothetical, lower-cased ("could", "offered to", "unless"), or null. */
  modal: string | null;
  /** A hedge on a reported fact: "reportedly", "allegedly", "is said to", "believed to". */
  hedged: boolean;
  /** Attributed to a source: "said", "told", "according to", "confirmed". */
  reported: boolean;
  /** Time or actor cues of another, earlier incident, read up to the nearest contrast ("but", ";", "this time"): "in 2019" (before the article's latest year), "years ago",
   *  "previously", "last month the same gang". */
  past: boolean;
}

/** Options for frameCue. */
export interface FrameOptions {
  /** How many words before the cue may hold a negation or modal that governs it. */
  words?: number;
  /** The latest year the article mentions: a clause naming an earlier year speaks of the past. */
  latestYear?: number | null;
}

// Characters read either side of a cue: clause boundaries further away do not change what governs it.
const REACH_BEFORE = 220;
const REACH_AFTER = 140;

// Where one clause ends and the next begins. "yet" only after a comma: "has yet to pay" is a negation, not a boundary.
const BOUNDARY =
  /;|:(?=\s)|\s-{1,2}\s|\s(?:but|while|whilst|although|though|whereas|however)\b|,\s*(?:which|who|whose|yet)\b|\(|\)/gi;

// "nicht" and "kein" are German negators (german.ts); "nobody" negates what its subject does ("nobody was going to pay").
const NEGATOR =
  /\b(?:not(?! only\b)|no(?! doubt\b)|never|nor|neither|none|nothing|nobody|cannot|yet to|no longer|den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing|al) to|declin(?:e|es|ed|ing) to|unwilling|unable|fail(?:s|ed)? to|nicht|kein(?:e|en|er|em|es)?)\b|n't\b/gi;
// Prepositions that negate only the word right after them: "restored without paying", "closing was preferred to paying",
// not "without warning, it paid".
const NEGATING_PREPOSITION =
  /\b(?:without|instead of|rather than|against|(?:preferred|preferable) to)(?:\s+\S+){0,2}\s*$/i;
// Verbs that deny the act they take as object, a refusal when that act is the victim's: "ruled out paying", "refrained
// from paying", "balked at paying", "stopped short of paying", "resisted paying".
const DENYING_VERB =
  /\b(?:rul(?:e|es|ed|ing) out|refrain(?:s|ed|ing)? from|balk(?:s|ed|ing)? at|resist(?:s|ed|ing)?|stop(?:s|ped|ping)? short of|sh(?:y|ies|ied|ying) away from|steer(?:s|ed|ing)? clear of)(?:\s+(?:any|a|the))?\s*$/i;
// Between a negation and the cue, these show the negation governs saying, not doing: "would not say whether it paid".
const REPORTING_GAP = phrases([
  String.raw`whether`,
  String.raw`if`,
  String.raw`how`,
  String.raw`what`,
  String.raw`when`,
  String.raw`why`,
  String.raw`comment\w*`,
  String.raw`say`,
  String.raw`said`,
  String.raw`disclos\w*`,
  String.raw`confirm\w*`,
  String.raw`reveal\w*`,
  String.raw`discuss\w*`,
  String.raw`speak`,
  String.raw`spoke`,
  String.raw`elaborate`,
  String.raw`specify`,
  String.raw`answer\w*`,
  String.raw`respond\w*`,
  String.raw`address\w*`,
]);
// With a negation, these make it a refusal rather than a plain "has not happened".
const VOLITION =
  /\b(?:will|would|shall|going to|intend\w*|plan\w*|consider\w*|want\w*|wish\w*|refus\w*|declin\w*|unwilling|polic(?:y|ies)|reject\w*|intention|decision|decided|chose|opted|no (?:way|interest)|against|in a position|afford)\b|\b(?:wo|would|sha)n't\b/i;
// After the negator, these start a new predicate the negation does not reach: "did not say how, and then paid".
const SCOPE_BREAK = /,\s*(?:and|so)\b|\band then\b|\bthen\b/i;
// "may" as a modal, not the month: "between May 2 and May 9", "in May" (the month needs a day or a preposition).
// The month is no modal, after a preposition or a day's number ("until 12 May to pay", "in mid-May"), before a day
// ("May 12") or before a past tense, which no modal takes ("an attack in late May forced ..."; "may need" is a modal's).
export const MAY_MODAL = String.raw`may(?!\s+\d|\s+[a-z]+[^e\s]ed\b)(?<!\b(?:in|of|since|until|by|from|early|late|mid|between|last|next|on|during|through|\d{1,2}(?:st|nd|rd|th)?)(?:\s+|-)may)`;
const MODAL = new RegExp(
  String.raw`\b(?:${MAY_MODAL}|might|could|would|should|can|must|shall|will|if|unless|whether|until|in case|(?:plan|intend|aim|hope|expect|want|offer|promise|threaten|prepare|ask|tell|urge)(?:s|ed|ing)? to|threat\w*|consider\w*|weigh\w*|contemplat\w*|in order to|so as to|(?:pressure|force|push|coerce|bully|scare|intimidate|shame|embarrass|frighten|terrif|blackmail|goad|trick)\w* (?:\S+ ){0,4}?into|into paying|likely|possible|possibly|potential(?:ly)?|risk\w*|before|avoid\w*|prevent\w*|ultimatum|deadline)\b|\bwon't\b`,
  "i",
);
const MODAL_ALL = new RegExp(MODAL.source, "gi");
const CONDITION = /^(?:if|unless|until|in case|threat\w*|threaten(?:s|ed|ing)? to|ultimatum|deadline)$/i;
const HEDGE = phrases([
  String.raw`reported(?:ly)?`,
  String.raw`allegedly`,
  String.raw`alleged`,
  String.raw`apparently`,
  String.raw`purportedly`,
  String.raw`supposedly`,
  String.raw`(?:said|believed|thought|understood|rumou?red) to`,
  String.raw`suspected`,
  String.raw`appears? to`,
  String.raw`seem(?:s|ed)? to`,
  String.raw`claim(?:s|ed|ing)?`,
]);
const REPORTED = phrases([
  String.raw`said`,
  String.raw`says`,
  String.raw`told`,
  String.raw`according to`,
  String.raw`stated`,
  String.raw`statement`,
  String.raw`confirmed`,
  String.raw`announced`,
  String.raw`reported`,
  String.raw`tweeted`,
  String.raw`wrote`,
  String.raw`explained`,
  String.raw`added`,
  String.raw`noted`,
  String.raw`spokes(?:man|woman|person)`,
]);
const PAST_FAR = phrases([
  String.raw`previously`,
  String.raw`in the past`,
  String.raw`last year`,
  String.raw`(?:a|one|two|three|four|five|several|many|\d+) years? ago`,
  String.raw`back in`,
  String.raw`the year before`,
  String.raw`(?:in|during) (?:an?|the) (?:earlier|previous|prior|separate|unrelated|different) (?:attack|incident|breach|case)`,
  String.raw`(?:an?|the) (?:earlier|previous|prior|separate) (?:attack|incident|breach|case)`,
  String.raw`(?:after|in|during|following) an? similar (?:\S+ )?(?:attack|incident|breach|hack)`,
]);
const PAST_NEAR = phrases([
  String.raw`last (?:week|month|summer|spring|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)`,
  String.raw`earlier this (?:year|month|week)`,
  String.raw`(?:weeks|months) ago`,
  String.raw`earlier`,
  String.raw`before that`,
]);
const SAME_ACTOR =
  /\b(?:the same|that same) (?:gang|group|hackers?|attackers?|actors?|threat actors?|crew|operators?|ransomware|criminals)\b/i;
// A named actor's other attack, told with "also" and dated apart: "SamSam also encrypted files earlier this month at X".
// pastIn runs on most cues: a substring search ("also ", "Also ") spares the pattern the spans without the word.
const ALSO_STRUCK =
  /\balso (?:\S+ )?(?:hit|attacked|targeted|struck|encrypted|breached|compromised|infected|locked)\b/i;
// A month dates the same actor's other attack: "In May the same gang hit a law firm and asked for $42m".
const IN_MONTH =
  /\b(?:in|back in|during|since) (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
// Another actor dated apart from this attack: "In 2021, the company paid $1.1 million to a different gang".
const OTHER_ACTOR =
  /\b(?:a|an) (?:different|separate|rival|unrelated) (?:gang|group|hackers|attackers|actors?|threat actors?|crew|ransomware (?:gang|group|operation))\b/i;
const YEAR = /\b(?:19[89]\d|20\d\d)\b/g;
// YEAR without the global flag, for test(): a global pattern's test() resumes from where the last one stopped.
const A_YEAR = new RegExp(YEAR.source);
// The negation may follow the one paid or given: "paid the hackers no ransom", "gave them nothing".
const NEGATED_RECIPIENT = String.raw`(?:(?:the|its|their)\s+)?(?:hackers|attackers|criminals|cybercriminals|extortionists|gang|group|them|him|her)\s+`;
const AFTER_NEGATION = new RegExp(
  String.raw`^\s+(?:${NEGATED_RECIPIENT})?(?:no|nothing|none|neither|not a (?:penny|cent|dime))\b`,
  "i",
);

// Time cues reach across relative clauses ("In 2019 the gang hit X, which paid $1m") but not across a contrast ("earlier
// this month" dates the past, it contrasts nothing).
const CONTRAST = /;|\s(?:but|however|whereas|while|whilst)\b|\b(?<!earlier )this (?:time|week|month|year)\b/gi;

function contrastSpan(text: string, at: number): string {
  const lo = Math.max(0, at - REACH_BEFORE);
  const head = text.slice(lo, at);
  let start = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(head); m; m = CONTRAST.exec(head)) start = m.index;
  const tail = text.slice(at, Math.min(text.length, at + REACH_AFTER));
  CONTRAST.lastIndex = 0;
  const m = CONTRAST.exec(tail);
  // One slice of `text` rather than head and tail joined, which every pattern reading the span would first copy flat.
  return text.slice(lo + start, at + (m ? m.index : tail.length));
}

/** The clause holding position `at` of `text`: cut at ";", ":", dashes, brackets, "but", "while", "although", ", which". */
export function clauseAround(text: string, at: number): { start: number; end: number } {
  const lo = Math.max(0, at - REACH_BEFORE);
  const head = text.slice(lo, at);
  let start = lo;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(head); m; m = BOUNDARY.exec(head)) start = lo + m.index + m[0].length;
  const hi = Math.min(text.length, at + REACH_AFTER);
  const tail = text.slice(at, hi);
  BOUNDARY.lastIndex = 0;
  // A boundary opening exactly at the cue (a cue that begins with "(") does not end the clause before it.
  let m = BOUNDARY.exec(tail);
  if (m && m.index === 0) m = BOUNDARY.exec(tail);
  return { start, end: m ? at + m.index : hi };
}

/** The latest year (1980-2099) the text names, leaving out deadlines and plans ("by 2030", "until 2026"). */
export function latestYear(text: string): number | null {
  let best: number | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    if (/\b(?:by|until|till|through|before)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index)))
      continue;
    const y = Number(m[0]);
    if (best === null || y > best) best = y;
  }
  return best;
}

// A span that also names the latest year runs up to this incident's time ("had access between August 1, 2018, and
// March 30, 2019"): its earlier year opens this incident, not another.
function namesEarlierYear(clause: string, latest: number | null | undefined): boolean {
  if (!latest) return false;
  let earlier = false;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(clause); m; m = YEAR.exec(clause)) {
    if (Number(m[0]) >= latest) return false;
    earlier = true;
  }
  return earlier;
}

/** How the sentence `text` frames the cue that starts at `at` and ends at `end`. */
export function frameCue(text: string, at: number, end = at, options: FrameOptions = {}): CueFrame {
  const { start: clauseStart, end: clauseEnd } = clauseAround(text, at);
  const before = lastWords(text, clauseStart, at, options.words ?? 8);
  let negatorStart = -1;
  let negatorEnd = -1;
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(before); m; m = NEGATOR.exec(before)) {
    negatorStart = m.index;
    negatorEnd = m.index + m[0].length;
  }
  const gap = negatorEnd >= 0 ? before.slice(negatorEnd) : "";
  const preposition = NEGATING_PREPOSITION.test(before);
  const denyingVerb = DENYING_VERB.test(before);
  const negated =
    (negatorEnd >= 0 && !SCOPE_BREAK.test(gap)) ||
    preposition ||
    denyingVerb ||
    AFTER_NEGATION.test(text.slice(end, end + 36));
  const refusal =
    negated &&
    ((negatorEnd >= 0 && !REPORTING_GAP.test(gap) && VOLITION.test(before.slice(Math.max(0, negatorStart - 24)))) ||
      denyingVerb ||
      /\b(?:against|(?:preferred|preferable) to)(?:\s+\S+){0,2}\s*$/i.test(before));
  let modalEnd = -1;
  let possibility = false;
  let modal: string | null = null;
  MODAL_ALL.lastIndex = 0;
  for (let m = MODAL_ALL.exec(before); m; m = MODAL_ALL.exec(before)) {
    modalEnd = m.index + m[0].length;
    modal = m[0].toLowerCase();
    if (!CONDITION.test(m[0])) possibility = true;
  }
  const hypothetical = modalEnd >= 0 && !SCOPE_BREAK.test(before.slice(modalEnd));
  return {
    clauseStart,
    clauseEnd,
    negated,
    negatesSaying: negated && negatorEnd >= 0 && REPORTING_GAP.test(gap),
    refusal,
    hypothetical,
    possibility: hypothetical && possibility,
    modal: hypothetical ? modal : null,
    // Read on demand: few callers ask for them, and the reporting verbs are looked for over the whole clause.
    get hedged() {
      return HEDGE.test(before);
    },
    get reported() {
      return REPORTED.test(text.slice(clauseStart, clauseEnd));
    },
    past: pastAround(text, at, options.latestYear),
  };
}

// Time or actor cues of another, earlier incident in the span a time cue reaches (see CueFrame.past).
const pastIn = (span: string, latest: number | null | undefined) =>
  PAST_FAR.test(span) ||
  ((SAME_ACTOR.test(span) || (span.includes("lso ") && ALSO_STRUCK.test(span))) &&
    (PAST_NEAR.test(span) || IN_MONTH.test(span))) ||
  namesEarlierYear(span, latest) ||
  (OTHER_ACTOR.test(span) && (A_YEAR.test(span) || PAST_NEAR.test(span)));

// A word or a year that every cue pastIn reads needs (keep in step with PAST_FAR, SAME_ACTOR, OTHER_ACTOR and YEAR). Most
// cues have none within reach: one search of the reach then stands for the contrast cut and the four patterns.
const PAST_HINT =
  /\b(?:previously|past|last|ago|back|before|earlier|previous|prior|separate|unrelated|different|similar|same|rival|19[89]\d|20\d\d)\b/i;

// pastIn over the cue's contrast span, which lies within the reach searched first (and is cut from it only at a word's
// edge: ";", a space, "this"), so a reach without a hint holds a span without one.
function pastAround(text: string, at: number, latest: number | null | undefined): boolean {
  const reach = text.slice(Math.max(0, at - REACH_BEFORE), Math.min(text.length, at + REACH_AFTER));
  return PAST_HINT.test(reach) && pastIn(contrastSpan(text, at), latest);
}

/** frameCue's `past` alone, for a caller that reads nothing else: the rest of the framing is not worked out. */
export function pastAt(text: string, at: number, latest: number | null | undefined): boolean {
  return pastAround(text, at, latest);
}

// A negation that states an act did not happen, as a past or present fact rather than a will ("did not pay", the
// refusal above): "never paid", "no ransom was paid", "paid no ransom", "paid nothing", "the ransom was not paid".
// "has not been paid" and "no payment had been made" stay out: a demand still open may yet be met.
const FACT_DENIED_BEFORE =
  /\bnever\s+(?:\S+\s+)?$|\bno\s+(?!longer\b)(?:\S+\s+)?(?:was|were)\s+$|\b(?:was|were)(?: not|n't| never)\s+$/i;
const FACT_DENIED_AFTER = new RegExp(
  String.raw`^\s+(?:${NEGATED_RECIPIENT})?(?:no|nothing|none|not a (?:penny|cent|dime))\b`,
  "i",
);

/**
 * Whether a negation states that the act named by the cue at `at`..`end` did not happen: "never paid", "no payment was
 * made", "paid no ransom". `clauseStart` is where the cue's clause opens (frameCue's clauseStart).
 */
export function deniesFact(text: string, at: number, end: number, clauseStart: number): boolean {
  return (
    FACT_DENIED_BEFORE.test(text.slice(Math.max(clauseStart, at - 40), at)) ||
    FACT_DENIED_AFTER.test(text.slice(end, end + 40))
  );
}

// A definite or possessive noun phrase presupposes its thing: "has not decided how to respond to the group's demand"
// negates the answer, not the demand; "did not comment on any ransom demand" presupposes none.
const DEFINITE_BEFORE = /\b(?:the|its|their|this|that|his|her)\s+(?:\S+\s+)?$|\b[\w-]+(?:'s|s')\s+(?:\S+\s+)?$/i;
const INDEFINITE_BEFORE = /\b(?:any|a|an|whether|if|no|such)\s+(?:\S+\s+)?$/i;

/** Whether the cue at `at` is a definite or possessive noun phrase ("the demand", "the gang's ransom note"). */
export function presupposed(text: string, at: number, clauseStart: number): boolean {
  const before = text.slice(Math.max(clauseStart, at - 30), at);
  return DEFINITE_BEFORE.test(before) && !INDEFINITE_BEFORE.test(before);
}

// A negated doubt affirms what was doubted: "is no longer merely suspected of being ransomware", "not just a rumour".
const NEGATED_DOUBT =
  /\b(?:no longer|not|never)\s+(?:merely\s+|just\s+|only\s+|simply\s+)?(?:an?\s+)?(?:suspected|suspicion|speculation|speculative|in doubt|rumou?r(?:ed)?|alleged|unconfirmed|theory|hypothesis)\b/gi;

/** `head` with its negated doubts left out, so that a negation test reads only negations of the fact itself. */
export function withoutNegatedDoubt(head: string): string {
  return head.replace(NEGATED_DOUBT, " ");
}

// "Neither the size of the ransom demand nor the number of files taken is clear": the negation falls on what is known
// about the things named, which it takes as given, not on the things themselves.
const NEITHER_BEFORE = /\bneither\b/i;
const NOR_UNKNOWN =
  /^[^.;]{0,80}?\bnor\b[^.;]{0,80}?\b(?:is|are|was|were|has been|have been|had been)\s+(?:yet\s+)?(?:clear|known|disclosed|revealed|public|confirmed|stated|given|made public)\b/i;

/** Whether a negation in `head` is a "neither ... nor ... is clear" that leaves the cue after it standing. */
export function unknownNotDenied(head: string, after: string): boolean {
  return NEITHER_BEFORE.test(head) && NOR_UNKNOWN.test(after);
}

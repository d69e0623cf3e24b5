// Sentence-level scoping: which sentences speak about this incident, and which are background, generic or page furniture.
// Design note: news pages mix the incident with earlier attacks ("LockBit previously hit X"), with how gangs usually work
// ("the gang encrypts files until a ransom is paid") and with link lists. Each field reads facts from in-scope sentences
// first; the cue lists below are deliberately phrase-level so that one word such as "earlier" does not drop a sentence.
import { wordGates } from "./cue-gate";
import { isSpaceCode as isSpaceCodeImported, type Sentence } from "./text";

export { clauseAround, frameCue, latestYear, type CueFrame } from "./clause";

// A local binding: the imported one is read through a module getter on every call in the per-character loop.
const isSpaceCode = isSpaceCodeImported;

// Written with single spaces; matched across any run of whitespace ("until a  ransom is paid").
const spaced = (re: RegExp) => new RegExp(re.source.replace(/ /g, String.raw`\s+`), re.flags);

const BACKGROUND = spaced(
  /\b(?:previously|in the past|last year|(?:at the end|earlier|in the course) of last year|back in (?:19|20)\d\d|back in (?:january|february|march|april|may|june|july|august|september|october|november|december)|previous(?:ly)? (?:victims?|attacks?|targets?)|other (?:victims|targets) (?:include|included|have included)|has (?:also )?previously|had (?:earlier|previously|already) (?:attacked|hit|targeted|struck)|had earlier|also claimed (?:an?|the) (?:attack|incident|cybersecurity incident|breach)|also claimed responsibility for|(?:is|was|are|were) (?:best )?known for|is also known for|for example when|for instance when|a similar (?:data )?breach|had a similar|similar (?:attacks?|incidents?) (?:on|against)|the same group (?:also|carried out|was behind)|(?:before|prior to) (?:this|that), the|has a (?:criminal )?history of|in an earlier attack|an earlier attack on|a separate (?:attack|incident)|in a separate (?:attack|incident)|first appeared|went after .* before|the rule is often broken|after it hit|once hit|began operating|has been operating since|emerged in)\b/i,
);
// An attack on another body at an earlier time, in either order: "Last month the Akira gang hit another hospital",
// "the group struck a different clinic weeks ago".
const EARLIER = String.raw`(?:last (?:week|month)|earlier this (?:year|month|week)|(?:days|weeks|months) ago|the (?:week|month) before)`;
const OTHER_TARGET = String.raw`(?:hit|attacked|targeted|struck|breached|compromised) (?:another|a different|a separate) (?:\S+ ){0,2}?(?:hospital|clinic|health|provider|practice|trust|victim|organi[sz]ation|company|pharmacy|system)`;
const EARLIER_OTHER_TARGET = spaced(new RegExp(String.raw`\b(?:${EARLIER}[^.;]{0,80}?\b${OTHER_TARGET}|${OTHER_TARGET}[^.;]{0,40}?\b${EARLIER})`, "i"));

const GENERIC = spaced(
  /\b(?:usually|typically|generally|normally|commonly|frequently|tends? to|(?:its|their|the group's|the gang's) (?:methods|tactics|usual pattern|modus operandi)|works? by|modus operandi|speciality involves|specialty involves|involves stealing|(?:press|push|force|pressure)(?:es|ing)? (?:the )?victims?|the victim's network|(?:its|their) victims|victims into paying|until (?:a|the) ransom (?:is|has been) paid|unless the victim pays|every piece of data|is malicious software|ransomware is (?:a|malicious)|ransomware attacks (?:normally|typically|usually|often)|hackers generally|attackers generally|criminals frequently|are known to|is known to)\b/i,
);

const BOILERPLATE_LINE =
  /^(?:read more|related(?: news| articles| stories| coverage)?\b|also see|see also|more news|more (?:cybersecurity|security|health ?it) coverage|recommended|you may also like|sign up|subscribe|source link|source:|click|share|follow us|download|©|copyright|image(?: credit| source)?:|photo:|file photo|\(image|advertisement|close ad|menu\b|home »|filed under|posted\b|date \d{4}-\d\d-\d\d$)/i;

const BIO = /\b(?:byline|reporter since|a (?:healthcare|health|staff|senior) (?:reporter|writer|editor)|editors? at|has covered|he covered|she covered|came to .* team|bachelor'?s|newsletter|terms and conditions|privacy policy|all rights reserved)\b/i;

const LIST_HEADER = /^(?:more news|related|read more|also see|more (?:cybersecurity|security|health ?it)? ?coverage|recommended|latest|trending|popular|more from|from around the web|you may also like)\b/i;

// The words BACKGROUND, GENERIC and BIO cannot match without (see cue-gate.ts; keep them in step).
const GATES = wordGates({
  background:
    "previously past last earlier back previous other already claimed known example instance similar same before prior history separate appeared went rule after once began operating emerged",
  generic:
    "usually typically generally normally commonly frequently tend tends methods tactics usual modus work works speciality specialty involves press* push* force* victim victims until unless every malicious ransomware known",
  otherTarget: "another different separate",
  bio: "byline reporter writer editor editors covered came bachelor newsletter terms privacy rights",
});

// Words of a trimmed sentence, as `text.split(/\s+/).length` counts them, without building the array.
function wordCount(text: string): number {
  let n = 1;
  let prevSpace = isSpaceCode(text.charCodeAt(0));
  for (let i = 1; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !prevSpace) n++;
    prevSpace = space;
  }
  return n;
}

/** Sets the `background`, `generic` and `boilerplate` flags of every sentence. */
export function classifySentences(sentences: Sentence[]): void {
  let inLinkList = false;
  let lastParagraph = -1;
  for (const s of sentences) {
    const t = s.text;
    const words = wordCount(t);
    const header = LIST_HEADER.test(t);
    if (s.paragraph !== lastParagraph && !header && words > 25) inLinkList = false;
    lastParagraph = s.paragraph;
    if (header && words <= 8) {
      inLinkList = true;
      s.boilerplate = true;
      continue;
    }
    const linkItem = /\((?:source)\)\s*$/i.test(t) || (inLinkList && words <= 22 && !/[.!?]["”’]?$/.test(t));
    const hits = GATES.hits(s);
    s.boilerplate = linkItem || BOILERPLATE_LINE.test(t) || (!!(hits & GATES.bit.bio) && BIO.test(t));
    if (!s.inTitle) {
      s.background = (!!(hits & GATES.bit.background) && BACKGROUND.test(t)) || (!!(hits & GATES.bit.otherTarget) && EARLIER_OTHER_TARGET.test(t));
      s.generic = !!(hits & GATES.bit.generic) && GENERIC.test(t);
    }
  }
}

/** True when `text` (a sentence or one clause of it) reads as background about another incident or the past. */
export function isBackgroundText(text: string): boolean {
  return BACKGROUND.test(text);
}

const MODAL =
  /\b(?:may|might|could|would|will|should|can|cannot|risk|risks|threaten(?:s|ed|ing)?|threat|plans?|planned|if|unless|expected|likely|set to|possible|possibly|potential(?:ly)?|deadline|warn(?:s|ed|ing)?|fear(?:s|ed)?|prevent|avoid|stop|before|whether)\b/i;
const NEGATION = /\b(?:not|no|never|nor|neither|without|yet to|denied|den(?:y|ies)|unaffected|rather than|n't|none|refus(?:ed|es|e) to|declin(?:ed|es|e) to|no longer)\b|n't\b/i;

// Clause boundaries further back than this cannot change the last few words before a cue.
const CLAUSE_REACH = 400;

function clauseBefore(text: string, at: number, words: number): string {
  const head = text.slice(Math.max(0, at - CLAUSE_REACH), at);
  const cut = Math.max(
    head.lastIndexOf(";"),
    head.lastIndexOf(":"),
    head.lastIndexOf(" but "),
    head.lastIndexOf(" while "),
    head.lastIndexOf(" although "),
    head.lastIndexOf(" whereas "),
    head.lastIndexOf(", which "),
    head.lastIndexOf(" - "),
  );
  return lastWords(head, cut >= 0 ? cut + 1 : 0, words);
}

// The last `n` pieces of text.slice(from).split(/\s+/), joined by single spaces, read backwards so a long clause is not
// split whole (a trailing space leaves an empty last piece, and a leading one an empty first piece, as split does).
function lastWords(text: string, from: number, n: number): string {
  const pieces: string[] = [];
  let end = text.length;
  while (pieces.length < n) {
    let start = end;
    while (start > from && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    pieces.push(text.slice(start, end));
    if (start === from) break;
    end = start;
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === from) {
      if (pieces.length < n) pieces.push("");
      break;
    }
  }
  return pieces.reverse().join(" ");
}

/** True when a modal or threat word ("may", "could", "threatened to") governs the cue at `at` (index into `text`). */
export function isHypothetical(text: string, at: number, words = 6): boolean {
  return MODAL.test(clauseBefore(text, at, words));
}

/** True when a negation ("not", "no", "never") governs the cue at `at` (index into `text`). */
export function isNegated(text: string, at: number, words = 5): boolean {
  return NEGATION.test(clauseBefore(text, at, words));
}

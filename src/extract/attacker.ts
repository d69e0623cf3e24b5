// Attacker groups: group names outside background and page furniture, minus groups named only as the origin or
// relative of another group ("Ryuk ... has been tied to Wizard Spider", "a group with ties to Conti", "built on the
// Babuk source code") or only in a list of examples ("gangs such as LockBit and Clop").
import type { GroupMention } from "./gazetteer";
import { isBackgroundText, opensOnDate } from "./scope";
import { sentenceAt, type Sentence } from "./text";
import { phrases } from "./cue-list";

const RELATION = phrases([
  String.raw`tied to`,
  String.raw`linked to`,
  String.raw`associated with`,
  String.raw`connected to`,
  String.raw`rebrand(?:ed|ing)? (?:of|as|from)`,
  String.raw`successor (?:of|to)`,
  String.raw`offshoot of`,
  String.raw`spin-?off of`,
  String.raw`derived from`,
  String.raw`based on`,
  String.raw`built on`,
  String.raw`source code`,
  String.raw`affiliated with`,
  String.raw`formerly known as`,
  String.raw`aka`,
  String.raw`a\.k\.a\.`,
]);

// Words just before a mention that make the group a relative or an example, not the attacker: "ties to Conti",
// "an offshoot of Conti", "in support of Killnet", "groups such as LockBit", "close to Killnet"; or the subject of a
// warning ("agencies warned of an imminent threat from Ryuk").
const RELATIVE_BEFORE =
  /\b(?:(?:ties|links?|connections|relationship|connected|tied|linked|associated|affiliated|related|allied|aligned) (?:to|with)|close(?:ly)? to|(?:affiliates?|members?|offshoot|successor|rebrand|spin-?off|splinter(?: group)?|remnants?|descendant|variant|fork|heir) of|successor to|descend(?:s|ed) from|derived from|formerly (?:known as|part of)|in support of|(?:such as|like|including|the likes of|similar to|compared (?:to|with)|inspired by|modelled on|modeled on|(?:the )?hallmarks of|reminiscent of|in the (?:style|mould|mold|manner) of|(?:recall(?:s|ed|ing)?|evok(?:es|ed|ing)|brought back memories of)(?: the)?(?: (?:19|20)\d\d)?)(?: the)?|(?:compar\w+|likened|resembl\w+|similar\w*|echo\w*|mirror\w*)\b[^.;]{0,40}\b(?:to|with|of)(?: (?:those|that|the \w+) of)?(?: the)?|\b(?:warn(?:s|ed|ing)?|alert(?:s|ed)?|advisory|advisories)\b[^.;]{0,40}\b(?:about|on|of|from)(?: the)?)\s+$/i;
// Verb forms ("linked to") attribute the attack itself when the clause's subject is the attack ("the attack was linked
// to LockBit"), and relate two groups otherwise ("Rhysida, which has been linked to Vice Society").
const VERB_RELATION = /\b(?:connected|tied|link(?:ed)?|associated|affiliated|related) (?:to|with)\s+$/i;
const ATTACK_SUBJECT = phrases([
  String.raw`attack`,
  String.raw`attacks`,
  String.raw`incident`,
  String.raw`breach`,
  String.raw`intrusion`,
  String.raw`hack`,
  String.raw`compromise`,
  String.raw`cyberattack`,
  String.raw`cyber-attack`,
  String.raw`ransomware`,
]);
// A group the text says was not involved: "investigators ruled out LockBit", "there is no evidence that Conti was
// involved", "Akira was not behind the attack", "LockBit denied any involvement", "Akira, not LockBit, behind ...".
const DENIED_BEFORE =
  /\b(?:ruled out|den(?:y|ies|ied)(?: that)?|no (?:evidence|sign|indication|suggestion|link)s? (?:of|that|to)|not (?:linked|tied|connected|attributed|related) to|unrelated to|nothing to do with|rather than|instead of)\b[^.;]{0,30}$|(?:,\s*|\s(?:and|but)\s+)not\s+(?:the\s+)?$|\b(?:resembl\w*|similar to|reminiscent of|in the style of|mimick?\w*|copycat of|modell?ed on|compared (?:it )?(?:to|with))\s+(?:\S+\s+){0,3}?$/i;
// A relative clause or apposition between the name and its verb is skipped: "RansomHub, which some researchers had first
// blamed, denied any involvement".
const DENIED_AFTER =
  /^(?:'s)?(?:,\s(?:which|who|whose|a|an|the)\s[^,.;]{1,60},)?[^.;]{0,25}?\b(?:(?:was|were|is|are|has|have|had)(?: been)? (?:not|never)|wasn't|weren't|isn't|aren't|hasn't|haven't)\b[^.;]{0,20}?\b(?:behind|involved|responsible|linked|connected|claimed)|^(?:'s)?[^.;]{0,60}?\b(?:had|has|have) (?:had )?nothing to do with\b|^(?:'s)?[^.;]{0,60}?\bplayed no (?:part|role)\b|^(?:'s)?(?:,\s(?:which|who|whose|a|an|the)\s[^,.;]{1,60},)?[^.;]{0,25}?\bden(?:y|ies|ied) (?:any |all |the )?(?:\S+ ){0,3}?(?:involvement|responsibility|attack|hack|breach|being behind|carrying out|that it)/i;
// A group joined to the one before it in a list ("such as LockBit, Clop and Akira") shares its reading.
const LIST_JOIN = /^(?:,\s*|\s+(?:and|or|&)\s+|,\s*(?:and|or)\s+)$/;
// Clause ends inside a sentence: a background sentence may still hold a clause that names this incident's attacker
// ("the Snatch gang has claimed the attack; the gang has previously breached ...").
const CLAUSE_BREAK = /;|:|\s[-–—]\s|,\s(?:but|while|and)\s|\s(?:but|while|whereas)\s/g;
const CLAIM = phrases([
  String.raw`claim(?:s|ed|ing)?`,
  String.raw`took credit`,
  String.raw`taken credit`,
  String.raw`responsib(?:le|ility)`,
  String.raw`behind the`,
  String.raw`carried out`,
  String.raw`attributed`,
]);
// A relative clause set off by commas ("REvil, which is known for hacking a law firm, claimed the incident") describes
// the group's past; the clause around it may still claim this attack.
// "a previously unknown gang" introduces a group; it does not date the clause.
const NEW_GROUP = /\bpreviously (?:unknown|unseen|unreported|undocumented|unnamed)\b/gi;
const PARENTHETICAL = /,\s(?:which|who|whose)\b[^,;]*,/g;
// What a group does to a victim: a group also named as another's relative counts only in a clause that says one of these.
const ACTS = phrases([
  String.raw`claim\w*`,
  String.raw`took credit`,
  String.raw`taken credit`,
  String.raw`responsib\w*`,
  String.raw`behind`,
  String.raw`attack(?:ed|ing)?`,
  String.raw`hit`,
  String.raw`struck`,
  String.raw`strikes?`,
  String.raw`breach(?:ed)?`,
  String.raw`target(?:ed|ing|s)?`,
  String.raw`compromis\w*`,
  String.raw`encrypt\w*`,
  String.raw`stole`,
  String.raw`steal\w*`,
  String.raw`leak(?:ed|s)?`,
  String.raw`publish\w*`,
  String.raw`post(?:ed|s)`,
  String.raw`list(?:ed|s)`,
  String.raw`hack(?:ed)?`,
  String.raw`demand\w*`,
  String.raw`DDoS\w*`,
  String.raw`infiltrat\w*`,
  String.raw`exfiltrat\w*`,
]);

// "stolen by Meow ransomware": the name as the agent of a passive.
const PASSIVE_AGENT = /\bby\s+(?:the\s+)?$/i;

/** One responsible group with the mention that supports it. */
export interface AttackerHit {
  name: string;
  mention: GroupMention;
  sentence: Sentence;
}

// Offsets in each sentence where its clauses begin (0 first), worked out once per sentence of one document and kept by
// the sentence's start (sentences do not overlap): a number key, where a WeakMap across documents took every sentence in.
type ClauseStarts = Map<number, number[]>;
// The clause of the sentence that holds offset `at`, as [start, end) offsets into the sentence's text.
function clauseSpan(clauses: ClauseStarts, s: Sentence, at: number): [number, number] {
  let starts = clauses.get(s.start);
  if (!starts) {
    starts = [0];
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(s.text); m; m = CLAUSE_BREAK.exec(s.text)) starts.push(m.index + m[0].length);
    clauses.set(s.start, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return [starts[lo]!, lo + 1 < starts.length ? starts[lo + 1]! : s.text.length];
}
function clauseOf(clauses: ClauseStarts, s: Sentence, at: number): string {
  const [start, end] = clauseSpan(clauses, s, at);
  return s.text.slice(start, end);
}

// True when the words around the mention make its group a relative or example of another, or deny its part.
// A group named for its own fate or tools, not this attack: "emerged after LockBit's takedown", "built with Babuk's leaked code".
// A name made an adjective compares or names a kind, not the attacker: "a LockBit-style attack", "a Conti-like playbook".
const FATE_AFTER =
  /^'s (?:\S+ )?(?:takedown|disruption|demise|shutdown|collapse|dismantling|exit|closure|source code|leaked code|builder|playbook)\b|^-(?:style|like|esque|inspired|type|based|derived)\b/i;

// An apposition after the name that says the group claimed or carried out the attack makes it the attacker, whatever
// relation stood before the name: "a wallet tied to Alphv/BlackCat, the crew that claimed the intrusion" (not "linked to
// LockBit, which claimed a hospital last year"), also when reported ("the hallmarks of Hive, which is believed to be
// behind it").
const CLAIMED_APPOSITION =
  /^(?:'s)?(?:\s(?:ransomware\s|extortion\s|hacking\s)?(?:gang|group|crew|operation))?,\s(?:(?:the|a|an)\s(?:\S+\s){0,4}?(?:gang|group|crew|operation|outfit|hackers|actors?|affiliate|collective)\s)?(?:that|which|who)\s(?:had\s|has\s|have\s)?(?:claimed|carried out|took credit for|taken credit for|(?:was|is|were|are) (?:(?:believed|thought|said|suspected|understood|reported|alleged) to (?:be|have been) )?behind)\s(?:responsibility\b|it\b|(?:the|this)\s(?:\S+\s)?(?:attack|intrusion|breach|hack|incident|cyberattack))/i;

function relativeMention(clauses: ClauseStarts, m: GroupMention, s: Sentence): boolean {
  const offset = m.start - s.start;
  if (FATE_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 40))) return true;
  const [clauseStart, clauseEnd] = clauseSpan(clauses, s, offset);
  const before = s.text.slice(Math.max(clauseStart, offset - 60), offset);
  if (
    DENIED_BEFORE.test(before) ||
    DENIED_AFTER.test(s.text.slice(m.end - s.start, Math.min(clauseEnd, m.end - s.start + 110)))
  )
    return true;
  if (!RELATIVE_BEFORE.test(before)) return false;
  if (CLAIMED_APPOSITION.test(s.text.slice(m.end - s.start, Math.min(clauseEnd, m.end - s.start + 90)))) return false;
  if (!VERB_RELATION.test(before)) return true;
  return !ATTACK_SUBJECT.test(s.text.slice(Math.max(clauseStart, offset - 80), offset));
}

// A roundup's turn to other stories speaks of other incidents in every clause: "In other news, ... while the LockBit
// gang claimed an attack on a Taiwanese electronics maker".
const OTHER_NEWS = /^in other news\b/i;
// Background sentences are left out, except for a clause of one that itself claims this attack for the group; so are
// general statements of how gangs fare or work ("groups that hit pipelines tend to be dismantled, as DarkSide was").
function usable(clauses: ClauseStarts, m: GroupMention, s: Sentence): boolean {
  if (s.boilerplate) return false;
  if (!s.background && !s.generic) return true;
  if (OTHER_NEWS.test(s.text)) return false;
  const clause = clauseOf(clauses, s, m.start - s.start)
    .replace(PARENTHETICAL, ",")
    .replace(NEW_GROUP, "");
  // A claim in a clause dated to the past ("In 2023, the Akira gang claimed ...") is that earlier attack's.
  return CLAIM.test(clause) && !isBackgroundText(clause) && !opensOnDate(clause);
}

/** Groups the text names as responsible (or as the incident's group), in order of first mention. */
export function extractAttackers(mentions: GroupMention[], sentences: Sentence[]): AttackerHit[] {
  const clauses: ClauseStarts = new Map();
  const byGroup = new Map<string, { mention: GroupMention; sentence: Sentence; relative: boolean }[]>();
  // The groups named in each sentence, so a sentence relating two groups is found without comparing mention pairs.
  const groupsIn = new Map<Sentence, Set<string>>();
  let previous: { mention: GroupMention; relative: boolean } | null = null;
  for (const m of mentions) {
    const s = sentenceAt(sentences, m.start);
    if (s && m.end <= s.end) groupsIn.set(s, (groupsIn.get(s) ?? new Set()).add(m.group.name));
    if (!s || !usable(clauses, m, s)) {
      previous = null;
      continue;
    }
    const gap: string | null =
      previous && previous.mention.end >= s.start && m.start - previous.mention.end <= 8
        ? s.text.slice(previous.mention.end - s.start, m.start - s.start)
        : null;
    const relative: boolean = gap !== null && LIST_JOIN.test(gap) ? previous!.relative : relativeMention(clauses, m, s);
    previous = { mention: m, relative };
    const list = byGroup.get(m.group.name) ?? [];
    list.push({ mention: m, sentence: s, relative });
    byGroup.set(m.group.name, list);
  }
  const relates = new Map<Sentence, boolean>();
  const relatesGroups = (s: Sentence) => {
    let r = relates.get(s);
    if (r === undefined) relates.set(s, (r = RELATION.test(s.text)));
    return r;
  };
  const hits: AttackerHit[] = [];
  for (const [name, list] of byGroup) {
    const isRelative = list.some((x) => x.relative);
    const direct = list.filter(
      (x) =>
        !x.relative && (!isRelative || ACTS.test(clauseOf(clauses, x.sentence, x.mention.start - x.sentence.start))),
    );
    if (direct.length === 0) continue;
    const independent = direct.filter(({ sentence }) => {
      const named = groupsIn.get(sentence);
      const others = !!named && (named.size > 1 || !named.has(name));
      return !(others && relatesGroups(sentence));
    });
    if (independent.length === 0 && byGroup.size > 1) continue;
    const first = (independent[0] ?? direct[0])!;
    hits.push({ name, mention: first.mention, sentence: first.sentence });
  }
  if (hits.length < 2) return hits.sort((a, b) => a.mention.start - b.mention.start);
  // Beside a group said to have claimed the attack, a group named only as the agent of a passive with no act of its own
  // is another story's (a roundup's next item: "Information allegedly stolen by Meow ransomware included ..."), not a
  // second attacker; one that speaks or acts itself ("RansomHub said it holds the data") stays.
  // Each clause is read once per pattern, however many mentions it holds: a page repeating group names in one long
  // clause would otherwise be read once per mention.
  const read = new Map<string, boolean>();
  const clauseSays = (re: RegExp, x: { mention: GroupMention; sentence: Sentence }) => {
    const [start, end] = clauseSpan(clauses, x.sentence, x.mention.start - x.sentence.start);
    const key = `${re === CLAIM ? "c" : "a"}${x.sentence.start + start}`;
    let said = read.get(key);
    if (said === undefined) read.set(key, (said = re.test(x.sentence.text.slice(start, end))));
    return said;
  };
  const claimed = hits.filter((h) => byGroup.get(h.name)!.some((x) => !x.relative && clauseSays(CLAIM, x)));
  const onlyAgent = (name: string) =>
    byGroup.get(name)!.every((x) => {
      const offset = x.mention.start - x.sentence.start;
      return PASSIVE_AGENT.test(x.sentence.text.slice(Math.max(0, offset - 8), offset)) && !clauseSays(ACTS, x);
    });
  const kept = claimed.length > 0 ? hits.filter((h) => claimed.includes(h) || !onlyAgent(h.name)) : hits;
  return kept.sort((a, b) => a.mention.start - b.mention.start);
}

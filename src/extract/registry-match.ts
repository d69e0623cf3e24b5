// What the organisation registry adds to the rules, and only where the text leaves a gap: victims whose names carry no
// healthcare word but are known organisations, the victim type when the text says nothing beyond the name's own words,
// and the country when the text names no place. The text's own description always wins over the registry.
import type { VictimType } from "../model/entities";
import type { OrgRegistry } from "../model/registry";
import { HEALTH_WORD, NOT_A_VICTIM } from "./data/org-cues";
import type { GroupMention } from "./gazetteer";
import { distinctiveWords } from "./registry-index";
import { sentenceAt, type Sentence } from "./text";
import type { VictimSpan } from "./victim";
import { phrases } from "./cue-list";

// An incident sentence: the registry name must stand where the attack is told, not in a list of other organisations.
const INCIDENT_CUE = phrases([
  String.raw`cyber-?\s?attack\w*`,
  String.raw`cyber incident`,
  String.raw`ransomware`,
  String.raw`hack\w*`,
  String.raw`breach\w*`,
  String.raw`attack\w*`,
  String.raw`st(?:ole|olen)`,
  String.raw`exfiltrat\w*`,
  String.raw`leak\w*`,
  String.raw`extortion`,
  String.raw`compromised`,
  String.raw`intrusion`,
  String.raw`unauthori[sz]ed`,
  String.raw`outage`,
  String.raw`incident`,
  String.raw`threat actors?`,
  String.raw`encrypt\w*`,
]);
// A doctor's or person's name ("Dr Patel", the name of many GP practices) is a person when it stands in news text.
const PERSON_TITLE = /^(?:dr|doctor|mr|mrs|ms|miss|prof|professor)$/;
/** Registry names without a healthcare word weighed per article; a real victim is among the first few named. */
const MAX_CANDIDATES = 20;

/**
 * Registry organisations the rules did not name: written as a capitalised name with no healthcare word and at least two
 * distinctive words ("Kaiser Permanente"), named in the headline, or named twice in this incident's sentences with once
 * in a sentence telling the attack. A known organisation named once in passing ("patients went to X") is no victim.
 */
export function registryVictims(
  text: string,
  sentences: Sentence[],
  victims: VictimSpan[],
  groups: GroupMention[],
  registry: OrgRegistry,
): VictimSpan[] {
  const taken = (m: { start: number; end: number }) =>
    victims.some((v) => m.start < v.end && v.start < m.end) || groups.some((g) => m.start < g.end && g.start < m.end);
  const ruleNames = new Set(victims.map((v) => v.name.toLowerCase()));
  const scoped = sentences.filter((s) => !s.background && !s.boilerplate && !s.generic);
  const out: VictimSpan[] = [];
  let tried = 0;
  // Only the headline and the sentences telling the attack are scanned (scanning is the costly part); a name found
  // there is then counted in the rest of the incident's sentences by plain search.
  for (const s of scoped) {
    if (!s.inTitle && !INCIDENT_CUE.test(s.text)) continue;
    for (const m of registry.findNames(s.text)) {
      const at = { start: s.start + m.start, end: s.start + m.end };
      const name = s.text.slice(m.start, m.end).replace(/'s?$/, "");
      const key = name.toLowerCase();
      if (ruleNames.has(key) || taken(at) || NOT_A_VICTIM.test(name)) continue;
      ruleNames.add(key);
      if (name.split(/\s+/).some((w) => HEALTH_WORD.test(w.replace(/'s$/, "")))) continue;
      const distinctive = distinctiveWords(name);
      if (distinctive.length < 2 || PERSON_TITLE.test(distinctive[0]!)) continue;
      // Each candidate is searched for in every sentence: a list of hundreds of names must not cost hundreds of passes.
      if (++tried > MAX_CANDIDATES) return out;
      if (
        s.inTitle ||
        scoped.some((o) => o !== s && wholeWordIn(o.text, name)) ||
        wholeWordIn(s.text.slice(m.end), name)
      )
        out.push({ name, start: at.start, end: at.start + name.length, sentence: s, healthcare: true });
    }
  }
  return out;
}

function wholeWordIn(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[i + name.length] ?? "")) return true;
  return false;
}

/** The victim type and where it is supported, as `extractVictimType` returns it. */
export interface TypeFinding {
  type: VictimType;
  start: number;
  end: number;
  sentence: Sentence;
}

/**
 * The registry's category for the main victim (the first one named), used when the rules found no
 * type, or when their strongest cue is a word inside a victim's name ("Cleveland Clinic" is a hospital): a description
 * elsewhere in the text ("X, a dental chain") keeps the rules' answer.
 */
export function registryVictimType(
  found: TypeFinding | null,
  victims: VictimSpan[],
  registry: OrgRegistry,
): TypeFinding | null {
  const victim = victims[0];
  const category = victim ? registry.lookup(victim.name)?.category : null;
  if (!victim || !category) return found;
  if (found && (found.type === category || !victims.some((v) => v.start <= found.start && found.end <= v.end)))
    return found;
  return { type: category, start: victim.start, end: victim.end, sentence: victim.sentence };
}

/**
 * The country of a victim the registry knows, for articles whose place cues name no country: only when the text names
 * the town the registry has for it ("the Klamath Falls medical center"), since a country is labelled from the text's
 * places and the registry tells which country that town is in.
 */
export function registryCountry(
  text: string,
  victims: VictimSpan[],
  sentences: Sentence[],
  registry: OrgRegistry,
): { code: string; start: number; end: number; sentence: Sentence } | null {
  // The first few victims the registry places in a town: each is one pass over the text, so a roundup of a hundred
  // victims does not cost a hundred passes.
  let tried = 0;
  for (const victim of victims) {
    if (tried === MAX_TOWNS) break;
    const org = registry.lookup(victim.name);
    if (!org?.country || !org.city || org.city.length < 3) continue;
    tried++;
    const town = new RegExp(
      `(?<![\\p{L}\\p{N}])${org.city
        .split(/[\\s-]+/)
        .map(escape)
        .join("[\\s-]+")}(?![\\p{L}\\p{N}])`,
      "giu",
    );
    for (let m = town.exec(text); m; m = town.exec(text)) {
      const s = sentenceAt(sentences, m.index);
      // Written as a place name (capitalised), in a sentence about this incident.
      if (s && !s.boilerplate && !s.background && /^\p{Lu}/u.test(m[0]))
        return { code: org.country, start: m.index, end: m.index + m[0].length, sentence: s };
    }
  }
  return null;
}

const MAX_TOWNS = 3;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// extractEntities: one article in, its incident entities out. Pure, synchronous and deterministic (see README.md).
import { markEarlierOtherBodies } from "./earlier-other-body";
import type { ArticleText } from "../model/article";
import type { Entities, Evidence } from "../model/entities";
import type { OrgRegistry } from "../model/registry";
import { extractAttackTypes } from "./attack-type";
import { extractAttackers } from "./attacker";
import { extractCountry } from "./country";
import { openGates } from "./cue-gate";
import { findGroupMentions } from "./gazetteer";
import { extractImpact } from "./impact";
import { extractImpactDetails } from "./impact-detail";
import { withLeakAsTheft, withRansomedLeakAsExtortion } from "./leak-as-theft";
import { extractPeople } from "./people";
import { registryCountry, registryVictims, registryVictimType } from "./registry-match";
import { extractRansom } from "./ransom";
import { readWords } from "./lexicon";
import { markPageFurniture } from "./page-furniture";
import { scopeDigestItems } from "./digest-items";
import { judgeRelevance } from "./relevance";
import { clearHistoryOnlyBackground } from "./aside";
import { classifySentences } from "./scope";
import {
  buildDocument,
  cleanPreservingOffsets,
  foldPunctuation,
  MAX_ANALYSED_CHARS,
  sentenceAt,
  splitSentences,
  type Sentence,
} from "./text";
import { extractVictims, victimMentioner } from "./victim";
import { extractVictimType } from "./victim-type";
import { extractVolume } from "./volume";

export { createOrgRegistry } from "./registry-index";

/**
 * Reads one article and returns its entities, each value with the evidence span that supports it. With an imported
 * organisation `registry`, known organisations fill the gaps the text leaves (registry-match.ts); without one, rules alone.
 */
export function extractEntities(doc: ArticleText, registry?: OrgRegistry | null): Entities {
  const raw = buildDocument(String(doc?.title ?? ""), String(doc?.text ?? ""));
  const shown = cleanPreservingOffsets(raw.length > MAX_ANALYSED_CHARS ? raw.slice(0, MAX_ANALYSED_CHARS) : raw);
  const text = foldPunctuation(shown);
  const sentences = splitSentences(text);
  openGates(sentences, text);
  classifySentences(sentences);
  clearHistoryOnlyBackground(sentences);
  markPageFurniture(sentences, text);
  scopeDigestItems(sentences, text);
  const evidence: Evidence[] = [];
  // Quotes are cut from the text as written, so the UI shows the article's own punctuation.
  const cite = (field: Evidence["field"], value: string, start: number, end: number, s: Sentence) =>
    evidence.push({ field, value, start, end, quote: shown.slice(s.start, s.end) });

  // Words are found once and read by the gazetteer and the place lexicons alike.
  const words = readWords(text);
  const mentions = findGroupMentions(text, text.length, words);
  const found = extractAttackers(mentions, sentences);
  // Reading the victims can show a sentence to tell another incident (victim.ts): a group credited there alone is that
  // incident's ("Last month, the LockBit gang leaked data from X Hospital").
  const backgroundBefore = found.length ? found.map((a) => a.sentence.background) : [];

  const ruleVictims = extractVictims(text, sentences, mentions);
  const victims = registry
    ? [...ruleVictims, ...registryVictims(text, sentences, ruleVictims, mentions, registry)]
    : ruleVictims;
  // Rules read and compare the folded names; what is shown is the name as the article wrote it ("Queen’s").
  // A loop, not map() then forEach(): map()'s array and a literal one reached the same read, and the optimised
  // extractEntities was thrown away ("wrong map") and recompiled.
  const victimNames: string[] = [];
  for (const v of victims) {
    const name = asWritten(v, text, shown);
    victimNames.push(name);
    cite("victim_orgs", name, v.start, v.end, v.sentence);
  }
  const attackers = found.filter(
    (a, i) =>
      !a.sentence.background ||
      backgroundBefore[i] ||
      mentions.some((m) => m.group.name === a.name && !sentenceAt(sentences, m.start)?.background),
  );
  for (const a of attackers) cite("attacker_groups", a.name, a.mention.start, a.mention.end, a.sentence);
  const namesVictim = victimMentioner(victims);
  const victimSentences = new Set(sentences.filter((s) => namesVictim(s.text)));
  const aboutVictim = (s: Sentence) => victimSentences.has(s);
  const groupSentences = new Set<Sentence>();
  for (const m of mentions) {
    const s = sentenceAt(sentences, m.start);
    if (s && m.end <= s.end) groupSentences.add(s);
  }
  const aboutIncident = (s: Sentence) => aboutVictim(s) || groupSentences.has(s);

  const relevance = judgeRelevance(sentences, victims, groupSentences);
  if (relevance.sentence)
    cite("relevant", "true", relevance.sentence.start, relevance.sentence.end, relevance.sentence);

  // After relevance, which reads the story's lead however it is dated.
  markEarlierOtherBodies(sentences, victimNames, (s) => groupSentences.has(s));
  const ruleType = relevance.relevant ? extractVictimType(sentences, victims, aboutVictim, text) : null;
  const type = registry && relevance.relevant ? registryVictimType(ruleType, victims, registry) : ruleType;
  const victimType = relevance.relevant ? (type?.type ?? "other-healthcare") : null;
  if (type && victimType) cite("victim_type", victimType, type.start, type.end, type.sentence);

  const { ransom, evidence: ransomEvidence } = extractRansom({ sentences, aboutIncident });
  if (ransomEvidence) cite("ransom", ransom.status, ransomEvidence.start, ransomEvidence.end, ransomEvidence.sentence);

  const volume = extractVolume(sentences);
  if (volume) cite("data_volume_bytes", String(volume.bytes), volume.start, volume.end, volume.sentence);
  const people = extractPeople(sentences);
  if (people) cite("people_affected", String(people.count), people.start, people.end, people.sentence);
  const country =
    extractCountry(sentences, aboutVictim, mentions, words) ??
    (registry ? registryCountry(text, victims, sentences, registry) : null);
  if (country) cite("country", country.code, country.start, country.end, country.sentence);

  const attack = extractAttackTypes(sentences, relevance.relevant ? relevance.sentence : null);
  const impact = extractImpact(sentences, attack.types);
  const leak = impact.evidence.get("data-leaked");
  const attackTypes = withRansomedLeakAsExtortion(
    withLeakAsTheft(attack.types, attack.evidence, leak),
    attack.evidence,
    ransomEvidence,
    leak,
  );
  for (const t of attackTypes) {
    const e = attack.evidence.get(t)!;
    cite("attack_types", t, e.start, e.end, e.sentence);
  }
  for (const t of impact.impact) {
    const e = impact.evidence.get(t)!;
    cite("impact", t, e.start, e.end, e.sentence);
  }

  return {
    relevant: relevance.relevant,
    attacker_groups: attackers.map((a) => a.name),
    victim_orgs: victimNames,
    victim_type: victimType,
    ransom,
    data_volume_bytes: volume?.bytes ?? null,
    people_affected: people?.count ?? null,
    country: country?.code ?? null,
    attack_types: attackTypes,
    impact: impact.impact,
    impact_details: extractImpactDetails(impact.evidence, sentences, (s) => shown.slice(s.start, s.end)),
    evidence,
  };
}

/**
 * Folding keeps every character's offset, so a name found verbatim in the folded text within its span maps back
 * to the same characters of the text as written; a name the rules rebuilt (cut, joined) stays as they made it.
 */
function asWritten(victim: { name: string; start: number; end: number }, folded: string, shown: string): string {
  const at = folded.indexOf(victim.name, victim.start);
  return at >= 0 && at + victim.name.length <= victim.end ? shown.slice(at, at + victim.name.length) : victim.name;
}

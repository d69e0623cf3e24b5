// Attacker groups: gazetteer names outside background and page furniture, minus groups named only as the origin or
// relative of another group ("Ryuk ... has been tied to Wizard Spider", "built on the Babuk source code").
import type { GroupMention } from "./gazetteer";
import { sentenceAt, type Sentence } from "./text";

const RELATION = /\b(?:tied to|linked to|associated with|connected to|rebrand(?:ed|ing)? (?:of|as|from)|successor (?:of|to)|offshoot of|spin-?off of|derived from|based on|built on|source code|affiliated with|formerly known as|aka|a\.k\.a\.)\b/i;

/** One responsible group with the mention that supports it. */
export interface AttackerHit {
  name: string;
  mention: GroupMention;
  sentence: Sentence;
}

/** Groups the text names as responsible (or as the incident's group), in order of first mention. */
export function extractAttackers(mentions: GroupMention[], sentences: Sentence[]): AttackerHit[] {
  const byGroup = new Map<string, { mention: GroupMention; sentence: Sentence }[]>();
  for (const m of mentions) {
    const s = sentenceAt(sentences, m.start);
    if (!s || s.boilerplate || s.background) continue;
    const list = byGroup.get(m.group.name) ?? [];
    list.push({ mention: m, sentence: s });
    byGroup.set(m.group.name, list);
  }
  // Per sentence, once: the groups it names and whether it states a relation (a sentence read per mention was quadratic
  // in an article that repeats group names).
  const named = new Map<Sentence, Set<string>>();
  for (const list of byGroup.values())
    for (const { mention, sentence } of list) if (mention.end <= sentence.end) (named.get(sentence) ?? named.set(sentence, new Set()).get(sentence)!).add(mention.group.name);
  const relation = new Map<Sentence, boolean>();
  const states = (s: Sentence) => relation.get(s) ?? relation.set(s, RELATION.test(s.text)).get(s)!;
  const hits: AttackerHit[] = [];
  for (const [name, list] of byGroup) {
    const independent = list.filter(({ sentence }) => {
      const groups = named.get(sentence);
      const others = !!groups && (groups.size > 1 || !groups.has(name));
      return !(others && states(sentence));
    });
    if (independent.length === 0 && byGroup.size > 1) continue;
    const first = (independent[0] ?? list[0])!;
    hits.push({ name, mention: first.mention, sentence: first.sentence });
  }
  return hits.sort((a, b) => a.mention.start - b.mention.start);
}

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
  const hits: AttackerHit[] = [];
  for (const [name, list] of byGroup) {
    const independent = list.filter(({ sentence }) => {
      const others = mentions.some((o) => o.group.name !== name && o.start >= sentence.start && o.end <= sentence.end);
      return !(others && RELATION.test(sentence.text));
    });
    if (independent.length === 0 && byGroup.size > 1) continue;
    const first = (independent[0] ?? list[0])!;
    hits.push({ name, mention: first.mention, sentence: first.sentence });
  }
  return hits.sort((a, b) => a.mention.start - b.mention.start);
}

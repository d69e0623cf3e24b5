// Victim type: cue phrases from data/org-cues.ts counted in the victims' names (strongest), the headline, sentences naming
// a victim and the rest of the text; ties go to the more specific type (order of VICTIM_TYPES).
import { VICTIM_TYPES, type VictimType } from "../model/entities";
import { VICTIM_TYPE_CUES } from "./data/org-cues";
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";

/** The victim type and the span of its strongest cue, or null when no cue is found. */
export function extractVictimType(
  sentences: Sentence[],
  victims: VictimSpan[],
  aboutVictim: (s: Sentence) => boolean,
): { type: VictimType; start: number; end: number; sentence: Sentence } | null {
  const score = new Map<VictimType, number>();
  const best = new Map<VictimType, { w: number; start: number; end: number; sentence: Sentence }>();
  const add = (type: VictimType, w: number, start: number, end: number, sentence: Sentence) => {
    // "hospital" is named in most health news (as the place where care suffered): it needs more evidence than the rest.
    const weight = type === "hospital" ? w * 0.7 : w;
    score.set(type, (score.get(type) ?? 0) + weight);
    const b = best.get(type);
    if (!b || weight > b.w) best.set(type, { w: weight, start, end, sentence });
  };
  for (const v of victims) {
    for (const type of VICTIM_TYPES) {
      const re = VICTIM_TYPE_CUES[type];
      re.lastIndex = 0;
      if (re.test(v.name)) add(type, 4, v.start, v.end, v.sentence);
    }
  }
  sentences.forEach((s, i) => {
    if (s.background || s.boilerplate || s.generic) return;
    const w = s.inTitle ? 3 : aboutVictim(s) ? 2 : i < 4 ? 1.2 : 0.6;
    for (const type of VICTIM_TYPES) {
      const re = VICTIM_TYPE_CUES[type];
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) add(type, w, s.start + m.index, s.start + m.index + m[0].length, s);
    }
  });
  let top: VictimType | null = null;
  for (const type of VICTIM_TYPES) if ((score.get(type) ?? 0) > (top ? score.get(top)! : 0)) top = type;
  if (!top) return null;
  const b = best.get(top)!;
  return { type: top, start: b.start, end: b.end, sentence: b.sentence };
}

// Victims of other incidents named in passing: "The earlier case was Brookside Clinic", "In 2019 the same gang hit X".
// The shared clause reading (clause.ts frameCue's `past`, read alone by pastAt) tells whether a name's clause is set in
// the past of another incident; victim.ts keeps such a name out when another victim is named outside any such frame.
import { latestYear, pastAt } from "./clause";
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";

/** A test for "this mention of a victim sits in a clause about another, earlier incident". */
export function pastFramer(sentences: Sentence[]): (v: VictimSpan) => boolean {
  // The article's latest year, read once and only when a mention is framed.
  let year: number | null | undefined;
  return (v) => {
    if (year === undefined) {
      year = null;
      for (const s of sentences) {
        const y = latestYear(s.text);
        if (y !== null && (year === null || y > year)) year = y;
      }
    }
    const s = v.sentence;
    return pastAt(s.text, v.start - s.start, year);
  };
}

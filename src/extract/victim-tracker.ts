// A tracker's post names its victim in a field ("New victim: Planned Parenthood of Montana (plannedparenthood.org)",
// "Victim: X") and the victim's sector in another ("Sector: Healthcare", "Activity: Healthcare"). The rules know a
// healthcare body by the words of its name or by a description; in a tracker's post the sector field is that
// description, so a name without a healthcare word is a healthcare victim there.
import { sentenceAt, type Sentence } from "./text";
import type { VictimSpan } from "./victim";

const SECTOR_FIELD =
  /\b(?:[Ss]ector|[Aa]ctivity|[Ii]ndustry)\s?:\s?(?:[Hh]ealth ?[Cc]are|[Hh]ealth|[Hh]ospitals?|[Mm]edical|[Pp]harmaceuticals?)\b/;
// The name runs from a capital to the next field, bracket or line end; a field's label ("Country:") ends it too.
const VICTIM_FIELD = /\b(?:[Nn]ew [Vv]|[Vv])ictim ?: ?(\p{Lu}[^|()\n:;]{1,79}?) *(?=[(|;\n]|$)/gu;
const MAX_WORDS = 10;

/** The victims a tracker's post names in its victim field, when it gives a healthcare sector and the rules missed them. */
export function trackerVictims(text: string, sentences: Sentence[], found: readonly VictimSpan[]): VictimSpan[] {
  if (!text.includes("ictim") || !SECTOR_FIELD.test(text)) return [];
  const out: VictimSpan[] = [];
  VICTIM_FIELD.lastIndex = 0;
  for (let m = VICTIM_FIELD.exec(text); m; m = VICTIM_FIELD.exec(text)) {
    const name = m[1]!;
    // A tracker often prints the name in capitals that the post's prose spells as a name ("OPTIMA CARE PARTNERS").
    const key = name.toLowerCase();
    const known = (v: VictimSpan) => v.name.toLowerCase() === key;
    if (name.split(" ").length > MAX_WORDS || found.some(known) || out.some(known)) continue;
    const start = m.index + m[0].indexOf(name);
    const sentence = sentenceAt(sentences, start);
    if (!sentence || sentence.boilerplate || sentence.background || start + name.length > sentence.end) continue;
    const spelt = name === name.toUpperCase() ? spelling(text, key, start) : null;
    out.push(
      spelt
        ? {
            name: text.slice(spelt, spelt + name.length),
            start: spelt,
            end: spelt + name.length,
            sentence: sentenceAt(sentences, spelt) ?? sentence,
            healthcare: true,
          }
        : { name, start, end: start + name.length, sentence, healthcare: true },
    );
  }
  return out;
}

// Where the post's prose spells a name printed in capitals in mixed case, that spelling's offset, else null.
function spelling(text: string, key: string, field: number): number | null {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const written = text.slice(at, at + key.length);
    if (at !== field && written !== written.toUpperCase()) return at;
  }
  return null;
}

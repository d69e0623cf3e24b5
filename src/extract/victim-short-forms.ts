// A headline shortens the victim's name by leaving words out of its middle ("Eastmere NHS trust cyber attack" for
// Eastmere and Wold Hospitals NHS Trust, "Lowther Ambulance Trust" for Lowther Ambulance Service NHS Trust). A name the
// headline alone gives, whose words all stand in order in a longer victim's name that opens on the same word, is that
// victim. Prefix forms ("Capital Health" beside "Capital Health Regional Medical Center") are another matter: victim.ts
// keeps them when the body names them on their own.
import type { VictimSpan } from "./victim";
import { withoutBracketTail } from "./bracket-tail";
import { HEALTH_WORD } from "./data/org-cues";

// True when `short`'s words stand in `long`'s in order, the first ones first, with at least one word between two of them.
function gappedForm(short: string[], long: string[]): boolean {
  if (short.length < 2 || long.length <= short.length || short[0] !== long[0]) return false;
  let j = 1;
  let gap = false;
  for (let i = 1; i < short.length; i++) {
    const from = j;
    while (j < long.length && long[j] !== short[i]) j++;
    if (j === long.length) return false;
    gap ||= j > from;
    j++;
  }
  return gap;
}

/** The victims without the headline-only short forms of another victim's name (see above). */
export function withoutHeadlineShortForms(kept: VictimSpan[], inBody: (name: string) => number): VictimSpan[] {
  if (kept.length < 2 || !kept.some((v) => v.sentence.inTitle)) return kept;
  const words = kept.map((v) => withoutBracketTail(v.name).split(" "));
  return kept.filter(
    (v, i) =>
      !v.sentence.inTitle ||
      inBody(v.name) > 0 ||
      !words.some((long, j) => j !== i && !kept[j]!.sentence.inTitle && gappedForm(words[i]!, long)),
  );
}

/**
 * The victims without a headline-only name in the local language, a health word and a town ("Nemocnice Benešov"), where
 * the body places another victim in that town ("The Rudolf and Stefanie Hospital in Benešov"): the same body, named
 * as translated news names it.
 */
export function withoutHeadlineLocalNames(
  doc: string,
  kept: VictimSpan[],
  inBody: (name: string) => number,
): VictimSpan[] {
  if (kept.length < 2) return kept;
  return kept.filter((v) => {
    if (!v.sentence.inTitle || inBody(v.name) > 0) return true;
    const words = v.name.split(" ");
    if (words.length < 2 || words.length > 4) return true;
    const place = words.filter((w) => !HEALTH_WORD.test(w));
    if (place.length === 0 || place.length === words.length) return true;
    const placed = ` in ${place.join(" ")}`;
    return !kept.some(
      (o) =>
        o !== v &&
        !o.sentence.inTitle &&
        doc.startsWith(placed, o.end) &&
        !/[\p{L}\p{N}]/u.test(doc.charAt(o.end + placed.length)),
    );
  });
}

// True when `short`'s words open `long`'s, each the same word or its clipping ("Fred Hutch" of Fred Hutchinson Cancer
// Center), with at least one clipped by three letters or more.
function clippedForm(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  let clipped = false;
  for (let i = 0; i < short.length; i++) {
    const s = short[i]!;
    const l = long[i]!;
    if (s === l) continue;
    if (s.length < 3 || !l.startsWith(s) || l.length - s.length < 3) return false;
    clipped = true;
  }
  return clipped;
}

// True when `short` is the acronym a longer name defines in its brackets, with the words that follow it there: "NRS
// Healthcare" of "Nottingham Rehab Supplies (NRS) Healthcare".
function acronymForm(short: string, long: string): boolean {
  const space = short.indexOf(" ");
  const acronym = space < 0 ? short : short.slice(0, space);
  if (acronym.length < 2 || acronym.toUpperCase() !== acronym) return false;
  const at = long.indexOf(`(${acronym})`);
  return at > 0 && long.slice(at + acronym.length + 2) === (space < 0 ? "" : short.slice(space));
}

// The capitalised words of a name, the ones its initials are read from ("of", "and" left out).
const capitalised = (words: string[]) => words.filter((w) => /^\p{Lu}/u.test(w));

// True when `short` opens on letters the longer name abbreviates and goes on to a trade word or to the longer name's own
// last words: "MCNA Dental" of Managed Care of North America (its initials), "UVM Medical Center" of University of
// Vermont Medical Center (the letters in order, each capitalised word's initial among them).
function initialsForm(short: string[], long: string[]): boolean {
  const acronym = short[0]!;
  if (acronym.length < 2 || acronym.length > 6 || !/^\p{Lu}+$/u.test(acronym) || long.length < 2) return false;
  const rest = short.slice(1);
  if (rest.length === 0 || rest.length > 3) return false;
  let tail = 0;
  while (tail < rest.length && rest[rest.length - 1 - tail] === long[long.length - 1 - tail]) tail++;
  if (tail === rest.length) {
    const prefix = long.slice(0, long.length - tail);
    const heads = capitalised(prefix);
    if (heads.length < 2 || heads[0]![0] !== acronym[0]) return false;
    // Each capitalised word's initial in the acronym in order, the acronym's other letters within the words.
    const letters = prefix.join(" ").toUpperCase();
    let at = 0;
    for (const c of acronym) {
      at = letters.indexOf(c, at) + 1;
      if (at === 0) return false;
    }
    return heads.every((w) => acronym.includes(w[0]!));
  }
  return (
    acronym.length >= 3 &&
    rest.length === 1 &&
    capitalised(long)
      .map((w) => w[0])
      .join("") === acronym
  );
}

/**
 * The victims without a clipped short form of another victim's name ("Fred Hutch" beside "Fred Hutchinson ..."), the
 * acronym form it defines ("NRS Healthcare" beside "Nottingham Rehab Supplies (NRS) Healthcare") or one opening on its
 * initials ("MCNA Dental" beside "Managed Care of North America").
 */
export function withoutClippedForms(kept: VictimSpan[]): VictimSpan[] {
  if (kept.length < 2) return kept;
  const words = kept.map((v) => withoutBracketTail(v.name).split(" "));
  return kept.filter(
    (v, i) =>
      !words.some(
        (long, j) =>
          j !== i &&
          (clippedForm(words[i]!, long) || acronymForm(v.name, kept[j]!.name) || initialsForm(words[i]!, long)),
      ),
  );
}

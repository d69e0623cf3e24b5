// Asides about another incident inside a sentence about this one: "Rhysida, which last year hit a London library and
// demanded 20 bitcoin, has now claimed an attack on Talbot Valley Hospital in Idaho". Design note: the sentence reports
// this attack, so a flag on the whole sentence (background or not) is wrong for one of its parts. An aside runs from its
// opener (", which", ", who", an apposition's ", the" or ", a", "(", " - ") to its close (the next ", " before a lower-case word that is no list word,
// ")", " - ", ";"); it tells of another incident when it hangs on an attacker's name (what the gang did before, where
// it comes from), holds a background cue of its own, or joins a past-time cue or an attacker ("the gang behind", "a
// group that") to an attack verb ("which previously attacked", "who hit ... in 2021"). One forward pass over the sentence, so the cost is linear in its length.
import { isBackgroundText } from "./scope";
import type { Sentence } from "./text";

// An apposition opens on its article: "Rhysida, a group that struck a Paris hospital in 2023, has claimed X".
const OPENER = /,\s(?:which|who|whose)\s|,\s(?=(?:the|a|an)\s)|\s\(|\s-{1,2}\s/g;
// A comma before a lower-case word that is no list word ends the aside: ", has now claimed", not ", a museum and".
const CLOSER = /,\s(?!(?:and|or|a|an|the|as well as|including|such as|plus)\s)(?=[a-z])|\)|\s-{1,2}\s|;/g;
// Asides longer than this are taken to run to the end of their reach: an unclosed bracket does not swallow a page.
const REACH = 200;
const PAST =
  /\b(?:last (?:year|month|week|summer|spring|autumn|fall|winter)|previously|earlier|in the past|years? ago|months ago|back in|in (?:19|20)\d\d|before)\b/i;
// An aside that opens on an attacker and tells what it did: "the gang behind last year's attack on ...", "(the group
// that crippled a Swedish cloud provider)". "A group of clinics" and "a hospital group" are no attackers.
const ATTACKER_BODY =
  /^(?:the|a|an) (?:(?!(?:hospital|health|healthcare|clinic|medical|care|dental|pharmacy|nursing)\b)[\w'-]+ ){0,3}?(?:gang|group|crew|hackers|cybercriminals|operation|collective|outfit|actors?)\b(?! of\b)/i;
const ATTACK_VERB =
  /\b(?:hit|hits|struck|attack(?:ed|s)?|target(?:ed|s)|breach(?:ed|es)|cripple[ds]|extort(?:ed|s)|disrupt(?:ed|s)|compromised|claimed|behind|responsible for|demanded)\b/i;

/** A span of a sentence's text (indexes into it). */
export interface Aside {
  start: number;
  end: number;
}

// Quick test before the pass: most sentences hold no opener at all.
const MAY_OPEN = /,\s(?:which|who|whose|the|a|an)\s|\s\(|\s-{1,2}\s/;

/**
 * The asides of `text` that tell of another incident, in order and disjoint. `groupEnds(i)` tells whether an attacker group's name ends at
 * index `i` of the text (the words before an aside's opener).
 */
export function asidesOfAnotherIncident(text: string, groupEnds: (i: number) => boolean): Aside[] {
  if (!MAY_OPEN.test(text)) return [];
  const out: Aside[] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const bodyStart = m.index + m[0].length;
    // The close is looked for within the reach only, so many unclosed openers cost linear time.
    const window = text.slice(bodyStart, bodyStart + REACH);
    CLOSER.lastIndex = 0;
    const close = CLOSER.exec(window);
    const body = close ? window.slice(0, close.index) : window;
    const otherIncident =
      groupEnds(m.index) ||
      isBackgroundText(body) ||
      ((PAST.test(body) || ATTACKER_BODY.test(body)) && ATTACK_VERB.test(body));
    if (otherIncident) {
      const end = bodyStart + body.length;
      // Asides are found in order of their start; nested ones are merged, so the list stays ordered and disjoint.
      const last = out[out.length - 1];
      if (last && m.index < last.end) last.end = Math.max(last.end, end);
      else out.push({ start: m.index, end });
    }
    // The next opener is looked for after this aside's close, or inside it when it was cut at its reach.
    OPENER.lastIndex = close ? bodyStart + close.index : bodyStart;
  }
  return out;
}

/**
 * Clears the background flag of a sentence that is background only for an aside telling the group's history with no
 * attack of its own ("The SafePay group, which emerged last year, has claimed an attack on X"): the rest reports this
 * incident, and the aside holds no other incident's facts for a field to take.
 */
export function clearHistoryOnlyBackground(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    if (!s.background || !MAY_OPEN.test(s.text)) continue;
    const asides = asidesOfAnotherIncident(s.text, () => false);
    if (!asides.length || asides.some((a) => ATTACK_VERB.test(s.text.slice(a.start, a.end)))) continue;
    if (!isBackgroundText(withoutAsides(s.text, asides))) s.background = false;
  }
}

/** Whether index `at` lies inside one of `asides` (ordered and disjoint, as asidesOfAnotherIncident gives them). */
export function insideAside(asides: readonly Aside[], at: number): boolean {
  let lo = 0;
  let hi = asides.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (asides[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < asides.length && asides[lo]!.start <= at;
}

/** `text` with `asides` blanked out (offsets kept), for reading what the rest of the sentence says. */
export function withoutAsides(text: string, asides: readonly Aside[]): string {
  let out = "";
  let from = 0;
  for (const a of asides) {
    out += text.slice(from, a.start) + " ".repeat(a.end - a.start);
    from = a.end;
  }
  return out + text.slice(from);
}

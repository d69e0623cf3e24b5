// Country of the victim from explicit place cues, weighted by where they appear (headline, sentences naming the victim).
import { PLACE_CUES, US_POSTAL, WEAK_PLACE_CUES } from "./data/places";
import { compileLexicon, wordStarts } from "./lexicon";
import type { Sentence } from "./text";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const keys = Object.keys(PLACE_CUES).sort((a, b) => b.length - a.length);
const STRONG = compileLexicon(keys, { source: escape, literal: (k) => k, key: (k) => k.slice(0, 2), ignoreCase: false, notAfter: ".-", notBefore: "(?![\\p{L}\\p{N}]|\\.[\\p{L}])" });
const weakKeys = Object.keys(WEAK_PLACE_CUES).sort((a, b) => b.length - a.length);
const WEAK = compileLexicon(weakKeys, { source: escape, literal: (k) => k, key: (k) => k.slice(0, 2), ignoreCase: false });
const POSTAL = /,\s([A-Z]{2})\b(?![.\-'’])/g;
// A nationality that describes the attacker or a foreign body, not the victim ("pro-Russian hackers", "French law enforcement").
const ATTACKER_AFTER = /^\s*(?:-?based )?(?:hackers?|gang|group|cyber ?criminals?|threat actors?|ransomware group|government|intelligence|state-sponsored|authorities|police)\b/i;

const WEB_ADDRESS = /https?:\/\/\S+|\b\S+\.(?:com|net|org|co\.uk|uk|io)\b\S*/g;
// What every web address holds; testing for it first spares most sentences the costly address pattern.
const WEB_ADDRESS_HINT = /https?:\/\/|\.(?:com|net|org|co\.uk|uk|io)\b/;

/** The victim's country (ISO 3166-1 alpha-2) and the span that names it, or null when the text names no place. */
export function extractCountry(sentences: Sentence[], aboutVictim: (s: Sentence) => boolean): { code: string; start: number; end: number; sentence: Sentence } | null {
  const score = new Map<string, number>();
  const first = new Map<string, { start: number; end: number; sentence: Sentence; weight: number }>();
  const add = (code: string, w: number, start: number, end: number, s: Sentence) => {
    score.set(code, (score.get(code) ?? 0) + w);
    const f = first.get(code);
    if (!f || w > f.weight) first.set(code, { start, end, sentence: s, weight: w });
  };
  sentences.forEach((s, i) => {
    if (s.boilerplate) return;
    const base = s.background ? 0.2 : s.inTitle ? 3 : aboutVictim(s) ? 2 : i < 4 ? 1.5 : 1;
    const text = WEB_ADDRESS_HINT.test(s.text) ? s.text.replace(WEB_ADDRESS, (m) => " ".repeat(m.length)) : s.text;
    const starts = wordStarts(text);
    for (const m of STRONG.find(text, starts)) {
      if (ATTACKER_AFTER.test(text.slice(m.end, m.end + 30))) continue;
      add(PLACE_CUES[m.entry]!, base, s.start + m.start, s.start + m.end, s);
    }
    POSTAL.lastIndex = 0;
    for (let m = POSTAL.exec(text); m; m = POSTAL.exec(text)) if (US_POSTAL.has(m[1]!)) add("US", base, s.start + m.index + 2, s.start + m.index + 4, s);
    for (const m of WEAK.find(text, starts)) add(WEAK_PLACE_CUES[m.entry]!, 0.25 * base, s.start + m.start, s.start + m.end, s);
  });
  let best: string | null = null;
  for (const [code, v] of score) if (!best || v > score.get(best)!) best = code;
  if (!best) return null;
  const f = first.get(best)!;
  return { code: best, start: f.start, end: f.end, sentence: f.sentence };
}

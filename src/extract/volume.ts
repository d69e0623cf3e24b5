// Stolen or leaked data volume in bytes (decimal units): "900GB", "7 terabytes", "4.7-terabyte", "four terabytes".
import { wordGates } from "./cue-gate";
import { figureMatches, NUMBER_SOURCE, numberSearchStart, parseNumber } from "./numbers";
import type { Sentence } from "./text";
import { phrases } from "./cue-list";

const UNIT: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
// "1,5 TB": a decimal comma, as European newsrooms write it, where one or two digits follow (never a thousands comma).
const VOLUME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(?<dec>\d{1,3},\d{1,2})(?!\d)|(?<num>${NUMBER_SOURCE}))\s?-?\s?(?<unit>[kmgtp]b|[kmgtp]bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?|gigs?|teras?)(?![\p{L}])`,
  "giu",
);
// The unit cut to its capital letter before "of": "4T of patient data", "100G of files" (a lower-case "4t of" is tonnes).
const BARE = /(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?)([GT]) of\b/gu;
// French octets: "61 Go of data", "1,5 To de données", "300 gigaoctets" (the short forms read with their capital and
// before "of", "de" or a stop, so "go" and "to" stay words).
const OCTETS =
  /(?<![\p{L}\p{N}.,])(\d{1,4}(?:[.,]\d{1,2})?)\s?((?:Mo|Go|To|Po)(?=\s+(?:of|de|d['’])|\s*[.,;:)]|$)|(?:méga|mega|giga|téra|tera|péta|peta)octets?(?![\p{L}\p{N}]))/gu;
const OCTET_SCALE: Record<string, number> = { m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
// A fraction of a unit in words: "half a terabyte", "a quarter of a petabyte". Read only where the sentence's words hold
// "half" or "quarter" (FRACTION_GATE), as NUMBER_WORDS does not open a sentence on them.
const FRACTION = /\b(?:(?<half>half)|(?:a )?quarter of) an? (?<unit>kilo|mega|giga|tera|peta)bytes?\b/gi;
const FRACTION_GATE = wordGates({ fraction: "half quarter" });
// Cheap gate before the full pattern: a unit must be present.
const QUICK = /(?:[kmgtp]b|bytes?|gigs?|teras?)\b/i;
// What was taken outranks what has been published so far: "stole 100GB ... released 9.5GB of it" is a 100GB theft.
const THEFT = phrases([
  String.raw`st(?:ole|olen|eal\w*)`,
  String.raw`exfiltrat\w*`,
  String.raw`t(?:ook|aken)`,
  String.raw`obtain\w*`,
  String.raw`cop(?:ied|y)`,
  String.raw`hold\w*`,
  String.raw`claim\w*`,
  String.raw`access\w*`,
  String.raw`grab\w*`,
  String.raw`netted`,
  String.raw`made off`,
  String.raw`breach\w*`,
  String.raw`compromised`,
  String.raw`exposed`,
]);
const PUBLISHED = /\b(?:leak\w*|publish\w*|releas\w*|dump\w*|post(?:ed|s|ing)?)\b/i;

/** A data volume in bytes and the span that states it. */
export interface Volume {
  bytes: number;
  start: number;
  end: number;
  sentence: Sentence;
}

/** Every data volume in the sentence. */
export function findVolumes(s: Sentence): Volume[] {
  const out = figureVolumes(s);
  if (!FRACTION_GATE.hits(s)) return out;
  const t = s.text;
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(t); m; m = FRACTION.exec(t)) {
    const bytes = UNIT[m.groups!.unit![0]!.toLowerCase()]! * (m.groups!.half ? 0.5 : 0.25);
    out.push({ bytes, start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s });
  }
  return out.sort((a, b) => a.start - b.start);
}

// The volumes written with a figure.
function figureVolumes(s: Sentence): Volume[] {
  const out: Volume[] = [];
  // Both patterns open on a figure: a sentence without a digit or a number word (most) is passed over before either.
  if (numberSearchStart(s) < 0) return out;
  BARE.lastIndex = 0;
  // Every BARE match holds "G of" or "T of": most sentences are passed over on a plain search.
  const bare = s.text.includes("G of") || s.text.includes("T of");
  for (let m = bare ? BARE.exec(s.text) : null; m; m = BARE.exec(s.text)) {
    const bytes = Math.round(Number(m[1]) * UNIT[m[2]!.toLowerCase()]!);
    if (bytes > 0)
      out.push({ bytes, start: s.start + m.index, end: s.start + m.index + m[1]!.length + 1, sentence: s });
  }
  // Every OCTETS match holds "o " after a capital unit letter or "octet": most sentences are passed over on a search.
  if (s.text.includes("octet") || /\d\s?[MGTP]o\b/.test(s.text)) {
    OCTETS.lastIndex = 0;
    for (let m = OCTETS.exec(s.text); m; m = OCTETS.exec(s.text)) {
      const unit = m[2]!
        .normalize("NFD")
        .replace(/[^a-zA-Z]/g, "")
        .toLowerCase();
      const bytes = Math.round(Number(m[1]!.replace(",", ".")) * OCTET_SCALE[unit[0]!]!);
      if (bytes > 0) out.push({ bytes, start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s });
    }
  }
  if (!QUICK.test(s.text)) return out.sort((a, b) => a.start - b.start);
  // VOLUME opens on its figure: it is tried where one can open (numbers.ts).
  for (const m of figureMatches(VOLUME, s)) {
    const dec = m.groups!.dec;
    const n = dec ? { value: Number(dec.replace(",", ".")) } : parseNumber(m.groups!.num!);
    const u = m.groups!.unit!.toLowerCase();
    const scale = UNIT[u.startsWith("gig") ? "g" : u.startsWith("ter") ? "t" : u[0]!];
    if (!n || !scale || n.value <= 0) continue;
    // "2.275 TB" read with a thousands dot would be 2.3 petabytes, more than any haul reported: there the dot is a decimal
    // point ("400.000 GB" style thousands stay where they make a size a hospital could hold).
    const num = m.groups!.num;
    const value = num && n.value * scale >= 1e15 && /^\d{1,3}\.\d{3}$/.test(num.trim()) ? Number(num) : n.value;
    out.push({
      bytes: Math.round(value * scale),
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
      sentence: s,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

// The theft verb belongs to this figure when it is the last verb between the previous figure and this one, or a
// participle right after it ("released 9.5GB after it stole 100GB", "100GB of files stolen").
const THEFT_ALL = new RegExp(THEFT.source, "gi");
const PUBLISHED_ALL = new RegExp(PUBLISHED.source, "gi");
const STOLEN_AFTER =
  /^\s*(?:\S+\s+){0,3}?(?:(?:was|were|has been|had been|have been)\s+)?(?:stolen|taken|exfiltrated|copied|grabbed|obtained)\b/i;
// A relative clause after the figure that says who took it: "out of the 2TB the gang says it stole".
const TAKER_AFTER =
  /^\s+(?:that |which )?(?:the |a )?(?:gang|group|hackers?|attackers?|criminals|actors?|threat actors?|they|it)\s+(?:(?:says|said|claims|claimed)\s+(?:it|they)\s+)?(?:had\s+|has\s+|have\s+)?(?:stole|stolen|took|taken|exfiltrated|copied|grabbed|obtained)\b/i;
// Data the victim keeps is no haul: "the hospital stores 40TB of imaging data".
const STORED_BEFORE =
  /\b(?:stores?|stored|storing|hosts?|manages?|archives?|generates?|processes)\s+(?:about |around |some |roughly |over |more than |nearly )?$/i;
const NONE_TAKEN =
  /\b(?:none|nothing|no (?:data|files|records))\b[^.;]{0,30}\b(?:taken|stolen|accessed|exfiltrated|copied)\b/i;

function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

function besideTheft(s: Sentence, found: Volume[], i: number): boolean {
  const from = i > 0 ? found[i - 1]!.end - s.start : 0;
  const before = s.text.slice(from, found[i]!.start - s.start);
  const theft = lastIndex(THEFT_ALL, before);
  if (theft >= 0 && theft > lastIndex(PUBLISHED_ALL, before)) return true;
  const after = s.text.slice(found[i]!.end - s.start, found[i]!.end - s.start + 60);
  return STOLEN_AFTER.test(after) || TAKER_AFTER.test(after);
}

/** The volume of data stolen in this incident: the first one stated beside a theft verb, else beside a publishing verb,
 *  else the first one in scope. */
export function extractVolume(sentences: Sentence[]): Volume | null {
  let published: Volume | null = null;
  let fallback: Volume | null = null;
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    const found = findVolumes(s).filter(
      (v) => !STORED_BEFORE.test(s.text.slice(Math.max(0, v.start - s.start - 30), v.start - s.start)),
    );
    // Read only where a figure is: most sentences state none.
    if (!found.length || NONE_TAKEN.test(s.text)) continue;
    if (THEFT.test(s.text)) return found.find((v, i) => besideTheft(s, found, i)) ?? found[0]!;
    if (PUBLISHED.test(s.text)) published ??= found[0]!;
    fallback ??= found[0]!;
  }
  return published ?? fallback;
}

// Stolen or leaked data volume in bytes (decimal units): "900GB", "7 terabytes", "4.7-terabyte", "four terabytes".
import { NUMBER_SOURCE, parseNumber } from "./numbers";
import type { Sentence } from "./text";

const UNIT: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const VOLUME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?<num>${NUMBER_SOURCE})\s?-?\s?(?<unit>[kmgtp]b|[kmgtp]bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?|gigs?|teras?)(?![\p{L}])`,
  "giu",
);
// Cheap gate before the full pattern: a unit must be present.
const QUICK = /(?:[kmgtp]b|bytes?|gigs?|teras?)\b/i;
const THEFT = /\b(?:st(?:ole|olen|eal\w*)|exfiltrat\w*|t(?:ook|aken)|obtain\w*|cop(?:ied|y)|leak\w*|publish\w*|releas\w*|dump\w*|hold\w*|claim\w*|access\w*|grab\w*|netted|made off|breach\w*|compromised|exposed)\b/i;

/** A data volume in bytes and the span that states it. */
export interface Volume {
  bytes: number;
  start: number;
  end: number;
  sentence: Sentence;
}

/** Every data volume in the sentence. */
export function findVolumes(s: Sentence): Volume[] {
  const out: Volume[] = [];
  if (!QUICK.test(s.text)) return out;
  VOLUME.lastIndex = 0;
  for (let m = VOLUME.exec(s.text); m; m = VOLUME.exec(s.text)) {
    const n = parseNumber(m.groups!.num!);
    const u = m.groups!.unit!.toLowerCase();
    const scale = UNIT[u.startsWith("gig") ? "g" : u.startsWith("ter") ? "t" : u[0]!];
    if (!n || !scale || n.value <= 0) continue;
    out.push({ bytes: Math.round(n.value * scale), start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s });
  }
  return out;
}

/** The volume of data stolen in this incident: the first one stated beside a theft verb, else the first one in scope. */
export function extractVolume(sentences: Sentence[]): Volume | null {
  let fallback: Volume | null = null;
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    const found = findVolumes(s);
    if (!found.length) continue;
    if (THEFT.test(s.text)) return found[0]!;
    fallback ??= found[0]!;
  }
  return fallback;
}

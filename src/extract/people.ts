// Number of people affected: "1.2 million patients", "records of 500,000 people", "9.7m Australians", "over one million records".
import { wordGates } from "./cue-gate";
import { NUMBER_SOURCE, parseNumber } from "./numbers";
import type { Sentence } from "./text";

const PEOPLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$£€])(?<num>${NUMBER_SOURCE})\+?\s+(?:(?:current|former|affected|impacted|individual|\p{Lu}[\p{L}\-]*|of (?:its|their|the)|more|other|health|insurance|plan)\s+){0,2}(?<noun>patients|people|persons|individuals|customers|members|records|residents|users|clients|volunteers|consumers|citizens|Australians|Americans|Canadians|Britons|policyholders|enrollees|beneficiaries|patient records|health records|medical records)\b`,
  "gu",
);
const CUE = /\b(?:affect\w*|impact\w*|notif\w*|expos\w*|st(?:ole|olen)|breach\w*|compromis\w*|access\w*|leak\w*|hack\w*|attack\w*|cyber\w*|snoop\w*|viewed|told|letters?|data (?:of|on|belonging)|information (?:of|on|about|belonging)|records (?:of|belonging)|belonging to|involv\w*|caught up|swept up|taken|t(?:ook|heft))\b/i;
const NOT_AFFECTED = /\b(?:serv(?:es|ing|e)|home to|employ\w*|population|a year|annually|per year|each year|beds|treats?|cares? for|covers?|catchment)\b/i;

// The words CUE and PEOPLE's nouns cannot match without (see cue-gate.ts; keep them in step).
const GATES = wordGates({
  cue: "affect* impact* notif* expos* stole stolen breach* compromis* access* leak* hack* attack* cyber* snoop* viewed told letter letters data information records belonging involv* caught swept taken took theft",
  noun: "patients people persons individuals customers members records residents users clients volunteers consumers citizens australians americans canadians britons policyholders enrollees beneficiaries",
});
const CUE_AND_NOUN = GATES.bit.cue | GATES.bit.noun;

/** A head-count and the span that states it. */
export interface PeopleCount {
  count: number;
  significant: number;
  start: number;
  end: number;
  sentence: Sentence;
}

/** People affected by this incident: the first figure in a breach sentence, replaced by a more precise figure within 10 %. */
export function extractPeople(sentences: Sentence[]): PeopleCount | null {
  const found: PeopleCount[] = [];
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate || (GATES.hits(s) & CUE_AND_NOUN) !== CUE_AND_NOUN || !CUE.test(s.text)) continue;
    PEOPLE.lastIndex = 0;
    for (let m = PEOPLE.exec(s.text); m; m = PEOPLE.exec(s.text)) {
      const before = s.text.slice(Math.max(0, m.index - 40), m.index);
      if (NOT_AFFECTED.test(before)) continue;
      const n = parseNumber(m.groups!.num!);
      if (!n || n.value < 1 || !Number.isInteger(n.value)) continue;
      found.push({ count: n.value, significant: n.significant, start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s });
    }
  }
  const first = found[0];
  if (!first) return null;
  let best = first;
  for (const f of found) if (f.significant > best.significant && Math.abs(f.count - first.count) <= 0.1 * first.count) best = f;
  return best;
}

// The detail of an effect on care: how many ("300 operations postponed"), how long ("for three days") and whether it
// is still going on or over. Read from the sentence that supports the effect (impact.ts) or, when that one gives no
// detail, from a later in-scope sentence naming the same effect ("300 operations were postponed"); background and
// generic sentences are skipped, so a figure about another hospital or another year is never attached.
import type { ImpactDetail, ImpactType } from "../model/entities";
import { wordGates } from "./cue-gate";
import { firstFigureMatch, NUMBER_SOURCE, parseNumber } from "./numbers";
import type { Sentence } from "./text";
import { phrases } from "./cue-list";

// What each effect counts; the noun must follow the number closely ("300 planned operations", "1,200 appointments").
const COUNTED: Partial<Record<ImpactType, string>> = {
  "operations-cancelled": String.raw`(?:operations|surger(?:y|ies)|procedures|elective (?:procedures|operations|cases)|treatments|chemotherapy sessions|dialysis sessions)`,
  "appointments-cancelled": String.raw`(?:appointments|outpatient appointments|consultations|scans|tests|visits|screenings)`,
  "ambulance-diversion": String.raw`(?:ambulances|patients)`,
  "systems-offline": String.raw`(?:systems|servers|computers|workstations|devices|sites|hospitals)`,
  "services-closed": String.raw`(?:clinics|pharmacies|wards|sites|services|departments|practices)`,
  "data-leaked": String.raw`(?:records|files|documents|patients)`,
};

const COUNT_PATTERNS = new Map<ImpactType, RegExp>(
  Object.entries(COUNTED).map(([type, noun]) => [
    type as ImpactType,
    new RegExp(String.raw`\b(${NUMBER_SOURCE})\s+(?:[a-z-]+\s+){0,2}?(${noun})\b`, "gi"),
  ]),
);

const DURATION = new RegExp(
  String.raw`\b(?:for|over|across|after)\s+(?:(?:more than|over|about|around|nearly|almost|at least|up to|the past|the last)\s+)?(?:${NUMBER_SOURCE}|a|an|several|two|a few)\s+(?:hours?|days?|weeks?|months?)\b|\bsince\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last week|the weekend)\b`,
  "i",
);
// Words that name each effect again in a sentence that may carry its detail.
const EFFECT: Record<ImpactType, RegExp> = {
  "operations-cancelled": /\b(?:cancel\w*|postpon\w*|delay\w*|resched\w*|deferred)\b/i,
  "appointments-cancelled": /\b(?:cancel\w*|postpon\w*|delay\w*|resched\w*)\b/i,
  "ambulance-diversion": /\b(?:divert\w*|diversion)\b/i,
  "systems-offline": /\b(?:offline|down|outage|unavailable|restored|back online)\b/i,
  "paper-records": /\b(?:paper|manual\w*)\b/i,
  "services-closed": /\b(?:closed|closure|shut|reopen\w*)\b/i,
  "data-leaked": /\b(?:leak\w*|published|posted|dumped)\b/i,
};

// The words each EFFECT pattern cannot match without (see cue-gate.ts; keep them in step): most sentences name no effect,
// and reading the gate bits costs less than a pattern over the sentence for each effect in turn.
const EFFECT_GATES = wordGates<ImpactType>({
  "operations-cancelled": "cancel* postpon* delay* resched* deferred",
  "appointments-cancelled": "cancel* postpon* delay* resched*",
  "ambulance-diversion": "divert* diversion",
  "systems-offline": "offline down outage unavailable restored back",
  "paper-records": "paper manual*",
  "services-closed": "closed closure shut reopen*",
  "data-leaked": "leak* published posted dumped",
});
const namesEffect = (type: ImpactType, s: Sentence) =>
  !!(EFFECT_GATES.hits(s) & EFFECT_GATES.bit[type]) && EFFECT[type].test(s.text);

const RESTORED = phrases([
  String.raw`restored`,
  String.raw`back online`,
  String.raw`back up and running`,
  String.raw`resumed`,
  String.raw`recovered`,
  String.raw`returned to normal`,
  String.raw`reopened`,
  String.raw`re-opened`,
  String.raw`are working again`,
  String.raw`is working again`,
]);
const ONGOING = /\b(?:remains?|remained|still|continues? to|continuing|ongoing|until further notice)\b/i;

/** What a sentence says of any effect: how long, and whether it is over. */
interface Timing {
  duration: string | null;
  status: ImpactDetail["status"];
}

function timingIn(text: string): Timing {
  return {
    duration: DURATION.exec(text)?.[0] ?? null,
    status: RESTORED.test(text) ? "restored" : ONGOING.test(text) ? "ongoing" : null,
  };
}

/**
 * What a sentence says about an effect's detail, or null when it says nothing. `timings` keeps each sentence's timing,
 * which every effect read from it shares.
 */
function detailIn(
  type: ImpactType,
  sentence: Sentence,
  quoteOf: (s: Sentence) => string,
  timings: Map<Sentence, Timing>,
): ImpactDetail | null {
  const text = sentence.text;
  // A count opens on its figure, and is tried only where one opens (numbers.ts).
  const pattern = COUNT_PATTERNS.get(type);
  const counted = pattern ? firstFigureMatch(pattern, sentence) : null;
  const count = counted ? (parseNumber(counted[1]!)?.value ?? null) : null;
  let timing = timings.get(sentence);
  if (!timing) timings.set(sentence, (timing = timingIn(text)));
  const { duration, status } = timing;
  if (count === null && duration === null && status === null) return null;
  return {
    type,
    count,
    counted: count === null ? null : counted![2]!.toLowerCase(),
    duration,
    status,
    quote: quoteOf(sentence),
  };
}

/**
 * Counts, duration and status of each effect, from the sentence that supports it or else the first later in-scope
 * sentence naming the effect again; effects no sentence details are left out.
 */
export function extractImpactDetails(
  evidence: ReadonlyMap<ImpactType, { sentence: Sentence }>,
  sentences: readonly Sentence[],
  quoteOf: (s: Sentence) => string,
): ImpactDetail[] {
  const out: ImpactDetail[] = [];
  const timings = new Map<Sentence, Timing>();
  for (const [type, { sentence }] of evidence) {
    let detail = detailIn(type, sentence, quoteOf, timings);
    for (const s of sentences) {
      if (detail) break;
      if (s.index <= sentence.index || s.background || s.generic || s.boilerplate || !namesEffect(type, s)) continue;
      detail = detailIn(type, s, quoteOf, timings);
    }
    if (detail) out.push(detail);
  }
  return out;
}

// Impact on care. Design note: the README's rules are about what happened in this incident, so each cue is checked in
// in-scope sentences only, and skipped when a modal ("may", "could", "threatened to") or a negation governs it. A hedged
// report of something that happened ("reportedly diverted") is kept: "reportedly" is not in the modal list.
import { IMPACT_TYPES, type ImpactType } from "../model/entities";
import { wordGates } from "./cue-gate";
import { isHypothetical, isNegated } from "./scope";
import type { Sentence } from "./text";

const CANCEL = String.raw`(?:cancel(?:l?ed|ing|lations?|s)?|postpon\w+|delay(?:ed|s|ing)?|called off|call off|resched\w+|put on hold|halted|suspended|moved to other|deferred|scrapped|turned away)`;
const PROCEDURES = String.raw`(?:surger(?:y|ies)|surgical (?:procedures|cases|lists)|operations|procedures|elective (?:care|cases|surgery)|chemotherapy|radiotherapy|radiation (?:treatment|therapy)|cancer treatments?|treatments|dialysis|surgery cases)`;
const VISITS = String.raw`(?:appointments?|consultations?|outpatient (?:clinics|visits|services)|scans?|tests?|exams?|x-rays?|screenings?|visits|mri)`;
const SYSTEMS = String.raw`(?:systems?|networks?|computers?|servers?|phones?|phone lines|telephon\w+|e-?mails?|websites?|site|records|patient records|it|platforms?|wi-?fi|infrastructure|emr|ehr|epr|portals?|devices|workstations|111|software)`;
const DOWN = String.raw`(?:down|offline|off-line|shut (?:down|off)|shutting (?:\S+ )?down|knocked out|outage|inaccessible|unavailable|unusable|could not be used|cannot be used|switched off|taken off|standstill|stopped (?:responding|working)|malfunction\w*|crippled|disrupted|back online|not working|went dark|paralys\w+|paralyz\w+|locked)`;
const DATA = String.raw`(?:data|files|information|records|documents|details|photos|photographs|images|spreadsheets|databases?|archive|emails)`;

// "staff could not get into records": the cue itself says no, so it is not read as a negated or hypothetical effect.
const INABILITY = /\b(?:no longer|unable to|could not|cannot|can't|couldn't|problems?|difficult(?:y|ies)|trouble)\s(?:\S+\s){0,2}?(?:get into|access(?:ing)?|reach|use|log into)\b/gi;

const CUES: [ImpactType, RegExp[]][] = [
  ["operations-cancelled", [new RegExp(String.raw`\b${PROCEDURES}\b[^.;]{0,60}?\b${CANCEL}`, "gi"), new RegExp(String.raw`\b(?:cancel\w*|postpon\w+|resched\w+|disrupted|delay\w*) (?:\S+ ){0,5}?(?:surger(?:y|ies)|procedures|chemotherapy|treatments|elective)`, "gi")]],
  ["appointments-cancelled", [new RegExp(String.raw`\b${VISITS}\b[^.;]{0,50}?\b${CANCEL}`, "gi"), new RegExp(String.raw`\b(?:cancel\w*|postpon\w+|resched\w+) (?:\S+ ){0,4}?(?:appointments?|consultations?|scans|tests|exams)`, "gi")]],
  ["ambulance-diversion", [/\b(?:divert(?:ed|ing|s)?|diversion)\b/gi, /\b(?:sent|send|sending|moved|transferred|redirected|taken|ambulances)\b(?:\s\S+){0,6}?\s(?:to other|elsewhere|to nearby|to neighbou?ring|to alternative|instead)\b/gi]],
  ["systems-offline", [new RegExp(String.raw`\b${SYSTEMS}\b[^.;]{0,60}?\b${DOWN}`, "gi"), /\b(?:t(?:ook|ake|akes|aken|aking)|knock(?:ed|s|ing)?|shut|switch(?:ed)?|power(?:ed)?|bring|brought|turn(?:ed)?)\b(?:\s[^\s,;]+){0,6}?\s(?:offline|off|down|out)\b/gi, INABILITY, /\b(?:it|system|network|computer) (?:outage|failure|shutdown)\b/gi]],
  ["paper-records", [/\b(?:pen and paper|paper and pen|pencil and paper|paper records|paper charts|paper cards|paper-based|on paper|manual(?:ly)? (?:processes|systems|records|workarounds|procedures)|work(?:ing|ed)? manually|run manually|by hand|offline documentation|downtime procedures|whiteboards)\b/gi]],
  ["services-closed", [/\b(?:emergency (?:care|department|room|services|unit)s?|a&e|er|clinics?|pharmac(?:y|ies)|outpatient services|maternity|walk-in cent(?:er|re)s?|urgent care|wards?|departments?)\b[^.;]{0,50}?\b(?:closed|suspended|shut|unavailable|halted|stopped accepting|unable to accept|turned away|closure)\b/gi, /\b(?:closed|suspended|shut) (?:\S+ ){0,3}?(?:emergency (?:care|department|room)|a&e|clinics?|pharmac(?:y|ies)|services)\b/gi]],
  ["data-leaked", [new RegExp(String.raw`\b${DATA}\b[^.;]{0,60}?\b(?:(?:been|was|were|had|has|have|is|are|started|begun|began) )?(?:published|leaked|dumped|posted|released|put (?:online|up|out)|made public|uploaded|(?:put )?(?:up )?for sale|auctioned|appeared on)\b`, "gi"), new RegExp(String.raw`\b(?:published|leaked|leaking|dumped|posted|released|putting|put|uploaded|sold|selling) (?:[^\s,;]+ ){0,6}?${DATA}\b`, "gi"), new RegExp(String.raw`\b(?:published|leaked|dumped|posted|put|uploaded|appeared)\b[^.;]{0,30}?\b(?:on|onto|to) (?:a |the |its |their )?(?:dark ?web|leak site|hacking forum|forum|darknet)`, "gi")]],
];

// Per effect, the words its patterns cannot match without (see cue-gate.ts); keep them in step with CUES.
const CANCEL_WORDS = "cancel* postpon* delay* called* call* resched* put* halted* suspended* moved* deferred* scrapped* turned*";
const GATES = wordGates<ImpactType>({
  "operations-cancelled": `${CANCEL_WORDS} disrupted*`,
  "appointments-cancelled": CANCEL_WORDS,
  "ambulance-diversion": "divert* diversion* other* elsewhere* nearby* neighbo* alternative* instead*",
  "systems-offline":
    "down* offline* off* shut* knocked* outage* inaccessible* unavailable* unusable* could* cannot* switch* taken* standstill* stopped* malfunction* crippled* disrupted* back* not* went* paralys* paralyz* locked* too* tak* knock* power* bring* brought* turn* longer* unable* can* couldn* problem* difficult* trouble* failure* shutdown*",
  "paper-records": "paper* manual* hand* offline* downtime* whiteboards*",
  "services-closed": "closed* suspended* shut* unavailable* halted* stopped* unable* turned* closure*",
  "data-leaked": "published* leak* dumped* posted* released* put* made* sale* uploaded* auctioned* appeared* sold* selling*",
});

// Words that mean the sentence speaks of a threat or a future step, even without a modal ("would soon be revealed").
const FUTURE = /\b(?:threat\w*|will|would|could|might|may|soon|deadline|unless|if|warn\w*|plan\w*|whether)\b/i;

/** Effects of this incident on care, in the README's order, each with the sentence that supports it. */
export function extractImpact(sentences: Sentence[]): { impact: ImpactType[]; evidence: Map<ImpactType, { start: number; end: number; sentence: Sentence }> } {
  const evidence = new Map<ImpactType, { start: number; end: number; sentence: Sentence }>();
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    const hits = GATES.hits(s);
    for (const [type, res] of CUES) {
      if (evidence.has(type) || !(hits & GATES.bit[type])) continue;
      for (const re of res) {
        re.lastIndex = 0;
        let hit: RegExpExecArray | null = null;
        for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
          const span = m[0];
          const inability = re === INABILITY;
          if (isNegated(s.text, m.index, 5) || (!inability && isNegated(span, span.length, 8))) continue;
          if (isHypothetical(s.text, m.index, 6) || (!inability && /\b(?:may|might|could|would|will|if|unless|should)\b/i.test(span)) || (type === "data-leaked" && (FUTURE.test(span) || isHypothetical(s.text, m.index, 10)))) continue;
          if (type === "data-leaked" && /\b(?:breach|meme|screenshot|proof|listed|named)\b/i.test(span)) continue;
          hit = m;
          break;
        }
        if (hit) {
          evidence.set(type, { start: s.start + hit.index, end: s.start + hit.index + hit[0].length, sentence: s });
          break;
        }
      }
    }
  }
  return { impact: IMPACT_TYPES.filter((t) => evidence.has(t)), evidence };
}

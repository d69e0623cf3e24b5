// Relevance: a specific cyber incident whose victim is a healthcare organisation. Advice pieces, surveys, advisories
// without a named victim, incidents at non-healthcare bodies and healthcare news without a cyber incident are not relevant.
import { wordGates } from "./cue-gate";
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";

const CYBER =
  /\b(?:cyber-?\s?attack(?:s|ed|ers)?|cyber incident|cyber-?security incident|ransomware|hack(?:ed|ers?|ing)?|data breach|breach(?:ed)?|phishing|ddos|malware|st(?:ole|olen)|exfiltrat\w*|unauthori[sz]ed (?:access|party|individuals|actor)|snoop\w*|improperly (?:accessed|viewed)|leak site|extortion|threat actors?|compromised|cyber-?\s?criminals?|intrusion)\b/i;
// The words CYBER cannot match without (see cue-gate.ts; keep them in step).
const CYBER_GATE = wordGates({
  any: "cyber* ransomware hack* breach* phishing ddos malware stole stolen exfiltrat* unauthori* snoop* improperly leak extortion threat compromised intrusion",
});
const HEALTH_VICTIM_PHRASE =
  /\b(?:hospitals?|health ?systems?|health (?:board|trust|network|service|provider|insurer)s?|clinics?|medical (?:cent(?:er|re)|practice|group|firm)s?|nursing homes?|care homes?|pharmac(?:y|ies)|ambulance (?:service|trust)s?|nhs trusts?|gp (?:practice|surgery|surgeries)|healthcare (?:provider|organi[sz]ation|firm|company|giant|system)s?|radiology (?:practice|group|provider)|laborator(?:y|ies)|cosmetic surgery|plastic surgery|health insurer)\b/i;
const ATTACK_VERB = /\b(?:cyber-?\s?attack\w*|hit|hits|struck|strikes|attack\w*|breach\w*|hack\w*|targeted|compromised|ransomware|suffered|victim|disrupt\w*|paralys\w+|paralyz\w+|notif\w+|leak\w*|stole\w*|snoop\w*)\b/i;
const ADVICE_TITLE =
  /\b(?:how (?:to|hospitals|healthcare|health systems|providers|can)|ways (?:to|hospitals|healthcare)|tips|steps to|guide to|best practices|(?:report|survey|study|research) (?:finds|shows|reveals|overview)|survey|state of ransomware|webinar|podcast|checklist|predictions|lessons from|protect (?:themselves|yourself|your)|what (?:to|you) (?:know|do)|overview)\b/i;
const SURVEY_BODY = /\b(?:respondents|surveyed|survey of|according to (?:a|the) (?:new )?(?:\S+ )?(?:report|survey|study)|report (?:by|from)|(?:ponemon|sophos|verizon) (?:report|institute)|per ?cent of (?:healthcare )?organi[sz]ations|\d+% of (?:hdos|healthcare|organi[sz]ations|respondents|hospitals))\b/i;
const HEALTH_TERM = /\b(?:health\w*|hospital\w*|patients?|medical|clinic\w*|nhs|insurer|pharmac\w+|surg\w+|nursing|care homes?|ambulance\w*|gp)\b/gi;
const ADVISORY = /\b(?:joint (?:alert|advisory|cybersecurity advisory)|advisory|issued (?:a )?(?:warning|alert)|warns? (?:healthcare|hospitals|the sector)|sector alert)\b/i;

// "the health insurer said", "the hospital confirmed": the article refers back to its victim by a healthcare noun.
const HEALTH_ANAPHOR = new RegExp(String.raw`\bthe (?:\S+ )?(?:${HEALTH_VICTIM_PHRASE.source}) (?:said|says|confirmed|confirms|told|added|stated|admitted|acknowledged)\b`, "i");

/** Whether the article reports a specific cyber incident against a healthcare victim, and the sentence that says so. */
export function judgeRelevance(sentences: Sentence[], victims: VictimSpan[]): { relevant: boolean; sentence: Sentence | null } {
  const scoped = sentences.filter((s) => !s.boilerplate && !s.background);
  const cyber = scoped.filter((s) => CYBER_GATE.hits(s) !== 0 && CYBER.test(s.text));
  if (cyber.length === 0) return { relevant: false, sentence: null };
  const healthVictims = victims.filter((v) => v.healthcare && !v.sentence.generic);
  const lead = scoped.slice(0, 4);
  const phraseVictim = cyber.find((s) => (s.inTitle || lead.includes(s)) && HEALTH_VICTIM_PHRASE.test(s.text) && ATTACK_VERB.test(s.text));
  const title = sentences.filter((s) => s.inTitle).map((s) => s.text).join(" ");
  const leadText = lead.map((s) => s.text).join(" ");
  const advice = ADVICE_TITLE.test(title) || SURVEY_BODY.test(leadText);
  const advisory = ADVISORY.test(leadText);
  const titleSentence = sentences.find((s) => s.inTitle) ?? null;
  if (advice) {
    // An advice piece or a survey may cite a victim in passing; it counts only when its headline names one.
    const named = healthVictims.find((v) => v.sentence.inTitle || title.includes(v.name.replace(/ \(.*\)$/, "")));
    return named ? { relevant: true, sentence: named.sentence } : { relevant: false, sentence: null };
  }
  if (healthVictims.length > 0) {
    const victimInCyber = cyber.find((s) => healthVictims.some((v) => v.sentence === s));
    return { relevant: true, sentence: victimInCyber ?? cyber[0]! };
  }
  if (advisory) return { relevant: false, sentence: null };
  if (phraseVictim) return { relevant: true, sentence: phraseVictim };
  const anaphor = victims.length > 0 ? scoped.find((s) => HEALTH_ANAPHOR.test(s.text)) : undefined;
  if (anaphor) return { relevant: true, sentence: anaphor };
  // A victim without a healthcare word in its name ("Medibank", "Advanced") in an article steeped in healthcare terms.
  const healthTerms = scoped.reduce((n, s) => n + (s.text.match(HEALTH_TERM) ?? []).length, 0);
  const cyberUpFront = cyber.some((s) => s.inTitle || lead.includes(s));
  if ((victims.length > 0 || cyberUpFront) && healthTerms >= 4) return { relevant: true, sentence: cyber.find((s) => s.inTitle) ?? titleSentence ?? cyber[0]! };
  return { relevant: false, sentence: null };
}

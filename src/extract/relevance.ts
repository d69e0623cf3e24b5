// Relevance: a specific cyber incident whose victim is a healthcare organisation. Advice pieces, surveys, advisories
// without a named victim, incidents at non-healthcare bodies and healthcare news without a cyber incident are not relevant.
import { wordGates } from "./cue-gate";
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";

const CYBER =
  /\b(?:cyber-?\s?attack(?:s|ed|ers)?|cyber incident|cyber-?security incident|ransomware|hack(?:ed|ers?|ing)?|data breach|breach(?:ed)?|phishing|ddos|malware|st(?:ole|olen)|exfiltrat\w*|unauthori[sz]ed (?:access|party|individuals|actor)|snoop\w*|improperly (?:accessed|viewed)|leak site|extortion|threat actors?|compromised|cyber-?\s?criminals?|intrusion|scammed|fraud(?:ulent)? (?:email|wire|payment|invoice)s?|business email compromise|leaked online|(?:published|posted|added|listed) (?:a )?new victim|new victim(?=\s*:)|(?:accessed|viewed|looked at) (?:\S+ ){0,6}?without (?:\S+ )?(?:authori[sz]ation|permission|consent)|(?:unprotected|unsecured|misconfigured|exposed) (?:\S+ )?(?:database|server|bucket)s?|misconfigur\w*)\b/i;
// The words CYBER cannot match without (see cue-gate.ts; keep them in step).
const CYBER_GATE = wordGates({
  any: "cyber* ransomware hack* breach* phishing ddos malware stole stolen exfiltrat* unauthori* snoop* improperly leak extortion threat compromised intrusion scammed fraud* compromise leaked victim without unprotected unsecured misconfigur* exposed",
});
const HEALTH_VICTIM_PHRASE =
  /\b(?:hospitals?|health ?systems?|health (?:board|trust|network|service|provider|insurer)s?|clinics?|medical (?:cent(?:er|re)|practice|group|firm)s?|nursing homes?|care homes?|pharmac(?:y|ies)|ambulance (?:service|trust)s?|nhs trusts?|gp (?:practices?|surgery|surgeries)|healthcare (?:provider|organi[sz]ation|firm|company|giant|system)s?|radiology (?:practice|group|provider)|laborator(?:y|ies)|cosmetic surgery|plastic surgery|health insurer|senior living|assisted living|retirement (?:home|communit(?:y|ies))|blood (?:service|bank|donors?)|dental (?:chain|practice|group|clinic|provider)s?|dentists?|orthodontists?|hospices?|home ?care|care providers?|medical device (?:maker|company|firm|manufacturer)s?|drugmakers?|pharmaceutical (?:company|firm|giant|maker|manufacturer)s?|pharma (?:giant|company|firm)s?|health plans?|medical billing|diagnostics? (?:company|firm|provider|lab)s?|imaging (?:provider|cent(?:er|re)|company)s?|fertility (?:clinic|cent(?:er|re))s?|urgent care|behaviou?ral health|mental health (?:provider|service|trust)s?|physiotherap\w+|opticians?|optometrists?|(?:dental|medical|health(?:care)?|hospital|pharmacy|clinical|ehr|emr) (?:\S+ )?(?:software|it|technology|tech|records|billing|services) (?:suppliers?|providers?|vendors?|compan(?:y|ies)|firms?|makers?|developers?))\b/i;
const ATTACK_VERB = /\b(?:cyber-?\s?attack\w*|hit|hits|struck|strikes|attack\w*|breach\w*|hack\w*|targeted|compromised|ransomware|suffered|victim|disrupt\w*|paralys\w+|paralyz\w+|notif\w+|leak\w*|stole\w*|snoop\w*)\b/i;
// What a tracker or leak-site post says a group did: "RansomHub claims X", "BianLian adds X to its list".
const TRACKER_VERB = /\b(?:claim(?:s|ed|ing)?|adds?|added|lists?|listed|posts?|posted|names?|named|publish\w*|demand(?:s|ed|ing)?)\b/i;
const ADVICE_TITLE =
  /\b(?:how (?:to|hospitals|healthcare|health systems|providers|can)|ways (?:to|hospitals|healthcare)|tips|steps to|guide to|best practices|(?:report|survey|study|research) (?:finds|shows|reveals|overview)|survey|state of ransomware|webinar|podcast|checklist|predictions|lessons from|protect (?:themselves|yourself|your)|what (?:to|you) (?:know|do)|overview|(?:study|analysis|report|survey|research) (?:finds|found|shows|reveals|looks|says|suggests)|(?:annual|new|latest|detailed) (?:study|analysis|report|survey)|analyst note|trends|threat landscape|(?:threat )?intelligence|posing (?:a )?risk|(?:elevated|heightened|increased|growing|rising) (?:risk|threat)s?|arrest\w*|indicted|extradited|(?:fbi|cisa|hhs|hc3|ncsc|acsc|cert|agenc(?:y|ies)|government|officials|experts|researchers|feds) (?:\S+ )?warns?)\b/i;
// "According to a report by The Record" is news attribution, not a survey: only survey language counts.
const SURVEY_BODY = /\b(?:respondents|surveyed|survey of|according to (?:a|the) (?:new )?(?:\S+ )?(?:survey|study)|(?:ponemon|sophos|verizon) (?:report|institute)|per ?cent of (?:healthcare )?organi[sz]ations|\d+% of (?:hdos|healthcare|organi[sz]ations|respondents|hospitals))\b/i;
const HEALTH_TERM = /\b(?:health\w*|hospital\w*|patients?|medical|clinic\w*|nhs|insurer|pharmac\w+|surg\w+|nursing|care homes?|ambulance\w*|gp)\b/gi;
const ADVISORY = /\b(?:joint (?:alert|advisory|cybersecurity advisory)|advisory|issued (?:a )?(?:warning|alert)|warns? (?:healthcare|hospitals|the sector)|sector alert|is aware of (?:recent |ongoing )?(?:\S+ )?campaigns?|campaigns? (?:aimed at|targeting|against) (?:the )?(?:\S+ ){0,3}?sectors?)\b/i;

// "nothing suggests it was caused by a malicious hack", "rather than an outside cyberattack", "this was not a security
// incident or cyber attack": the article rules a cyber incident out.
const DENIAL =
  /\b(?:not|nothing suggests|no (?:sign|evidence|indication)s?(?: of| that)?|rather than|ruled out|unrelated to|isn't|wasn't)\s(?:(?:a|an|any|caused|by|the|result|of|related|to|due|linked|it|was|been|or|an?\s\w+|outside|external)\s){0,5}?(?:cyber-?\s?attacks?|cyber incident|(?:cyber-?)?security incident|(?:malicious )?hack(?:ing)?|outside tampering|external attack|malicious (?:activity|attack))\b/i;
// A rehearsal is no incident, whoever takes part in it.
const EXERCISE = /\b(?:(?:cyber|ransomware|phishing) (?:drill|exercise|simulation|rehearsal)s?|mock (?:cyber-?\s?attack|ransomware))\b/i;
// A cyber word that is feared, possible or unrelated is no report of an incident: "raised fears of a possible breach".
// "would protect patients from ransomware attacks": a defence against attacks reports none.
const NOT_AN_INCIDENT = /\b(?:fears? of|possible|potential|risk of|threat of|unrelated|separate)\s(?:\S+\s){0,2}?$|\b(?:protect\w*|defen[cd]\w*|guard\w*|shield\w*|safeguard\w*|secur(?:e|es|ing)|prepar\w*|resilien\w*) (?:\S+ ){0,3}?(?:from|against|for)\s(?:\S+\s){0,2}?$/i;

// The attack hit a body that is not a healthcare one: "a ransomware attack on human resources management company
// Ultimate Kronos Group", "Law Firm Hack", "Baltimore's Government Computers". Health services feeling a knock-on effect
// do not make it a healthcare incident (README, kind (a)).
const OTHER_TARGET = new RegExp(
  String.raw`\b(?:(?:attack|hack|breach|incident|intrusion)\s+(?:on|at|against)\s+(?:an?\s|the\s)?(?:[\w'&.-]+\s){0,4}?${"(?:company|firm|council|city|town|county|school|district|university|college|government|retailer|telecom\\w*|carrier|bank|airline|airport|pipeline|library|municipality)"}|(?:law firm|council|school|city|retailer|telecom|bank|government)(?:'s)?\s(?:hack|breach|cyber-?\s?attack|attack|ransomware|computers|systems|network))\b`,
  "i",
);
const MODIFIES_HEALTH_NOUN = /^(?:'s)?\s+(?:hospitals?|clinics?|health\w*|medical|infirmary|surgery|practice|pharmac\w+|nursing|care)\b/i;
const KNOCK_ON = /\b(?:effects? of|knock-on|fallout from|ripple|affected by|customers? of|clients? of)\b/i;
const HEALTH_WORD = /\b(?:health\w*|hospital\w*|medical|clinic\w*|patients?|nhs|pharma\w*|dental|care)\b/i;
// ... unless that body is then described as serving or running healthcare: "an attack on software company Tabor, which
// supplies GPs", "an attack on retailer Brightway, which runs 900 pharmacies".
const SERVES_HEALTH = /^(?:\s[\w&.'-]+){0,4}?\s*,?\s*(?:which|that|a|an|the)\b[^.;]{0,50}?\b(?:suppl(?:y|ies|ier)|provid(?:es|er)|serv(?:es|ing)|vendor|sells|works with|contractor|runs|operates|owns|manages) (?:\S+ ){0,5}?(?:health\w*|hospital\w*|medical|clinic\w*|patients?|nhs|gps?|pharma\w*|dental|care)\b/i;
// A medical school is a university: "UCSF School of Medicine" is no healthcare body unless a hospital or clinic is named.
const SCHOOL = /\b(?:school of medicine|medical school|college of medicine|university|college)\b/i;
// Names of the bodies that respond to attacks, not their victims ("Australian Cyber Security Centre").
// People named with their title ("Health Minister Mark Butler") are no bodies either.
const RESPONDER = /\b(?:cyber ?security|security (?:cent(?:er|re)|agency)|coordination cent(?:er|re)|police|ministry of justice|minister|secretary|spokes\w+|ceo|president)\b/i;
// A victim named as a non-healthcare body: the incident is of kind (a) however often the text says "health".
const OTHER_BODY = /\b(?:law firm|solicitors|school|university|college|council|city of|county|bank|airline|airport|retailer|telecom\w*)\b/i;
const CARE_WORD = /\b(?:hospital|health|clinic|medical cent(?:er|re)|care)\b/i;

// "the health insurer said", "the hospital confirmed": the article refers back to its victim by a healthcare noun.
const HEALTH_ANAPHOR = new RegExp(String.raw`\bthe (?:\S+ )?(?:${HEALTH_VICTIM_PHRASE.source}) (?:said|says|confirmed|confirms|told|added|stated|admitted|acknowledged)\b`, "i");

// A cyber word that reports an incident, not a fear of one or an unrelated one.
const CYBER_ALL = new RegExp(CYBER.source, "gi");
function reportsIncident(text: string): boolean {
  const re = CYBER_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!NOT_AN_INCIDENT.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

/** Whether the article reports a specific cyber incident against a healthcare victim, and the sentence that says so. */
export function judgeRelevance(
  sentences: Sentence[],
  victims: VictimSpan[],
  groupSentences: ReadonlySet<Sentence> = new Set(),
): { relevant: boolean; sentence: Sentence | null } {
  const scoped = sentences.filter((s) => !s.boilerplate && !s.background);
  const lead = scoped.slice(0, 4);
  const leadAndTitle = [...sentences.filter((s) => s.inTitle), ...lead];
  if (leadAndTitle.some((s) => DENIAL.test(s.text) || EXERCISE.test(s.text))) return { relevant: false, sentence: null };
  // A tracker post names no cyber word: "Qilin has just published a new victim", "GP surgeries hit by Akira".
  const cyber = scoped.filter((s) => (CYBER_GATE.hits(s) !== 0 && reportsIncident(s.text)) || (groupSentences.has(s) && (ATTACK_VERB.test(s.text) || TRACKER_VERB.test(s.text))));
  if (cyber.length === 0) return { relevant: false, sentence: null };
  const opening = [...sentences.filter((s) => s.inTitle), ...scoped.filter((s) => !s.inTitle).slice(0, 1)];
  const other = opening
    .map((s) => OTHER_TARGET.exec(s.text))
    .find((m) => {
      if (!m || HEALTH_WORD.test(m[0])) return false;
      const rest = m.input.slice(m.index + m[0].length);
      // The body word only modifies a healthcare head noun: "a university clinic", "the county hospital".
      if (MODIFIES_HEALTH_NOUN.test(rest)) return false;
      // A "company" or "firm" may be a health-IT supplier: any healthcare word in the rest of its sentence keeps it in,
      // except a knock-on effect ("hospitals hit by the effects of an attack on payroll company X").
      if (/(?:company|firm)$/i.test(m[0]) && HEALTH_WORD.test(rest) && !KNOCK_ON.test(m.input)) return false;
      return !SERVES_HEALTH.test(rest);
    });
  if (other) return { relevant: false, sentence: null };
  const healthcareBody = (v: VictimSpan) => !RESPONDER.test(v.name) && !(SCHOOL.test(v.name) && !CARE_WORD.test(v.name));
  const healthVictims = victims.filter((v) => v.healthcare && !v.sentence.generic && healthcareBody(v));
  const title = sentences.filter((s) => s.inTitle).map((s) => s.text).join(" ");
  const leadText = lead.map((s) => s.text).join(" ");
  const advice = ADVICE_TITLE.test(title) || SURVEY_BODY.test(leadText);
  const advisory = ADVISORY.test(title) || ADVISORY.test(leadText);
  const titleSentence = sentences.find((s) => s.inTitle) ?? null;
  if (advice || advisory) {
    // An advice piece or a survey may cite a victim in passing; it counts only when its headline names one.
    const named = healthVictims.find((v) => v.sentence.inTitle || title.includes(v.name.replace(/ \(.*\)$/, "")));
    return named ? { relevant: true, sentence: named.sentence } : { relevant: false, sentence: null };
  }
  if (healthVictims.length > 0) {
    const victimInCyber = cyber.find((s) => healthVictims.some((v) => v.sentence === s));
    return { relevant: true, sentence: victimInCyber ?? cyber[0]! };
  }
  // Read only here: most articles are settled by a named victim above, and the phrase pattern is large.
  const phraseVictim = cyber.find((s) => (s.inTitle || lead.includes(s)) && HEALTH_VICTIM_PHRASE.test(s.text) && ATTACK_VERB.test(s.text));
  if (phraseVictim) return { relevant: true, sentence: phraseVictim };
  const anaphor = victims.length > 0 ? scoped.find((s) => HEALTH_ANAPHOR.test(s.text)) : undefined;
  if (anaphor) return { relevant: true, sentence: anaphor };
  // A victim without a healthcare word in its name ("Medibank", "Advanced") in an article steeped in healthcare terms,
  // unless the victims are named as other bodies ("Orrick Law Firm", "UCSF School of Medicine").
  if (victims.length > 0 && victims.every((v) => (SCHOOL.test(v.name) && !CARE_WORD.test(v.name)) || (!v.healthcare && OTHER_BODY.test(v.name)))) return { relevant: false, sentence: null };
  const healthTerms = scoped.reduce((n, s) => n + (s.text.match(HEALTH_TERM) ?? []).length, 0);
  const cyberUpFront = cyber.some((s) => s.inTitle || lead.includes(s));
  if ((victims.length > 0 || cyberUpFront) && healthTerms >= 4) return { relevant: true, sentence: cyber.find((s) => s.inTitle) ?? titleSentence ?? cyber[0]! };
  return { relevant: false, sentence: null };
}

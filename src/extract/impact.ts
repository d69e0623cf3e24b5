// Impact on care. Design note: news states an effect as a small grammar, (effect noun group) x (disruption verb or
// adjective), in either order: "theatre lists were cancelled", "appointments on hold", "forced the trust to cancel
// operations", "systems remain offline", "took its network offline". Each effect names its noun group and its verb
// group; a pair counts when both sit in one clause of an in-scope sentence, with only a short gap between them, and when
// neither a negation ("were not cancelled", "no data has been published") nor a modal or plan ("may be postponed",
// "plans to close", "threatened to publish") governs it. A hedged report of something that happened ("reportedly
// diverted") is kept. A few effects also have fixed phrases that need no noun ("reverted to paper", "diverted").
import type { AttackType, ImpactType } from "../model/entities";
import { IMPACT_TYPES } from "../model/entities";
import { wordGates } from "./cue-gate";
import type { Sentence } from "./text";
import { phrases } from "./cue-list";
import { MAY_MODAL } from "./clause";
import { lastWords } from "./last-words";
import { matchesOpening, openingWords, stickyOf } from "./opening-words";

interface Grammar {
  /** The effect's nouns ("surgeries", "outpatient appointments", "IT systems"). */
  nouns: RegExp;
  /** Disruption verbs or adjectives, read after the noun ("were cancelled", "remain offline", "on hold"). */
  after: RegExp;
  /** Disruption verbs read before the noun, which is then their object ("cancelled all elective surgery"). */
  before: RegExp;
  /** Fixed phrases that state the effect on their own. */
  phrases: Phrase[];
}

/**
 * A fixed phrase with its gate (see cue-gate.ts): `gate` lists words every match holds one of, and `and`, when given,
 * a second list every match also holds one of ("could not" ... "access"). Keep both in step with `re`. With `context`,
 * the phrase counts only in a sentence that `context` also matches.
 */
interface Phrase {
  re: RegExp;
  gate: string;
  and?: string;
  context?: RegExp;
  /** With `unless`, the phrase does not count when the words of its clause before it match. */
  unless?: RegExp;
  /**
   * The words every match opens on (opening-words.ts), where the phrase is tried; without it (a phrase with an
   * alternative that opens inside a word) it is read whole.
   */
  open?: string;
}

const HALT = String.raw`cancel(?:l?ed|ing|lations?|s)?|(?:stood|sat|lay|were|was|are|left|remain(?:s|ed)?) idle|postpon\w+|stood down|stand(?:ing)? down|rearrang\w+|(?:are|were|is|was|been) off(?! (?:line|site|ice))|(?:will )?resum(?:e|ed|es|ing)|delay(?:ed|s|ing)?|defer(?:red|ring|s)?|resched\w+|rebook\w*|put off|called off|call(?:ing)? off|held up|(?:put |placed |kept )?on (?:hold|pause|ice)|paused|halt(?:ed|ing)?|suspend(?:ed|ing)?|scrapped|stopped|cut back(?: on)?|scaled back|pushed back|(?:pushed|bumped) (?:to|into|until) (?:a |the )?(?:later|next|another|following|new)\b|moved|(?:could not|couldn't|cannot|can't|did not|didn't|were unable to|was unable to) (?:be )?(?:go ahead|carried out|performed|take place|proceed)`;
const PROCEDURES = String.raw`surger(?:y|ies)|(?:surgical|elective|planned|non-urgent|nonurgent|scheduled|routine) (?:\w+ )?(?:procedures?|operations?|surger(?:y|ies)|cases|care|lists|work|services|treatments?|admissions)|operations|procedures|electives?|chemotherapy|chemo|radiotherapy|radiation (?:treatments?|therapy)|cancer (?:treatments?|care|therapy)|treatments?|dialysis|transplants?|infusions?|(?:theatre|theater|operating) (?:lists|sessions|slots)|procedure|clinical and diagnostic operations|operating (?:theatres|theaters|rooms)|(?:hip|knee|joint|shoulder|valve) (?:and (?:hip|knee) )?replacements?|endoscop(?:y|ies)|colonoscop(?:y|ies)|biops(?:y|ies)|ivf (?:cycles|treatments?)|c(?:a)?esarean(?: sections?|s)|c-sections?`;
const VISITS = String.raw`(?:outpatient |hospital |clinic |doctor'?s? |gp |medical )?(?:appointments?|consultations?|check-?ups?|visits)|outpatient (?:clinics|services|care|activity)|scans?|tests|exams?|x-rays?|screenings?|mri|ct scans?|blood tests|diagnostic (?:tests|testing|imaging|services|operations|work|procedures|exams)|imaging (?:appointments|exams|services)`;
const SYSTEMS = String.raw`systems?|networks?|computers?|servers?|phones?|phone lines|telephon\w+|e-?mails?|websites?|web ?sites?|patient records|(?:(?:electronic|digital|medical|health|patient|medication|medicines|prescribing|prescription|clinical|care|dental|client|resident) ){1,3}records?|records systems?|(?:(?:electronic|digital|medical|health|patient|clinical|dental) ){1,2}charts?|it|platforms?|wi-?fi|infrastructure|emr|ehr|epr|portals?|workstations|(?:computer )?screens?|robots?|machines|scanners|printers|pcs|software|connectivity|internet|technology|online (?:\S+ )?(?:ordering|booking)|(?:ordering|booking) systems?`;
const DOWN = String.raw`down(?<!(?:track|hunt|crack|narrow|wind|calm|slow|step|turn|broken|break) down)|offline|off-line|out of (?:action|service|operation|use|reach(?! (?:for|of|to) (?:the )?(?:\S+ )?(?:hackers?|attackers?|criminals?|gang|group|intruders?|thieves|them)\b))|shut (?:down|off)|shutting (?:\S+ )?down|knocked (?:out|offline)|outages?|inaccessible|unavailable(?! (?:for|to) comment)|unusable|(?:could|can)(?:not| not) be (?:used|accessed)|switched off|taken (?:down|offline)|at a standstill|(?:ground |brought |grinding )?to a (?:halt|standstill)|stopped (?:responding|working)|malfunction\w*|crippled|disrupted|disabled|(?:back|coming back|brought back) online|(?:coming|comes|come|came|being brought|been brought|brought) back(?! to (?:the )?(?:office|work|school|hospital|ward))|(?:not|no longer) (?:fully |yet |been |back )*(?:up and running|operational|working|functioning|functional|available|accessible)|went (?:dark|black|blank)|(?:went|gone|go|goes|are|were|is|was) dead|paralys\w+|paralyz\w+|locked|disconnected|isolated|quarantined|back (?:online|by|to normal|in (?:service|operation))|back up(?= (?:by|again|within|on|after|the same|later|that)\b)|back up and running|(?:running|working|operational|functioning|online) again|(?:being |been |was |were |are |is )?restored`;
const TAKE_DOWN = String.raw`(?:shut(?:ting)?|took|take|taken|taking|switch(?:ed|ing)?|turn(?:ed|ing)?|power(?:ed|ing)?|knock(?:ed|ing)?|brought|bring(?:ing)?) (?:down|off|offline)|knock(?:ed|ing)? out|disabled|paralys\w+|paralyz\w+|crippled|disrupted|disconnect(?:ed|ing)?|isolat(?:ed|ing)|quarantin(?:ed|ing)|cut off|restor(?:e|ed|ing)|(?:lost|loss of) (?:access to)?`;
// A laboratory's service is its collection of samples: "suspended blood draws and sample collection".
const SERVICES = String.raw`emergency (?:care|departments?|rooms?|services|units?|patients|admissions|treatment)|(?:blood|sample|specimen) (?:draws|collection|sampling)|a&e|er|(?:urgent|maternity|walk-in|outpatient|cancer|imaging|radiology) (?:care|cent(?:er|re)s?|services|units?|clinics?)|(?:minor )?injur(?:y|ies) units?|opds?(?: (?:registration|services|clinics|departments?))?|outpatient (?:registration|departments?)|(?:dialysis|renal|birthing|assessment|oncology|stroke|midwife-led|maternity|neonatal|intensive care|critical care|day surgery|endoscopy|cardiac|paediatric|pediatric|children's) units?|births|clinics?|pharmac(?:y|ies)|wards?|departments?|locations|sites|cent(?:er|re)s|offices|practices?|facilities|branches|doors|stores|shops|outlets|services?`;
// "had to close", "was forced to shut": the base form after "to" (a plan or threat to close is a modal, read apart).
// A department that stops taking patients brought by ambulance is on diversion, not closed ("its emergency department is
// no longer taking patients brought in by ambulance"; see the ambulance-diversion phrases).
const NOT_BY_AMBULANCE = String.raw`(?! (?:\S+ ){0,4}?(?:by|from|via) ambulances?\b)`;
const CLOSED = String.raw`closed|closures?|(?:will )?reopen(?:ed|s|ing)?|(?<=\bto )(?:close|shut)(?! (?:to|by|on|at|of)\b)|(?:still |remains? |was |is )?(?:unavailable(?! (?:for|to) comment)|not available(?! (?:for|to) comment)|out of service)|shut|shuttered|suspended|halted|(?:stopped (?:accepting|admitting|taking|providing)|(?:unable|not able) to (?:accept|admit|take)|(?:could|can)(?:not|n't| not) (?:take|accept|admit)(?: in)?|no longer (?:accepting|admitting|taking|provided|offered|open))${NOT_BY_AMBULANCE}|turned away`;
// "stopped emergency care": a care service stopped is closed (a bare "stopped services" may be a supplier's).
const CLOSE_VERB = String.raw`clos(?:ed|ing|e)|shut(?:tered)?|stood down|stand(?:ing)? down|suspend(?:ed|ing)?|stopped (?:providing|offering|running)|(?:stopped|halted|ceased)(?= (?:all |its |their )?(?:emergency|urgent|maternity|a&e|outpatient|walk-in|dialysis|cancer)\b)|(?:unable|not able) to (?:accept|admit|take|see|offer|provide)|(?:could|can)(?:not|n't| not) (?:take|accept|admit|see|offer|provide)(?: in)?`;
// Where diverted patients go: "other hospitals", "a distant hospital", "a hospital 20 miles away", "other establishments"
// (translated news's word for hospitals).
const DESTINATION = String.raw`hospitals? in (?:other|nearby|neighbou?ring|surrounding|adjacent) (?:\S+ )?(?:counties|towns|cities|areas|regions|districts|states|boroughs)|(?:other|another|nearby|neighbou?ring|alternative|alternate|different|distant|surrounding|local) (?:\S+ ){0,2}?(?:hospitals?|facilities|establishments|trusts?|emergency (?:rooms|departments)|a&es?)|hospitals? (?:\S+ ){0,3}?(?:miles|km|kilometres|kilometers) away|hospitals? (?:elsewhere|further away|out of (?:town|the area))`;
// Other "centres" or "providers" are a diversion only for emergency patients: a scan clinic's patients moved to other
// providers are rebooked outpatients, not diverted ambulances.
const OTHER_DESTINATION = String.raw`(?:other|another|nearby|neighbou?ring|alternative|alternate|different|distant|surrounding|local) (?:\S+ ){0,2}?(?:sites|cent(?:er|re)s?|providers)`;
const EMERGENCY_CONTEXT =
  /\b(?:emergenc\w+|ambulances?|a&e|trauma|stroke|heart attacks?|critical(?:ly)?|acute|casualty|paramedics)\b/i;
// Every match of MOVED_TO holds one of these words (its phrases' gates; keep them in step).
const MOVED_TO_WORDS =
  "sent send sending directed directing move moved moving shift shifted shifting transfer transferred transferring taken taking redirect redirected redirecting re route routed routing reroute rerouted rerouting driven rushed flown diverted go";
// The words MOVED_TO opens on.
const MOVED_TO_OPENINGS =
  "sent send sending directed directing move moved moving shift shifted shifting transfer transferred transferring taken taking redirect redirected redirecting re reroute rerouted rerouting driven rushed flown diverted had told asked forced";
// The patients moved may be told by a clause of their own: "sending new patients who need admission to other hospitals",
// and ambulances by what they carry: "sent ambulances carrying stroke patients to other hospitals".
// The base form too, after "had to" or a coordinated modal-free verb: "had to postpone operations and move patients to
// other hospitals" (a plan to move them is read as a modal by happened()).
// Translated news "directs" patients ("orienté"): "directed part of its patients to other establishments".
const MOVED_TO = String.raw`\b(?:sent|send(?:ing)?|directed|directing|mov(?:e|ed|ing)|shift(?:ed|ing)?|transfer(?:red|ring)?|taken|taking|redirect(?:ed|ing)?|re-?rout(?:e|ed|ing)|driven|rushed|flown|diverted|(?:had|told|asked|forced) to go) (?:\S+ ){0,4}?(?:(?<=\b(?:patients|people|cases|those|mothers|women|children|babies|ambulances) )(?:who|that|needing|requiring|carrying) (?:\S+ ){0,4}?)?to (?:a |an |the )?`;
// A move to a named place (see the ambulance-diversion phrases); lower-case verbs, as that phrase is case-sensitive.
const MOVE_VERB = String.raw`(?:transferr(?:ed|ing)|shift(?:ed|ing)|mov(?:ed|ing)|sen[dt]|sending|redirect(?:ed|ing)|re-?rout(?:ed|ing)|airlift(?:ed|ing)|flown|flew|driven|rushed|taken|taking)`;
const MOVED_ONES = String.raw`(?:[Pp]atients|[Aa]mbulances|[Cc]asualties|[Mm]others|[Bb]abies|[Nn]ewborns)`;
const NAMED_PLACE = String.raw`(?:the )?(?!(?:Ward|Unit|ICU|A&E|ED|Intensive|Critical|High|Theatre|Theater|Block|Wing|Building|Floor|Level)\b)(?![A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3} (?:Ward|Unit|Department|Theatre|Wing|Block|Building|Suite)\b)[A-Z][a-z]`;
const DATA = String.raw`data(?! breach| leak site| leak blog| leak website| security)|files|information|records|documents|details|photos|photographs|images|spreadsheets|databases?|dataset|archives?|emails|scans|samples?`;
const PUBLISH = String.raw`published|leaked|dumped|posted|released|put (?:online|up|out)|made public|uploaded|(?:put |offered |listed |advertised |up )?for sale|advertised (?:on|online)|auctioned|sold|appeared on|(?:surfaced|turned up|showed up) (?:on|online)|shared online|spread online|(?:made )?available (?:to|for) download|downloadable`;
// "put residents' data at risk" publishes nothing.
const PUBLISH_VERB = String.raw`publish(?:e[ds]|ing)?|leak(?:ed|ing|s)|dump(?:ed|ing|s)?|post(?:ed|ing|s)|releas(?:e[ds]|ing)|put(?:ting)?(?![^.;]{0,40}?\b(?:at risk|in danger|in jeopardy)\b)|upload(?:ed|ing)|sold|sell(?:s|ing)|auction(?:ed|ing)|advertis(?:ed|ing)(?: for sale)?|offer(?:ed|ing)(?: (?:it|them))? for sale|for sale|spread`;

// Work carried on without the systems: "is operating without computers", "staff were left without email", "have been
// without electronic medical records".
const WITHOUT_SYSTEMS = String.raw`(?:operat(?:e|es|ed|ing)|work(?:s|ed|ing)?|run(?:s|ning)?|ran|function(?:s|ed|ing)?|left|managing|coping|carr(?:y|ies|ied|ying) on|been|are|were|is|was|remain(?:s|ed|ing)?|went|gone|go(?:es)?) without (?:its |their |any |the )?(?:computers|computer systems|it systems|it|systems|(?:electronic|digital) (?:\S+ )?records|internet|phones|e-?mail|networks?)`;
const re = (src: string, flags = "gi") => new RegExp(src, flags);
// The attackers as the subject of a clause: what they could not reach is no outage of the victim's.
const ATTACKER_SUBJECT =
  /\b(?:hackers?|attackers?|gang|group|criminals?|cybercriminals|intruders?|threat actors?|actors?|they|unauthori[sz]ed (?:party|parties|person|individual))\b/i;
/** Each effect's grammar (exported for the test that checks its groups against their opening words). */
export const GRAMMARS: Record<ImpactType, Grammar> = {
  "operations-cancelled": {
    nouns: re(String.raw`\b(?:${PROCEDURES})\b`),
    after: re(String.raw`\b(?:${HALT}|disrupted)\b`),
    before: re(
      String.raw`\b(?:cancel\w*|postpon\w+|resched\w+|rebook\w*|rearrang\w+|stood down|stand(?:ing)? down|defer\w*|delay\w*|put off|call(?:ed|ing)? off|hold(?:ing)? up|held up|halt\w*|suspend\w*|stopp?\w*|paus\w+|scrap\w*|cut back(?: on)?|scaled? back(?: on)?|disrupted)\b`,
    ),
    phrases: [],
  },
  // "Thousands of appointments and procedures have been disrupted": as for operations, a disrupted booking is one
  // that did not go ahead as booked.
  "appointments-cancelled": {
    nouns: re(String.raw`\b(?:${VISITS})\b`),
    after: re(String.raw`\b(?:${HALT}|disrupted)\b`),
    // "patients were turned away from outpatient appointments", "turned patients away from scans": the visits did not go
    // ahead.
    before: re(
      String.raw`\b(?:turn(?:ed|ing|s)? (?:\w+ )?away from|cancel\w*|postpon\w+|resched\w+|rebook\w*|rearrang\w+|stood down|stand(?:ing)? down|defer\w*|delay\w*|put off|call(?:ed|ing)? off|hold(?:ing)? up|held up|halt\w*|suspend\w*|paus\w+|scrap\w*|cut back(?: on)?|scaled? back(?: on)?|disrupted)\b`,
    ),
    phrases: [],
  },
  "ambulance-diversion": {
    // Patients of a kind count too: "expectant mothers were sent to Northfield General".
    nouns: re(
      String.raw`\b(?:patients?|ambulances?|emergency (?:patients|cases|traffic)|(?:expectant |pregnant )?mothers|women in labou?r|babies|newborns|casualties)\b`,
    ),
    // "patients were redirected (directed) to St Olave's Hospital": a hospital named as the destination, not the
    // victim's own; or hospitals of a place ("chemotherapy patients were sent to hospitals in Nova Scotia"), where
    // ambulances may be the subject ("ambulances are taking patients to hospitals in Brno").
    after: re(
      String.raw`\b(?:sent|moved|shifted|transferred|taken|redirected|re-?routed|driven|rushed|flown|diverted)(?:\s\S+){0,4}?\s(?:elsewhere|instead|away)\b|\b(?:redirected|re-?routed|diverted|transferred|shifted|moved|sent|directed) to (?!(?:the|this|its|our|their) hospital\b)(?:\S+ ){1,4}?(?:hospitals?|infirmary|medical cent(?:er|re)s?)\b|\b(?:redirected|re-?routed|diverted|transferred|shifted|moved|sent|directed|taken|flown) to hospitals (?:in|across|outside)\b|\b(?:taking|take|takes|took|bringing|brings|brought) (?:the |their )?(?:patients|casualties) to hospitals (?:in|across|outside)\b`,
    ),
    before: /$^/g,
    phrases: [
      {
        re: /\b(?:stopped|no longer|not|unable to|could not|couldn't|can't|cannot) (?:\S+ )?(?:accept|accepting|receive|receiving|take|taking) (?:any |new )?ambulances\b/gi,
        gate: "ambulances",
        open: "stopped no not unable could couldn can cannot",
      },
      // "forced the hospital to turn away ambulances", "ambulances were turned away".
      {
        re: /\b(?:turn(?:ed|ing|s)? away (?:\S+ )?ambulances|ambulances (?:\S+ ){0,2}?turned away)\b/gi,
        gate: "ambulances",
        open: "turn* ambulances",
      },
      // What is diverted must be care: money, staff, samples sent to another lab or calls sent elsewhere are not.
      {
        re: /\b(?:divert(?:ed|ing|s)?|diversions?|on divert|on bypass)\b(?<!\b(?:payments?|funds|money|tests|samples|specimens|work(?:load)?|calls|traffic|e?mails|deliveries|supplies|shipments) (?:(?:were|was|are|is|have been|had been|being) )?(?:divert(?:ed|ing|s)?|diversions?|on divert|on bypass))(?! (?:\S+ ){0,2}?(?:payments?|funds|money|wages|salar\w+|invoices?|attention|resources|staff|tests?|testing|samples?|specimens?|work(?:load)?|calls?|traffic|e?mails?|deliver(?:y|ies)|supplies|shipments?))/gi,
        gate: "divert* diversion diversions bypass",
        open: "divert* diversion diversions on",
      },
      {
        re: re(String.raw`${MOVED_TO}(?:${DESTINATION})\b`),
        gate: MOVED_TO_WORDS,
        open: MOVED_TO_OPENINGS,
        and: "other another nearby neighbouring neighboring alternative alternate different distant surrounding local hospital hospitals",
      },
      // Other "centres" or "providers" are a diversion only for emergency patients: a scan clinic's patients moved to
      // other providers are rebooked outpatients, not diverted ambulances.
      {
        re: re(String.raw`${MOVED_TO}(?:${OTHER_DESTINATION})\b`),
        gate: MOVED_TO_WORDS,
        open: MOVED_TO_OPENINGS,
        and: "other another nearby neighbouring neighboring alternative alternate different distant surrounding local",
        context: EMERGENCY_CONTEXT,
      },
      // A named destination, with the patients as the object or the passive subject of the move: "transferred some
      // patients to the Royal Hobart Hospital", "emergency patients were flown by helicopter to Bergen" (not "a statement
      // it sent to Infosecurity"). Case-sensitive: the destination is a name, and a ward or unit of the victim's own
      // ("moved to the Intensive Care Unit") is no other hospital.
      {
        re: re(
          String.raw`(?:\b${MOVE_VERB} (?:[a-z0-9][^\s.,;:]* ){0,3}?${MOVED_ONES}|${MOVED_ONES}\b[^.;:]{0,40}?\b(?:were|was|are|is|been|being) (?:[a-z]+ )?${MOVE_VERB}) (?:[a-z0-9][^\s.,;:]* ){0,3}?to ${NAMED_PLACE}`,
          "g",
        ),
        gate: "transferred transferring shifted shifting moved moving send sent sending redirected redirecting re rerouted rerouting routed routing airlifted airlifting flown flew driven rushed taken taking",
        and: "patients ambulances casualties mothers babies newborns",
      },
      // "stopped taking emergency patients by ambulance": the ambulances go elsewhere; the hospital is not closed.
      {
        re: /\b(?:stopped|no longer|not|unable to|could not|couldn't|can't|cannot) (?:\S+ )?(?:accept\w*|receiv\w*|tak\w*|admit\w*) (?:any |new )?(?:emergency |critical )?patients (?:\S+ ){0,2}?(?:by|from|via) ambulances?\b/gi,
        gate: "ambulance ambulances",
        open: "stopped no not unable could couldn can cannot",
        and: "patients",
      },
      // "Ambulances are bypassing Stanmore General"; "ambulances were rerouted", where to left unsaid.
      {
        re: /\bambulances? (?:\S+ ){0,2}?(?:bypass(?:ed|es|ing)?|avoid(?:ed|ing)?|re-?rout(?:ed|ing)|redirect(?:ed|ing))\b/gi,
        gate: "ambulance ambulances",
        open: "ambulance ambulances",
        and: "bypass* avoid* rerouted rerouting routed routing redirected redirecting",
      },
      // "paramedics were told to take patients elsewhere".
      {
        re: /\b(?:take|taking|took|taken|send|sending|bring|bringing|direct(?:ed|ing)?|rout(?:ed|ing)?) (?:\S+ ){0,3}?patients (?:\S+ ){0,2}?elsewhere\b/gi,
        gate: "elsewhere",
        open: "take taking took taken send sending bring bringing direct directed directing rout routed routing",
        and: "patients",
      },
    ],
  },
  "systems-offline": {
    nouns: re(String.raw`\b(?:${SYSTEMS})\b`),
    after: re(String.raw`\b(?:${DOWN})\b`),
    before: re(String.raw`\b(?:${TAKE_DOWN})\b`),
    phrases: [
      // "staff could not get into records": the cue itself says no, so it is not read as a negated effect.
      {
        re: /\b(?:no longer|unable to|could not|cannot|can't|couldn't|problems?|difficult(?:y|ies)|trouble|struggl(?:e|es|ed|ing))\s(?:\S+\s){0,2}?(?:get into|get at|access(?:ing)?|reach|use|log (?:into|on to|onto|in to|on)|sign (?:into|in to|on to)|check|view|retrieve|look up|pull up|open|load)\b/gi,
        gate: "longer unable could cannot can couldn problem problems difficulty difficulties trouble struggl*",
        open: "no unable could cannot can couldn problem problems difficulty difficulties trouble struggl*",
        and: "get access accessing reach use log sign check view retrieve look pull open load",
      },
      {
        // The object may stand between the verb and its particle: "cut both ambulance services off from their records";
        // work carried on without the systems: "is operating without computers".
        re: re(
          String.raw`\b(?:locked out of|without access to|wiped out (?:all )?access to|lock(?:ed|ing|s)? (?:\S+ ){1,3}?out of|cut(?:s|ting)? (?:\S+ ){1,10}?off from (?:the |its |their |his |her )?(?:\S+ ){0,2}?(?:${SYSTEMS})|${WITHOUT_SYSTEMS})\b`,
        ),
        gate: "lock locked locking locks access cut cuts cutting without",
        open: "locked without wiped lock locking locks cut cuts cutting operat* work* run runs running ran function* left managing coping carr* been are were is was remain* went gone go goes",
      },
      // "staff have had no access to the electronic patient record": what the staff lack, not what the attackers
      // reached ("the hackers had no access to patient records" denies a theft, see `unless`).
      {
        re: re(
          String.raw`\b(?:had|have|has|having|with|left with|there (?:is|was|has been)) no (?:\S+ )?access to (?:the |its |their |our |any )?(?:\S+ ){0,3}?(?:${SYSTEMS})\b`,
        ),
        gate: "access",
        open: "had have has having with left there",
        and: "no",
        unless: ATTACKER_SUBJECT,
      },
      {
        re: /\b(?:affected|disrupted|lost|loss of|cut|knocked out) (?:\S+ ){0,2}?(?:connectivity|internet access|network access)\b|\b(?:connectivity|internet access|network access) (?:\S+ ){0,4}?(?:was|were|has been|had been|have been) (?:\S+ )?(?:affected|disrupted|lost|cut|knocked out)\b/gi,
        gate: "connectivity internet network",
        open: "affected disrupted lost loss cut knocked connectivity internet network",
      },
      {
        re: /\b(?:stopp\w+|prevent\w+|kept|keeping) (?:\S+ ){0,2}?from (?:\S+ ){0,4}?(?:accessing|getting (?:at|into)|reaching|using|logging (?:in|on))\b/gi,
        gate: "stopp* prevent* kept keeping",
        open: "stopp* prevent* kept keeping",
        and: "accessing getting reaching using logging",
      },
      // The object between the verb and "offline", an apposition inside it: "took the entire system of Brookside ENT, a
      // practice in Battle Creek, Mich., offline"; in the passive, the subject as far from its verb: "the whole system
      // at X, a practice in Battle Creek, Mich., was recently knocked offline".
      {
        re: re(
          String.raw`\b(?:took|taken|taking|takes?|knock(?:ed|ing|s)?|brought|bring(?:s|ing)?|put(?:s|ting)?|forc(?:ed|es|ing)) (?:the |its |their |his |her |an? |all )?(?:entire |whole |main |own )?(?:${SYSTEMS})\b(?:[^.;:!?]|\.(?=,)){1,100}?\boffline\b|\b(?:${SYSTEMS})\b(?:[^.;:!?]|\.(?=,)){1,100}?\b(?:was|were|been|being) (?!not |never )(?:\S+ )?(?:knocked|taken|brought|forced) offline\b`,
        ),
        gate: "offline",
      },
      // Also with the systems after the noun: "an outage of IT systems across the network".
      {
        re: re(
          String.raw`\b(?:it|system|network|computer|technology|phone|email) (?:outages?|failures?|shutdowns?|blackouts?)\b|\b(?:outages?|shutdowns?|blackouts?) (?:of|across|on|hitting|affecting) (?:the |its |their |all |our )?(?:\S+ ){0,2}?(?:${SYSTEMS})\b`,
        ),
        gate: "outage outages failure failures shutdown shutdowns blackout blackouts",
        open: "it system network computer technology phone email outage outages shutdown shutdowns blackout blackouts",
      },
    ],
  },
  "paper-records": {
    nouns: /$^/g,
    after: /$^/g,
    before: /$^/g,
    phrases: [
      {
        re: phrases(
          [
            String.raw`pen and paper`,
            String.raw`paper and pen`,
            String.raw`pencil and paper`,
            // Any paper document staff keep in place of a system: "paper schedules", "paper lists", "paper rotas".
            String.raw`paper[- ](?:records|charts|charting|cards|forms|prescriptions|documentation|notes|files|processes|systems|backups?|based|copies|logs|pads|lists|schedules|rotas|registers|orders|requests|referrals|slips|sheets|worksheets|timetables|diaries|tickets|labels|workflows|methods|procedures|workarounds)`,
            // "take 999 calls on paper", "continued on paper", "writing prescriptions and reports on paper", "caring for
            // patients on paper": work done on paper (not the idiom "on paper, it looks fine", which no work verb opens).
            String.raw`(?:work\w*|record\w*|writ(?:e|es|ing|ten)|revert\w*|return\w*|resort\w*|switch\w*|back|mov\w+|turn\w*|fall\w* back|rel(?:y|ied|ying)|chart\w*|document\w*|run\w*|operat\w*|done|doing|do|does|did|carr(?:y|ied|ying) on|tak(?:e|es|en|ing)|took|handl\w+|logg?\w*|process\w*|issu\w*|keep\w*|kept|track\w*|manag\w+|continu\w*|proceed\w*|book\w*|schedul\w*|administer\w*|dispens\w*|prescrib\w*|deliver\w*|us(?:e|ed|es|ing)|car(?:e|ed|es|ing) for|treat\w*|see(?:s|ing)?|saw|attend\w*) (?:\S+ ){0,2}?(?:(?:and|or) \S+ )?(?:(?:and|or) )?(?:on|to) paper`,
            // Paper as the object of use: "staff were using paper", "clinicians have used paper since Monday".
            String.raw`us(?:e|ed|es|ing) paper(?! (?:towels?|cups?|bags?|straws?|masks?|gowns?))`,
            // "manual back-up processes": a fallback's kind between.
            String.raw`manual(?:ly)? (?:(?:back-?up|fallback|contingency) )?(?:processes|systems|records|workarounds|procedures|methods|charting|documentation|operations|mode|registration|admissions?|prescri\w+|dispensing|entry|logs?|forms?|billing|tracking)`,
            String.raw`(?:switch|revert|resort|return|mov|turn|fall|fell|went|go|back)\w* (?:back )?to manual`,
            // An ambulance service's "dispatching crews manually", "triaging calls manually" as well.
            String.raw`(?:work|run|process|handl|record|complet|do|done|dispatch|triag)\w* manually`,
            // The object between: "reschedule appointments manually", "register patients manually".
            String.raw`(?:resched|schedul|book|regist|admit|issu|dispens|track|enter|log|calculat|bill|dispatch|triag|assign)\w* (?:\S+ ){1,2}?manually`,
            // Care documented without the system: "documenting care offline".
            String.raw`(?:document|chart)\w* (?:\S+ ){0,2}?offline`,
            String.raw`by hand`,
            String.raw`hand-?written (?:\S+ ){0,2}?(?:notes|records|prescriptions|charts|forms|labels|logs|lists|requests|referrals|orders|slips)`,
            String.raw`hand-?writ(?:e|es|ing)`,
            String.raw`offline documentation`,
            String.raw`downtime procedures`,
            // The fallback named with the paper it runs on: "attending patients with contingency plans on paper".
            String.raw`(?:with|using|under|activated|following|through) (?:its |their |the )?(?:contingency|backup|fallback|downtime) (?:plans?|procedures|processes|protocols|mode) on paper`,
            String.raw`whiteboards`,
          ],
          "gi",
        ),
        gate: "paper* manual* hand handwritten handwrite handwrites handwriting offline downtime whiteboards",
        open: "pen paper pencil work* record* writ* revert* return* resort* switch* back* mov* turn* fall* fell* rel* chart* document* run* operat* done* doing do* did carr* tak* took handl* log* process* issu* keep* kept track* manag* continu* proceed* book* schedul* resched* regist* admit* enter* calculat* bill* administer* dispens* dispatch* triag* assign* prescrib* deliver* car* treat* see* saw attend* us* manual* went* go* complet* by hand* offline downtime whiteboards with using under activated following through",
      },
    ],
  },
  "services-closed": {
    nouns: re(String.raw`\b(?:${SERVICES})\b`),
    after: re(String.raw`\b(?:${CLOSED})\b`),
    before: re(String.raw`\b(?:${CLOSE_VERB})\b`),
    phrases: [
      // Also in the passive: "patients could not be seen at some of its locations"; and an intake of new patients
      // negated: "is not accepting new patients", "new patients are not being accepted", "no new patients are being admitted".
      {
        re: /\b(?:cannot|could not|can't|couldn't|unable to|not able to|stopped|no longer|ceased) (?:\S+ )?(?:take|taking|accept|accepting|admit|admitting|see|seeing|treat|treating) (?:in )?(?:any )?(?:new |emergency )?(?:(?:out|in)-?patients|patients|admissions)\b(?! (?:\S+ ){0,2}?(?:by|from|via) ambulances?\b)|\b(?:(?:out|in)-?patients|patients|admissions) (?:\S+ ){0,3}?(?:could not|couldn't|cannot|can't|(?:were|was|are|is) (?:unable|not able) to) be (?:seen|treated|admitted|accepted)\b|(?<=\b(?:is|are|was|were) )not (?:currently )?(?:accepting|admitting|taking) (?:any )?new (?:(?:out|in)-?patients|patients|admissions)\b|\b(?:isn|aren|wasn|weren)['’]t (?:currently )?(?:accepting|admitting|taking) (?:any )?new (?:(?:out|in)-?patients|patients|admissions)\b|(?<=\bnew )(?:(?:out|in)-?patients|patients|admissions) (?:are|were|is|was)(?: not|n't) (?:being )?(?:seen|admitted|accepted|taken)\b|\bno new (?:(?:out|in)-?patients|patients|admissions) (?:are|were|is|was) being (?:seen|admitted|accepted|taken)\b/gi,
        gate: "patients outpatients inpatients admissions",
        open: "cannot could can couldn unable not stopped no ceased patients outpatients inpatients out in admissions isn aren wasn weren",
      },
      // "pharmacies could not dispense prescriptions": the pharmacy's service is suspended.
      {
        re: /\bpharmac(?:y|ies|ists) (?:\S+ ){0,6}?(?:could not|couldn't|cannot|can't|(?:were |was )?unable to|not able to|stopped|no longer) (?:\S+ )?(?:dispens\w*|fill\w*|issu\w*|supply\w*) (?:any )?(?:new )?(?:prescriptions|medicines|medications|drugs|scripts)\b/gi,
        gate: "pharmac*",
        open: "pharmac*",
        and: "dispens* fill* issu* supply*",
      },
      // Two of its alternatives open mid-word ("permanently", "announc"), so it is gated by the closing words.
      // Also a hospital that takes itself out of the emergency rota ("deregistered from emergency care", German news's
      // "hat sich von der Notfallversorgung abgemeldet"): it has closed its emergency service.
      {
        re: /\b(?:clos(?:ed|ing|e)|shut(?:ting)?)(?: down)? (?:for good|permanently)|permanently (?:closed|shut)|announc\w+ (?:its |the |a )?(?:permanent )?closure\b|\b(?:de-?registered|signed (?:itself )?off|withdrew|withdrawn|logged (?:itself )?off|pulled out) (?:itself )?from (?:the )?(?:regional )?(?:emergency|acute) (?:care|services?|treatment|provision)\b/gi,
        gate: "clos* shut* emergency acute",
      },
    ],
  },
  "data-leaked": {
    nouns: re(String.raw`\b(?:${DATA})\b`),
    after: re(
      String.raw`\b(?:(?:been|was|were|had|has|have|is|are|being|started|begun|began|got) )?(?:${PUBLISH})\b(?! (?:about(?! [\d$£€])|that (?!${DATA})|a (?:notice|statement|post|message|claim|update)))`,
    ),
    before: re(
      String.raw`\b(?:${PUBLISH_VERB})\b(?! (?:about(?! [\d$£€])|that (?!${DATA})|a (?:notice|statement|post|message|claim|update)))`,
    ),
    // The data referred back to by a pronoun with a part of it, as spoken and informal news does: "published a chunk of
    // it", "posted a portion of them".
    phrases: [
      {
        re: /\b(?:published|posted|leaked|dumped|released|uploaded) (?:(?:a |an )?(?:(?:small|large|big|first) )?(?:chunk|portion|part|sample|slice|batch|tranche|fraction|share|bit)s?|some|much|most|half) of (?:it|them)\b/gi,
        gate: "published posted leaked dumped released uploaded",
        open: "published posted leaked dumped released uploaded",
      },
    ],
  },
};

// Per effect, the words every match of its noun and verb groups opens on (opening-words.ts): each group is tried only
// where one of them begins. Keep them in step with the groups above (the first word of each alternative); a group that
// never matches ("$^") has none and is read as it is.
const HALT_OPENINGS =
  "cancel* stood sat lay were was are left remain* postpon* stand* rearrang* is been will resum* delay* defer* resched* rebook* put called call* held placed kept on paus* halt* suspend* scrapped stopped cut scaled pushed bumped moved could couldn cannot can did didn";
const CANCEL_OPENINGS =
  "cancel* postpon* resched* rebook* rearrang* stood stand* defer* delay* put call* hold* held halt* suspend* stop* paus* scrap* cut scale* disrupted";
export const GROUP_OPENINGS: Record<ImpactType, { nouns: string; after: string; before: string }> = {
  "operations-cancelled": {
    nouns:
      "surger* surgical elective* planned non nonurgent scheduled routine operations procedure* chemo* radiotherapy radiation cancer treatment* dialysis transplant* infusion* theatre theater operating clinical hip knee joint shoulder valve endoscop* colonoscop* biops* ivf caesarean* cesarean* c",
    after: `${HALT_OPENINGS} disrupted`,
    before: CANCEL_OPENINGS,
  },
  "appointments-cancelled": {
    nouns:
      "outpatient hospital clinic doctor doctors gp medical appointment* consultation* check* visits scan scans tests exam exams x screening* mri ct blood diagnostic imaging",
    after: `${HALT_OPENINGS} disrupted`,
    before: `${CANCEL_OPENINGS} turn*`,
  },
  "ambulance-diversion": {
    nouns:
      "patient patients ambulance ambulances emergency expectant pregnant mothers women babies newborns casualties",
    after:
      "sent moved shifted transferred taken redirected re rerouted driven rushed flown diverted directed taking take takes took bringing brings brought",
    before: "",
  },
  "systems-offline": {
    nouns:
      "system systems network networks computer computers server servers phone phones telephon* e email emails website websites web patient electronic digital medical health medication medicines prescribing prescription clinical care dental client resident records record it platform platforms wi wifi infrastructure emr ehr epr portal portals workstations screen screens robot robots machines scanners printers pcs software connectivity internet technology online ordering booking",
    after:
      "down offline off out shut shutting knocked outage outages inaccessible unavailable unusable could* can* switched taken at ground brought grinding to stopped malfunction* crippled disrupted disabled back coming comes come came being been not no went gone go goes are were is was black blank paralys* paralyz* locked disconnected isolated quarantined restored running working operational functioning online",
    before:
      "shut shutting took take taken taking switch* turn* power* knock* brought bring* disabled paralys* paralyz* crippled disrupted disconnect* isolat* quarantin* cut restor* lost loss",
  },
  "paper-records": { nouns: "", after: "", before: "" },
  "services-closed": {
    nouns:
      "emergency blood sample specimen a er urgent maternity walk outpatient cancer imaging radiology minor injury injuries opd opds dialysis renal birthing assessment oncology stroke midwife neonatal intensive critical day endoscopy cardiac paediatric pediatric children births clinic clinics pharmacy pharmacies ward wards department departments locations sites centers centres offices practice practices facilities branches doors stores shops outlets service services",
    after:
      "closed closure closures will reopen* close shut still remain remains was is unavailable not out shuttered suspended halted stopped unable could* can* no turned",
    before: "clos* shut shuttered stood stand* suspend* stopped halted ceased unable not could* can*",
  },
  "data-leaked": {
    nouns:
      "data files information records documents details photos photographs images spreadsheets database databases dataset archive archives emails scans sample samples",
    after:
      "been was were had has have is are being started begun began got published leaked dumped posted released put made uploaded offered listed advertised up for auctioned sold appeared surfaced turned showed shared spread available downloadable",
    before: "publish* leak* dump* post* releas* put putting upload* sold sell* auction* advertis* offer* for spread",
  },
};
// The groups that never match ("$^") are read as they are; each other group with its sticky form and opening bit.
const NEVER = "$^";
const GROUP_SPECS: Record<string, string> = {};
for (const type of IMPACT_TYPES)
  for (const side of ["nouns", "after", "before"] as const)
    if (GRAMMARS[type][side].source !== NEVER) GROUP_SPECS[`${type}:${side}`] = GROUP_OPENINGS[type][side];
const GROUPS = openingWords(GROUP_SPECS);
interface Group {
  re: RegExp;
  sticky: RegExp | null;
  bit: number;
}
const group = (type: ImpactType, side: "nouns" | "after" | "before"): Group => {
  const re = GRAMMARS[type][side];
  return re.source === NEVER
    ? { re, sticky: null, bit: 0 }
    : { re, sticky: stickyOf(re), bit: GROUPS.bit[`${type}:${side}`]! };
};
const GROUPS_OF = Object.fromEntries(
  IMPACT_TYPES.map((t) => [t, { nouns: group(t, "nouns"), after: group(t, "after"), before: group(t, "before") }]),
) as Record<ImpactType, { nouns: Group; after: Group; before: Group }>;

// Per effect, the words its verb groups cannot match without (see cue-gate.ts); keep them in step above. The fixed
// phrases carry their own gates, so a sentence opens a pair only with a verb and a noun of the same effect.
const HALT_WORDS =
  "cancel* postpon* delay* defer* resched* rebook* put called call* hold* held pause ice paus* halt* suspend* scrap* stop* cut scal* pushed bumped moved ahead carried performed place proceed stood stand* rearrang* off resum* idle";
const PAIR_GATES = wordGates<ImpactType>({
  "operations-cancelled": `${HALT_WORDS} disrupted`,
  "appointments-cancelled": `${HALT_WORDS} disrupted turned turning turns turn`,
  "ambulance-diversion":
    "sent moved shifted transferred taken redirected re rerouted driven rushed flown diverted directed taking take takes took bringing brings brought",
  "systems-offline":
    "down offline line action service operation use reach shut* knocked outage outages inaccessible unavailable unusable used accessed switched standstill halt stopped malfunction* crippled disrupted disabled online running operational working functioning functional available accessible dark black blank dead paralys* paralyz* locked disconnected isolated quarantined back restor* took tak* switch* turn* power* knock* brought bring* disconnect* isolat* quarantin* cut lost loss",
  "paper-records": "",
  "services-closed":
    "clos* shut* unavailable available service suspend* halted ceased stopped unable able take accept admit see accepting admitting taking turned stood stand* reopen* offer provide provided offered open",
  "data-leaked":
    "published publish* leak* dump* post* releas* put* made upload* sale sold sell* auction* appeared shared spread advertis* offer* available downloadable surfaced turned showed",
});
// Every fixed phrase's gate, two bits for a phrase with an `and` list. A list of words is one gate however many phrases
// share it (a family holds at most 30 gates).
const PHRASE_SPECS: Record<string, string> = {};
const PHRASES = IMPACT_TYPES.map((type) =>
  GRAMMARS[type].phrases.map((p, i) => {
    PHRASE_SPECS[p.gate] = p.gate;
    if (p.and) PHRASE_SPECS[p.and] = p.and;
    return {
      re: p.re,
      context: p.context,
      unless: p.unless,
      key: p.gate,
      and: p.and ?? null,
      openKey: `${type}:${i}`,
    };
  }),
);
const PHRASE_GATES = wordGates(PHRASE_SPECS);
// Where each fixed phrase that has opening words can open, found for all of them in one pass over a sentence.
const PHRASE_OPEN_SPECS: Record<string, string> = {};
for (const type of IMPACT_TYPES)
  GRAMMARS[type].phrases.forEach((p, i) => {
    if (p.open !== undefined) PHRASE_OPEN_SPECS[`${type}:${i}`] = p.open;
  });
const PHRASE_OPENINGS = openingWords(PHRASE_OPEN_SPECS);
const PHRASE_BITS = PHRASES.map((list, t) =>
  list.map((p, i) => {
    const open = GRAMMARS[IMPACT_TYPES[t]!].phrases[i]!.open !== undefined;
    return {
      re: p.re,
      context: p.context,
      unless: p.unless,
      bits: PHRASE_GATES.bit[p.key]! | (p.and ? PHRASE_GATES.bit[p.and]! : 0),
      group: { re: p.re, sticky: open ? stickyOf(p.re) : null, bit: open ? PHRASE_OPENINGS.bit[p.openKey]! : 0 },
    };
  }),
);

// Per effect, the words its nouns cannot match without: a sentence that opens its verb gate but holds none of its nouns
// is read for the fixed phrases only. Keep them in step with the noun groups above.
const NOUN_GATES = wordGates<ImpactType>({
  "operations-cancelled":
    "surgery surgeries surgical elective electives planned non nonurgent scheduled routine operations procedures procedure chemotherapy chemo radiotherapy radiation cancer treatment treatments dialysis transplant transplants infusion infusions theatre theater operating clinical replacement replacements endoscopy endoscopies colonoscopy colonoscopies biopsy biopsies ivf caesarean caesareans cesarean cesareans c sections section",
  "appointments-cancelled":
    "appointment appointments consultation consultations check checkup checkups visits outpatient scan scans tests exam exams ray rays screening screenings mri diagnostic imaging",
  "ambulance-diversion": "patient patients ambulance ambulances emergency mothers women babies newborns casualties",
  "systems-offline":
    "system systems network networks computer computers server servers phone phones lines telephon* e email emails mail mails website websites web site sites records record chart charts it platform platforms wi wifi infrastructure emr ehr epr portal portals workstations screen screens robot robots machines scanners printers pcs software connectivity internet technology ordering booking",
  "paper-records": "",
  "services-closed":
    "emergency draws collection sampling e er urgent maternity walk opd opds births unit units outpatient cancer imaging radiology injury injuries dialysis renal birthing assessment oncology stroke clinic clinics pharmacy pharmacies ward wards department departments locations sites centers centres offices practice practices facilities branches doors stores shops outlets service services",
  "data-leaked":
    "data files information records documents details photos photographs images spreadsheets database databases dataset archive archives emails scans sample samples",
});

// Each effect with its gate bits, read once here rather than by the effect's name for every sentence.
const EFFECT_GATES = IMPACT_TYPES.map((type, i) => ({
  type,
  bit: PAIR_GATES.bit[type],
  nounBit: NOUN_GATES.bit[type],
  phrases: PHRASE_BITS[i]!,
}));

// What ends a clause for the checks below: a pair never spans one, and a negation or modal beyond one does not govern.
// "were stolen and then published": an "and" before an auxiliary or a time adverb carries on the same subject, and one
// between days joins a date ("appointments on Monday and Tuesday are off").
const CLAUSE_END =
  /[;:!?()]|\.\s|,\s|\s-\s|\sand\s(?!(?:were|was|has|have|had|is|are|then|later|subsequently|also|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|\s(?:but|though|although|while|whereas|however|so|because|after|before|when|until|which|who)\s/gi;
const NEGATION =
  /\b(?:not|no|never|nor|neither|without|yet to|denied|den(?:y|ies)|unaffected|rather than|none|nothing|nobody)\b|n't\b/i;
// Modals, plans and threats; "could not"/"cannot" say that something did not work, which is a report of what happened.
const MODAL = phrases(
  [
    // The month is no modal: "a cyberattack in May forced staff onto paper".
    MAY_MODAL,
    String.raw`might`,
    String.raw`could(?! not| no longer| never|n't)`,
    // "that would normally take place": what usually happens, told beside what happened instead.
    String.raw`would(?! (?:normally|usually|ordinarily|typically)\b)`,
    String.raw`will(?! (?:remain|stay|continue|resume|reopen))`,
    String.raw`shall`,
    String.raw`should`,
    String.raw`can(?! ?not|'t| no longer)`,
    // A present ability is a prospect: "will tell patients once it is able to reschedule appointments".
    String.raw`(?:is|are) (?:now )?able to`,
    String.raw`if`,
    String.raw`unless`,
    String.raw`whether`,
    String.raw`plan(?:s|ned|ning)? to`,
    String.raw`set to`,
    String.raw`expected to`,
    String.raw`likely to`,
    String.raw`threaten\w*`,
    String.raw`threats?(?! actors?| intelligence| analysts?| group)`,
    String.raw`risk(?:s|ed|ing)?`,
    String.raw`warn\w*`,
    String.raw`fears?`,
    String.raw`feared`,
    String.raw`prepared to`,
    // Deliberation is a plan too: "Hospital weighs surgery delays", "is considering cancelling clinics".
    String.raw`weigh(?:s|ed|ing)?`,
    String.raw`consider(?:s|ed|ing)?`,
    String.raw`mull(?:s|ed|ing)?`,
    String.raw`brac(?:e|es|ed|ing) for`,
    String.raw`ready to`,
    String.raw`in case`,
    String.raw`in the event`,
    String.raw`potential(?:ly)?`,
    String.raw`possibl[ey]`,
    String.raw`avoid\w*`,
    String.raw`prevent\w*`,
    String.raw`stop(?!ped|s)`,
    String.raw`keep(?:s|ing)? (?:\S+ ){0,3}?from`,
    String.raw`to get`,
    String.raw`in order to`,
    // A goal is no report: "The priority was to restore systems as quickly as possible".
    String.raw`(?:priority|priorities|aim|goal|objective|focus) (?:is|was|has been|remains|remained) to`,
    String.raw`deadline`,
    String.raw`countdown`,
  ],
  "gi",
);

// Whether a modal opens before `limit` in `text` (text runs on past `limit` so "could" can see the "not" after it).
function modal(text: string, limit: number): boolean {
  MODAL.lastIndex = 0;
  const m = MODAL.exec(text);
  return !!m && m.index < limit;
}

// The start of the clause that holds index `at`, looking no further back than `max` characters.
function clauseStart(text: string, at: number, max = 80): number {
  const from = Math.max(0, at - max);
  let start = from;
  CLAUSE_END.lastIndex = from;
  for (let m = CLAUSE_END.exec(text); m && m.index < at; m = CLAUSE_END.exec(text)) start = m.index + m[0].length;
  return Math.min(start, at);
}

// The last `words` words of the clause before `at`.
function head(text: string, at: number, words: number): string {
  return lastWords(text, clauseStart(text, at), at, words);
}

const crosses = (gap: string) => {
  CLAUSE_END.lastIndex = 0;
  return CLAUSE_END.test(gap);
};
// Between a verb and its object: articles, quantifiers, adjectives and nouns, no preposition that starts another phrase
// ("about" and "over" before a figure are quantifiers, and a figure's commas are no clause end: "reschedule about
// 1,200 appointments");
// "taken down and its servers seized": an "and" before a new determiner starts another clause.
// A decimal comma is one word of the object, as translated news writes it ("published about 1,5 TB of data").
const OBJECT_GAP =
  /^(?:\s+(?!(?:on|in|at|for|with|from|by|to|after|during|while|because|since|into|across)\b)(?!(?:about|over)\b(?!\s+\d))(?!(?:and|or)\s+(?:its|their|the|his|her|an?|it|they|we)\b)(?:\d{1,3}(?:,\d{3})+|\d+,\d{1,2}(?=\s)|[^\s,;:]+))*\s+$/i;

const NOMINAL = /^(?:delays|cancellations?|postponements?)$/i;

// A later item of the verb's object list: "the cancellation of 150 operations and 3,000 outpatient visits" cancels the
// visits too. The gap is an object that ends on an effect's noun, a coordinator, and a short noun group that is no
// new clause's subject ("postponed surgeries and the clinic appointments went ahead").
const LIST_REACH = 100;
const LIST_JOIN = /^(.*\S)(?:,?\s+(?:and|or|as well as)|,)(\s+.*)$/is;
const EFFECT_NOUN_END = re(String.raw`\b(?:${PROCEDURES}|${VISITS})$`, "i");
const LIST_ITEM_SEPARATOR = /,\s+|\s+(?:and|or)\s+/i;
const NEW_SUBJECT = /^\s+(?:its|their|his|her|our|this|these|those)\s/i;
const FINITE_AFTER =
  /^\s+(?:were|was|are|is|had|have|has|went|go|goes|did|do|does|will|would|could|can|remain\w*|continu\w*|stay\w*|proceed\w*)\b/i;
function listedObject(gap: string, after: string): boolean {
  const m = LIST_JOIN.exec(gap);
  if (!m) return false;
  const [, first, rest] = m as unknown as [string, string, string];
  if (
    NEW_SUBJECT.test(rest) ||
    FINITE_AFTER.test(after) ||
    !OBJECT_GAP.test(rest) ||
    rest.trim().split(/\s+/).length > 4
  )
    return false;
  // Each earlier item ends on an effect's noun: "40 hip replacements, dozens of endoscopies and 600 consultations".
  const items = first.split(LIST_ITEM_SEPARATOR);
  return (
    items.length <= 4 &&
    items.every((item) => EFFECT_NOUN_END.test(item) && OBJECT_GAP.test(` ${item.trim()} `)) &&
    first.replace(QUANTITY, "").trim().split(/\s+/).length <= 12
  );
}
// A quantity opening the object counts as one word: "published 40GB of what it says are patient files", "published about
// 1.5 TB of data".
const QUANTITY =
  /^\s+(?:(?:about|around|some|roughly|nearly|almost|over|approximately) )?(?:\d[\d.,]*\s?(?:[kmgt]b|gigabytes?|terabytes?|megabytes?)|hundreds|thousands|millions|some|part|most|much)(?:\s+of)?(?=\s)/i;

// Nouns joined into one subject: "elective and outpatient services had been scaled back", "surgeries and scans were
// postponed". The "and" follows the noun at once and a short noun group leads to the verb with no clause end between.
const COORDINATOR = /^\s+(?:and|or|&)(?=\s)/i;
function coordinated(gap: string): boolean {
  const m = COORDINATOR.exec(gap);
  if (!m) return false;
  const rest = gap.slice(m[0].length);
  // The auxiliaries before the verb belong to it: "appointments and some elective procedures had been cancelled".
  // So does the date they were booked for: "surgical cases and all scans scheduled for Monday have been cancelled".
  const nouns = rest.replace(AUXILIARIES_AT_END, "");
  const booked = nouns.includes(" for ") || nouns.includes(" on ") ? nouns.replace(BOOKED_FOR_AT_END, "") : nouns;
  return booked.trim().split(/\s+/).length <= 4 && !crosses(rest);
}
const AUXILIARIES_AT_END = /(?:\s+(?:had|have|has|been|were|was|are|is|being|be|will|would))+\s*$/i;
const BOOKED_FOR_AT_END = /\s+(?:scheduled|planned|booked|due|set) (?:for|on)(?: \S+){1,3}\s*$/i;

// A place or name set off by commas inside a noun group: "the pharmacy at X Hospital in Castlebar, Co Mayo, has closed".
const NAME_APPOSITION = /,\s(?:Co\.? )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3},\s/g;
// Two places joined inside a noun group: "appointments at Arrowe Vale Hospital and Kestrel Hospital were cancelled".
const NAMES_JOINED = /\s[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} and [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?=\s)/g;
// Two places joined inside the subject's place phrase: "appointments at its outpatient offices and imaging centers are
// being rescheduled", "tests at the lab and its two urgent care sites".
const PLACE_NOUN = String.raw`(?:offices?|clinics?|cent(?:er|re)s?|sites?|locations?|hospitals?|practices?|facilit(?:y|ies)|departments?|units?|labs?|laborator(?:y|ies)|pharmac(?:y|ies)|branch(?:es)?|surger(?:y|ies))`;
const PLACES_JOINED = new RegExp(
  String.raw`\s(?:at|in|across|from)\s(?:(?:its|our|their|the|all|some|both|several)\s)?(?:[\w'-]+\s){0,2}?${PLACE_NOUN}\sand\s(?:(?:its|our|their|the)\s)?(?:[\w'-]+\s){0,2}?${PLACE_NOUN}(?=\s)`,
  "gi",
);
// An aside set off by commas between a subject and its verb: a list of what the subject takes in ("Customers' data, tax
// details included, was leaked", "The files, including passport scans, were posted") or its source ("Appointments, the
// trust said, were cancelled").
const SUBJECT_ASIDE =
  /,\s(?:(?:including|such as|among them|notably|according to)\s[^,;:.()]{1,90}?|[^,;:.()]{1,60}?\s(?:included|among them|among others|alike|said|says|confirmed|added|reported)),\s/gi;
// How far before its verb a noun is looked for when an aside may stand between them (the aside's 60 characters and more).
const ASIDE_REACH = 140;
// The data as the object of a relative clause whose subject is the attackers: "The data, which a threat actor
// advertised for sale on a forum, covers", "files that the gang posted".
const RELATIVE_OBJECT = /^,?\s+(?:which|that)\s+(?:\S+\s+){0,3}?$/i;
const leakedByRelative = (gap: string) => RELATIVE_OBJECT.test(gap) && ATTACKER_SIDE.test(gap);
const LINK_TO = /^\s+(?:an? |the )?(?:download )?links? (?:(?:pointing|leading|going) )?(?:to|for)(?=\s)/i;
// An object the attackers name in their own words: "put what it says are 1TB of files up for auction", "leaked what
// the gang claims is patient data". The reported relative stands for the thing it names.
const WHAT_IT_SAYS =
  /^\s+what (?:it|they|the (?:gang|group|hackers|attackers|criminals)) (?:says?|said|claims?|claimed|calls?|called|describes? as|described as)(?: (?:are|is|were|was))?(?=\s)/i;
// Where data was put, told before the data in the order translated news keeps ("published on the dark web the data
// stolen from the hospital"): read as no part of the object.
const WHERE_PUT_FIRST =
  /^\s+(?:online|on (?:the |a |its |their )?(?:dark ?web|darknet|internet|web|leak (?:site|blog)|(?:\S+ )?forum|telegram))(?=\s)/i;

// "...; some had already been postponed": a quantifier standing for the noun of the clause before the semicolon.
const ELLIPSIS_REACH = 160;
const ELLIPTICAL_SUBJECT =
  /;\s+(?:some|many|most|several|others|dozens|hundreds)(?: of them)?\s+(?:(?:had|have|has|were|was|are)\s+)?(?:already\s+)?(?:been\s+)?$/i;
// "of the ASST Rhodense, the health authority that runs ..., have been": a named owner, its apposition set off by commas
// (a list inside it keeps its own), and the subject's auxiliary.
const OWNER_APPOSED_REACH = 200;
const OWNER_APPOSED =
  /^\s+(?:of|at)\s+(?:the\s+)?[A-Z][^,;:.()]{0,60},\s+(?:the|an?)\s[^;:.()]{1,160}?,\s+(?:(?:has|have|had)\s+been|was|were|is|are|remain(?:s|ed)?)\s+$/;

interface Hit {
  start: number;
  end: number;
}

function collect(r: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  r.lastIndex = 0;
  for (let m = r.exec(text); m; m = r.exec(text)) {
    // "IT" the department, not the pronoun "it".
    if (m[0] === "it" || m[0] === "It") continue;
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) r.lastIndex++;
  }
  return out;
}

// A sentence's group openings, found on first use by whichever effect needs them first.
interface SentenceOpenings {
  sentence: Sentence;
  openings: number[] | null | undefined;
  phrases: number[] | null | undefined;
}

// collect() for a noun or verb group, tried only at its openings in `text` (`openings` null: the text whole).
function collectGroup(g: Group, text: string, openings: readonly number[] | null): Hit[] {
  if (!g.sticky || !openings) return collect(g.re, text);
  const out: Hit[] = [];
  for (const m of matchesOpening(g.re, g.sticky, text, openings, g.bit))
    if (m[0] !== "it" && m[0] !== "It") out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// Advice is no report: the effect as what others are told to do, "experts advise other firms to turn off RDP", "urged
// clinics to take exposed servers offline".
// Staff "advised to use paper" did so: the fallback to paper is a report.
const ADVISED_TO = /\b(?:advis|recommend|urg|encourag)(?:e|es|ed|ing|s)? (?:\S+ ){0,3}?to(?: \S+){0,3}?\s*$/i;

// A relative clause that sorts the subject by urgency negates the adjective, not the effect: "Operations that were not
// urgent were postponed".
const NOT_URGENT_RELATIVE =
  /\s(?:that|which) (?:are|were|is|was) not (?:deemed |considered )?(?:urgent|essential|critical|time-critical|time-sensitive|life-threatening|life-saving|an emergency|emergencies)(?=\s)/gi;
// A pair or phrase at [start, end) is an effect that happened unless a negation or a modal governs its clause.
function happened(text: string, start: number, gap: string, type: ImpactType): boolean {
  const before = head(text, start, type === "data-leaked" ? 10 : 6);
  if (
    NEGATION.test(before) ||
    NEGATION.test(gap.replace(NOT_URGENT_RELATIVE, " ")) ||
    (type !== "paper-records" && ADVISED_TO.test(before))
  )
    return false;
  return !modal(`${before} ${text.slice(start, start + 16)}`, before.length) && !modal(gap, gap.length);
}

// News about the attack is no leak of data: "details of the breach were made public", "a screenshot posted as proof".
const NOT_LEAKED = /\b(?:screenshots?|thumbnails?|proof|memes?|soon)\b/i;
const ABOUT_ATTACK =
  /^\s(?:of|about|on) (?:the |this |its |their )?(?:\S+ )?(?:breach|incident|attack|hack|investigation)/i;

// "Operations" on its own is as often the business as surgery: it counts only when cancelled or postponed outright, and
// not as "business operations" or "care operations" (README: "operations" disrupted is not enough).
const OUTRIGHT =
  /^(?:cancel|postpon|resched|defer|put off|call|delay|held up|hold|on hold|on pause|pushed back|could|couldn't|cannot|can't|did|didn't|were unable|was unable)/i;
const BUSINESS =
  /\b(?:business|financial|normal|daily|day-to-day|care|company|network|commercial|manufacturing|its|clinical and financial)\s+$/i;

// Systems and sites of the attackers, taken down by the police, are not the victim's: "the gang's leak site was shut down".
const HOSTILE_OWNER =
  /\b(?:leak|dark ?web|darknet|tor|gang'?s?|group's|criminals'?|hackers'|attackers'|forum|extortion|ransomware)\s+(?:\S+\s+)?$/i;
// A medical or physician group's network, phones or email are its own ("the group's computer network was down"); a
// gang's kit taken down by the police is its leak site, servers or infrastructure.
const GROUPS_OWN = /\bgroup's\s+(?:\S+\s+)?$/i;
const OFFICE_KIT = /^(?:networks?|phones?|phone lines?|e-?mails?|computers?)$/i;
const VICTIM_SIDE = phrases([
  String.raw`hospital`,
  String.raw`trust`,
  String.raw`clinic`,
  String.raw`company`,
  String.raw`health system`,
  String.raw`organi[sz]ation`,
  String.raw`provider`,
  String.raw`practice`,
  String.raw`officials?`,
  String.raw`spokes\w+`,
  String.raw`authorit\w+`,
  String.raw`police`,
  String.raw`regulators?`,
  String.raw`it`,
  String.raw`we`,
]);
const ATTACKER_SIDE = phrases([
  String.raw`gang`,
  String.raw`group`,
  String.raw`hackers?`,
  String.raw`attackers?`,
  String.raw`criminals?`,
  String.raw`cybercriminals`,
  String.raw`actors?`,
  String.raw`crooks`,
  String.raw`they`,
  String.raw`operators?`,
  String.raw`affiliates?`,
  String.raw`extortionists?`,
]);
const BY_VICTIM =
  /^\s+by (?:the |its |a )?(?:hospital|trust|clinic|company|health system|organi[sz]ation|provider|practice|officials?|authorit\w+|police|regulators?|department|ministry|researchers?|analysts?|journal|report|study|survey)\b/i;

const PUT_AT_RISK = /^put/i;
const PRICE_OF =
  /\b(?:payments?|ransoms?|fees?|money|sums?|pay|paid|paying|charg(?:e|es|ed|ing))\b[^.;]{0,30}?\sfor\s+(?:both\s+|either\s+|even\s+)?$/i;
// Leaking, dumping and selling data are never a victim's notice, whatever the pronoun: "It has begun leaking that data".
const ATTACKERS_VERB = /^(?:leak|dump|sell|sold|auction)/i;
const AT_RISK_AFTER = /^[^.;]{0,60}?\b(?:at risk|in danger|in jeopardy)\b/i;
const ATTACKER_VENUE =
  /\b(?:leak (?:site|blog|page|portal)s?|dark ?web|darknet|extortion (?:site|portal|blog)s?|(?:hacking|criminal) forums?)\b/i;

const SHUT_SYSTEMS = re(
  String.raw`^\s+(?:down\s+|off\s+)?(?:(?:its|their|the|all|some|his|her|our|most|much of)\s+(?:[^\s,;:.]+\s+){0,2}?)?(?:systems?|networks?|servers?|computers?|e-?mails?|phones?|phone lines|websites?|portals?)\b`,
  "i",
);
const ONE_PERSONS = /\b(?:her|his|(?:the|a|one) (?:patient|woman|man|child|girl|boy|baby|mother)'s)\s+$/i;

// A field a tracker answers in the negative: "Data published: no", "Systems encrypted: none yet".
const FIELD_ANSWERED_NO = /^:\s*(?:no|none|false|not yet)\b/i;

function vetoed(type: ImpactType, text: string, start: number, end: number, noun: Hit, verb: Hit): boolean {
  if (text.charCodeAt(end) === 58 && FIELD_ANSWERED_NO.test(text.slice(end, end + 12))) return true;
  if (type === "operations-cancelled" && /^operations$/i.test(text.slice(noun.start, noun.end))) {
    return (
      !OUTRIGHT.test(text.slice(verb.start, verb.end)) ||
      BUSINESS.test(text.slice(Math.max(0, noun.start - 30), noun.start))
    );
  }
  const owner = text.slice(Math.max(0, noun.start - 30), noun.start);
  // One person's treatment started late is that patient's story (a diversion's delay), not procedures postponed:
  // "delaying her treatment by an hour".
  if (
    type === "operations-cancelled" &&
    ONE_PERSONS.test(owner) &&
    /^treatment$/i.test(text.slice(noun.start, noun.end))
  )
    return true;
  if (
    (type === "systems-offline" || type === "services-closed") &&
    HOSTILE_OWNER.test(owner) &&
    !(GROUPS_OWN.test(owner) && OFFICE_KIT.test(text.slice(noun.start, noun.end)))
  )
    return true;
  // "Health centers shut network after intrusion": a closing verb with a systems object is transitive, and the noun
  // before it the one who shut something, not a service closed.
  if (type === "services-closed" && verb.start > noun.start && SHUT_SYSTEMS.test(text.slice(verb.end, verb.end + 60)))
    return true;
  // "Services" closed is care closed; online, IT or billing services are systems, not care.
  if (
    type === "services-closed" &&
    /^services?$/i.test(text.slice(noun.start, noun.end)) &&
    /\b(?:online|digital|web|it|e-?mail|phone|payment|billing|business|support)\s+$/i.test(owner)
  )
    return true;
  if (type !== "data-leaked") return false;
  if (NOT_LEAKED.test(text.slice(start, end)) || ABOUT_ATTACK.test(text.slice(noun.end, noun.end + 40))) return true;
  // A release the money is asked for is what a payment buys, not a leak: "ransom payments both for releasing the data".
  if (
    PRICE_OF.test(text.slice(Math.max(0, verb.start - 60), verb.start)) &&
    /ing$/i.test(text.slice(verb.start, verb.end))
  )
    return true;
  // Data "put ... at risk" is in danger, not published: "failings that put the records of 9,000 people at risk".
  if (PUT_AT_RISK.test(text.slice(verb.start, verb.end)) && AT_RISK_AFTER.test(text.slice(end, end + 60))) return true;
  // Who published: the victim or the authorities releasing details is no leak ("information released by the trust").
  // What goes onto a leak site or the dark web is the attackers' doing whatever the subject's word: "It has posted
  // spreadsheets ... on its dark web leak site", where "it" is the gang of the sentence before.
  const after = text.slice(end, end + 40);
  if (verb.start < noun.start)
    return (
      !ATTACKERS_VERB.test(text.slice(verb.start, verb.end)) &&
      VICTIM_SIDE.test(head(text, verb.start, 6)) &&
      !ATTACKER_SIDE.test(head(text, verb.start, 6)) &&
      !ATTACKER_VENUE.test(text.slice(end, end + 100))
    );
  return BY_VICTIM.test(after);
}

// `phraseGates` are the sentence's PHRASE_GATES bits; `pairGate` is true when it holds a noun and a verb of the effect.
function findEffect(
  type: ImpactType,
  phrases: readonly {
    re: RegExp;
    context: RegExp | undefined;
    unless: RegExp | undefined;
    bits: number;
    group: Group;
  }[],
  text: string,
  phraseGates: number,
  pairGate: boolean,
  read: SentenceOpenings,
): Hit | null {
  for (const p of phrases) {
    if ((phraseGates & p.bits) !== p.bits || (p.context && !p.context.test(text))) continue;
    const openings = read.phrases === undefined ? (read.phrases = PHRASE_OPENINGS.findIn(read.sentence)) : read.phrases;
    for (const h of collectGroup(p.group, text, openings))
      if (
        happened(text, h.start, "", type) &&
        !(type === "data-leaked" && NOT_LEAKED.test(text.slice(h.start, h.end))) &&
        !(p.unless && p.unless.test(head(text, h.start, 8)))
      )
        return h;
  }
  if (!pairGate) return null;
  const groups = GROUPS_OF[type];
  const openings = read.openings === undefined ? (read.openings = GROUPS.findIn(read.sentence)) : read.openings;
  // The rarer side is read first, so a sentence without it costs one pattern: the nouns, except for systems, whose
  // nouns ("it", "site", "records") are in most sentences and whose verbs are not.
  const verbsFirst = type === "systems-offline";
  let nouns: Hit[] = [];
  if (!verbsFirst && (nouns = collectGroup(groups.nouns, text, openings)).length === 0) return null;
  const afters = collectGroup(groups.after, text, openings);
  const befores = collectGroup(groups.before, text, openings);
  if (afters.length === 0 && befores.length === 0) return null;
  if (verbsFirst && (nouns = collectGroup(groups.nouns, text, openings)).length === 0) return null;
  // Noun first, then its verb or adjective within 60 characters of the same clause ("operations were cancelled"), an
  // aside set off by commas not counted ("the websites of nine hospitals, among them A and B in C, went down").
  let i = 0;
  for (const v of afters) {
    while (i < nouns.length && nouns[i]!.end < v.start - ASIDE_REACH) i++;
    for (let j = i; j < nouns.length && nouns[j]!.end <= v.start; j++) {
      const gap = text.slice(nouns[j]!.end, v.start);
      if (gap.length > 60 && (!gap.includes(",") || gap.replace(SUBJECT_ASIDE, " ").length > 60)) continue;
      if (
        crosses(gap) &&
        !coordinated(gap) &&
        !(type === "data-leaked" && leakedByRelative(gap)) &&
        (!gap.includes(",") || crosses(gap.replace(NAME_APPOSITION, " ").replace(SUBJECT_ASIDE, " "))) &&
        (!gap.includes(" and ") || crosses(gap.replace(NAMES_JOINED, " ").replace(PLACES_JOINED, " ")))
      )
        continue;
      if (happened(text, nouns[j]!.start, gap, type) && !vetoed(type, text, nouns[j]!.start, v.end, nouns[j]!, v))
        return { start: nouns[j]!.start, end: v.end };
    }
  }
  // The subject's owner and a long apposition of it before the verb: "The computer systems of the X, the health authority
  // that runs the hospitals of A, B and C, have been out of service". Only nouns the reach above left out are read.
  i = 0;
  for (const v of afters) {
    while (i < nouns.length && nouns[i]!.end < v.start - OWNER_APPOSED_REACH) i++;
    for (let j = i; j < nouns.length && nouns[j]!.end < v.start - 60; j++) {
      const gap = text.slice(nouns[j]!.end, v.start);
      if (!OWNER_APPOSED.test(gap)) continue;
      if (happened(text, nouns[j]!.start, gap, type) && !vetoed(type, text, nouns[j]!.start, v.end, nouns[j]!, v))
        return { start: nouns[j]!.start, end: v.end };
    }
  }
  // An elliptical subject after a semicolon stands for the noun before it: "Planned operations would take place only
  // where ...; some had already been postponed".
  for (const v of afters) {
    const from = Math.max(0, v.start - 40);
    const m = ELLIPTICAL_SUBJECT.exec(text.slice(from, v.start));
    if (!m) continue;
    const semicolon = from + m.index;
    const noun = nouns.find((n) => n.end <= semicolon && n.start >= semicolon - ELLIPSIS_REACH);
    if (noun && happened(text, semicolon + 1, "", type) && !vetoed(type, text, semicolon + 1, v.end, noun, v))
      return { start: semicolon + 1, end: v.end };
  }
  // Verb first, then its object within five words ("cancelled all elective surgery").
  let k = 0;
  for (const v of befores) {
    while (k < nouns.length && nouns[k]!.start < v.end) k++;
    for (let j = k; j < nouns.length && nouns[j]!.start - v.end <= LIST_REACH; j++) {
      const gap = text.slice(v.end, nouns[j]!.start);
      // A noun of disruption takes "to" before what it hits: "delays to cancer treatment".
      const nominal = NOMINAL.test(text.slice(v.start, v.end)) && /^\s+to\s/i.test(gap);
      // "released a link to the stolen information": the link stands for what it points to.
      const linked = gap.replace(LINK_TO, " ").replace(WHAT_IT_SAYS, " ");
      const object = type === "data-leaked" ? linked.replace(WHERE_PUT_FIRST, " ") : linked;
      // A quantity may open the object and be glossed after it: "posted almost 400 gigabytes of what it says is X data".
      const near = nouns[j]!.start - v.end <= 45;
      const direct =
        (near || QUANTITY.test(object)) && (nominal || OBJECT_GAP.test(object)) && shortObject(object, near);
      if (!direct && !listedObject(gap, text.slice(nouns[j]!.end, nouns[j]!.end + 16))) continue;
      if (happened(text, v.start, gap, type) && !vetoed(type, text, v.start, nouns[j]!.end, nouns[j]!, v))
        return { start: v.start, end: nouns[j]!.end };
    }
  }
  return null;
}

// An object of at most seven words once an opening quantity and the gang's gloss are left out, and, when its verb is
// far, of at most 45 characters.
function shortObject(object: string, near: boolean): boolean {
  const core = object.replace(QUANTITY, "").replace(WHAT_IT_SAYS, " ");
  return (near || core.length <= 45) && core.split(/\s+/).length <= 7;
}

/**
 * Whether a text speaks of an earlier or another incident, in words the shared background cues leave to the fields:
 * "in a 2019 attack", "a previous breach", "a separate incident", "two years ago". `text` opens `s`'s text.
 */
export function aboutAnotherIncident(text: string, s: Sentence): boolean {
  const hits = ANOTHER_GATES.hits(s);
  if (hits & ANOTHER_GATES.bit.another && ANOTHER_INCIDENT.test(text)) return true;
  if ((hits & DATED_BITS) !== DATED_BITS) return false;
  const dated = DATED_ATTACK.exec(text);
  return !!dated && !PENALISED.test(text.slice(0, dated.index));
}
// "after a 2019 attack" dates another incident, unless the text punishes that attack: a fine, settlement or lawsuit
// "over a 2023 ransomware attack" reports the attack it is about.
const DATED_ATTACK =
  /\b(?:in|during|after|since) (?:a|an|the|its|their) (?:19|20)\d\d (?:\S+ )?(?:attack|incident|breach|hack)/i;
const PENALISED =
  /\b(?:fine[ds]?|fining|penalt(?:y|ies)|penalised|penalized|settle\w*|su(?:ed|es|ing)|lawsuits?|class[- ]action|reprimand\w*|ordered to pay|enforcement notice)\b/i;
const ANOTHER_INCIDENT = phrases([
  String.raw`(?:previous|earlier|prior|past) (?:\S+ )?(?:attacks?|incidents?|breach(?:es)?|hacks?)`,
  String.raw`an? (?:separate|similar|different|unrelated) (?:\S+ )?(?:attack|incident|breach)`,
  String.raw`(?:two|three|four|five|several|\d+) years ago`,
  // "a ransomware attack on the same health system forced it to divert ambulances": the victim's earlier incident.
  String.raw`(?:attack|incident|breach|hack)s? (?:on|against|at|targeting) the same\b`,
]);
// The words ANOTHER_INCIDENT and DATED_ATTACK cannot match without (keep them in step): most sentences hold none. A word
// the pattern may read cut short where `text` ends ("ago", "same", the attack noun) is listed as a stem.
const ANOTHER_GATES = wordGates({
  another: "previous earlier prior past separate similar different unrelated ago* same*",
  year: "#",
  attack: "attack* incident* breach* hack*",
});
const DATED_BITS = ANOTHER_GATES.bit.year | ANOTHER_GATES.bit.attack;
// An attack on another body is another incident: "Last month's attack on nearby Redgate Hospital forced it to divert".
const ON_ANOTHER =
  /\b(?:(?:attack|incident|breach|hack)s? on (?:the |an? )?(?:nearby|neighbou?ring|another|other|a different|a separate)|(?:unlike|reminiscent of|similar to|echoing|mirroring|recalling) (?:the|its|an?) (?:\S+ )?(?:attack|incident|breach|hack|strike))\b/i;

// Another incident told by its distance in time from this one: "The attack comes a year after X diverted ambulances".
const TIME_APART =
  /\b(?:comes?|came|follows?|followed) (?:just |only |barely |almost |nearly )?(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+) )?(?:days?|weeks?|months?|years?) after\b/i;
// A sentence set in a stated year tells another incident when the attack it names is a new one ("In 2021 the hospital
// diverted ambulances after a ransomware attack"), not this one ("In 2024 the attack took NHS 111 offline").
const OPENS_IN_YEAR =
  /^(?:in|back in|during) (?:(?:early|late|mid-?)\s?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d\b/i;
const THIS_INCIDENT =
  /\b(?:the|this|that|its|last (?:week|month)'s) (?:\S+ )?(?:cyber-?\s?attack|attack|incident|breach|hack|outage)\b/i;
// A headline's bare infinitive is its future: "Hospital to take records system offline", unless something made it so
// ("Attack forces trust to cancel operations", "Hospital has to divert ambulances").
const HEADLINE_TO =
  /\bto (?:take|shut|close|cancel|postpone|divert|suspend|halt|pause|delay|stop|switch|turn|reschedule|defer|move|put|go|keep|publish|leak|release)\b/i;
const MADE_TO =
  /\b(?:forc\w*|ha[sd]|have|having|needs?|needed|left|leaves|prompt\w*|caus\w*|led|leads?|unable|able|told|ask\w*|order\w*|decid\w*|chose|choos\w*|opt\w*|agree\w*|compel\w*|push\w*|made|makes?|began|begins?|started|starts?)\b/i;
// The same future in the passive: "Medibank data to be released within a day".
const HEADLINE_TO_BE = /\bto be (?:\w+ )?\w+(?:ed|en)\b/i;
const headlinePlan = (s: Sentence, end: number) => {
  if (!s.inTitle) return false;
  const m = HEADLINE_TO.exec(s.text.slice(0, end)) ?? HEADLINE_TO_BE.exec(s.text.slice(0, end));
  return !!m && !MADE_TO.test(s.text.slice(0, m.index));
};

/**
 * Effects of this incident on care, in the README's order, each with the sentence that supports it. `attackTypes` lets
 * a database left open by a misconfiguration, with nothing stolen, stay out of `data-leaked`.
 */
export function extractImpact(
  sentences: Sentence[],
  attackTypes: readonly AttackType[] = [],
): { impact: ImpactType[]; evidence: Map<ImpactType, { start: number; end: number; sentence: Sentence }> } {
  const evidence = new Map<ImpactType, { start: number; end: number; sentence: Sentence }>();
  const exposedOnly = attackTypes.includes("misconfiguration") && !attackTypes.includes("data-theft");
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    const pairs = PAIR_GATES.hits(s);
    const nouns = NOUN_GATES.hits(s);
    const phraseGates = PHRASE_GATES.hits(s);
    if ((pairs === 0 || nouns === 0) && phraseGates === 0) continue;
    const read: SentenceOpenings = { sentence: s, openings: undefined, phrases: undefined };
    for (const { type, bit, phrases, nounBit } of EFFECT_GATES) {
      if (evidence.has(type)) continue;
      if (type === "data-leaked" && exposedOnly) continue;
      const pairGate = (pairs & bit) !== 0 && (nouns & nounBit) !== 0;
      const hit = findEffect(type, phrases, s.text, phraseGates, pairGate, read);
      if (!hit) continue;
      // Another incident named before the effect is what the effect belongs to: "In a 2019 attack, it diverted ...".
      const before = s.text.slice(0, hit.end);
      if (
        aboutAnotherIncident(before, s) ||
        TIME_APART.test(before) ||
        ON_ANOTHER.test(before) ||
        headlinePlan(s, hit.end) ||
        (type === "data-leaked" && WARNED_AFTER.test(s.text.slice(hit.end)))
      )
        continue;
      if (OPENS_IN_YEAR.test(s.text) && !THIS_INCIDENT.test(s.text)) continue;
      evidence.set(type, { start: s.start + hit.start, end: s.start + hit.end, sentence: s });
    }
  }
  if (!evidence.has("data-leaked") && !exposedOnly) {
    const leak = leakedPronoun(sentences);
    if (leak) evidence.set("data-leaked", leak);
  }
  // A stated absence outranks an outage read only from a restoration: "restoring its systems the same day ... 'We had
  // no downtime'".
  const offline = evidence.get("systems-offline");
  if (
    offline &&
    RESTORED_ONLY.test(
      offline.sentence.text.slice(offline.start - offline.sentence.start, offline.end - offline.sentence.start),
    ) &&
    sentences.some((s) => !s.background && !s.generic && !s.boilerplate && NO_DOWNTIME.test(s.text))
  )
    evidence.delete("systems-offline");
  return { impact: IMPACT_TYPES.filter((t) => evidence.has(t)), evidence };
}
// The attackers' venues PRONOUN_LEAK's posting verbs need, in both their readings below (ATTACKER_VENUE, read after a
// leak pair, also takes plurals and forums).
const PRONOUN_LEAK_VENUE = String.raw`(?:leak (?:site|blog|page|portal)|dark ?web|darknet|extortion (?:site|portal|blog))`;
// The data as a pronoun, named earlier in its sentence: "says it holds the clinic's data and has begun leaking it",
// "stole records and posted them on a leak site". Only the attackers' verbs, or a posting verb with the attackers'
// venue: a victim "posted it" or "released it" is a notice, and a leak "to the press" is a source's.
// The same with a relative pronoun for the data, the attackers its subject: "3.5 GB of data, including patients' names
// and appointments, which it then published on its leak site". Posting or publishing needs the attackers' venue (a
// trust "published" its own notice).
// A share of the data before the pronoun: "some of it", "a first part of it", "a large portion of them".
const LEAK_PART = String.raw`(?:(?:a |the )?(?:first |second |further |large |small |big )?(?:part|portion|batch|tranche|chunk) of |some of |all of |most of )?`;
const PRONOUN_LEAK = re(
  String.raw`\b(?:put|posted|published|released|uploaded) ${LEAK_PART}(?:it|them) (?:online\b|(?:\S+ ){0,2}?(?:on|onto|to) (?:its|their|a|the) (?:\S+ )?${PRONOUN_LEAK_VENUE}\b)|\b(?:offer(?:ed|ing|s)?|put(?:ting)?) ${LEAK_PART}(?:it|them) (?:up )?for (?:sale|auction)\b|\b(?:leak(?:ed|ing|s)?|dump(?:ed|ing|s)?|sold|sell(?:ing|s)?|auction(?:ed|ing|s)?) ${LEAK_PART}(?:it|them)\b(?! to (?:the )?(?:press|media|reporters|journalists|a (?:newspaper|reporter|journalist)))|\b(?:which|that) (?:it|they|the (?:gang|group|hackers|attackers|criminals)) (?:(?:then|later|subsequently|also|has|have|had|allegedly|reportedly) ){0,2}?(?:leaked|dumped|sold|auctioned|(?:published|posted|released|uploaded|put)(?= (?:\S+ ){0,3}?(?:on|onto|to) (?:its|their|a|the) (?:\S+ )?${PRONOUN_LEAK_VENUE}))\b|\b(?:some|part|all|most|much) of (?:it|them) (?:has|have|had|was|were) (?:since |now |already |also )?been (?:published|posted|leaked|dumped|released|uploaded|sold|auctioned|put online)\b|\b(?:begun|began|started) (?:to )?(?:post(?:ing)?|publish(?:ing)?|leak(?:ing)?|dump(?:ing)?|releas(?:e|ing)|upload(?:ing)?) ${LEAK_PART}(?:it|them)\b`,
);
// PRONOUN_LEAK's words (keep them in step with it): a posting verb and "it" or "them" with "online" or the attackers'
// venue ("has put part of them online", "posted them on a leak site"), or a leaking verb ("offered it for sale", "put them
// up for sale" among them) and "it" or "them", for the first alternatives; a relative pronoun and a leaking verb, or a posting verb with the attackers' venue, for the
// relative; a part of the pronoun and a leaking or posting verb for the passive ("some of it has been published"); a
// verb of starting and the pronoun for a leak under way ("has begun posting them", "started to publish it").
const PRONOUN_LEAK_GATE = wordGates({
  start: "begun began started",
  leakVerb: "leak* dump* sold sell* auction* offer offered offering offers put putting",
  pronoun: "it them",
  relative: "which that",
  postVerb: "published posted released uploaded put",
  venue: "leak dark darkweb darknet extortion",
  online: "online",
  part: "some part all most much",
});
// Whether a sentence's gates let PRONOUN_LEAK match in it.
function mayLeakPronoun(s: Sentence): boolean {
  const g = PRONOUN_LEAK_GATE.hits(s);
  const { leakVerb, pronoun, relative, postVerb, venue, online, part, start } = PRONOUN_LEAK_GATE.bit;
  const has = (bits: number) => (g & bits) === bits;
  return (
    (has(pronoun) &&
      (has(leakVerb) || has(postVerb | online) || has(postVerb | venue) || has(part | postVerb) || has(start))) ||
    (has(relative) && (has(leakVerb) || has(postVerb | venue)))
  );
}
const INFINITIVE_BEFORE = /\bto\s+$/i;
const HABIT = /\b(?:often|usually|typically|normally|generally|commonly|routinely|frequently|tend to)\b/i;
const LEAK_ANTECEDENT = re(String.raw`\b(?:${DATA})\b`, "i");
function leakedPronoun(sentences: Sentence[]): { start: number; end: number; sentence: Sentence } | null {
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate || !mayLeakPronoun(s)) continue;
    PRONOUN_LEAK.lastIndex = 0;
    for (let m = PRONOUN_LEAK.exec(s.text); m; m = PRONOUN_LEAK.exec(s.text)) {
      if (!LEAK_ANTECEDENT.test(s.text.slice(0, m.index)) || !happened(s.text, m.index, "", "data-leaked")) continue;
      // "copy data to sell it", "often leak them": a purpose or a habit, not a leak of this incident.
      if (
        INFINITIVE_BEFORE.test(s.text.slice(Math.max(0, m.index - 4), m.index)) ||
        HABIT.test(head(s.text, m.index, 8))
      )
        continue;
      if (aboutAnotherIncident(s.text.slice(0, m.index + m[0].length), s)) continue;
      return { start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s };
    }
  }
  return null;
}
// A leak told as the attackers' warning, the verb after it: "Records released soon, hackers warn".
const WARNED_AFTER = /^[^.;:]{0,60}?,\s+(?:\S+\s+){0,3}?(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\b/i;
const RESTORED_ONLY = /\b(?:restor\w*|back|again)\b/i;
const NO_DOWNTIME =
  /\b(?:no|without (?:any )?)\s?(?:\S+\s)?(?:downtime|outages?)\b|\b(?:never|not) (?:went|gone|been|were|was) (?:down|offline)\b/i;

// Victim type: cue phrases from data/org-cues.ts counted in the victims' names (strongest), the headline, sentences naming
// a victim and the rest of the text; ties go to the more specific type (order of VICTIM_TYPES).
import { beforeCustomers, customersAt, suppliesHealthcareIT } from "./victim-type-customers";
import { VICTIM_TYPES, type VictimType } from "../model/entities";
import { wordGates } from "./cue-gate";
import { VICTIM_TYPE_CUES, VICTIM_TYPE_OPENINGS } from "./data/org-cues";
import type { Sentence } from "./text";
import { ALIAS_AFTER, type VictimSpan } from "./victim";
import { phrases } from "./cue-list";
import { principalType } from "./victim-type-principal";
import { definiteAfter } from "./victim-anaphora";
import { matchesAt, wordOpenings } from "./openings";
import { matchesOpening, openingWords, stickyOf } from "./opening-words";
import { withoutBracketTail } from "./bracket-tail";
import { lastWords } from "./last-words";

// Weight of one cue by type: "hospital" is named in most health news (as the place where care suffered) and
// "other-healthcare" is the fallback wording, so both need more evidence than a specific type such as "dental".
const TYPE_WEIGHT: Partial<Record<VictimType, number>> = { hospital: 0.7, "other-healthcare": 0.3, clinic: 0.9 };
// ... except where the other-healthcare cue names a kind of body no slug covers ("a blood bank", "a plasma collector").
const OTHER_KIND = /\b(?:blood|plasma)\b/i;
// A cue right after an attack verb names the victim ("an attack targeting an IT services provider") ...
const ATTACKED_BEFORE =
  /\b(?:attack(?:s|ed)? on|targeting|targeted|hit|struck|breach at|breached|compromised|victim(?:s)? (?:was|were|is)|target (?:of the attack )?was)\s+(?:(?:a|an|the|its|one|two|three|several)\s+)?(?:[\p{L}\-]+\s+){0,3}$/iu;
// "the 300-bed hospital", "a 120-bed nursing home": a bed count describes the facility the text is about ...
const BEDS_BEFORE = /\b\d[\d,]*-bed\s+(?:[\p{L}\-]+\s+){0,2}$/iu;
// Every bed count holds "-bed": a plain search passes over the contexts without one.
const BEDS_HINT = /-bed/i;
const BEDS = 4;
// "its insurer", "their insurers", "the centre's cyber insurer", "its pathology systems": a body or department the victim
// has is not what the victim is. Plural facilities it has ("its 74 clinics", "its pharmacies") still describe what it runs,
// and a hospital's parts ("its emergency department") say it is one.
const POSSESSED_BEFORE = /(?:\b(?:its|their|your|his|her)|\b\p{Ll}[\p{L}\-]*'s?)\s+(?:[\p{L}\-]+\s+){0,1}$/u;
// A victim's possessive ("Prairie Bend Medical Center's cyber insurer"), not a place's ("Florida's health department").
const NAME_POSSESSIVE_BEFORE = /(\p{L}[\p{L}\-]*)'s\s+(?:[\p{L}\-]+\s+){0,1}$/u;
const POSSESSED_HINT = /\b(?:its|their|your|his|her)\s|'s?\s/i;
const OTHERS_BEFORE = /\b(?:their|your|his|her)\s+(?:[\p{L}\-]+\s+){0,1}$|s'\s+(?:[\p{L}\-]+\s+){0,1}$/iu;
const POSSESSED = 0.3;
// "which operates 74 clinics": a bare "clinics" is the generic word for the sites of a dental group, an imaging chain or a
// therapy practice whose own name says which kind; it counts little beside such a name.
const BARE_CLINIC = /^clinics?$/i;
const GENERIC_CLINIC = 0.2;
// "eight family medicine clinics", "30 dental clinics": the words before a bare "clinics" say which kind they are.
const KIND_BEFORE = new RegExp(
  String.raw`(?:${(
    [
      "primary-care",
      "dental",
      "mental-health",
      "imaging",
      "laboratory",
      "pharmacy",
      "care-home",
      "cosmetic-surgery",
    ] as const
  )
    .map((t) => VICTIM_TYPE_CUES[t].source)
    .join("|")})[\s-]+$`,
  "i",
);
// "drugmaker Dr Reddy's Laboratories", "pathology chain X", "the cosmetic surgery clinic X": a descriptor right before
// the name, with its noun phrase, says what the victim is as an apposition after it does.
const DESCRIPTOR_BEFORE =
  /(?<![\p{L}'’])((?:(?!(?:of|on|at|in|by|for|to|from|with|and|or|the|a|an|its|their|that|which|hit|hits|struck|attack\w*|said|says|after|before)\b)[\p{L}\-]+\s+){0,3}?(?:drugmakers?|company|firm|chain|provider|vendor|maker|manufacturer|group|insurer|operator|supplier|developer|distributor|giant|specialist|practice|network|charity|startup|clinic|hospital))\s+$/iu;
// The words DESCRIPTOR_BEFORE ends on (keep them in step with it).
const DESCRIPTOR_WORDS = new Set(
  "drugmaker drugmakers company firm chain provider vendor maker manufacturer group insurer operator supplier developer distributor giant specialist practice network charity startup clinic hospital".split(
    " ",
  ),
);
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/**
 * DESCRIPTOR_BEFORE run only on a text that can match it: one ending in whitespace after one of its words. Most names
 * follow no descriptor, and the pattern, tried at every character, cost more than the rest of a victim's reading. The
 * last word is read back over ASCII; any other character on the way leaves the pattern to decide.
 */
export function descriptorBefore(text: string): RegExpExecArray | null {
  let i = text.length;
  while (i > 0 && isAsciiSpace(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) >= 128) return DESCRIPTOR_BEFORE.exec(text);
  if (i === text.length) return null;
  let j = i;
  while (j > 0 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  if (j > 0 && text.charCodeAt(j - 1) >= 128) return DESCRIPTOR_BEFORE.exec(text);
  return DESCRIPTOR_WORDS.has(text.slice(j, i).toLowerCase()) ? DESCRIPTOR_BEFORE.exec(text) : null;
}
// The kinds a hospital itself can specialise in: "a psychiatric hospital", "X Dental Hospital". A bare "hospital" said of
// such a body ("X Psychiatric Medical Center, a prefectural hospital", "the psychiatric hospital X ... the hospital said")
// is its head, not a second kind.
const HOSPITAL_KINDS: VictimType[] = ["mental-health", "cosmetic-surgery", "dental"];
const HOSPITAL_KIND_BEFORE = new RegExp(
  String.raw`(?:${HOSPITAL_KINDS.map((t) => VICTIM_TYPE_CUES[t].source).join("|")})[\s-]+$`,
  "i",
);
const BARE_HOSPITAL = /^hospitals?$/i;
const SPECIFIC_IN_NAME: VictimType[] = [
  "dental",
  "imaging",
  "laboratory",
  "mental-health",
  "cosmetic-surgery",
  "pharmacy",
];
// ... and a cue after a supply verb names the victim's customers ("supplies data storage to nursing homes").
const CUSTOMER_BEFORE =
  /\b(?:(?:billing|claims|services?|software|work) for|on behalf of|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|sell(?:s|ing)?|deliver(?:s|ed|ing|y|ies)?|(?:supplier|vendor|provider|contractor|maker|developer)s? (?:of (?:\S+ ){1,4}?)?(?:to|for)|used by|customers? (?:include|such as)|clients? (?:include|such as)|rel(?:y|ies) on)\b[^.;]{0,60}$/i;
// Per type, the words its cue pattern cannot match without (see cue-gate.ts); keep them in step with VICTIM_TYPE_CUES.
// Each phrase is gated by its rarest word ("insurer" rather than "health" in "health insurer"), so the words of nearly
// every health news sentence ("it", "health", "care", "data") open few gates.
const TYPE_GATES = wordGates<VictimType>({
  // The phrases whose rarest word is common ("health system", "medical center", "NHS trust") open PAIRED_GATES below.
  hospital:
    "hospital* healthsystem* beds trauma emergency hopital hopitaux pital pitaux klinikum chu klinik* uniklinik* krankenhaus ospedal* azienda hospitalari* hospices ziekenhuis ysbyty cura asl ausl ulss asst",
  "cosmetic-surgery": "cosmetic plastic aesthetic rhinoplasty liposuction enhancement* augmentation* tummy facelift*",
  clinic:
    "surgeons specialists associates institute cardiologists dermatologists oncologists urologists neurologists gastroenterologists rheumatologists endocrinologists pulmonologists allergists clinic* klinik fertility orthop* physiotherap* chiropract* rehabilitation audiolog* optician* optometr* ophthalmolog* dialysis ent otolaryngolog*",
  "primary-care": "gp primary federally polyclinic* community",
  dental: "dental dentist* dentistry orthodont* tandv* tandarts zahnarzt* zahnklinik*",
  pharmacy: "pharmac* drugstore* chemist*",
  laboratory: "laborator* lab labs pathology blood testing diagnostics",
  imaging: "radiolog* teleradiolog* tele imaging mri pacs scanning",
  "mental-health":
    "mental behavioral behavioural psychiatric psychotherap* counseling counselling addiction substance guidance",
  "care-home": "nursing home homes long assisted social senior aged retirement memory hospice*",
  ambulance: "ambulance* ems paramedic* 999 911 111 emergency",
  insurer:
    "insur* bluecross blueshield blue plan plans payer* billing claims revenue benefit benefits coverage maintenance hmo hmos managed medicaid medicare",
  "health-it-vendor":
    "software provider supplier vendor company firm giant technology ehr emr electronic ai artificial analytics clearing* payment payments managed third claims shared prescri* transcription platform platforms",
  "pharma-medtech":
    "pharmaceutical* pharma biopharma drugmaker* drug device technology biotech* vaccine supplier* maker* manufacturer* distributor* surgical developer* medtech",
  "public-health": "department ministry agency public state",
  research: "research trial trials studies pharmacology",
  "other-healthcare": "healthcare provider medical blood plasma organ",
});
// The sentence's type gates that HOSPITAL_KIND_BEFORE cannot match without.
const HOSPITAL_KIND_BITS = TYPE_GATES.bit["mental-health"] | TYPE_GATES.bit["cosmetic-surgery"] | TYPE_GATES.bit.dental;
// The hospital, clinic and primary-care phrases made of two common words open their gate only when both words are there:
// "system" or "board" alone is in most news, "health system" is a hospital; "medical" alone, "medical group" a clinic.
const PAIRED_GATES = wordGates({
  health: "health healthcare",
  healthPart: "system systems board boards network region alliance executive authority authorities",
  medical: "medical",
  centre: "center centers centre centres",
  medicalPart: "regional academic",
  nhs: "nhs",
  trust: "trust trusts",
  university: "university",
  clinic: "clinic",
  acute: "acute",
  care: "care",
  assistance: "assistance",
  publique: "publique",
  general: "general",
  practice: "practice practitioner practitioners",
  family: "family",
  familyPart: "doctor doctors physician physicians medicine care practice practices",
  dr: "dr doctor physician gp",
  surgeryOffice: "surgery office",
  specialty:
    "oncology cancer dermatology cardiology gastroenterology urology neurology podiatry allergy pain specialty outpatient obstetrics ob obgyn pediatric pediatrics paediatric paediatrics women medical physician specialist",
  group: "practice practices group groups associates* consultants",
  site: "hearing eye outpatient walk surgery surgical cancer",
  careOf: "hearing eye kidney urgent",
  eye: "eye",
  eyePart: "associates* hospital",
  physical: "physical",
  therapy: "therapy therapist therapists",
});
// The gates of hospital, clinic and primary-care that a pair of words opens.
function pairedGates(pairs: number): number {
  const has = (a: number, b: number) => (pairs & a) !== 0 && (pairs & b) !== 0;
  const p = PAIRED_GATES.bit;
  const hospital =
    has(p.health, p.healthPart) ||
    has(p.medical, p.centre | p.medicalPart) ||
    has(p.nhs, p.trust) ||
    has(p.university, p.clinic) ||
    has(p.acute, p.care) ||
    has(p.assistance, p.publique);
  const primary =
    has(p.general, p.practice) ||
    has(p.family, p.familyPart) ||
    has(p.health | p.medical, p.centre) ||
    has(p.dr, p.practice | p.surgeryOffice);
  const clinic =
    has(p.specialty, p.group) ||
    has(p.site, p.centre) ||
    has(p.careOf, p.care) ||
    has(p.eye, p.eyePart) ||
    has(p.physical, p.therapy);
  return (
    (hospital ? TYPE_GATES.bit.hospital : 0) |
    (primary ? TYPE_GATES.bit["primary-care"] : 0) |
    (clinic ? TYPE_GATES.bit.clinic : 0)
  );
}
// "[a-z\u00e0-\u00ff]*klinik(?:um|en)" can open inside a word ("Universitätsklinikum" is the words "Universit" and
// "tsklinikum"), which no word gate sees: a sentence holding "klinik" opens the hospital gate.
const KLINIK = /klinik/i;
// ... and that alternative, which may open on any letter, is tried at every word of every text scanned: in the (nearly
// all) texts without "klinik" it cannot match, and the hospital cues are read without it, with the same matches.
const KLINIK_CUE = String.raw`|[a-z\u00e0-\u00ff]*klinik(?:um|en)`;
const HOSPITAL_CUES = VICTIM_TYPE_CUES.hospital;
if (!HOSPITAL_CUES.source.includes(KLINIK_CUE)) throw new Error("victim-type: the hospital cues' klinik word moved");
const HOSPITAL_CUES_WITHOUT_KLINIK = new RegExp(HOSPITAL_CUES.source.replace(KLINIK_CUE, ""), HOSPITAL_CUES.flags);
// The words SAID_BY and IT_RUNS_HOSPITALS cannot match without: most sentences need neither pattern run.
const VERB_GATES = wordGates({
  said: "said says added confirmed stated announced explained wrote",
  runs: "run runs operate operates own owns manage manages",
});
// Where each type's cues can open: a text's words are read once for all types, and each pattern is tried only there.
const TYPE_OPENINGS = openingWords(VICTIM_TYPE_OPENINGS);
// Each type with its gate bit, cue pattern and opening bit, read once here rather than by the type's name for every
// text scanned. The hospital cues are tried at their openings without the klinik word, which may open inside a word.
const TYPE_CUES = VICTIM_TYPES.map((type) => {
  const re = VICTIM_TYPE_CUES[type];
  const sticky = stickyOf(type === "hospital" ? HOSPITAL_CUES_WITHOUT_KLINIK : re);
  return { type, bit: TYPE_GATES.bit[type], re, sticky, opening: TYPE_OPENINGS.bit[type] };
});
// Types that name what is supplied ("provides care management software"), never the customers it goes to.
const SUPPLIED = new Set<VictimType>(["health-it-vendor", "pharma-medtech"]);
const SUPPLIED_BITS = TYPE_GATES.bit["health-it-vendor"] | TYPE_GATES.bit["pharma-medtech"];
// Gate bits for text that is not a whole sentence (names, appositions): worked out from the text itself.
const OWN_GATES = -1;
// The type gates of `text` from its words' own gates and paired gates (bits of every word in it, as hits gives them).
function typeGates(own: number, pairs: number, text: string): number {
  const gates = own | pairedGates(pairs);
  return gates & TYPE_GATES.bit.hospital || !KLINIK.test(text) ? gates : gates | TYPE_GATES.bit.hospital;
}
// The type gates `text` opens, read as if it were a sentence of its own (a name, an apposition, a noun).
function gatesOf(text: string, like: Sentence): number {
  const read = { ...like, text, gates: undefined };
  return typeGates(TYPE_GATES.hits(read), PAIRED_GATES.hits(read), text);
}
// What the text says the victim is outweighs the bodies a knock-on paragraph names ("pharmacies could not fill
// prescriptions" after "X, a payment processing company, was hit").
const APPOSED = 8;
// The apposition proper, up to the comma that closes it: in "X, a dental software vendor, was hit ..., leaving dental
// practices unable to work" the practices are no description of X. A comma before a capitalised word or a figure stays
// inside ("a hospital in Dayton, Ohio,"), so the pattern is case-sensitive. A relative clause describes when its verb
// says what X is or does ("which runs", "who has 23 clinics"), not when it tells of something else ("which share an IT
// provider").
const APPOSITION =
  /^\s?,\s+(?:(?:[Aa]n?|[Tt]he|[Oo]ne of)\b|(?:which|that|who)\s+(?:also\s+|now\s+)?(?:is|are|was|were|runs?|operates?|provides?|offers?|speciali[sz]es|specialized|supplies|sells|makes|develops|manages|owns|serves?|treats?|cares|focuses|has|have|employs|delivers|describes|bills|handles|processes|administers|covers|insures|dispatches|works)\b)(?:[^.;,]|,(?=\s*[\p{Lu}\d])){0,100}/u;
// The noun phrase an article opens in an apposition ("a Canadian retail pharmacy chain", "one of the largest plasma
// collectors", "a chain of 12 pharmacies"), up to the first word that ends it; its last cue is its head's. Each
// repetition takes a whole word, so the pattern cannot split one word in several ways.
const APPOSED_PHRASE =
  /^\s?,\s+(?:a|an|the|one of (?:the|its))\s+((?:(?!(?:that|which|who|whose|with|serving|based|in|for|to|from|on|at|used|said|says|was|were|is|are|has|had|have|headquartered|located|known|across|after|since|until|when|where|while)\b)[\p{L}\p{N}'\-]+(?![\p{L}\p{N}'\-])\s*){1,8})/iu;
const HEAD = APPOSED;
const BRACKET_ASIDE = /^ \([^()]{1,60}\)(?=,)/;
// "X, which operates two hospitals" describes X; only "which operates as Y" names an alias.
const RUNS = /^\s?,\s+(?:which|that|who)\s+(?:also\s+)?(?:runs|operates|owns|manages)\s+(?!as\b|under\b)/i;
// An organisation that runs hospitals is a hospital system, whatever else it runs beside them (guide: health systems):
// "X, which runs 14 hospitals", "It operates 79 acute-care hospitals and 1,000 other sites". A count is required, so
// "which sells software used by hospitals" or "operates in 200 hospitals" says nothing of what X is.
// A country's or region's hospitals need no count: "which runs the country's public hospitals and clinics".
const HOSPITALS_RUN = String.raw`(?:runs?|operates?|owns?|manages?)\s+(?:(?:(?:all|the|its|[\p{L}\-]+'s)\s+){0,2}(?:(?:more than|over|about|nearly|almost|some)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)|(?:all (?:of )?)?the (?:country|nation|region|state|province|island|territory|city)'s)\s+(?:[\p{L}\-]+\s+){0,2}?hospitals?\b`;
const RUNS_HOSPITALS = new RegExp(String.raw`^\s?,\s+(?:which|that|who)\s+(?:also\s+)?${HOSPITALS_RUN}`, "iu");
const IT_RUNS_HOSPITALS = new RegExp(
  String.raw`\b(?:it|which|that|who|the (?:company|group|system|organi[sz]ation|trust|provider))\s+(?:also\s+|now\s+)?${HOSPITALS_RUN}`,
  "iu",
);
// "..., the hospital said": the noun a statement is attributed to is how the text refers back to the victim. Half an
// apposition: a customer can be quoted too ("we are on paper, the hospital said" in a vendor's outage).
const SAID_BY =
  /\b(?:the ([\p{L}\-]+(?: [\p{L}\-]+)?) (?:said|says|added|confirmed|stated|announced|explained|wrote)|(?:said|says|added|confirmed) the ([\p{L}\-]+(?: [\p{L}\-]+)?))\b/giu;
const SAID_W = APPOSED / 2;
// SAID_BY opens on "the" or on its verb, and THE_NOUN_S on "the": both are tried only where those words begin.
const SAID_BY_OPENINGS = wordOpenings("the said says added confirmed");
// "The hospital's emergency department was closed": "the" and a noun's possessive refer back to the victim as well. A
// supplier so named ("the vendor's software") is more often a third party than the victim.
const THE_NOUN_S = /\bthe ([\p{L}\-]+)'s /giu;
const THE_OPENINGS = wordOpenings("the");
// A sentence that defines what the victim does (its speciality, what it sells to care providers) settles the type: the
// eval's slugs ask for the most specific one that fits, over the customers and facilities named around it.
const DEFINING = 10;
// "X, which supplies data storage to nursing homes": a victim described as selling to care providers is their supplier.
const SUPPLIER_CLAUSE =
  /^\s?,\s+(?:which|that|who|an? (?:[\w-]+ ){0,2}?(?:company|firm|business|contractor|agency) that)\s+(?:suppl(?:y|ies|ied)|provid(?:e|es|ed)|sells?|sold|deliver(?:s|ed)?|offer(?:s|ed)?)\b[^.;]{0,80}?\bto\b/i;
// "X, which provides pathology services to NHS hospitals": a supplier of a care service is that kind of provider.
const SERVICE_TYPES: VictimType[] = ["laboratory", "imaging", "pharmacy", "ambulance", "mental-health", "dental"];
// What is supplied, when it is no care service: medicines make a pharmacy service, equipment a medtech supplier.
const SUPPLIED_GOODS: [RegExp, VictimType][] = [
  [/\b(?:medicines?|medications?|prescriptions?)\b/i, "pharmacy"],
  [
    phrases([
      String.raw`gloves`,
      String.raw`gowns`,
      String.raw`masks`,
      String.raw`equipment`,
      String.raw`devices`,
      String.raw`implants`,
      String.raw`consumables`,
      String.raw`(?:medical|surgical) supplies`,
    ]),
    "pharma-medtech",
  ],
];
function suppliedService(clause: string): VictimType | null {
  for (const type of SERVICE_TYPES) {
    const re = VICTIM_TYPE_CUES[type];
    re.lastIndex = 0;
    if (re.test(clause)) return type;
  }
  for (const [goods, type] of SUPPLIED_GOODS) if (goods.test(clause)) return type;
  return null;
}
// "a hospital chain that specialises in cosmetic surgery": the speciality is the most specific thing said of the victim.
const SPECIALITY_HINT = /speciali[sz]/i;
const SPECIALITY_BEFORE = /\bspeciali[sz](?:es|ed|ing|e)? in\s+(?:[\p{L}\-]+\s+){0,2}$/iu;

// "A network of community health centers in Oregon says ...": a story that opens on its victim's kind as an indefinite
// subject describes the victim it names later, as an apposition does. The subject ends at a verb of telling; its words
// are bounded, so the pattern stays linear.
const INDEFINITE_OPENING =
  /^An? ((?:[\p{L}\-]+ ){1,8}?)(?:in [\p{Lu}][^,.;]{0,40}? )?(?:says|said|has (?:said|told|disclosed|confirmed|reported|notified|begun|started)|is (?:notifying|warning|telling|investigating)|reported|disclosed|confirmed|announced)\b/u;
const INDEFINITE_HINT = /^An? /;

// British usage: a "clinic" is also a session of appointments, and one that is cancelled says nothing of what the victim
// is ("cancelled outpatient clinics", "clinics have been postponed").
const CANCELLED_BEFORE =
  /\b(?:cancel(?:s|led|ed|ling|ing)?|postpon\w+|call(?:ed|ing|s)? off|reschedul\w+)\s+(?:(?:all|some|its|their|the|many|most|several|a number of|outpatient|routine|planned|non-urgent|elective|[\d,]+)\s+){0,3}$/i;
const CANCELLED_AFTER =
  /^\s+(?:(?:were|was|are|is|have been|had been|will be|being)\s+)+(?:cancel|postpon|called off|reschedul)/i;
// The data a kind of care produces, named after the kind ("dental records", "dental and vision information").
const DATA_NOUN_AFTER =
  /^(?:,? (?:and|or|&) [\p{L}-]+(?: [\p{L}-]+)?)? (?:information|records|data|histor(?:y|ies)|x-rays|images|charts|results|details)\b/iu;
function cancelledClinic(before: string, doc: string, end: number): boolean {
  return CANCELLED_BEFORE.test(before) || CANCELLED_AFTER.test(doc.slice(end, end + 40));
}

// "Hollins Creek Pediatrics", "Harbourside Dermatology": a name ending on a medical specialty is a specialist practice,
// and so is one ending on its doctors ("Boston Children's Health Physicians"), unless they are family doctors. The
// practice's own management company or partnership keeps it ("Harbourside Dermatology Management").
const SPECIALTY_NAME =
  /(?<= )(?:(?<!Family )Physicians|P(?:a)?ediatrics|Dermatology|Cardiology|Gastroenterology|Urology|Neurology|Oncology|Orthop(?:a)?edics|Rheumatology|Endocrinology|Allergy(?: and Asthma)?|Podiatry|Obstetrics(?: and Gyn(?:a)?ecology)?|Gyn(?:a)?ecology|OB-?GYN|ENT|Otolaryngology|Pulmonology|Nephrology|Ophthalmology|Pain Management|Women's Health)(?: Management| Partners)?$/;

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The type gates of `masked`, the sentence with victim names blanked out. Blanking removes words, and can cut one at a
 * name's edge ("Acme" out of "AcmeCare" leaves "Care"), which a gate word may be: the sentence's own gates (read once
 * for every field) are joined by those of the words that touch a blanked character, rather than reading it all again.
 */
function maskedGates(s: Sentence, masked: string): number {
  const t = s.text;
  const pieces: string[] = [];
  let taken = 0;
  // The word of `masked` that holds `at`, unless it was taken already.
  const take = (at: number) => {
    if (at < taken || at >= t.length || !isWordCode(masked.charCodeAt(at))) return;
    let a = at;
    while (a > 0 && isWordCode(masked.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < t.length && isWordCode(masked.charCodeAt(b))) b++;
    pieces.push(masked.slice(a, b));
    taken = b;
  };
  for (let i = 0; i < t.length; i++) {
    if (masked.charCodeAt(i) === t.charCodeAt(i)) continue;
    take(i - 1);
    take(i + 1);
  }
  let own = TYPE_GATES.hits(s);
  let pairs = PAIRED_GATES.hits(s);
  if (pieces.length) {
    const read = { ...s, text: pieces.join(" "), gates: undefined };
    own |= TYPE_GATES.hits(read);
    pairs |= PAIRED_GATES.hits(read);
  }
  return typeGates(own, pairs, masked);
}

// The ends of the victim's name: where it was found, and its later mentions in sentences about this incident.
function appositionSites(v: VictimSpan, sentences: Sentence[]): { at: number; sentence: Sentence }[] {
  const sites = [{ at: v.end, sentence: v.sentence }];
  // Positions seen, in a set: a page naming the victim thousands of times made a scan of the sites quadratic.
  const seen = new Set([v.end]);
  const bare = withoutBracketTail(v.name);
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    for (let i = s.text.indexOf(bare); i >= 0; i = s.text.indexOf(bare, i + bare.length)) {
      const at = s.start + i + bare.length;
      if (!seen.has(at)) {
        seen.add(at);
        sites.push({ at, sentence: s });
      }
    }
  }
  return sites;
}

/** The victim type and the span of its strongest cue, or null when no cue is found. */
export function extractVictimType(
  sentences: Sentence[],
  victims: VictimSpan[],
  aboutVictim: (s: Sentence) => boolean,
  doc: string,
): { type: VictimType; start: number; end: number; sentence: Sentence } | null {
  const score = new Map<VictimType, number>();
  // Each victim's own evidence (its name, its appositions), in order of first mention, while it is read.
  const owns: Map<VictimType, number>[] = [];
  let own: Map<VictimType, number> | null = null;
  const best = new Map<VictimType, { w: number; start: number; end: number; sentence: Sentence }>();
  const victimLastWords = new Set(victims.map((v) => withoutBracketTail(v.name).split(" ").pop()!));
  const specificName = victims.some((v) =>
    SPECIFIC_IN_NAME.some((t) => {
      const re = VICTIM_TYPE_CUES[t];
      re.lastIndex = 0;
      return re.test(v.name);
    }),
  );
  const hospitalKindName = victims.some((v) =>
    HOSPITAL_KINDS.some((t) => {
      const re = VICTIM_TYPE_CUES[t];
      re.lastIndex = 0;
      return re.test(v.name);
    }),
  );
  // A cue inside the victim's own name is read without its context: "attack on Brookfield Clinic" says the victim was
  // attacked, not that it is a clinic more than its description says.
  const add = (
    type: VictimType,
    w: number,
    start: number,
    end: number,
    sentence: Sentence,
    inName = false,
    cue = "",
  ) => {
    const before = inName ? "" : doc.slice(Math.max(0, start - 80), start);
    const speciality = SPECIALITY_HINT.test(before) && SPECIALITY_BEFORE.test(before);
    const possessed =
      type !== "hospital" &&
      !SUPPLIED.has(type) &&
      POSSESSED_HINT.test(before.slice(-40)) &&
      (POSSESSED_BEFORE.test(before) || victimLastWords.has(NAME_POSSESSIVE_BEFORE.exec(before)?.[1] ?? "")) &&
      (!/s$/i.test(cue) || OTHERS_BEFORE.test(before));
    const context = speciality
      ? 1
      : BEDS_HINT.test(before) && BEDS_BEFORE.test(before)
        ? BEDS
        : possessed
          ? POSSESSED
          : !SUPPLIED.has(type) && CUSTOMER_BEFORE.test(before)
            ? 0.3
            : ATTACKED_BEFORE.test(before)
              ? 2
              : 1;
    const generic =
      type === "clinic" && !inName && BARE_CLINIC.test(cue) && (specificName || KIND_BEFORE.test(before.slice(-40)))
        ? GENERIC_CLINIC
        : 1;
    // A bare "hospital" is no evidence beside a name that holds its speciality, and little after a kind it heads.
    if (type === "hospital" && !inName && BARE_HOSPITAL.test(cue)) {
      if (hospitalKindName) return;
      if (TYPE_GATES.hits(sentence) & HOSPITAL_KIND_BITS && HOSPITAL_KIND_BEFORE.test(before.slice(-40)))
        w *= GENERIC_CLINIC;
    }
    // "cancelled outpatient clinics", "clinics were called off": clinics as sessions of care, not the kind of body.
    if (type === "clinic" && !inName && cancelledClinic(before, doc, end)) return;
    // "dental and medical information", "pharmacy records": the kind of data taken, not of the body it was taken from.
    if (!inName && DATA_NOUN_AFTER.test(doc.slice(end, end + 40))) return;
    const typeWeight = type === "other-healthcare" && OTHER_KIND.test(cue) ? 1 : (TYPE_WEIGHT[type] ?? 1);
    const weight = speciality ? DEFINING : w * context * typeWeight * generic;
    score.set(type, (score.get(type) ?? 0) + weight);
    if (own) own.set(type, (own.get(type) ?? 0) + weight);
    const b = best.get(type);
    if (!b || weight > b.w) best.set(type, { w: weight, start, end, sentence });
  };
  // The same short texts come back (a name, "the hospital said" in sentence after sentence): their gates are kept.
  const ownGates = new Map<string, number>();
  const scan = (text: string, offset: number, w: number, sentence: Sentence, gates = OWN_GATES, inName = false) => {
    if (gates === OWN_GATES) {
      const known = ownGates.get(text);
      if (known === undefined) ownGates.set(text, (gates = gatesOf(text, sentence)));
      else gates = known;
    }
    if (gates === 0) return;
    // The sentence itself (nothing masked in it) is read from the words its reading kept.
    const openings =
      offset === sentence.start && text === sentence.text ? TYPE_OPENINGS.findIn(sentence) : TYPE_OPENINGS.find(text);
    for (const { type, bit, re, sticky, opening } of TYPE_CUES) {
      if (!(gates & bit)) continue;
      // "...klinik(um|en)" opens inside a word: a text holding "klinik" is read whole for hospital cues.
      const whole = !openings || (re === HOSPITAL_CUES && KLINIK.test(text));
      for (const m of matchesOpening(re, sticky, text, whole ? null : openings, opening))
        add(type, w, offset + m.index, offset + m.index + m[0].length, sentence, inName, m[0]);
    }
  };
  // "a dental software vendor": the cue nearest the phrase's end names what the victim is. A compound head ("software
  // vendor", "IT provider", "health insurer") names a line of business, so a cue before it says whom it serves; a bare
  // head ("supplier", "clinic", "hospital") takes its kind from the cue before it ("a pathology supplier", "a cosmetic
  // surgery clinic", "a psychiatric hospital"), which the apposition's cues already weigh.
  const headOf = (text: string, offset: number, sentence: Sentence) => {
    const gates = gatesOf(text, sentence);
    let head: { type: VictimType; start: number; end: number; cue: string } | null = null;
    for (const { type, bit, re } of TYPE_CUES) {
      if (!(gates & bit)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        if (!head || end > head.end || (end === head.end && m.index < head.start))
          head = { type, start: m.index, end, cue: m[0] };
      }
    }
    if (head && head.cue.includes(" "))
      add(head.type, HEAD, offset + head.start, offset + head.end, sentence, false, head.cue);
  };
  // An alias inside another victim's name ("The Hospital Group", also "Transform Hospital Group") repeats its name's cues.
  const aliasOf = (v: VictimSpan) => {
    const bare = v.name.replace(/^The /, "");
    return victims.some((o) => o !== v && o.name.length > bare.length && o.name.includes(bare));
  };
  for (const v of victims) {
    own = new Map();
    owns.push(own);
    if (!aliasOf(v)) {
      scan(v.name, v.start, 3, v.sentence, OWN_GATES, true);
      const pre = descriptorBefore(doc.slice(Math.max(v.sentence.start, v.start - 60), v.start));
      if (pre) scan(pre[1]!, v.start - pre[0].length, APPOSED, v.sentence);
      const specialty = SPECIALTY_NAME.exec(withoutBracketTail(v.name));
      if (specialty) add("clinic", 3, v.start, v.end, v.sentence, true, specialty[0]);
      // "... hit Corvane. The Chicago-based electronic health record company said": a name that says nothing of its
      // kind takes it from the definite description that picks it up (victim-anaphora.ts).
      const definite = own.size === 0 ? definiteAfter(doc, v.end) : null;
      if (definite) {
        scan(definite.text, definite.start, APPOSED, v.sentence);
        headOf(definite.text, definite.start, v.sentence);
      }
    }
    // "Medibank, the Australian health insurer": what the text says the victim is weighs most, wherever it is said.
    for (const site of appositionSites(v, sentences)) {
      const { sentence } = site;
      let at = site.at;
      let after = doc.slice(at, at + 110);
      // "Castlegate Health (formerly Castlegate Medical Group), which runs ...": the apposition follows a bracketed aside.
      const aside = after.charCodeAt(1) === 40 ? BRACKET_ASIDE.exec(after) : null;
      if (aside) {
        at += aside[0].length;
        after = doc.slice(at, at + 110);
      }
      const app = APPOSITION.exec(after);
      // An alias ("which also goes by the name X Hospital Group") is a name, not a description.
      if (app && (!ALIAS_AFTER.test(after) || RUNS.test(after))) {
        const cut = customersAt(app[0]);
        scan(beforeCustomers(app[0], cut), at, APPOSED, sentence);
        if (suppliesHealthcareIT(app[0], cut)) add("health-it-vendor", APPOSED, at, at + app[0].length, sentence);
        const phrase = APPOSED_PHRASE.exec(app[0]);
        if (phrase) headOf(phrase[1]!, at + phrase[0].length - phrase[1]!.length, sentence);
      }
      const runs = RUNS_HOSPITALS.exec(after);
      if (runs) add("hospital", DEFINING, at, at + runs[0].length, sentence);
      const supplier = SUPPLIER_CLAUSE.exec(after);
      if (supplier)
        add(suppliedService(supplier[0]) ?? "health-it-vendor", DEFINING, at, at + supplier[0].length, sentence);
    }
  }
  own = null;
  const opening = victims.length ? sentences.find((s) => !s.inTitle && !s.boilerplate && !s.background) : undefined;
  if (opening && INDEFINITE_HINT.test(opening.text)) {
    const subject = INDEFINITE_OPENING.exec(opening.text);
    if (subject) {
      const at = opening.start + subject[0].indexOf(subject[1]!);
      scan(beforeCustomers(subject[1]!), at, APPOSED, opening);
      headOf(subject[1]!, at, opening);
    }
  }
  // A victim's own name is evidence once (above), not again each time the article repeats it.
  const names = maskableNames(victims);
  const heads = new Set(victims.map((v) => headOfName(v.name)));
  const mask = (t: string) => blankOut(t, names);
  sentences.forEach((s, i) => {
    if (s.background || s.boilerplate || s.generic) return;
    const masked = mask(s.text);
    const gates =
      masked === s.text ? typeGates(TYPE_GATES.hits(s), PAIRED_GATES.hits(s), s.text) : maskedGates(s, masked);
    scan(masked, s.start, s.inTitle ? 3 : aboutVictim(s) ? 2 : i < 4 ? 1.2 : 0.6, s, gates);
    if (
      VERB_GATES.hits(s) & VERB_GATES.bit.said &&
      /\b(?:said|says|added|confirmed|stated|announced|explained|wrote)\b/.test(s.text)
    ) {
      for (const m of matchesAt(SAID_BY, s.text, SAID_BY_OPENINGS.inSentence(s))) {
        const noun = m[1] ?? m[2]!;
        if (namesAnotherBody(noun, heads)) continue;
        scan(noun, s.start + m.index + m[0].indexOf(noun), SAID_W, s);
      }
    }
    if (s.text.includes("'s ")) {
      for (const m of matchesAt(THE_NOUN_S, s.text, THE_OPENINGS.inSentence(s))) {
        const gates = gatesOf(m[1]!, s) & ~SUPPLIED_BITS;
        if (gates) scan(m[1]!, s.start + m.index + 4, SAID_W, s, gates);
      }
    }
    if (
      (aboutVictim(s) || (i > 0 && aboutVictim(sentences[i - 1]!))) &&
      VERB_GATES.hits(s) & VERB_GATES.bit.runs &&
      TYPE_GATES.hits(s) & TYPE_GATES.bit.hospital
    ) {
      const runs = IT_RUNS_HOSPITALS.exec(s.text);
      if (runs) add("hospital", DEFINING, s.start + runs.index, s.start + runs.index + runs[0].length, s);
    }
  });
  let top: VictimType | null = null;
  for (const type of VICTIM_TYPES) if ((score.get(type) ?? 0) > (top ? score.get(top)! : 0)) top = type;
  if (!top) return null;
  top = principalType(owns, top);
  const b = best.get(top)!;
  return { type: top, start: b.start, end: b.end, sentence: b.sentence };
}

// A speaker named in capitals whose head is no victim's ("..., the Health Ministry said") is another body, not the
// victim referred back to ("the hospital said", "the Trust said" of an NHS trust).
function namesAnotherBody(noun: string, victimHeads: ReadonlySet<string>): boolean {
  const c = noun.charCodeAt(0);
  return c >= 65 && c <= 90 && !victimHeads.has(headOfName(noun));
}

const headOfName = (name: string): string => lastWords(name, 0, name.length, 1).toLowerCase();

// Victims' names without a bracketed acronym, longer than three letters. Built by a loop, not map().filter(): arrays
// of both kinds reached the same reads, and the optimised extractVictimType was thrown away ("wrong map") each time.
function maskableNames(victims: readonly { name: string }[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < victims.length; i++) {
    const name = withoutBracketTail(victims[i]!.name);
    if (name.length > 3) names.push(name);
  }
  return names;
}

// `text` with every occurrence of each name replaced by as many spaces, so offsets stay put.
function blankOut(text: string, names: readonly string[]): string {
  let out = text;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (out.includes(n)) out = out.split(n).join(" ".repeat(n.length));
  }
  return out;
}

// Lexicons for victim organisations and victim types. Every list is generic vocabulary (no dev-set names).
import type { VictimType } from "../../model/entities";

// Medical specialties and the health words of other languages' names ("Brookside ENT and Hearing Center", "Asl 1
// Avezzano", "Ospedale San Carlo"), one per line.
const MORE_HEALTH_WORDS = [
  "ent",
  "hearing",
  "audiology",
  "otolaryngology",
  "urology",
  "dermatology",
  "cardiology",
  "neurology",
  "gastroenterology",
  "ophthalmology",
  "podiatry",
  "chiropractic",
  // A clipped specialty names practices as the full word does: "Ashby Physio".
  "physio",
  // Addiction treatment is care: "Crestline Addiction Centers".
  "addiction",
  // A chemist is a pharmacy in British and Australian usage ("Heathside Chemists").
  "chemist",
  "chemists",
  "drugstore",
  "drugstores",
  // Italian local health authorities and hospitals
  "asl",
  "asst",
  "ausl",
  "ulss",
  "ospedale",
  "ospedaliera",
  "ospedaliero",
  "sanitaria",
  "policlinico",
  // French university and regional hospital centres ("CHU de Rouen", "CHRU de Lille") and Catalan health bodies
  // ("Consorci Sanitari Integral")
  "chu",
  "chru",
  "sanitari",
  // "Centro Medico", "Istituto Clinico", "Presidio Sanitario"
  "medico",
  "clinico",
  "sanitario",
  // other languages
  "krankenhaus",
  "ziekenhuis",
  "sjukhus",
  "sygehus",
  "sairaala",
  "szpital",
  "nemocnice",
  "salud",
  "médico",
  "médica",
  "clinica",
  "clínica",
  "clinicas",
  "clínicas",
  "cliniques",
  "sanatorio",
  "sanatorium",
  "santé",
  "saúde",
  "apotheke",
  "farmacia",
  "ysbyty",
  // Belgian general hospitals ("AZ Sint-Jan"); a generic word too, so Arizona's "AZ" alone names nothing.
  "az",
  "tandvård",
  "tandvard",
  "tandlæge",
  "tandarts",
  "zahnarzt",
  "zahnarztpraxis",
  "zahnklinik",
];

// Generic words of other languages' health names and articles before them ("Das Uniklinikum", "el Hospital", "the
// Klinikum"), and generic service acronyms ("EMS crews"): none of them makes a name distinctive on its own.
const MORE_GENERIC_WORDS = [
  "ems",
  "emt",
  "klinikum",
  "uniklinikum",
  "universitätsklinikum",
  "uniklinik",
  "klinik",
  "kliniken",
  "hospitalier",
  "hospitalière",
  "universitaire",
  "centro",
  "casa",
  "cura",
  "das",
  "der",
  "die",
  "den",
  "dem",
  "het",
  "el",
  "il",
  "lo",
  "los",
  "las",
  "gli",
  "orthopaedic",
  "orthopedic",
  "gp",
  "gps",
  "polyclinic",
  "polyclinics",
  // Practitioners: "Orthodontist hit by ransomware" opens a headline on the kind of body, not a name.
  "dentist",
  "dentists",
  "orthodontist",
  "orthodontists",
  "pharmacist",
  "pharmacists",
  "physiotherapist",
  "physiotherapists",
  "therapist",
  "therapists",
  "doctor",
  "doctors",
  "physician",
  "physicians",
  "surgeon",
  "surgeons",
  "optician",
  "opticians",
  "chiropractor",
  "chiropractors",
  // Specialties: "Physiotherapy chain closes clinics after hack" opens a headline on the kind of body, not a name.
  "physiotherapy",
  "physio",
  "chiropractic",
  "podiatry",
  "dermatology",
  "cardiology",
  "urology",
  "neurology",
  "gastroenterology",
  "orthodontics",
  "optometry",
  "audiology",
  "psychiatry",
  "psychotherapy",
];

/** A word that makes a capitalised name a healthcare organisation ("Health", "Hospital", "Radiology", "HealthCare", "UofLHealth"). */
export const HEALTH_WORD = new RegExp(
  `^(?:${[
    String.raw`\S*health\S*`,
    String.raw`\S*hospital\S*`,
    // The French plural, and the hyphenated compound of public hospital groups ("Assistance Publique-Hôpitaux de Paris"):
    // literal openings, as below.
    String.raw`h[oô]pita(?:l|ux)`,
    String.raw`publique-h[oô]pitaux`,
    String.raw`\S*klinik\S*`,
    // German and Swiss names: "Kantonsspital", "Pflegeheim", "Gesundheitszentrum", "Universitätsmedizin".
    // Literal openings, not "\S*spital": an alternative opening on "\S*" is tried at length for every word tested.
    String.raw`(?:kantons|landes|kreis|stadt|regional|uni|universit\S{1,2}ts)?spital`,
    String.raw`pflege\S*`,
    String.raw`gesundheit\S*`,
    String.raw`(?:universit\S{1,2}ts|hochschul)?medizin\S*`,
    String.raw`clinic`,
    String.raw`clinics`,
    String.raw`clinique`,
    String.raw`medical`,
    String.raw`medicine`,
    String.raw`medicines`,
    String.raw`medcenter`,
    String.raw`infirmary`,
    String.raw`polyclinics?`,
    String.raw`hospice`,
    String.raw`radiology`,
    String.raw`imaging`,
    String.raw`laborator(?:y|ies)`,
    // Other languages' laboratories: "Laboratorio", "Laboratorios", "laboratoria", "Laboratoire(s)".
    String.raw`laboratori(?:o|os|a|um)?`,
    String.raw`laboratoires?`,
    // Dutch care bodies fuse their word for care: "Zorggroep", "Zorgpartners", "Zorginstelling".
    String.raw`zorg\S*`,
    String.raw`labs?`,
    String.raw`pharmacy`,
    String.raw`pharmacies`,
    String.raw`pharma\w*`,
    String.raw`surgery`,
    String.raw`surgical`,
    String.raw`surgeons?`,
    String.raw`ambulance`,
    String.raw`nursing`,
    String.raw`dental`,
    String.raw`dentistry`,
    String.raw`orthodontics?`,
    String.raw`orthodontists?`,
    String.raw`opticians?`,
    String.raw`optometry`,
    String.raw`diagnostics?`,
    String.raw`physicians`,
    String.raw`orthop(?:a)?edics?`,
    String.raw`oncology`,
    String.raw`cancer`,
    String.raw`paediatrics?`,
    String.raw`pediatrics?`,
    String.raw`rehabilitation`,
    String.raw`behavioral`,
    String.raw`behavioural`,
    String.raw`psychiatric`,
    String.raw`fertility`,
    // A Blue Cross Blue Shield plan fuses the brand: "Excellus BlueCross BlueShield".
    String.raw`bluecross`,
    String.raw`blueshield`,
    String.raw`dialysis`,
    String.raw`pathology`,
    String.raw`care`,
    String.raw`healthcare`,
    String.raw`nhs`,
    String.raw`ems`,
    String.raw`biotech\w*`,
    // A biochemistry company is a life-sciences one, as a biotech is: "Enzo Biochem".
    String.raw`biochem\w*`,
    String.raw`therapeutics`,
    String.raw`medtech`,
    String.raw`transplant`,
    String.raw`blood`,
    String.raw`therapy`,
    String.raw`physiotherapy`,
    String.raw`counseling`,
    String.raw`counselling`,
    String.raw`psychology`,
    String.raw`psychological`,
    String.raw`psychotherapy`,
    ...MORE_HEALTH_WORDS,
  ].join("|")})$`,
  "i",
);

/**
 * Words that make a name a healthcare organisation only after "di" or "de": "Casa di Cura Belvedere" (an Italian private
 * hospital), not "Cura Software".
 */
export const HEALTH_WORD_AFTER_OF = /^cura$/i;
export const OF_WORD = /^(?:di|de|della|del)$/i;

/** Words that never make a name distinctive on their own ("Health Department", "Chicago Hospital"). */
export const GENERIC_ORG_WORDS = new Set(
  (
    "the a an health healthcare hospital hospitals medical medicine clinic clinics care public national general services service sector system systems department ministry of and & for de la le du des group network trust center centre office agency state federal county city regional radiology imaging laboratory laboratories lab labs pharmacy pharmacies surgery surgical dental nursing home homes ambulance hospice patients patient medicines research institute university chain giant provider providers company firm two three four five six several behavioral behavioural psychiatric psychological psychology clinical pediatric paediatric diagnostic diagnostics fertility oncology cancer therapy counseling counselling blood transplant pathology dialysis rehabilitation" +
    ` ${MORE_HEALTH_WORDS.join(" ")} ${MORE_GENERIC_WORDS.join(" ")}`
  ).split(" "),
);

/** Names that look like organisations in health news but are never the victim: regulators, agencies, outlets, security firms. */
export const NOT_A_VICTIM =
  /^(?:(?:U\.?S\.? )?Department of Health and Human Services|Health and Human Services|HHS|Office (?:for|of) Civil Rights|OCR|FBI|CISA|NSA|NCSC|National Cyber Security Cent(?:re|er)|ICO|Information Commissioner(?:'s Office)?|Europol|Interpol|INTERPOL|World Health Organi[sz]ation|WHO|NHS(?: England| Digital| Scotland| Wales| Providers| Confederation| Trust)?|Care Quality Commission|CQC|BleepingComputer|Bleeping Computer|TechCrunch|The Record|Record|The Register|Register|Reuters|Associated Press|AP|BBC|CNN|CBS|NBC|ABC|Fox|Wired|Bloomberg|The Guardian|Guardian|DataBreaches(?:\.net)?|HIPAA Journal|HIPAA|Becker'?s(?: Hospital Review| Healthcare)?|Modern Healthcare|Healthcare IT News|Health IT Security|Healthcare Dive|Fierce Healthcare|HealthLeaders(?: Media)?|Healthcare Innovation|KFF Health News|Kaiser Health News|STAT|STAT News|MedCity News|MedPage Today|Medscape|Health Service Journal|HSJ|Pulse|Pulse Today|Digital Health|Health Data Management|Healthcare Finance(?: News)?|HealthTech(?: Magazine)?|Healthcare IT Today|Health Exec|Healthcare Info ?Security|Health Affairs|Health Imaging|Radiology Business|SC Media|Security Affairs|Security Week|SecurityWeek|Cybernews|Dark Reading|The Daily Beast|Daily Beast|Emsisoft|Recorded Future|Mandiant|Microsoft|Google|Sophos|Check Point|Kaspersky|CrowdStrike|Palo Alto Networks|Unit 42|Flashpoint|HackManac|BlackBerry|Varonis|Cyble|TRM Labs|Chainalysis|Telegram|Twitter|Reddit|Tor|Bitcoin|Ponemon Institute|Censinet|Health-ISAC|H-ISAC|American Hospital Association|AHA|American Medical Association|British Medical Association|BMA|Royal College of \w+|Joint Commission|Medicare|Medicaid|Health Sector Cybersecurity Coordination Cent(?:er|re)|HC3|Z-CERT|Z-Cert|CERT-In|CERT|ANSSI|CNIL|Department of Justice|DOJ|Justice Department|Attorney General|Privacy Commissioner|Maine Attorney General'?s Office|PHI|PII|EHR|EMR|EPR|IT|HPH|MFA|COVID|COVID-19|GP|A&E|ER|ICU)$/i;

/** Last words that make a name a publication ("Hospital Review", "Health News", "Medical Times"): an outlet, never the victim. */
export const MEDIA_WORD =
  /^(?:News|Journal|Magazine|Review|Times|Post|Today|Daily|Weekly|Monthly|Quarterly|Herald|Tribune|Gazette|Wire|Insider|Dive|Digest|Reporter|Bulletin|Newsletter|Podcast|Radio|TV|Television|Broadcasting|Chronicle|Observer|Telegraph|Courier)$/;

/** Descriptions that follow or precede a name and make it a victim organisation ("Medibank, the Australian health insurer"). */
export const ORG_DESCRIPTOR =
  "(?:health insurer|health insurance provider|health insurance company|insurer|hospital(?: network| group| chain| system)?|health system|health network|health provider|healthcare provider|health care provider|provider|pharmacy(?: network| chain| services provider)?|clinic|practice|firm|company|vendor|supplier|laborator(?:y|ies)|lab|chain|network|organi[sz]ation|trust|health board|charity|giant|operator|group|cent(?:er|re)|service|platform|maker|manufacturer|developer|distributor|collector|facility|institute|foundation|business|contractor|specialist|authority|home|surgery|hospice|agency|administrator|(?:health|care|medicaid|medicare|insurance|benefits?|dental|vision) plan|startup|start-up|(?:blood|plasma|tissue|cord blood|milk|sperm|eye) bank|drug ?maker|arm|subsidiary|division|non-?profit|not-for-profit)";

/** A cue pattern from its phrases, one regex alternative each, matched as whole words. */
const phrases = (...alts: string[]): RegExp => new RegExp(String.raw`\b(?:${alts.join("|")})\b`, "gi");

/** Cue phrases per victim type, one phrase a line; the most specific matching type wins ties (order of VICTIM_TYPES). */
// Words that make a "medical centre" a hospital.
const BIG_CENTRE = String.raw`(?:university|academic|regional|teaching|children's|women's|military|army|national|district|general|trauma)`;

export const VICTIM_TYPE_CUES: Record<VictimType, RegExp> = {
  hospital: phrases(
    String.raw`hospitals?`,
    String.raw`health ?systems?`,
    // "which has 450 beds": a count of beds the victim has is a hospital's measure; "a psychiatric hospital with 80 beds"
    // or "a 120-bed nursing home" names its own kind.
    String.raw`(?<=\b(?:has|have|had) (?:about |some |nearly |more than |over )?)\d[\d,]* (?:inpatient |acute(?:-care)? |licensed )?beds`,
    // In American English a "medical center" is a hospital; in British, Irish and Australian English a "medical centre"
    // is a GP practice, unless the name says it is more ("University Medical Centre", "Regional Medical Centre").
    String.raw`medical centers?`,
    String.raw`${BIG_CENTRE} medical centres?`,
    String.raw`nhs (?:foundation )?trusts?`,
    String.raw`health boards?`,
    // A regional health authority runs its region's hospitals, as a health board does; a public health one does not.
    String.raw`(?<!public )health authorit(?:y|ies)`,
    String.raw`hospital (?:network|group|chain)s?`,
    String.raw`trauma cent(?:er|re)`,
    String.raw`teaching hospital`,
    String.raw`referral hospital`,
    String.raw`health network`,
    String.raw`healthcare network`,
    String.raw`acute care`,
    String.raw`emergency (?:department|room)s?`,
    String.raw`h[oô]pita(?:l|ux)`,
    String.raw`university (?:hospital|clinic)`,
    String.raw`health region`,
    String.raw`health alliance`,
    String.raw`regional medical`,
    String.raw`academic medical cent(?:er|re)s?`,
    // Hospital names in the languages health news quotes them in (CHU de ..., Kliniken ..., Krankenhaus ...).
    String.raw`chu (?:de|du|d')`,
    String.raw`centre hospitalier`,
    String.raw`[a-z\u00e0-\u00ff]*klinik(?:um|en)`,
    // "Uniklinik", "Universitätsklinik": a German university hospital.
    String.raw`(?:uni|universit(?:\u00e4|ae)ts)klinik`,
    String.raw`krankenhaus`,
    String.raw`ysbyty`,
    String.raw`ospedal[ei]`,
    String.raw`cas[ae] di cura`,
    String.raw`azienda (?:ospedaliera|sanitaria)`,
    // An Italian local health authority runs the hospitals of its area: "Asl 1 Avezzano", "the ASL of L'Aquila".
    String.raw`(?:asl|ausl|ulss|asst) (?:\d{1,2}|of|di|della|del)`,
    String.raw`hospitalari[oa]`,
    String.raw`hospices civils`,
    String.raw`assistance publique`,
    String.raw`health service executive`,
    String.raw`ziekenhuis`,
  ),
  "cosmetic-surgery": phrases(
    String.raw`cosmetic (?:surgery|surgeon|clinic|procedures?)`,
    String.raw`plastic (?:surgery|surgeon)s?`,
    String.raw`aesthetic (?:clinic|surgery)`,
    String.raw`cosmetic`,
    // The procedures such a body sells: "runs 11 clinics for breast enhancement and rhinoplasty".
    String.raw`rhinoplasty`,
    String.raw`liposuction`,
    String.raw`breast (?:enhancement|augmentation)s?`,
    String.raw`tummy tucks?`,
    String.raw`facelifts?`,
  ),
  // "university clinic" is how translated news names a university hospital (Uniklinik).
  clinic: phrases(
    String.raw`(?<!university )clinics?`,
    String.raw`klinik`,
    String.raw`medical practices?`,
    String.raw`(?:oncology|cancer|dermatology|cardiology|gastroenterology|urology|neurology|podiatry|allergy|pain|specialty|outpatient) (?:practice|group|associates|consultants)s?`,
    // "a private practice of cardiologists": a practice told by the specialists in it.
    String.raw`practices? of (?:\S+ )?(?:cardiologists|dermatologists|oncologists|urologists|neurologists|gastroenterologists|rheumatologists|endocrinologists|pulmonologists|allergists|surgeons|specialists)`,
    String.raw`(?:obstetrics|ob-?gyn|p(?:a)?ediatrics?|women's health)(?: and gyn(?:a)?ecology)? (?:practice|group|associates)s?`,
    String.raw`audiolog(?:y|ists?)`,
    String.raw`hearing (?:care|cent(?:er|re)s?|clinics?)`,
    // Ear, nose and throat practices: "Brookside ENT and Hearing Services Center", "Larchmont Otolaryngology Group".
    String.raw`ENT`,
    String.raw`otolaryngolog\w*`,
    String.raw`orthopa?edic (?:associates|specialists|surgeons|cent(?:er|re)s?)`,
    String.raw`orthopa?edics\b`,
    String.raw`physician (?:group|practice)s?`,
    String.raw`fertility`,
    String.raw`eye (?:clinic|cent(?:er|re)|hospital)`,
    String.raw`outpatient (?:clinic|cent(?:er|re))s?`,
    String.raw`specialist practice`,
    String.raw`urgent care`,
    String.raw`medical group`,
    String.raw`orthopa?edic (?:practices?|groups?|clinics?|institutes?)`,
    String.raw`physical therap(?:y|ists?)`,
    String.raw`physiotherap\w+`,
    String.raw`chiropract\w+`,
    String.raw`rehabilitation (?:clinic|cent(?:er|re))s?`,
    String.raw`opticians?`,
    String.raw`optometr\w+`,
    String.raw`ophthalmolog\w+`,
    String.raw`eye (?:care|associates)`,
    // "Harker & Vale Eye Surgeons", "Kestrel Spine Specialists": a part of the body and those who treat it.
    String.raw`(?:eye|vision|retina|skin|spine|joint|foot|ankle|sleep|vein|wound|hand|ear) (?:surgeons|specialists|associates|institute)`,
    String.raw`dialysis`,
    String.raw`kidney care`,
    String.raw`walk-in (?:cent(?:er|re)|clinic)s?`,
    String.raw`(?:ambulatory )?(?:surgery|surgical) cent(?:er|re)s?`,
    // A cancer centre is a specialist clinic unless the text gives it beds or calls it a hospital (weighed above it).
    String.raw`cancer cent(?:er|re)s?`,
  ),
  "primary-care": phrases(
    String.raw`gp (?:surgery|surgeries|practice|practices|federations?|partnerships?|alliance|collaborative|cent(?:re|er)s?)`,
    String.raw`general practi(?:ce|tioners?)`,
    String.raw`family (?:doctors?|physicians?|medicine)`,
    // "Family Care of Edison", "a family practice"; "the practice of Dr. Anil Patel", "a doctor's surgery".
    String.raw`family (?:care|practices?)`,
    String.raw`practice of dr`,
    String.raw`(?:doctor|physician|gp)'s (?:practice|surgery|office)`,
    String.raw`primary (?:care|health)`,
    // "a network of community health clinics": community health centres by another name.
    String.raw`community health (?:cent(?:er|re)s?|clinics?)`,
    String.raw`(?<!${BIG_CENTRE} )medical centres?`,
    String.raw`federally qualified`,
    String.raw`polyclinics?`,
    String.raw`health cent(?:er|re)s?`,
  ),
  // "a dental insurer", "dental benefits": what an insurer covers, not what it is.
  dental: phrases(
    // "a dental imaging centre" is an imaging centre, as "a dental insurer" is an insurer: the head noun says the kind.
    String.raw`dental(?! (?:insur\w+|benefits?|plans?|coverage|payers?|imaging|radiology|scans?|scanning|x-rays?)\b)`,
    String.raw`dentists?`,
    String.raw`dentistry`,
    String.raw`tandv[aå]rd`,
    String.raw`tandarts`,
    String.raw`zahnarzt\w*`,
    String.raw`zahnklinik\w*`,
    String.raw`orthodont\w+`,
  ),
  pharmacy: phrases(
    String.raw`pharmac(?:y|ies)`,
    String.raw`pharmacists?`,
    String.raw`drugstores?`,
    String.raw`chemists?`,
    String.raw`pharmacy benefit`,
  ),
  laboratory: phrases(
    String.raw`laborator(?:y|ies)`,
    String.raw`diagnostic labs?`,
    String.raw`pathology`,
    String.raw`blood test(?:ing|s)?`,
    String.raw`testing labs?`,
    String.raw`clinical labs?`,
    String.raw`medical lab`,
    // "the largest provider of diagnostic testing", "a clinical testing company": testing as a body's trade is a lab's.
    String.raw`providers? of (?:\S+ ){0,2}?(?:diagnostic|clinical|medical) (?:laboratory )?testing`,
    String.raw`(?:diagnostic|clinical|medical|lab) (?:laboratory )?testing (?:company|firm|provider|business|chain)s?`,
    // "Enzo provides diagnostic testing services": the service it sells is a lab's.
    String.raw`(?:diagnostic|clinical|medical) (?:laboratory )?testing services`,
    // "a medical diagnostics company", "diagnostics giant", "one of the largest diagnostics companies": a body that
    // sells diagnostics sells tests.
    String.raw`diagnostics (?:compan(?:y|ies)|firms?|providers?|groups?|chains?|giants?|business(?:es)?)`,
  ),
  imaging: phrases(
    String.raw`(?:tele-?)?radiology`,
    String.raw`imaging`,
    String.raw`radiologists?`,
    String.raw`mri (?:cent(?:er|re)|clinic|provider|services)s?`,
    String.raw`(?:mobile|diagnostic) (?:mri|imaging|scanning)`,
    String.raw`pacs`,
  ),
  "mental-health": phrases(
    String.raw`mental health`,
    String.raw`addiction (?:treatment|recovery|services?|cent(?:er|re)s?|clinics?)`,
    String.raw`substance (?:use|abuse) (?:treatment|disorder)`,
    String.raw`behavio(?:u)?ral health`,
    String.raw`psychiatric`,
    String.raw`psychotherap\w+`,
    String.raw`counsel(?:l)?ing service`,
    String.raw`guidance (?:cent(?:er|re)|clinic|services)`,
  ),
  "care-home": phrases(
    String.raw`nursing homes?`,
    String.raw`care homes?`,
    String.raw`long-term care`,
    String.raw`assisted[- ]living`,
    String.raw`(?:skilled )?nursing (?:facilit(?:y|ies)|cent(?:er|re)s?)`,
    String.raw`senior care`,
    String.raw`memory care`,
    String.raw`home[- ]?care`,
    String.raw`social care`,
    String.raw`senior living`,
    String.raw`aged care`,
    String.raw`retirement homes?`,
    // Hospice and home health care are long-term and end-of-life care given at home or in a residence.
    String.raw`hospices?(?! civils)`,
    String.raw`home[- ]health`,
  ),
  // The vehicles ("diverted ambulances", "ambulance diversion") say nothing about what the victim is.
  ambulance: phrases(
    String.raw`ambulance (?:services?|trusts?|dispatch|authority|authorities|district|provider|company)`,
    String.raw`ambulance(?! divers| divert)`,
    String.raw`ems (?:agency|agencies|authority|authorities|district|department|provider|service|crews?|dispatch)`,
    String.raw`(?:county|city|regional|district|area|fire and|fire &) ems\b`,
    String.raw`paramedics?`,
    String.raw`999 (?:service|call)`,
    String.raw`(?:nhs )?111 (?:service|provider|line|call handl(?:ing|ers?))s?`,
    String.raw`911 dispatch`,
    String.raw`emergency medical services`,
  ),
  // "health insurance information" is a kind of stolen data, not what the victim is.
  insurer: phrases(
    String.raw`health insur(?:er|ance(?! (?:information|info|details|data|numbers?|cards?|claims?|policy|policies|ids?|identification|member)))`,
    String.raw`insurers?`,
    String.raw`health plans?`,
    // A Blue Cross or Blue Shield plan is a health insurer by its brand ("Excellus BlueCross BlueShield").
    String.raw`blue ?(?:cross|shield)`,
    String.raw`(?:dental|vision) (?:insur\w+|benefits?|plans?|coverage|payers?)`,
    String.raw`payers?`,
    String.raw`medical billing`,
    String.raw`billing (?:company|provider|services)`,
    String.raw`claims processor`,
    // "handles billing for EMS agencies": the customers named after it are not what the victim is.
    String.raw`billing (?:and (?:coding|collections) )?(?:for|on behalf of)`,
    String.raw`revenue cycle`,
    String.raw`health maintenance organi[sz]ations?`,
    String.raw`hmos?`,
    // "a managed care and pharmacy benefits company": the first trade joined to another keeps the head noun.
    String.raw`managed care (?:and (?:[\w-]+ ){1,2}?)?(?:organi[sz]ations?|plans?|compan(?:y|ies)|insurers?)`,
    String.raw`(?:medicaid|medicare|medicare advantage) (?:plans?|insurers?|managed care)`,
  ),
  "health-it-vendor": phrases(
    String.raw`software (?:provider|vendor|company|supplier|firm|maker|developer)s?`,
    // "a Texas-based maker of software for emergency medical services": the software is what it is, the rest customers.
    // "a maker of electronic health record software": the kind of software may take a few words.
    String.raw`(?:maker|developer|supplier|vendor)s? of (?:[\w-]+ ){0,4}?software`,
    String.raw`it (?:services )?(?:provider|supplier|vendor|company)`,
    String.raw`technology (?:services )?(?:provider|vendor|company)`,
    String.raw`(?:ehr|emr|electronic (?:health|medical|patient) records?(?: \(e[hmp]r\))?) (?:vendor|company|firm|provider|supplier|developer|maker)`,
    String.raw`health ?it (?:vendor|company)`,
    // "the company that runs electronic health record systems for practices": a body defined by the records systems it
    // runs or sells for others (a hospital's own "electronic health record system went down" has no such verb).
    // "the company that supplies their electronic patient care record system" (the UK's ambulance record) is one too.
    String.raw`(?<=\b(?:that|which|who) )(?:runs|makes|sells|develops|supplies|hosts)\s+(?:\S+\s+){0,2}?(?:ehr|emr|(?:electronic )?(?:health|medical|patient(?: care)?) records?)(?: \(e[hmp]r\))? (?:systems?|software|platforms?)`,
    String.raw`nhs vendor`,
    String.raw`vendor`,
    String.raw`(?<!(?:medical|surgical) (?:equipment |supplies |devices? )?|equipment )supplier(?! of (?:medical|surgical|hospital|healthcare|mobility)\b)`,
    String.raw`(?:healthcare |health |medical )?(?:ai|artificial intelligence|analytics|data analytics) (?:firm|company|startup|start-up|vendor|provider)`,
    String.raw`clearing ?house`,
    String.raw`payments? (?:management|processing) (?:platform|company|firm|provider|services)`,
    String.raw`managed (?:service|it) provider`,
    String.raw`(?:cloud|hosting|cloud hosting|web hosting|data hosting) (?:services )?(?:provider|company|firm|vendor)`,
    String.raw`third[- ]party (?:software|provider|vendor|supplier)`,
    String.raw`healthcare (?:technology|payment|claims) \w+`,
    String.raw`claims (?:processing|clearing)`,
    String.raw`health ?tech(?:nology)? (?:company|firm|giant)`,
    String.raw`shared services?`,
    String.raw`care management software`,
    String.raw`software platforms?`,
    String.raw`(?:e-?|electronic )prescri(?:ption|bing) (?:network|platform|service|system|software|provider|company|firm)s?`,
    String.raw`(?:medical )?transcription (?:company|firm|service|provider|vendor|startup|start-up)s?`,
    String.raw`(?:scheduling|booking|appointment|telehealth|telemedicine|messaging|e-?prescribing) platforms?`,
    // US trade press names a supplier by the service it sells to plans and providers: "patient engagement company X".
    String.raw`(?:patient engagement|population health(?: management)?|care coordination) (?:company|firm|platform|provider|vendor|startup|start-up)s?`,
  ),
  "pharma-medtech": phrases(
    String.raw`pharmaceutical (?:company|firm|giant|manufacturer|group)`,
    String.raw`pharmaceuticals\b`,
    String.raw`(?:bio)?pharma (?:company|firm|giant|group|maker)`,
    String.raw`(?:supplier|maker|manufacturer|distributor)s? of (?:(?:dental|medical|surgical|hospital|healthcare|mobility) (?:and |& |or )?){1,3}(?:equipment|devices|supplies|products|aids)`,
    String.raw`(?:maker|manufacturer|developer|supplier)s? of (?:\S+ ){0,2}?(?:insulin|pumps|implants|inhalers|catheters|stents|prosthe\w+|wheelchairs|ventilators|syringes|test kits|vaccines|medicines|drugs)\b`,
    String.raw`(?:medical|surgical) (?:equipment |supplies |device )?(?:supplier|distributor)s?`,
    // "equipment supplier NRS Healthcare": equipment a health body is supplied with is medical, not computing.
    String.raw`(?<!\b(?:it|computer|network|office|software|electrical) )equipment (?:supplier|distributor|maker|manufacturer)s?`,
    String.raw`drugmakers?`,
    String.raw`drug ?makers?`,
    String.raw`medical device (?:maker|manufacturer|company)`,
    String.raw`biotech(?:nology)? (?:company|firm)`,
    String.raw`vaccine maker`,
    String.raw`(?:maker|manufacturer|developer)s? of (?:[\w-]+,? ){0,5}?(?:medical )?(?:devices|implants|drugs|medicines|vaccines)`,
    // "the Swedish maker of radiotherapy equipment": equipment named by the care it gives or the test it runs.
    String.raw`(?:maker|manufacturer|supplier|developer)s? of (?:[\w-]+ ){0,2}?(?:radiotherapy|radiation therapy|imaging|x-ray|dialysis|diagnostic|monitoring|infusion|ultrasound|mri|scanning) (?:equipment|machines|systems|devices|scanners)`,
    String.raw`medical technology (?:company|firm|group)`,
    String.raw`medtech (?:company|firm|group)`,
  ),
  "public-health": phrases(
    String.raw`department of health`,
    String.raw`ministry of health`,
    String.raw`health ministry`,
    String.raw`health department`,
    String.raw`public health (?:agency|department|authority)`,
    String.raw`(?<!home )health agency`,
    String.raw`state health`,
  ),
  research: phrases(
    String.raw`research (?:institute|cent(?:er|re)|firm|company|organi[sz]ation|team)`,
    String.raw`clinical (?:research|trials?|studies)`,
    String.raw`medicines research`,
    // A national research council: "Council of Medical Research", "Medical Research Council".
    String.raw`(?:council|institute|foundation) (?:of|for) medical research`,
    String.raw`medical research (?:council|institute|foundation)`,
    String.raw`contract research`,
    String.raw`pharmacology specialist`,
  ),
  "other-healthcare": phrases(
    String.raw`healthcare (?:organi[sz]ation|provider|company|firm)`,
    String.raw`health ?care provider`,
    String.raw`medical (?:firm|company|provider)`,
    String.raw`blood (?:bank|service|donation cent(?:er|re))s?`,
    String.raw`plasma (?:collector|collection|donation)s?`,
    String.raw`organ (?:procurement|donation|donor)(?: organi[sz]ations?| networks?| agency| agencies)?`,
  ),
};

/**
 * Per victim type, the words each match of its cue pattern opens on (opening-words.ts): the extractor tries a pattern
 * only where one of them begins. Keep them in step with VICTIM_TYPE_CUES: the first word of every phrase (a word an
 * optional part may leave first too), "#" for a figure. The hospital cues' "...klinik(um|en)", which can open inside
 * a word, are read whole in any text that holds "klinik" (victim-type.ts).
 */
export const VICTIM_TYPE_OPENINGS: Record<VictimType, string> = {
  hospital:
    "hospital* health* # medical university academic regional teaching children women military army national district general trauma nhs referral acute emergency h hopital hopitaux hospices chu centre uni* krankenhaus ysbyty ospedal* casa case azienda assistance ziekenhuis asl ausl ulss asst",
  "cosmetic-surgery": "cosmetic plastic aesthetic rhinoplasty liposuction breast tummy facelift*",
  clinic:
    "clinic clinics klinik medical oncology cancer dermatology cardiology gastroenterology urology neurology podiatry allergy pain specialty outpatient practice practices obstetrics ob obgyn pediatric pediatrics paediatric paediatrics women audiolog* hearing orthop* physician fertility eye specialist urgent physical physiotherap* chiropract* rehabilitation optician* optometr* ophthalmolog* vision retina skin spine joint foot ankle sleep vein wound hand ear dialysis kidney walk ambulatory surgery surgical ent otolaryngolog*",
  "primary-care":
    "gp general family practice doctor physician primary community medical federally polyclinic polyclinics health",
  dental: "dental dentist dentists dentistry tandv* tandarts zahnarzt* zahnklinik* orthodont*",
  pharmacy: "pharmac* drugstore drugstores chemist chemists",
  laboratory: "laborator* lab diagnostic diagnostics pathology blood testing clinical medical provider providers",
  imaging: "radiolog* tele teleradiology imaging mri mobile diagnostic pacs",
  "mental-health":
    "mental addiction substance behavioral behavioural psychiatric psychotherap* counseling counselling guidance",
  "care-home":
    "nursing care long assisted skilled senior memory home homecare homehealth social aged retirement hospice hospices",
  ambulance:
    "ambulance ambulances ems county city regional district area fire paramedic paramedics 999 nhs 111 911 emergency",
  insurer:
    "health insurer insurers blue bluecross blueshield dental vision payer payers medical billing claims revenue hmo hmos managed medicaid medicare",
  "health-it-vendor":
    "software it technology ehr emr electronic health* nhs vendor supplier maker makers developer developers healthcare medical ai artificial analytics data clearing* payment payments managed cloud hosting web third claims shared care e eprescri* transcription scheduling booking appointment patient population telehealth telemedicine messaging runs makes sells develops supplies hosts",
  "pharma-medtech":
    "pharmaceutical* pharma biopharma supplier* maker* manufacturer* distributor* developer* medical surgical drugmaker* drug medtech vaccine biotech* equipment",
  "public-health": "department ministry health public state",
  research: "research clinical medicines contract pharmacology council institute foundation medical",
  "other-healthcare": "healthcare health medical blood plasma organ",
};

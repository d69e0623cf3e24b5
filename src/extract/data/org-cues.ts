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
  "optometry",
  "podiatry",
  "chiropractic",
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
  // other languages
  "krankenhaus",
  "ziekenhuis",
  "sjukhus",
  "sygehus",
  "sairaala",
  "szpital",
  "nemocnice",
  "salud",
];

/** A word that makes a capitalised name a healthcare organisation ("Health", "Hospital", "Radiology", "HealthCare", "UofLHealth"). */
export const HEALTH_WORD = new RegExp(
  String.raw`^(?:\S*health\S*|\S*hospital\S*|h[oô]pital|\S*klinik\S*|clinic|clinics|clinique|medical|medicine|medicines|medcenter|infirmary|hospice|radiology|imaging|laborator(?:y|ies)|labs?|pharmacy|pharmacies|pharma\w*|surgery|surgical|surgeons?|ambulance|nursing|dental|dentistry|diagnostics?|physicians|orthop(?:a)?edics?|oncology|cancer|paediatrics?|pediatrics?|rehabilitation|behavioral|behavioural|psychiatric|fertility|dialysis|pathology|care|healthcare|nhs|ems|biotech\w*|therapeutics|medtech|transplant|blood|therapy|physiotherapy|counseling|counselling|psychology|psychological|psychotherapy|${MORE_HEALTH_WORDS.join("|")})$`,
  "i",
);

/** Words that never make a name distinctive on their own ("Health Department", "Chicago Hospital"). */
export const GENERIC_ORG_WORDS = new Set(
  ("the a an health healthcare hospital hospitals medical medicine clinic clinics care public national general services service sector system systems department ministry of and & for de la le du des group network trust center centre office agency state federal county city regional radiology imaging laboratory laboratories lab labs pharmacy pharmacies surgery surgical dental nursing home homes ambulance hospice patients patient medicines research institute university chain giant provider providers company firm two three four five six several behavioral behavioural psychiatric psychological psychology clinical pediatric paediatric diagnostic diagnostics fertility oncology cancer therapy counseling counselling blood transplant pathology dialysis rehabilitation" + ` ${MORE_HEALTH_WORDS.join(" ")}`).split(
    " ",
  ),
);

/** Names that look like organisations in health news but are never the victim: regulators, agencies, outlets, security firms. */
export const NOT_A_VICTIM =
  /^(?:(?:U\.?S\.? )?Department of Health and Human Services|Health and Human Services|HHS|Office (?:for|of) Civil Rights|OCR|FBI|CISA|NSA|NCSC|National Cyber Security Cent(?:re|er)|ICO|Information Commissioner(?:'s Office)?|Europol|Interpol|INTERPOL|World Health Organi[sz]ation|WHO|NHS(?: England| Digital| Scotland| Wales| Providers| Confederation| Trust)?|Care Quality Commission|CQC|BleepingComputer|Bleeping Computer|TechCrunch|The Record|Record|The Register|Register|Reuters|Associated Press|AP|BBC|CNN|CBS|NBC|ABC|Fox|Wired|Bloomberg|The Guardian|Guardian|DataBreaches(?:\.net)?|HIPAA Journal|HIPAA|Becker'?s(?: Hospital Review| Healthcare)?|Modern Healthcare|Healthcare IT News|Health IT Security|Healthcare Dive|Fierce Healthcare|HealthLeaders(?: Media)?|Healthcare Innovation|KFF Health News|Kaiser Health News|STAT|STAT News|MedCity News|MedPage Today|Medscape|Health Service Journal|HSJ|Pulse|Pulse Today|Digital Health|Health Data Management|Healthcare Finance(?: News)?|HealthTech(?: Magazine)?|Healthcare IT Today|Health Exec|Healthcare Info ?Security|Health Affairs|Health Imaging|Radiology Business|SC Media|Security Affairs|Security Week|SecurityWeek|Cybernews|Dark Reading|The Daily Beast|Daily Beast|Emsisoft|Recorded Future|Mandiant|Microsoft|Google|Sophos|Check Point|Kaspersky|CrowdStrike|Palo Alto Networks|Unit 42|Flashpoint|HackManac|BlackBerry|Varonis|Cyble|TRM Labs|Chainalysis|Telegram|Twitter|Reddit|Tor|Bitcoin|Ponemon Institute|Censinet|Health-ISAC|H-ISAC|American Hospital Association|AHA|American Medical Association|British Medical Association|BMA|Royal College of \w+|Joint Commission|Medicare|Medicaid|Health Sector Cybersecurity Coordination Cent(?:er|re)|HC3|Z-CERT|Z-Cert|CERT-In|CERT|ANSSI|CNIL|Department of Justice|DOJ|Justice Department|Attorney General|Privacy Commissioner|Maine Attorney General'?s Office|PHI|PII|EHR|EMR|EPR|IT|HPH|MFA|COVID|COVID-19|GP|A&E|ER|ICU)$/i;

/** Last words that make a name a publication ("Hospital Review", "Health News", "Medical Times"): an outlet, never the victim. */
export const MEDIA_WORD = /^(?:News|Journal|Magazine|Review|Times|Post|Today|Daily|Herald|Tribune|Gazette|Wire|Insider|Dive|Digest|Reporter|Bulletin|Chronicle|Observer|Telegraph|Courier)$/;

/** Descriptions that follow or precede a name and make it a victim organisation ("Medibank, the Australian health insurer"). */
export const ORG_DESCRIPTOR =
  "(?:health insurer|health insurance provider|health insurance company|insurer|hospital(?: network| group| chain| system)?|health system|health network|health provider|healthcare provider|health care provider|provider|pharmacy(?: network| chain| services provider)?|clinic|practice|firm|company|vendor|supplier|laborator(?:y|ies)|lab|chain|network|organi[sz]ation|trust|health board|charity|giant|operator|group|cent(?:er|re)|service|platform|maker|manufacturer|developer|distributor|collector|facility|institute|foundation|business|contractor|specialist|authority|home|surgery|hospice)";

/** Cue phrases per victim type; the most specific matching type wins ties (order of VICTIM_TYPES). */
export const VICTIM_TYPE_CUES: Record<VictimType, RegExp> = {
  hospital:
    /\b(?:hospitals?|health ?systems?|medical cent(?:er|re)s?|nhs (?:foundation )?trusts?|health boards?|hospital (?:network|group|chain)s?|trauma cent(?:er|re)|teaching hospital|referral hospital|health network|healthcare network|acute care|emergency (?:department|room)s?|h[oô]pital|klinikum|university (?:hospital|clinic)|health region|health alliance|regional medical)\b/gi,
  "cosmetic-surgery": /\b(?:cosmetic (?:surgery|surgeon|clinic|procedures?)|plastic (?:surgery|surgeon)s?|aesthetic (?:clinic|surgery)|cosmetic)\b/gi,
  // "university clinic" is how translated news names a university hospital (Uniklinik).
  clinic: /\b(?:(?<!university )clinics?|medical practices?|(?:oncology|cancer|dermatology|cardiology|gastroenterology|urology|neurology|podiatry|allergy|pain|specialty|outpatient) (?:practice|group|associates)s?|audiolog(?:y|ists?)|hearing (?:care|cent(?:er|re)s?|clinics?)|orthopa?edic (?:associates|specialists|surgeons|cent(?:er|re)s?)|orthopa?edics\b|physician (?:group|practice)s?|fertility|eye (?:clinic|cent(?:er|re)|hospital)|outpatient (?:clinic|cent(?:er|re))s?|specialist practice|urgent care|medical group|orthopa?edic (?:practice|group|clinic)|physical therap(?:y|ists?)|physiotherap\w+|chiropract\w+|rehabilitation (?:clinic|cent(?:er|re))s?)\b/gi,
  "primary-care": /\b(?:gp (?:surgery|surgeries|practice|practices)|general practi(?:ce|tioners?)|family (?:doctors?|physicians?|medicine)|primary (?:care|health)|community health cent(?:er|re)s?|federally qualified|health cent(?:er|re)s?)\b/gi,
  dental: /\b(?:dental|dentists?|dentistry|orthodont\w+)\b/gi,
  pharmacy: /\b(?:pharmac(?:y|ies)|pharmacists?|drugstores?|chemists?|pharmacy benefit)\b/gi,
  laboratory: /\b(?:laborator(?:y|ies)|diagnostic labs?|pathology|blood test(?:ing|s)?|testing labs?|clinical labs?|medical lab)\b/gi,
  imaging: /\b(?:radiology|imaging|radiologists?|mri (?:cent(?:er|re)|clinic)|pacs)\b/gi,
  "mental-health": /\b(?:mental health|addiction (?:treatment|recovery|services?|cent(?:er|re)s?|clinics?)|substance (?:use|abuse) (?:treatment|disorder)|behavio(?:u)?ral health|psychiatric|psychotherap\w+|counsel(?:l)?ing service)\b/gi,
  "care-home": /\b(?:nursing homes?|care homes?|long-term care|assisted living|home care|social care|senior living|aged care|retirement homes?)\b/gi,
  // The vehicles ("diverted ambulances", "ambulance diversion") say nothing about what the victim is.
  ambulance:
    /\b(?:ambulance (?:services?|trusts?|dispatch|authority|authorities|district|provider|company)|ambulance(?! divers| divert)|ems (?:agency|agencies|authority|authorities|district|department|provider|service|crews?|dispatch)|(?:county|city|regional|district|area|fire and|fire &) ems\b|paramedics?|999 (?:service|call)|911 dispatch|emergency medical services)\b/gi,
  // "health insurance information" is a kind of stolen data, not what the victim is.
  insurer: /\b(?:health insur(?:er|ance(?! (?:information|info|details|data|numbers?|cards?|claims?|policy|policies|ids?|identification|member)))|insurers?|health plans?|payers?|medical billing|billing (?:company|provider|services)|claims processor)\b/gi,
  "health-it-vendor": /\b(?:software (?:provider|vendor|company|supplier|firm)|it (?:services )?(?:provider|supplier|vendor|company)|technology (?:services )?(?:provider|vendor|company)|(?:ehr|emr|electronic (?:health|medical|patient) records?(?: \(e[hmp]r\))?) (?:vendor|company|firm|provider|supplier|developer|maker)|health ?it (?:vendor|company)|nhs vendor|vendor|(?<!(?:medical|surgical) )supplier(?! of (?:medical|surgical|hospital|healthcare|mobility)\b)|(?:healthcare |health |medical )?(?:ai|artificial intelligence|analytics|data analytics) (?:firm|company|startup|start-up|vendor|provider)|clearing ?house|payments? (?:management|processing) (?:platform|company|firm|provider|services)|managed (?:service|it) provider|third[- ]party (?:software|provider|vendor|supplier)|healthcare (?:technology|payment|claims) \w+|claims (?:processing|clearing)|health ?tech(?:nology)? (?:company|firm|giant)|shared services?|care management software|software platforms?)\b/gi,
  "pharma-medtech": /\b(?:pharmaceutical (?:company|firm|giant|manufacturer|group)|pharmaceuticals\b|(?:bio)?pharma (?:company|firm|giant|group|maker)|(?:supplier|maker|manufacturer|distributor)s? of (?:medical|surgical|hospital|healthcare|mobility) (?:equipment|devices|supplies|products|aids)|(?:medical|surgical) (?:equipment |supplies |device )?(?:supplier|distributor)s?|drugmakers?|drug ?makers?|medical device (?:maker|manufacturer|company)|biotech(?:nology)? (?:company|firm)|vaccine maker)\b/gi,
  "public-health": /\b(?:department of health|ministry of health|health ministry|health department|public health (?:agency|department|authority)|health agency|state health)\b/gi,
  research: /\b(?:research (?:institute|cent(?:er|re)|firm|company|organi[sz]ation|team)|clinical (?:research|trials?|studies)|medicines research|contract research|pharmacology specialist)\b/gi,
  "other-healthcare": /\b(?:healthcare (?:organi[sz]ation|provider|company|firm)|health ?care provider|medical (?:firm|company|provider))\b/gi,
};

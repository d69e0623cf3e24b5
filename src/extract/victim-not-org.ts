// Capitalised runs that look like organisations but name something else: laws, crimes and campaigns ("Medical Identity
// Theft", "Health Act", "Clinical Laboratory Improvement Amendments"), kinds of data and parts of a hospital ("Protected
// Health Information", "Intensive Care Unit"), events, products and data sets ("Kestrel Imaging Archive (KIA) system",
// "Sony Surgical Displays"), descriptions written in capitals ("Top Distributor for Ridgeway Medical"), and a body's
// officers, committees and staff ("Chief Nursing Officer", "Medical Executive Committee", "MEDICAL STAFF").

// The last word of such a name, one per line.
const TAILS = [
  // laws, rules and programmes
  "act",
  "acts",
  "amendment",
  "amendments",
  "rule",
  "rules",
  "law",
  "regulation",
  "regulations",
  "directive",
  "statute",
  "guidelines",
  "framework",
  "program",
  "programme",
  // crimes and campaigns
  "theft",
  "fraud",
  "scam",
  "scams",
  "awareness",
  "month",
  "week",
  "day",
  // kinds of data and records
  "information",
  "record",
  "records",
  "number",
  "numbers",
  "details",
  "files",
  "portal",
  "portals",
  // parts of a hospital
  "unit",
  "units",
  "ward",
  "wards",
  // events and publications
  "forum",
  "conference",
  "summit",
  "report",
  "survey",
  "index",
  // a newsletter's or show's masthead: "Primary Care Security Notes: ...", "Health IT Roundup"
  "notes",
  "weekly",
  "digest",
  "newsletter",
  "bulletin",
  "briefing",
  "roundup",
  "podcast",
  // committees and staff of a body, not bodies ("the Medical Executive Committee", a minutes heading "MEDICAL STAFF")
  "committee",
  "committees",
  "subcommittee",
  "staff",
  // products
  "displays",
  "printers",
  "monitors",
  "scanners",
];
const NOT_ORG_TAIL = new RegExp(`^(?:${TAILS.join("|")})$`, "i");

// Roles written before "for" describe a business ("Top Master Distributor for X"), they do not name it.
const ROLE_BEFORE_FOR = new Set([
  "distributor",
  "supplier",
  "reseller",
  "dealer",
  "vendor",
  "provider",
  "partner",
  "agent",
  "maker",
  "manufacturer",
]);

// Lower-case product nouns after a name: "the Kestrel Imaging Archive (KIA) system" is a product, "the Ridgeway
// database" a data set. After a bare name only the unambiguous ones: "the Kestrel Health system" is a health system.
const PRODUCT_AFTER_ACRONYM = /^ (?:system|software|platform|database|dataset|data set|data|tool|app|application)\b/;
const PRODUCT_AFTER_NAME = /^ (?:software|database|dataset|data set)\b/;

// A run opened by a data quantity ("9.5GB of MD Lab's research data" cut after the decimal point as "5GB of MD Lab")
// is a figure, not a name.
const DATA_QUANTITY = /^\d+(?:\.\d+)?(?:[kmgtp]b|gigs?|bytes)$/i;

// A kind of body in the plural, capitalised only because it opens a headline or sentence ("Hospitals' dictation service
// still down", "Clinics across the region ..."): many bodies of a kind, no one of them named.
const KIND_PLURAL =
  /^(?:hospitals|clinics|pharmacies|practices|surgeries|doctors|physicians|patients|trusts|hospices|laboratories|labs|dentists|insurers|providers)['’]?$/i;

// A rundown's slug in capitals before its item ("CHILDREN'S HOSPITAL: East Tennessee Children's Hospital says ..."): the
// story's label, not a body's name (a lone acronym before a colon, "UPMC: no data taken", may be one).
function isSlug(doc: string, words: string[], end: number): boolean {
  return doc.charCodeAt(end) === 58 && words.length >= 2 && words.every((w) => !/\p{Ll}/u.test(w));
}

// A chief officer's title with its head word cut off ("Chief Nursing" of "Chief Nursing Officer Dana Ruiz").
const OFFICER_AFTER = /^ (?:Officer|Executive)\b/i;

/** True when the capitalised run `words`, ending at doc[end], names no organisation. */
export function namesNoOrganisation(doc: string, words: string[], end: number, hasAcronym: boolean): boolean {
  if (NOT_ORG_TAIL.test(words[words.length - 1]!)) return true;
  if (words[0] === "Chief" && OFFICER_AFTER.test(doc.slice(end, end + 11))) return true;
  if (words.length === 1 && KIND_PLURAL.test(words[0]!)) return true;
  if (DATA_QUANTITY.test(words[0]!)) return true;
  if (isSlug(doc, words, end)) return true;
  for (let i = 1; i < words.length - 1; i++)
    if (words[i + 1] === "for" && ROLE_BEFORE_FOR.has(words[i]!.toLowerCase())) return true;
  // Product nouns are lower-case words after a space: most names are followed by something else.
  // Read within the text: a charCodeAt past its end threw the optimised code away.
  const next = end + 1 < doc.length ? doc.charCodeAt(end + 1) : -1;
  if (end >= doc.length || doc.charCodeAt(end) !== 32 || next < 97 || next > 116) return false;
  return (hasAcronym ? PRODUCT_AFTER_ACRONYM : PRODUCT_AFTER_NAME).test(doc.slice(end, end + 14));
}

const PRODUCT_NOUN = /\b(?:software|tool|application|app|product|vulnerabilit(?:y|ies)|flaw|bug|zero-day|exploit)\b/gi;
const FLAW_IN = /^(?:(?:vulnerabilit(?:y|ies)|flaw|bug|zero-day) in (?:the )?)/i;
// Enough for any article; a page repeating the nouns cannot make the reading grow with it.
const MAX_PRODUCT_NOUNS = 50;

/**
 * The stretches of text where a name would be called a piece of software or the flaw's home: the words before
 * "software", "tool", "flaw" ... ("the MOVEit Transfer file-sharing software") and after "a flaw in" ("a flaw in
 * MOVEit"). Read once per article; `namedAsProduct` looks names up in them.
 */
export function productContexts(doc: string): string[] {
  const out: string[] = [];
  PRODUCT_NOUN.lastIndex = 0;
  for (let m = PRODUCT_NOUN.exec(doc); m && out.length < MAX_PRODUCT_NOUNS; m = PRODUCT_NOUN.exec(doc)) {
    out.push(doc.slice(Math.max(0, m.index - 50), m.index));
    const after = doc.slice(m.index, m.index + 70);
    const flaw = FLAW_IN.exec(after);
    if (flaw) out.push(after.slice(flaw[0].length));
  }
  return out;
}

/** True when a stretch of `contexts` (see productContexts) holds the name: the text calls it a product. */
export function namedAsProduct(contexts: readonly string[], name: string): boolean {
  for (const c of contexts) if (c.includes(name)) return true;
  return false;
}

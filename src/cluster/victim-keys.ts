import { nameWord, nameWords, nameWordSet } from "./name-words";
import { foldWords } from "./text";

// Words that say what kind of body an organisation is, not which one: "Capital Health" and
// "Capital Health Regional Medical Center" share "capital", not "health".
// The same words in the languages of the victims' own names ("Klinikum Hesselbach" is "Hesselbach Hospital").
const GENERIC = nameWordSet(
  "the a an of and for at in de du des la le les der die das und inc ltd llc plc limited corp corporation co company gmbh ggmbh mbh ag sa srl spa bv nv ab oy pty sas sarl kg ev nhs foundation trust trusts hospital hospitals hopital hopitaux hospitalier hospitaliere health healthcare medical medicine center centre centers centres clinic clinics group groups system systems service services care network partners practice practices surgery associates institute authority board department dept " +
    "klinik kliniken klinikum klinika krankenhaus krankenhauser spital spitaler uniklinik universitatsklinikum universitatsklinik clinique clinica clinicas ospedale ospedali ospedaliera ospedaliero azienda hospitalar hospitalario ziekenhuis sjukhus sygehus sykehus szpital nemocnice gesundheit salud sante",
);
// Distinctive-looking words that many unrelated organisations share: alone they identify nobody.
const WEAK = nameWordSet(
  "universitat universitaire universitario universitaria community regional general memorial university universities county city state national royal children childrens women womens north south east west northern southern eastern western central saint st mount mt valley united public private family county district provincial mercy baptist methodist catholic christian lutheran presbyterian adventist sisters good samaritan",
);
// Words naming a kind of healthcare body ("Kalomi Dental", "Brenmoor Ambulance Service"). They stay in
// names, where they tell a town's dental practice from its hospital, but as loose blocking tokens
// each would bring back every dental practice or ambulance service on file, and none of those can
// match without a truly distinctive word in common anyway.
const KIND = nameWordSet(
  "dental dentist dentists dentistry orthodontic orthodontics pathology laboratory laboratories labs lab ambulance ambulances home homes nursing hospice hospices pharmacy pharmacies pharmacists imaging radiology diagnostic diagnostics surgical physicians physician doctors pediatric pediatrics paediatric orthopaedic orthopedic orthopaedics orthopedics eye eyes vision optical optometry rehabilitation rehab behavioral behavioural mental wellness therapy therapies urgent emergency cancer oncology cardiology heart fertility maternity dialysis kidney blood dermatology clinical residential living senior seniors elderly",
);
const LEGAL_SUFFIX = nameWordSet(
  "inc ltd llc plc limited corp corporation co gmbh ggmbh mbh ag sa srl spa bv nv ab oy pty sas sarl kg ev",
);

/** The keys under which a set of victim names can be found, and compared, across articles. */
export interface VictimKeys {
  /** Normalised full names and their distinctive cores: equal entries mean the same organisation. */
  names: Set<string>;
  /** Acronyms (lower-case) the sources wrote: a name that is one, one in brackets, one the text ties to a name. */
  acronyms: Set<string>;
  /**
   * Initials of names of three or more words. They match a written acronym, never other initials:
   * "Saint Anthony Hospital" and "Southern Arizona Hospital" share "sah" and nothing else.
   */
  initials: Set<string>;
  /**
   * Distinctive single words (not generic, not weak, not a kind of body unless the name has nothing
   * else), for the looser blocking tier.
   */
  tokens: Set<string>;
}

// An acronym in brackets or on its own: "HMR", "MDLab", "CHC-SV" (a capital, then 2–7 letters with
// at least one more capital).
const ACRONYM = /^(?=.*[A-Z].*[A-Z])[A-Z][A-Za-z-]{1,7}$/;

// Capitalised words that are not names of anybody: "NHS Lothian" and "NHS Tayside" share no acronym.
const NOT_ACRONYMS = new Set("nhs usa ehr emr icu pacs ceo cio ciso fbi hhs ocr".split(" "));

function acronymKey(token: string): string | null {
  if (!ACRONYM.test(token)) return null;
  const key = token.toLowerCase().replace(/-/g, "");
  return key.length >= 3 && !GENERIC.has(key) && !NOT_ACRONYMS.has(key) ? key : null;
}

/** Splits "London Bridge Plastic Surgery (LBPS)" into the name and the acronyms its brackets give. */
function splitBrackets(name: string): { bare: string; acronyms: string[] } {
  const acronyms: string[] = [];
  const bare = name.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    const key = acronymKey(inner.trim());
    if (key) acronyms.push(key);
    return " ";
  });
  return { bare, acronyms };
}

// Name words (name-words.ts) of an organisation name without a leading article or legal suffix.
function orgWords(name: string): string[] {
  const words = nameWords(splitBrackets(name).bare);
  while (words.length > 1 && (words[0] === "the" || words[0] === "a")) words.shift();
  while (words.length > 1 && LEGAL_SUFFIX.has(words[words.length - 1]!)) words.pop();
  return words;
}

/** Initials of a name's words other than small linking words, when there are at least three ("LBPS"). */
function initials(name: string): string | null {
  const words = nameWords(splitBrackets(name).bare).filter(
    (w) => !["of", "and", "the", "for", "de", "du", "la", "le", "at"].includes(w),
  );
  return words.length >= 3 ? words.map((w) => w[0]).join("") : null;
}

// The distinctive part of a name, or null when what is left after generic words identifies nobody.
function orgCore(words: string[]): string | null {
  const core = words.filter((w) => !GENERIC.has(w));
  return core.some((w) => !WEAK.has(w) && w.length >= 3) || core.length >= 2 ? core.join(" ") : null;
}

/**
 * Keys for a list of victim names. `text`, when given, ties a name to the acronym the text
 * puts after it ("London Bridge Plastic Surgery (LBPS)"), so a later "LBPS clinic" finds it.
 */
export function victimKeys(orgs: readonly string[], text = ""): VictimKeys {
  const keys: VictimKeys = { names: new Set(), acronyms: new Set(), initials: new Set(), tokens: new Set() };
  const tied = text && orgs.length > 0 ? bracketedAcronyms(text) : [];
  for (const org of orgs) {
    const domain = domainLabel(org);
    const words = domain ? [domain] : orgWords(org);
    if (words.length === 0) continue;
    keys.names.add(words.join(" "));
    const core = orgCore(words);
    if (core) keys.names.add(core);
    // Word order differs between newsrooms and languages ("University Hospital Kestrel", "Kestrel University Hospital").
    if (core?.includes(" ")) keys.names.add(core.split(" ").sort().join(" "));
    // Leak sites and trackers name a victim by its web address: "kestrelvalley.org" is "Kestrel Valley Health".
    // (only for a name with a distinctive core: run together, "Community Health Centers" would look distinctive)
    if (words.length > 1 && core) keys.names.add(words.join(""));
    if (core?.includes(" ")) keys.names.add(core.replace(/ /g, ""));
    for (const w of distinctiveTokens(words)) keys.tokens.add(w);
    const { bare, acronyms } = splitBrackets(org);
    for (const a of acronyms) keys.acronyms.add(a);
    for (const raw of bare.split(/\s+/)) {
      const a = acronymKey(raw.replace(/[^A-Za-z-]/g, ""));
      if (a) keys.acronyms.add(a);
    }
    const init = initials(org);
    if (init) keys.initials.add(init);
    const name = bare.replace(/\s+/g, " ").trim();
    if (name.length >= 4) for (const t of tied) if (t.before.endsWith(name)) keys.acronyms.add(t.key);
  }
  return keys;
}

// Labels under a country code that are no part of a name: "kestrel.nhs.uk", "kestrel.co.uk", "kestrel.com.au".
const SECOND_LEVEL = new Set("co com org net ac gov nhs edu med or ne go".split(" "));

/**
 * The name part of a victim written as a web address ("www.kestrel-valley.org" → "kestrelvalley"), in one-form
 * letters; null when `org` is no bare domain.
 */
function domainLabel(org: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+)[a-z]{2,}\/?$/i.exec(org.trim());
  if (!m) return null;
  const labels = m[1]!.toLowerCase().split(".").filter(Boolean);
  while (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop();
  const label = labels[labels.length - 1]!.replace(/-/g, "");
  return label.length >= 3 ? nameWord(label) : null;
}

// Words that single an organisation out, kind-of-body words only when nothing else does ("Dental Care Alliance").
function distinctiveTokens(words: readonly string[]): string[] {
  const distinctive = words.filter((w) => !GENERIC.has(w) && !WEAK.has(w) && w.length >= 4 && !/^\d+$/.test(w));
  const specific = distinctive.filter((w) => !KIND.has(w));
  return specific.length > 0 ? specific : distinctive;
}

/** Acronyms the text puts in brackets, each with the 120 characters before it (spaces folded), read once per text. */
function bracketedAcronyms(text: string): { key: string; before: string }[] {
  const out: { key: string; before: string }[] = [];
  for (const m of text.matchAll(/\(([^)]{2,10})\)/g)) {
    const key = acronymKey(m[1]!.trim());
    if (key)
      out.push({
        key,
        before: text
          .slice(Math.max(0, m.index - 120), m.index)
          .replace(/\s+/g, " ")
          .trimEnd(),
      });
  }
  return out;
}

/**
 * How two victim key sets relate: one named organisation in common, an acronym in common, or none. A name in common
 * made only of generic and weak words ("Community Health Centers", "Regional Medical Center") is "generic-name": many
 * unrelated bodies share it.
 */
export function compareVictims(
  a: VictimKeys,
  b: VictimKeys,
): "name" | "generic-name" | "contains" | "acronym" | "conflict" | "unknown" {
  if (a.names.size === 0 || b.names.size === 0) return "unknown";
  let generic = false;
  for (const n of a.names) {
    if (!b.names.has(n)) continue;
    if (n.split(" ").some((w) => !GENERIC.has(w) && !WEAK.has(w) && w.length >= 3)) return "name";
    generic = true;
  }
  if (generic) return "generic-name";
  for (const x of a.names) for (const y of b.names) if (containsName(x, y) || containsName(y, x)) return "contains";
  if (writtenAcronymMatches(a, b) || writtenAcronymMatches(b, a)) return "acronym";
  return "conflict";
}

// An acronym one side wrote, found among the other side's acronyms, initials or names ("LBPS" as a name).
function writtenAcronymMatches(a: VictimKeys, b: VictimKeys): boolean {
  for (const n of a.acronyms) if (b.acronyms.has(n) || b.initials.has(n) || b.names.has(n)) return true;
  for (const n of a.initials) if (b.names.has(n)) return true;
  return false;
}

// "capital health" inside "capital health regional medical center": whole words, and the shorter
// name must carry a distinctive word so "health system" never contains its way into a match.
function containsName(longer: string, shorter: string): boolean {
  if (longer.length <= shorter.length || !(" " + longer + " ").includes(" " + shorter + " ")) return false;
  return shorter.split(" ").some((w) => !GENERIC.has(w) && !WEAK.has(w) && w.length >= 4);
}

// A capitalised word as news writes names: "Kestrel", "O'Brannoc", "Hesselbach-Nord".
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** What a text writes that may name a victim its extraction missed (`mentionedWords`). */
export interface Mentions {
  /**
   * Words written with a capital that could single out an organisation (not generic, weak or a kind of body, at least
   * four letters), each with the kind-of-body words that followed it in its run of capitalised words, "" when none
   * did: "Shannonside Doctors" names no "Shannonside Clinics".
   */
  words: Map<string, Set<string>>;
  /** Kind-of-body words anywhere in the text, in any case ("dental", "pharmacy"). */
  kinds: Set<string>;
}

export const NO_MENTIONS: Mentions = { words: new Map(), kinds: new Set() };

/**
 * The mentions of a text, its first `limit` distinctive words in order: for an article whose extraction named no
 * victim, what names the victim may still be in its text ("Harrowgate Valley said on Monday…").
 */
export function mentionedWords(text: string, limit = 80): Mentions {
  const words = new Map<string, Set<string>>();
  let run: string[] = [];
  let end = -1;
  const close = () => {
    for (const w of run) words.get(w)!.add("");
    run = [];
  };
  for (const m of text.matchAll(CAPITALISED)) {
    // A run is capitalised words with nothing but spaces between them.
    if (end < 0 || !/^[ \t]+$/.test(text.slice(end, m.index))) close();
    end = m.index + m[0].length;
    for (const w of nameWords(m[0])) {
      if (KIND.has(w)) {
        for (const r of run) words.get(r)!.add(w);
        run = [];
      } else if (
        w.length >= 4 &&
        !GENERIC.has(w) &&
        !WEAK.has(w) &&
        !/^\d+$/.test(w) &&
        (words.has(w) || words.size < limit)
      ) {
        if (!words.has(w)) words.set(w, new Set());
        run.push(w);
      }
    }
  }
  close();
  const kinds = new Set<string>();
  for (const w of foldWords(text)) {
    const one = nameWord(w);
    if (KIND.has(one)) kinds.add(one);
  }
  return { words, kinds };
}

/**
 * How well a text's mentions write one of the victim names: the number of distinctive words of the best name whose
 * distinctive words are all written with a capital, none followed by a kind of body the name does not have, and
 * whose kind-of-body words the text uses (0 when none).
 */
export function mentionedNameWords(mentions: Mentions, victims: VictimKeys): number {
  let best = 0;
  if (mentions.words.size === 0) return best;
  for (const name of victims.names) {
    const nameWordList = name.split(" ");
    const words = distinctiveTokens(nameWordList);
    if (words.length <= best) continue;
    const own = new Set(nameWordList);
    const written = (w: string) => {
      const after = mentions.words.get(w);
      return !!after && [...after].some((k) => k === "" || own.has(k));
    };
    const kindsUsed = nameWordList.every((w) => !KIND.has(w) || mentions.kinds.has(w));
    if (kindsUsed && words.every(written)) best = words.length;
  }
  return best;
}

// Multi-item pages: weekly roundups, newsletter digests, security briefs, live blogs, podcast show notes and news
// rundowns tell several incidents, one item each, and only one of them is the healthcare incident the page is read as.
// Design note: each field reads in-scope sentences, so a roundup's other items lent their groups, ransoms, counts and
// outages to the healthcare item ("Caesars paid $15 million", "Also this week: a new phishing kit"). The page is cut
// into items by its layout (paragraphs, bullets, numbers, timestamps, capitalised slugs, headings, "Also this week"
// turns); the item that names a healthcare body (the headline's, when several do) is chosen, and every item that names
// another body and tells an incident, without naming the chosen body, becomes background for every field at once.
// Items that name no body ("Six patients were transferred", "The hospital cancelled operations") stay in scope: a live
// blog tells its one incident across many entries.
import type { Sentence } from "./text";

// A page's own label for a multi-item format, on its headline or a header line: "The Week in Ransomware", "Security
// briefs", "Cyber Digest", "Episode 188:", "Live:", "Tonight's headlines", "3 more healthcare breaches to know".
const DIGEST_LABEL =
  /\b(?:(?:week|month|year) in (?:ransomware|review|security|cyber\w*|breaches|privacy|health\w*)|this week in \w+|round-?ups?|digest|briefs|in brief|briefing|recap|wrap-?up|episode \d+|live (?:updates|blog)|(?:tonight's|today's|top|morning|evening) (?:headlines|stories|briefing)|(?:breaches|incidents|attacks|stories) to know|(?:ransomware|breaches|hacks|security|cyber\w*) (?:this|of the) week|by sector)\b|^\W*live\b/i;
// A heading that files the next item under its sector ("Government", "Healthcare", "Education"): two make a digest.
const SECTOR_HEADING =
  /^(?:government|public sector|healthcare|health|education|finance|financial services|banking|retail|manufacturing|technology|energy|utilities|transport|legal|hospitality)\s*:?$/i;
// A turn to the next items inside the page: "Also this week:", "Briefly", "In other news, ...", "Unrelated: ...",
// "From the wires", or to background ("For context: in 2017, ...").
const TURN =
  /^\W*(?:also (?:this week|today|in the news|of note)\b|also\s*:|briefly\b|in brief\b|in other news\b|in other (?:[\p{L}-]+ ){1,3}news\b|elsewhere\b|unrelated\b|from the wires\b|for context\b|(?:as )?a reminder\b|the other (?:big |main |top )?stor(?:y|ies)\b)/iu;
// An item's marker at the start of a line: a bullet (a dash, a dot, or a tracker's arrow or square: "▸ Rhysida · ..."), a
// number, a timestamp ("18:40 -", "(02:10)", "4:55pm -") or a capitalised slug ("TALLAHASSEE MEMORIAL:", "TOP STORY:").
const ITEM_MARK =
  /^(?:[-•*–—·▪▫■□●○◦‣▸▹►▻◆◇➤➢→]\s|\d{1,2}[.)](?:\s|$)|\(?\d{1,2}[:.]\d\d\s?(?:[aApP]\.?[mM]\.?)?\)?\s|\p{Lu}[\p{Lu}\d '&.-]{2,40}:\s)/u;
// The marks of a list of stories, as against a live blog's timestamps.
const BULLET = /^[-•*–—·▪▫■□●○◦‣▸▹►▻◆◇➤➢→]\s/;
const NUMBER = /^\d{1,2}[.)](?:\s|$)/;
const SLUG = /^\p{Lu}[\p{Lu}\d '&.-]{2,40}:\s/u;
// A point under its label ("The Target: CT Dent acts as ...", "Medical Imaging: DICOM files"), not a story.
const LABELLED_POINT = /^[^.:]{1,40}:\s/;
// A healthcare body by name: capitalised words holding a healthcare head ("Anna Jaques Hospital", "Alaska Department of
// Health and Social Services", "US Fertility"), or a capitalised name before a lower-case "hospital" ("André-Mignot
// hospital"). Read case-sensitively, and from a word's start: "UnitedHealth Group" holds no "Health Group".
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*`;
const HEALTH_HEAD = String.raw`(?:Hospitals?|Health(?:care|Care)?|HealthCare|Medical|Medicine|Clinics?|Fertility|Addiction|Imaging|Anesthesiology|Radiology|Oncology|Cancer|Dental|Pharmacy|Pharmaceuticals?|Laborator(?:y|ies)|Diagnostics|Surgery|Surgical|Physicians|Orthop(?:a)?edics?|Pediatrics|Paediatrics|Nursing|Hospice|Parenthood|Ambulance|NHS|Infirmary|Klinikum|Kliniken|Hôpital|Hospitalier|Vision|Eye|Eyecare|Hearing|Behavioral|Behavioural|Psychiatric|Rehabilitation|Dialysis|Kidney|Heart|BlueCross|BlueShield|Blue Cross|Blue Shield)`;
const HEALTH_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${NAME_WORD}(?: (?:of|for|and|de|du|la|&) | )){0,5}?${HEALTH_HEAD}\b(?: (?:${NAME_WORD}|of|and|for|de|du|la|&)){0,6}|${NAME_WORD}(?: ${NAME_WORD}){0,4} (?:hospital|clinic|hospital centre|hospital center|medical centre|medical center)\b|(?:[Cc]entre|[Cc]enter) hospitalier(?: ${NAME_WORD}){1,4})`,
  "gu",
);
// Any body by name: two capitalised words ("Port of Seattle", "Kawasaki Motors Europe"), one after its trade ("publisher
// Kadokawa, owner of ..."), one that acts ("Capcom said", "Foxconn's factory"), or one an attack reached ("stole 80GB of
// data from Reddit", "an attack on Dish", "hackers hit Telvia"); a sentence's capitalised opening word ("The Paris prosecutor", "Staff said")
// is no name, and nor is a day or a month ("on Monday", "from January"), or a place's adjective before a healthcare noun
// ("an attack on Victorian hospitals").
const NOT_NAME = String.raw`(?<![\p{L}\p{N}'’&.-])(?!\p{Lu}{2,} \p{Lu}{2,})(?!(?:The|A|An|In|On|At|By|For|And|But|Also|After|Before|When|While|This|That|These|Those|It|Its|Our|Their|His|Her|We|They|He|She|Here|There|Some|Staff|Patients|Officials)\b)`;
const NOT_DATE = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`;
const BODY_NAME = new RegExp(
  String.raw`${NOT_NAME}${NAME_WORD}(?: (?:of|for|and|de|&) | )${NAME_WORD}|(?<=[a-z] )${NOT_NAME}${NAME_WORD}(?=,| (?:is|was|has|had)\b)|${NOT_NAME}${NAME_WORD}(?:'s|’s| (?:said|says|confirmed|confirms|announced|disclosed|discloses|reported|told|admitted|paid|refused|claimed|claims|warned|warns|released|patched|closed|shut|restored|denied|denies|leaked|stole|suffered|revealed|reveals))\b|(?<=\b(?:from|on|against|hit|attacked|breached|targeted|struck) )${NOT_NAME}${NOT_DATE}${NAME_WORD}(?=[\s.,;:]|$)(?! (?:hospitals?|clinics?|health|medical|patients?|practices?|surgeries|pharmac\w+|care|doctors?|nurses?|trusts?|services?)\b)`,
  "u",
);
const BODY_NAMES = new RegExp(BODY_NAME.source, "gu");
const SUPPLIER = /\b(?:vendors?|suppliers?|contractors?|software|platform)\s(\p{Lu}[\p{L}\p{N}]{2,})/gu;
// Words that tell an incident, or a security story of another kind ("a phishing campaign", "a decryptor", "someone
// broke into the web server", "a network security issue", a tracker's "data put up for auction").
const INCIDENT =
  /\b(?:attack\w*|auction\w*|for sale|cyber\w*|ransom\w*|hack\w*|breach\w*|stole|stolen|steal\w*|leak\w*|encrypt\w*|malware|phishing|extort\w*|outage|intrusion|compromised|exploit\w*|decryptor|data theft|gang|bitcoin|broke into|break-ins?|unauthori[sz]ed|gained access|accessed|security (?:issue|incident|event))\b/i;
const PATIENTS = /\bpatients?\b/i;
// A healthcare body named again by its kind ("the hospital says", "the health system's").
const BACK_REFERENCE =
  /\b[Tt]he (?:hospital|health system|health service|health board|trust|clinic|practice|medical cent(?:er|re)|insurer|health plan|cooperative|pharmacy|laboratory)(?!\p{L})/u;
// Words of a name too common to tell one body from another ("Memorial Hospital", "Community Health").
const COMMON_NAME_WORDS = new Set(
  "the of and for de du la a an at in on hospital hospitals health healthcare care medical center centre centers centres clinic clinics general memorial regional community national university st saint group services service system systems department network new north south east west county city american united us uk state public hospitalier".split(
    " ",
  ),
);
// Each item is read against at most this many name words, so a page of a thousand items, each naming the one before,
// costs time linear in its length.
const MAX_NAME_WORDS = 32;
// A sentence's own closing stop: a heading has none.
const STOP_END = /[.!?]["'”’)]?$/;
// Words of a name that tell nothing even when the rest is common ("The Hospital Group").
const STOP_NAME_WORDS = new Set("the of and for de du la a an at in on".split(" "));
// A transcript's speaker label ("Lena Brooks: ...", "Host (Ana Ruiz): ..."): a person speaking, no body of another story.
const SPEAKER = /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,3}(?:\([^()]{1,40}\))?:\s/u;
// The same after a timecode ("[00:01:05] TOM: ..."), read only on a transcript: show notes' "(03:10) Hallam Freight:"
// names a topic.
const TIMED_SPEAKER =
  /^(?:[[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s?){1,3}(?:\([^()]{1,40}\))?:\s/u;
// A speaker's first name, read to tell a transcript (speakers who come back) from a rundown's slugs (each once).
const SPEAKER_NAME = /^(?:[[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?\s+)?(\p{Lu}[\p{L}'’.-]*)(?:\s\p{Lu}[\p{L}'’.-]*){0,2}:\s/u;

interface Item {
  sentences: Sentence[];
  text: string;
  /** Opened by a turn ("Also this week:") or a marker (a bullet, number, timestamp or slug): a separate item by layout. */
  marked: boolean;
  /** Comes after the page's turn to further items, where page-furniture.ts may have read the items as teaser links. */
  afterTurn: boolean;
  /** Opened by a turn ("Unrelated to Tournai: ..."): another story even where it names this one's body. */
  turned: boolean;
  /** Opened by a list's bullet or number (not a timestamp or slug): one story of a list of stories. */
  listed: "bullet" | "number" | null;
  /** Comes after a heading that turns to further items ("FROM THE WIRES", "Also this week:"). */
  underTurn: boolean;
}

/**
 * On a multi-item page, marks as background every sentence of the items that tell another body's incident, so that each
 * field reads only the healthcare item and the items that continue it. Other pages are left as they are.
 */
export function scopeDigestItems(sentences: Sentence[], text: string): void {
  const digest = isDigest(sentences, text);
  if (!digest) return;
  const items = itemsOf(sentences, text);
  if (items.length < 2 || (digest === "marks" && !listsBodies(items))) return;
  const headline = sentences
    .filter((s) => s.inTitle)
    .map((s) => s.text)
    .join(" ");
  const chosen = chooseItem(items, headline, false) ?? chooseItem(items, headline, true);
  if (!chosen) return;
  // A short item after "Also this week:" or "Briefly" reads as a teaser link; on a digest it is the story itself.
  for (const s of chosen.sentences) s.boilerplate = false;
  // A body known by a name with no healthcare word ("American Vision Partners ... data on 2,350,236 patients") is told
  // from others by its name as any body's.
  const own = distinctWords(healthNames(chosen.text));
  if (own.size === 0) for (const w of distinctWords(chosen.text.match(BODY_NAMES) ?? [])) own.add(w);
  if (own.size === 0) return;
  // A supplier the item names is part of its incident ("the breach at its vendor Fortra"): the item on its campaign
  // ("Clop says it hacked 130 organisations through Fortra's GoAnywhere") goes with it.
  for (const m of chosen.text.matchAll(SUPPLIER)) own.add(m[1]!);
  // The incident's other items name it by another of its names (a live blog's "Versailles hospital centre", then "the
  // André-Mignot hospital"): a few passes take the names of every item that names it.
  const same = new Set<Item>([chosen]);
  for (let pass = 0, grown = true; grown && pass < 3; pass++) {
    grown = false;
    for (const item of items)
      if (!same.has(item) && !item.turned && (mentions(item.text, own) || refersBack(item.text))) {
        same.add(item);
        for (const w of distinctWords(healthNames(item.text))) if (own.size < MAX_NAME_WORDS) own.add(w);
        grown = true;
      }
  }
  let named = false;
  const others = new Set<string>();
  for (const item of items) {
    if (item.sentences.every((s) => s.boilerplate)) continue;
    const names = BODY_NAME.test(item.text);
    // The page's opening before its first named item sums up every item ("gangs ruined Christmas for a hospital, a
    // lottery and a clothing giant"): a general statement, not this incident's facts.
    if (!named && !names && item !== chosen && INCIDENT.test(item.text))
      for (const s of item.sentences) s.generic = true;
    named ||= names || item === chosen;
    // A list's other bullet or number, or one under a turn's heading, is another story though it names no body ("A hacker
    // is offering data taken from a Texas orthopedic clinic"), as a turn's own item is.
    const listedApart = !!item.listed && (item.underTurn || item.listed === chosen.listed);
    if (same.has(item) || (!names && !item.turned && !listedApart)) continue;
    // An item that names a body of another story goes on with it ("Dalby Rail said trains ran on manual timetables").
    const goesOn = mentions(item.text, others);
    if (!goesOn && !INCIDENT.test(item.text) && !item.marked && healthNames(item.text).length === 0) continue;
    // Another story, as the rest of an "In other news" section is (page-furniture.ts): no field reads it.
    for (const s of item.sentences) s.background = s.boilerplate = true;
    for (const w of distinctWords(item.text.match(BODY_NAMES) ?? [])) if (others.size < MAX_NAME_WORDS) others.add(w);
  }
  // A headline that names another item's body is about the other items ("Colonial Pipeline paid hackers 75 bitcoin"), or
  // about several at once ("Okayama hospital hit by ransomware; Ticketmaster data for sale"): the items tell each fact.
  if (mentions(headline, others)) {
    // The page's own copy of its headline, whole or in header lines, goes with it.
    for (const s of sentences)
      if (s.inTitle || (s.text.length >= 20 && !STOP_END.test(s.text) && headline.includes(s.text)))
        s.background = s.boilerplate = true;
  }
}

// The headline or one of the first header lines carries a digest's label, or the page turns to further items: a digest
// ("label"). With neither, a page of three or more marked lines (bullets, numbers, slugs) may be one ("marks"), if its
// items name bodies of their own (listsBodies).
function isDigest(sentences: Sentence[], text: string): "label" | "marks" | false {
  let header = 0;
  let sectors = 0;
  let marks = 0;
  for (const s of sentences) {
    if (s.inTitle) {
      if (DIGEST_LABEL.test(s.text)) return "label";
      continue;
    }
    const lineStart = opensLine(s, text);
    if (SECTOR_HEADING.test(s.text) && lineStart && closesLine(s, text) && ++sectors === 2) return "label";
    if (header < 4 && !STOP_END.test(s.text)) {
      if (DIGEST_LABEL.test(s.text)) return "label";
      header++;
    } else header = 4;
    if (lineStart && TURN.test(s.text)) return "label";
    if (lineStart && ITEM_MARK.test(s.text)) marks++;
  }
  return marks >= 3 ? "marks" : false;
}

// Three or more marked items told in full sentences, each opening on a different body ("• Reddit says ...", "• Dole
// says ...", "1. The Center for Facial Restoration ..."), or a rundown of three or more slugs ("GAS PRICES: ...") where
// two open on one: a list of stories, not a list of facts about one ("1. According to the FBI, ...") or of labelled
// points ("- Medical Imaging: DICOM files ...").
function listsBodies(items: Item[]): boolean {
  const bodies = new Set<string>();
  let slugs = 0;
  let namedSlugs = 0;
  let listed = false;
  for (const item of items) {
    if (item.sentences.every((s) => s.boilerplate)) continue;
    // A page that tells its healthcare incident before the list ("... the attack on Memorial Health System. 1. Hive was
    // first seen in June ...") lists that story's points.
    if (!listed && !item.marked && healthNames(item.text).length > 0 && INCIDENT.test(item.text)) return false;
    listed ||= item.marked;
    if (!item.marked || item.turned) continue;
    if (!STOP_END.test(item.sentences[item.sentences.length - 1]!.text)) continue;
    // The item's text has lost its slug as a speaker's label.
    const slug = SLUG.test(item.sentences[0]!.text);
    const body = openingBody(item.text);
    if (slug) slugs++;
    if (body && slug) namedSlugs++;
    if ((body && bodies.add(body).size >= 3) || (slugs >= 3 && namedSlugs >= 2)) return true;
  }
  return false;
}

// The body an item opens on, after its mark and an article: "Reddit" of "• Reddit says ...".
function openingBody(text: string): string | undefined {
  const opening = text.replace(ITEM_MARK, "").replace(/^(?:The|A|An) /, "");
  if (LABELLED_POINT.test(opening)) return undefined;
  const m = BODY_NAME.exec(opening);
  return m?.index === 0 ? m[0] : undefined;
}

// The body cut into items: a new item opens on a paragraph, a marked line, a heading line or a turn. In a transcript a
// speaker's next turn goes on with the story being told ("TOM: And the knock-on has been enormous. NHS England says
// ..."), until a turn to another ("The other big story this week is ...").
function itemsOf(sentences: Sentence[], text: string): Item[] {
  const transcript = isTranscript(sentences, text);
  const items: Item[] = [];
  let current: Item | null = null;
  let paragraph = -1;
  let afterHeading = false;
  let headsNext = false;
  let afterTurn = false;
  let underTurn = false;
  for (const s of sentences) {
    if (s.inTitle) continue;
    const lineStart = opensLine(s, text);
    const marked = lineStart && ITEM_MARK.test(s.text);
    // A turn may follow an item's mark ("15:10 - Unrelated to Tournai: ...") or a speaker's label ("ANA: The other big
    // story this week is ...").
    const spoken = transcript && lineStart && TIMED_SPEAKER.test(s.text);
    const turn = TURN.test(
      spoken ? s.text.replace(TIMED_SPEAKER, "") : marked ? s.text.replace(ITEM_MARK, "") : s.text,
    );
    const heading = lineStart && !STOP_END.test(s.text) && closesLine(s, text);
    afterTurn ||= turn;
    underTurn ||= turn && heading;
    // An item's heading ("Guardian hit by suspected ransomware") heads the paragraph after it; a byline or a breadcrumb
    // heads nothing.
    const opens =
      !current ||
      (s.paragraph !== paragraph && !headsNext && !spoken) ||
      turn ||
      (marked && !spoken) ||
      (heading && !afterHeading);
    if (opens) {
      const listed = !marked ? null : BULLET.test(s.text) ? "bullet" : NUMBER.test(s.text) ? "number" : null;
      current = { sentences: [], text: "", marked: turn || marked, afterTurn, turned: turn, listed, underTurn };
      items.push(current);
    }
    current!.sentences.push(s);
    current!.text +=
      (current!.text ? " " : "") +
      (spoken ? s.text.replace(TIMED_SPEAKER, "") : lineStart ? s.text.replace(SPEAKER, "") : s.text);
    paragraph = s.paragraph;
    afterHeading = heading;
    headsNext = heading && !s.boilerplate;
  }
  return items;
}

// Two or more speakers who each open two or more lines: a conversation, not a rundown of slugs.
function isTranscript(sentences: Sentence[], text: string): boolean {
  const turns = new Map<string, number>();
  let again = 0;
  for (const s of sentences) {
    if (s.inTitle || !opensLine(s, text)) continue;
    const name = SPEAKER_NAME.exec(s.text)?.[1];
    if (!name) continue;
    const n = (turns.get(name) ?? 0) + 1;
    turns.set(name, n);
    if (n === 2 && ++again === 2) return true;
  }
  return false;
}

// The item whose healthcare body the headline names, else the first that names one; with `teasers`, among the items
// after the page's turn that are furniture only and told in full sentences.
function chooseItem(items: Item[], headline: string, teasers: boolean): Item | null {
  let first: Item | null = null;
  for (const item of items) {
    const furniture = item.sentences.every((s) => s.boilerplate);
    if (teasers ? !furniture || !item.afterTurn || !item.sentences.every((s) => STOP_END.test(s.text)) : furniture)
      continue;
    const names = healthNames(item.text);
    if ((names.length === 0 && !PATIENTS.test(item.text)) || !INCIDENT.test(item.text)) continue;
    if (mentions(headline, distinctWords(names))) return item;
    first ??= item;
  }
  return first;
}

// A live blog's entry that names a responder or a day ("The Centre for Cybersecurity Belgium is on site. The hospital
// says ...") and no healthcare body of its own goes on with the page's healthcare body, as "the hospital" tells.
function refersBack(text: string): boolean {
  return BACK_REFERENCE.test(text) && !healthNames(text).some((n) => distinctWords([n]).size > 0);
}

// A lone common word is a topic, not a body: "Healthcare breach roundup".
function healthNames(text: string): string[] {
  return (text.match(HEALTH_NAME) ?? []).filter((n) => n.includes(" ") || !COMMON_NAME_WORDS.has(n.toLowerCase()));
}

// The words of the names that tell this body from others ("Anna Jaques", "Sea Mar", "Tallahassee"); a name made of
// common words only is told by its first capitalised one ("Memorial" of "Memorial Health System"; "The hospital" by
// none, so a headline's "hospital" picks no item by it). A place's "-based" is no name's.
function distinctWords(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    let first = "";
    let found = false;
    for (const w of n.split(/[\s,]+/)) {
      const word = w.replace(/(?:'s|’s|[.,:;])$/, "");
      if (word.length <= 2 || /-based$/i.test(word)) continue;
      if (!COMMON_NAME_WORDS.has(word.toLowerCase())) {
        out.add(word);
        found = true;
      } else if (!first && !STOP_NAME_WORDS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word)) first = word;
    }
    if (!found && first) out.add(first);
  }
  return out;
}

function mentions(text: string, words: Set<string>): boolean {
  for (const w of words) {
    const at = text.indexOf(w);
    if (at >= 0 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[at + w.length] ?? ""))
      return true;
  }
  return false;
}

// Only the gap before or after a sentence is read, so the cost stays linear.
function opensLine(s: Sentence, text: string): boolean {
  for (let i = s.start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function closesLine(s: Sentence, text: string): boolean {
  for (let i = s.end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// Websites named as victims. DDoS and hacktivist stories name the sites they took down by their domain ("The websites
// hit included kestrelhospital.dk, regionx.dk and ..."; "knocked offline the sites of ..."): a domain listed in a sentence
// telling an attack or an outage is a victim as written. A domain given as a source ("according to example.com"), a
// platform the attackers posted on, an outlet, or the site of a victim already named ("Kestrel Health (kestrelhealth.org)")
// is not another victim.
import { wordGates } from "./cue-gate";
import { NOT_A_VICTIM } from "./data/org-cues";
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";
import { withoutBracketTail } from "./bracket-tail";

// Lower-case labels only: a glued sentence ("hospital.dk.While") ends the domain at the capital, and "e.g." or "U.S." never
// match (the label before the top-level one needs two characters).
const DOMAIN =
  /(?<![\p{L}\p{N}@./_\-])(?:[a-z0-9][a-z0-9\-]*\.)*[a-z0-9][a-z0-9\-]{1,62}\.(?:com|org|net|gov|edu|info|health|care|[a-z]{2})(?![\p{L}\p{N}_\-]|\.[a-z0-9])/gu;

// A letter or digit, a dot and two letters: most sentences hold none, and the full pattern is not tried on them.
const DOMAIN_HINT = /[a-z0-9]\.[a-z]{2}/;

// The words a sentence telling an attack on a site, or its outage, cannot do without.
const ATTACK_WORDS = [
  "attack*",
  "cyberattack*",
  "ddos",
  "denial",
  "hit",
  "hits",
  "targeted",
  "targeting",
  "down",
  "offline",
  "knocked",
  "flooded",
  "outage*",
  "disrupted",
  "unavailable",
  "unreachable",
  "inaccessible",
  "defaced",
  "hacked",
  "breached",
  "compromised",
  "crashed",
];
const GATES = wordGates({ attack: ATTACK_WORDS.join(" ") });
const ATTACK_CUE = new RegExp(
  String.raw`\b(?:${ATTACK_WORDS.map((w) => (w.endsWith("*") ? `${w.slice(0, -1)}\w*` : w)).join("|")})\b`,
  "i",
);

// Words before a domain that make it a source, a link or a contact, not a target.
const SOURCE_BEFORE = [
  "according to",
  "via",
  "visit",
  "visiting",
  "see",
  "source:?",
  "reported by",
  "posted (?:on|to)",
  "published (?:on|by)",
  "wrote on",
  "email",
  "contact",
];
const SOURCE = new RegExp(String.raw`\b(?:${SOURCE_BEFORE.join("|")})\s+(?:the\s+)?(?:(?:web)?site\s+)?$`, "i");

// Platforms attackers and outlets post on: where a claim is made, never what was attacked.
const PLATFORMS = new Set([
  "twitter.com",
  "telegram.org",
  "telegram.me",
  "facebook.com",
  "youtube.com",
  "github.com",
  "linkedin.com",
  "instagram.com",
  "tiktok.com",
  "reddit.com",
  "google.com",
  "bit.ly",
]);

// A healthcare word inside the domain ("amagerhospital.dk"): the site is a healthcare body's.
const HEALTH_IN_DOMAIN =
  /hospital|health|klinik|clinic|medic|sygehus|sjukhus|ziekenhuis|krankenhaus|hopital|ospedal|pharma|nhs|dental|care/;

const squash = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

// The squashed names and acronyms of the victims named in words, three characters or more. Built by a loop, not
// flatMap() and filter(): optimised code built those arrays with another elements kind than its feedback had seen, and
// the next read of one threw domainVictims' optimised code away (see victim.ts wordsOf).
function siteKeys(named: VictimSpan[]): string[] {
  const keys: string[] = [];
  for (const v of named)
    for (const k of [squash(withoutBracketTail(v.name)), squash(/ \(([^)]+)\)$/.exec(v.name)?.[1] ?? "")])
      if (k.length >= 3) keys.push(k);
  return keys;
}

// The domain's label written as a capitalised word of the text ("SickKids" beside "sickkids.ca"): the short name the
// story uses for a victim it named in full ("the Hospital for Sick Children"), so the site is that victim's.
function writtenAsName(doc: string, label: string): boolean {
  if (label.length < 4 || label.includes(".")) return false;
  const word = new RegExp(String.raw`(?<![\p{L}\p{N}.@/_-])${label.replace(/-/g, "[-]")}(?![\p{L}\p{N}._-])`, "giu");
  for (let m = word.exec(doc); m; m = word.exec(doc)) if (/\p{Lu}/u.test(m[0][0]!)) return true;
  return false;
}

/** Domains named as the sites attacked, in sentences about this incident, leaving out the sites of `named` victims. */
export function domainVictims(doc: string, sentences: Sentence[], named: VictimSpan[]): VictimSpan[] {
  const out: VictimSpan[] = [];
  let keys: string[] | null = null;
  for (const s of sentences) {
    if (
      s.background ||
      s.boilerplate ||
      s.generic ||
      !(GATES.hits(s) & GATES.bit.attack) ||
      !DOMAIN_HINT.test(s.text) ||
      !ATTACK_CUE.test(s.text)
    )
      continue;
    DOMAIN.lastIndex = 0;
    for (let m = DOMAIN.exec(s.text); m; m = DOMAIN.exec(s.text)) {
      const domain = m[0];
      const label = domain.slice(0, domain.lastIndexOf(".")).replace(/^www\./, "");
      if (PLATFORMS.has(domain.replace(/^www\./, "")) || NOT_A_VICTIM.test(domain) || NOT_A_VICTIM.test(label))
        continue;
      const start = s.start + m.index;
      if (SOURCE.test(doc.slice(Math.max(0, start - 40), start))) continue;
      // The site of a victim named in words: "Kestrel Health (kestrelhealth.org)", "Rigshospitalet ... rigshospitalet.dk".
      keys ??= siteKeys(named);
      const site = squash(label);
      if (keys.some((k) => k === site || (site.length >= 4 && k.includes(site)) || (k.length >= 4 && site.includes(k))))
        continue;
      if (named.length > 0 && writtenAsName(doc, label)) continue;
      out.push({
        name: domain,
        start,
        end: start + domain.length,
        sentence: s,
        healthcare: HEALTH_IN_DOMAIN.test(label),
      });
    }
  }
  return out;
}

// The attacker-group gazetteer: lookup by name, alias or slug, and one compiled matcher for running text.
import type { AttackerGroup } from "../model/incident";
import data from "./data/groups.json";
import { findIntroducedNames } from "./introduced-group";
import { compileLexicon, type TextWords } from "./lexicon";
import { phrases } from "./cue-list";
import { DATE_CELL } from "./tracker-row";

interface GroupEntry {
  name: string;
  aliases: string[];
  needs_cue?: string[];
  source: string;
}

/** A group named in the text: the canonical group and the span that names it. */
export interface GroupMention {
  group: AttackerGroup;
  alias: string;
  start: number;
  end: number;
}

/** URL-safe slug of a group name: "LockBit 3.0" → "lockbit-3-0". */
export function groupSlug(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Lookup key: case, spacing and punctuation do not matter ("Lockbit 3.0", "lockbit-3-0", "LOCKBIT3.0" are one key).
function lookupKey(name: string): string {
  return groupSlug(name).replace(/-/g, "");
}

const entries = (data as { groups: GroupEntry[] }).groups;

const groups: AttackerGroup[] = entries.map((e) => ({
  name: e.name,
  slug: groupSlug(e.name),
  aliases: [...e.aliases, ...(e.needs_cue ?? []).filter((a) => a !== e.name)],
}));

const byKey = new Map<string, AttackerGroup>();
entries.forEach((e, i) => {
  for (const n of [e.name, ...e.aliases, ...(e.needs_cue ?? [])])
    if (!byKey.has(lookupKey(n))) byKey.set(lookupKey(n), groups[i]!);
});

/** Every group in the gazetteer, in data-file order. */
export function listGroups(): AttackerGroup[] {
  return groups.map((g) => ({ ...g, aliases: [...g.aliases] }));
}

/** The group with this canonical name, alias or slug (case- and punctuation-insensitive), or null. */
export function findGroup(nameAliasOrSlug: string): AttackerGroup | null {
  const key = lookupKey(nameAliasOrSlug ?? "");
  if (!key) return null;
  const hit = byKey.get(key) ?? byKey.get(key.replace(/(?:ransomware|ransom|gang|group|team|hackers?)$/, ""));
  return hit ? { ...hit, aliases: [...hit.aliases] } : null;
}

// --- matcher over running text ---

interface Pattern {
  group: AttackerGroup;
  alias: string;
  needsCue: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Inside an alias, any run of spaces, hyphens, dots or slashes matches any other ("Lockbit 3.0" / "LockBit3.0" / "Bian-Lian").
function aliasSource(alias: string): string {
  return alias
    .split(/[\s\-./]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split(/(?<=[a-z])(?=[A-Z0-9])|(?<=\d)(?=[A-Za-z])/)
        .map(escape)
        .join("[\\s\\-.]?"),
    )
    .join("[\\s\\-./]*");
}

const patterns: Pattern[] = [];
entries.forEach((e, i) => {
  const cue = new Set(e.needs_cue ?? []);
  for (const alias of [e.name, ...e.aliases, ...cue]) {
    if (patterns.some((p) => p.alias === alias)) continue;
    patterns.push({ group: groups[i]!, alias, needsCue: cue.has(alias) });
  }
});
patterns.sort((a, b) => b.alias.length - a.alias.length);
const matcher = compileLexicon(patterns, {
  source: (p) => aliasSource(p.alias),
  key: (p) => p.alias.slice(0, 2),
  ignoreCase: true,
  skeleton: (p) => p.alias.replace(/[\s\-./]+/g, "").toLowerCase(),
});

// A cue word next to a name that is also an ordinary word ("Hive ransomware", "the Play gang", "ransomware group Royal",
// "a new gang, Blackout, claimed", "known as \"Hive.\"").
const CUE_AFTER =
  /^["']?(?:'s)?[\s\-]*(?:ransomware|ransom|gang|group|hackers?|team|operation|operators?|affiliates?|crew|cartel|extortion|threat actors?|cybercrime|cyber ?criminals?|leak site|data leak)\b/i;
// An apposition that calls the name a group: "Embargo, a group first seen in April, says ...". Not a group of bodies
// ("a group of clinics") nor a hospital or media group.
const APPOSED_GROUP =
  /^,\s+(?:an?|the)\s+(?:(?!(?:hospital|health|healthcare|clinic|medical|care|dental|pharmacy|nursing|media|retail|insurance|housing|patient|support|advocacy|industry|trade)\b)[\w-]+\s+){0,2}?(?:gang|group|crew|cartel|collective)\b(?!\s+of\b)/i;
// "as the X" compares ("sees itself as the Robin Hood of gangs"); "as X", "by X", "group X" and "which calls itself X"
// name.
const CUE_BEFORE =
  /\b(?:(?:ransomware|gang|group|hackers?|operation)\s*,?\s+(?:the\s+)?|(?:called|named|dubbed|by|as|calls itself|calling itself|call themselves|calling themselves)\s+)["']?$/i;
// A tracker post's field label that opens a line or sentence: "Group: Lynx", "Threat actor: Fog".
const FIELD_LABEL = /(?:^|[\n.|]\s*)(?:ransomware\s+)?(?:group|gang|threat actor|actor)\s*:\s*$/i;
// A tracker list's row opened by the group as its label, with the victim and its country code after it: "- Medusa:
// Sunbury Dental Partners (AU), healthcare".
const ROW_START = /(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$/;
const ROW_VICTIM_AFTER = /^[ \t]*:[ \t]+[A-Z][^\n:]{1,80}?\([A-Z]{2}\)/;
// A quoted ordinary-word name counts when a group word stands near it ("the group ... the 'Monti' bulletin board").
const QUOTED_AFTER = /^[.,]?["']/;
const GROUP_WORD = phrases([
  String.raw`ransomware`,
  String.raw`gang`,
  String.raw`group`,
  String.raw`hackers?`,
  String.raw`cybercriminals?`,
  String.raw`threat actors?`,
  String.raw`extortion`,
  String.raw`leak site`,
  String.raw`operators?`,
  // The attackers under another name: "a screenshot released by the attackers points to the 'Monti' board".
  String.raw`attackers?`,
  String.raw`criminals?`,
  String.raw`extortionists?`,
  String.raw`dark web`,
]);

// `before` is the 30 characters before the name; a tracker's field label ("Group:") is read by the caller.
function cueBeside(text: string, start: number, end: number, before: string): boolean {
  if (CUE_AFTER.test(text.slice(end, end + 30)) || CUE_BEFORE.test(before)) return true;
  if (text.charCodeAt(end) === 44 && APPOSED_GROUP.test(text.slice(end, end + 60))) return true;
  if (text.charCodeAt(end) === 58 && ROW_START.test(before) && ROW_VICTIM_AFTER.test(text.slice(end, end + 100)))
    return true;
  if (!/["']$/.test(before) || !QUOTED_AFTER.test(text.slice(end, end + 2))) return false;
  return GROUP_WORD.test(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80)));
}

// A whole cell of a tracker table's row, where the group stands as the site's slug: "2024-05-31 | embargo | X | US".
function isTableCell(text: string, start: number, end: number): boolean {
  if (!text.startsWith("| ", start - 2) || !text.startsWith(" |", end)) return false;
  const lineStart = text.lastIndexOf("\n", start) + 1;
  const lineEnd = text.indexOf("\n", end);
  return DATE_CELL.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * Every group named in `doc`, left to right: gazetteer names (ordinary-word names only where a cue word stands beside
 * them) and names the text introduces as a group's ("ransomware gang Foo", "a hacker known as Bar") with their repeats.
 * `words`, the words of `doc` (readWords), may be passed when the caller has them.
 */
export function findGroupMentions(doc: string, limit = doc.length, words?: TextWords): GroupMention[] {
  const out: GroupMention[] = [];
  const text = limit < doc.length ? doc.slice(0, limit) : doc;
  // Capitalised ordinary-word names without a cue, kept in case the text writes the same name with a cue elsewhere ("the
  // Blackout gang ... Blackout posted screenshots").
  const uncued: GroupMention[] = [];
  const cued = new Set<string>();
  for (const hit of words ? matcher.findWords(words, 0, text.length) : matcher.find(text)) {
    const p = hit.entry;
    const raw = text.slice(hit.start, hit.end);
    const mention = { group: p.group, alias: raw, start: hit.start, end: hit.end };
    if (p.needsCue) {
      // Ordinary-word names must also be capitalised as the text's own name for the group, except in a tracker's
      // field, which prints the group's slug ("Group: medusa", "Group: moneymessage").
      const before = text.slice(Math.max(0, hit.start - 30), hit.start);
      const labelled = FIELD_LABEL.test(before) || isTableCell(text, hit.start, hit.end);
      if ((raw[0] !== raw[0]!.toUpperCase() || raw === raw.toLowerCase()) && !labelled) continue;
      if (!labelled && !cueBeside(text, hit.start, hit.end, before)) {
        uncued.push(mention);
        continue;
      }
      cued.add(raw);
    }
    out.push(mention);
  }
  // An ordinary-word name listed beside another group takes the list's reading: "Both Everest and SafePay claimed".
  const listed = uncued.filter((m) => cued.has(m.alias) || listedBeside(out, text, m));
  if (listed.length > 0) {
    out.push(...listed);
    out.sort((a, b) => a.start - b.start);
  }
  const introduced = findIntroducedNames(text).filter((n) => !overlaps(out, n.start, n.end));
  if (introduced.length === 0) return out;
  const named = new Map<string, AttackerGroup>();
  for (const n of introduced)
    if (!named.has(n.name))
      named.set(n.name, findGroup(n.name) ?? { name: n.name, slug: groupSlug(n.name), aliases: [] });
  // Later bare repeats of an introduced name ("Blackout put out screenshots") are mentions of it too.
  const repeats: GroupMention[] = [];
  for (const [name, group] of named) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (WORD_CHAR.test(text[at - 1] ?? "") || WORD_CHAR.test(text[end] ?? "") || overlaps(out, at, end)) continue;
      repeats.push({ group, alias: name, start: at, end });
    }
  }
  return [...out, ...repeats].sort((a, b) => a.start - b.start);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;
// True when `m` is joined to a group mention of `sorted` (ordered by start) as an item of one list, found by binary search.
function listedBeside(sorted: GroupMention[], text: string, m: GroupMention): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < m.end) lo = mid + 1;
    else hi = mid;
  }
  const next = sorted[lo];
  const previous = sorted[lo - 1];
  return (
    (!!next && next.start - m.end <= 7 && LIST_GAP.test(text.slice(m.end, next.start))) ||
    (!!previous &&
      previous.end <= m.start &&
      m.start - previous.end <= 7 &&
      LIST_GAP.test(text.slice(previous.end, m.start)))
  );
}

// True when [start, end) overlaps a mention of `sorted` (ordered by start, not overlapping each other): a binary search.
function overlaps(sorted: GroupMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

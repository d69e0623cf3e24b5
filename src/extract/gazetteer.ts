// The attacker-group gazetteer: lookup by name, alias or slug, and one compiled matcher for running text.
import type { AttackerGroup } from "../model/incident";
import data from "./data/groups.json";
import { compileLexicon } from "./lexicon";

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
  for (const n of [e.name, ...e.aliases, ...(e.needs_cue ?? [])]) if (!byKey.has(lookupKey(n))) byKey.set(lookupKey(n), groups[i]!);
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
    .map((part) => part.split(/(?<=[a-z])(?=[A-Z0-9])|(?<=\d)(?=[A-Za-z])/).map(escape).join("[\\s\\-.]?"))
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

// A cue word next to a name that is also an ordinary word ("Hive ransomware", "the Play gang", "ransomware group Royal").
const CUE_AFTER = /^(?:['’]s)?[\s\-]*(?:ransomware|ransom|gang|group|hackers?|team|operation|operators?|affiliates?|crew|cartel|extortion|threat actors?|cybercrime|cyber ?criminals?|leak site|data leak)\b/i;
const CUE_BEFORE = /\b(?:ransomware|gang|group|hackers?|operation|called|named|dubbed|by|as)\s+(?:the\s+)?$/i;

/** Every gazetteer name in `doc`, left to right; ordinary-word names only where a cue word stands beside them. */
export function findGroupMentions(doc: string, limit = doc.length): GroupMention[] {
  const out: GroupMention[] = [];
  const text = limit < doc.length ? doc.slice(0, limit) : doc;
  for (const hit of matcher.find(text)) {
    const p = hit.entry;
    const raw = text.slice(hit.start, hit.end);
    if (p.needsCue) {
      // Ordinary-word names must also be capitalised as the text's own name for the group.
      if (raw[0] !== raw[0]!.toUpperCase() || raw === raw.toLowerCase()) continue;
      const after = text.slice(hit.end, hit.end + 30);
      const before = text.slice(Math.max(0, hit.start - 30), hit.start);
      if (!CUE_AFTER.test(after) && !CUE_BEFORE.test(before)) continue;
    }
    out.push({ group: p.group, alias: raw, start: hit.start, end: hit.end });
  }
  return out;
}

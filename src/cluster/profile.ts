import type { Entities, Incident } from "../model";
import type { GroupSlugOf } from "./group-slug";
import { saysAttackedAgain } from "./repeat-attack";
import { statedDates } from "./stated-dates";
import { decodeSignature, encodeSignature, textSignature, type Signature } from "./signature";
import { mentionedWords, NO_MENTIONS, victimKeys, type Mentions, type VictimKeys } from "./victim-keys";

/**
 * What matching compares, for one article or for a whole incident (then each set is the union
 * over its members): the same shape on both sides keeps one scoring function for both.
 */
export interface MatchProfile {
  victims: VictimKeys;
  groups: Set<string>;
  countries: Set<string>;
  types: Set<string>;
  /** Epoch milliseconds of the earliest and latest report; null when no date is known. */
  first: number | null;
  last: number | null;
  signatures: Signature[];
  /**
   * An article's capitalised distinctive words when extraction named no victim (`mentionedWords`), so a follow-up
   * that names the victim only in a form extraction missed can still be told by name; empty otherwise and on an
   * incident's side.
   */
  mentions: Mentions;
  /**
   * Dates an article's text states, as [first, last] epoch-millisecond day ranges (`stated-dates.ts`); empty on an
   * incident's side. A late follow-up that dates the attack it reports can join outside the window.
   */
  stated: [number, number][];
  /** Keys of the first victim an article names, when it names several (a roundup's lead); null otherwise. */
  lead: VictimKeys | null;
  /** A source says its victim was attacked again (`repeat-attack.ts`): this is a later attack, not an earlier one. */
  repeat: boolean;
}

/** The fields of an article that matching reads. */
export interface ArticleLike {
  title?: string;
  text: string;
  /** ISO date; null or absent when unknown (the `extract` command's input has none). */
  published?: string | null;
  entities: Entities;
}

function epoch(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/**
 * The profile of one article, its groups filed under `groupSlugOf`. Pass `signature` when it is already computed, to
 * avoid hashing the text twice.
 */
export function articleProfile(
  article: ArticleLike,
  groupSlugOf: GroupSlugOf,
  signature: Signature | null = textSignature(article.text),
): MatchProfile {
  const e = article.entities;
  const at = epoch(article.published);
  const victims = victimKeys(e.victim_orgs, article.text);
  return {
    victims,
    groups: new Set(e.attacker_groups.map(groupSlugOf)),
    countries: new Set(e.country ? [e.country.toUpperCase()] : []),
    types: new Set(e.victim_type ? [e.victim_type] : []),
    first: at,
    last: at,
    signatures: signature ? [signature] : [],
    mentions: victims.names.size > 0 ? NO_MENTIONS : mentionedWords(`${article.title ?? ""}\n${article.text}`),
    lead: e.victim_orgs.length > 1 ? victimKeys(e.victim_orgs.slice(0, 1)) : null,
    stated: at === null ? [] : statedDates(article.text),
    repeat: saysAttackedAgain(`${article.title ?? ""}\n${article.text}`),
  };
}

/** The profile of a stored incident: its merged fields plus the alternatives its facts kept. */
export function incidentProfile(incident: Incident): MatchProfile {
  const alternatives = (field: string) =>
    incident.facts.filter((f) => f.field === field).flatMap((f) => [f.value, ...f.alternatives.map((a) => a.value)]);
  const countries = [incident.victim.country, ...alternatives("country")].filter((c): c is string => !!c);
  const types = [incident.victim.type, ...alternatives("victim_type")].filter((t): t is string => !!t);
  return {
    // Every spelling any source used, so "TCS clinic" still finds the incident merged under its full name.
    victims: victimKeys([...incident.victim.orgs, ...alternatives("victim_org")]),
    groups: new Set(incident.attacker_groups.map((g) => g.slug)),
    countries: new Set(countries.map((c) => c.toUpperCase())),
    types: new Set(types),
    first: epoch(incident.first_seen),
    last: epoch(incident.last_seen),
    signatures: incident.sources.map((s) => decodeSignature(s.signature)).filter((s): s is Signature => s !== null),
    mentions: NO_MENTIONS,
    lead: null,
    stated: [],
    repeat: incident.sources.some((s) => s.repeat === true),
  };
}

/** Adds an article's profile into an incident's (in place), as the batch clusterer does on each join. */
export function absorbProfile(into: MatchProfile, add: MatchProfile): void {
  for (const n of add.victims.names) into.victims.names.add(n);
  for (const a of add.victims.acronyms) into.victims.acronyms.add(a);
  for (const i of add.victims.initials) into.victims.initials.add(i);
  for (const t of add.victims.tokens) into.victims.tokens.add(t);
  for (const g of add.groups) into.groups.add(g);
  for (const c of add.countries) into.countries.add(c);
  for (const t of add.types) into.types.add(t);
  if (add.first !== null) into.first = into.first === null ? add.first : Math.min(into.first, add.first);
  if (add.last !== null) into.last = into.last === null ? add.last : Math.max(into.last, add.last);
  into.signatures.push(...add.signatures);
  into.repeat ||= add.repeat;
}

/** The stored form of an incident's profile: short keys, signatures in hex; what candidate lookup reads instead of the whole incident. */
interface StoredProfile {
  n: string[];
  a: string[];
  i: string[];
  t: string[];
  g: string[];
  c: string[];
  y: string[];
  f: number | null;
  l: number | null;
  s: string[];
  /** `repeat`; absent in profiles stored before it existed. */
  r?: boolean;
}

/** Serialises a profile for the store (`decodeProfile` reads it back). */
export function encodeProfile(p: MatchProfile): string {
  const stored: StoredProfile = {
    n: [...p.victims.names],
    a: [...p.victims.acronyms],
    i: [...p.victims.initials],
    t: [...p.victims.tokens],
    g: [...p.groups],
    c: [...p.countries],
    y: [...p.types],
    f: p.first,
    l: p.last,
    s: p.signatures.map(encodeSignature),
    ...(p.repeat ? { r: true } : {}),
  };
  return JSON.stringify(stored);
}

/** Reads `encodeProfile`'s output; null for anything malformed, so the caller falls back to the incident itself. */
export function decodeProfile(text: string): MatchProfile | null {
  let s: StoredProfile;
  try {
    s = JSON.parse(text) as StoredProfile;
  } catch {
    return null;
  }
  const lists = [s?.n, s?.a, s?.i, s?.t, s?.g, s?.c, s?.y, s?.s];
  if (!lists.every(Array.isArray)) return null;
  let signatures: Signature[] | null = null;
  return {
    victims: { names: new Set(s.n), acronyms: new Set(s.a), initials: new Set(s.i), tokens: new Set(s.t) },
    groups: new Set(s.g),
    countries: new Set(s.c),
    types: new Set(s.y),
    first: typeof s.f === "number" ? s.f : null,
    last: typeof s.l === "number" ? s.l : null,
    // Decoded on first use: matching skips most candidates on their victim alone.
    get signatures() {
      return (signatures ??= s.s.map((h) => decodeSignature(h)).filter((x): x is Signature => x !== null));
    },
    mentions: NO_MENTIONS,
    lead: null,
    stated: [],
    repeat: s.r === true,
  };
}

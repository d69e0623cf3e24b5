import type { MatchProfile } from "./profile";
import { bandKeys } from "./signature";

/** The keys an article looks incidents up by, in two tiers: `strong` nearly identify an incident, `weak` only narrow the field. */
export interface LookupKeys {
  strong: string[];
  weak: string[];
}

// Filing and lookup differ for acronyms: written ones (`a:`) look up initials (`i:`) too, and
// initials look up written acronyms only, as compareVictims matches them.
function victimNameKeys(p: MatchProfile, lookup: boolean): Set<string> {
  const keys = new Set<string>();
  for (const n of p.victims.names) keys.add(`v:${n}`);
  for (const a of p.victims.acronyms) {
    keys.add(`a:${a}`);
    if (lookup) keys.add(`i:${a}`);
  }
  for (const i of p.victims.initials) keys.add(lookup ? `a:${i}` : `i:${i}`);
  return keys;
}

function signatureKeys(p: MatchProfile, prefix: string): string[] {
  return p.signatures.flatMap((s) => bandKeys(s).map((k) => prefix + k));
}

/** Group-context keys (`prefix:slug|c:country`, `prefix:slug|y:type`, or `prefix:slug` when neither is known). */
function groupKeys(p: MatchProfile, prefix: string): string[] {
  const keys: string[] = [];
  for (const g of p.groups) {
    for (const c of p.countries) keys.push(`${prefix}:${g}|c:${c}`);
    for (const t of p.types) keys.push(`${prefix}:${g}|y:${t}`);
    if (p.countries.size === 0 && p.types.size === 0) keys.push(`${prefix}:${g}`);
  }
  return keys;
}

/**
 * Keys an incident (or a new article founding one) is filed under: victim names (`v:`), written
 * acronyms (`a:`) and initials (`i:`), MinHash LSH bands (`lsh:`), distinctive victim words (`t:`), group with country or victim
 * type (`g:`), and the group and band keys again under `u:` when no victim is named yet.
 */
export function incidentKeys(p: MatchProfile): string[] {
  const keys = victimNameKeys(p, false);
  for (const k of signatureKeys(p, "")) keys.add(k);
  for (const t of p.victims.tokens) keys.add(`t:${t}`);
  for (const k of groupKeys(p, "g")) keys.add(k);
  if (p.victims.names.size === 0) for (const k of [...groupKeys(p, "u"), ...signatureKeys(p, "u:")]) keys.add(k);
  return [...keys].sort();
}

/**
 * Keys an article looks candidates up by. An article that names its victim asks only for incidents
 * that could take it: those naming the same victim, sharing a distinctive victim word, or naming no
 * victim yet (`u:`). A near-copy naming another victim cannot join it, and breach trackers write every
 * item from one template, so asking every near-copy would bring back dozens of other victims per
 * item. An article without a victim asks for every near-copy (`lsh:`), every incident of its group
 * context (`g:`) and every incident whose distinctive victim word its text writes with a capital (`t:`).
 */
export function lookupKeys(p: MatchProfile): LookupKeys {
  const named = p.victims.names.size > 0;
  const strong = victimNameKeys(p, true);
  for (const k of signatureKeys(p, named ? "u:" : "")) strong.add(k);
  const weak = new Set<string>();
  if (named) {
    for (const t of p.victims.tokens) weak.add(`t:${t}`);
    for (const k of groupKeys(p, "u")) weak.add(k);
  } else {
    for (const k of groupKeys(p, "g")) weak.add(k);
    for (const w of p.mentions.words.keys()) weak.add(`t:${w}`);
  }
  return { strong: [...strong].sort(), weak: [...weak].sort() };
}

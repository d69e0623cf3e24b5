import type { MatchProfile } from "./profile";
import { bandKeys } from "./signature";

/** The keys an article looks incidents up by, in two tiers: `strong` nearly identify an incident, `weak` only narrow the field. */
export interface LookupKeys {
  strong: string[];
  weak: string[];
}

// Filing and lookup differ only for acronyms: written ones (`a:`) look up initials (`i:`) too, and
// initials look up written acronyms only, as compareVictims matches them.
function strongKeys(p: MatchProfile, lookup: boolean): Set<string> {
  const keys = new Set<string>();
  for (const n of p.victims.names) keys.add(`v:${n}`);
  for (const a of p.victims.acronyms) {
    keys.add(`a:${a}`);
    if (lookup) keys.add(`i:${a}`);
  }
  for (const i of p.victims.initials) keys.add(lookup ? `a:${i}` : `i:${i}`);
  for (const s of p.signatures) for (const k of bandKeys(s)) keys.add(k);
  return keys;
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
 * type (`g:`), and the same group keys again as `u:` when no victim is named yet.
 */
export function incidentKeys(p: MatchProfile): string[] {
  const keys = strongKeys(p, false);
  for (const t of p.victims.tokens) keys.add(`t:${t}`);
  for (const k of groupKeys(p, "g")) keys.add(k);
  if (p.victims.names.size === 0) for (const k of groupKeys(p, "u")) keys.add(k);
  return [...keys].sort();
}

/**
 * Keys an article looks candidates up by. An article that names its victim asks the weak tier only
 * for incidents sharing a distinctive victim word or naming no victim (`u:`): another named victim
 * of the same group could not join it, so scoring those would only cost time. An article without a
 * victim asks for every incident of its group context (`g:`).
 */
export function lookupKeys(p: MatchProfile): LookupKeys {
  const weak = new Set<string>();
  if (p.victims.names.size > 0) {
    for (const t of p.victims.tokens) weak.add(`t:${t}`);
    for (const k of groupKeys(p, "u")) weak.add(k);
  } else {
    for (const k of groupKeys(p, "g")) weak.add(k);
  }
  return { strong: [...strongKeys(p, true)].sort(), weak: [...weak].sort() };
}

import type { MatchProfile } from "./profile";
import { bandKeys } from "./signature";

/** Blocking keys in two tiers: `strong` keys nearly identify an incident, `weak` ones only narrow the field. */
export interface TieredKeys {
  strong: string[];
  weak: string[];
}

/**
 * Blocking keys of an article (or incident) profile. Strong: victim names and acronyms, MinHash LSH
 * bands. Weak: distinctive victim words, and attacker slug with country or victim type.
 */
export function tieredKeys(p: MatchProfile): TieredKeys {
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const n of p.victims.names) strong.add(`v:${n}`);
  for (const a of p.victims.acronyms) strong.add(`a:${a}`);
  for (const s of p.signatures) for (const k of bandKeys(s)) strong.add(k);
  for (const t of p.victims.tokens) weak.add(`t:${t}`);
  for (const g of p.groups) {
    for (const c of p.countries) weak.add(`g:${g}|c:${c}`);
    for (const t of p.types) weak.add(`g:${g}|y:${t}`);
    if (p.countries.size === 0 && p.types.size === 0) weak.add(`g:${g}`);
  }
  return { strong: [...strong].sort(), weak: [...weak].sort() };
}

/** All blocking keys of a profile, as stored beside its incident. */
export function incidentKeys(p: MatchProfile): string[] {
  const { strong, weak } = tieredKeys(p);
  return [...strong, ...weak];
}

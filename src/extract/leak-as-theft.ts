// Data published is data that was taken (eval README: `data-theft` "when data is stolen, exfiltrated or leaked"), so an
// effect of `data-leaked` brings the attack type `data-theft` with it, on the leak's own evidence. The impact grammar
// reads leaks in more shapes ("has begun leaking it", "released part of the files") than the attack-type cues, and the
// two fields must not contradict each other on the page. A database left open is no theft: impact keeps such an
// exposure out of `data-leaked` already.
import { ATTACK_TYPES, type AttackType } from "../model/entities";

interface Cited<T> {
  start: number;
  end: number;
  sentence: T;
}

/** The attack types with `data-theft` added when `leak` is found and no theft is; `unknown` gives way to it. */
export function withLeakAsTheft<T>(
  types: readonly AttackType[],
  evidence: Map<AttackType, Cited<T>>,
  leak: Cited<T> | undefined,
): AttackType[] {
  if (!leak || types.includes("data-theft") || types.includes("misconfiguration") || types.includes("insider"))
    return [...types];
  evidence.set("data-theft", leak);
  evidence.delete("unknown");
  return ATTACK_TYPES.filter((t) => evidence.has(t));
}

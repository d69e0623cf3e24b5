// What a leak says of the attack's types. Data published is data that was taken (eval README: `data-theft` "when data is
// stolen, exfiltrated or leaked"), so an effect of `data-leaked` brings the attack type `data-theft` with it, on the
// leak's own evidence. The impact grammar reads leaks in more shapes ("has begun leaking it", "released part of the
// files") than the attack-type cues, and the two fields must not contradict each other on the page. A database left
// open is no theft: impact keeps such an exposure out of `data-leaked` already.
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

/**
 * The attack types with `extortion` added, on the ransom's evidence, when a ransom is reported (asked, refused or paid:
 * the ransom field cites evidence exactly then) and data leaked (eval README: `extortion` "when leaking or payment
 * threats are described"): the leak is the threat carried out. The attack-type cues read the word "ransom" only where no
 * negation governs it, so a refusal followed by a leak ("it would not pay any ransom", "posted the data after the
 * hospital did not pay") had no extortion. Without a leak a refused ransom stays what it is: a ransomware demand turned
 * down says nothing of stolen data held over the victim.
 */
export function withRansomedLeakAsExtortion<T>(
  types: readonly AttackType[],
  evidence: Map<AttackType, Cited<T>>,
  ransom: Cited<T> | null,
  leak: Cited<T> | undefined,
): AttackType[] {
  if (!ransom || !leak || types.includes("extortion")) return [...types];
  evidence.set("extortion", ransom);
  return ATTACK_TYPES.filter((t) => evidence.has(t));
}

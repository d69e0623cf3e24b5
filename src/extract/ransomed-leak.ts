// A ransom this incident's text reports (asked, refused or paid) while its stolen data was published is extortion (eval
// README: `extortion` "when leaking or payment threats are described"): the leak is the threat carried out. The
// attack-type cues read the word "ransom" only where no negation governs it, so a refusal followed by a leak ("it would
// not pay any ransom", "posted the data after the hospital did not pay") had no extortion; the ransom field reads those.
// Without a leak a refused ransom stays what it is: a ransomware demand turned down says nothing of stolen data held
// over the victim.
import { ATTACK_TYPES, type AttackType, type RansomStatus } from "../model/entities";

interface Cited<T> {
  start: number;
  end: number;
  sentence: T;
}

/** The attack types with `extortion` added, on the ransom's evidence, when a ransom is reported and data leaked. */
export function withRansomedLeakAsExtortion<T>(
  types: readonly AttackType[],
  evidence: Map<AttackType, Cited<T>>,
  status: RansomStatus,
  ransom: Cited<T> | null,
  leak: Cited<T> | undefined,
): AttackType[] {
  if (!ransom || !leak || status === "not-mentioned" || types.includes("extortion")) return [...types];
  evidence.set("extortion", ransom);
  return ATTACK_TYPES.filter((t) => evidence.has(t));
}

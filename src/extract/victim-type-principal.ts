// Two victims of different kinds ("St. Brigid's Hospital and Rosewood Manor Nursing Home were both hit", "Ashgrove Family
// Medicine is providing notice of an incident at Carrow Health Technologies, a vendor that hosts its records"): the
// incident's type is its principal victim's, the one the article names first, rather than the kind a later victim's own
// name or description weighs more for.
import { VICTIM_TYPES, type VictimType } from "../model/entities";

// The type a victim's own name and descriptions weigh most for (ties to the more specific, as in victim-type.ts).
function ownTop(own: ReadonlyMap<VictimType, number>): VictimType | null {
  let top: VictimType | null = null;
  for (const type of VICTIM_TYPES) if ((own.get(type) ?? 0) > (top ? own.get(top)! : 0)) top = type;
  return top;
}

/**
 * The incident's type given the scores' `top` and each victim's own evidence (`owns`, in order of first mention): the
 * first victim's own type when `top` is only what another victim's own evidence says it is.
 */
export function principalType(owns: readonly ReadonlyMap<VictimType, number>[], top: VictimType): VictimType {
  if (owns.length < 2) return top;
  const first = ownTop(owns[0]!);
  if (!first || first === top) return top;
  for (let i = 1; i < owns.length; i++) if (ownTop(owns[i]!) === top) return first;
  return top;
}

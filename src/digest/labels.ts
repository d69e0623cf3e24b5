import {
  ATTACK_TYPE_WORDS,
  IMPACT_WORDS,
  VICTIM_TYPE_WORDS,
  type AttackType,
  type ImpactType,
  type Ransom,
  type VictimType,
} from "../model";

/** Reader-facing names of effects on care (the vocabulary's labels). */
export const IMPACT_LABELS = Object.fromEntries(Object.entries(IMPACT_WORDS).map(([k, w]) => [k, w.label])) as Record<
  ImpactType,
  string
>;

/** A victim type slug as a label; an unknown slug (older data) is shown as it is. */
export function victimTypeLabel(slug: string, form: "one" | "many"): string {
  return VICTIM_TYPE_WORDS[slug as VictimType]?.[form] ?? slug;
}

/** An attack type slug as a label; an unknown slug is shown as it is. */
export function attackTypeLabel(slug: string): string {
  return ATTACK_TYPE_WORDS[slug as AttackType]?.label ?? slug;
}

/** Groups digits by thousands without Intl, so the output is byte-identical on every runtime. */
export function formatCount(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** "USD 2,500,000 demanded", "paid (amount undisclosed)", "refused" or "undisclosed". */
export function ransomLabel(ransom: Ransom): string {
  const amount = ransom.amount !== null ? `${ransom.currency ?? ""} ${formatCount(ransom.amount)}`.trim() : null;
  switch (ransom.status) {
    case "demanded-amount":
      return amount ? `${amount} demanded` : "undisclosed";
    case "paid":
      return amount ? `${amount} paid` : "paid (amount undisclosed)";
    case "refused":
      return amount ? `${amount} demanded, refused` : "refused";
    case "demanded-undisclosed":
    case "not-mentioned":
      return "undisclosed";
  }
}

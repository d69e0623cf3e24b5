import type { AttackType, ImpactType, Ransom, VictimType } from "../model";

/** Reader-facing names of victim types: singular for an incident, plural for a feed title ("hospitals"). */
export const VICTIM_TYPE_LABELS: Record<VictimType, { one: string; many: string }> = {
  hospital: { one: "hospital", many: "hospitals" },
  "cosmetic-surgery": { one: "cosmetic surgery clinic", many: "cosmetic surgery clinics" },
  clinic: { one: "clinic", many: "clinics" },
  "primary-care": { one: "primary care practice", many: "primary care" },
  dental: { one: "dental practice", many: "dental practices" },
  pharmacy: { one: "pharmacy", many: "pharmacies" },
  laboratory: { one: "laboratory", many: "laboratories" },
  imaging: { one: "imaging centre", many: "imaging centres" },
  "mental-health": { one: "mental health service", many: "mental health services" },
  "care-home": { one: "care home", many: "care homes" },
  ambulance: { one: "ambulance service", many: "ambulance services" },
  insurer: { one: "health insurer", many: "health insurers" },
  "health-it-vendor": { one: "health IT vendor", many: "health IT vendors" },
  "pharma-medtech": { one: "pharma or medtech company", many: "pharma and medtech" },
  "public-health": { one: "public health body", many: "public health bodies" },
  research: { one: "research institute", many: "research institutes" },
  "other-healthcare": { one: "healthcare organisation", many: "other healthcare" },
};

/** Reader-facing names of attack types. */
export const ATTACK_TYPE_LABELS: Record<AttackType, string> = {
  ransomware: "ransomware",
  "data-theft": "data theft",
  extortion: "extortion",
  ddos: "DDoS",
  phishing: "phishing",
  insider: "insider",
  misconfiguration: "misconfiguration",
  bec: "business email compromise",
  malware: "malware",
  unknown: "unknown attack",
};

/** Reader-facing names of effects on care. */
export const IMPACT_LABELS: Record<ImpactType, string> = {
  "operations-cancelled": "operations cancelled",
  "appointments-cancelled": "appointments cancelled",
  "ambulance-diversion": "ambulances diverted",
  "systems-offline": "systems offline",
  "paper-records": "back to paper records",
  "services-closed": "services closed",
  "data-leaked": "data leaked",
};

/** A victim type slug as a label; an unknown slug (older data) is shown as it is. */
export function victimTypeLabel(slug: string, form: "one" | "many"): string {
  return VICTIM_TYPE_LABELS[slug as VictimType]?.[form] ?? slug;
}

/** An attack type slug as a label; an unknown slug is shown as it is. */
export function attackTypeLabel(slug: string): string {
  return ATTACK_TYPE_LABELS[slug as AttackType] ?? slug;
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

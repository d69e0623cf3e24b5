// One vocabulary for the kinds the product names: each victim type, attack type and effect on care has its words here,
// and the digest labels, generated titles and summaries derive from it. Adding a victim type: add its slug to
// VICTIM_TYPES (entities.ts), its words here, and its cue phrases in src/extract/data/org-cues.ts.
import type { AttackType, ImpactType, VictimType } from "./entities";

/** How a victim type is written: `one` in a sentence ("a care home"), `many` as a heading or filter ("care homes"). */
export interface VictimTypeWords {
  one: string;
  many: string;
}

export const VICTIM_TYPE_WORDS: Record<VictimType, VictimTypeWords> = {
  hospital: { one: "hospital", many: "hospitals" },
  "cosmetic-surgery": { one: "cosmetic surgery clinic", many: "cosmetic surgery clinics" },
  clinic: { one: "clinic", many: "clinics" },
  "primary-care": { one: "primary care provider", many: "primary care providers" },
  dental: { one: "dental practice", many: "dental practices" },
  pharmacy: { one: "pharmacy", many: "pharmacies" },
  laboratory: { one: "laboratory", many: "laboratories" },
  imaging: { one: "imaging provider", many: "imaging providers" },
  "mental-health": { one: "mental health provider", many: "mental health providers" },
  "care-home": { one: "care home", many: "care homes" },
  ambulance: { one: "ambulance service", many: "ambulance services" },
  insurer: { one: "health insurer", many: "health insurers" },
  "health-it-vendor": { one: "health IT vendor", many: "health IT vendors" },
  "pharma-medtech": { one: "pharma or medtech company", many: "pharma and medtech companies" },
  "public-health": { one: "public health body", many: "public health bodies" },
  research: { one: "medical research organisation", many: "medical research organisations" },
  "other-healthcare": { one: "healthcare organisation", many: "other healthcare organisations" },
};

export const ATTACK_TYPE_WORDS: Record<AttackType, string> = {
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

/** How an effect on care is written: `label` as a tag or filter, `phrase` inside a generated summary. */
export const IMPACT_WORDS: Record<ImpactType, { label: string; phrase: string }> = {
  "operations-cancelled": { label: "operations cancelled", phrase: "operations cancelled" },
  "appointments-cancelled": { label: "appointments cancelled", phrase: "appointments cancelled" },
  "ambulance-diversion": { label: "ambulances diverted", phrase: "ambulances diverted" },
  "systems-offline": { label: "systems offline", phrase: "systems offline" },
  "paper-records": { label: "back to paper records", phrase: "staff back on paper records" },
  "services-closed": { label: "services closed", phrase: "services closed" },
  "data-leaked": { label: "data leaked", phrase: "stolen data published" },
};

// One vocabulary for the kinds the product names: each victim type, attack type and effect on care has its words here,
// and the UI's chips, facets and charts, the digest labels, generated titles and summaries derive from it. Pure data
// with type-only imports, so the UI bundles it too. Adding a victim type: add its slug to VICTIM_TYPES (entities.ts),
// its words here, and its cue phrases and gate words in src/extract/ (data/org-cues.ts, victim-type.ts).
import type { AttackType, ImpactType, VictimType } from "./entities";

/**
 * How a victim type is written: `tag` on a UI chip, facet or chart ("Care home"), `one` in a sentence ("a care home"),
 * `many` as a digest heading or filter ("care homes").
 */
export interface VictimTypeWords {
  tag: string;
  one: string;
  many: string;
}

export const VICTIM_TYPE_WORDS: Record<VictimType, VictimTypeWords> = {
  hospital: { tag: "Hospital", one: "hospital", many: "hospitals" },
  "cosmetic-surgery": { tag: "Cosmetic surgery", one: "cosmetic surgery clinic", many: "cosmetic surgery clinics" },
  clinic: { tag: "Clinic", one: "clinic", many: "clinics" },
  "primary-care": { tag: "Primary care", one: "primary care provider", many: "primary care providers" },
  dental: { tag: "Dental", one: "dental practice", many: "dental practices" },
  pharmacy: { tag: "Pharmacy", one: "pharmacy", many: "pharmacies" },
  laboratory: { tag: "Laboratory", one: "laboratory", many: "laboratories" },
  imaging: { tag: "Imaging", one: "imaging provider", many: "imaging providers" },
  "mental-health": { tag: "Mental health", one: "mental health provider", many: "mental health providers" },
  "care-home": { tag: "Care home", one: "care home", many: "care homes" },
  ambulance: { tag: "Ambulance", one: "ambulance service", many: "ambulance services" },
  insurer: { tag: "Insurer", one: "health insurer", many: "health insurers" },
  "health-it-vendor": { tag: "Health IT vendor", one: "health IT vendor", many: "health IT vendors" },
  "pharma-medtech": { tag: "Pharma / medtech", one: "pharma or medtech company", many: "pharma and medtech companies" },
  "public-health": { tag: "Public health", one: "public health body", many: "public health bodies" },
  research: { tag: "Research", one: "medical research organisation", many: "medical research organisations" },
  "other-healthcare": {
    tag: "Other healthcare",
    one: "healthcare organisation",
    many: "other healthcare organisations",
  },
};

/** How an attack type is written: `tag` in the UI ("Data theft"), `label` in digests ("data theft"). */
export const ATTACK_TYPE_WORDS: Record<AttackType, { tag: string; label: string }> = {
  ransomware: { tag: "Ransomware", label: "ransomware" },
  "data-theft": { tag: "Data theft", label: "data theft" },
  extortion: { tag: "Extortion", label: "extortion" },
  ddos: { tag: "DDoS", label: "DDoS" },
  phishing: { tag: "Phishing", label: "phishing" },
  insider: { tag: "Insider", label: "insider" },
  misconfiguration: { tag: "Misconfiguration", label: "misconfiguration" },
  bec: { tag: "Business email compromise", label: "business email compromise" },
  malware: { tag: "Malware", label: "malware" },
  unknown: { tag: "Unknown", label: "unknown attack" },
};

/** How an effect on care is written: `tag` in the UI, `label` in digests, `phrase` inside a generated summary. */
export const IMPACT_WORDS: Record<ImpactType, { tag: string; label: string; phrase: string }> = {
  "operations-cancelled": {
    tag: "Operations cancelled",
    label: "operations cancelled",
    phrase: "operations cancelled",
  },
  "appointments-cancelled": {
    tag: "Appointments cancelled",
    label: "appointments cancelled",
    phrase: "appointments cancelled",
  },
  "ambulance-diversion": { tag: "Ambulance diversion", label: "ambulances diverted", phrase: "ambulances diverted" },
  "systems-offline": { tag: "Systems offline", label: "systems offline", phrase: "systems offline" },
  "paper-records": { tag: "Paper records", label: "back to paper records", phrase: "staff back on paper records" },
  "services-closed": { tag: "Services closed", label: "services closed", phrase: "services closed" },
  "data-leaked": { tag: "Data leaked", label: "data leaked", phrase: "stolen data published" },
};

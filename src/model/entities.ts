/** Victim-type slugs, most specific first (see ../shared/eval/README.md). */
export const VICTIM_TYPES = [
  "hospital",
  "cosmetic-surgery",
  "clinic",
  "primary-care",
  "dental",
  "pharmacy",
  "laboratory",
  "imaging",
  "mental-health",
  "care-home",
  "ambulance",
  "insurer",
  "health-it-vendor",
  "pharma-medtech",
  "public-health",
  "research",
  "other-healthcare",
] as const;
export type VictimType = (typeof VICTIM_TYPES)[number];

export const ATTACK_TYPES = [
  "ransomware",
  "data-theft",
  "extortion",
  "ddos",
  "phishing",
  "insider",
  "misconfiguration",
  "bec",
  "malware",
  "unknown",
] as const;
export type AttackType = (typeof ATTACK_TYPES)[number];

/** Effects on care, always listed in this order. */
export const IMPACT_TYPES = [
  "operations-cancelled",
  "appointments-cancelled",
  "ambulance-diversion",
  "systems-offline",
  "paper-records",
  "services-closed",
  "data-leaked",
] as const;
export type ImpactType = (typeof IMPACT_TYPES)[number];

export const RANSOM_STATUSES = ["demanded-amount", "demanded-undisclosed", "paid", "refused", "not-mentioned"] as const;
export type RansomStatus = (typeof RANSOM_STATUSES)[number];

export interface Ransom {
  status: RansomStatus;
  amount: number | null;
  /** ISO 4217 code, or BTC/XMR for crypto-currencies. */
  currency: string | null;
}

/**
 * Why a value was extracted: the span of the extractor's input that supports it.
 * Offsets are UTF-16 indices into `title + "\n\n" + text` (the document the extractor reads).
 */
export interface Evidence {
  field:
    | "relevant"
    | "attacker_groups"
    | "victim_orgs"
    | "victim_type"
    | "ransom"
    | "data_volume_bytes"
    | "people_affected"
    | "country"
    | "attack_types"
    | "impact";
  value: string;
  start: number;
  end: number;
  /** The sentence around the span, for quoting in the UI. */
  quote: string;
}

/** The detail of one effect on care as a sentence states it: "300 operations postponed for three days". */
export interface ImpactDetail {
  type: ImpactType;
  /** The number the sentence gives (300), or null. */
  count: number | null;
  /** What was counted, as written ("operations"), or null. */
  counted: string | null;
  /** How long, as written ("for three days"), or null. */
  duration: string | null;
  /** `ongoing` or `restored` when the sentence says so. */
  status: "ongoing" | "restored" | null;
  /** The sentence that says so. */
  quote: string;
}

/** Everything the extractor reads from one article. */
export interface Entities {
  relevant: boolean;
  /** Canonical group names from the gazetteer. */
  attacker_groups: string[];
  victim_orgs: string[];
  victim_type: VictimType | null;
  ransom: Ransom;
  data_volume_bytes: number | null;
  people_affected: number | null;
  /** ISO 3166-1 alpha-2 of the victim. */
  country: string | null;
  attack_types: AttackType[];
  impact: ImpactType[];
  /** Details of the effects on care; absent on articles extracted before it existed. */
  impact_details?: ImpactDetail[];
  evidence: Evidence[];
}

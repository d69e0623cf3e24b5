import type { ClaimStatus, AttackerRef } from "./incident";
import type { ImpactType, RansomStatus } from "./entities";

/** The kinds of material change, in the order an update lists them. */
export const CHANGE_KINDS = [
  "impact",
  "impact-count",
  "attacker-named",
  "attacker-changed",
  "ransom-status",
  "ransom-amount",
  "victim-named",
  "people-affected",
  "claim-confirmed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One thing that changed, as data: the digests and the UI put it into words. */
export type ChangeItem =
  | { kind: "impact"; impact: ImpactType; quote: string | null }
  | {
      kind: "impact-count";
      impact: ImpactType;
      from: number | null;
      to: number;
      counted: string | null;
      quote: string | null;
    }
  | {
      kind: "attacker-named" | "attacker-changed";
      groups: AttackerRef[];
      previous: AttackerRef[];
      quote: string | null;
    }
  | { kind: "ransom-status"; from: RansomStatus; to: RansomStatus; quote: string | null }
  | { kind: "ransom-amount"; from: number | null; to: number; currency: string | null; quote: string | null }
  | { kind: "victim-named"; victims: string[]; quote: string | null }
  | { kind: "people-affected"; from: number | null; to: number; quote: string | null }
  | { kind: "claim-confirmed"; from: ClaimStatus; to: ClaimStatus; quote: string | null };

/** A material change of an incident, brought by one new source: what digests announce as an update. */
export interface ChangeRecord {
  /** Stable: the incident and the source that brought the change, so a rebuild gives the same id. */
  id: string;
  incident_id: string;
  /** ISO 8601: when the source reported it. */
  at: string;
  kinds: ChangeKind[];
  changes: ChangeItem[];
  /** The first sentence of the new source that says what changed, if any. */
  quote: string | null;
  source: { url: string; title: string; site: string };
}

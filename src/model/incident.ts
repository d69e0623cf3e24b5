import type { AttackType, Evidence, ImpactDetail, ImpactType, Ransom, VictimType } from "./entities";

/** A threat group as the gazetteer knows it. */
export interface AttackerGroup {
  name: string;
  slug: string;
  aliases: string[];
}

export interface AttackerRef {
  name: string;
  slug: string;
}

/** One article in an incident's timeline. */
export interface IncidentSource {
  article_id: number;
  url: string;
  title: string;
  site: string;
  published: string;
  /** Title of the feed it came from. */
  feed: string | null;
  /** What this source added to the story: "first report", "ransom demand", "data leaked", ... */
  added: string[];
  provenance: string | null;
  /** MinHash signature of the source's text (hex), so matching can spot near-duplicates without reloading articles. */
  signature?: string | null;
  /** The source says its victim was attacked again (a later attack than one before it); absent otherwise. */
  repeat?: true;
}

/** Where a merged value came from, and the alternatives other sources gave. */
export interface FactProvenance {
  field: string;
  value: string;
  sources: string[];
  alternatives: { value: string; sources: string[] }[];
  /** The sentence that supports the value, from the first source that said it. */
  quote: string | null;
}

/** The unit of search, the UI and the digests: one attack, told by one or more sources. */
export interface Incident {
  id: string;
  title: string;
  summary: string;
  /** When the first source reported it: the "published" date of every digest, the API and the UI. */
  first_seen: string;
  /** The newest source's date, whatever it added (clustering's time window). */
  last_seen: string;
  /**
   * The last material change (see src/cluster/material-change.ts), else `first_seen`: the "updated" date
   * everywhere, and what newest-first orders by. Absent on incidents stored before it existed (read as `last_seen`).
   */
  updated?: string;
  /**
   * `claimed` while every source only relays a leak-site claim (or copies one), `confirmed` once an
   * independent source reports it. Absent on incidents stored before it existed (read as `confirmed`).
   */
  claim?: ClaimStatus;
  /** Counts, duration and status of the effects on care, where a source states them (newest figure first per effect). */
  impact_details?: ImpactDetail[];
  victim: { orgs: string[]; type: VictimType | null; country: string | null };
  attacker_groups: AttackerRef[];
  ransom: Ransom;
  data_volume_bytes: number | null;
  people_affected: number | null;
  attack_types: AttackType[];
  impact: ImpactType[];
  sources: IncidentSource[];
  facts: FactProvenance[];
  evidence: Evidence[];
}

/** Whether an incident is only claimed on a leak site so far, or reported by an independent source. */
export const CLAIM_STATUSES = ["claimed", "confirmed"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

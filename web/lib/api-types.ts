import type { GroupSummary, SearchHit } from "../../src/model";

/** `GET /api/groups/:slug`: the group (first/last seen are null when it has no incidents yet), a page of its incidents, its monthly counts. */
export interface GroupDetail {
  group: Omit<GroupSummary, "first_seen" | "last_seen"> & {
    aliases: string[];
    first_seen: string | null;
    last_seen: string | null;
  };
  incidents: { hits: SearchHit[]; total: number; page: number; limit: number };
  per_month_by_victim_type: Record<string, Record<string, number>>;
}

import { countryName, labelOf } from "./format";
import type { SearchState } from "./search-url";

/** What a subscriber receives: each incident and its material updates, new incidents only, or a daily/weekly summary. */
export type SubscriptionKind = "updates" | "new" | "daily" | "weekly";

/** The digest query of a kind over a view's filter query (`?…` or empty), as the digest routes name it. */
export function subscriptionQuery(filters: string, kind: SubscriptionKind): string {
  const p = new URLSearchParams(filters);
  if (kind === "new") p.set("only", "new");
  if (kind === "daily" || kind === "weekly") p.set("period", kind);
  const str = p.toString();
  return str ? `?${str}` : "";
}

/** A view's filters in words for feed titles: "medbreach: LockBit · Hospital · United Kingdom" (values of one filter joined by "or"). */
export function viewFeedTitle(s: SearchState): string {
  const any = (values: string[], label: (v: string) => string) => values.map(label).join(" or ");
  const parts = [
    s.q.trim() ? `“${s.q.trim()}”` : "",
    any(s.attacker, (v) => v),
    any(s.victim_type, labelOf),
    any(s.country, countryName),
    any(s.attack_type, labelOf),
    any(s.impact, labelOf),
    any(s.claim, labelOf),
    s.since && s.until ? `${s.since} to ${s.until}` : s.since ? `since ${s.since}` : s.until ? `until ${s.until}` : "",
  ].filter(Boolean);
  return `medbreach: ${parts.length ? parts.join(" · ") : "all incidents"}`;
}

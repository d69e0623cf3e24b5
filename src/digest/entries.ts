import type { Incident } from "../model";
import { filterHash, type DigestFilters } from "./digest-filters";
import type { FeedEntry } from "./feed-document";
import { escapeHtml } from "./html";
import { incidentContentHtml, incidentListItemHtml } from "./incident-html";
import { attackTypeLabel, victimTypeLabel } from "./labels";
import type { SiteLinks } from "./links";
import { changeInstants, periodOf, type PeriodSpan } from "./periods";

/** The stable entry id of an incident: its id never changes, whatever sources join. */
export function incidentEntryId(incidentId: string): string {
  return `urn:medbreach:incident:${incidentId}`;
}

/** Newest change first; the id breaks ties so equal input gives byte-equal feeds. */
function byLastSeenDesc(a: Incident, b: Incident): number {
  return b.last_seen.localeCompare(a.last_seen) || a.id.localeCompare(b.id);
}

/** One entry per incident, newest first: published = first seen, updated = last seen. */
export function incidentEntries(incidents: Incident[], links: SiteLinks): FeedEntry[] {
  return [...incidents].sort(byLastSeenDesc).map((incident) => ({
    id: incidentEntryId(incident.id),
    title: incident.title,
    url: links.incident(incident.id),
    contentHtml: incidentContentHtml(incident, links),
    published: incident.first_seen,
    updated: incident.last_seen,
    tags: [
      ...incident.attacker_groups.map((g) => g.name),
      ...(incident.victim.type ? [victimTypeLabel(incident.victim.type, "one")] : []),
      ...(incident.victim.country ? [incident.victim.country] : []),
      ...incident.attack_types.map(attackTypeLabel),
    ],
  }));
}

/** What one period holds: incidents first seen in it, incidents that changed in it, and its first and last change. */
interface PeriodBucket {
  span: PeriodSpan;
  fresh: Incident[];
  updated: Incident[];
  first: string;
  last: string;
}

/**
 * Groups incidents by the UTC days or ISO weeks in which they changed (see `changeInstants`).
 * An incident is "new" in the period of its first_seen and "updated" in every later period it changed in.
 * When `partialUpTo` is set (the incident list was cut at a bound), periods at or before that instant
 * may be missing incidents and are left out rather than shown incomplete.
 */
function bucketByPeriod(incidents: Incident[], period: "daily" | "weekly", partialUpTo: string | null): PeriodBucket[] {
  const buckets = new Map<string, PeriodBucket>();
  const cutKey = partialUpTo ? periodOf(partialUpTo, period).key : null;
  for (const incident of incidents) {
    const firstKey = periodOf(incident.first_seen, period).key;
    const seen = new Set<string>();
    for (const instant of changeInstants(incident)) {
      const span = periodOf(instant, period);
      if (cutKey !== null && span.key <= cutKey) continue;
      let bucket = buckets.get(span.key);
      if (!bucket) buckets.set(span.key, (bucket = { span, fresh: [], updated: [], first: instant, last: instant }));
      if (instant < bucket.first) bucket.first = instant;
      if (instant > bucket.last) bucket.last = instant;
      if (seen.has(span.key)) continue;
      seen.add(span.key);
      (span.key === firstKey ? bucket.fresh : bucket.updated).push(incident);
    }
  }
  return [...buckets.values()].sort((a, b) => b.span.key.localeCompare(a.span.key));
}

/**
 * One roundup entry per day or ISO week that saw new or updated incidents, newest period first.
 * The id names the period and a hash of the canonical filters, so it is stable while the period fills
 * up and distinct between searches; updated = the newest change in the period.
 */
export function periodEntries(
  incidents: Incident[],
  filters: DigestFilters,
  period: "daily" | "weekly",
  links: SiteLinks,
  partialUpTo: string | null,
): FeedEntry[] {
  const hash = filterHash(filters);
  return bucketByPeriod(incidents, period, partialUpTo).map(({ span, fresh, updated, first, last }) => {
    const section = (heading: string, list: Incident[]) =>
      list.length ? `<h3>${escapeHtml(heading)} (${list.length})</h3><ul>${[...list].sort(byLastSeenDesc).map((i) => incidentListItemHtml(i, links)).join("")}</ul>` : "";
    const when = period === "daily" ? span.key : `week ${span.key} (${span.start} to ${span.end})`;
    const counts = [fresh.length ? `${fresh.length} new` : "", updated.length ? `${updated.length} updated` : ""].filter(Boolean).join(", ");
    // The UI view narrowed to the period, within any date range the search already had.
    const since = filters.since && filters.since > span.start ? filters.since : span.start;
    const until = filters.until && filters.until < span.end ? filters.until : span.end;
    return {
      id: `urn:medbreach:digest:${period}:${span.key}:${hash}`,
      title: `Healthcare cyber incidents, ${when}: ${counts}`,
      url: links.view({ ...filters, since, until }),
      contentHtml: section("New incidents", fresh) + section("Updated incidents", updated),
      published: first,
      updated: last,
      tags: [],
    };
  });
}

import type { ChangeRecord, Incident } from "../model";
import { changeContentHtml, changeListItemHtml, changeTitle } from "./change-text";
import { filterHash, type DigestFilters, type DigestScope } from "./digest-filters";
import type { FeedEntry } from "./feed-document";
import { incidentContentHtml, incidentListItemHtml } from "./incident-html";
import { attackTypeLabel, victimTypeLabel } from "./labels";
import type { SiteLinks } from "./links";
import { periodOf, type PeriodSpan } from "./periods";

/** The stable entry id of an incident: its id never changes, whatever sources join. */
export function incidentEntryId(incidentId: string): string {
  return `urn:medbreach:incident:${incidentId}`;
}

/** The stable entry id of a material update: the change's own id (incident + the source that brought it). */
export function changeEntryId(changeId: string): string {
  return `urn:medbreach:change:${changeId}`;
}

/** The one "updated" date of an incident: its last material change (incidents stored before it existed: last seen). */
export function updatedOf(incident: Incident): string {
  return incident.updated ?? incident.last_seen;
}

/** Newest change first; the id breaks ties so equal input gives byte-equal feeds. */
function byUpdatedDesc(a: { updated: string; id: string }, b: { updated: string; id: string }): number {
  return b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id);
}

function incidentTags(incident: Incident): string[] {
  return [
    ...incident.attacker_groups.map((g) => g.name),
    ...(incident.victim.type ? [victimTypeLabel(incident.victim.type, "one")] : []),
    ...(incident.victim.country ? [incident.victim.country] : []),
    ...incident.attack_types.map(attackTypeLabel),
  ];
}

/**
 * One entry per incident (published = first reported, updated = last material change) and, unless `scope` is
 * "new", one per material update of it (published = updated = when the source reported it), newest first.
 * An update is an entry of its own, with an id of its own, because readers show a known id as read even when its
 * content changed: only a new id tells a subscriber that a hospital now cancels operations.
 */
export function incidentEntries(
  incidents: Incident[],
  changes: ChangeRecord[],
  links: SiteLinks,
  scope: DigestScope = "all",
): FeedEntry[] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const entries: FeedEntry[] = incidents.map((incident) => ({
    id: incidentEntryId(incident.id),
    title: incident.title,
    url: links.incident(incident.id),
    contentHtml: incidentContentHtml(incident, links),
    published: incident.first_seen,
    updated: updatedOf(incident),
    tags: incidentTags(incident),
  }));
  if (scope === "all") {
    for (const change of changes) {
      const incident = byId.get(change.incident_id);
      if (!incident) continue;
      entries.push({
        id: changeEntryId(change.id),
        title: changeTitle(change, incident),
        url: links.incident(incident.id),
        contentHtml: changeContentHtml(change, incident, links),
        published: change.at,
        updated: change.at,
        tags: incidentTags(incident),
      });
    }
  }
  return entries.sort(byUpdatedDesc);
}

/** What one period holds: incidents first reported in it, material updates made in it, and its first and last instant. */
interface PeriodBucket {
  span: PeriodSpan;
  fresh: Incident[];
  updates: { change: ChangeRecord; incident: Incident }[];
  first: string;
  last: string;
}

/**
 * Groups by UTC day or ISO week: an incident is "new" in the period of its first report, and each material update
 * falls in the period it was reported in (one in the incident's first period is part of the "new" entry already).
 * Sources that changed nothing are in no period. When `partialUpTo` is set (the incident list was cut at a bound),
 * periods at or before that instant may be missing incidents and are left out rather than shown incomplete.
 */
function bucketByPeriod(
  incidents: Incident[],
  changes: ChangeRecord[],
  period: "daily" | "weekly",
  partialUpTo: string | null,
  scope: DigestScope,
): PeriodBucket[] {
  const buckets = new Map<string, PeriodBucket>();
  const cutKey = partialUpTo ? periodOf(partialUpTo, period).key : null;
  const bucketAt = (instant: string): PeriodBucket | null => {
    const span = periodOf(instant, period);
    if (cutKey !== null && span.key <= cutKey) return null;
    let bucket = buckets.get(span.key);
    if (!bucket) buckets.set(span.key, (bucket = { span, fresh: [], updates: [], first: instant, last: instant }));
    if (instant < bucket.first) bucket.first = instant;
    if (instant > bucket.last) bucket.last = instant;
    return bucket;
  };
  const byId = new Map(incidents.map((i) => [i.id, i]));
  for (const incident of incidents) bucketAt(incident.first_seen)?.fresh.push(incident);
  if (scope === "all") {
    for (const change of changes) {
      const incident = byId.get(change.incident_id);
      if (!incident || periodOf(change.at, period).key === periodOf(incident.first_seen, period).key) continue;
      bucketAt(change.at)?.updates.push({ change, incident });
    }
  }
  return [...buckets.values()].sort((a, b) => b.span.key.localeCompare(a.span.key));
}

/**
 * One roundup entry per day or ISO week that saw new incidents or material updates, newest period first.
 * The id names the period and a hash of the canonical filters (and "new" for new-incidents-only feeds), so it is
 * stable while the period fills up and distinct between searches; updated = the newest change in the period.
 */
export function periodEntries(
  incidents: Incident[],
  changes: ChangeRecord[],
  filters: DigestFilters,
  period: "daily" | "weekly",
  links: SiteLinks,
  partialUpTo: string | null,
  scope: DigestScope = "all",
): FeedEntry[] {
  const hash = filterHash(filters);
  return bucketByPeriod(incidents, changes, period, partialUpTo, scope).map(({ span, fresh, updates, first, last }) => {
    const fresher = [...fresh].sort((a, b) => b.first_seen.localeCompare(a.first_seen) || a.id.localeCompare(b.id));
    const newer = [...updates].sort(
      (a, b) => b.change.at.localeCompare(a.change.at) || a.change.id.localeCompare(b.change.id),
    );
    const when = period === "daily" ? span.key : `week ${span.key} (${span.start} to ${span.end})`;
    const counts = [
      fresh.length ? `${fresh.length} new` : "",
      updates.length ? `${updates.length} ${updates.length === 1 ? "update" : "updates"}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    // The UI view narrowed to the period, within any date range the search already had.
    const since = filters.since && filters.since > span.start ? filters.since : span.start;
    const until = filters.until && filters.until < span.end ? filters.until : span.end;
    return {
      id: `urn:medbreach:digest:${period}:${span.key}:${hash}${scope === "new" ? ":new" : ""}`,
      title: `Healthcare cyber incidents, ${when}: ${counts}`,
      url: links.view({ ...filters, since, until }),
      contentHtml:
        (fresher.length
          ? `<h3>New incidents (${fresher.length})</h3><ul>${fresher.map((i) => incidentListItemHtml(i, links)).join("")}</ul>`
          : "") +
        (newer.length
          ? `<h3>Updates (${newer.length})</h3><ul>${newer.map((u) => changeListItemHtml(u.change, u.incident, links)).join("")}</ul>`
          : ""),
      published: first,
      updated: last,
      tags: [],
    };
  });
}

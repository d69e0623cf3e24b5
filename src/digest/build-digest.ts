import { DIGEST_FORMATS, type ChangeRecord, type Incident } from "../model";
import { describeFilters, filterHash, type DigestFilters, type DigestPeriod, type DigestScope } from "./digest-filters";
import { incidentEntries, periodEntries, updatedOf } from "./entries";
import type { FeedDocument } from "./feed-document";
import { httpDate, strongEtag } from "./http-cache";
import { siteLinks, type DigestFormat } from "./links";
import { renderAtom } from "./atom";
import { renderJsonFeed } from "./json-feed";
import { renderRss } from "./rss";

/** Everything a digest depends on; equal input gives a byte-equal document. */
export interface DigestInput {
  incidents: Incident[];
  /** The material changes of those incidents (any order); none when absent. */
  changes?: ChangeRecord[];
  /** `all` (default): new incidents and their material updates; `new`: new incidents only. */
  scope?: DigestScope;
  filters: DigestFilters;
  period: DigestPeriod;
  /** Public origin (optionally with a path prefix) for absolute links. */
  baseUrl: string;
  /** ISO instant; only used to date an empty feed. */
  now: string;
  format: DigestFormat;
  /** Display name of a group slug, for the title. */
  groupName: (slug: string) => string | null;
  /** The incident list was cut at a bound: roundup periods it may have cut into are left out (see entries.ts). */
  truncated?: boolean;
}

/** A rendered digest with what HTTP caching needs. */
export interface Digest {
  body: string;
  contentType: string;
  etag: string;
  /** HTTP-date of the newest entry update. */
  lastModified: string;
}

const CONTENT_TYPES = Object.fromEntries(DIGEST_FORMATS.map((f) => [f.ext, `${f.mediaType}; charset=utf-8`])) as Record<
  DigestFormat,
  string
>;

// A format added to DIGEST_FORMATS without a renderer here does not compile.
const RENDERERS: Record<DigestFormat, (doc: FeedDocument) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

/**
 * The format-neutral document: title from the filters, links for this exact search, entries per incident
 * or per period. An empty feed is dated at the start of `now`'s UTC day: Atom needs a date, and a
 * per-day constant keeps the ETag (and readers' caches) stable instead of changing on every request.
 */
export function buildFeedDocument(input: Omit<DigestInput, "format">, format: DigestFormat): FeedDocument {
  const { incidents, filters, period, baseUrl, now, groupName } = input;
  const changes = input.changes ?? [];
  const scope = input.scope ?? "all";
  const links = siteLinks(baseUrl);
  const described = describeFilters(filters, groupName);
  const suffix = [period === "none" ? "" : `${period} digest`, scope === "new" ? "new incidents only" : ""]
    .filter(Boolean)
    .join(", ");
  // Newest first is by the last material change (what `sort: "newest"` orders by), so the oldest fetched one bounds what is complete.
  const partialUpTo =
    input.truncated && incidents.length ? incidents.map(updatedOf).reduce((min, u) => (u < min ? u : min)) : null;
  const entries =
    period === "none"
      ? incidentEntries(incidents, changes, links, scope)
      : periodEntries(incidents, changes, filters, period, links, partialUpTo, scope);
  const updated =
    entries.reduce<string | null>((max, e) => (max === null || e.updated > max ? e.updated : max), null) ??
    `${now.slice(0, 10)}T00:00:00.000Z`;
  const matching = described.length ? `matching ${described.join(" · ")}` : "of every kind";
  const what =
    scope === "new"
      ? "new incidents only"
      : "new incidents and each material update (impact on care, attacker, ransom, victim, people affected, claim confirmed)";
  const cadence =
    period === "none" ? "one entry each" : period === "daily" ? "one roundup per UTC day" : "one roundup per ISO week";
  return {
    id: `urn:medbreach:feed:${period}:${filterHash(filters)}${scope === "new" ? ":new" : ""}`,
    title: `medbreach: ${described.length ? described.join(" · ") : "all incidents"}${suffix ? ` (${suffix})` : ""}`,
    description: `Healthcare cyber incidents ${matching}: ${what}, ${cadence}, newest first.`,
    selfUrl: links.digest(format, filters, period, scope),
    alternateUrl: links.view(filters),
    updated,
    generator: { name: "medbreach", uri: links.home() },
    entries,
  };
}

/** Incidents + filters + period + base URL → an RSS 2.0, Atom 1.0 or JSON Feed 1.1 document with its cache validators. */
export function buildDigest(input: DigestInput): Digest {
  const doc = buildFeedDocument(input, input.format);
  const body = RENDERERS[input.format](doc);
  return {
    body,
    contentType: CONTENT_TYPES[input.format],
    etag: strongEtag(body),
    lastModified: httpDate(doc.updated),
  };
}

import { Hono } from "hono";
import * as z from "zod";
import type { AppDeps } from "../app-deps";
import { buildDigest } from "../digest/build-digest";
import { DIGEST_PERIODS, type DigestFilters, type DigestPeriod } from "../digest/digest-filters";
import { DIGEST_CACHE_CONTROL, isNotModified } from "../digest/http-cache";
import { DIGEST_FORMATS, type Incident } from "../model";
import { publicOrigin } from "./public-origin";
import { badRequest } from "./errors";
import { MAX_LIMIT } from "./search-params";
import { readSearchParams } from "./search-query";

/** Roundups page through the newest incidents up to this bound; beyond it the oldest periods are left out, not shown partial. */
const MAX_ROUNDUP_INCIDENTS = 500;

/**
 * Refused rather than ignored: a digest is always newest first and bounded, so honouring them is
 * impossible and silently dropping them would make the feed's self link differ from the URL subscribed to.
 */
const REFUSED_PARAMS = ["sort", "page", "limit"] as const;

const periodSchema = z.enum(DIGEST_PERIODS);
/** `only=new`: new incidents without their material updates. */
const onlySchema = z.enum(["new"]);

/** A parameter given at most once, checked by `schema`; absent gives undefined. */
function single<T>(params: URLSearchParams, key: string, schema: z.ZodType<T>, expected: string): T | undefined {
  const values = params.getAll(key);
  if (values.length > 1) throw badRequest(`parameter "${key}" may be given once`);
  if (!values[0]) return undefined;
  const parsed = schema.safeParse(values[0]);
  if (!parsed.success) throw badRequest(`${key}: must be ${expected}`);
  return parsed.data;
}

/** The newest incidents of a search: one page per incident feed, up to the bound for roundups. */
async function fetchIncidents(
  deps: AppDeps,
  filters: DigestFilters,
  period: DigestPeriod,
): Promise<{ incidents: Incident[]; truncated: boolean }> {
  const wanted = period === "none" ? MAX_LIMIT : MAX_ROUNDUP_INCIDENTS;
  const incidents: Incident[] = [];
  for (let page = 1; incidents.length < wanted; page++) {
    const result = await deps.search.search({
      ...filters,
      impact: filters.impact ?? [],
      claim: filters.claim ?? [],
      sort: "newest",
      page,
      limit: MAX_LIMIT,
    });
    incidents.push(...result.hits);
    if (result.hits.length < MAX_LIMIT || incidents.length >= result.total) {
      return { incidents, truncated: false };
    }
  }
  // An incident feed shows the newest page by design; only a roundup can be cut short.
  return { incidents: incidents.slice(0, wanted), truncated: period !== "none" };
}

/**
 * `GET /digest.rss`, `/digest.atom`, `/digest.json`: any search of `/api/incidents` as a subscribable feed, with
 * `period=none|daily|weekly`; new incidents and their material updates, or new incidents only with `only=new`.
 */
export function digestRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  for (const { ext: format } of DIGEST_FORMATS) {
    app.get(`/digest.${format}`, async (c) => {
      const params = new URL(c.req.url).searchParams;
      for (const key of REFUSED_PARAMS) {
        if (params.has(key))
          throw badRequest(`${key}: not accepted by digests, which are always the newest incidents first`);
      }
      const parsed = readSearchParams(deps, params, ["period", "only"]);
      if (!parsed.ok) throw badRequest(parsed.error);
      const period: DigestPeriod =
        single(params, "period", periodSchema, `one of ${DIGEST_PERIODS.join(", ")}`) ?? "none";
      const scope =
        single(params, "only", onlySchema, '"new" (new incidents only) or absent (new incidents and their updates)') ??
        "all";

      const { q, attacker, victim_type, country, attack_type, impact, claim, since, until } = parsed.query;
      const filters: DigestFilters = { q, attacker, victim_type, country, attack_type, impact, claim, since, until };
      const { incidents, truncated } = await fetchIncidents(deps, filters, period);
      const changes =
        scope === "all" && incidents.length ? await deps.store.listChanges(incidents.map((i) => i.id)) : [];
      const digest = buildDigest({
        incidents,
        changes,
        scope,
        filters,
        period: period,
        baseUrl: publicOrigin(
          {
            publicUrl: deps.baseUrl,
            trustProxy: deps.trustProxy ?? false,
            configuredOrigin: deps.configuredOrigin ?? null,
          },
          c,
        ),
        now: deps.clock().toISOString(),
        format,
        groupName: (slug) => deps.findGroup(slug)?.name ?? null,
        truncated,
      });

      c.header("ETag", digest.etag);
      c.header("Last-Modified", digest.lastModified);
      c.header("Cache-Control", DIGEST_CACHE_CONTROL);
      // A digest opened in a browser is a document of its own: it may load and run nothing.
      c.header("Content-Security-Policy", "default-src 'none'; sandbox");
      if (
        isNotModified(
          {
            ifNoneMatch: c.req.header("If-None-Match") ?? null,
            ifModifiedSince: c.req.header("If-Modified-Since") ?? null,
          },
          digest,
        )
      ) {
        return c.body(null, 304);
      }
      c.header("Content-Type", digest.contentType);
      return c.body(digest.body);
    });
  }
  return app;
}

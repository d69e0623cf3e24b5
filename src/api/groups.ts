import { Hono } from "hono";
import * as z from "zod";
import type { AppDeps } from "../app-deps";
import { searchQuery, type GroupSummary } from "../model";
import { cardHits } from "./card-hits";
import { badRequest } from "./errors";
import { MAX_LIMIT } from "./search-params";

const paging = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`).default(20),
  })
  .strict();

/** Query parameters as an object, refusing repeated keys (each of ours is given once). */
function singleParams(url: string): Record<string, string> | string {
  const params = new URL(url).searchParams;
  const out: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return `parameter "${key.slice(0, 40)}" may be given once`;
    out[key] = values[0]!;
  }
  return out;
}

/** `GET /api/groups` (every group with incidents) and `GET /api/groups/:slug` (one group, its incidents and monthly chart). */
export function groupRoutes(deps: AppDeps): Hono {
  const describe = (summary: GroupSummary) => {
    const entry = deps.findGroup(summary.slug);
    return { ...summary, name: entry?.name ?? summary.name, aliases: entry?.aliases ?? [] };
  };

  return new Hono()
    .get("/", async (c) => {
      const params = singleParams(c.req.url);
      if (typeof params === "string") throw badRequest(params);
      const unknown = Object.keys(params)[0];
      if (unknown !== undefined) throw badRequest(`unknown parameter "${unknown.slice(0, 40)}"`);
      return c.json({ groups: (await deps.search.groups()).map(describe) });
    })
    .get("/:slug", async (c) => {
      const key = c.req.param("slug");
      if (key.length > 80) throw badRequest("slug: at most 80 characters");
      const params = singleParams(c.req.url);
      if (typeof params === "string") throw badRequest(params);
      const parsed = paging.safeParse(params);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const name =
          issue.code === "unrecognized_keys"
            ? `unknown parameter "${String(issue.keys[0]).slice(0, 40)}"`
            : `${String(issue.path[0])}: ${issue.message}`;
        throw badRequest(name);
      }
      // A name or alias is as good as the slug: /api/groups/Sodinokibi shows REvil.
      const entry = deps.findGroup(key);
      const slug = entry?.slug ?? key.toLowerCase();
      const summary = (await deps.search.groups()).find((g) => g.slug === slug);
      if (!entry && !summary) throw badRequest(`no group "${key.slice(0, 80)}"`, 404);
      const filter = searchQuery({ attacker: [slug], ...parsed.data });
      const [found, stats] = await Promise.all([deps.search.search(filter), deps.search.stats(filter, deps.clock())]);
      const group = summary
        ? describe(summary)
        : { name: entry!.name, slug, aliases: entry!.aliases, incident_count: 0, first_seen: null, last_seen: null };
      return c.json({
        group,
        incidents: { hits: cardHits(found.hits), total: found.total, page: found.page, limit: found.limit },
        per_month_by_victim_type: stats.per_month_by_victim_type,
      });
    });
}

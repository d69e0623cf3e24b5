import { Hono } from "hono";
import type { AppDeps } from "../app-deps";
import { badRequest } from "./errors";
import { parseSearchParams } from "./search-params";

/** `GET /api/stats?<filters>`: incidents per month (overall and by victim type), top groups of the last 90 days, victim types. */
export function statsRoutes(deps: AppDeps): Hono {
  return new Hono().get("/", async (c) => {
    const parsed = parseSearchParams(new URL(c.req.url).searchParams, (s) => deps.findGroup(s)?.slug ?? null);
    if (!parsed.ok) throw badRequest(parsed.error);
    return c.json(await deps.search.stats(parsed.query, deps.clock()));
  });
}

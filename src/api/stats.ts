import { Hono } from "hono";
import type { AppDeps } from "../app-deps";
import { searchQuery } from "./search-query";

/** `GET /api/stats?<filters>`: incidents per month (overall and by victim type), top groups of the last 90 days, victim types. */
export function statsRoutes(deps: AppDeps): Hono {
  return new Hono().get("/", searchQuery(deps), async (c) => {
    return c.json(await deps.search.stats(c.req.valid("query"), deps.clock()));
  });
}

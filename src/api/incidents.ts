import { Hono } from "hono";
import type { AppDeps } from "../app-deps";
import { publicIncident } from "../cluster/public-incident";
import { cardHits } from "./card-hits";
import { badRequest } from "./errors";
import { searchQuery } from "./search-query";

const INCIDENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `GET /api/incidents` (search with filters and facets) and `GET /api/incidents/:id` (one incident with its timeline and material changes). */
export function incidentRoutes(deps: AppDeps): Hono {
  return new Hono()
    .get("/", searchQuery(deps), async (c) => {
      const result = await deps.search.search(c.req.valid("query"));
      return c.json({ ...result, hits: cardHits(result.hits) });
    })
    .get("/:id", async (c) => {
      const id = c.req.param("id");
      if (!INCIDENT_ID.test(id)) throw badRequest("id: not an incident id");
      const incident = await deps.store.getIncident(id);
      if (!incident) throw badRequest(`no incident "${id}"`, 404);
      return c.json({ ...publicIncident(incident), changes: await deps.store.listChanges([id]) });
    });
}

import { Hono } from "hono";
import type { AppDeps } from "../app-deps";

/** `GET /healthz`: liveness plus a few counts, cheap enough for a load balancer. */
export function healthRoutes(deps: AppDeps): Hono {
  return new Hono().get("/healthz", async (c) => {
    const [articles, incidents] = await Promise.all([deps.store.countArticles(), deps.store.countIncidents()]);
    return c.json({ ok: true, version: deps.version, articles, incidents, time: deps.clock().toISOString() });
  });
}

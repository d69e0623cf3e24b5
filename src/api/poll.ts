import { Hono } from "hono";
import type { AppDeps } from "../app-deps";
import { requireAdmin } from "./auth";

/** `POST /api/poll`: starts a poll and answers at once with its id (admin only). */
export function pollRoutes(deps: AppDeps): Hono {
  return new Hono().post("/", requireAdmin(deps.adminToken), async (c) => {
    const poll = await deps.startPoll();
    return c.json(poll, 202);
  });
}

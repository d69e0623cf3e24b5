import { Hono } from "hono";
import * as z from "zod";
import type { AppDeps } from "../app-deps";
import { checkUrl } from "../lib/url-guard";
import { feedIdentity } from "../parse/canonical-url";
import { isAdmin, requireAdmin } from "./auth";
import { publicFeedHealth } from "./public-feed-health";
import { badRequest } from "./errors";

const newFeedSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000),
  title: z.string().trim().min(1).max(200).optional(),
  category: z.string().trim().min(1).max(80).optional(),
});

/** `GET /api/feeds` (feed health and what became of each feed's items) and `POST /api/feeds` (add one feed; admin only). */
export function feedRoutes(deps: AppDeps): Hono {
  return new Hono()
    .get("/", async (c) => {
      const [feeds, usage] = await Promise.all([deps.store.listFeeds(), deps.store.feedUsage()]);
      const operator = await isAdmin(deps.adminToken, c.req.header("authorization"));
      const byFeed = new Map(usage.map((u) => [u.feed_id, u]));
      // So nothing is dropped unseen: what each feed's items became.
      return c.json({
        feeds: feeds.map((f) => {
          const u = byFeed.get(f.id);
          const health = operator ? f : publicFeedHealth(f);
          return {
            ...health,
            items_read: u?.read ?? 0,
            items_used: u?.used ?? 0,
            items_not_relevant: u?.not_relevant ?? 0,
          };
        }),
      });
    })
    .post("/", requireAdmin(deps.adminToken), async (c) => {
      const body = await c.req.json().catch(() => {
        throw badRequest("body: must be JSON");
      });
      const parsed = newFeedSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw badRequest(`${issue.path.join(".") || "body"}: ${issue.message}`);
      }
      // Refused here as well as at fetch time, so a bad address never enters the catalogue.
      const check = checkUrl(parsed.data.url, deps.allowPrivateFeeds ?? false);
      if (!check.ok) throw badRequest(`url: ${check.message}`);
      const url = feedIdentity(check.url.href) ?? check.url.href;
      const added = await deps.store.addFeeds([{ ...parsed.data, url }]);
      const feed = (await deps.store.listFeeds()).find((f) => f.url === url);
      return c.json({ added: added > 0, feed }, added > 0 ? 201 : 200);
    });
}

import { Hono } from "hono";
import { compress } from "hono/compress";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps } from "./app-deps";
import { digestRoutes } from "./api/digest";
import { feedRoutes } from "./api/feeds";
import { groupRoutes } from "./api/groups";
import { healthRoutes } from "./api/health";
import { incidentRoutes } from "./api/incidents";
import { pollRoutes } from "./api/poll";
import { clientKeyOf } from "./api/client-key";
import { rateLimit } from "./api/rate-limit";
import { requestLimits } from "./api/request-limits";
import { createSearchGate } from "./api/search-gate";
import { statsRoutes } from "./api/stats";
import { uiRoutes } from "./api/ui";
import { UnavailableError } from "./lib/unavailable-error";

export type { AppDeps } from "./app-deps";

/** Routes whose every request runs a search (the UI's `/` only inlines one, under `tryRun`). */
const SEARCH_ROUTES = ["/api/incidents", "/api/stats", "/api/groups", "/api/groups/*", "/digest.*"];

/** The whole HTTP surface, independent of the runtime: Node and the Worker both serve `createApp(deps).fetch`. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: "same-origin",
      xFrameOptions: "DENY",
    }),
  );
  app.use(...requestLimits());
  // gzip or deflate as the client asks, for HTML, JSON and the digests (RSS, Atom, JSON Feed are +xml/+json types).
  if (deps.compress)
    app.use(
      compress({
        contentTypeFilter: (type) => /^(?:text\/html|application\/(?:json|xml|[a-z.-]+\+(?:xml|json)))\b/i.test(type),
      }),
    );
  const clientKey = clientKeyOf(deps.connInfo, deps.trustProxy ?? false);
  if (deps.rateLimit) {
    const limiter = rateLimit(deps.rateLimit, clientKey);
    app.use("/api/*", limiter);
    app.use("/digest.*", limiter);
    // The search page inlines its first results, so `/?q=` searches as `/api/incidents` does.
    app.use("/", limiter);
  }
  const gate = deps.searchLimits ? createSearchGate(deps.searchLimits, clientKey) : null;
  if (gate) for (const path of SEARCH_ROUTES) app.use(path, gate.middleware);
  app.route("/", healthRoutes(deps));
  app.route("/api/incidents", incidentRoutes(deps));
  app.route("/api/groups", groupRoutes(deps));
  app.route("/api/stats", statsRoutes(deps));
  app.route("/api/feeds", feedRoutes(deps));
  app.route("/api/poll", pollRoutes(deps));
  app.route("/", digestRoutes(deps));
  app.route("/", uiRoutes(deps, gate));

  app.notFound((c) =>
    c.json({ error: `no route for ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)}` }, 404),
  );
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    if (err instanceof UnavailableError) {
      console.error(`[medbreach] ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
      c.header("Retry-After", String(err.retryAfterSeconds));
      return c.json({ error: err.message }, 503);
    }
    // Stack traces stay in the log; a client only learns that it was our fault.
    console.error(
      `[medbreach] ${c.req.method} ${new URL(c.req.url).pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}

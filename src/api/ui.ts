import { Hono } from "hono";
import type { AppDeps } from "../app-deps";

const ASSET_PATH = /^\/assets\/[A-Za-z0-9._-]+$/;
const ROOT_FILES = new Set(["/favicon.svg", "/robots.txt"]);

/** Serves the built Preact UI: hashed assets with a long cache, and `index.html` for every UI page. */
export function uiRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get("*", async (c, next) => {
    const path = c.req.path;
    if (path.startsWith("/api/") || !deps.assets) return next();
    if (ASSET_PATH.test(path) || ROOT_FILES.has(path)) {
      const asset = await deps.assets.get(path);
      if (!asset) return next();
      c.header("Content-Type", asset.contentType);
      c.header("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=3600");
      return c.body(typeof asset.body === "string" ? asset.body : (asset.body as Uint8Array<ArrayBuffer>));
    }
    const index = await deps.assets.get("/index.html");
    if (!index) return next();
    c.header("Cache-Control", "no-cache");
    return c.html(typeof index.body === "string" ? index.body : new TextDecoder().decode(index.body));
  });
  return app;
}

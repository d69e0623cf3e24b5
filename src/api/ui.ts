import { Hono, type Context } from "hono";
import type { AppDeps } from "../app-deps";
import type { SearchGate } from "./search-gate";
import { cardHits } from "./card-hits";
import { readSearchParams } from "./search-query";

const ASSET_PATH = /^\/assets\/[A-Za-z0-9._-]+$/;
const ROOT_FILES = new Set(["/favicon.svg", "/robots.txt"]);
/** The UI's pages. */
const UI_PAGE = /^\/(?:|overview|feeds|groups|incidents\/[A-Za-z0-9_-]{1,64}|groups\/[^/]{1,80})\/?$/;
/** Paths that are never UI pages: an unknown one there keeps the JSON 404 that API clients read. */
const NOT_UI = /^\/(?:api\/|digest\.|healthz)/;
/** Addresses people and browsers try that live elsewhere in the UI. */
const REDIRECTS: Record<string, string> = {
  "/favicon.ico": "/favicon.svg",
  "/incidents": "/",
  "/incidents/": "/",
  "/search": "/",
};
const INCIDENT_PAGE = /^\/incidents\/([A-Za-z0-9_-]{1,64})\/?$/;

/**
 * Headers for every HTML page: no inline script or style can run, no framing, no MIME sniffing.
 * Set here so the UI stays safe on its own; app.ts's secureHeaders middleware currently replaces
 * Referrer-Policy with the stricter `no-referrer`, which is fine (source links carry noreferrer anyway).
 */
const HTML_SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
};

/** Serves the built Preact UI: hashed assets with a long cache, and `index.html` (with the first API answer inlined) for every UI page. */
export function uiRoutes(deps: AppDeps, gate: SearchGate | null = null): Hono {
  const app = new Hono();
  app.get("*", async (c, next) => {
    const path = c.req.path;
    if (!deps.assets) return next();
    if (ASSET_PATH.test(path) || ROOT_FILES.has(path)) {
      const asset = await deps.assets.get(path);
      if (!asset) return next();
      c.header("Content-Type", asset.contentType);
      c.header("X-Content-Type-Options", "nosniff");
      c.header(
        "Cache-Control",
        path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
      );
      return c.body(typeof asset.body === "string" ? asset.body : (asset.body as Uint8Array<ArrayBuffer>));
    }
    const redirect = REDIRECTS[path];
    if (redirect)
      return c.redirect(
        redirect + (path.startsWith("/incidents") || path === "/search" ? new URL(c.req.url).search : ""),
        301,
      );
    // An unknown address in the UI gets the UI's "not found" page, with a 404 status for crawlers and scripts.
    const known = UI_PAGE.test(path);
    if (!known && (NOT_UI.test(path) || !(c.req.header("Accept") ?? "").includes("text/html"))) return next();
    const index = await deps.assets.get("/index.html");
    if (!index) return next();
    const html = typeof index.body === "string" ? index.body : new TextDecoder().decode(index.body);
    const initial = known ? await initialData(deps, c, gate) : null;
    for (const [name, value] of Object.entries(HTML_SECURITY_HEADERS)) c.header(name, value);
    c.header("Cache-Control", "no-cache");
    return c.html(initial ? inlineInitialData(html, initial) : html, known ? 200 : 404);
  });
  return app;
}

/**
 * The API answer the page will ask for first, keyed by the API URL the UI requests, so the first paint
 * needs no second round trip. Null when the page has nothing to inline or its parameters are invalid
 * (the UI then fetches and shows the API's own error).
 */
async function initialData(
  deps: AppDeps,
  c: Context,
  gate: SearchGate | null,
): Promise<Record<string, unknown> | null> {
  const url = new URL(c.req.url);
  try {
    if (url.pathname === "/") {
      const parsed = readSearchParams(deps, url.searchParams);
      if (!parsed.ok) return null;
      // When search is busy the page still loads at once, without its first results, and asks the API itself.
      const search = () => deps.search.search(parsed.query);
      const result = gate ? await gate.tryRun(c, search) : await search();
      return result ? { [`/api/incidents${url.search}`]: { ...result, hits: cardHits(result.hits) } } : null;
    }
    const incidentId = INCIDENT_PAGE.exec(url.pathname)?.[1];
    if (incidentId) {
      const incident = await deps.store.getIncident(incidentId);
      return incident
        ? { [`/api/incidents/${incidentId}`]: { ...incident, changes: await deps.store.listChanges([incidentId]) } }
        : null;
    }
  } catch (err) {
    // Inlining is an optimisation: if it fails, the page still loads and fetches (and reports) for itself.
    console.error(`[medbreach] inlining ${url.pathname}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return null;
}

/** Puts `data` into a JSON data block before `</head>`; `<` is escaped so no text can close the script element. */
export function inlineInitialData(html: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const block = `<script type="application/json" id="initial-data">${json}</script>`;
  return html.includes("</head>") ? html.replace("</head>", () => `${block}</head>`) : block + html;
}

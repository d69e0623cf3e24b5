/**
 * Query parameters that only identify a campaign or a click, never the resource.
 * Removing them lets the same article arriving from a newsletter and a feed share one URL.
 */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "ref_src",
  "ref_url",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "wt_mc",
  "cmpid",
  "ncid",
  "sr_share",
]);

const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_"];

function isTrackingParam(rawName: string): boolean {
  let name: string;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, " ")).toLowerCase();
  } catch {
    name = rawName.toLowerCase();
  }
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((p) => name.startsWith(p));
}

/**
 * Resolves `href` against `base` and returns it in canonical form, or null when it is not an http(s) URL.
 * The fragment is dropped unless `keepFragment`: it names a place in a page, except in feeds whose items
 * are places in one page (a newsletter's issues, a linkblog's entries), which normalise.ts decides.
 */
export function canonicalUrl(
  href: string | null | undefined,
  base?: string | null,
  keepFragment = false,
): string | null {
  const url = parseUrl(href, base);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) return null;
  if (!keepFragment || url.hash === "#") url.hash = "";
  // Filter the raw query by hand: URLSearchParams would re-encode the parameters we keep.
  if (url.search) {
    const kept = url.search
      .slice(1)
      .split("&")
      .filter((pair) => pair !== "" && !isTrackingParam(pair.split("=")[0]!));
    url.search = kept.length ? `?${kept.join("&")}` : "";
  }
  return url.href;
}

/** Parses `href` against an optional base the way a browser would, or returns null. */
export function parseUrl(href: string | null | undefined, base?: string | null): URL | null {
  if (href == null) return null;
  // The WHATWG parser itself strips C0 controls and spaces at the ends and tabs/newlines inside,
  // exactly as a browser does, so "java\nscript:" is seen as javascript: and then refused by callers.
  try {
    return base && isUrl(base) ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
}

// A feed resolves every item's links against the same base or two; remembering the last answer saves a parse
// per link (Node would turn a URL object given as base back into a string and parse it again anyway).
let lastBase: string | null = null;
let lastBaseIsUrl = false;

function isUrl(text: string): boolean {
  if (text !== lastBase) {
    lastBaseIsUrl = parseUrl(text) !== null;
    lastBase = text;
  }
  return lastBaseIsUrl;
}

/**
 * A feed's identity in the catalogue: the absolute http(s) URL without its fragment, which never reaches
 * the server, so `…/feed.xml#x` is the same feed as `…/feed.xml`. Query parameters stay: a feed's may be its key.
 */
export function feedIdentity(href: string): string | null {
  const url = parseUrl(href);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
  url.hash = "";
  return url.href;
}

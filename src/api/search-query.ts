import { validator } from "hono/validator";
import type { AppDeps } from "../app-deps";
import type { SearchQuery } from "../model";
import { badRequest } from "./errors";
import { parseSearchParams, type ParamsResult } from "./search-params";

/** Reads search parameters the way every route does: attacker names and aliases resolved through the gazetteer. */
export function readSearchParams(
  deps: Pick<AppDeps, "findGroup">,
  params: URLSearchParams,
  extra: readonly string[] = [],
): ParamsResult {
  return parseSearchParams(params, (s) => deps.findGroup(s)?.slug ?? null, extra);
}

/**
 * The one validated search query of a route, read in the handler with `c.req.valid("query")`; a bad parameter answers
 * 400 before the handler runs. `extra` names parameters the route reads itself (a digest's `period`).
 */
export function searchQuery(deps: Pick<AppDeps, "findGroup">, extra: readonly string[] = []) {
  return validator("query", (_value, c): SearchQuery => {
    const parsed = readSearchParams(deps, new URL(c.req.url).searchParams, extra);
    if (!parsed.ok) throw badRequest(parsed.error);
    return parsed.query;
  });
}

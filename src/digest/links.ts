import type { DigestFormat } from "../model";
import { filterPairs, type DigestFilters, type DigestPeriod, type DigestScope } from "./digest-filters";

export type { DigestFormat };

/** Absolute URLs of the site, from a base URL with or without a trailing slash or a path prefix. */
export interface SiteLinks {
  home(): string;
  incident(id: string): string;
  group(slug: string): string;
  /** The UI view of these filters (`/?…`); the UI keeps its state in the same parameters. */
  view(filters: DigestFilters): string;
  digest(format: DigestFormat, filters: DigestFilters, period: DigestPeriod, scope?: DigestScope): string;
}

/** Link builders over one base URL. */
export function siteLinks(baseUrl: string): SiteLinks {
  const base = baseUrl.replace(/\/+$/, "");
  const query = (pairs: [string, string][]) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : "");
  return {
    home: () => `${base}/`,
    incident: (id) => `${base}/incidents/${encodeURIComponent(id)}`,
    group: (slug) => `${base}/groups/${encodeURIComponent(slug)}`,
    view: (filters) => `${base}/${query(filterPairs(filters))}`,
    digest: (format, filters, period, scope = "all") =>
      `${base}/digest.${format}${query([
        ...filterPairs(filters),
        ...(period === "none" ? [] : ([["period", period]] as [string, string][])),
        ...(scope === "all" ? [] : ([["only", scope]] as [string, string][])),
      ])}`,
  };
}

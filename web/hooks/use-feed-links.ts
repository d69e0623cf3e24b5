import { useEffect } from "preact/hooks";

/** The three digest formats, with the MIME types feed readers look for in `<link rel="alternate">`. */
export const DIGEST_FORMATS = [
  { ext: "rss", label: "RSS", type: "application/rss+xml" },
  { ext: "atom", label: "Atom", type: "application/atom+xml" },
  { ext: "json", label: "JSON Feed", type: "application/feed+json" },
] as const;

/** The absolute digest URL of a view, for one format. */
export function digestUrl(ext: string, filters: string): string {
  return `${location.origin}/digest.${ext}${filters}`;
}

/**
 * Keeps `<link rel="alternate">` feed autodiscovery in `<head>` pointing at the current view's digests (each incident
 * and its updates), titled with the filters in words ("medbreach: LockBit · Hospital · United Kingdom (RSS)").
 */
export function useFeedLinks(filters: string, title: string): void {
  useEffect(() => {
    const links = DIGEST_FORMATS.map((f) => {
      const link = document.createElement("link");
      link.rel = "alternate";
      link.type = f.type;
      link.title = `${title} (${f.label})`;
      link.href = digestUrl(f.ext, filters);
      document.head.appendChild(link);
      return link;
    });
    return () => links.forEach((l) => l.remove());
  }, [filters, title]);
}

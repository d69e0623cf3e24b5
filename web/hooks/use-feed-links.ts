import { useEffect } from "preact/hooks";
import { DIGEST_FORMATS } from "../../src/model/digest-formats";

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
      link.type = f.mediaType;
      link.title = `${title} (${f.label})`;
      link.href = digestUrl(f.ext, filters);
      document.head.appendChild(link);
      return link;
    });
    return () => links.forEach((l) => l.remove());
  }, [filters, title]);
}

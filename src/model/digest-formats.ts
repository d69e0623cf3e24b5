/**
 * The digest formats, one record each: the route is `/digest.<ext>`, the label names it on the page, and the media
 * type is what feed readers look for in `<link rel="alternate">` and what the route answers with. The routes, the
 * builder (whose renderer table must name every format) and the UI all read this list.
 */
export const DIGEST_FORMATS = [
  { ext: "rss", label: "RSS", mediaType: "application/rss+xml" },
  { ext: "atom", label: "Atom", mediaType: "application/atom+xml" },
  { ext: "json", label: "JSON Feed", mediaType: "application/feed+json" },
] as const;

/** The file name extension of each digest format. */
export type DigestFormat = (typeof DIGEST_FORMATS)[number]["ext"];

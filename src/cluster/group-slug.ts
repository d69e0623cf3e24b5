/** The URL slug of a canonical group name ("The Dark Overlord" → "the-dark-overlord"). */
export function groupSlugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

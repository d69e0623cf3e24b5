/** Start and end of a highlighted match, as FTS5's `snippet()` and Meilisearch's highlight tags emit them. */
export const MARK_START = "\ue000";
/** End of a highlighted match. */
export const MARK_END = "\ue001";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Turns a marked snippet into HTML that is safe to insert: the text is escaped first, then the
 * private-use markers become `<mark>` tags, so feed text can never smuggle markup through a highlight.
 */
export function snippetHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}

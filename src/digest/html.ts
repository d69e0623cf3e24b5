import { escapeHtml } from "../lib/escape-html";

/** The URL itself when it is absolute http(s), otherwise null: no `javascript:`, `data:` or relative links reach a reader. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an absolute http(s) URL, or the bare escaped text when the URL is anything else. */
export function htmlLink(url: string, text: string): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

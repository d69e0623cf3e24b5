import { escapeHtml } from "../lib/escape-html";
import { streamHtml, type HtmlEvents } from "./bounded-html";
import { parseUrl } from "./canonical-url";
import { DROPPED_WITH_CONTENT } from "./html-rules";

/**
 * The one place feed and page HTML is made safe to display (UI and digests call it).
 * Allow-list: a few structural and inline elements survive, with no attributes at all except a
 * checked absolute `href` on links; everything else keeps only its text, and active containers
 * (script, style, iframe, svg, ...) vanish with their content. Text is re-escaped from the decoded
 * value, so entity tricks in the source cannot produce markup.
 */
const ALLOWED = new Set([
  "p",
  "br",
  "a",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "b",
  "i",
  "blockquote",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
]);

const VOID = new Set(["br"]);
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** Sanitises an HTML fragment for display: allow-listed elements only, links resolved against `baseUrl`. */
export function sanitizeHtml(html: string, baseUrl?: string | null): string {
  const writer = new SanitizingWriter(baseUrl);
  streamHtml(html, writer);
  return writer.result();
}

/** The sanitiser as a sink of HTML events, so one parse can feed it and the text writer at once (html-content.ts). */
export class SanitizingWriter implements HtmlEvents {
  private readonly out: string[] = [];
  // One entry per open element (htmlparser2 reports a close for every open, implied ones included).
  private readonly stack: { name: string; emitted: boolean }[] = [];
  private dropped = 0;

  constructor(private readonly baseUrl?: string | null) {}

  open(name: string, attributes: Record<string, string>): void {
    let emitted = false;
    if (DROPPED_WITH_CONTENT.has(name)) this.dropped++;
    else if (!this.dropped && ALLOWED.has(name)) {
      const open = openTag(name, attributes, this.baseUrl);
      if (open) {
        this.out.push(open);
        emitted = !VOID.has(name);
      }
    }
    this.stack.push({ name, emitted });
  }

  text(text: string): void {
    if (!this.dropped) this.out.push(escapeHtml(text));
  }

  close(): void {
    const top = this.stack.pop();
    if (!top) return;
    if (DROPPED_WITH_CONTENT.has(top.name)) this.dropped = Math.max(0, this.dropped - 1);
    if (top.emitted) this.out.push(`</${top.name}>`);
  }

  result(): string {
    // Elements still open here were cut off by the nesting cap; close them so the output stays balanced.
    for (let top = this.stack.pop(); top; top = this.stack.pop()) if (top.emitted) this.out.push(`</${top.name}>`);
    return this.out.join("").trim();
  }
}

function openTag(name: string, attributes: Record<string, string>, baseUrl?: string | null): string | null {
  if (name !== "a") return `<${name}>`;
  const href = safeHref(attributes.href, baseUrl);
  // A link without a usable target keeps its text but loses the element.
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">` : null;
}

/** Returns an absolute http(s)/mailto URL for a link target, or null for anything else. */
export function safeHref(href: string | undefined, baseUrl?: string | null): string | null {
  if (!href) return null;
  const url = parseUrl(href, baseUrl);
  return url && SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

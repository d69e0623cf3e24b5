import { streamHtml, type HtmlEvents } from "./bounded-html";
import { TextWriter } from "./html-text";
import { SanitizingWriter } from "./sanitize-html";
import { streamSimpleHtml } from "./simple-html";

/**
 * An item body's display HTML and plain text from one parse: `sanitizeHtml` and `htmlToText` each parsed
 * the same HTML again, and tokenising is most of what normalising a feed costs. The results equal theirs.
 * Simple bodies skip htmlparser2 (simple-html.ts); when the simple reading gives up half-way, htmlparser2
 * starts again into fresh writers.
 */
export function sanitizedHtmlAndText(html: string, baseUrl?: string | null): { html: string; text: string } {
  const simple = new BodyWriters(baseUrl);
  if (streamSimpleHtml(html, simple)) return simple.result();
  const full = new BodyWriters(baseUrl);
  streamHtml(html, full);
  return full.result();
}

/** The sanitiser and the text writer fed from the same events. */
class BodyWriters implements HtmlEvents {
  private readonly display: SanitizingWriter;
  private readonly plain = new TextWriter();

  constructor(baseUrl?: string | null) {
    this.display = new SanitizingWriter(baseUrl);
  }

  open(name: string, attributes: Record<string, string>): void {
    this.display.open(name, attributes);
    this.plain.open(name);
  }

  text(text: string): void {
    this.display.text(text);
    this.plain.text(text);
  }

  close(name: string): void {
    this.display.close();
    this.plain.close(name);
  }

  result(): { html: string; text: string } {
    return { html: this.display.result(), text: this.plain.result() };
  }
}

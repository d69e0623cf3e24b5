import { streamHtml, type HtmlEvents } from "./bounded-html";
import { TextWriter } from "./html-text";
import { SanitizingWriter } from "./sanitize-html";
import { readSimpleHtml, streamSimpleHtml } from "./simple-html";

/**
 * An item body's display HTML and plain text from one parse: `sanitizeHtml` and `htmlToText` each parsed
 * the same HTML again, and tokenising is most of what normalising a feed costs. The results equal theirs.
 * Simple bodies skip htmlparser2 (simple-html.ts), and those already in the sanitiser's output form skip
 * the sanitiser too; when the simple reading gives up half-way, htmlparser2 starts again into fresh writers.
 */
export function sanitizedHtmlAndText(html: string, baseUrl?: string | null): { html: string; text: string } {
  const plain = new TextWriter();
  const reading = readSimpleHtml(html, plain);
  // The sanitiser would write such a body back unchanged, so it need not run.
  if (reading === "sanitised") return { html: html.trim(), text: plain.result() };
  if (reading === "simple") {
    const display = new SanitizingWriter(baseUrl);
    streamSimpleHtml(html, display);
    return { html: display.result(), text: plain.result() };
  }
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

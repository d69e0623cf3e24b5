import { streamHtml, type HtmlEvents } from "./bounded-html";
import { TextWriter } from "./html-text";
import { SanitizingWriter } from "./sanitize-html";

/**
 * An item body's display HTML and plain text from one parse: `sanitizeHtml` and `htmlToText` each parsed
 * the same HTML again, and tokenising is most of what normalising a feed costs. The results equal theirs.
 */
export function sanitizedHtmlAndText(html: string, baseUrl?: string | null): { html: string; text: string } {
  const display = new SanitizingWriter(baseUrl);
  const plain = new TextWriter();
  const both: HtmlEvents = {
    open(name, attributes) {
      display.open(name, attributes);
      plain.open(name);
    },
    text(text) {
      display.text(text);
      plain.text(text);
    },
    close(name) {
      display.close();
      plain.close(name);
    },
  };
  streamHtml(html, both);
  return { html: display.result(), text: plain.result() };
}

import type { AnyNode } from "domhandler";
import { streamHtml, type HtmlEvents } from "./bounded-html";
import { BLOCK_ELEMENTS, DROPPED_WITH_CONTENT, LINE_ELEMENTS } from "./html-rules";

// Runs of HTML whitespace plus the Unicode spaces feeds use for layout; all become one space.
const SPACES = /[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// What SPACES would change: a lone " " is replaced by itself. Testing first is a third of the replace's cost.
const CHANGING_SPACES = /[\t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}/;

/** Plain text of an HTML fragment: entities decoded, scripts dropped, one blank line between blocks. */
export function htmlToText(html: string): string {
  const writer = new TextWriter();
  streamHtml(html, writer);
  return writer.result();
}

/** Plain text of an already parsed DOM (cheerio/domhandler nodes), with the same rules as `htmlToText`. */
export function nodesToText(nodes: AnyNode[]): string {
  const writer = new TextWriter();
  const walk = (list: AnyNode[]): void => {
    for (const node of list) {
      if (node.type === "text") writer.text(node.data);
      else if (node.type === "root") walk(node.children);
      else if (node.type === "tag" || node.type === "script" || node.type === "style") {
        writer.open(node.name);
        walk(node.children);
        writer.close(node.name);
      }
    }
  };
  walk(nodes);
  return writer.result();
}

/** `text` with SPACES runs made one space; most text holds only lone " ", which stay, so it is returned as is. */
function collapseSpaces(text: string): string {
  return CHANGING_SPACES.test(text) ? text.replace(SPACES, " ") : text;
}

/**
 * Accumulates text from open/text/close events. Breaks are kept as a pending level (1 = new line,
 * 2 = blank line) and written only before the next visible text, so empty blocks and trailing spaces
 * never need a clean-up pass afterwards.
 */
export class TextWriter implements HtmlEvents {
  private readonly out: string[] = [];
  private pending = 0;
  private dropped = 0;
  private pre = 0;
  private lineStart = true;

  open(name: string): void {
    if (DROPPED_WITH_CONTENT.has(name)) this.dropped++;
    else if (!this.dropped) this.breakFor(name, true);
    if (name === "pre") this.pre++;
  }

  close(name: string): void {
    if (DROPPED_WITH_CONTENT.has(name)) this.dropped = Math.max(0, this.dropped - 1);
    else if (!this.dropped) this.breakFor(name, false);
    if (name === "pre") this.pre = Math.max(0, this.pre - 1);
  }

  text(raw: string): void {
    if (this.dropped) return;
    const visible = this.pre ? raw.replace(/\r\n?/g, "\n") : collapseSpaces(raw);
    const { out } = this;
    if (visible.trim()) this.write(visible);
    else if (!this.pending && !this.lineStart && out.length && !out[out.length - 1]!.endsWith(" ")) out.push(" ");
  }

  result(): string {
    return this.out.join("").trim();
  }

  // Blocks are set apart on both sides; a line element (br, li) only starts a new line where it opens.
  private breakFor(name: string, opening: boolean): void {
    if (BLOCK_ELEMENTS.has(name)) this.pending = 2;
    else if (opening && LINE_ELEMENTS.has(name)) this.pending = Math.max(this.pending, 1);
  }

  private write(text: string): void {
    const { out } = this;
    if (this.pending && out.length) {
      out[out.length - 1] = out[out.length - 1]!.trimEnd();
      out.push(this.pending === 2 ? "\n\n" : "\n");
    }
    if (this.pending || this.lineStart) text = text.trimStart();
    this.pending = 0;
    if (!text) return;
    out.push(text);
    this.lineStart = text.endsWith("\n");
  }
}

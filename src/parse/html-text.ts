import { Parser } from "htmlparser2";
import { BLOCK_ELEMENTS, DROPPED_WITH_CONTENT, LINE_ELEMENTS } from "./html-rules";

// Runs of HTML whitespace plus the Unicode spaces feeds use for layout; all become one space.
const SPACES = /[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Plain text of an HTML fragment: entities decoded, scripts dropped, one blank line between blocks. */
export function htmlToText(html: string): string {
  // Breaks are kept as a pending level (1 = new line, 2 = blank line) and written only before the next
  // visible text, so empty blocks and trailing spaces never need a clean-up pass afterwards.
  const out: string[] = [];
  let pending = 0;
  let dropped = 0;
  let pre = 0;
  let lineStart = true;
  const write = (text: string): void => {
    if (pending && out.length) {
      out[out.length - 1] = out[out.length - 1]!.trimEnd();
      out.push(pending === 2 ? "\n\n" : "\n");
    }
    if (pending || lineStart) text = text.trimStart();
    pending = 0;
    if (!text) return;
    out.push(text);
    lineStart = text.endsWith("\n");
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED_WITH_CONTENT.has(name)) dropped++;
        else if (!dropped) breakFor(name, true);
        if (name === "pre") pre++;
      },
      ontext(text) {
        if (dropped) return;
        const visible = pre ? text.replace(/\r\n?/g, "\n") : text.replace(SPACES, " ");
        if (visible.trim()) write(visible);
        else if (!pending && !lineStart && out.length && !out[out.length - 1]!.endsWith(" ")) out.push(" ");
      },
      onclosetag(name) {
        if (DROPPED_WITH_CONTENT.has(name)) dropped = Math.max(0, dropped - 1);
        else if (!dropped) breakFor(name, false);
        if (name === "pre") pre = Math.max(0, pre - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  // Blocks are set apart on both sides; a line element (br, li) only starts a new line where it opens.
  function breakFor(name: string, opening: boolean): void {
    if (BLOCK_ELEMENTS.has(name)) pending = 2;
    else if (opening && LINE_ELEMENTS.has(name)) pending = Math.max(pending, 1);
  }
  parser.end(html);
  return out.join("").trim();
}

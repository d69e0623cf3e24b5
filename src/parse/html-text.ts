import { Parser } from "htmlparser2";
import { BLOCK_ELEMENTS, DROPPED_WITH_CONTENT, LINE_ELEMENTS } from "./html-rules";

/** Plain text of an HTML fragment: entities decoded, scripts dropped, one blank line between blocks. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let dropped = 0;
  let pre = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED_WITH_CONTENT.has(name)) dropped++;
        else if (!dropped) breakFor(out, name, true);
        if (name === "pre") pre++;
      },
      ontext(text) {
        // Source line breaks are only spacing in HTML, except inside <pre>.
        if (!dropped) out.push(pre ? text : text.replace(/[ \t\n\r\f]+/g, " "));
      },
      onclosetag(name) {
        if (DROPPED_WITH_CONTENT.has(name)) dropped = Math.max(0, dropped - 1);
        else if (!dropped) breakFor(out, name, false);
        if (name === "pre") pre = Math.max(0, pre - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return normaliseWhitespace(out.join(""));
}

// Blocks are set apart on both sides; a line element (br, li) only starts a new line where it opens.
function breakFor(out: string[], name: string, opening: boolean): void {
  if (BLOCK_ELEMENTS.has(name)) out.push("\n\n");
  else if (opening && LINE_ELEMENTS.has(name)) out.push("\n");
}

/** Collapses runs of spaces inside lines, trims lines and keeps at most one blank line in a row. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .replace(/\r\n?/g, "\n")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

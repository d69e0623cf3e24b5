import { MAX_DEPTH, type HtmlEvents } from "./bounded-html";

/**
 * Most item bodies are paragraphs, links, line breaks and emphasis with no attributes but `href`. For those,
 * htmlparser2's tokeniser is most of what normalising a feed costs; this reads them with `indexOf` and emits
 * exactly the events htmlparser2 would (same text chunks, same open and close order), so the writers behind
 * it cannot tell the difference. Anything it does not fully understand makes it give up (return false),
 * and the caller parses the fragment again with htmlparser2 into fresh writers.
 *
 * Why the event streams are equal: every tag accepted here is closed explicitly, in order, and none of them
 * is closed implicitly by htmlparser2 (no `<p>` opens inside an open `<p>`, no unknown or mismatched close
 * tags, nothing left open at the end); text holds no `<` and only the five entities escapeHtml writes,
 * which htmlparser2 reports as separate one-character text events.
 */
export function streamSimpleHtml(html: string, events: HtmlEvents): boolean {
  const open: string[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > at && !emitText(html, at, textEnd, events)) return false;
    if (lt < 0) break;
    const gt = html.indexOf(">", lt);
    if (gt < 0) return false;
    const tag = html.slice(lt + 1, gt);
    if (tag.charCodeAt(0) === 47 /* "/" */) {
      const name = tag.slice(1);
      if (open[open.length - 1] !== name) return false;
      open.pop();
      events.close(name);
    } else if (tag === "br" || tag === "br/" || tag === "br /") {
      events.open("br", {});
      events.close("br");
    } else {
      const opened = openTag(tag, open);
      if (!opened || open.length >= MAX_DEPTH - 1) return false;
      open.push(opened.name);
      events.open(opened.name, opened.attributes);
    }
    at = gt + 1;
  }
  return open.length === 0;
}

const INLINE = new Set(["a", "b", "i", "em", "strong"]);
const HREF_PREFIX = 'a href="';

function openTag(tag: string, open: string[]): { name: string; attributes: Record<string, string> } | null {
  // htmlparser2 closes an open <p> at the next <p>; such bodies are left to it.
  if (tag === "p") return open.includes("p") ? null : { name: "p", attributes: {} };
  if (INLINE.has(tag)) return { name: tag, attributes: {} };
  if (tag.startsWith(HREF_PREFIX) && tag.endsWith('"') && tag.length > HREF_PREFIX.length) {
    const href = tag.slice(HREF_PREFIX.length, -1);
    // Entities, quotes and `<` in a value take the tokeniser's own rules.
    if (/["&<]/.test(href)) return null;
    return { name: "a", attributes: { href } };
  }
  return null;
}

const ENTITIES: [string, string][] = [
  ["&amp;", "&"],
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&quot;", '"'],
  ["&#39;", "'"],
];

function emitText(html: string, start: number, end: number, events: HtmlEvents): boolean {
  let at = start;
  for (let amp = html.indexOf("&", at); amp >= 0 && amp < end; amp = html.indexOf("&", at)) {
    const entity = ENTITIES.find(([source]) => html.startsWith(source, amp));
    if (!entity || amp + entity[0].length > end) return false;
    if (amp > at) events.text(html.slice(at, amp));
    events.text(entity[1]);
    at = amp + entity[0].length;
  }
  if (end > at) events.text(html.slice(at, end));
  return true;
}

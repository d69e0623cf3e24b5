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
  return readSimpleHtml(html, events) !== "other";
}

/**
 * `streamSimpleHtml`, also telling when the fragment is already in the sanitiser's output form ("sanitised":
 * only attribute-less allow-listed tags written as it writes them, text escaped as escapeHtml escapes it),
 * so that its display HTML is the fragment itself, trimmed.
 */
export function readSimpleHtml(html: string, events: HtmlEvents): "sanitised" | "simple" | "other" {
  const open: string[] = [];
  let sanitised = true;
  let tags = 0;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > at && !emitText(html, at, textEnd, events)) return "other";
    if (lt < 0) break;
    const gt = html.indexOf(">", lt);
    if (gt < 0) return "other";
    const tag = html.slice(lt + 1, gt);
    if (tag.charCodeAt(0) === 47 /* "/" */) {
      const name = tag.slice(1);
      if (open[open.length - 1] !== name) return "other";
      open.pop();
      events.close(name);
    } else if (tag === "br" || tag === "br/" || tag === "br /") {
      sanitised &&= tag === "br";
      events.open("br", {});
      events.close("br");
    } else {
      const opened = openTag(tag, open);
      if (!opened || open.length >= MAX_DEPTH - 1) return "other";
      sanitised &&= opened.name !== "a";
      open.push(opened.name);
      events.open(opened.name, opened.attributes);
    }
    tags++;
    at = gt + 1;
  }
  if (open.length) return "other";
  return sanitised && !hasUnescaped(html, tags) ? "sanitised" : "simple";
}

// Whether text holds a character escapeHtml writes as an entity (`&` cannot: emitText accepts only entities).
// Sanitised tags have no attributes, so any quote is text, and every `>` but the tags' own is text.
function hasUnescaped(html: string, tags: number): boolean {
  if (html.includes('"') || html.includes("'")) return true;
  let closings = 0;
  for (let at = html.indexOf(">"); at >= 0; at = html.indexOf(">", at + 1)) closings++;
  return closings !== tags;
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

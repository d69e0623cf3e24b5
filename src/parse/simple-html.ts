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
    // Tags are compared where they stand rather than copied out: a body has dozens, a feed thousands of bodies.
    if (html.charCodeAt(lt + 1) === 47 /* "/" */) {
      const name = open[open.length - 1];
      if (name === undefined || gt - lt - 2 !== name.length || !html.startsWith(name, lt + 2)) return "other";
      open.pop();
      events.close(name);
    } else if (isBreak(html, lt + 1, gt)) {
      sanitised &&= gt - lt - 1 === 2;
      events.open("br", NO_ATTRIBUTES);
      events.close("br");
    } else {
      let name = simpleTagName(html, lt + 1, gt);
      let attributes = NO_ATTRIBUTES;
      if (name === null) {
        const href = linkTarget(html, lt + 1, gt);
        if (href === null) return "other";
        name = "a";
        attributes = { href };
      }
      // htmlparser2 closes an open <p> at the next <p>; such bodies are left to it.
      if ((name === "p" && open.includes("p")) || open.length >= MAX_DEPTH - 1) return "other";
      sanitised &&= name !== "a";
      open.push(name);
      events.open(name, attributes);
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

// The tags read without attributes; "a" also with a lone href (linkTarget).
const SIMPLE_TAGS = ["p", "a", "b", "i", "em", "strong"];
const HREF_PREFIX = 'a href="';
// Shared by every attribute-less open event: the writers only read attributes.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

// The tag text html[from, to) (between "<" and ">") is a line break: "br", "br/" or "br /".
function isBreak(html: string, from: number, to: number): boolean {
  const length = to - from;
  return (
    html.startsWith("br", from) &&
    (length === 2 || (length === 3 && html[from + 2] === "/") || (length === 4 && html.startsWith(" /", from + 2)))
  );
}

function simpleTagName(html: string, from: number, to: number): string | null {
  for (const name of SIMPLE_TAGS) if (to - from === name.length && html.startsWith(name, from)) return name;
  return null;
}

// The href of a tag text `a href="…"`, or null.
function linkTarget(html: string, from: number, to: number): string | null {
  if (
    to - from <= HREF_PREFIX.length ||
    !html.startsWith(HREF_PREFIX, from) ||
    html.charCodeAt(to - 1) !== 34 /* '"' */
  )
    return null;
  const href = html.slice(from + HREF_PREFIX.length, to - 1);
  // Entities, quotes and `<` in a value take the tokeniser's own rules.
  return /["&<]/.test(href) ? null : href;
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

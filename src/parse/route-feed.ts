import { isSpaceCode } from "../lib/space-code";
import { MAX_DEPTH } from "./bounded-html";
import { VOCAB_BY_PREFIX, VOCAB_BY_URI, type Vocab } from "./read-xml-feed";

/**
 * Decides, from one cheap pass over the tags, whether rss-parser can read a document faithfully or the
 * namespace-aware reader (read-xml-feed.ts) must. rss-parser matches elements by their written name
 * (`pubDate`, `dc:creator`), knows no `xml:base`, no DTD entities and no nesting bound; the reader has
 * all of these. Each reason below is a document feature rss-parser 3.13.0 is known to mishandle.
 */

/** Why a document was read by the reader instead of rss-parser. */
export type FallbackReason =
  /** A DOCTYPE with an internal subset: only the reader expands its entities, within bounds. */
  | "internal-dtd"
  /** `xml:base` on some element: rss-parser ignores it, so relative links would resolve wrongly. */
  | "xml-base"
  /** Not RSS 2.x/0.9x with a version, RSS 1.0/0.90 `rdf:RDF`, or Atom 1.0 in the default namespace (prefixed roots, `<rss>` without version, Atom 0.3, not a feed). */
  | "root"
  /** A vocabulary we read under another prefix than its usual one, a usual prefix bound elsewhere, or the default namespace redeclared below the root. */
  | "namespaces"
  /** Elements nested deeper than MAX_DEPTH: the reader rejects the document like every other parse here. */
  | "too-deep"
  /** rss-parser threw or rejected (strict XML errors such as an unclosed tag or a cut-off document, a bad Atom date, no channel). */
  | "rejected"
  /** rss-parser returned another number of items than the document's item/entry start tags (items outside the channel, nested or mis-cased ones). */
  | "item-count"
  /** An element read as text holds child elements (naked HTML, XHTML content), whose order xml2js loses. */
  | "markup-in-text";

/** What rss-parser needs to know about a document it may read. */
export interface FeedRoute {
  format: "rss" | "atom";
  /** Item (RSS) or entry (Atom) start tags in the document. */
  items: number;
}

const ATOM_1 = "http://www.w3.org/2005/Atom";
const DECLARATION = /\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const USUAL_PREFIX = new Map<Vocab, string>(Object.entries(VOCAB_BY_PREFIX).map(([prefix, vocab]) => [vocab, prefix]));

/** Routes a decoded document to rss-parser (its format and item count) or to the reader (the reason). */
export function routeFeed(xml: string): FeedRoute | FallbackReason {
  let route: FeedRoute | null = null;
  let itemName = "";
  let depth = 0;
  // The next "xml:base" and "xmlns" at or after the tag being read (-1: none left), so a tag is searched for them
  // without being copied out; the scan allocates nothing for ordinary tags, which kept the young heap small.
  let baseAt = xml.indexOf("xml:base");
  let nsAt = xml.indexOf("xmlns");
  for (let i = xml.indexOf("<"); i >= 0 && i < xml.length; i = xml.indexOf("<", i)) {
    const next = xml[i + 1];
    if (next === "?") i = skipPast(xml, i, "?>");
    else if (xml.startsWith("<!--", i)) i = skipPast(xml, i, "-->");
    else if (xml.startsWith("<![CDATA[", i)) i = skipPast(xml, i, "]]>");
    else if (next === "!" && /^<!DOCTYPE/i.test(xml.slice(i, i + 9))) {
      const doctype = scanDoctype(xml, i);
      if (doctype.subset && !route) return "internal-dtd";
      i = doctype.end;
    } else if (next === "!") i = skipPast(xml, i, ">");
    else if (next === "/") {
      depth--;
      i = skipPast(xml, i, ">");
    } else if (next && /[A-Za-z_:]/.test(next)) {
      const end = xml.indexOf(">", i);
      // A document cut off inside a tag is not well-formed: rss-parser rejects it.
      if (end < 0) break;
      // The name runs to a space, "/" or ">" (so it ends by `end`); `colon` is its first ":".
      let nameEnd = i + 1;
      let colon = -1;
      for (; nameEnd < end; nameEnd++) {
        const c = xml.charCodeAt(nameEnd);
        if (c === 0x2f || isSpaceCode(c)) break;
        if (c === 0x3a && colon < 0) colon = nameEnd;
      }
      if (!route) {
        const root = rootRoute(xml.slice(i + 1, nameEnd), xml.slice(i, end));
        if (typeof root === "string") return root;
        route = root;
        itemName = root.format === "atom" ? "entry" : "item";
      }
      if (baseAt >= 0 && baseAt < i) baseAt = xml.indexOf("xml:base", i);
      if (baseAt >= 0 && baseAt + 8 <= end) return "xml-base";
      // Undeclared, these prefixes still mean their vocabulary to the reader, but nothing to rss-parser.
      if (colon > i + 1 && misplaced(VOCAB_BY_PREFIX[xml.slice(i + 1, colon).toLowerCase()], route.format))
        return "namespaces";
      if (nsAt >= 0 && nsAt < i) nsAt = xml.indexOf("xmlns", i);
      if (nsAt >= 0 && nsAt + 5 <= end) {
        const problem = declarationProblem(xml.slice(i, end), route.format, depth === 0);
        if (problem) return problem;
      }
      if (nameEnd - i - 1 === itemName.length && xml.startsWith(itemName, i + 1)) route.items++;
      if (xml.charCodeAt(end - 1) !== 0x2f && ++depth > MAX_DEPTH) return "too-deep";
      i = end + 1;
    } else i++;
  }
  return route ?? "root";
}

function skipPast(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? xml.length : at + end.length;
}

// An internal subset starts with "[" before the DOCTYPE's closing ">" (outside quoted identifiers).
// The scan resumes where this one stopped, so no character is read twice whatever the DOCTYPEs look like.
function scanDoctype(xml: string, start: number): { subset: boolean; end: number } {
  let quote = "";
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[") return { subset: true, end: i };
    else if (c === ">") return { subset: false, end: i + 1 };
  }
  return { subset: false, end: xml.length };
}

// The root decides which rss-parser branch runs: `rss` with a version matching /^2/ or /0\.9/ (its
// own tests), `rdf:RDF` whose default namespace is RSS 1.0's or 0.90's, or `feed` in Atom 1.0's.
function rootRoute(name: string, tag: string): FeedRoute | FallbackReason {
  const defaultNs = declarations(tag).find(([prefix]) => prefix === "")?.[1];
  if (name === "rss") {
    const version = /\sversion\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    const value = version?.[1] ?? version?.[2] ?? "";
    return /^2/.test(value) || /0\.9/.test(value) ? { format: "rss", items: 0 } : "root";
  }
  if (name === "rdf:RDF") {
    return defaultNs === undefined || vocabOf(defaultNs) === "core" ? { format: "rss", items: 0 } : "root";
  }
  if (name === "feed") return defaultNs?.trim() === ATOM_1 ? { format: "atom", items: 0 } : "root";
  return "root";
}

// A tag's namespace declarations that rss-parser would misread.
function declarationProblem(tag: string, format: FeedRoute["format"], isRoot: boolean): FallbackReason | null {
  for (const [declared, uri] of declarations(tag)) {
    if (declared === "") {
      if (!isRoot) return "namespaces";
      continue;
    }
    const vocab = vocabOf(uri);
    const usual = VOCAB_BY_PREFIX[declared];
    if (vocab === "other" ? usual !== undefined : misplaced(vocab, format) || USUAL_PREFIX.get(vocab) !== declared) {
      return "namespaces";
    }
  }
  return null;
}

// rss-parser reads the feed's own vocabulary only unprefixed, and XHTML bodies not at all.
function misplaced(vocab: Vocab | undefined, format: FeedRoute["format"]): boolean {
  return vocab === "xhtml" || (format === "rss" ? vocab === "core" : vocab === "atom");
}

function declarations(tag: string): [prefix: string, uri: string][] {
  return [...tag.matchAll(DECLARATION)].map((m) => [m[1] ?? "", m[2] ?? m[3] ?? ""]);
}

function vocabOf(uri: string): Vocab {
  return VOCAB_BY_URI[uri.trim().toLowerCase()] ?? "other";
}

import { Parser } from "htmlparser2";
import { FeedParseError } from "./feed-parse-error";

/**
 * Entity handling for feed XML, done by hand so that nothing is ever fetched and nothing can blow up:
 * - the DOCTYPE is cut out of the document and only its internal `<!ENTITY name "value">` lines are read;
 *   external (SYSTEM/PUBLIC) entities expand to nothing and parameter entities are ignored;
 * - expansion is nested at most MAX_DEPTH deep and at most MAX_EXPANDED characters per document,
 *   past which the feed is rejected (billion laughs, quadratic blow-up);
 * - the five XML entities, numeric references and, as feeds use them without declaring them,
 *   every HTML named entity (`&nbsp;`, `&hellip;`) are decoded.
 */
const MAX_DEPTH = 8;
const MAX_EXPANDED = 1_000_000;
const MAX_DECLARATIONS = 256;
const MAX_SUBSET = 64 * 1024;

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z_][\w.-]{0,63});/g;

/** A document with its DOCTYPE removed, and the general entities that DOCTYPE declared. */
export interface Prolog {
  xml: string;
  entities: Map<string, string>;
}

/** Cuts the DOCTYPE (with any internal subset) out of an XML document and reads its entity declarations. */
export function stripDoctype(xml: string): Prolog {
  const entities = new Map<string, string>();
  const start = doctypeStart(xml);
  if (start < 0) return { xml, entities };
  const end = doctypeEnd(xml, start);
  // Real internal subsets are a few lines; reading at most 64 KiB of one keeps a hostile DOCTYPE cheap.
  const subset = xml.slice(start, Math.min(end, start + MAX_SUBSET));
  // Bounded runs, each ending on a character the next part cannot match: a declaration without its
  // closing quote or ">" fails after a few KiB instead of rescanning the rest of the subset.
  const declaration =
    /<!ENTITY\s+(%\s*)?([^\s%;"']{1,64})\s+(?:"([^"]{0,4096})"\s*|'([^']{0,4096})'\s*|(?:SYSTEM|PUBLIC)\b[^>]{0,1024})>/g;
  for (const m of subset.matchAll(declaration)) {
    if (entities.size >= MAX_DECLARATIONS) break;
    // Parameter entities only matter inside the DTD, which is never processed further.
    if (m[1] || entities.has(m[2]!)) continue;
    entities.set(m[2]!, m[3] ?? m[4] ?? "");
  }
  return { xml: xml.slice(0, start) + xml.slice(end), entities };
}

// Walks the prolog (junk, processing instructions, comments) up to the root element: a "<!DOCTYPE"
// inside a comment or after the root starts is text, not a declaration.
function doctypeStart(xml: string): number {
  let i = xml.indexOf("<");
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith("<?", i)) i = skipPast(xml, i, "?>");
    else if (xml.startsWith("<!--", i)) i = skipPast(xml, i, "-->");
    else if (/^<!DOCTYPE/i.test(xml.slice(i, i + 9))) return i;
    else if (/^<[A-Za-z_:]/.test(xml.slice(i, i + 2))) return -1;
    else i++;
    i = xml.indexOf("<", i);
  }
  return -1;
}

function skipPast(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? xml.length : at + end.length;
}

// Scans to the `>` that closes the DOCTYPE, skipping quoted strings and the bracketed internal subset.
function doctypeEnd(xml: string, start: number): number {
  let quote = "";
  let depth = 0;
  for (let i = start + 2; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === ">" && depth === 0) return i + 1;
  }
  return xml.length;
}

/** Decodes entity references in XML text, with the document's own entities and a per-document budget. */
export function createEntityDecoder(entities: Map<string, string>): (raw: string) => string {
  let budget = MAX_EXPANDED;
  const decode = (raw: string, depth: number): string => {
    if (!raw.includes("&")) return raw;
    return raw.replace(REFERENCE, (whole, body: string) => {
      if (body.startsWith("#")) return fromCodePoint(body);
      const declared = entities.get(body);
      if (declared !== undefined) {
        budget -= declared.length;
        if (depth >= MAX_DEPTH || budget < 0) {
          throw new FeedParseError("malformed", "The feed's entity declarations expand beyond the allowed limit.");
        }
        return decode(declared, depth + 1);
      }
      return XML_ENTITIES[body] ?? htmlEntity(body) ?? whole;
    });
  };
  return (raw) => decode(raw, 0);
}

function fromCodePoint(body: string): string {
  const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  const valid = cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
  return valid ? String.fromCodePoint(cp) : "\ufffd";
}

const htmlEntityCache = new Map<string, string | null>();

// htmlparser2 carries the full HTML entity table; asking it once per name avoids a second copy.
function htmlEntity(name: string): string | null {
  const cached = htmlEntityCache.get(name);
  if (cached !== undefined) return cached;
  let text = "";
  new Parser({ ontext: (t) => (text += t) }, { decodeEntities: true }).end(`&${name};`);
  const value = text === `&${name};` ? null : text;
  if (htmlEntityCache.size < 4096) htmlEntityCache.set(name, value);
  return value;
}

import type { AnyNode, Document, Element } from "domhandler";
import { parseBoundedDocument, TooDeepError } from "./bounded-html";
import { parseUrl } from "./canonical-url";
import { FeedParseError } from "./feed-parse-error";
import type { RawContent, RawFeed, RawItem } from "./raw-feed";
import { escapeHtml } from "../lib/escape-html";
import { createEntityDecoder, stripDoctype } from "./xml-entities";

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 read from a forgiving XML tree (htmlparser2 in XML mode).
 * Elements are matched by namespace URI, not prefix, so `rss:`-prefixed RSS 1.0 and prefixed Atom roots
 * read like the plain forms; an undeclared prefix falls back to its conventional meaning. The tree
 * builder recovers from unclosed or stray tags the way feed readers do, and never sees a DTD
 * (see xml-entities.ts).
 */

/** Vocabularies the reader knows; "core" is RSS itself (any version), whatever its namespace. */
export type Vocab = "core" | "atom" | "rdf" | "content" | "dc" | "dcterms" | "xhtml" | "media" | "other";

/** Vocabulary of each namespace URI the reader knows (lower-cased). */
export const VOCAB_BY_URI: Record<string, Vocab> = {
  "": "core",
  "http://purl.org/rss/1.0/": "core",
  "http://my.netscape.com/rdf/simple/0.9/": "core",
  "http://backend.userland.com/rss2": "core",
  "http://backend.userland.com/rss": "core",
  "http://blogs.law.harvard.edu/tech/rss": "core",
  "http://purl.org/net/rss1.1#": "core",
  "http://www.w3.org/2005/atom": "atom",
  "http://purl.org/atom/ns#": "atom",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
  "http://purl.org/rss/1.0/modules/content/": "content",
  "http://purl.org/dc/elements/1.1/": "dc",
  "http://purl.org/dc/elements/1.0/": "dc",
  "http://purl.org/dc/terms/": "dcterms",
  "http://www.w3.org/1999/xhtml": "xhtml",
  "http://search.yahoo.com/mrss/": "media",
  "http://search.yahoo.com/mrss": "media",
};

/** Conventional prefix of each vocabulary: what an undeclared prefix is taken to mean. */
export const VOCAB_BY_PREFIX: Record<string, Vocab> = {
  rss: "core",
  atom: "atom",
  rdf: "rdf",
  content: "content",
  dc: "dc",
  dcterms: "dcterms",
  xhtml: "xhtml",
  media: "media",
};

const NONE: Element[] = [];
const VOID_HTML = new Set(["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr"]);

/** Reads a decoded XML document as a feed; rejects with FeedParseError when it is not one. */
/** Elements RSS 0.9x, 1.0 and 2.0 define (lower-cased); any other element in the RSS vocabulary is unknown. */
const RSS_ELEMENTS = new Set(
  "rss channel title link description language copyright managingeditor webmaster pubdate lastbuilddate category generator docs cloud ttl image rating textinput skiphours skipdays hour day item items url width height name author comments enclosure guid source".split(
    " ",
  ),
);

export function readXmlFeed(text: string, url: string): RawFeed {
  const { xml, entities } = stripDoctype(text);
  const reader = new Reader(createEntityDecoder(entities), url);
  const root = parseXml(xml).children.find(isElement);
  if (!root) throw new FeedParseError("not-a-feed", "The document has no XML element.");
  const rootName = local(root);
  const rootVocab = reader.vocabOf(root);
  if (rootName === "feed" && rootVocab !== "xhtml") return reader.readAtom(root);
  if (rootName === "rss" || (rootName === "rdf" && rootVocab === "rdf")) return reader.readRss(root);
  throw new FeedParseError("not-a-feed", `The document is not a feed: its root element is <${root.name}>.`);
}

// In XML mode htmlparser2 gives every element the type "tag" (no script/style special cases).
function parseXml(xml: string): Document {
  try {
    return parseBoundedDocument(xml, { xmlMode: true, decodeEntities: false });
  } catch (error) {
    if (error instanceof TooDeepError) throw new FeedParseError("malformed", error.message);
    throw error;
  }
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag";
}

function local(el: Element): string {
  const colon = el.name.indexOf(":");
  return (colon < 0 ? el.name : el.name.slice(colon + 1)).toLowerCase();
}

function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
}

class Reader {
  private readonly vocabCache = new Map<Element, Vocab>();
  private readonly baseCache = new Map<Element, string | null>();
  private readonly childIndex = new Map<Element, Map<string, Element[]>>();
  private rootUri: string | null = null;
  private rootIsAtom = false;
  private rootSet = false;

  constructor(
    private readonly decode: (raw: string) => string,
    private readonly url: string,
  ) {}

  readRss(root: Element): RawFeed {
    this.setRoot(root, false);
    const channel = this.child(root, "core", "channel") ?? root;
    const title = this.child(channel, "core", "title") ?? this.child(channel, "dc", "title");
    return {
      title: title ? this.text(title) : null,
      titleType: "html",
      link: this.rssLink(channel),
      base: this.baseAt(channel),
      // An item inside an element RSS does not define is not the channel's; one inside another vocabulary's
      // element is still read, since that is where an unclosed element (`<itunes:category>`) leaves the items.
      items: this.collect(
        root,
        "core",
        "item",
        (el) => this.vocabOf(el) !== "core" || RSS_ELEMENTS.has(local(el).toLowerCase()),
      ).map((item) => this.readRssItem(item)),
    };
  }

  readAtom(root: Element): RawFeed {
    this.setRoot(root, true);
    const title = this.textConstruct(this.child(root, "atom", "title"));
    // RFC 4287 4.2.1: an entry without an author inherits the feed's.
    const feedAuthor = this.atomAuthor(root);
    return {
      title: title?.value ?? null,
      titleType: title?.type ?? "text",
      link: this.atomLinks(root)[0] ?? null,
      base: this.baseAt(root),
      items: this.collect(root, "atom", "entry").map((entry) => this.readAtomEntry(entry, feedAuthor)),
    };
  }

  // The root's own namespace is the format's (Atom under an odd URI, RSS 2.0 under userland's), except
  // for RDF, whose root is rdf:RDF while the feed elements are RSS 1.0's.
  private setRoot(root: Element, isAtom: boolean): void {
    this.rootUri = this.vocabOf(root) === "rdf" ? null : this.namespaceOf(root);
    this.rootIsAtom = isAtom;
    this.rootSet = true;
  }

  private readRssItem(item: Element): RawItem {
    const title = this.child(item, "core", "title") ?? this.child(item, "dc", "title") ?? this.mediaTitle(item);
    const guid = this.child(item, "core", "guid");
    const about = this.attr(item, "rdf:about");
    const links = [this.rssLink(item), ...this.atomLinks(item), about].filter((l): l is string => !!l);
    const author =
      this.texts(item, "dc", "creator")[0] ??
      authorName(this.texts(item, "core", "author")[0]) ??
      this.atomAuthor(item);
    const content =
      this.htmlContent(this.child(item, "content", "encoded")) ??
      this.htmlContent(this.child(item, "xhtml", "body")) ??
      this.textConstruct(this.child(item, "atom", "content"));
    const summary =
      this.htmlContent(this.child(item, "core", "description")) ??
      this.htmlContent(this.child(item, "dc", "description")) ??
      this.textConstruct(this.child(item, "atom", "summary"));
    return {
      title: title ? this.text(title) : null,
      titleType: "html",
      links,
      base: this.baseAt(item),
      guid: guid ? this.text(guid) : null,
      guidIsPermaLink: guid ? this.attr(guid, "isPermaLink")?.trim().toLowerCase() !== "false" : false,
      dates: [
        ...this.texts(item, "core", "pubdate"),
        ...this.texts(item, "dc", "date"),
        ...this.texts(item, "dcterms", "issued"),
        ...this.texts(item, "dcterms", "created"),
        ...this.texts(item, "atom", "published"),
        ...this.texts(item, "dcterms", "modified"),
        ...this.texts(item, "atom", "updated"),
      ],
      author,
      categories: [
        ...this.texts(item, "core", "category"),
        ...this.texts(item, "dc", "subject"),
        ...this.atomCategories(item),
      ],
      content,
      summary,
    };
  }

  private readAtomEntry(entry: Element, feedAuthor: string | null): RawItem {
    const own = this.textConstruct(this.child(entry, "atom", "title"));
    const other = own ? null : (this.child(entry, "dc", "title") ?? this.mediaTitle(entry));
    const title = own ?? (other ? { value: this.text(other), type: "text" as const } : null);
    const id = this.child(entry, "atom", "id");
    return {
      title: title?.value ?? null,
      titleType: title?.type ?? "text",
      links: this.atomLinks(entry),
      base: this.baseAt(entry),
      guid: id ? this.text(id) : null,
      guidIsPermaLink: true,
      dates: [
        ...this.texts(entry, "atom", "published"),
        ...this.texts(entry, "atom", "issued"),
        ...this.texts(entry, "atom", "created"),
        ...this.texts(entry, "dc", "date"),
        ...this.texts(entry, "atom", "updated"),
        ...this.texts(entry, "atom", "modified"),
      ],
      author: this.atomAuthor(entry) ?? this.texts(entry, "dc", "creator")[0] ?? feedAuthor,
      categories: [...this.atomCategories(entry), ...this.texts(entry, "dc", "subject")],
      content: this.textConstruct(this.child(entry, "atom", "content")),
      summary: this.textConstruct(this.child(entry, "atom", "summary")),
    };
  }

  /**
   * Outermost matching elements below `root` (an item inside an item is part of its parent), looking
   * inside only the elements `into` accepts, when given.
   */
  private collect(root: Element, vocab: Vocab, name: string, into?: (el: Element) => boolean): Element[] {
    const found: Element[] = [];
    const visit = (el: Element): void => {
      for (const node of el.children) {
        if (!isElement(node)) continue;
        if (local(node) === name && this.vocabOf(node) === vocab) found.push(node);
        else if (!into || into(node)) visit(node);
      }
    };
    visit(root);
    return found;
  }

  /** A Media RSS title: the item's own, else its media:content's or media:group's (what podcast and video feeds carry). */
  private mediaTitle(el: Element): Element | null {
    const group = this.child(el, "media", "group");
    const holders = [el, this.child(el, "media", "content"), group, group && this.child(group, "media", "content")];
    for (const holder of holders) {
      const title = holder && this.child(holder, "media", "title");
      if (title && this.text(title).trim()) return title;
    }
    return null;
  }

  private rssLink(el: Element): string | null {
    for (const link of this.children(el, "core", "link")) {
      const href = this.attr(link, "href") ?? this.text(link).trim();
      if (href) return this.resolve(link, href);
    }
    return null;
  }

  /** Alternate links, HTML ones first; Atom's default relation is "alternate". */
  private atomLinks(el: Element): string[] {
    const ranked: { href: string; rank: number }[] = [];
    for (const link of this.children(el, "atom", "link")) {
      const rel = (this.attr(link, "rel") ?? "alternate").trim().toLowerCase();
      const href = this.attr(link, "href")?.trim() || this.text(link).trim();
      if (rel !== "alternate" || !href) continue;
      const type = (this.attr(link, "type") ?? "text/html").toLowerCase();
      ranked.push({ href: this.resolve(link, href), rank: type.includes("html") ? 0 : 1 });
    }
    return ranked.sort((a, b) => a.rank - b.rank).map((l) => l.href);
  }

  private atomAuthor(el: Element): string | null {
    const author = this.child(el, "atom", "author");
    if (!author) return null;
    const name = this.child(author, "atom", "name");
    return (name ? this.text(name) : this.text(author)).trim() || null;
  }

  private atomCategories(el: Element): string[] {
    return this.children(el, "atom", "category")
      .map((c) => this.attr(c, "label") ?? this.attr(c, "term") ?? this.text(c))
      .filter(Boolean);
  }

  /** RSS description-like elements: escaped HTML, CDATA, or (invalid but common) naked markup. */
  private htmlContent(el: Element | null): RawContent | null {
    if (!el) return null;
    const value = this.hasElementChildren(el) ? this.markup(el) : this.text(el);
    return value.trim() ? { value, type: "html", base: this.baseAt(el) } : null;
  }

  /** Atom text constructs (`type` text/html/xhtml), and Atom 0.3's `mode` (escaped/base64/xml). */
  private textConstruct(el: Element | null): RawContent | null {
    if (!el || this.attr(el, "src")) return null;
    const type = (this.attr(el, "type") ?? "text").trim().toLowerCase();
    const mode = (this.attr(el, "mode") ?? "").trim().toLowerCase();
    const base = this.baseAt(el);
    const isHtml = type === "html" || type === "text/html";
    if (type === "xhtml" || type === "application/xhtml+xml" || mode === "xml") {
      const div = this.children(el, "xhtml", "div");
      const only = div.length === 1 && el.children.every((n) => n === div[0] || (n.type === "text" && !n.data.trim()));
      return { value: this.markup(only ? div[0]! : el), type: "html", base };
    }
    if (!isHtml && type !== "text" && type !== "text/plain" && !type.startsWith("text/")) return null;
    let value = this.hasElementChildren(el) && isHtml ? this.markup(el) : this.text(el);
    if (mode === "base64") value = decodeBase64(value);
    return value.trim() ? { value, type: isHtml ? "html" : "text", base } : null;
  }

  /** Decoded text of an element and its descendants; CDATA is taken as written. */
  private text(el: Element): string {
    let out = "";
    for (const node of el.children) {
      if (node.type === "text") out += this.decode(node.data);
      else if (node.type === "cdata") out += node.children.map((c) => (c.type === "text" ? c.data : "")).join("");
      else if (isElement(node)) out += this.text(node);
    }
    return out;
  }

  /** Inner markup of an element as HTML: child element names without prefixes, text re-escaped. */
  private markup(el: Element): string {
    let out = "";
    for (const node of el.children) {
      if (node.type === "text") out += escapeHtml(this.decode(node.data));
      else if (node.type === "cdata") out += node.children.map((c) => (c.type === "text" ? c.data : "")).join("");
      else if (isElement(node)) {
        const name = local(node);
        const attrs = Object.entries(node.attribs)
          .filter(([key]) => !key.startsWith("xmlns"))
          .map(([key, value]) => ` ${key}="${escapeHtml(this.decode(value))}"`)
          .join("");
        out += VOID_HTML.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${this.markup(node)}</${name}>`;
      }
    }
    return out;
  }

  private hasElementChildren(el: Element): boolean {
    return el.children.some(isElement);
  }

  private texts(el: Element, vocab: Vocab, name: string): string[] {
    return this.children(el, vocab, name)
      .map((c) => this.text(c).trim())
      .filter(Boolean);
  }

  private child(el: Element, vocab: Vocab, name: string): Element | null {
    return this.children(el, vocab, name)[0] ?? null;
  }

  // An item is asked for a dozen or more element kinds; indexing its children once by vocabulary and
  // local name keeps that linear in the number of children.
  private children(el: Element, vocab: Vocab, name: string): Element[] {
    let index = this.childIndex.get(el);
    if (!index) {
      index = new Map();
      for (const node of el.children) {
        if (!isElement(node)) continue;
        const key = `${this.vocabOf(node)} ${local(node)}`;
        const list = index.get(key);
        if (list) list.push(node);
        else index.set(key, [node]);
      }
      this.childIndex.set(el, index);
    }
    return index.get(`${vocab} ${name}`) ?? NONE;
  }

  private attr(el: Element, name: string): string | null {
    const raw = el.attribs[name];
    return raw === undefined ? null : this.decode(raw);
  }

  /** Which vocabulary an element belongs to, by its namespace URI (the root's own namespace is the format's). */
  vocabOf(el: Element): Vocab {
    const cached = this.vocabCache.get(el);
    if (cached) return cached;
    const uri = this.namespaceOf(el);
    let vocab: Vocab;
    if (uri === null) vocab = VOCAB_BY_PREFIX[prefixOf(el.name).toLowerCase()] ?? "other";
    else if (uri === this.rootUri) vocab = this.rootIsAtom ? "atom" : "core";
    else vocab = VOCAB_BY_URI[uri.toLowerCase()] ?? "other";
    if (this.rootSet) this.vocabCache.set(el, vocab);
    return vocab;
  }

  /** Namespace URI of an element (empty string for none), or null when its prefix is undeclared. */
  private namespaceOf(el: Element): string | null {
    const prefix = prefixOf(el.name);
    const key = prefix ? `xmlns:${prefix}` : "xmlns";
    for (let node: Element | null = el; node; node = node.parent && isElement(node.parent) ? node.parent : null) {
      const uri = node.attribs[key];
      // Namespace names are compared after trimming: some feeds put stray spaces inside the quotes.
      if (uri !== undefined) return this.decode(uri).trim();
    }
    return prefix ? null : "";
  }

  /** The absolute `xml:base` in scope at an element, or null when no ancestor sets one. */
  private baseAt(el: Element): string | null {
    if (this.baseCache.has(el)) return this.baseCache.get(el)!;
    const parent = el.parent && isElement(el.parent) ? this.baseAt(el.parent) : null;
    const own = el.attribs["xml:base"];
    const base = own === undefined ? parent : (parseUrl(this.decode(own).trim(), parent ?? this.url)?.href ?? parent);
    this.baseCache.set(el, base);
    return base;
  }

  private resolve(el: Element, href: string): string {
    const base = this.baseAt(el);
    return base ? (parseUrl(href, base)?.href ?? href) : href;
  }
}

/** RSS `author` is an e-mail address, often followed by the name in parentheses. */
export function authorName(raw: string | undefined): string | null {
  if (!raw) return null;
  const named = /\(([^)]+)\)/.exec(raw);
  return (named ? named[1]! : raw).trim() || null;
}

function decodeBase64(value: string): string {
  try {
    const binary = atob(value.replace(/\s+/g, ""));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return value;
  }
}

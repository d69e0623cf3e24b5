import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

const FEEDS_DIR = fileURLToPath(new URL("../../feeds", import.meta.url));
const SAMPLES_DIR = join(FEEDS_DIR, "samples");
const CATEGORIES = ["trade journal", "UK health IT", "security news", "breach tracker", "government alert"];

type Outline = Record<string, string | Outline[] | undefined> & { outline?: Outline[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["outline", "item", "entry"].includes(name),
});

function parseXml(file: string): Record<string, any> {
  return parser.parse(readFileSync(file, "utf8"));
}

/** Every outline that carries an xmlUrl, however deeply nested. */
function feedOutlines(outlines: Outline[] = []): Outline[] {
  return outlines.flatMap((o) => [...(o["@xmlUrl"] ? [o] : []), ...feedOutlines(o.outline)]);
}

function attr(o: Outline, name: string): string {
  const v = o[`@${name}`];
  return typeof v === "string" ? v : "";
}

describe("feeds/default.opml", () => {
  const path = join(FEEDS_DIR, "default.opml");
  const doc = parseXml(path);
  const feeds = feedOutlines(doc.opml.body.outline);
  const urls = feeds.map((f) => attr(f, "xmlUrl"));

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(readFileSync(path, "utf8"))).toBe(true);
  });

  it("is OPML 2.0 with a title, a creation date, medbreach as owner and the medbreach namespace", () => {
    expect(doc.opml["@version"]).toBe("2.0");
    expect(doc.opml["@xmlns:medbreach"]).toBe("https://github.com/medbreach/medbreach/ns/opml");
    expect(doc.opml.head.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(doc.opml.head.dateCreated))).toBe(false);
    expect(doc.opml.head.ownerName).toBe("medbreach");
  });

  it("lists at least 25 feeds", () => {
    expect(feeds.length).toBeGreaterThanOrEqual(25);
  });

  it("groups feeds in category outlines, so no feed sits directly under body", () => {
    for (const top of doc.opml.body.outline as Outline[]) expect(attr(top, "xmlUrl")).toBe("");
  });

  it.each(feeds.map((f) => [attr(f, "text"), f] as const))(
    "%s has a type, a title, one of the five categories and an http(s) address",
    (_name, f) => {
      expect(attr(f, "type")).toBe("rss");
      expect(attr(f, "text")).not.toBe("");
      expect(attr(f, "title")).not.toBe("");
      expect(CATEGORIES).toContain(attr(f, "category"));
      expect(new URL(attr(f, "xmlUrl")).protocol).toMatch(/^https?:$/);
      expect(new URL(attr(f, "htmlUrl")).protocol).toMatch(/^https?:$/);
      expect(["", "false"]).toContain(attr(f, "medbreach:confirmed"));
    },
  );

  it("has no feed address twice", () => {
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each([
    ["The Operating Theatre Journal", "otjonline.com"],
    ["Computing / V3", "computing.co.uk"],
  ])("holds %s", (_name, host) => {
    expect(urls.some((u) => new URL(u).hostname.replace(/^www\./, "") === host)).toBe(true);
  });

  it.each(CATEGORIES)("has at least one feed in the category %s", (category) => {
    expect(feeds.some((f) => attr(f, "category") === category)).toBe(true);
  });

  it("documents every feed address in feeds/README.md", () => {
    const readme = readFileSync(join(FEEDS_DIR, "README.md"), "utf8");
    for (const u of urls) expect(readme).toContain(u);
  });
});

describe("feeds/samples", () => {
  const sampleFiles = readdirSync(SAMPLES_DIR).filter((f) => f !== "samples.opml");
  const opml = parseXml(join(SAMPLES_DIR, "samples.opml"));
  const listed = feedOutlines(opml.opml.body.outline);
  const listedFiles = listed.map((f) => attr(f, "xmlUrl").replace("{{BASE}}/", ""));

  it.each(["samples.opml", ...sampleFiles])("%s is well-formed XML", (file) => {
    expect(XMLValidator.validate(readFileSync(join(SAMPLES_DIR, file), "utf8"))).toBe(true);
  });

  it.each(sampleFiles)("%s is an RSS 2.0 or Atom feed listed in samples.opml", (file) => {
    const doc = parseXml(join(SAMPLES_DIR, file));
    expect(doc.rss?.["@version"] === "2.0" || doc.feed?.["@xmlns"] === "http://www.w3.org/2005/Atom").toBe(true);
    expect(listedFiles).toContain(file);
  });

  it.each(listed.map((f) => [attr(f, "xmlUrl"), f] as const))(
    "samples.opml entry %s points at an existing file under {{BASE}} with a catalogue category",
    (url, f) => {
      expect(url.startsWith("{{BASE}}/")).toBe(true);
      expect(sampleFiles).toContain(url.slice("{{BASE}}/".length));
      expect(CATEGORIES).toContain(attr(f, "category"));
    },
  );

  const items = sampleFiles.flatMap((file) => {
    const doc = parseXml(join(SAMPLES_DIR, file));
    const raw: any[] = doc.rss ? doc.rss.channel.item : doc.feed.entry;
    return raw.map((i) => ({
      file,
      link: doc.rss ? String(i.link) : String(i.link["@href"]),
      date: new Date(doc.rss ? i.pubDate : i.published),
      body: String(i["content:encoded"] ?? i.content?.["#text"] ?? i.description ?? i.summary),
    }));
  });

  it("holds 30 to 40 items dated 2025 to 2026, the newest on 2026-11-20", () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.length).toBeLessThanOrEqual(40);
    for (const i of items) expect([2025, 2026]).toContain(i.date.getUTCFullYear());
    const newest = new Date(Math.max(...items.map((i) => i.date.getTime())));
    expect(newest.toISOString().slice(0, 10)).toBe("2026-11-20");
  });

  it("links every item to a page on a reserved .example domain, each link once", () => {
    for (const i of items) expect(new URL(i.link).hostname).toMatch(/\.example$/);
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
  });

  it("has the trade journal reprint security-news stories word for word, ending with Source: v3", () => {
    const reprints = items.filter((i) => i.file === "otj.xml" && i.body.includes("<p>Source: v3</p>"));
    expect(reprints.length).toBeGreaterThanOrEqual(2);
    const v3Bodies = items.filter((i) => i.file === "v3.xml").map((i) => i.body);
    for (const r of reprints) expect(v3Bodies).toContain(r.body.replace("<p>Source: v3</p>", ""));
  });
});

import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/parse/decode";
import { normaliseFeed } from "../../src/parse/normalise";
import { FeedParseError, parseFeed, parseFeedWithReport } from "../../src/parse/parse-feed";
import { readXmlFeed } from "../../src/parse/read-xml-feed";
import { routeFeed } from "../../src/parse/route-feed";

const NOW = "2026-01-01T00:00:00.000Z";
const FEED_URL = "https://news.example/feeds/rss.xml";
const bytes = (text: string) => new TextEncoder().encode(text);
const report = (xml: string) => parseFeedWithReport(bytes(xml), { url: FEED_URL, now: NOW });
const readerOnly = (xml: string) => normaliseFeed(readXmlFeed(decodeBytes(bytes(xml)), FEED_URL), FEED_URL, NOW);

const RSS2 = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dcterms="http://purl.org/dc/terms/">
<channel><title>Trade &amp; News</title><link>https://news.example/</link><atom:link rel="self" href="https://news.example/feeds/rss.xml"/>
<item><title>Hospital hit</title><link>/2025/hospital?utm_source=rss</link><guid isPermaLink="false">https://news.example/p/1</guid>
<pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator><category>Security</category><dc:subject>NHS</dc:subject>
<description>Short</description><content:encoded><![CDATA[<p>Full <b>text</b>.</p><script>x()</script><p>Source: v3</p>]]></content:encoded></item>
<item><title>Second</title><guid>https://news.example/p/2</guid><dcterms:modified>2025-11-04T00:00:00Z</dcterms:modified><author>desk@news.example (News Desk)</author>
<atom:link rel="alternate" type="text/html" href="https://news.example/p/2.html"/><atom:category term="ransomware"/><description>&lt;p&gt;Escaped &amp;amp; html&lt;/p&gt;</description></item>
<item><title>Bad date</title><pubDate>not a date</pubDate><guid isPermaLink="false">g3</guid></item>
</channel></rss>`;

const ATOM1 = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><title type="html">A &lt;em&gt;blog&lt;/em&gt;</title>
<link rel="self" href="https://blog.example/feed"/><link href="https://blog.example/"/><author><name>Feed Author</name></author>
<entry><title type="html">Trust &lt;em&gt;confirms&lt;/em&gt; breach</title><link rel="enclosure" href="https://blog.example/a.mp3"/>
<link rel="alternate" type="text/html" href="https://blog.example/posts/1?fbclid=zz"/><id>tag:blog.example,2025:1</id>
<published>2025-10-01T08:00:00+01:00</published><updated>2025-10-02T08:00:00Z</updated><author><name>Ann Author</name></author>
<category term="ransomware"/><category term="x" label="NHS Trusts"/><summary>Short</summary><content type="html">&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</content></entry>
<entry><title>Plain &lt;b&gt; title</title><id>2</id><updated>2025-10-03T00:00:00Z</updated><content type="text">a &lt; b

next</content></entry>
<entry><title>src</title><id>3</id><content src="https://x.example/a.pdf" type="application/pdf"/><summary type="xhtml">plain xhtml</summary></entry>
</feed>`;

const RSS1 = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://x.example/"><title>c</title><link>https://x.example/</link></channel>
<item rdf:about="https://x.example/1"><title>x</title><dc:date>2025-01-02T00:00:00Z</dc:date></item><item rdf:about="https://x.example/2"><title>y</title></item></rdf:RDF>`;

describe("parseFeed reads ordinary feeds with rss-parser", () => {
  it.each([
    { name: "RSS 2.0", xml: RSS2, items: 3 },
    { name: "Atom 1.0", xml: ATOM1, items: 3 },
    { name: "RSS 1.0", xml: RSS1, items: 2 },
  ])("reads $name with rss-parser and gives exactly the reader's result", async ({ xml, items }) => {
    const { feed, reader, fallback } = await report(xml);
    expect({ reader, fallback }).toEqual({ reader: "rss-parser", fallback: null });
    expect(feed.items).toHaveLength(items);
    expect(feed).toEqual(readerOnly(xml));
  });

  it("keeps what rss-parser's own fields drop: isPermaLink, every category, later dates, Atom labels and text types", async () => {
    const rss = (await report(RSS2)).feed;
    expect(rss.items.map((i) => i.url)).toEqual([
      "https://news.example/2025/hospital",
      "https://news.example/p/2.html",
      `${FEED_URL}#g3`,
    ]);
    expect(rss.items[0]).toMatchObject({
      guid: "https://news.example/p/1",
      author: "Jane Doe",
      categories: ["Security", "NHS"],
      provenance: "Source: v3",
    });
    expect(rss.items[1]).toMatchObject({
      published: "2025-11-04T00:00:00.000Z",
      author: "News Desk",
      categories: ["ransomware"],
      text: "Escaped & html",
    });
    expect(rss.items[2]!.published).toBeNull();
    const atom = (await report(ATOM1)).feed;
    expect(atom.title).toBe("A blog");
    expect(atom.items[0]).toMatchObject({
      url: "https://blog.example/posts/1",
      title: "Trust confirms breach",
      categories: ["ransomware", "NHS Trusts"],
      published: "2025-10-01T07:00:00.000Z",
      author: "Ann Author",
    });
    expect(atom.items[1]).toMatchObject({
      title: "Plain <b> title",
      content_html: "<p>a &lt; b</p><p>next</p>",
      author: "Feed Author",
    });
    expect(atom.items[2]).toMatchObject({ content_html: "plain xhtml" });
  });
});

describe("parseFeed falls back to the reader", () => {
  it.each([
    {
      reason: "internal-dtd",
      xml: `<!DOCTYPE rss [<!ENTITY org "Example Trust">]><rss version="2.0"><channel><item><title>&org; breached</title></item></channel></rss>`,
      titles: ["Example Trust breached"],
    },
    {
      reason: "xml-base",
      xml: `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/t/"><entry><title>x</title><id>1</id><link href="a.html"/></entry></feed>`,
      titles: ["x"],
    },
    { reason: "root", xml: "<rss><channel><item><title>x</title></item></channel></rss>", titles: ["x"] },
    {
      reason: "root",
      xml: "<a:feed xmlns:a='http://www.w3.org/2005/Atom'><a:entry><a:title>x</a:title></a:entry></a:feed>",
      titles: ["x"],
    },
    {
      reason: "root",
      xml: `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>x</title><content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>`,
      titles: ["x"],
    },
    {
      reason: "namespaces",
      xml: "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:rss='http://purl.org/rss/1.0/'><rss:channel><rss:title>c</rss:title></rss:channel><rss:item rdf:about='https://x.example/1'><rss:title>x</rss:title></rss:item></rdf:RDF>",
      titles: ["x"],
    },
    {
      reason: "namespaces",
      xml: `<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/"><channel><item><title>x</title><c:encoded>full</c:encoded></item></channel></rss>`,
      titles: ["x"],
    },
    {
      reason: "namespaces",
      xml: `<rss version="2.0" xmlns:dc="http://example.com/not-dublin-core"><channel><item><title>x</title><dc:creator>no</dc:creator></item></channel></rss>`,
      titles: ["x"],
    },
    {
      reason: "namespaces",
      xml: `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:atom="http://www.w3.org/2005/Atom"><entry><atom:title>x</atom:title></entry></feed>`,
      titles: ["x"],
    },
    {
      reason: "namespaces",
      xml: `<rss version="2.0"><channel><item><title>x</title><body xmlns="http://www.w3.org/1999/xhtml"><p>b</p></body></item></channel></rss>`,
      titles: ["x"],
    },
    {
      reason: "rejected",
      xml: `<rss version="2.0"><channel><item><title>Caf&eacute;</title><description>a<br>b</description></item></channel></rss>`,
      titles: ["Café"],
    },
    {
      reason: "rejected",
      xml: `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><published>yesterday</published></entry></feed>`,
      titles: ["x"],
    },
    { reason: "rejected", xml: "<rss version='2.0'><item><title>x</title></item></rss>", titles: ["x"] },
    {
      reason: "rejected",
      xml: "<rss version='2.0'><channel><item><title>x</title></item><item><title>y</title></it",
      titles: ["x", "y"],
    },
    {
      reason: "item-count",
      xml: "<rss version='2.0'><channel><item><title>x</title></item></channel><item><title>y</title></item></rss>",
      titles: ["x", "y"],
    },
    {
      reason: "item-count",
      xml: "<rss version='2.0'><channel><item><title>outer</title><item><title>inner</title></item></item></channel></rss>",
      titles: ["outer"],
    },
    {
      reason: "markup-in-text",
      xml: "<rss version='2.0'><channel><item><title>x</title><description><p>Naked <b>markup</b></p></description></item></channel></rss>",
      titles: ["x"],
    },
    {
      reason: "markup-in-text",
      xml: `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content type="html"><p>Naked</p></content></entry></feed>`,
      titles: ["x"],
    },
  ])("for $reason: $xml", async ({ reason, xml, titles }) => {
    const { feed, reader, fallback } = await report(xml);
    expect({ reader, fallback }).toEqual({ reader: "fallback", fallback: reason });
    expect(feed.items.map((i) => i.title)).toEqual(titles);
  });

  it("routes a document nested deeper than the cap to the reader, which rejects it as malformed", async () => {
    const xml = `<rss version="2.0"><channel><item><title>t</title><description>${"<x>".repeat(300)}deep${"</x>".repeat(300)}</description></item></channel></rss>`;
    expect(routeFeed(xml)).toBe("too-deep");
    await expect(parseFeed(bytes(xml), { url: FEED_URL, now: NOW })).rejects.toMatchObject({
      name: FeedParseError.name,
      code: "malformed",
    });
  });

  it.each([
    { name: "DOCTYPEs with unterminated quotes", prolog: "<!DOCTYPE rss '>".repeat(50_000) },
    { name: "tags that never close", prolog: "<a<b".repeat(100_000) },
    { name: "comments that never close", prolog: "<!--<!--".repeat(100_000) },
  ])("routes a document led by $name in linear time", ({ prolog }) => {
    const started = performance.now();
    routeFeed(`${prolog}<rss version="2.0"><channel><item><title>t</title></item></channel></rss>`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each([" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff"])(
    "counts an item whose name ends at %j",
    (space) => {
      const xml = `<rss version="2.0"><channel><item${space}a="1"><title>t</title></item><itemx/><item/></channel></rss>`;
      expect(routeFeed(xml)).toEqual({ format: "rss", items: 2 });
    },
  );

  it.each([
    {
      name: "xml:base on an item",
      xml: '<rss version="2.0"><channel><item xml:base="/a/"><title>t</title></item></channel></rss>',
      reason: "xml-base",
    },
    {
      name: "xml:base only in text",
      xml: '<rss version="2.0"><channel><item><title>xml:base</title></item></channel></rss>',
      reason: null,
    },
    {
      name: "xmlns only in text",
      xml: '<rss version="2.0"><channel><item><title>xmlns="x"</title></item></channel></rss>',
      reason: null,
    },
    {
      name: "a default namespace below the root",
      xml: '<rss version="2.0"><channel><item><title>t</title><div xmlns="http://www.w3.org/1999/xhtml"/></item></channel></rss>',
      reason: "namespaces",
    },
  ])("sees $name where the tag holds it", ({ xml, reason }) => {
    expect(routeFeed(xml)).toEqual(reason ?? { format: "rss", items: 1 });
  });

  it("routes what is not a feed to the reader, which says so", async () => {
    expect(routeFeed("<html><body>hi</body></html>")).toBe("root");
    await expect(parseFeed(bytes("<html><body>hi</body></html>"), { url: FEED_URL, now: NOW })).rejects.toMatchObject({
      code: "not-a-feed",
    });
  });
});

import { describe, expect, it } from "vitest";
import type { ParsedItem } from "../../src/model/article";
import { parseFeed } from "../../src/parse/parse-feed";

const NOW = "2026-01-01T00:00:00.000Z";
const FEED_URL = "https://news.example/feeds/rss.xml";
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (xml: string) => parseFeed(bytes(xml), { url: FEED_URL, now: NOW });
const rss = (items: string, channel = "<title>T</title><link>https://news.example/</link>") =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>${channel}${items}</channel></rss>`;
const atom = (entries: string, attrs = "") =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"${attrs}><title>A</title><link href="https://blog.example/"/>${entries}</feed>`;

async function firstItem(xml: string): Promise<ParsedItem> {
  const feed = await parse(xml);
  return feed.items[0]!;
}

describe("parseFeed", () => {
  it("reads an RSS 2.0 item into a normalised, sanitised article", async () => {
    const feed = await parse(
      rss(
        `<item>
  <title>Hospital hit by ransomware</title>
  <link>/2025/hospital?utm_source=rss&amp;id=7#top</link>
  <guid isPermaLink="false">abc-1</guid>
  <pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate>
  <dc:creator>Jane Doe</dc:creator>
  <category>Security</category><category>NHS</category><category>Security</category>
  <description>Short summary</description>
  <content:encoded><![CDATA[<p>Full <b>text</b> here.</p><script>alert(1)</script><p>Source: v3</p>]]></content:encoded>
</item>`,
        "<title>Trade &amp; News</title><link>https://news.example/</link>",
      ),
    );
    expect(feed.title).toBe("Trade & News");
    expect(feed.link).toBe("https://news.example/");
    expect(feed.items).toEqual([
      {
        url: "https://news.example/2025/hospital?id=7",
        guid: "abc-1",
        title: "Hospital hit by ransomware",
        published: "2025-11-03T10:00:00.000Z",
        author: "Jane Doe",
        categories: ["Security", "NHS"],
        content_html: "<p>Full <b>text</b> here.</p><p>Source: v3</p>",
        text: "Full text here.\n\nSource: v3",
        provenance: "Source: v3",
      },
    ]);
  });

  it("reads an Atom entry with html content, author, categories and the alternate link", async () => {
    const item = await firstItem(
      atom(`<entry>
  <title type="html">Trust &lt;em&gt;confirms&lt;/em&gt; breach</title>
  <link rel="self" href="https://blog.example/api/1"/>
  <link rel="enclosure" href="https://blog.example/a.mp3"/>
  <link rel="alternate" type="text/html" href="https://blog.example/posts/1?fbclid=zz"/>
  <id>tag:blog.example,2025:1</id>
  <published>2025-10-01T08:00:00+01:00</published><updated>2025-10-02T08:00:00Z</updated>
  <author><name>Ann Author</name><email>ann@example.com</email></author>
  <category term="ransomware"/><category term="x" label="NHS Trusts"/>
  <summary>Short</summary>
  <content type="html">&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</content>
</entry>`),
    );
    expect(item).toEqual({
      url: "https://blog.example/posts/1",
      guid: "tag:blog.example,2025:1",
      title: "Trust confirms breach",
      published: "2025-10-01T07:00:00.000Z",
      author: "Ann Author",
      categories: ["ransomware", "NHS Trusts"],
      content_html: "<p>Body &amp; more</p>",
      text: "Body & more",
      provenance: null,
    });
  });

  it.each([
    {
      name: "text content is escaped, not read as markup",
      content: '<content type="text">if a &lt; b &amp;&amp; c &gt; d</content>',
      html: "<p>if a &lt; b &amp;&amp; c &gt; d</p>",
      text: "if a < b && c > d",
    },
    {
      name: "text content keeps its paragraphs and line breaks",
      content: '<content type="text">One\nline\n\nTwo</content>',
      html: "<p>One<br>line</p><p>Two</p>",
      text: "One\nline\n\nTwo",
    },
    {
      name: "xhtml content keeps its markup without the wrapper div",
      content: '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>two</b></p></div></content>',
      html: "<p>One <b>two</b></p>",
      text: "One two",
    },
    {
      name: "Atom 0.3 escaped html",
      content: '<content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content>',
      html: "<p>Hi</p>",
      text: "Hi",
    },
    {
      name: "Atom 0.3 base64 html",
      content: `<content type="text/html" mode="base64">${btoa("<p>Encoded</p>")}</content>`,
      html: "<p>Encoded</p>",
      text: "Encoded",
    },
    {
      name: "content with a src has no inline body, so the summary is used",
      content: '<content src="https://x.example/a.pdf" type="application/pdf"/><summary>Sum</summary>',
      html: "<p>Sum</p>",
      text: "Sum",
    },
  ])("reads Atom content: $name", async ({ content, html, text }) => {
    const item = await firstItem(atom(`<entry><title>t</title><id>i</id>${content}</entry>`));
    expect(item.content_html).toBe(html);
    expect(item.text).toBe(text);
  });

  it("prefers content:encoded to description", async () => {
    const item = await firstItem(
      rss(
        "<item><title>t</title><description>summary</description><content:encoded>full body</content:encoded></item>",
      ),
    );
    expect(item.text).toBe("full body");
  });

  it("reads a description written as naked markup", async () => {
    const item = await firstItem(
      rss("<item><title>t</title><description><p>Naked <a href='/x'>link</a></p></description></item>"),
    );
    expect(item.content_html).toBe(
      '<p>Naked <a href="https://news.example/x" rel="noopener noreferrer nofollow">link</a></p>',
    );
  });

  it("resolves links against xml:base on the feed, the entry and the link itself", async () => {
    const feed = await parse(
      atom(
        `<entry xml:base="sub/"><title>1</title><id>1</id><link href="a.html"/><content type="html">&lt;a href="rel.html"&gt;r&lt;/a&gt;</content></entry>
<entry><title>2</title><id>2</id><link xml:base="https://other.example/dir/" href="b.html"/></entry>
<entry><title>3</title><id>3</id><link href="/root.html"/></entry>`,
        ' xml:base="https://base.example/tests/"',
      ),
    );
    expect(feed.items.map((i) => i.url)).toEqual([
      "https://base.example/tests/sub/a.html",
      "https://other.example/dir/b.html",
      "https://base.example/root.html",
    ]);
    expect(feed.items[0]!.content_html).toContain('href="https://base.example/tests/sub/rel.html"');
  });

  it("resolves relative item links against the channel link, then the feed URL", async () => {
    const withLink = await firstItem(
      rss("<item><title>t</title><link>story/1</link></item>", "<link>https://site.example/news/</link>"),
    );
    const withoutLink = await firstItem(rss("<item><title>t</title><link>story/1</link></item>", "<title>x</title>"));
    expect(withLink.url).toBe("https://site.example/news/story/1");
    expect(withoutLink.url).toBe("https://news.example/feeds/story/1");
  });

  it.each([
    {
      name: "a permalink GUID stands in for a missing link",
      item: "<guid>https://news.example/p/9</guid>",
      url: "https://news.example/p/9",
    },
    {
      name: "an isPermaLink=false GUID is kept out of the URL",
      item: '<guid isPermaLink="false">https://news.example/p/9</guid>',
      url: `${FEED_URL}#https%3A%2F%2Fnews.example%2Fp%2F9`,
    },
    {
      name: "an item with neither gets a stable fragment of the feed URL",
      item: "<description>only text</description>",
      url: expect.stringMatching(/^https:\/\/news\.example\/feeds\/rss\.xml#item-[0-9a-z]+$/),
    },
    {
      name: "a javascript: link is refused",
      item: "<link>javascript:alert(1)</link><guid>g</guid>",
      url: `${FEED_URL}#g`,
    },
  ])("picks the item URL: $name", async ({ item, url }) => {
    expect((await firstItem(rss(`<item><title>t</title>${item}</item>`))).url).toEqual(url);
  });

  it.each([
    {
      name: "RSS author with a name in parentheses",
      item: "<author>desk@news.example (News Desk)</author>",
      author: "News Desk",
    },
    { name: "RSS author as a bare address", item: "<author>desk@news.example</author>", author: "desk@news.example" },
    {
      name: "dc:creator before author",
      item: "<author>a@b.example (B)</author><dc:creator>C Writer</dc:creator>",
      author: "C Writer",
    },
    { name: "no author", item: "", author: null },
  ])("reads the author: $name", async ({ item, author }) => {
    expect((await firstItem(rss(`<item><title>t</title>${item}</item>`))).author).toBe(author);
  });

  it("gives an Atom entry without an author the feed's author", async () => {
    const feed = await parse(
      atom(
        "<author><name>Feed Author</name></author><entry><title>a</title><id>1</id></entry><entry><title>b</title><id>2</id><author><name>Own</name></author></entry>",
      ),
    );
    expect(feed.items.map((i) => i.author)).toEqual(["Feed Author", "Own"]);
  });

  it("loses only the bad date, not the item or the feed", async () => {
    const feed = await parse(
      rss(`<item><title>a</title><pubDate>not a date</pubDate></item>
<item><title>b</title><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate></item>
<item><title>c</title><pubDate>32 Foo 2025</pubDate><dc:date>2025-06-11T00:00:00Z</dc:date></item>`),
    );
    expect(feed.items.map((i) => i.published)).toEqual([null, "2025-06-10T04:00:00.000Z", "2025-06-11T00:00:00.000Z"]);
  });

  it.each([
    { name: "a date far in the future", date: "Fri, 01 Jan 2100 00:00:00 GMT" },
    { name: "the Unix epoch placeholder", date: "Thu, 01 Jan 1970 00:00:00 GMT" },
  ])("drops $name so the store falls back to first-seen", async ({ date }) => {
    expect((await firstItem(rss(`<item><title>t</title><pubDate>${date}</pubDate></item>`))).published).toBeNull();
  });

  it("falls back to the start of the text for a missing title", async () => {
    const text =
      "Patients at the county hospital were diverted on Monday after a cyber attack took the trust's electronic records offline for several hours.";
    const item = await firstItem(rss(`<item><description>${text}</description></item>`));
    expect(item.title).toBe(
      "Patients at the county hospital were diverted on Monday after a cyber attack took the trust's…",
    );
  });

  it("decodes HTML entities that XML does not define", async () => {
    const item = await firstItem(
      rss("<item><title>Caf&eacute;&nbsp;&ndash; &hellip;</title><description>&euro;5 &copy;</description></item>"),
    );
    expect(item.title).toBe("Café – …");
    expect(item.text).toBe("€5 ©");
  });

  it("expands entities declared in an internal DTD", async () => {
    const xml = `<!DOCTYPE rss [<!ENTITY org "Example Health NHS Trust">]><rss version="2.0"><channel><item><title>&org; breached</title></item></channel></rss>`;
    expect((await firstItem(xml)).title).toBe("Example Health NHS Trust breached");
  });

  it.each([
    {
      name: "RSS with no version attribute",
      xml: "<rss><channel><item><title>x</title></item><item><title>y</title></item></channel></rss>",
    },
    {
      name: "RSS with no channel element",
      xml: "<rss version='2.0'><item><title>x</title></item><item><title>y</title></item></rss>",
    },
    {
      name: "RSS 1.0 with an rss: prefix",
      xml: "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:rss='http://purl.org/rss/1.0/'><rss:channel><rss:title>c</rss:title></rss:channel><rss:item rdf:about='https://x.example/1'><rss:title>x</rss:title></rss:item><rss:item rdf:about='https://x.example/2'><rss:title>y</rss:title></rss:item></rdf:RDF>",
    },
    {
      name: "Atom with a prefixed root",
      xml: "<a:feed xmlns:a='http://www.w3.org/2005/Atom'><a:entry><a:title>x</a:title></a:entry><a:entry><a:title>y</a:title></a:entry></a:feed>",
    },
    {
      name: "RSS 0.90",
      xml: "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://my.netscape.com/rdf/simple/0.9/'><channel><title>c</title></channel><item><title>x</title><link>https://x.example/1</link></item><item><title>y</title></item></rdf:RDF>",
    },
    {
      name: "a truncated feed",
      xml: "<rss version='2.0'><channel><item><title>x</title></item><item><title>y</title></it",
    },
  ])("reads $name", async ({ xml }) => {
    const feed = await parse(xml);
    expect(feed.items.map((i) => i.title)).toEqual(["x", "y"]);
  });

  it("does not count an item nested inside another item twice", async () => {
    const feed = await parse(rss("<item><title>outer</title><item><title>inner</title></item></item>"));
    expect(feed.items.map((i) => i.title)).toEqual(["outer"]);
  });
});

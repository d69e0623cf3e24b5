import { describe, expect, it } from "vitest";
import { FeedParseError, parseFeed } from "../../src/parse/parse-feed";

const NOW = "2026-01-01T00:00:00.000Z";
const bytes = (text: string) => new TextEncoder().encode(text);

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Trade &amp; News</title><link>https://news.example/</link>
<item>
  <title>Hospital hit by ransomware</title>
  <link>/2025/hospital?utm_source=rss&amp;id=7#top</link>
  <guid isPermaLink="false">abc-1</guid>
  <pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate>
  <dc:creator>Jane Doe</dc:creator>
  <category>Security</category><category>NHS</category>
  <description>Short summary</description>
  <content:encoded><![CDATA[<p>Full <b>text</b> here.</p><script>alert(1)</script><p>Source: v3</p>]]></content:encoded>
</item>
</channel></rss>`;

describe("parseFeed", () => {
  it("reads an RSS 2.0 item into a normalised, sanitised article", async () => {
    const feed = await parseFeed(bytes(RSS), { url: "https://news.example/feed.xml", now: NOW });
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

  it.each([
    { name: "an empty document", input: "  \n", code: "empty" },
    { name: "an HTML page", input: "<!DOCTYPE html><html><head><title>Moved</title></head><body><p>Document moved</p></body></html>", code: "not-a-feed" },
  ])("rejects $name with the code $code", async ({ input, code }) => {
    const result = parseFeed(bytes(input), { url: "https://x.example/feed", now: NOW });
    await expect(result).rejects.toBeInstanceOf(FeedParseError);
    await expect(result).rejects.toMatchObject({ code });
  });
});

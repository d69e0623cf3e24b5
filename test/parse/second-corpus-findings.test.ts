import { describe, expect, it } from "vitest";
import { parseFeed, parseFeedWithReport } from "../../src/parse/parse-feed";

// What a field check of the second corpus against Python feedparser found lost, one case each (issue 18).
const NOW = "2026-01-01T00:00:00.000Z";
const FEED_URL = "https://news.example/feeds/rss.xml";
const parse = (body: string | Uint8Array) =>
  parseFeed(typeof body === "string" ? new TextEncoder().encode(body) : body, { url: FEED_URL, now: NOW });
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><link>/blog</link>${items}</channel></rss>`;
const atom = (entries: string) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><title>A</title>${entries}</feed>`;

describe("feeds the second corpus showed we read badly", () => {
  it("resolves a root-relative permalink GUID against the feed's URL instead of making it feedURL#guid", async () => {
    const feed = await parse(
      rss(
        `<item><title>Intro</title><guid isPermaLink="true">/blog/intro-graphml</guid></item><item><title>Id</title><guid>12345</guid></item>`,
      ),
    );
    expect(feed.items.map((i) => i.url)).toEqual(["https://news.example/blog/intro-graphml", `${FEED_URL}#12345`]);
  });

  it("reads a lower-case <pubdate>", async () => {
    const feed = await parse(
      rss(
        `<item><title>Clip</title><link>https://v.example/1</link><pubdate>2022-09-03 09:37:11+03:00</pubdate></item>`,
      ),
    );
    expect(feed.items[0]!.published).toBe("2022-09-03T06:37:11.000Z");
  });

  it("keeps fragments that tell items apart, and drops the ones that do not", async () => {
    const feed = await parse(
      rss(
        `<item><title>Issue 1</title><link>https://n.example/letter#one</link></item><item><title>Issue 2</title><link>https://n.example/letter#two</link></item>` +
          `<item><title>Story</title><link>https://n.example/story#top</link></item>`,
      ),
    );
    expect(feed.items.map((i) => i.url)).toEqual([
      "https://n.example/letter#one",
      "https://n.example/letter#two",
      "https://n.example/story",
    ]);
  });

  it("repairs UTF-8 bytes inside a feed declared ISO-8859-1, keeping its real Latin-1 bytes", async () => {
    const bytes = Buffer.concat([
      Buffer.from(
        `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>B</title><item><title>Br`,
      ),
      Buffer.from("ø", "utf8"),
      Buffer.from(`ndby `),
      Buffer.from([0xe6]),
      Buffer.from(` fans</title><link>https://b.example/1</link></item></channel></rss>`),
    ]);
    expect((await parse(bytes)).items[0]!.title).toBe("Brøndby æ fans");
  });

  it.each([
    {
      name: "an RSS item titled only by dc:title",
      xml: rss(`<item><dc:title>DC title</dc:title><link>https://x.example/1</link></item>`),
      title: "DC title",
    },
    {
      name: "an RSS item titled only by media:title",
      xml: rss(`<item><media:title>Media title</media:title><link>https://x.example/2</link></item>`),
      title: "Media title",
    },
    {
      name: "an RSS item titled only inside media:group/media:content",
      xml: rss(
        `<item><media:group><media:content url="https://x.example/v.mp4"><media:title>Nested title</media:title></media:content></media:group><link>https://x.example/3</link></item>`,
      ),
      title: "Nested title",
    },
    {
      name: "an Atom entry titled only by dc:title",
      xml: atom(`<entry><id>urn:a</id><dc:title>Atom DC title</dc:title><link href="https://x.example/4"/></entry>`),
      title: "Atom DC title",
    },
  ])("titles $name", async ({ xml, title }) => {
    expect((await parse(xml)).items[0]!.title).toBe(title);
  });

  it("does not take an <item> inside an element RSS does not define for an item of the channel", async () => {
    const feed = await parse(
      rss(
        `<item><title>item-0</title><link>https://x.example/0</link></item><unsupported-element><item><title>item-1</title></item></unsupported-element>`,
      ),
    );
    expect(feed.items.map((i) => i.title)).toEqual(["item-0"]);
  });

  it.each([
    { version: "https://jsonfeed.org/version/1", author: { author: { name: "Ann" } } },
    { version: "https://jsonfeed.org/version/1.1", author: { authors: [{ name: "Ann" }] } },
  ])("accepts JSON Feed $version", async ({ version, author }) => {
    const json = JSON.stringify({
      version,
      title: "JSON Feed",
      home_page_url: "https://j.example/",
      items: [
        {
          id: "1",
          url: "https://j.example/1",
          title: "First",
          content_html: "<p>Hello <b>world</b></p>",
          date_published: "2020-08-07T11:44:36-05:00",
          tags: ["a"],
          ...author,
        },
        { id: "2", content_text: "Second, text only, no title", date_modified: "2020-08-08T00:00:00Z" },
      ],
    });
    const { feed, reader } = await parseFeedWithReport(new TextEncoder().encode(json), { url: FEED_URL, now: NOW });
    expect(reader).toBe("json-feed");
    expect(feed.title).toBe("JSON Feed");
    expect(feed.link).toBe("https://j.example/");
    expect(feed.items[0]).toMatchObject({
      url: "https://j.example/1",
      guid: "1",
      title: "First",
      text: "Hello world",
      published: "2020-08-07T16:44:36.000Z",
      author: "Ann",
      categories: ["a"],
    });
    expect(feed.items[1]).toMatchObject({
      url: `${FEED_URL}#2`,
      title: "Second, text only, no title",
      published: "2020-08-08T00:00:00.000Z",
    });
  });

  it.each([
    { name: "JSON that is not a JSON Feed", body: `{"hello": "world"}`, code: "not-a-feed" },
    {
      name: "a JSON Feed whose items are not a list",
      body: `{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": 3}`,
      code: "malformed",
    },
  ])("rejects $name with a clear FeedParseError", async ({ body, code }) => {
    await expect(parse(body)).rejects.toMatchObject({ name: "FeedParseError", code });
  });

  it("skips an item that is not an object, however deeply it nests, instead of failing the feed", async () => {
    const body = `{"version":"https://jsonfeed.org/version/1","items":[${"[".repeat(5000)}${"]".repeat(5000)},{"id":"ok","url":"https://j.example/ok","title":"Kept"}]}`;
    expect((await parse(body)).items.map((i) => i.title)).toEqual(["Kept"]);
  });
});

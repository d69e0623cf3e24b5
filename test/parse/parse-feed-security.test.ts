import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticlePage, needsArticlePage } from "../../src/parse/article-page";
import { htmlToText } from "../../src/parse/html-text";
import { sanitizeHtml } from "../../src/parse/sanitize-html";
import { FeedParseError, parseFeed } from "../../src/parse/parse-feed";

const NOW = "2026-01-01T00:00:00.000Z";
const fixture = (name: string) => readFileSync(new URL(`../fixtures/parse/${name}`, import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);
const opts = { url: "https://feed.example/rss", now: NOW };

async function settle(input: Uint8Array) {
  try {
    return { feed: await parseFeed(input, opts), error: null };
  } catch (error) {
    return { feed: null, error };
  }
}

describe("parseFeed against hostile documents", () => {
  it("stops a billion-laughs expansion quickly with a FeedParseError", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { feed, error } = await settle(fixture("billion-laughs.xml"));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
    expect(feed).toBeNull();
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error).toMatchObject({ code: "malformed" });
  });

  it("stops a quadratic blow-up (one large entity referenced many times)", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${"x".repeat(4_000)}">]>
<rss version="2.0"><channel><title>t</title><item><title>t</title><description>${"&big;".repeat(2_000)}</description></item></channel></rss>`;
    const started = performance.now();
    const { error } = await settle(bytes(xml));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toMatchObject({ name: "FeedParseError", code: "malformed" });
  });

  it("expands an external entity to nothing, so no local file content appears anywhere", async () => {
    const { feed, error } = await settle(fixture("external-entity.xml"));
    expect(error).toBeNull();
    const output = JSON.stringify(feed);
    const passwd = readFileSync("/etc/passwd", "utf8").split("\n")[0]!;
    expect(output).not.toContain(passwd);
    expect(output).not.toContain("root:");
    expect(feed!.title).toBe("Feed");
    expect(feed!.items[0]).toMatchObject({
      title: "Item",
      guid: "g1",
      text: "Before after",
      author: null,
      categories: [],
    });
  });

  describe("with a server listening for DTD and entity fetches", () => {
    let hits = 0;
    const server = createServer((_, res) => {
      hits++;
      res.end('<!ENTITY leak "LEAKED">');
    });
    let base = "";
    beforeAll(async () => {
      await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it("never fetches an external DTD, parameter entity or general entity", async () => {
      const xml = `<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "${base}/rss.dtd" [
  <!ENTITY % remote SYSTEM "${base}/remote.dtd"> %remote;
  <!ENTITY general SYSTEM "${base}/general.txt">
]>
<rss version="2.0"><channel><title>t &general; &leak;</title><item><title>i &general;</title></item></channel></rss>`;
      const { feed } = await settle(bytes(xml));
      await new Promise((r) => setTimeout(r, 50));
      expect(hits).toBe(0);
      expect(JSON.stringify(feed)).not.toContain("LEAKED");
    });
  });

  it.each([
    { name: "an HTML page", input: fixture("html-page.html"), code: "not-a-feed" },
    {
      name: "a bare Atom entry",
      input: bytes('<entry xmlns="http://www.w3.org/2005/Atom"><title>x</title></entry>'),
      code: "not-a-feed",
    },
    { name: "some other XML", input: bytes("<catalog><book>x</book></catalog>"), code: "not-a-feed" },
    { name: "plain text", input: bytes("502 Bad Gateway"), code: "not-a-feed" },
    { name: "a JSON document that is not a JSON Feed", input: bytes('{"version":"2","items":[]}'), code: "not-a-feed" },
    { name: "an empty body", input: new Uint8Array(0), code: "empty" },
    { name: "whitespace only", input: bytes(" \r\n\t"), code: "empty" },
  ])("rejects $name with code $code", async ({ input, code }) => {
    const { error } = await settle(input);
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code, message: expect.stringMatching(/\w/) });
  });

  it("reads invalid UTF-8 with replacement characters instead of failing", async () => {
    const { feed, error } = await settle(fixture("invalid-utf8.xml"));
    expect(error).toBeNull();
    expect(feed!.title).toBe("Bad \ufffd\ufffd bytes");
    expect(feed!.items[0]).toMatchObject({ title: "Café \ufffd ok", text: "Na\ufffdve \ufffd text" });
  });

  it("reads a windows-1252 feed with curly quotes as correct text", async () => {
    const { feed, error } = await settle(fixture("windows-1252.xml"));
    expect(error).toBeNull();
    expect(feed!.title).toBe("NHS “Digital” news");
    expect(feed!.items[0]).toMatchObject({
      title: "Trust’s systems – back online",
      text: "“We’re recovering…” said the CIO. Coût: €100k.",
    });
  });
});

describe("parse helpers on input built to make patterns backtrack", () => {
  it.each([
    {
      name: "a DOCTYPE of unterminated SYSTEM declarations",
      doctype: `<!DOCTYPE rss [${"<!ENTITY a SYSTEM x".repeat(20_000)}`,
    },
    {
      name: "a DOCTYPE with one unterminated declaration and a long run of spaces",
      doctype: `<!DOCTYPE rss [<!ENTITY a SYSTEM${" ".repeat(500_000)}`,
    },
    { name: "a DOCTYPE of unterminated quoted values", doctype: `<!DOCTYPE rss [${'<!ENTITY a "x'.repeat(20_000)}` },
  ])("reads a feed after $name quickly", async ({ doctype }) => {
    const started = performance.now();
    await settle(bytes(`${doctype}]><rss version="2.0"><channel><item><title>t</title></item></channel></rss>`));
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("reads an absurdly long date quickly and gives no date", async () => {
    const started = performance.now();
    const { feed } = await settle(
      bytes(
        `<rss version="2.0"><channel><item><title>t</title><pubDate>1 Jan 2020${" x".repeat(200_000)}</pubDate></item></channel></rss>`,
      ),
    );
    expect(performance.now() - started).toBeLessThan(1500);
    expect(feed!.items[0]!.published).toBeNull();
  });

  it("tells whether a long text is a teaser quickly", () => {
    const started = performance.now();
    expect(needsArticlePage({ text: `${"word ".repeat(200)}${".".repeat(100_000)}x` })).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("deeply nested markup (htmlparser2 pays the nesting depth on every tag)", () => {
  const DEEP = 200_000;

  it("rejects a feed nested 200,000 deep quickly as malformed", async () => {
    const xml = `<rss version="2.0"><channel><item><title>t</title><description>${"<x>".repeat(DEEP)}</description></item></channel></rss>`;
    const started = performance.now();
    const { error } = await settle(bytes(xml));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(error).toMatchObject({ name: "FeedParseError", code: "malformed", message: expect.stringContaining("256") });
  });

  it("keeps a feed whose content nests a realistic 60 deep", async () => {
    const xml = `<rss version="2.0"><channel><item><title>t</title><description>${"<x>".repeat(60)}deep${"</x>".repeat(60)}</description></item></channel></rss>`;
    const { feed } = await settle(bytes(xml));
    expect(feed!.items[0]!.text).toBe("deep");
  });

  it.each([
    {
      name: "sanitizeHtml",
      run: (html: string) => sanitizeHtml(html),
      expected: `<p>${"<b>".repeat(255)}top${"</b>".repeat(255)}</p>`,
    },
    { name: "htmlToText", run: (html: string) => htmlToText(html), expected: "top" },
    {
      name: "extractArticlePage",
      run: (html: string) => extractArticlePage(html, "https://x.example/").text,
      expected: "top",
    },
  ])("$name cuts a 200,000-deep fragment off at the cap, quickly", ({ run, expected }) => {
    const html = `<p>${"<b>".repeat(255)}top${"<b>".repeat(DEEP)}bottom`;
    const started = performance.now();
    expect(run(html)).toBe(expected);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

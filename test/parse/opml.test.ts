import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OpmlError, parseOpml, toOpml } from "../../src/parse/opml";

const doc = (body: string) =>
  `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`;

describe("parseOpml", () => {
  it.each([
    {
      name: "takes the category from the enclosing outline group",
      xml: doc(
        `<outline text="Security news"><outline type="rss" text="A" xmlUrl="https://a.example/feed"/></outline>`,
      ),
      expected: [{ url: "https://a.example/feed", title: "A", category: "Security news", site_url: null }],
    },
    {
      name: "prefers the feed's own category attribute and title",
      xml: doc(
        `<outline text="G"><outline text="a" title="A feed" category="breach tracker" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/></outline>`,
      ),
      expected: [
        { url: "https://a.example/rss", title: "A feed", category: "breach tracker", site_url: "https://a.example/" },
      ],
    },
    {
      name: "keeps one entry per URL and ignores non-http URLs",
      xml: doc(
        `<outline xmlUrl="https://a.example/rss"/><outline xmlUrl="https://a.example/rss"/><outline xmlUrl="file:///etc/passwd"/>`,
      ),
      expected: [{ url: "https://a.example/rss", title: null, category: null, site_url: null }],
    },
  ])("$name", ({ xml, expected }) => {
    expect(parseOpml(xml)).toEqual(expected);
  });

  it.each([
    ["a document that is not XML", "<opml><body><outline"],
    ["a document that is not OPML", "<rss><channel/></rss>"],
    ["a DOCTYPE (entity expansion)", `<!DOCTYPE x [<!ENTITY a "aaaa">]>${doc("")}`],
  ])("refuses %s with an OpmlError", (_name, xml) => {
    expect(() => parseOpml(xml)).toThrow(OpmlError);
  });

  it("reads the shipped catalogue", () => {
    const feeds = parseOpml(readFileSync("feeds/default.opml", "utf8"));
    expect(feeds.length).toBeGreaterThanOrEqual(25);
    expect(feeds.every((f) => f.category)).toBe(true);
  });
});

describe("an OPML catalogue with no feeds", () => {
  it.each(["<body/>", "<body></body>", "<body>\n  </body>"])("reads %j as zero feeds, not as an error", (body) => {
    expect(parseOpml(`<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head>${body}</opml>`)).toEqual(
      [],
    );
  });
});

describe("toOpml", () => {
  it("round-trips feeds with their categories and escapes markup", () => {
    const feeds = [
      {
        url: "https://a.example/rss?x=1&y=2",
        title: 'A <b> & "c"',
        category: "security news",
        site_url: "https://a.example/",
      },
      { url: "https://b.example/feed", title: null, category: null, site_url: null },
    ];
    const xml = toOpml(feeds, "medbreach feeds", new Date("2026-01-01T00:00:00Z"));
    expect(parseOpml(xml)).toEqual([
      {
        url: "https://a.example/rss?x=1&y=2",
        title: 'A <b> & "c"',
        category: "security news",
        site_url: "https://a.example/",
      },
      { url: "https://b.example/feed", title: "https://b.example/feed", category: "Uncategorised", site_url: null },
    ]);
  });

  it("writes a document a strict XML parser (Python's expat) reads, whatever characters a hostile feed put in its title", () => {
    const hostile = "Evil\uFFFE feed\uFFFF \uD800lone \u0001ctl \u{1F600} ok";
    const xml = toOpml(
      [{ url: "https://e.example/feed", title: hostile, category: "x\uFFFF", site_url: null }],
      "t",
      new Date("2026-01-01T00:00:00Z"),
    );
    const read = execFileSync(
      "python3",
      [
        "-c",
        "import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.buffer.read()); print(d.getElementsByTagName('outline')[1].getAttribute('title'))",
      ],
      {
        input: Buffer.from(xml, "utf8"),
      },
    );
    expect(read.toString("utf8").trim()).toBe("Evil feed lone ctl \u{1F600} ok");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticlePage, needsArticlePage } from "../../src/parse/article-page";

const page = readFileSync(new URL("../fixtures/parse/article-page.html", import.meta.url), "utf8");

describe("extractArticlePage", () => {
  const result = extractArticlePage(page, "https://trade.example/news/1");

  it("keeps only the article's own paragraphs, in order", () => {
    expect(result.text).toBe(
      "Hospital trust hit by ransomware\n\n" +
        "Operations were cancelled at the trust after a ransomware attack on Monday.\n\n" +
        "The trust said patient data may have been stolen.\n\n" +
        "Source: v3",
    );
  });

  it("reads the og:title, the published time and the syndication note", () => {
    expect(result).toMatchObject({
      title: "Hospital trust hit by ransomware",
      published: "2025-11-03T09:30:00.000Z",
      provenance: "Source: v3",
    });
  });

  it.each([
    {
      name: "JSON-LD datePublished",
      head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-01T08:00:00Z"}</script>',
      expected: "2024-02-01T08:00:00.000Z",
    },
    {
      name: "a time element",
      head: "",
      body: '<time datetime="2024-03-05T10:00:00+01:00">5 March</time>',
      expected: "2024-03-05T09:00:00.000Z",
    },
    { name: "no date at all", head: "", expected: null },
  ])("falls back to $name for the date", ({ head, body = "", expected }) => {
    const html = `<html><head>${head}</head><body><article>${body}<p>Text</p></article></body></html>`;
    expect(extractArticlePage(html, "https://x.example/").published).toBe(expected);
  });

  it("takes the story from JSON-LD articleBody when the markup holds less (script-rendered pages)", () => {
    const body = "Patients were diverted after the attack.\n\nThe trust restored systems on Friday.\n\nSource: v3";
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", articleBody: body })}</script></head><body><div id="app">Loading…</div></body></html>`;
    expect(extractArticlePage(html, "https://x.example/")).toMatchObject({ text: body, provenance: "Source: v3" });
  });

  it("keeps the markup text when it says more than a JSON-LD teaser", () => {
    const html = `<html><head><script type="application/ld+json">{"articleBody":"Short."}</script></head><body><article><p>The longer story as marked up on the page.</p></article></body></html>`;
    expect(extractArticlePage(html, "https://x.example/").text).toBe("The longer story as marked up on the page.");
  });

  it.each([
    [
      "a WordPress caption",
      '<div class="wp-caption"><p class="wp-caption-text">Staff at another hospital in 2024.</p></div>',
    ],
    ["an embedded post", '<blockquote class="twitter-tweet"><p>LockBit also listed a clinic today.</p></blockquote>'],
    ["a related-posts plugin", '<div class="jp-relatedposts"><p>Akira leaks data of a dental chain</p></div>'],
    ["an author box", '<div class="author-box"><p>Jo covers health IT for the Courier.</p></div>'],
    ["a widget rail", '<div class="widget recent"><p>Qilin claims a pathology lab</p></div>'],
    ["post navigation", '<div class="post-navigation"><p>Previous: Medusa hits a clinic</p></div>'],
  ])("drops %s inside the article", (_name, furniture) => {
    const html = `<html><body><article><p>The story.</p>${furniture}</article></body></html>`;
    expect(extractArticlePage(html, "https://x.example/").text).toBe("The story.");
  });

  it("uses the whole body when the page has no article container", () => {
    const html = "<html><body><nav>Menu</nav><p>Plain page text.</p><footer>Foot</footer></body></html>";
    expect(extractArticlePage(html, "https://x.example/")).toEqual({
      title: null,
      text: "Plain page text.",
      published: null,
      provenance: null,
    });
  });
});

describe("needsArticlePage", () => {
  const long = "Patients were diverted after the attack. ".repeat(20);
  it.each([
    { name: "a short summary", text: "Hospital hit by ransomware.", expected: true },
    { name: "an empty text", text: "", expected: true },
    { name: "a long text ending in an ellipsis", text: `${long}and then…`, expected: true },
    { name: "a long text ending in [...]", text: `${long}and then [...]`, expected: true },
    { name: "a long text ending in Read more", text: `${long}Read more »`, expected: true },
    { name: "a full article", text: long, expected: false },
  ])("is $expected for $name", ({ text, expected }) => {
    expect(needsArticlePage({ text })).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { load } from "cheerio/slim";
import { htmlToText, nodesToText } from "../../src/parse/html-text";
import { findProvenance } from "../../src/parse/provenance";

describe("htmlToText", () => {
  it.each([
    { name: "separates paragraphs by a blank line", input: "<p>One</p><p>Two</p>", expected: "One\n\nTwo" },
    { name: "turns <br> and list items into line breaks", input: "a<br>b<ul><li>c</li><li>d</li></ul>", expected: "a\nb\n\nc\nd" },
    { name: "collapses source whitespace inside a paragraph", input: "<p>one\n   two\tthree</p>", expected: "one two three" },
    { name: "keeps line breaks and indentation inside <pre>", input: "<pre>a\n  b</pre>", expected: "a\n  b" },
    { name: "decodes named and numeric entities", input: "AT&amp;T &eacute; &#8220;q&#x201D; &hellip;", expected: "AT&T é “q” …" },
    { name: "turns non-breaking spaces into spaces", input: "a&nbsp;&nbsp;b", expected: "a b" },
    { name: "drops scripts and styles with their content", input: "<p>a<script>var x = '<p>';</script><style>p{}</style>b</p>", expected: "ab" },
    { name: "keeps text that only looks like a tag", input: "5 < 6 and 7 > 3", expected: "5 < 6 and 7 > 3" },
    { name: "reads plain text unchanged", input: "Just text.", expected: "Just text." },
    { name: "trims leading and trailing blank lines", input: "<div><p>x</p></div>", expected: "x" },
  ])("$name", ({ input, expected }) => {
    expect(htmlToText(input)).toBe(expected);
  });
});

describe("nodesToText", () => {
  it.each([
    "<p>One</p><p>Two</p>",
    "a<br>b<ul><li>c</li><li>d</li></ul>",
    "<p>a<script>var x = 1;</script><style>p{}</style>b</p>",
    "<pre>a\n  b</pre><p>AT&amp;T&nbsp;&hellip;</p>",
    "<div><h2>Head</h2> <span>inline</span> <em>text</em></div>",
  ])("gives the same text from a parsed DOM as htmlToText from the source of %j", (html) => {
    const $ = load(html, null, false);
    expect(nodesToText($.root().contents().toArray())).toBe(htmlToText(html));
  });
});

describe("findProvenance", () => {
  it.each([
    { text: "The trust was hit.\n\nSource: v3", expected: "Source: v3" },
    { text: "Story text.\nSource: Computing.", expected: "Source: Computing" },
    { text: "Body. This article originally appeared on Digital Health News.", expected: "This article originally appeared on Digital Health News" },
    { text: "Body. This story was first published in The Record", expected: "This story was first published in The Record" },
    { text: "Body.\nOriginally published by HealthITSecurity.", expected: "Originally published by HealthITSecurity" },
    { text: "Reprinted with permission from BleepingComputer.", expected: "Reprinted with permission from BleepingComputer" },
  ])("finds $expected", ({ text, expected }) => {
    expect(findProvenance(text)).toBe(expected);
  });

  it.each([
    { name: "an ordinary mention of a source", text: "A source said the attack began on Monday." },
    { name: "open-source software", text: "The open source tool was abused: a source of risk." },
    { name: "no text", text: "" },
  ])("finds nothing in $name", ({ text }) => {
    expect(findProvenance(text)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { load } from "cheerio/slim";
import { htmlToText, nodesToText } from "../../src/parse/html-text";
import { findProvenance } from "../../src/parse/provenance";

describe("htmlToText", () => {
  it.each([
    { name: "separates paragraphs by a blank line", input: "<p>One</p><p>Two</p>", expected: "One\n\nTwo" },
    {
      name: "turns <br> and list items into line breaks",
      input: "a<br>b<ul><li>c</li><li>d</li></ul>",
      expected: "a\nb\n\nc\nd",
    },
    {
      name: "collapses source whitespace inside a paragraph",
      input: "<p>one\n   two\tthree</p>",
      expected: "one two three",
    },
    { name: "keeps line breaks and indentation inside <pre>", input: "<pre>a\n  b</pre>", expected: "a\n  b" },
    {
      name: "decodes named and numeric entities",
      input: "AT&amp;T &eacute; &#8220;q&#x201D; &hellip;",
      expected: "AT&T é “q” …",
    },
    { name: "turns non-breaking spaces into spaces", input: "a&nbsp;&nbsp;b", expected: "a b" },
    {
      name: "drops scripts and styles with their content",
      input: "<p>a<script>var x = '<p>';</script><style>p{}</style>b</p>",
      expected: "ab",
    },
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
    {
      text: "Body. This article originally appeared on Digital Health News.",
      expected: "This article originally appeared on Digital Health News",
    },
    {
      text: "Body. This story was first published in The Record",
      expected: "This story was first published in The Record",
    },
    { text: "Body.\nOriginally published by HealthITSecurity.", expected: "Originally published by HealthITSecurity" },
    {
      text: "Reprinted with permission from BleepingComputer.",
      expected: "Reprinted with permission from BleepingComputer",
    },
    { text: "Body.\r  \tSOURCE:  The Record", expected: "SOURCE: The Record" },
    { text: "Body.\u2028source: HSJ", expected: "source: HSJ" },
    { text: "Intro: Source: not a line start\nSource:x\nSource: Digital Health", expected: "Source: Digital Health" },
    { text: "Source: v3\nmore text", expected: "Source: v3" },
    { text: "Source: first published by HSJ", expected: "Source: first published by HSJ" },
    { text: "A resource: none.\n\nFirst published on HSJ", expected: "First published on HSJ" },
  ])("finds $expected", ({ text, expected }) => {
    expect(findProvenance(text)).toBe(expected);
  });

  it.each([
    { name: "an ordinary mention of a source", text: "A source said the attack began on Monday." },
    { name: "open-source software", text: "The open source tool was abused: a source of risk." },
    { name: "no text", text: "" },
    { name: "a source line cut short", text: "Body.\nSource:x" },
    { name: "a colon at the very start", text: ":source: x" },
  ])("finds nothing in $name", ({ text }) => {
    expect(findProvenance(text)).toBeNull();
  });

  // The patterns as one multi-line search over the whole text, before findProvenance looked only at colons and words.
  const wholeText = [
    /^[ \t]*(source:[ \t]*[^\n]{2,80}?)[ \t]*\.?$/im,
    /\b((?:this|the)\s+(?:article|story|post|piece|report)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)\s+[^\n.]{2,80})/i,
    /\b((?:originally|first)\s+(?:appeared|published|posted)\s+(?:on|in|at|by)\s+[^\n.]{2,80})/i,
    /\b((?:reprinted|republished|syndicated)\s+(?:with\s+permission\s+)?from\s+[^\n.]{2,80})/i,
  ];
  const byWholeText = (text: string) => {
    for (const pattern of wholeText) {
      const match = pattern.exec(text);
      if (match) return match[1]!.trim().replace(/\s+/g, " ");
    }
    return null;
  };

  it("finds what the whole-text patterns find in 20,000 texts made of their pieces", () => {
    const pieces = [
      "Source:",
      "sOuRcE:",
      "source",
      ":",
      " ",
      "\t",
      "\n",
      "\r",
      "\u2028",
      ".",
      "x",
      "HSJ",
      "ab",
      "Firſt",
      "FIRST",
      "originally",
      "published",
      "on",
      "from",
      "This article",
      "was",
      "reprinted",
      "\u0130",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 14) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join(next() < 0.5 ? " " : "");
      expect(findProvenance(text), JSON.stringify(text)).toBe(byWholeText(text));
    }
  });
});

import { describe, expect, it } from "vitest";
import { streamHtml, type HtmlEvents } from "../../src/parse/bounded-html";
import { readSimpleHtml, streamSimpleHtml } from "../../src/parse/simple-html";
import { sanitizeHtml } from "../../src/parse/sanitize-html";

function events(stream: (html: string, events: HtmlEvents) => boolean, html: string): { read: boolean; log: string[] } {
  const log: string[] = [];
  const read = stream(html, {
    open: (name, attributes) => log.push(`open ${name} ${JSON.stringify(attributes)}`),
    text: (text) => log.push(`text ${JSON.stringify(text)}`),
    close: (name) => log.push(`close ${name}`),
  });
  return { read, log };
}

const TAKEN = [
  "",
  "plain text",
  "  <p>One &amp; two &lt;tag&gt; &quot;q&quot; &#39;s</p>\n<p>next\r\n line</p>  ",
  '<p><a href="https://x.example/a?b=1">link</a> <a href="/rel">rel</a> <a href="">empty</a> <a>bare</a></p>',
  "<p>a<br>b<br/>c<br />d</p>",
  "<p><strong>s <em>e <b>b <i>i</i></b></em></strong> > tail</p>",
  '<a href="javascript:alert(1)"><a href="https://x.example/">nested</a></a>',
];

const GIVEN_UP = [
  "<p>outer<p>implied close</p>", // htmlparser2 closes the first <p> itself
  "<p>unclosed",
  "<b>mismatched</i>",
  "</p>",
  "</br>",
  "<P>upper case</P>",
  "<p class=x>attribute</p>",
  "<a href='single'>quotes</a>",
  '<a href="x" rel="y">two attributes</a>',
  '<a href="a&amp;b">entity in href</a>',
  "&nbsp;other entities",
  "&amp unterminated",
  "a < b",
  "<!-- comment -->",
  "<script>alert(1)</script>",
  "<div>block</div>",
  "<b>".repeat(300) + "deep" + "</b>".repeat(300),
];

describe("simple bodies read without htmlparser2", () => {
  it.each(TAKEN)("%#: gives htmlparser2's exact events for %j", (html) => {
    const simple = events(streamSimpleHtml, html);
    expect(simple.read).toBe(true);
    expect(simple.log).toEqual(events(streamHtml, html).log);
  });

  it.each(GIVEN_UP)("%#: hands %j to htmlparser2", (html) => {
    expect(events(streamSimpleHtml, html).read).toBe(false);
  });
});

describe("bodies already in the sanitiser's output form", () => {
  const SANITISED = [
    "",
    " <p>a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;<br>f</p> ",
    "<p><strong>s</strong><em>e</em><b>b</b><i>i</i></p>text",
  ];
  const NOT_SANITISED = [
    '<p>"quoted"</p>',
    "<p>it's</p>",
    "<p>a > b</p>",
    "<p>a<br/>b</p>",
    "<p>a<br />b</p>",
    '<a href="https://x.example/">link</a>',
    "<a>bare</a>",
  ];

  it.each(SANITISED)("%#: %j is its own display HTML", (html) => {
    expect(readSimpleHtml(html, { open() {}, text() {}, close() {} })).toBe("sanitised");
    expect(sanitizeHtml(html, "https://news.example/")).toBe(html.trim());
  });

  it.each(NOT_SANITISED)("%#: %j goes through the sanitiser", (html) => {
    expect(readSimpleHtml(html, { open() {}, text() {}, close() {} })).toBe("simple");
  });
});

import { describe, expect, it } from "vitest";
import { sanitizedHtmlAndText } from "../../src/parse/html-content";
import { htmlToText } from "../../src/parse/html-text";
import { sanitizeHtml } from "../../src/parse/sanitize-html";
import { XSS_PAYLOADS } from "../fixtures/xss/payloads";

const SAMPLES = [
  "",
  "plain text & more",
  "<p>Full <b>text</b> here.</p><script>alert(1)</script><p>Source: v3</p>",
  '<ul><li>one<li>two</ul><pre>  keep\n  lines </pre><a href="/rel">relative</a> <a href="javascript:x">bad</a>',
  "<div><p>unclosed <em>inline<p>next</div><br>tail",
  "<style>p{}</style><iframe src=x>in</iframe><h2>Head</h2>&nbsp;&hellip;",
  "<div>".repeat(300) + "deep" + "</div>".repeat(300),
];

describe("one parse gives the same display HTML and text as the sanitiser and the text writer apart", () => {
  it.each([...SAMPLES, ...XSS_PAYLOADS.map((p) => p.html)])("%#: %s", (html) => {
    expect(sanitizedHtmlAndText(html, "https://news.example/a/")).toEqual({ html: sanitizeHtml(html, "https://news.example/a/"), text: htmlToText(html) });
  });
});

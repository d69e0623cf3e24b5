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
  // Bodies the simple reader takes (simple-html.ts), and near misses it must hand to htmlparser2.
  '<p>One &amp; two &lt;b&gt; &quot;q&quot; &#39;s\r\n  spaced</p>\n<p><a href="/x?a=1">link</a><br/>after<br />end <strong>s</strong><em>e</em><i>i</i><b>b</b></p>',
  '<p><a href="javascript:alert(1)">js</a> <a href="">empty</a> <a>none</a></p>',
  "<p>outer<p>implied close</p>",
  " <p>already &amp; sanitised &lt;x&gt; &quot;q&quot; &#39;s<br>line</p>\n<p><b>b</b> <em>e</em></p> ",
  "<p>unescaped \" ' > characters</p>",
  "<p>unclosed <b>bold</p>",
  '<a href="x&#106;">entity in href</a><p>&nbsp;&copy</p>',
  "a < b > c",
  "<p>" + "<b>".repeat(300) + "deep" + "</b>".repeat(300) + "</p>",
];

describe("one parse gives the same display HTML and text as the sanitiser and the text writer apart", () => {
  it.each([...SAMPLES, ...XSS_PAYLOADS.map((p) => p.html)])("%#: %s", (html) => {
    expect(sanitizedHtmlAndText(html, "https://news.example/a/")).toEqual({
      html: sanitizeHtml(html, "https://news.example/a/"),
      text: htmlToText(html),
    });
  });
});

import { load } from "cheerio";
import { parseDocument } from "htmlparser2";
import type { AnyNode } from "domhandler";
import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "../../src/parse/sanitize-html";

const ALLOWED = new Set([
  "p",
  "br",
  "a",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "b",
  "i",
  "blockquote",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
]);
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

// Walks a parsed tree and lists anything that could act: a non-allow-listed element, an attribute
// other than a link's href/rel, or an href that is not an absolute http(s)/mailto URL.
function problemsIn(nodes: AnyNode[]): string[] {
  const problems: string[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === "tag" || node.type === "script" || node.type === "style") {
      if (!ALLOWED.has(node.name)) problems.push(`element <${node.name}>`);
      for (const [key, value] of Object.entries(node.attribs)) {
        if (node.name !== "a" || (key !== "href" && key !== "rel")) problems.push(`attribute ${key} on <${node.name}>`);
        if (key === "href") {
          let protocol = "invalid";
          try {
            protocol = new URL(value).protocol;
          } catch {
            // reported below
          }
          if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`href ${value}`);
        }
      }
    } else if (node.type !== "text") {
      problems.push(`node of type ${node.type}`);
    }
    if ("children" in node) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return problems;
}

/** What htmlparser2 and a browser-grade HTML5 parser (parse5, through cheerio) both see in the output. */
function activeMarkup(html: string): string[] {
  const byHtmlparser2 = problemsIn(parseDocument(html).children);
  const byParse5 = problemsIn(load(html, null, false).root().contents().toArray());
  return [...byHtmlparser2, ...byParse5];
}

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>x</text></a></svg>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="java&#10;script:alert(1)">x</a>',
  '<a href=" &#14;  javascript:alert(1)">x</a>',
  '<a href="javas\u0000cript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="http://ok.example/" onmouseover="alert(1)" style="color:red">x</a>',
  '<a href="javascript:alert(1)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="x.swf"><param name=x value=y></object>',
  '<embed src="x.swf">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  "<template><img src=x onerror=alert(1)></template>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<<script>script>alert(1)//<</script>/script>",
  '<p onclick="alert(1)" style="x:expression(alert(1))">text</p>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<body onload=alert(1)>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  "<!--<script>alert(1)</script>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&lt;img src=x onerror=alert(1)&gt;",
  '<img src="javascript:alert(1)">',
  '<p><a href="https://ok.example/"><script>alert(1)</script></a>',
  "<style>@import 'http://evil.example/x.css';</style>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  "<isindex action=javascript:alert(1) type=image>",
  "<input onfocus=alert(1) autofocus>",
  '<video><source onerror="alert(1)"></video>',
  "<details open ontoggle=alert(1)><summary>x</summary></details>",
  '<xss style="behavior: url(xss.htc);">x</xss>',
  "<textarea></textarea><script>alert(1)</script>",
  "<title><script>alert(1)</script></title>",
  '"><script>alert(1)</script>',
  '<p>unclosed <b>bold <i>italic <a href="https://ok.example/">link',
  '<a href="https://ok.example/"><a href="javascript:alert(1)">nested</a></a>',
  '<ul><li><script>alert(1)</script><li onclick="x()">b</ul>',
];

describe("the active-markup checker used below", () => {
  it.each([
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="https://ok.example/" onclick="x()">x</a>',
    '<p style="color:red">x</p>',
    "<script>alert(1)</script>",
  ])("flags %j, so the assertions can fail", (html) => {
    expect(activeMarkup(html)).not.toEqual([]);
  });
});

describe("sanitizeHtml against XSS payloads", () => {
  it("covers at least thirty payloads", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PAYLOADS)("leaves no active markup from %j", (payload) => {
    const out = sanitizeHtml(payload, "https://feed.example/");
    expect(activeMarkup(out)).toEqual([]);
    expect(out).not.toMatch(/<\s*(script|img|svg|iframe|style)/i);
  });

  it.each([
    { name: "a script's text", payload: "<script>alert('pwned')</script>ok", absent: "pwned" },
    { name: "a style sheet's text", payload: "<style>body{display:none}</style>ok", absent: "display" },
    { name: "an SVG's text", payload: "<svg><text>pwned</text></svg>ok", absent: "pwned" },
    { name: "a form's fields", payload: "<form><input value=pwned><label>pwned</label></form>ok", absent: "pwned" },
    { name: "a template's content", payload: "<template><p>pwned</p></template>ok", absent: "pwned" },
  ])("drops $name entirely", ({ payload, absent }) => {
    const out = sanitizeHtml(payload);
    expect(out).toBe("ok");
    expect(out).not.toContain(absent);
  });
});

describe("sanitizeHtml on ordinary content", () => {
  it.each([
    {
      name: "keeps allowed structure",
      input: "<p>One <strong>two</strong> <em>three</em></p><ul><li>a</li></ul>",
      expected: "<p>One <strong>two</strong> <em>three</em></p><ul><li>a</li></ul>",
    },
    {
      name: "strips attributes from allowed elements",
      input: '<p class="x" id="y" style="color:red">t</p>',
      expected: "<p>t</p>",
    },
    {
      name: "keeps the text of unknown elements",
      input: "<div><span>kept</span> <h1>title</h1></div>",
      expected: "kept title",
    },
    {
      name: "resolves relative links and marks them",
      input: '<a href="/story?id=1">s</a>',
      expected: '<a href="https://feed.example/story?id=1" rel="noopener noreferrer nofollow">s</a>',
    },
    {
      name: "keeps mailto links",
      input: '<a href="mailto:desk@example.com">mail</a>',
      expected: '<a href="mailto:desk@example.com" rel="noopener noreferrer nofollow">mail</a>',
    },
    {
      name: "drops a link element without a usable target but keeps its text",
      input: '<a href="javascript:x()">text</a>',
      expected: "text",
    },
    { name: "drops images", input: '<p>a<img src="x.png" alt="pic">b</p>', expected: "<p>ab</p>" },
    {
      name: "re-escapes decoded text",
      input: "<p>5 &lt; 6 &amp;&amp; AT&amp;T &quot;q&quot;</p>",
      expected: "<p>5 &lt; 6 &amp;&amp; AT&amp;T &quot;q&quot;</p>",
    },
    {
      name: "decodes HTML named entities",
      input: "<p>&eacute;t&eacute;&nbsp;&hellip;</p>",
      expected: "<p>été\u00a0…</p>",
    },
    { name: "closes unclosed elements", input: "<p><b>bold", expected: "<p><b>bold</b></p>" },
    { name: "writes line breaks as void elements", input: "a<br/>b<br>c", expected: "a<br>b<br>c" },
    { name: "keeps code blocks", input: "<pre><code>x = 1</code></pre>", expected: "<pre><code>x = 1</code></pre>" },
  ])("$name", ({ input, expected }) => {
    expect(sanitizeHtml(input, "https://feed.example/news/")).toBe(expected);
  });
});

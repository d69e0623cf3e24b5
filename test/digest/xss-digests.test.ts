import { XMLParser } from "fast-xml-parser";
import type { AnyNode } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident, SearchResult } from "../../src/model";
import { XSS_PAYLOADS } from "../fixtures/xss/payloads";
import { pollHostileFeeds, type PolledXss } from "../fixtures/xss/polled-store";
import { readDigest } from "../helpers/read-digest";

/**
 * The digest half of issue 10's XSS proof: the hostile feeds, polled for real, come out of
 * `/digest.rss|atom|json` with every payload reduced to escaped text and no markup that could act.
 */

const ACTIVE_ELEMENTS = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "svg",
  "math",
  "base",
  "meta",
  "style",
  "form",
  "link",
  "img",
  "video",
  "audio",
  "input",
  "details",
  "template",
  "noscript",
  "body",
]);
const SCRIPT_URL = /^(?:javascript|data|vbscript):/;

/** Walks the parsed entry HTML and lists anything that could act: active elements, handlers, script URLs, comments. */
function activeMarkup(html: string): string[] {
  const problems: string[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === "tag" || node.type === "script" || node.type === "style") {
      if (ACTIVE_ELEMENTS.has(node.name)) problems.push(`<${node.name}> element`);
      for (const [name, value] of Object.entries(node.attribs)) {
        if (name.startsWith("on")) problems.push(`${name} attribute on <${node.name}>`);
        if (name === "style" || name === "srcdoc") problems.push(`${name} attribute on <${node.name}>`);
        // Browsers skip leading spaces and control characters and tabs/newlines inside a scheme.
        if (SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, "").toLowerCase()))
          problems.push(`${name}=${value.slice(0, 60)} on <${node.name}>`);
      }
    } else if (node.type !== "text") {
      problems.push(`${node.type} node`);
    }
    if ("children" in node) node.children.forEach(visit);
  };
  parseDocument(html).children.forEach(visit);
  return problems;
}

const textOf = (html: string) => DomUtils.textContent(parseDocument(html)).replace(/\s+/g, " ");

let polled: PolledXss;
let incidents: Incident[];
beforeAll(async () => {
  polled = await pollHostileFeeds(null);
  incidents = ((await (await polled.app.request("/api/incidents?limit=100")).json()) as SearchResult).hits;
}, 60_000);
afterAll(async () => {
  await polled?.close();
});

const HOSTILE_QUERY = `</script><script>window.__xss('dq')</script> "><img src=x onerror=window.__xss('dq2')>`;
const CASES = (["rss", "atom", "json"] as const).flatMap((format) =>
  (["none", "daily"] as const).flatMap((period) => [
    { format, period, query: "" },
    { format, period, query: `&attacker=lockbit&q=${encodeURIComponent("hospital")}` },
  ]),
);

describe("digests of hostile incidents", () => {
  it("are built from incidents whose sources carry the payloads", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    // However clustering groups them, every hostile item is a source of some incident.
    expect(incidents.length).toBeGreaterThanOrEqual(2);
    expect(incidents.reduce((n, i) => n + i.sources.length, 0)).toBe(polled.items.length);
    expect(
      incidents.flatMap((i) => i.sources).filter((s) => /<script|onerror|javascript:/i.test(s.title)).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it("would notice every payload that carries markup if a digest let it through unescaped", () => {
    // Payloads that only act inside an attribute or a script (breakouts, template literals), or that
    // htmlparser2 reads as a bogus tag name, are plain text to an HTML parser on their own.
    const contextOnly = new Set(["x32", "x34", "x36", "x37", "x48"]);
    for (const p of XSS_PAYLOADS)
      expect(activeMarkup(p.html).length > 0, `${p.id} ${p.trick}`).toBe(!contextOnly.has(p.id));
  });

  it.each(CASES)("leave no active markup in $format with period=$period$query", async ({ format, period, query }) => {
    const res = await polled.app.request(`/digest.${format}?period=${period}${query}`);
    expect(res.status).toBe(200);
    const { entries } = readDigest(format, await res.text());
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(activeMarkup(entry.html)).toEqual([]);
  });

  it.each(["rss", "atom", "json"] as const)(
    "keep every hostile source title as escaped text in the %s incident entries",
    async (format) => {
      const res = await polled.app.request(`/digest.${format}`);
      const { entries } = readDigest(format, await res.text());
      const text = entries.map((e) => textOf(e.html)).join("\n");
      const hostile = incidents.flatMap((i) => i.sources.map((s) => s.title)).filter((t) => /[<>"']/.test(t));
      expect(hostile.length).toBeGreaterThanOrEqual(6);
      for (const title of hostile) expect(text).toContain(title.replace(/\s+/g, " "));
      // The literal script payload is text, so the raw body holds it only escaped.
      expect(text).toContain(XSS_PAYLOADS[0]!.html);
    },
  );

  it.each(["rss", "atom", "json"] as const)(
    "link every %s entry and every source only to http(s) addresses",
    async (format) => {
      const body = await (await polled.app.request(`/digest.${format}`)).text();
      const links: string[] = [];
      if (format === "json") {
        for (const item of (JSON.parse(body) as { items: { url?: string; external_url?: string }[] }).items)
          links.push(...[item.url, item.external_url].filter((u): u is string => !!u));
      } else {
        const xml = new XMLParser({
          ignoreAttributes: false,
          isArray: (name) => ["item", "entry", "link"].includes(name),
        }).parse(body);
        if (format === "rss") for (const item of xml.rss.channel.item as { link: string[] }[]) links.push(...item.link);
        else
          for (const entry of xml.feed.entry as { link: { "@_href": string }[] }[])
            links.push(...entry.link.map((l) => l["@_href"]));
      }
      for (const entry of readDigest(format, body).entries) {
        for (const a of DomUtils.findAll((el) => el.name === "a", parseDocument(entry.html).children))
          links.push(a.attribs.href ?? "");
      }
      expect(links.length).toBeGreaterThan(incidents.length);
      expect(links.filter((l) => !/^https?:\/\/[^\s"<>]+$/.test(l))).toEqual([]);
    },
  );

  it.each(["rss", "atom", "json"] as const)(
    "echo a hostile search query in the %s feed title only as text",
    async (format) => {
      const res = await polled.app.request(`/digest.${format}?q=${encodeURIComponent(HOSTILE_QUERY)}`);
      expect(res.status).toBe(200);
      const { feedTitle, entries } = readDigest(format, await res.text());
      // Feed and entry titles are plain text in all three formats, so the query comes back verbatim, not reduced.
      expect(feedTitle).toContain(HOSTILE_QUERY);
      for (const entry of entries) expect(activeMarkup(entry.html)).toEqual([]);
    },
  );
});

describe("hostile items as the pipeline stored them", () => {
  it("keep no active markup in the sanitised HTML of any item", async () => {
    const articles = await polled.deps.store.listArticles(0, 1000);
    expect(articles).toHaveLength(polled.items.length);
    for (const article of articles) expect(activeMarkup(article.content_html), article.url).toEqual([]);
  });

  it("replace teasers with the hostile article page's text, its payloads kept as plain text", async () => {
    const articles = await polled.deps.store.listArticles(0, 1000);
    const fromPages = articles.filter((a) => a.url.includes("/news/"));
    expect(fromPages.length).toBeGreaterThanOrEqual(5);
    for (const article of fromPages) {
      expect(article.text).toContain(`Quoted ${XSS_PAYLOADS[0]!.id}: ${XSS_PAYLOADS[0]!.html}`);
      expect(article.text).not.toContain("page-head");
    }
  });
});

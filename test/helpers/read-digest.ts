import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

/** The feed title and each entry's title and content HTML, read back from a digest with a real XML or JSON parser. */
export function readDigest(
  format: "rss" | "atom" | "json",
  body: string,
): { feedTitle: string; entries: { title: string; html: string }[] } {
  if (format === "json") {
    const feed = JSON.parse(body) as { title: string; items: { title: string; content_html: string }[] };
    return { feedTitle: feed.title, entries: feed.items.map((i) => ({ title: i.title, html: i.content_html })) };
  }
  expect(XMLValidator.validate(body)).toBe(true);
  const xml = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === "item" || name === "entry",
  }).parse(body);
  if (format === "rss") {
    const channel = xml.rss.channel;
    return {
      feedTitle: channel.title,
      entries: (channel.item ?? []).map((i: { title: string; description: string }) => ({
        title: i.title,
        html: i.description,
      })),
    };
  }
  // Atom text constructs with a `type` attribute parse as objects.
  return {
    feedTitle: typeof xml.feed.title === "string" ? xml.feed.title : xml.feed.title["#text"],
    entries: (xml.feed.entry ?? []).map((e: { title: string | { "#text": string }; content: { "#text": string } }) => ({
      title: typeof e.title === "string" ? e.title : e.title["#text"],
      html: e.content["#text"],
    })),
  };
}

import http from "node:http";
import type { AddressInfo } from "node:net";

/** One fictional incident report in a fixture feed. */
export interface FixtureItem {
  title: string;
  text: string;
  /** Path of the item's link on the fixture server. */
  slug: string;
  published: string;
}

/** A feed served at `/feeds/<name>.xml`. */
export interface FixtureFeed {
  name: string;
  title: string;
  items: FixtureItem[];
}

/** A loopback server of RSS feeds (and their article pages, so nothing ever leaves 127.0.0.1). */
export interface FixtureFeedServer {
  /** Absolute URL of each feed, in the order given. */
  feedUrls: string[];
  /** Requests served so far. */
  requests(): number;
  close(): Promise<void>;
}

const HOSPITALS = [
  "Quillmoor General Hospital",
  "Harrowdene Children's Hospital",
  "Saint Olwen Infirmary",
  "Brackenfold Medical Centre",
  "Vellacott University Hospital",
  "Marrowby Cancer Institute",
  "Thistlecombe Community Hospital",
  "Ashgrove Surgical Clinic",
  "Penhallow Regional Health",
  "Dunmere Teaching Hospital",
];
const GROUPS = ["Rhysida", "LockBit", "INC Ransom", "Qilin", "Medusa"];

/** `count` feeds of `itemsPerFeed` fictional hospital ransomware reports each; the same input gives the same feeds. */
export function incidentFeeds(count: number, itemsPerFeed = 3): FixtureFeed[] {
  return Array.from({ length: count }, (_, f) => ({
    name: `feed-${f}`,
    title: `Fixture health security news ${f}`,
    items: Array.from({ length: itemsPerFeed }, (_, i) => {
      const n = f * itemsPerFeed + i;
      const hospital = `${HOSPITALS[n % HOSPITALS.length]} ${Math.floor(n / HOSPITALS.length) + 1}`;
      const group = GROUPS[n % GROUPS.length]!;
      return {
        title: `${hospital} hit by ${group} ransomware attack`,
        text:
          `${hospital} confirmed a ransomware attack by the ${group} gang that took its electronic patient records offline. ` +
          `Operating theatres cancelled elective surgery and ambulances were diverted while staff returned to paper. ` +
          `${group} claims to have stolen ${100 + n} GB of patient data and listed the hospital on its leak site.`,
        slug: `story-${f}-${i}`,
        published: new Date(Date.UTC(2026, 10, 1 + (n % 25), 8, 0, 0)).toUTCString(),
      };
    }),
  }));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function rss(feed: FixtureFeed, origin: string): string {
  const items = feed.items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${origin}/articles/${item.slug}</link>
      <guid isPermaLink="false">${feed.name}/${item.slug}</guid>
      <pubDate>${item.published}</pubDate>
      <description>${escapeXml(item.text)}</description>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${origin}/</link>
    <description>Fictional incidents for medbreach tests</description>
${items}
  </channel>
</rss>
`;
}

/** Serves `feeds` on 127.0.0.1 at a random port. */
export async function startFixtureFeedServer(feeds: FixtureFeed[]): Promise<FixtureFeedServer> {
  let served = 0;
  let origin = "";
  const byPath = new Map(feeds.map((f) => [`/feeds/${f.name}.xml`, f]));
  const items = new Map<string, FixtureItem>(
    feeds.flatMap((f) => f.items.map((i) => [`/articles/${i.slug}`, i] as const)),
  );
  const server = http.createServer((req, res) => {
    served++;
    const path = (req.url ?? "/").split("?")[0]!;
    const feed = byPath.get(path);
    const item = items.get(path);
    if (feed) {
      res.writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8" }).end(rss(feed, origin));
    } else if (item) {
      const html = `<!doctype html><html><head><title>${escapeXml(item.title)}</title></head><body><article><h1>${escapeXml(item.title)}</h1><p>${escapeXml(item.text)}</p></article></body></html>`;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
    } else res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    feedUrls: feeds.map((f) => `${origin}/feeds/${f.name}.xml`),
    requests: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

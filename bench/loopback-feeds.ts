import { createServer, type Server } from "node:http";
import { firstJsonLine, spawnBenchScript } from "./child-process";

const GROUPS = ["LockBit", "ALPHV", "Rhysida", "Qilin", "INC Ransom", "BianLian", "Clop", "Daixin Team"];
const VICTIMS = [
  "Hospital",
  "Medical Center",
  "Health System",
  "Dental Care",
  "Pathology Services",
  "Ambulance Service",
  "Care Homes",
];
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "tor",
  "val",
  "bri",
  "dun",
  "fel",
  "gar",
  "hol",
  "jes",
  "kir",
  "lan",
  "mor",
  "nes",
  "pol",
  "quin",
  "ros",
  "sel",
  "tam",
  "wyn",
];
const STATES = ["Ohio", "Texas", "Oregon", "Kent", "Surrey", "Ontario", "Bavaria", "Leinster", "Victoria", "Quebec"];

/** A deterministic incident-like item: victim, group, ransom and impact sentences. */
export function benchItem(feed: number, i: number): string {
  // Every item names a distinct victim, as a real feed's items mostly report different attacks.
  const n = feed * 50 + i;
  const s = SYLLABLES.length;
  const town = SYLLABLES[n % s]! + SYLLABLES[Math.floor(n / s) % s]! + SYLLABLES[Math.floor(n / s / s) % s]!;
  const victim = `${town[0]!.toUpperCase()}${town.slice(1)} ${VICTIMS[n % VICTIMS.length]}`;
  const state = STATES[(feed + i) % STATES.length]!;
  const group = GROUPS[(feed * 3 + i) % GROUPS.length]!;
  const body = `<p>${victim} in ${state} said a ransomware attack claimed by the ${group} gang took its patient record systems offline.</p>
<p>The group demanded $${(i % 9) + 1} million and says it stole ${(i % 7) + 1}00GB of data, including records of ${(i + 1) * 1000} patients.</p>
<p>Planned operations were cancelled and staff moved to paper records while the systems were restored.</p>`;
  return `<item><title>${victim} hit by ${group} ransomware</title><link>https://bench.example/${feed}/${i}</link><guid>bench-${feed}-${i}</guid>
<pubDate>${new Date(Date.UTC(2026, 0, 1) + (feed * 50 + i) * 3_600_000).toUTCString()}</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
}

/**
 * Serves `feeds` RSS feeds of `items` items each at `/feed/N.xml`, with ETags so a re-poll gets 304s.
 * The feeds are spread over `hosts` loopback addresses (127.0.0.1, 127.0.0.2, ...), as real feeds are spread over
 * publishers: the fetcher allows one request at a time per host, so one host would serialise the whole poll.
 */
export async function startBenchFeedServer(
  feeds: number,
  items: number,
  hosts = 16,
): Promise<{ urls: string[]; close(): Promise<void> }> {
  const bodies = Array.from({ length: feeds }, (_, f) =>
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench feed ${f}</title><link>https://bench.example/</link>${Array.from({ length: items }, (_, i) => benchItem(f, i)).join("")}</channel></rss>`,
    ),
  );
  const handler = (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    const f = Number(/\/feed\/(\d+)\.xml/.exec(req.url ?? "")?.[1] ?? -1);
    if (!(f >= 0 && f < feeds)) return void res.writeHead(404).end();
    const etag = `"bench-${f}"`;
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8", ETag: etag }).end(bodies[f]);
  };
  const servers: Server[] = [];
  let port = 0;
  for (let h = 1; h <= hosts; h++) {
    const server = createServer(handler);
    await new Promise<void>((r) => server.listen(port, `127.0.0.${h}`, r));
    port = (server.address() as { port: number }).port;
    servers.push(server);
  }
  const urls = Array.from({ length: feeds }, (_, f) => `http://127.0.0.${(f % hosts) + 1}:${port}/feed/${f}.xml`);
  return {
    urls,
    close: async () => void (await Promise.all(servers.map((s) => new Promise((r) => s.close(() => r(null)))))),
  };
}

/**
 * `startBenchFeedServer` in a process of its own (bench/feed-server.child.ts): a publisher's server is
 * not the product, so its memory and CPU must not count in the bench process's peak RSS or time.
 */
export async function startBenchFeedServerProcess(
  feeds: number,
  items: number,
): Promise<{ urls: string[]; close(): Promise<void> }> {
  const child = spawnBenchScript("./feed-server.child.ts", [String(feeds), String(items)]);
  const urls = await firstJsonLine<string[]>(child);
  return { urls, close: () => new Promise((resolve) => (child.once("exit", () => resolve()), child.stdin.end())) };
}

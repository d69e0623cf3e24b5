import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";

/** A loopback server for the bundled sample feeds, so the demo works with no internet. */
export async function startSampleFeedServer(dir: string): Promise<{ base: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const name = basename(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    try {
      const body = await readFile(join(dir, name));
      const type = name.endsWith(".atom")
        ? "application/atom+xml"
        : name.endsWith(".opml")
          ? "text/x-opml"
          : "application/rss+xml";
      res.writeHead(200, { "Content-Type": `${type}; charset=utf-8` }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("sample feed server has no port");
  return {
    base: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

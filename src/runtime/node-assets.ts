import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { Asset, AssetSource } from "../app-deps";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/** An `AssetSource` over the built UI in `dir` (normally `dist/web`); files outside `dir` are never served. */
export function createNodeAssets(dir: string): AssetSource {
  const root = resolve(dir);
  return {
    async get(path: string): Promise<Asset | null> {
      const file = resolve(join(root, path));
      // resolve() collapses "..", so a request can only reach files below root.
      if (!file.startsWith(root + sep)) return null;
      const contentType = CONTENT_TYPES[extname(file).toLowerCase()];
      if (!contentType) return null;
      try {
        const bytes = await readFile(file);
        return { body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType };
      } catch {
        return null;
      }
    },
  };
}

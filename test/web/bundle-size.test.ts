import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIST = resolve("dist/web");
/** Issue 7's budget for all JavaScript the search page loads. */
const BUDGET_GZIP_BYTES = 35 * 1024;

describe("the built UI", () => {
  it("loads at most 35 KB of gzipped JavaScript on the search page", () => {
    const indexPath = join(DIST, "index.html");
    if (!existsSync(indexPath)) throw new Error("dist/web/index.html is missing: run `npm run build` first");
    const html = readFileSync(indexPath, "utf8");
    const scripts = [
      ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
    ].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
    console.log(`search page JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzip over ${scripts.length} file(s)`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it("has no inline script or style in index.html, which the CSP would block", () => {
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeAssets } from "../../src/runtime/node-assets";
import { listen } from "../helpers/seed";
import { createTestApp } from "../helpers/test-app";
import { DIST_WEB, requireBuiltUi } from "./browser";

// A first run without internet: three feeds known, every fetch failed, nothing ingested.
let context: BrowserContext;
let origin: string;
let close: () => Promise<void>;
const profile = mkdtempSync(join(tmpdir(), "medbreach-chromium-"));

beforeAll(async () => {
  requireBuiltUi();
  const { app, deps } = createTestApp({ assets: createNodeAssets(DIST_WEB) });
  await deps.store.addFeeds(
    [1, 2, 3].map((n) => ({ url: `https://feed${n}.example/rss`, title: `Feed ${n}`, category: "test" })),
  );
  const now = "2026-11-28T12:00:00.000Z";
  for (const feed of await deps.store.listFeeds())
    await deps.store.updateFeed(feed.id, {
      status: "error",
      consecutive_errors: 1,
      last_fetch_at: now,
      last_error: { code: "dns", message: "getaddrinfo ENOTFOUND", at: now },
      next_due_at: now,
    });
  const server = await listen(app);
  origin = server.origin;
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  close = async () => {
    await context.close();
    await server.close();
    await deps.store.close();
  };
});
afterAll(async () => {
  await close?.();
  rmSync(profile, { recursive: true, force: true });
});

describe("the first run, offline", () => {
  it("says on the empty search page that the feeds could not be reached, and where to look", async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const note = page.locator(".first-run");
    await expect.poll(() => note.textContent()).toMatch(/3 of 3 feeds could not be reached/);
    await expect.poll(() => note.textContent()).toMatch(/npm run demo/);
    expect(await page.getByText("Try fewer words").count()).toBe(0);
    await note.getByRole("link", { name: "Feeds page" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/feeds");
    await page.close();
  });

  it("says the same on the overview instead of empty charts alone", async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/overview`);
    await expect.poll(() => page.locator(".first-run").textContent()).toMatch(/could not be reached/);
    await page.close();
  });

  it("still says that a search found nothing once words are typed", async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/?q=lockbit`);
    await expect.poll(() => page.locator(".empty").textContent()).toMatch(/No incidents match/);
    await page.close();
  });
});

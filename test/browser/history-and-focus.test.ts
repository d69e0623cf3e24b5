import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardTitles, openPage, startBrowserApp, type BrowserApp } from "./browser";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});
afterAll(async () => {
  await app?.close();
});

describe("history and focus", () => {
  it("keeps the view before typing in the history: Back returns to it", async () => {
    const page = await openPage(app, "/?victim_type=hospital");
    await expect.poll(() => cardTitles(page)).toHaveLength(2);
    const box = page.getByLabel("Search incidents");
    await box.fill("Westmoor");
    await expect.poll(() => cardTitles(page)).toHaveLength(1);
    await box.fill("Westmoor University");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Westmoor University");
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?victim_type=hospital");
    await expect.poll(() => cardTitles(page)).toHaveLength(2);
    await expect.poll(() => box.inputValue()).toBe("");
    await page.close();
  });

  it("puts focus back on the result that was opened when the reader comes Back", async () => {
    const page = await openPage(app, "/");
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    const link = page.locator(".results .card-title a").nth(2);
    const href = await link.getAttribute("href");
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
    await page.locator("main h1").first().waitFor();
    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("href") ?? null)).toBe(href);
    await page.close();
  });
});

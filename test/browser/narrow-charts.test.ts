import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, startBrowserApp, type BrowserApp } from "./browser";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp({ width: 360, height: 740 });
});
afterAll(async () => {
  await app?.close();
});

describe("charts on a 360 px screen", () => {
  it.each([
    ["the overview", "/overview", "#monthly-table"],
    ["a group's page", "/groups/lockbit", ".chart"],
  ])("%s shows the latest months first, scrolled to the chart's right end", async (_name, path, ready) => {
    const page = await openPage(app, path);
    await page.locator(ready).first().waitFor({ state: "attached" });
    const scroller = page.locator(".chart-scroll").first();
    const at = () => scroller.evaluate((el) => ({ left: el.scrollLeft, room: el.scrollWidth - el.clientWidth }));
    await expect.poll(async () => (await at()).room).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const { left, room } = await at();
        return room - left;
      })
      .toBeLessThanOrEqual(1);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, startBrowserApp, type BrowserApp } from "./browser";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});
afterAll(async () => {
  await app?.close();
});

describe("the groups index and the not-found page", () => {
  it("lists the groups with incident counts and last activity, linked to their pages", async () => {
    const page = await openPage(app, "/groups");
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Attacker groups");
    const rows = page.locator(".group-table tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    await expect.poll(() => rows.first().locator("th").textContent()).toBe("LockBit");
    await expect.poll(() => rows.first().locator('[data-label="Incidents"]').textContent()).toBe("2");
    await expect.poll(() => rows.first().locator('[data-label="Last activity"]').textContent()).toMatch(/2026/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).waitFor();
    await rows.first().getByRole("link", { name: "LockBit" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/groups/lockbit");
    await page.close();
  });

  it("shows an HTML not-found page for an unknown address", async () => {
    const page = await app.context.newPage();
    const response = await page.goto(`${app.origin}/nope`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Page not found");
    await page.close();
  });

  it("has a favicon at /favicon.ico", async () => {
    const page = await app.context.newPage();
    const response = await page.goto(`${app.origin}/favicon.ico`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-type"]).toBe("image/svg+xml");
    await page.close();
  });
});

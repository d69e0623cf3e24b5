import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardTitles, openPage, startBrowserApp, type BrowserApp } from "./browser";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});
afterAll(async () => {
  await app?.close();
});

const facet = (page: Page, title: string, value: RegExp) =>
  page.locator(".facet", { hasText: title }).getByRole("button", { name: value });
const chips = (page: Page) => page.locator(".chips .chip").allTextContents();

describe("facets that combine", () => {
  it("filters by impact on care, shows the chip by name, and offers it as a feed", async () => {
    const page = await openPage(app, "/");
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    await facet(page, "Impact on care", /Operations cancelled/).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("impact")).toEqual(["operations-cancelled"]);
    await expect
      .poll(async () => (await cardTitles(page)).sort())
      .toEqual([
        "Sodinokibi ransomware halts surgery at Northfield General Hospital",
        "Westmoor University Hospital diverts ambulances after LockBit attack",
      ]);
    await expect.poll(() => chips(page)).toEqual(["Impact: Operations cancelled ×"]);
    await facet(page, "Country", /United Kingdom/).click();
    await expect
      .poll(() => page.locator('head link[type="application/rss+xml"]').getAttribute("href"))
      .toBe(`${app.origin}/digest.rss?country=GB&impact=operations-cancelled`);
    await expect.poll(() => cardTitles(page)).toHaveLength(2);
    await page.close();
  });

  it("ORs two values of one facet, keeps the others listed with counts, and ANDs another facet", async () => {
    const page = await openPage(app, "/");
    await facet(page, "Attacker group", /LockBit/).click();
    await expect.poll(() => cardTitles(page)).toHaveLength(2);
    // REvil is still offered, with the incident picking it too would add.
    await expect.poll(() => facet(page, "Attacker group", /REvil/).textContent()).toBe("REvil 1");
    await facet(page, "Attacker group", /REvil/).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("attacker")).toEqual(["LockBit", "REvil"]);
    await expect.poll(() => cardTitles(page)).toHaveLength(3);
    await facet(page, "Victim type", /Hospital/).click();
    await expect
      .poll(async () => (await cardTitles(page)).sort())
      .toEqual([
        "Sodinokibi ransomware halts surgery at Northfield General Hospital",
        "Westmoor University Hospital diverts ambulances after LockBit attack",
      ]);
    await expect
      .poll(() => chips(page))
      .toEqual(["Attacker: LockBit ×", "Attacker: REvil ×", "Victim type: Hospital ×"]);
    await page.close();
  });

  it("filters by claim status under Status, names the chips, and keeps the other status listed with its count", async () => {
    const page = await openPage(app, "/");
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    await expect.poll(() => facet(page, "Status", /Confirmed/).textContent()).toBe("Confirmed 5");
    await facet(page, "Status", /Claimed/).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("claim")).toEqual(["claimed"]);
    await expect.poll(() => cardTitles(page)).toEqual(["Rhysida claims Lakeside Community Clinic data theft"]);
    await expect.poll(() => chips(page)).toEqual(["Status: Claimed ×"]);
    await expect.poll(() => facet(page, "Status", /Claimed/).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => facet(page, "Status", /Confirmed/).textContent()).toBe("Confirmed 5");
    await expect
      .poll(() => page.locator('head link[type="application/rss+xml"]').getAttribute("href"))
      .toBe(`${app.origin}/digest.rss?claim=claimed`);
    // Picking the other status too ORs them: everything again.
    await facet(page, "Status", /Confirmed/).click();
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    await page.close();
  });

  it("names a group in its chip when the link carried its slug", async () => {
    const page = await openPage(app, "/?attacker=lockbit");
    await expect.poll(() => chips(page)).toEqual(["Attacker: LockBit ×"]);
    await page.close();
  });

  it("says that an alias was read as its group, and documents the syntax", async () => {
    const page = await openPage(app, "/?q=Sodinokibi");
    await expect.poll(() => page.locator(".readings").textContent()).toBe("Sodinokibi is an alias of REvil");
    await page.getByText("Search tips").click();
    await expect.poll(() => page.locator(".search-syntax").textContent()).toMatch(/OR \(in capitals\) finds either/);
    await page.close();
  });
});

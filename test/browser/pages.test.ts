import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, screenshot, seriousAxeViolations, startBrowserApp, type BrowserApp } from "./browser";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});
afterAll(async () => {
  await app?.close();
});

const PAGES = [
  { name: "search", path: "/?victim_type=hospital", heading: "Search healthcare cyber incidents", ready: ".facets" },
  {
    name: "incident",
    path: "/incidents/inc-northfield",
    heading: "Sodinokibi ransomware halts surgery at Northfield General Hospital",
    ready: ".timeline li",
  },
  { name: "group", path: "/groups/lockbit", heading: "LockBit", ready: "#group-chart-table" },
  { name: "overview", path: "/overview", heading: "Overview", ready: "#monthly-table" },
  { name: "feeds", path: "/feeds", heading: "Feeds", ready: ".feed-table tbody tr" },
];

describe("the incident page", () => {
  it("shows each fact with its supporting quote and the alternatives where sources disagree", async () => {
    const page = await openPage(app, "/incidents/inc-northfield");
    const ransom = page.locator(".fact", { has: page.locator("dt", { hasText: /^Ransom$/ }) });
    await expect(ransom.locator(".fact-value").textContent()).resolves.toBe("US$2,500,000");
    await expect(ransom.locator("blockquote").textContent()).resolves.toBe(
      "The attackers demanded $2.5m in bitcoin for a decryption key.",
    );
    await expect(ransom.locator("figcaption").textContent()).resolves.toBe("— computing.example");
    await expect(ransom.locator(".alternatives").textContent()).resolves.toBe(
      "Sources disagree: “US$2,000,000” (theatre-journal.example)",
    );
    const impact = page.locator(".fact", { has: page.locator("dt", { hasText: "Impact on care" }) });
    await expect(impact.locator(".fact-value").textContent()).resolves.toBe(
      "Operations cancelled, Systems offline, Paper records",
    );
    await expect(impact.locator("blockquote").textContent()).resolves.toBe(
      "All planned operations were cancelled on Monday and staff returned to paper records.",
    );
    await expect(page.locator(".fact", { hasText: "Data stolen" }).locator(".fact-value").textContent()).resolves.toBe(
      "400 GB",
    );
    await page.close();
  });

  it("lists the sources in order and a source link opens the publisher's page in a new tab without referrer", async () => {
    await app.context.route("https://theatre-journal.example/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>publisher</title><h1>publisher page</h1>" }),
    );
    const page = await openPage(app, "/incidents/inc-northfield");
    const links = page.locator(".timeline .source-link");
    await expect(links.allTextContents()).resolves.toEqual([
      "Northfield General cancels operations after cyber attack",
      "REvil claims Northfield hospital attack, demands $2.5m",
    ]);
    const first = links.first();
    expect(await first.getAttribute("href")).toBe("https://theatre-journal.example/news/inc-northfield-1");
    expect(await first.getAttribute("rel")).toBe("noopener noreferrer");
    const [publisher] = await Promise.all([app.context.waitForEvent("page"), first.click()]);
    await publisher.waitForLoadState();
    expect(publisher.url()).toBe("https://theatre-journal.example/news/inc-northfield-1");
    expect(await publisher.evaluate(() => window.opener)).toBeNull();
    await publisher.close();
    await page.close();
  });

  it("prints the incident without navigation or subscribe box, spelling out source URLs", async () => {
    const page = await openPage(app, "/incidents/inc-northfield");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".banner").isVisible()).resolves.toBe(false);
    const after = await page
      .locator(".source-link")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain("https://theatre-journal.example/news/inc-northfield-1");
    await page.close();
  });

  it("links to other incidents by the same group", async () => {
    const page = await openPage(app, "/incidents/inc-westmoor");
    await expect
      .poll(() => page.locator(".related .card-title").allTextContents())
      .toEqual(["LockBit hits Riverside Dental Group, patient records leaked"]);
    await page.close();
  });

  it("answers an unknown incident with the API's message", async () => {
    const page = await openPage(app, "/incidents/no-such-incident");
    await expect(page.locator("main h1").textContent()).resolves.toBe("Incident not found");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("no-such-incident");
    await page.close();
  });
});

describe("the group, overview and feeds pages", () => {
  it("shows a group's count, span, monthly chart by victim type, incidents and digest", async () => {
    const page = await openPage(app, "/groups/lockbit");
    const fact = (label: string) =>
      page.locator(".group-facts div", { has: page.locator("dt", { hasText: label }) }).locator("dd");
    await expect.poll(() => fact("Incidents").textContent()).toBe("2");
    await expect(fact("Also known as").textContent()).resolves.toContain("LockBit 3.0");
    await expect(fact("First seen").textContent()).resolves.toBe("21 Jun 2026");
    await expect(fact("Last seen").textContent()).resolves.toBe("2 Oct 2026");
    await expect.poll(() => page.locator("#group-chart-table tbody tr").count()).toBe(12);
    const titles = await page.locator(".chart rect.segment title").allTextContents();
    expect(titles).toEqual(expect.arrayContaining(["Jun 2026 · Hospital: 1", "Oct 2026 · Dental: 1"]));
    await expect(page.locator(".results .card-title").count()).resolves.toBe(2);
    await expect(page.getByLabel("Atom", { exact: true }).inputValue()).resolves.toBe(
      `${app.origin}/digest.atom?attacker=lockbit`,
    );
    await page.close();
  });

  it("answers an unknown or malformed group path with an error page rather than a blank one", async () => {
    const page = await openPage(app, "/groups/%E0%A4%A");
    await expect(page.locator("main h1").textContent()).resolves.toBe("Group “%E0%A4%A”");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("no group");
    await page.close();
  });

  it("shows incidents per month, the top groups of the last 90 days, victim types and the latest incidents", async () => {
    const page = await openPage(app, "/overview");
    await expect.poll(() => page.locator("#monthly-table tbody tr").count()).toBe(12);
    await expect
      .poll(() => page.locator('[aria-label="Incidents per group, last 90 days"] .bar-list-label').allTextContents())
      .toEqual(["ALPHV", "LockBit", "REvil"]);
    await expect
      .poll(() => page.locator('[aria-label="Incidents per victim type"] .bar-list-label').first().textContent())
      .toBe("Hospital");
    await expect.poll(() => page.locator(".results .card-title").count()).toBe(5);
    await page.close();
  });

  it("shows feed health, failing feeds first with their last error, and what became of their items", async () => {
    const page = await openPage(app, "/feeds");
    const rows = page.locator(".feed-table tbody tr");
    await expect
      .poll(() => rows.locator("th .feed-title").allTextContents())
      .toEqual(["Broken fixture feed", "Fixture feed"]);
    await expect(rows.nth(0).locator("td").allTextContents()).resolves.toEqual([
      "✗ Failing",
      "never",
      "3",
      "http_503: HTTP 503 Service Unavailable",
      "28 Nov 2026, 09:30 UTC",
      "0",
      "0",
      "0",
    ]);
    await expect(rows.nth(1).locator("td").allTextContents()).resolves.toEqual([
      "✓ OK",
      "28 Nov 2026, 09:00 UTC",
      "0",
      "—",
      "28 Nov 2026, 09:30 UTC",
      "8",
      "8",
      "0",
    ]);
    await expect(page.getByRole("status").textContent()).resolves.toBe("2 feeds, 1 failing.");
    await page.close();
  });
});

describe("every page", () => {
  it.each(PAGES)(
    "$name: no serious or critical axe violation, and a screenshot",
    async ({ name, path, heading, ready }) => {
      const page = await openPage(app, path);
      await expect.poll(() => page.locator("main h1").first().textContent()).toBe(heading);
      await page.locator(ready).first().waitFor({ state: "attached", timeout: 10_000 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, name);
      await page.close();
    },
  );

  it.each(PAGES)("$name: fits a 360 px wide screen without horizontal scrolling", async ({ name, path, ready }) => {
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(app.origin + path);
    await page.locator(ready).first().waitFor({ state: "attached", timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, `${name}-360`);
    await page.close();
  });

  it("ran every page without a Content-Security-Policy violation", () => {
    expect(app.cspViolations).toEqual([]);
  });
});

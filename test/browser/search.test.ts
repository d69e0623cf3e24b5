import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_NOW } from "../helpers/seed";
import { cardTitles, openPage, startBrowserApp, type BrowserApp } from "./browser";

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});
afterAll(async () => {
  await app?.close();
});

describe("the search page", () => {
  it("loads /, and typing a query shows the matching incident", async () => {
    const page = await openPage(app, "/");
    await page.getByLabel("Search incidents").fill("Westmoor");
    await expect
      .poll(() => cardTitles(page))
      .toEqual(["Westmoor University Hospital diverts ambulances after LockBit attack"]);
    await expect.poll(() => page.locator(".result-count").textContent()).toBe("1 incident found");
    await page.close();
  });

  it("paints the first results from the inlined data, without asking the API", async () => {
    const page = await app.context.newPage();
    const apiCalls: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/incidents")) apiCalls.push(r.url());
    });
    await page.goto(`${app.origin}/?victim_type=hospital`);
    await expect.poll(() => cardTitles(page)).toHaveLength(2);
    expect(apiCalls).toEqual([]);
    await page.close();
  });

  it("finds REvil's incident when the alias Sodinokibi is typed, and puts q in the URL", async () => {
    // The page's clock is ours: the debounce fires when the test says so, never because a loaded machine
    // took longer than the debounce between two keystrokes.
    const page = await app.context.newPage();
    await page.clock.install();
    await page.goto(app.origin + "/");
    await page.locator("main h1").first().waitFor();
    await page.clock.pauseAt(Date.now() + 60_000);
    try {
      const searches: string[] = [];
      page.on("request", (r) => {
        if (r.url().includes("/api/incidents")) searches.push(new URL(r.url()).search);
      });
      // Keystrokes further apart in real time than the debounce, as on a loaded machine: still one search.
      await page.getByLabel("Search incidents").pressSequentially("Sodinokibi", { delay: 250 });
      await expect.poll(() => page.getByLabel("Search incidents").inputValue()).toBe("Sodinokibi");
      expect(searches).toEqual([]);
      // Typing faster than the debounce sends one search, not one per keystroke.
      await page.clock.runFor(1_000);
      await expect
        .poll(() => cardTitles(page))
        .toEqual(["Sodinokibi ransomware halts surgery at Northfield General Hospital"]);
      expect(new URL(page.url()).searchParams.get("q")).toBe("Sodinokibi");
      expect(searches).toEqual(["?q=Sodinokibi"]);
      await expect(
        page.locator(".card").first().getByRole("link", { name: "REvil" }).getAttribute("href"),
      ).resolves.toBe("/groups/revil");
    } finally {
      // The clock belongs to the whole browser context: hand it back as the other tests expect it.
      await page.clock.resume();
      await page.clock.setFixedTime(FIXTURE_NOW);
      await page.close();
    }
  });

  it("filters by victim type from the facet, shows a chip, and the chip is removable by keyboard", async () => {
    const page = await openPage(app, "/");
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    await page
      .locator(".facet", { hasText: "Victim type" })
      .getByRole("button", { name: /Dental/ })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("victim_type")).toEqual(["dental"]);
    await expect.poll(() => cardTitles(page)).toEqual(["LockBit hits Riverside Dental Group, patient records leaked"]);
    await expect
      .poll(() => page.locator('head link[type="application/rss+xml"]').getAttribute("href"))
      .toBe(`${app.origin}/digest.rss?victim_type=dental`);
    const chip = page.getByRole("button", { name: "Remove filter Victim type: Dental" });
    await chip.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    expect(new URL(page.url()).search).toBe("");
    await page.close();
  });

  it("goes back to the previous view with the browser's back button", async () => {
    const page = await openPage(app, "/");
    await page
      .locator(".facet", { hasText: "Country" })
      .getByRole("button", { name: /Germany/ })
      .click();
    await expect.poll(() => cardTitles(page)).toHaveLength(1);
    await page.goBack();
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    await page.close();
  });

  it("offers the view's digest URLs, copies one to the clipboard, and advertises them for autodiscovery", async () => {
    await app.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
    const page = await openPage(app, "/?attacker=lockbit&country=GB");
    const expected = `${app.origin}/digest.rss?attacker=lockbit&country=GB`;
    await expect(page.getByLabel("RSS", { exact: true }).inputValue()).resolves.toBe(expected);
    await page.getByRole("button", { name: "Copy RSS URL" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "copied" }).textContent())
      .toBe("RSS URL copied.");
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
    const digest = await fetch(expected);
    expect(digest.status).toBe(200);
    expect(await digest.text()).toContain("Westmoor University Hospital");
    const alternates = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute("type")} ${l.getAttribute("href")}`));
    expect(alternates).toEqual([
      `application/rss+xml ${expected}`,
      `application/atom+xml ${app.origin}/digest.atom?attacker=lockbit&country=GB`,
      `application/feed+json ${app.origin}/digest.json?attacker=lockbit&country=GB`,
    ]);
    await page.close();
  });

  it("works with the keyboard alone: Tab to the search box, type, Tab to a result, Enter opens it", async () => {
    const page = await openPage(app, "/");
    const focused = () =>
      page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.className || "",
      );
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("skip-link");
    for (let i = 0; i < 10 && (await focused()) !== "q"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("q");
    await page.keyboard.type("Rhysida");
    await expect.poll(() => cardTitles(page)).toEqual(["Rhysida claims Lakeside Community Clinic data theft"]);
    const onResultTitle = () => page.evaluate(() => Boolean(document.activeElement?.closest(".card-title")));
    for (let i = 0; i < 10 && !(await onResultTitle()); i++) await page.keyboard.press("Tab");
    expect(await onResultTitle()).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/incidents/inc-lakeside");
    await expect(page.locator("main h1").textContent()).resolves.toBe(
      "Rhysida claims Lakeside Community Clinic data theft",
    );
    await page.close();
  });

  it("aborts the request for a stale query, so a slow old answer never replaces the new one", async () => {
    const page = await openPage(app, "/");
    await expect.poll(() => cardTitles(page)).toHaveLength(6);
    const aborted: string[] = [];
    page.on("requestfailed", (r) => aborted.push(new URL(r.url()).search));
    // The answer for "Riverside" is held back for a second; by then the user has typed another query.
    await page.route("**/api/incidents?q=Riverside", async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue().catch(() => undefined);
    });
    const box = page.getByLabel("Search incidents");
    await box.fill("Riverside");
    await expect.poll(() => page.locator('section[aria-label="Results"]').getAttribute("aria-busy")).toBe("true");
    await box.fill("Westmoor");
    await expect
      .poll(() => cardTitles(page))
      .toEqual(["Westmoor University Hospital diverts ambulances after LockBit attack"]);
    await page.waitForTimeout(1200);
    expect(await cardTitles(page)).toEqual(["Westmoor University Hospital diverts ambulances after LockBit attack"]);
    expect(aborted).toEqual(["?q=Riverside"]);
    await page.close();
  });

  it("settles when the query returns to the one on screen while a request is still pending", async () => {
    const page = await openPage(app, "/?q=Westmoor");
    await page.route("**/api/incidents?q=Westmoorx", async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue().catch(() => undefined);
    });
    const box = page.getByLabel("Search incidents");
    const results = page.locator('section[aria-label="Results"]');
    await box.fill("Westmoorx");
    await expect.poll(() => results.getAttribute("aria-busy")).toBe("true");
    await box.fill("Westmoor");
    await expect.poll(() => results.getAttribute("aria-busy")).toBe("false");
    expect(await cardTitles(page)).toEqual(["Westmoor University Hospital diverts ambulances after LockBit attack"]);
    await page.close();
  });

  it("shows the API's message for a view with an invalid filter", async () => {
    const page = await openPage(app, "/?victim_type=spaceship");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("victim_type");
    await page.close();
  });

  it("keeps the space after a word when the search runs during a pause, so the next word is typed apart", async () => {
    const page = await openPage(app, "/");
    const box = page.getByLabel("Search incidents");
    await box.pressSequentially("Westmoor ");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Westmoor");
    await box.pressSequentially("University");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Westmoor University");
    expect(await box.inputValue()).toBe("Westmoor University");
    await page.close();
  });

  it("renders snippet highlights as <mark> elements and never as other markup", async () => {
    const page = await openPage(app, "/?q=Westmoor");
    await expect.poll(() => page.locator(".card-text mark").first().textContent()).toBe("Westmoor");
    await page.close();
  });
});

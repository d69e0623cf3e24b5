import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../src/model";
import { openPage, startBrowserApp, type BrowserApp } from "./browser";

/** 25 fictional clinics, one a day in October 2026, so the six fixtures plus these fill two pages of 20. */
const fillers: Incident[] = Array.from({ length: 25 }, (_, i) => {
  const day = `2026-10-${String(i + 3).padStart(2, "0")}T08:00:00Z`;
  return {
    id: `inc-filler-${i + 1}`,
    title: `Filler clinic ${i + 1} reports a phishing incident`,
    summary: `Filler clinic ${i + 1} said a phishing email exposed staff mailboxes.`,
    first_seen: day,
    last_seen: day,
    victim: { orgs: [`Filler clinic ${i + 1}`], type: "clinic", country: "GB" },
    attacker_groups: [],
    ransom: { status: "not-mentioned", amount: null, currency: null },
    data_volume_bytes: null,
    people_affected: null,
    attack_types: ["phishing"],
    impact: [],
    sources: [],
    facts: [],
    evidence: [],
  };
});

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp(undefined, fillers);
});
afterAll(async () => {
  await app?.close();
});

describe("pagination and sorting", () => {
  it("pages through 31 incidents with shareable next and previous links", async () => {
    const page = await openPage(app, "/");
    const cards = page.locator(".results .card");
    await expect.poll(() => cards.count()).toBe(20);
    await expect(page.locator(".pagination").textContent()).resolves.toContain("Page 1 of 2");
    await page.getByRole("link", { name: "Next →" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("page")).toBe("2");
    await expect.poll(() => cards.count()).toBe(11);
    await page.getByRole("link", { name: "← Previous" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await page.close();
  });

  it("puts the chosen sort in the URL and returns to page 1", async () => {
    const page = await openPage(app, "/?q=clinic&page=2");
    await page.getByLabel("Sort by").selectOption("newest");
    await expect.poll(() => new URL(page.url()).search).toBe("?q=clinic&sort=newest");
    await expect
      .poll(() => page.locator(".results .card-title").first().textContent())
      .toBe("Filler clinic 25 reports a phishing incident");
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeRecord, Incident } from "../../src/model";
import { openPage, seriousAxeViolations, startBrowserApp, type BrowserApp } from "./browser";

// A fictional incident told only by a leak-site relay, with the detail of its effect on care.
const CLAIMED: Incident = {
  id: "inc-claimed-kingsmere",
  title: "Qilin claims Kingsmere Community Hospital",
  summary: "Qilin listed Kingsmere Community Hospital on its leak site.",
  first_seen: "2026-11-27T08:00:00Z",
  last_seen: "2026-11-27T08:00:00Z",
  updated: "2026-11-27T08:00:00Z",
  claim: "claimed",
  impact_details: [
    {
      type: "operations-cancelled",
      count: 300,
      counted: "operations",
      duration: "for three days",
      status: "ongoing",
      quote: "300 operations were postponed for three days and remain on hold.",
    },
  ],
  victim: { orgs: ["Kingsmere Community Hospital"], type: "hospital", country: "GB" },
  attacker_groups: [{ name: "Qilin", slug: "qilin" }],
  ransom: { status: "not-mentioned", amount: null, currency: null },
  data_volume_bytes: null,
  people_affected: null,
  attack_types: ["ransomware"],
  impact: ["operations-cancelled"],
  // No stored article behind it: the seeded store links incident sources to its own fixture articles only.
  sources: [],
  facts: [],
  evidence: [],
};

const CHANGE: ChangeRecord = {
  id: "chg_northfield_paper",
  incident_id: "inc-northfield",
  at: "2026-11-20T08:00:00Z",
  kinds: ["ransom-amount"],
  changes: [
    {
      kind: "ransom-amount",
      from: null,
      to: 2_500_000,
      currency: "USD",
      quote: "The attackers demanded $2.5m in bitcoin for a decryption key.",
    },
  ],
  quote: "The attackers demanded $2.5m in bitcoin for a decryption key.",
  source: {
    url: "https://computing.example/news/inc-northfield-2",
    title: "REvil claims Northfield hospital attack, demands $2.5m",
    site: "computing.example",
  },
};

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp({ width: 360, height: 640 }, [CLAIMED]);
  await app.seeded.store.writeIncidents({ saved: [], deleted: [], changes: [CHANGE] });
});
afterAll(async () => {
  await app?.close();
});

describe("subscribing on a 360 px screen", () => {
  it("reaches the subscribe box from the top, offers the three kinds and shows the full URL of the chosen one", async () => {
    const page = await openPage(app, "/?attacker=LockBit&country=GB");
    const jump = page.getByRole("link", { name: "Subscribe" });
    const box = await jump.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    await jump.click();
    await expect
      .poll(() => page.evaluate(() => document.getElementById("subscribe-title")!.getBoundingClientRect().top))
      .toBeLessThan(640);

    const rss = page.getByLabel("RSS", { exact: true });
    const base = `${app.origin}/digest.rss?attacker=LockBit&country=GB`;
    await expect(page.getByLabel("Each incident and its updates").isChecked()).resolves.toBe(true);
    await expect(rss.inputValue()).resolves.toBe(base);
    await page.getByLabel("New incidents only").check();
    await expect.poll(() => rss.inputValue()).toBe(`${base}&only=new`);
    await page.getByLabel("Daily or weekly summary").check();
    await expect.poll(() => rss.inputValue()).toBe(`${base}&period=daily`);
    await page.getByLabel("Summary every").selectOption("weekly");
    await expect.poll(() => rss.inputValue()).toBe(`${base}&period=weekly`);
    await expect(page.getByLabel("Atom", { exact: true }).inputValue()).resolves.toBe(
      `${app.origin}/digest.atom?attacker=LockBit&country=GB&period=weekly`,
    );
    for (const url of [base, `${base}&only=new`, `${base}&period=daily`, `${base}&period=weekly`])
      expect((await fetch(url)).status).toBe(200);

    const titles = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute("title")));
    expect(titles).toEqual([
      "medbreach: LockBit · United Kingdom (RSS)",
      "medbreach: LockBit · United Kingdom (Atom)",
      "medbreach: LockBit · United Kingdom (JSON Feed)",
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("claims, dates and changes", () => {
  it("labels a card's date and says whether the incident is claimed or confirmed", async () => {
    const page = await openPage(app, "/?country=GB");
    const card = (title: string) => page.locator(".card", { has: page.locator(".card-title", { hasText: title }) });
    await expect
      .poll(() => card("Qilin claims Kingsmere").locator(".card-foot").textContent())
      .toContain("Claimed First reported 27 Nov 2026");
    await expect(card("Northfield General").locator(".card-foot").textContent()).resolves.toContain(
      "Confirmed Updated 20 Nov 2026",
    );
    await page.close();
  });

  it("shows a claimed incident's note and its impact in detail with the sentence", async () => {
    const page = await openPage(app, "/incidents/inc-claimed-kingsmere");
    await expect(page.locator(".incident-dates").textContent()).resolves.toContain(
      "Claimed First reported 27 Nov 2026, last material change 27 Nov 2026",
    );
    await expect(page.locator(".claim-note").textContent()).resolves.toContain("Only a leak-site claim so far");
    const detail = page.locator(".impact-details li");
    await expect(detail.textContent()).resolves.toContain(
      "Operations cancelled · 300 operations · for three days · ongoing",
    );
    await expect(detail.locator("blockquote").textContent()).resolves.toBe(
      "300 operations were postponed for three days and remain on hold.",
    );
    await page.close();
  });

  it("lists what changed on the incident page, with the sentence and the new source", async () => {
    const page = await openPage(app, "/incidents/inc-northfield");
    const change = page.locator(".changes li");
    await expect.poll(() => change.count()).toBe(1);
    await expect(change.textContent()).resolves.toContain("Ransom amount: USD 2,500,000");
    await expect(change.locator("blockquote").textContent()).resolves.toBe(CHANGE.quote);
    await expect(change.locator("a").getAttribute("href")).resolves.toBe(CHANGE.source.url);
    await page.close();
  });

  it("shows per feed how many items were read, used in incidents and judged not relevant", async () => {
    const page = await openPage(app, "/feeds");
    const row = page.locator(".feed-table tbody tr", {
      has: page.locator(".feed-title", { hasText: /^Fixture feed$/ }),
    });
    const cell = (label: string) => row.locator(`td[data-label="${label}"]`).textContent();
    const usage = (await app.seeded.store.feedUsage()).find((u) => u.read > 0)!;
    expect([await cell("Items read"), await cell("Used in incidents"), await cell("Not relevant")]).toEqual([
      String(usage.read),
      String(usage.used),
      String(usage.not_relevant),
    ]);
    expect(usage.used).toBeGreaterThan(0);
    await page.close();
  });
});

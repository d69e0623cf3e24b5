/**
 * Refreshes the README screenshots (docs/screenshots/search.png and incident.png) with the browser tests'
 * harness: the seeded fixture app on loopback and Debian Chromium. Run after `npm run build`:
 * `npx tsx scripts/screenshots.ts`.
 */
import { resolve } from "node:path";
import { openPage, screenshot, startBrowserApp } from "../test/browser/browser";

const OUT = resolve("docs/screenshots");
const SHOTS = [
  { name: "search", path: "/?q=ransomware", ready: ".facets" },
  { name: "incident", path: "/incidents/inc-northfield", ready: ".timeline li" },
];

const app = await startBrowserApp({ width: 1200, height: 800 });
try {
  for (const shot of SHOTS) {
    const page = await openPage(app, shot.path);
    await page.locator(shot.ready).first().waitFor({ timeout: 10_000 });
    console.log(`wrote ${await screenshot(page, shot.name, OUT)}`);
    await page.close();
  }
} finally {
  await app.close();
}

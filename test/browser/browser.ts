import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createNodeAssets } from "../../src/runtime/node-assets";
import type { Incident } from "../../src/model";
import { createSeededApp, FIXTURE_NOW, listen, type SeededApp } from "../helpers/seed";

/** Where `npm run build` puts the UI. */
export const DIST_WEB = resolve("dist/web");
/** Where the browser tests leave their screenshots (gitignored). */
export const SCREENSHOT_DIR = resolve("test-artifacts/screenshots");
const CHROMIUM = "/usr/bin/chromium";
const AXE_SOURCE = resolve("node_modules/axe-core/axe.min.js");

/** The seeded app on loopback and a fresh headless Chromium profile pointed at it. */
export interface BrowserApp {
  origin: string;
  context: BrowserContext;
  seeded: SeededApp;
  /** Content-Security-Policy violations Chromium reported on any page so far. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Fails with a clear message when the UI has not been built, rather than timing out on a blank page. */
export function requireBuiltUi(): void {
  if (!existsSync(join(DIST_WEB, "index.html")))
    throw new Error("dist/web/index.html is missing: run `npm run build` before the browser tests");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
}

/** Starts the seeded app on 127.0.0.1 and Chromium with the clock fixed at the fixtures' "now". */
export async function startBrowserApp(
  viewport = { width: 1280, height: 900 },
  extraIncidents: Incident[] = [],
): Promise<BrowserApp> {
  requireBuiltUi();
  const seeded = await createSeededApp({ assets: createNodeAssets(DIST_WEB), extraIncidents });
  const server = await listen(seeded.app);
  const profile = mkdtempSync(join(tmpdir(), "medbreach-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Only Date is fixed; timers (the search debounce) still run in real time.
  await context.clock.setFixedTime(FIXTURE_NOW);
  const cspViolations: string[] = [];
  context.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  return {
    origin: server.origin,
    context,
    seeded,
    cspViolations,
    async close() {
      await context.close();
      await server.close();
      await seeded.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `path` in a new tab and waits until the UI has rendered its main landmark. */
export async function openPage(app: BrowserApp, path: string): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(app.origin + path);
  await page.locator("main h1").first().waitFor();
  return page;
}

/** The titles of the result cards on the search page, in order. */
export function cardTitles(page: Page): Promise<string[]> {
  return page.locator(".results .card-title").allTextContents();
}

/** axe-core violations of impact serious or critical, as "rule: target" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be blocked).
  await page.evaluate(readFileSync(AXE_SOURCE, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`));
}

/** Saves a full-page screenshot as `test-artifacts/screenshots/<name>.png` (or under `dir`). */
export async function screenshot(page: Page, name: string, dir = SCREENSHOT_DIR): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

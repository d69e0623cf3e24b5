import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { D1DatabaseLike } from "../../src/store/d1";
import { buildWorkerBundle, type WorkerBundle } from "./bundle";
import { applyMigrationsToD1 } from "./migrations";

// CI's check that the Worker bundles offline, then the bundle itself loaded into workerd (Miniflare)
// to see the entry's own behaviour: configuration errors and the assets-less health check.
const FREE_PLAN_LIMIT_GZIP = 3 * 1024 * 1024;

let dir: string;
let bundle: WorkerBundle;
const runtimes: Miniflare[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "medbreach-bundle-"));
  bundle = await buildWorkerBundle(join(dir, "out"), join(dir, "logs"));
  console.log(
    `worker bundle: ${(bundle.rawBytes / 1024).toFixed(0)} KiB, ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzip, built in ${bundle.buildMs.toFixed(0)} ms`,
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(runtimes.map((mf) => mf.dispose()));
  rmSync(dir, { recursive: true, force: true });
});

/** The built bundle in a fresh workerd with an empty local D1 and the given variables. */
function load(bindings: Record<string, string>): Miniflare {
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(bundle.outDir, "worker.js"),
    modulesRoot: bundle.outDir,
    modulesRules: [{ type: "Text", include: ["**/*.opml"] }],
    compatibilityDate: "2026-04-20",
    compatibilityFlags: ["nodejs_compat"],
    d1Databases: { DB: "bundle-test" },
    bindings,
  });
  runtimes.push(mf);
  return mf;
}

describe("the Worker bundle", () => {
  it("builds offline with wrangler deploy --dry-run, the catalogue bundled as a text module", () => {
    expect(bundle.modules).toContain("worker.js");
    expect(bundle.modules.some((m) => m.endsWith("default.opml"))).toBe(true);
  });

  it("stays far below the Workers free-plan size limit", () => {
    expect(bundle.gzipBytes).toBeLessThan(FREE_PLAN_LIMIT_GZIP / 2);
  });

  it("answers its health check over an empty migrated D1", async () => {
    const mf = load({});
    await applyMigrationsToD1((await mf.getD1Database("DB")) as unknown as D1DatabaseLike);
    const res = await mf.dispatchFetch("http://localhost/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, articles: 0 });
  });

  it.each<{ name: string; vars: Record<string, string>; variable: string; secret: string | null }>([
    {
      name: "a flag that is not 0 or 1",
      vars: { ALLOW_PRIVATE_FEEDS: "yes" },
      variable: "ALLOW_PRIVATE_FEEDS",
      secret: "yes",
    },
    {
      name: "an admin token too short to be safe",
      vars: { ADMIN_TOKEN: "hunter2" },
      variable: "ADMIN_TOKEN",
      secret: "hunter2",
    },
    { name: "a batch size of zero", vars: { POLL_BATCH_SIZE: "0" }, variable: "POLL_BATCH_SIZE", secret: null },
  ])(
    "answers every request with a 500 naming the variable for $name, without echoing its value",
    async ({ vars, variable, secret }) => {
      const mf = load(vars);
      for (const path of ["/healthz", "/api/incidents?q=x", "/"]) {
        const res = await mf.dispatchFetch(`http://localhost${path}`);
        expect(res.status).toBe(500);
        const text = await res.text();
        expect(text.split("\n")).toHaveLength(1);
        expect(text).toContain(variable);
        if (secret) expect(text).not.toContain(secret);
      }
    },
  );
});

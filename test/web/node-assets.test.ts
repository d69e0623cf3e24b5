import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createNodeAssets } from "../../src/runtime/node-assets";

const root = mkdtempSync(join(tmpdir(), "medbreach-assets-"));
mkdirSync(join(root, "web", "assets"), { recursive: true });
writeFileSync(join(root, "web", "index.html"), "<!doctype html>");
writeFileSync(join(root, "web", "assets", "app-1.js"), "export {}");
writeFileSync(join(root, "secret.txt"), "outside the UI");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("createNodeAssets", () => {
  const assets = createNodeAssets(join(root, "web"));

  it("reads a built file with its content type", async () => {
    const asset = await assets.get("/assets/app-1.js");
    expect(asset?.contentType).toBe("text/javascript; charset=utf-8");
    expect(new TextDecoder().decode(asset!.body as Uint8Array)).toBe("export {}");
  });

  it.each(["/../secret.txt", "/assets/../../secret.txt", "/missing.js", "/assets/"])(
    "answers null for %s",
    async (path) => {
      expect(await assets.get(path)).toBeNull();
    },
  );
});

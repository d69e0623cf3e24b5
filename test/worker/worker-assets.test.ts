import { describe, expect, it } from "vitest";
import { createWorkerAssets } from "../../src/runtime/worker-assets";

// A stand-in for the ASSETS binding: the files of a built UI, 404 for anything else.
function binding(files: Record<string, { body: string; type: string }>) {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (request: Request) => {
      const path = new URL(request.url).pathname;
      asked.push(path);
      const file = files[path];
      return file
        ? new Response(file.body, { headers: { "Content-Type": file.type } })
        : new Response("not found", { status: 404 });
    },
  };
}

describe("createWorkerAssets", () => {
  it("reads a file of the built UI through the binding, with its content type", async () => {
    const assets = binding({
      "/index.html": { body: "<!doctype html><title>medbreach</title>", type: "text/html; charset=utf-8" },
    });
    const asset = await createWorkerAssets(assets).get("/index.html");
    expect(asset && [new TextDecoder().decode(asset.body as Uint8Array), asset.contentType]).toEqual([
      "<!doctype html><title>medbreach</title>",
      "text/html; charset=utf-8",
    ]);
    expect(assets.asked).toEqual(["/index.html"]);
  });

  it("answers null for a file the binding does not have, so the app falls through to its JSON 404", async () => {
    expect(await createWorkerAssets(binding({})).get("/assets/missing.js")).toBeNull();
  });

  it("asks the binding for the normalised path, so dot segments cannot climb out of the assets", async () => {
    const assets = binding({});
    await createWorkerAssets(assets).get("/assets/../../secret.txt");
    expect(assets.asked).toEqual(["/secret.txt"]);
  });
});

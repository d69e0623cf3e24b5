import type { Asset, AssetSource } from "../app-deps";
import type { AssetsBinding } from "./worker-env";

// Only the path matters to the assets binding; the origin is a placeholder that can never resolve.
const ORIGIN = "https://assets.invalid";

/**
 * An `AssetSource` over the Workers assets binding, so `uiRoutes` serves `dist/web` exactly as on Node.
 * wrangler.toml sets `html_handling = "none"`: `/index.html` is then answered as such instead of redirecting to `/`.
 */
export function createWorkerAssets(binding: AssetsBinding): AssetSource {
  return {
    async get(path: string): Promise<Asset | null> {
      const response = await binding.fetch(new Request(new URL(path, ORIGIN)));
      if (!response.ok) {
        await response.body?.cancel();
        return null;
      }
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get("content-type") ?? "application/octet-stream",
      };
    },
  };
}

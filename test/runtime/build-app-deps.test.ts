import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/config";
import type { Fetcher } from "../../src/fetch/fetcher";
import { buildAppDeps } from "../../src/runtime/build-app-deps";
import type { SearchIndex } from "../../src/search/search-index";
import type { Store } from "../../src/store/store";

const config = (env: Record<string, string>) => {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
};

// Stand-ins: the builder only hands adapters on, it never calls them.
const parts = {
  store: {} as Store,
  search: {} as SearchIndex,
  fetcher: {} as Fetcher,
  assets: null,
  version: "9.9.9",
  connInfo: () => ({ remote: { address: "192.0.2.1" } }),
};

describe("buildAppDeps", () => {
  it("hands the same adapters and clock to the pipeline and the app", () => {
    const { pipeline, app } = buildAppDeps(config({}), parts);
    expect(app.store).toBe(pipeline.store);
    expect(app.search).toBe(pipeline.search);
    expect(app.fetcher).toBe(pipeline.fetcher);
    expect(app.clock).toBe(pipeline.clock);
    expect(app.connInfo).toBe(parts.connInfo);
  });

  it("reads the settings both runtimes share from the config", () => {
    const { pipeline, app } = buildAppDeps(
      config({
        ADMIN_TOKEN: "a-long-enough-admin-token-0123456789",
        PUBLIC_URL: "https://breach.example/",
        TRUST_PROXY: "1",
        ALLOW_PRIVATE_FEEDS: "1",
        POLL_INTERVAL_MINUTES: "0",
        MAX_CONCURRENT_SEARCHES: "3",
        SEARCH_CLIENT_SHARE: "0.25",
      }),
      parts,
    );
    expect(app).toMatchObject({
      adminToken: "a-long-enough-admin-token-0123456789",
      baseUrl: "https://breach.example/",
      trustProxy: true,
      allowPrivateFeeds: true,
      version: "9.9.9",
      searchLimits: { maxConcurrent: 3, clientShare: 0.25 },
    });
    expect(pipeline.intervalMinutes).toBe(30);
  });

  it.each([
    [
      "Workers (no origin, no compression, no registry)",
      {},
      { configuredOrigin: null, compress: false, registry: null },
    ],
    [
      "Node",
      { configuredOrigin: "http://127.0.0.1:8787", compress: true },
      { configuredOrigin: "http://127.0.0.1:8787", compress: true, registry: null },
    ],
  ])("keeps what only the runtime knows on %s", (_name, extra, expected) => {
    const { pipeline, app } = buildAppDeps(config({}), { ...parts, ...extra });
    expect({ configuredOrigin: app.configuredOrigin, compress: app.compress, registry: pipeline.registry }).toEqual(
      expected,
    );
  });
});

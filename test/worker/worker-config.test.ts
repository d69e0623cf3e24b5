import { describe, expect, it } from "vitest";
import { readWorkerSettings } from "../../src/runtime/worker-config";

describe("readWorkerSettings", () => {
  it("applies the shared defaults and the Worker's batch size when only bindings are set", () => {
    const read = readWorkerSettings({ DB: {}, ASSETS: {} });
    expect(
      read.ok && [
        read.settings.config.ALLOW_PRIVATE_FEEDS,
        read.settings.config.POLL_INTERVAL_MINUTES,
        read.settings.pollBatchSize,
      ],
    ).toEqual([false, 30, 25]);
  });

  it("accepts [vars] written unquoted in wrangler.toml, which arrive as numbers", () => {
    const read = readWorkerSettings({ POLL_INTERVAL_MINUTES: 15, ALLOW_PRIVATE_FEEDS: 1, POLL_BATCH_SIZE: 40 });
    expect(
      read.ok && [
        read.settings.config.POLL_INTERVAL_MINUTES,
        read.settings.config.ALLOW_PRIVATE_FEEDS,
        read.settings.pollBatchSize,
      ],
    ).toEqual([15, true, 40]);
  });

  it.each([
    { name: "names a bad flag", env: { FETCH_ARTICLE_PAGES: "true" }, expected: /^FETCH_ARTICLE_PAGES: / },
    {
      name: "names a Meilisearch host that is not a URL",
      env: { MEILI_HOST: "meili.internal" },
      expected: /^MEILI_HOST: /,
    },
    { name: "names a batch size over the cap", env: { POLL_BATCH_SIZE: "100000" }, expected: /^POLL_BATCH_SIZE: / },
    {
      name: "names a short admin token without repeating it",
      env: { ADMIN_TOKEN: 'pa"ss: word' },
      expected: /^ADMIN_TOKEN: must be at least 16 characters$/,
    },
  ])("$name", ({ env, expected }) => {
    const read = readWorkerSettings(env);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]).toMatch(expected);
    }
  });

  it("reports every bad variable at once", () => {
    const read = readWorkerSettings({ ALLOW_PRIVATE_FEEDS: "2", POLL_BATCH_SIZE: "x" });
    expect(read.ok ? [] : read.problems.map((p) => p.split(":")[0])).toEqual([
      "ALLOW_PRIVATE_FEEDS",
      "POLL_BATCH_SIZE",
    ]);
  });
});

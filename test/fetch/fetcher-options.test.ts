import { describe, expect, it } from "vitest";
import { DEFAULT_USER_AGENT, resolveFetcherOptions } from "../../src/fetch/fetcher-options";

describe("resolveFetcherOptions", () => {
  it("fills in the documented defaults", () => {
    const options = resolveFetcherOptions({});
    expect(options).toMatchObject({
      userAgent: DEFAULT_USER_AGENT,
      connectTimeoutMs: 10_000,
      totalTimeoutMs: 30_000,
      maxBytes: 5 * 1024 * 1024,
      maxRedirects: 5,
      concurrency: 8,
      retries: 2,
      allowPrivate: false,
    });
  });

  it("keeps defaults for overrides given as undefined", () => {
    expect(resolveFetcherOptions({ retries: undefined }).retries).toBe(2);
  });

  it.each([
    ["a zero concurrency", { concurrency: 0 }],
    ["a negative timeout", { totalTimeoutMs: -1 }],
    ["a fractional size cap", { maxBytes: 1.5 }],
    ["an empty User-Agent", { userAgent: "" }],
  ])("rejects %s", (_name, overrides) => {
    expect(() => resolveFetcherOptions(overrides)).toThrow();
  });
});

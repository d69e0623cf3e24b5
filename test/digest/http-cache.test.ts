import { describe, expect, it } from "vitest";
import { isNotModified, strongEtag } from "../../src/digest/http-cache";

const CURRENT = { etag: '"abc-123"', lastModified: "Sat, 28 Nov 2026 09:30:00 GMT" };

describe("digest HTTP caching", () => {
  it("gives a strong ETag that changes with the body", () => {
    expect(strongEtag("<rss/>")).toMatch(/^"[0-9a-z-]+"$/);
    expect(strongEtag("<rss/>")).toBe(strongEtag("<rss/>"));
    expect(strongEtag("<rss/>")).not.toBe(strongEtag("<rss />"));
  });

  it.each([
    { name: "no validators", ifNoneMatch: null, ifModifiedSince: null, expected: false },
    { name: "the current ETag", ifNoneMatch: '"abc-123"', ifModifiedSince: null, expected: true },
    { name: "the current ETag in a list", ifNoneMatch: '"old", "abc-123"', ifModifiedSince: null, expected: true },
    { name: "the current ETag marked weak", ifNoneMatch: 'W/"abc-123"', ifModifiedSince: null, expected: true },
    { name: "a wildcard", ifNoneMatch: "*", ifModifiedSince: null, expected: true },
    {
      name: "an old ETag, even with a recent date",
      ifNoneMatch: '"old"',
      ifModifiedSince: "Sun, 29 Nov 2026 00:00:00 GMT",
      expected: false,
    },
    {
      name: "the Last-Modified date",
      ifNoneMatch: null,
      ifModifiedSince: "Sat, 28 Nov 2026 09:30:00 GMT",
      expected: true,
    },
    { name: "a later date", ifNoneMatch: null, ifModifiedSince: "Sun, 29 Nov 2026 00:00:00 GMT", expected: true },
    { name: "an earlier date", ifNoneMatch: null, ifModifiedSince: "Sat, 28 Nov 2026 09:29:59 GMT", expected: false },
    { name: "a malformed date", ifNoneMatch: null, ifModifiedSince: "yesterday", expected: false },
  ])("answers 304 = $expected for $name", ({ ifNoneMatch, ifModifiedSince, expected }) => {
    expect(isNotModified({ ifNoneMatch, ifModifiedSince }, CURRENT)).toBe(expected);
  });
});

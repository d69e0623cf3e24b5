import { describe, expect, it } from "vitest";
import { formatBytes } from "../../src/lib/format-bytes";

describe("formatBytes", () => {
  it.each([
    [512, "512 bytes"],
    [1_500_000, "1.5 MB"],
    [160e9, "160 GB"],
    [450e9, "450 GB"],
    [900e9, "900 GB"],
    [1.2e12, "1.2 TB"],
    [1.5e12, "1.5 TB"],
    [7e12, "7 TB"],
  ])("writes %d bytes as %s", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

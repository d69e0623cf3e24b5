import { describe, expect, it } from "vitest";
import { dateKey } from "../../src/search/facet-memory";

describe("dateKey", () => {
  it.each([
    "2024-01-08T09:00:00.000Z",
    "2024-02-29T23:59:59.999Z",
    "1999-12-31T00:00:00.000Z",
    "1000-01-01T00:00:00.000Z",
  ])("reads %s as the milliseconds that write it back", (s) => {
    expect(new Date(dateKey(s)).toISOString()).toBe(s);
  });

  it.each([
    "2024-01-08T09:00:00Z",
    "2024-01-08",
    "2024-01-08T09:00:00.000+01:00",
    "2023-02-29T00:00:00.000Z",
    "2024-13-01T00:00:00.000Z",
    "2024-01-08T24:00:00.000Z",
    "2024-01-0xT09:00:00.000Z",
    "0999-01-01T00:00:00.000Z",
    "",
  ])("leaves %j to be compared as written", (s) => {
    expect(dateKey(s)).toBeNaN();
  });

  it("orders keys as the strings order", () => {
    const dates = [
      "2024-01-08T09:00:00.000Z",
      "2024-01-08T09:00:00.001Z",
      "2023-12-31T23:59:59.999Z",
      "2024-10-01T00:00:00.000Z",
    ];
    const byKey = [...dates].sort((a, b) => dateKey(a) - dateKey(b));
    expect(byKey).toEqual([...dates].sort());
  });
});

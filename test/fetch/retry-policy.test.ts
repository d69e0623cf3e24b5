import { describe, expect, it } from "vitest";
import { backoffDelayMs, isTransient, parseRetryAfter } from "../../src/fetch/retry-policy";

const now = Date.UTC(2026, 10, 28, 12, 0, 0);

describe("parseRetryAfter", () => {
  it.each([
    ["120", 120_000],
    [" 7 ", 7_000],
    ["0", 0],
    ["Sat, 28 Nov 2026 12:00:30 GMT", 30_000],
    ["Sat, 28 Nov 2026 11:00:00 GMT", 0],
    ["soon", null],
    ["", null],
    ["-5", null],
    ["1.5", null],
    [null, null],
  ])("reads %j as %j ms", (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

describe("backoffDelayMs", () => {
  it.each([
    [0, 0, 250],
    [0, 0.999, 500],
    [1, 0, 500],
    [3, 0.5, 3_000],
    [10, 0, 5_000],
    [10, 1, 10_000],
  ])("waits between half and all of the doubled delay (retry %i, random %f → %i ms)", (retry, random, expected) => {
    expect(backoffDelayMs(retry, 500, 10_000, () => random)).toBe(Math.round(expected));
  });
});

describe("isTransient", () => {
  it.each([
    ["timeout", true],
    ["connection", true],
    ["http-429", true],
    ["http-500", true],
    ["http-503", true],
    ["http-404", false],
    ["http-410", false],
    ["too-large", false],
    ["blocked-address", false],
    ["dns", false],
  ])("treats %s as worth an immediate retry: %s", (code, expected) => {
    expect(isTransient(code)).toBe(expected);
  });
});

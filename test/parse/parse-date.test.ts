import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../src/parse/parse-date";

describe("parseFeedDate", () => {
  it.each([
    { input: "Mon, 03 Nov 2025 10:00:00 GMT", expected: "2025-11-03T10:00:00.000Z" },
    { input: "Tue, 10 Jun 2003 04:00:00 +0100", expected: "2003-06-10T03:00:00.000Z" },
    { input: "Tue, 10 Jun 2003 04:00:00 PST", expected: "2003-06-10T12:00:00.000Z" },
    { input: "Tue, 10 Jun 2003 04:00:00 EDT", expected: "2003-06-10T08:00:00.000Z" },
    { input: "Tue, 10 Jun 2003 04:00:00 +05:30", expected: "2003-06-09T22:30:00.000Z" },
    { input: "10 Jun 2003 04:00 GMT", expected: "2003-06-10T04:00:00.000Z" },
    { input: "Tue, 10 Jun 2003 04:00:00", expected: "2003-06-10T04:00:00.000Z" },
    { input: "Tue, 1 June 2003 04:00:00 Z", expected: "2003-06-01T04:00:00.000Z" },
    { input: "03 Apr 02 1500 GMT", expected: "2002-04-03T15:00:00.000Z" },
    { input: "Sat, 07 Sep 99 00:00:01 GMT", expected: "1999-09-07T00:00:01.000Z" },
    { input: "Seg, 24 Set 2018 19:42:40 -0300", expected: "2018-09-24T22:42:40.000Z" },
    { input: "Qui, 06 Dez 2018 10:00:00 -0200", expected: "2018-12-06T12:00:00.000Z" },
    { input: "Τρι, 29 Ιούν 2004 12:53:00 GMT", expected: "2004-06-29T12:53:00.000Z" },
    { input: "Πεμ, 01 Ιούλ 2004 12:53:00 GMT", expected: "2004-07-01T12:53:00.000Z" },
    { input: "2025-11-03T10:00:00Z", expected: "2025-11-03T10:00:00.000Z" },
    { input: "2025-11-03T10:00:00.123+01:00", expected: "2025-11-03T09:00:00.123Z" },
    { input: "2006-01-17T12:35:9+01:00", expected: "2006-01-17T11:35:09.000Z" },
    { input: "2006-01-11 16:43:22 -0800", expected: "2006-01-12T00:43:22.000Z" },
    { input: "2025-11-03", expected: "2025-11-03T00:00:00.000Z" },
    { input: "2025-11-03T10:00", expected: "2025-11-03T10:00:00.000Z" },
    { input: "  2025-11-03T10:00:00+0200 \n", expected: "2025-11-03T08:00:00.000Z" },
    { input: "November 3, 2025 10:00 UTC", expected: "2025-11-03T10:00:00.000Z" },
  ])("reads $input", ({ input, expected }) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    { name: "an empty string", input: "" },
    { name: "null", input: null },
    { name: "words", input: "yesterday afternoon" },
    { name: "an impossible day", input: "2025-02-30T10:00:00Z" },
    { name: "an impossible month", input: "Mon, 03 Foo 2025 10:00:00 GMT" },
    { name: "an unknown zone", input: "Mon, 03 Nov 2025 10:00:00 XYZW" },
    { name: "a year before 1970", input: "1969-12-31T23:59:59Z" },
    { name: "a 25th hour and a 61st minute", input: "2025-11-03T10:61:00Z" },
  ])("returns null for $name", ({ input }) => {
    expect(parseFeedDate(input)).toBeNull();
  });
});

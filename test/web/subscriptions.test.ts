import { describe, expect, it } from "vitest";
import { parseSearch } from "../../web/lib/search-url";
import { subscriptionQuery, viewFeedTitle } from "../../web/lib/subscriptions";

describe("subscriptions", () => {
  it.each([
    { kind: "updates" as const, filters: "?attacker=lockbit&country=GB", expected: "?attacker=lockbit&country=GB" },
    {
      kind: "new" as const,
      filters: "?attacker=lockbit&country=GB",
      expected: "?attacker=lockbit&country=GB&only=new",
    },
    { kind: "daily" as const, filters: "", expected: "?period=daily" },
    { kind: "weekly" as const, filters: "?country=GB", expected: "?country=GB&period=weekly" },
  ])("gives the $kind subscription of $filters as $expected", ({ kind, filters, expected }) => {
    expect(subscriptionQuery(filters, kind)).toBe(expected);
  });

  it.each([
    {
      search: "?attacker=LockBit&victim_type=hospital&country=GB",
      expected: "medbreach: LockBit · Hospital · United Kingdom",
    },
    { search: "?q=theatre&attacker=LockBit&attacker=Qilin", expected: "medbreach: “theatre” · LockBit or Qilin" },
    {
      search: "?impact=operations-cancelled&country=GB&claim=claimed",
      expected: "medbreach: United Kingdom · Operations cancelled · Claimed",
    },
    { search: "", expected: "medbreach: all incidents" },
  ])("names the filters of $search in the feed title", ({ search, expected }) => {
    expect(viewFeedTitle(parseSearch(search))).toBe(expected);
  });
});

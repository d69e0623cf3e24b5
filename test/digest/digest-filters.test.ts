import { describe, expect, it } from "vitest";
import { FILTER_PARAMS } from "../../src/model";
import { describeFilters, filterHash, filterQueryString, type DigestFilters } from "../../src/digest/digest-filters";
import { groupName } from "../fixtures/digest/incidents";

const NONE: DigestFilters = {
  q: "",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  since: null,
  until: null,
};

describe("digest filters", () => {
  it("writes parameters in the same order as the API validator knows them", () => {
    const every: DigestFilters = {
      q: "x",
      attacker: ["lockbit"],
      victim_type: ["hospital"],
      country: ["GB"],
      attack_type: ["ransomware"],
      impact: ["systems-offline"],
      claim: ["confirmed"],
      since: "2024-01-01",
      until: "2024-12-31",
    };
    expect([...new URLSearchParams(filterQueryString(every)).keys()]).toEqual([...FILTER_PARAMS]);
  });

  it.each([
    { name: "nothing filtered", filters: NONE, expected: "" },
    {
      name: "the example search",
      filters: { ...NONE, attacker: ["lockbit"], victim_type: ["hospital"], country: ["GB"] },
      expected: "attacker=lockbit&victim_type=hospital&country=GB",
    },
    {
      name: "repeated values, sorted and deduplicated",
      filters: { ...NONE, country: ["GB", "DE", "GB"] },
      expected: "country=DE&country=GB",
    },
    {
      name: "claim statuses, after impact",
      filters: {
        ...NONE,
        impact: ["operations-cancelled" as const],
        claim: ["confirmed" as const, "claimed" as const],
      },
      expected: "impact=operations-cancelled&claim=claimed&claim=confirmed",
    },
    {
      name: "text and dates, encoded",
      filters: { ...NONE, q: "theatre & wards", since: "2026-01-01", until: "2026-03-31" },
      expected: "q=theatre+%26+wards&since=2026-01-01&until=2026-03-31",
    },
  ])("canonicalises $name", ({ filters, expected }) => {
    expect(filterQueryString(filters)).toBe(expected);
  });

  it("hashes equal searches equally whatever order their values came in, and different searches differently", () => {
    expect(filterHash({ ...NONE, country: ["GB", "DE"] })).toBe(filterHash({ ...NONE, country: ["DE", "GB"] }));
    expect(filterHash({ ...NONE, country: ["GB"] })).not.toBe(filterHash({ ...NONE, country: ["DE"] }));
  });

  it.each([
    {
      name: "the example search",
      filters: { ...NONE, attacker: ["lockbit"], victim_type: ["hospital"], country: ["GB"] },
      expected: ["LockBit", "hospitals", "GB"],
    },
    {
      name: "alternatives of one parameter",
      filters: { ...NONE, attacker: ["lockbit", "qilin"], attack_type: ["ddos", "data-theft"] },
      expected: ["LockBit or Qilin", "DDoS or data theft"],
    },
    {
      name: "a claim status, as cards say it",
      filters: { ...NONE, attacker: ["qilin"], country: ["GB"], claim: ["claimed" as const] },
      expected: ["Qilin", "GB", "claimed"],
    },
    {
      name: "both claim statuses",
      filters: { ...NONE, claim: ["claimed" as const, "confirmed" as const] },
      expected: ["claimed or confirmed"],
    },
    {
      name: "a slug the lookup does not know",
      filters: { ...NONE, attacker: ["mystery-group"] },
      expected: ["mystery-group"],
    },
    {
      name: "text and a date range",
      filters: { ...NONE, q: "theatre", since: "2026-01-01", until: "2026-03-31" },
      expected: ["“theatre”", "2026-01-01 to 2026-03-31"],
    },
    { name: "an open date range", filters: { ...NONE, until: "2026-03-31" }, expected: ["until 2026-03-31"] },
    { name: "nothing filtered", filters: NONE, expected: [] },
  ])("describes $name for the title", ({ filters, expected }) => {
    expect(describeFilters(filters, groupName)).toEqual(expected);
  });
});

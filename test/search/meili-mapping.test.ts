import { describe, expect, it } from "vitest";
import {
  filterValue,
  groupSynonyms,
  meiliFilter,
  disjunctiveFacetQueries,
  meiliQueryTexts,
  meiliSettings,
  toFacets,
  toMeiliDocument,
} from "../../src/search/meili-mapping";
import { parseQuery } from "../../src/search/query-syntax";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS } from "../fixtures/search/incidents";
import { query } from "./contract";

describe("meilisearch settings", () => {
  it("searches title and names before the summary", () => {
    const { searchableAttributes } = meiliSettings([]);
    expect(searchableAttributes.indexOf("title")).toBeLessThan(searchableAttributes.indexOf("summary"));
    expect(searchableAttributes.indexOf("attacker_names")).toBeLessThan(searchableAttributes.indexOf("summary"));
  });

  it("makes every field a filter uses filterable and last_seen sortable", () => {
    const s = meiliSettings([]);
    const used = meiliFilter(
      query({
        attacker: ["x"],
        victim_type: ["clinic"],
        country: ["GB"],
        attack_type: ["ddos"],
        impact: ["systems-offline"],
        claim: ["claimed"],
        since: "2024-01-01",
        until: "2024-02-01",
      }),
    )
      .flat()
      .map((f) => f.split(" ")[0]!);
    expect(used).toContain("claim");
    for (const field of used) expect(s.filterableAttributes).toContain(field);
    expect(s.sortableAttributes).toEqual(["last_seen_ms"]);
  });

  it("turns every alias into a synonym of every other name of its group", () => {
    const synonyms = groupSynonyms(FIXTURE_GROUPS);
    expect(synonyms.sodinokibi).toEqual(["revil", "gold southfield"]);
    expect(synonyms.revil).toEqual(["sodinokibi", "gold southfield"]);
    expect(synonyms.blackcat).toContain("alphv");
    expect(synonyms.rhysida).toBeUndefined();
  });
});

describe("meilisearch document mapping", () => {
  it("keeps the incident, its facet keys and its dates as numbers", () => {
    const doc = toMeiliDocument(FIXTURE_INCIDENTS[18]!);
    expect(doc).toMatchObject({
      id: "inc_fx19",
      attacker_keys: ["rhysida|Rhysida", "qilin|Qilin"],
      attacker_slugs: ["rhysida", "qilin"],
      victim_type: "clinic",
      country: "US",
      year: "2024",
      month: "2024-05",
      month_victim: "2024-05|clinic",
      first_seen_ms: Date.parse("2024-05-06T09:00:00.000Z"),
    });
    expect(doc.incident).toBe(FIXTURE_INCIDENTS[18]);
  });

  it.each([
    ["claimed", "claimed"],
    ["confirmed", "confirmed"],
    [undefined, "confirmed"],
  ] as const)("carries the claim status %s as %s (absent: stored before claims were told apart)", (claim, expected) => {
    const { claim: _, ...incident } = FIXTURE_INCIDENTS[0]!;
    expect(toMeiliDocument(claim ? { ...incident, claim } : incident).claim).toBe(expected);
  });
});

describe("meilisearch filter strings", () => {
  it.each([
    ["a plain slug", "lockbit", '"lockbit"'],
    ["a double quote", 'x" OR victim_type = "hospital', '"x\\" OR victim_type = \\"hospital"'],
    ["a backslash before a quote", 'a\\"b', '"a\\\\\\"b"'],
    ["SQL-ish text", "'; DROP --", '"\'; DROP --"'],
  ])("escapes %s", (_name, value, expected) => {
    expect(filterValue(value)).toBe(expected);
  });

  it("ORs values within a filter and ANDs filters, with the same date window as the embedded index", () => {
    expect(
      meiliFilter(query({ attacker: ["lockbit", "alphv"], country: ["gb"], since: "2024-01-01", until: "2024-01-31" })),
    ).toEqual([
      ['attacker_slugs = "lockbit"', 'attacker_slugs = "alphv"'],
      ['country = "GB"'],
      `last_seen_ms >= ${Date.parse("2024-01-01T00:00:00Z")}`,
      `first_seen_ms < ${Date.parse("2024-02-01T00:00:00Z")}`,
    ]);
  });

  it("has no filter for an unfiltered query", () => {
    expect(meiliFilter(query())).toEqual([]);
  });
});

describe("meilisearch query text", () => {
  it.each<[string, string[]]>([
    ['"lockbit"', ["lockbit"]],
    ["-hospital", ["hospital"]],
    ["( * )", [""]],
    ["APT-29 C++", ["APT-29 C++"]],
    ["lock\u0000bit", ["lock bit"]],
    ['"operations cancelled" kingsmere', ['"operations cancelled" kingsmere']],
    ["lockbit OR qilin hospital", ["lockbit hospital", "qilin hospital"]],
    ["Scottish hospital", ["Scottish hospital", '"United Kingdom" hospital']],
    ["United Kingdom", ['"United Kingdom"']],
    ["GB", ['"United Kingdom"']],
    ["6 GB", ["6 GB"]],
  ])("reads %j as the queries %j", (q, expected) => {
    expect(meiliQueryTexts(parseQuery(q))).toEqual(expected);
  });
});

describe("meilisearch disjunctive facets", () => {
  it("counts each picked facet without its own filter, keeping the others", () => {
    expect(
      disjunctiveFacetQueries(query({ attacker: ["lockbit", "qilin"], impact: ["operations-cancelled"] })),
    ).toEqual([
      { facet: "attacker_keys", filter: [['impact = "operations-cancelled"']] },
      { facet: "impact", filter: [['attacker_slugs = "lockbit"', 'attacker_slugs = "qilin"']] },
    ]);
  });

  it("counts the claim facet without the claim filter, which ORs its values", () => {
    const q = query({ country: ["GB"], claim: ["claimed", "confirmed"] });
    expect(meiliFilter(q)).toEqual([['country = "GB"'], ['claim = "claimed"', 'claim = "confirmed"']]);
    expect(disjunctiveFacetQueries(q)).toEqual([
      { facet: "country", filter: [['claim = "claimed"', 'claim = "confirmed"']] },
      { facet: "claim", filter: [['country = "GB"']] },
    ]);
  });
});

describe("meilisearch facets", () => {
  it("maps the facet distribution to our facets, groups keyed by name", () => {
    expect(
      toFacets({
        attacker_keys: { "lockbit|LockBit": 3, "alphv|ALPHV": 1 },
        victim_type: { hospital: 4 },
        claim: { claimed: 1, confirmed: 3 },
        year: { "2024": 4 },
        month: { "2024-01": 4 },
      }),
    ).toEqual({
      attacker_groups: { LockBit: 3, ALPHV: 1 },
      victim_type: { hospital: 4 },
      country: {},
      attack_types: {},
      impact: {},
      claim: { claimed: 1, confirmed: 3 },
      year: { "2024": 4 },
      month: { "2024-01": 4 },
    });
  });

  it("answers empty facets when Meilisearch sends none", () => {
    expect(toFacets(undefined).attacker_groups).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import { firstIdOf, monthIndex } from "../../src/search/doc-ids";
import {
  countedShare,
  countFacets,
  dateKey,
  emptyFacets,
  NO_FILTERS,
  patchFacetTable,
  positionsOf,
  rarestFilter,
  type MemoryFilters,
} from "../../src/search/facet-memory";

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

describe("countedShare", () => {
  // Ten documents: victim types hospital ×4, clinic ×6; countries GB ×5, US ×5; LockBit on two.
  const docs = Array.from({ length: 10 }, (_, i) => ({
    id: i + 1,
    victim_type: i < 4 ? "hospital" : "clinic",
    country: i % 2 ? "GB" : "US",
    month: "2024-01",
    first_seen: "2024-01-01T00:00:00.000Z",
    last_seen: "2024-01-01T00:00:00.000Z",
  }));
  const table = patchFacetTable(null, new Set(), docs, [
    { doc_id: 1, kind: "g", value: "lockbit", label: "LockBit" },
    { doc_id: 2, kind: "g", value: "lockbit", label: "LockBit" },
  ]);
  const filters = (f: Partial<MemoryFilters>): MemoryFilters => ({ ...NO_FILTERS, ...f });

  it("is the share passing every filter but one, were the filters independent", () => {
    // 0.4 + 0.5 - 0.4 × 0.5: passing either.
    expect(countedShare(table, filters({ victim_type: ["hospital"], country: ["GB"] }))).toBeCloseTo(0.7);
    // Both, or all but LockBit (0.4 × 0.5 × 0.8), all but the type (0.2 × 0.6 × 0.5), all but the country (0.2 × 0.4 × 0.5).
    expect(
      countedShare(table, filters({ attacker: ["lockbit"], victim_type: ["hospital"], country: ["GB"] })),
    ).toBeCloseTo(0.2 * 0.4 * 0.5 + 0.16 + 0.06 + 0.04);
    expect(countedShare(table, filters({ victim_type: ["hospital", "clinic"], country: ["GB"] }))).toBeCloseTo(1);
  });

  it("names the list filter the fewest documents hold", () => {
    expect(rarestFilter(table, filters({}))).toBeNull();
    expect(rarestFilter(table, filters({ victim_type: ["hospital"], country: ["GB"] }))).toEqual({
      filter: "victim_type",
      documents: 4,
    });
    expect(rarestFilter(table, filters({ attacker: ["lockbit"], country: ["GB", "US"] }))).toEqual({
      filter: "attacker",
      documents: 2,
    });
    expect(rarestFilter(table, filters({ victim_type: ["hospital", "clinic"], country: ["GB"] }))).toEqual({
      filter: "country",
      documents: 5,
    });
  });
});

describe("positionsOf", () => {
  const month = (m: string) => firstIdOf(monthIndex(m));
  // Ids as the writer numbers them (a month's documents from one), with gaps where documents were removed,
  // and a month with none.
  const ids = [
    month("2023-11") + 1,
    month("2023-11") + 2,
    month("2023-11") + 3,
    month("2024-01") + 2,
    month("2024-01") + 3,
    month("2024-01") + 7,
    month("2024-02") + 1,
  ];
  const table = patchFacetTable(
    null,
    new Set(),
    ids.map((id) => ({
      id,
      victim_type: null,
      country: null,
      month: "2024-01",
      first_seen: "2024-01-01T00:00:00.000Z",
      last_seen: "2024-01-01T00:00:00.000Z",
    })),
    [],
  );
  const base = ids[0]!;
  const listed = (list: number[], from = base) => list.map((id) => id - from).join(",");

  it.each([
    ["every id", ids, [0, 1, 2, 3, 4, 5, 6]],
    ["ids at their number", [ids[0]!, ids[2]!, ids[6]!], [0, 2, 6]],
    ["ids after a gap in their month", [ids[3]!, ids[5]!], [3, 5]],
    [
      "ids the table lacks, in its months and between them",
      [month("2024-01") + 1, ids[4]!, month("2023-12") + 1, month("2024-01") + 8],
      [4],
    ],
    ["ids before the first month and after the last", [month("2023-10") + 1, ids[1]!, month("2024-03") + 1], [1]],
    ["nothing", [], []],
  ])("finds %s", (_, list, positions) => {
    expect([...positionsOf(table, listed(list), base)]).toEqual(positions);
    // As the listing hands them over: the bytes of a BLOB.
    expect([...positionsOf(table, Buffer.from(listed(list)), base)]).toEqual(positions);
  });

  it("skips ids below the base, and reads ids listed whole", () => {
    expect([...positionsOf(table, `-5,${listed([ids[1]!])}`, base)]).toEqual([1]);
    expect([...positionsOf(table, listed([ids[3]!, ids[6]!], 0), 0)]).toEqual([3, 6]);
  });

  it("finds in a larger table what a walk through it finds", () => {
    // Months with numbers from one, gaps where documents were replaced, and a month left empty.
    const many: number[] = [];
    for (let m = 0; m < 24; m++)
      for (let k = 1; k <= 40; k++) if (m !== 7 && (k * 7 + m) % 5 !== 0) many.push(month(`2022-01`) + m * 2 ** 24 + k);
    const big = patchFacetTable(
      null,
      new Set(),
      many.map((id) => ({
        id,
        victim_type: null,
        country: null,
        month: "2024-01",
        first_seen: "2024-01-01T00:00:00.000Z",
        last_seen: "2024-01-01T00:00:00.000Z",
      })),
      [],
    );
    const wanted = [] as number[];
    for (let m = -1; m < 26; m++) for (let k = 0; k <= 45; k += 2) wanted.push(month("2022-01") + m * 2 ** 24 + k);
    const expected = wanted.flatMap((id) => (many.includes(id) ? [many.indexOf(id)] : []));
    expect(expected.length).toBeGreaterThan(100);
    expect([...positionsOf(big, listed(wanted, many[0]!), many[0]!)]).toEqual(expected);
  });

  it("finds ids that are not numbered by month", () => {
    const plain = patchFacetTable(
      null,
      new Set(),
      [3, 5, 9, 2 ** 52].map((id) => ({
        id,
        victim_type: null,
        country: null,
        month: "2024-01",
        first_seen: "2024-01-01T00:00:00.000Z",
        last_seen: "2024-01-01T00:00:00.000Z",
      })),
      [],
    );
    expect([...positionsOf(plain, "3,4,9,4503599627370496", 0)]).toEqual([0, 2, 3]);
  });
});

describe("countFacets", () => {
  // Sixty documents over three months, their values cycling at different rates so that every mix occurs.
  const types = ["hospital", "clinic", "dental", null];
  const countries = ["US", "GB", "FR", null];
  const groups = ["lockbit", "akira", "qilin"];
  const impacts = ["data-leaked", "systems-offline"];
  const docs = Array.from({ length: 60 }, (_, i) => {
    const month = ["2024-01", "2024-02", "2024-03"][i % 3]!;
    const day = String(1 + (i % 28)).padStart(2, "0");
    return {
      id: firstIdOf(monthIndex(month)) + 1 + i,
      victim_type: types[i % 4] ?? null,
      country: countries[Math.floor(i / 2) % 4] ?? null,
      month,
      first_seen: `${month}-${day}T00:00:00.000Z`,
      last_seen: `${month}-${day}T12:00:00.000Z`,
    };
  }).sort((a, b) => a.id - b.id); // in table order, so that a document's index is its position
  const facetRows = docs.flatMap((d, i) => [
    ...(i % 5 === 4 ? [] : [{ doc_id: d.id, kind: "g", value: groups[i % 3]!, label: groups[i % 3]! }]),
    ...(i % 3 === 1 ? [{ doc_id: d.id, kind: "g", value: "play", label: "Play" }] : []),
    ...(i % 2 ? [{ doc_id: d.id, kind: "i", value: impacts[Math.floor(i / 3) % 2]!, label: "" }] : []),
    { doc_id: d.id, kind: "a", value: i % 7 ? "ransomware" : "ddos", label: "" },
  ]);
  const table = patchFacetTable(null, new Set(), docs, facetRows);
  const filters = (f: Partial<MemoryFilters>): MemoryFilters => ({ ...NO_FILTERS, ...f });

  /** Disjunctive counts by their definition: a document failing only filter F counts in F's facet alone. */
  function expected(positions: number[], f: MemoryFilters) {
    const valuesOf = (p: number, kind: string) =>
      facetRows.filter((r) => r.doc_id === docs[p]!.id && r.kind === kind).map((r) => r.value);
    const tests: [string, (p: number) => boolean][] = [
      ["victim_type", (p) => f.victim_type.includes(docs[p]!.victim_type ?? "\u0000")],
      ["country", (p) => f.country.includes(docs[p]!.country ?? "\u0000")],
      ["attacker", (p) => valuesOf(p, "g").some((v) => f.attacker.includes(v))],
      ["impact", (p) => valuesOf(p, "i").some((v) => f.impact.includes(v))],
    ];
    const active = tests.filter(([name]) => f[name as "attacker"].length > 0);
    const facets = emptyFacets();
    const add = (into: Record<string, number>, key: string | null) =>
      key !== null && (into[key] = (into[key] ?? 0) + 1);
    const matched: number[] = [];
    for (const p of positions) {
      const d = docs[p]!;
      if (f.since && d.last_seen < f.since) continue;
      const failed = active.filter(([, passes]) => !passes(p)).map(([name]) => name);
      const counts = (facet: string) => failed.length === 0 || (failed.length === 1 && failed[0] === facet);
      if (failed.length === 0) matched.push(p);
      if (counts("victim_type")) add(facets.victim_type, d.victim_type);
      if (counts("country")) add(facets.country, d.country);
      if (counts("attacker")) for (const g of valuesOf(p, "g")) add(facets.attacker_groups, g === "play" ? "Play" : g);
      if (counts("impact")) for (const v of valuesOf(p, "i")) add(facets.impact, v);
      if (failed.length === 0) {
        for (const v of valuesOf(p, "a")) add(facets.attack_types, v);
        add(facets.month, d.month);
        add(facets.year, d.month.slice(0, 4));
      }
    }
    return { total: matched.length, facets, matched };
  }

  const some = docs.map((_, p) => p).filter((p) => p % 4 !== 1);
  it.each([
    ["a victim type and a country", { victim_type: ["hospital"], country: ["US"] }],
    ["two victim types and a country", { victim_type: ["hospital", "dental"], country: ["GB"] }],
    ["a victim type alone", { victim_type: ["clinic"] }],
    ["a country and a date", { country: ["US"], victim_type: ["hospital"], since: "2024-02-10" }],
    ["two groups and an impact", { attacker: ["lockbit", "play"], impact: ["data-leaked"] }],
    ["a group, an impact and a country", { attacker: ["akira"], impact: ["systems-offline"], country: ["FR", "GB"] }],
    ["a group no document holds and a victim type", { attacker: ["conti"], victim_type: ["clinic"] }],
    ["a group, an impact and a victim type", { attacker: ["play"], impact: ["data-leaked"], victim_type: ["dental"] }],
  ])("counts %s as the definition does", (_, f) => {
    const query = filters(f);
    for (const positions of [some, docs.map((_, p) => p)]) {
      const counted = countFacets(table, Int32Array.from(positions), query);
      const want = expected(positions, query);
      expect(counted.total).toBe(want.total);
      expect([...counted.matched]).toEqual(want.matched);
      const nonEmpty = (facets: Record<string, Record<string, number>>) =>
        Object.fromEntries(Object.entries(facets).filter(([k]) => k !== "claim"));
      expect(nonEmpty(counted.facets)).toEqual(nonEmpty(want.facets));
    }
  });
});

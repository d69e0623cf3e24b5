import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchQuery, type SearchQuery } from "../../src/model";
import type { SearchIndex } from "../../src/search/search-index";
import { FIXTURE_INCIDENTS } from "../fixtures/search/incidents";

/** A fresh, empty index for one run of the contract, and how to dispose of it. */
export interface ContractTarget {
  index: SearchIndex;
  dispose?: () => Promise<void>;
}

/** A query with every field at its default, overridden by `over`. */
export const query = searchQuery;

const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort();
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Hostile strings that must be read as words (or as nothing), never as FTS or filter syntax. */
export const HOSTILE_QUERIES: [string, string][] = [
  ["a lone double quote", '"'],
  ["an unbalanced quote inside a word", 'lock"bit'],
  ["a lone star", "*"],
  ["a star after a word", "hospital*"],
  ["NEAR with an open parenthesis", "NEAR(lockbit"],
  ["an open parenthesis", "("],
  ["a close parenthesis", ")"],
  ["the word AND", "AND"],
  ["OR NOT between words", "lockbit OR NOT hospital"],
  ["a leading minus", "-hospital"],
  ["a column filter", "title:lockbit"],
  ["a caret", "^hospital"],
  ["SQL injection text", "'; DROP TABLE search_docs; --"],
  ["a filter-string injection", 'x" OR victim_type = "hospital'],
  ["200 characters", "ransomware ".repeat(19) + "hospitals"],
  ["200 random bytes", Array.from({ length: 200 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 256)).join("")],
  ["emoji", "🔥💊 🏥"],
  ["a NUL character", "lock\u0000bit"],
  ["braces and a colon", "{title names}: x"],
  ["a plus and hyphen", "APT-29 C++"],
];

/**
 * The search scenarios every `SearchIndex` adapter must pass, over the 30 fixture incidents.
 * `makeTarget` gives an empty index; the suite loads the fixtures into it once.
 */
export function searchContract(name: string, makeTarget: () => Promise<ContractTarget>): void {
  describe(`search contract: ${name}`, () => {
    let target: ContractTarget;
    let index: SearchIndex;
    beforeAll(async () => {
      target = await makeTarget();
      index = target.index;
      await index.upsert(FIXTURE_INCIDENTS);
    }, 60_000);
    afterAll(async () => {
      await target?.dispose?.();
    });

    it.each([
      ["Sodinokibi", "REvil", ["inc_fx02", "inc_fx18"]],
      ["BlackCat", "ALPHV", ["inc_fx03", "inc_fx10", "inc_fx15", "inc_fx29"]],
      ["Cozy Bear", "APT29", ["inc_fx12", "inc_fx24"]],
    ])("finds every incident of a group when its alias %s is typed as free text (%s)", async (q, _group, expected) => {
      expect(ids(await index.search(query({ q, sort: "relevance" })))).toEqual(expected);
    });

    it('finds LockBit\'s incidents while the user is still typing "lock"', async () => {
      const r = await index.search(query({ q: "lock", sort: "relevance" }));
      expect(ids(r)).toEqual(["inc_fx01", "inc_fx09", "inc_fx13", "inc_fx21", "inc_fx27"]);
    });

    it("highlights the matched word in each hit's snippet", async () => {
      const r = await index.search(query({ q: "Northvale", sort: "relevance" }));
      expect(r.hits.map((h) => h.id)).toEqual(["inc_fx01"]);
      expect(r.hits[0]!.snippet).toMatch(/<mark>Northvale<\/mark>/);
    });

    it("ranks an incident whose title names the word above one that mentions it only in passing", async () => {
      const r = await index.search(query({ q: "ransomware", sort: "relevance", limit: 100 }));
      const titled = r.hits.findIndex((h) => h.id === "inc_fx26"); // "hit by ransomware" in the title
      const passing = r.hits.findIndex((h) => h.id === "inc_fx21"); // only in the summary
      expect(titled).toBeGreaterThanOrEqual(0);
      expect(passing).toBeGreaterThan(titled);
    });

    it("has victim-type facet counts that add up to the total", async () => {
      for (const q of [query(), query({ q: "hospital" }), query({ country: ["US"] })]) {
        const r = await index.search(q);
        expect(sum(r.facets.victim_type)).toBe(r.total);
        expect(sum(r.facets.year)).toBe(r.total);
      }
    });

    it("counts each incident once per attacker group and attack type it carries", async () => {
      const r = await index.search(query());
      expect(r.total).toBe(30);
      expect(r.facets.attacker_groups).toEqual({
        LockBit: 5,
        ALPHV: 4,
        REvil: 2,
        Clop: 3,
        Rhysida: 2,
        Qilin: 3,
        APT29: 2,
      });
      expect(r.facets.attack_types.ransomware).toBe(15);
      expect(r.facets.country).toMatchObject({ US: 9, GB: 8, DE: 3 });
      expect(r.facets.year).toEqual({ "2020": 2, "2021": 4, "2022": 5, "2023": 9, "2024": 10 });
    });

    it.each<[string, Partial<SearchQuery>, string[]]>([
      ["one attacker", { attacker: ["revil"] }, ["inc_fx02", "inc_fx18"]],
      ["two attackers (either)", { attacker: ["rhysida", "apt29"] }, ["inc_fx05", "inc_fx12", "inc_fx19", "inc_fx24"]],
      [
        "attacker and victim type",
        { attacker: ["lockbit"], victim_type: ["hospital"] },
        ["inc_fx01", "inc_fx13", "inc_fx21", "inc_fx27"],
      ],
      ["victim type and country", { victim_type: ["clinic"], country: ["US"] }, ["inc_fx02", "inc_fx19"]],
      ["attack type and country", { attack_type: ["data-theft"], country: ["GB"] }, ["inc_fx05"]],
      ["text and attacker", { q: "leaks", attacker: ["lockbit"] }, ["inc_fx27"]],
      [
        "text, victim type and attack type",
        { q: "hospital", victim_type: ["hospital"], attack_type: ["phishing"] },
        ["inc_fx24"],
      ],
      ["two victim types (either)", { victim_type: ["dental", "ambulance"] }, ["inc_fx07", "inc_fx08"]],
    ])("filters by %s", async (_name, over, expected) => {
      const r = await index.search(query(over));
      expect(ids(r)).toEqual(expected);
      expect(r.total).toBe(expected.length);
    });

    it.each<[string, Partial<SearchQuery>, string[]]>([
      [
        "since keeps incidents still active on that day",
        { since: "2024-07-01", attacker: ["qilin"] },
        ["inc_fx06", "inc_fx25"],
      ],
      [
        "until keeps incidents that began by that day",
        { until: "2021-05-11" },
        ["inc_fx12", "inc_fx18", "inc_fx20", "inc_fx24"],
      ],
      ["since and until together", { since: "2024-03-01", until: "2024-03-31" }, ["inc_fx05", "inc_fx10", "inc_fx15"]],
    ])("filters by date: %s", async (_name, over, expected) => {
      expect(ids(await index.search(query({ limit: 100, ...over })))).toEqual(expected);
    });

    it.each<[string, Partial<SearchQuery>]>([
      ["a word found nowhere", { q: "zebrafish" }],
      ["a filter combination no incident has", { attacker: ["revil"], country: ["GB"] }],
      ["a window before the first incident", { until: "2019-12-31" }],
    ])("answers an empty result with zero counts for %s", async (_name, over) => {
      const r = await index.search(query(over));
      expect(r.hits).toEqual([]);
      expect(r.total).toBe(0);
      expect(sum(r.facets.victim_type)).toBe(0);
    });

    it.each([
      [1, 7, 7],
      [4, 7, 7],
      [5, 7, 2],
      [6, 7, 0],
      [1, 30, 30],
      [2, 30, 0],
    ])("returns page %i of size %i with %i hits and the full total", async (page, limit, count) => {
      const r = await index.search(query({ page, limit }));
      expect(r.hits).toHaveLength(count);
      expect(r.total).toBe(30);
      expect(r.page).toBe(page);
      expect(r.limit).toBe(limit);
    });

    it("pages through every incident exactly once", async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 5; page++)
        seen.push(...(await index.search(query({ page, limit: 7 }))).hits.map((h) => h.id));
      expect(new Set(seen).size).toBe(30);
    });

    it("sorts by newest last_seen first", async () => {
      const r = await index.search(query({ q: "hospital", sort: "newest", limit: 100 }));
      const seen = r.hits.map((h) => h.last_seen);
      expect(seen).toEqual([...seen].sort().reverse());
      expect(r.hits[0]!.id).toBe("inc_fx30");
    });

    it("sorts by relevance differently from newest", async () => {
      const relevance = await index.search(query({ q: "clinic", sort: "relevance", limit: 100 }));
      const newest = await index.search(query({ q: "clinic", sort: "newest", limit: 100 }));
      expect(ids(relevance)).toEqual(ids(newest));
      expect(relevance.hits.map((h) => h.id)).not.toEqual(newest.hits.map((h) => h.id));
    });

    it.each(HOSTILE_QUERIES)("treats %s as words and never throws", async (_name, q) => {
      const r = await index.search(query({ q: q.slice(0, 200), sort: "relevance" }));
      expect(r.total).toBeGreaterThanOrEqual(0);
      expect(r.hits.length).toBeLessThanOrEqual(20);
    });

    const GB = ["inc_fx01", "inc_fx05", "inc_fx06", "inc_fx09", "inc_fx16", "inc_fx25", "inc_fx28", "inc_fx30"];
    const US = [
      "inc_fx02",
      "inc_fx03",
      "inc_fx10",
      "inc_fx14",
      "inc_fx15",
      "inc_fx18",
      "inc_fx19",
      "inc_fx23",
      "inc_fx27",
    ];
    it.each<[string, string[]]>([
      ["UK", GB],
      ["Britain", GB],
      ["British", GB],
      ["England", GB],
      ["Scotland", GB],
      ["Scottish", GB],
      ["United Kingdom", GB],
      ["united kingdom", GB],
      ["GB", GB],
      ["US", US],
      ["American", US],
      ["Irish", ["inc_fx11", "inc_fx26"]],
      ["Ireland", ["inc_fx11", "inc_fx26"]],
    ])("reads the place %j as the victim's country", async (q, expected) => {
      expect(ids(await index.search(query({ q, sort: "relevance", limit: 100 })))).toEqual(expected);
    });

    it("reads a place word together with other words", async () => {
      expect(ids(await index.search(query({ q: "British ransomware", sort: "relevance", limit: 100 })))).toEqual([
        "inc_fx01",
        "inc_fx30",
      ]);
    });

    it("reads GB after a number as a data size, not as the country", async () => {
      expect(ids(await index.search(query({ q: "6 GB", sort: "relevance" })))).toEqual(["inc_fx11"]);
      expect(ids(await index.search(query({ q: "GB", sort: "relevance", limit: 100 })))).not.toContain("inc_fx11");
    });

    it.each<[string, string, string[]]>([
      ["a group's name missing a letter", "lokbit", ["inc_fx01", "inc_fx09", "inc_fx13", "inc_fx21", "inc_fx27"]],
      ["a victim's name with two letters swapped", "Northvael", ["inc_fx01"]],
      ["a victim's name missing a letter", "Greyhavn", ["inc_fx01", "inc_fx13"]],
      ["a place missing a letter", "Scotlnd", GB],
    ])("tolerates a typo: %s (%j)", async (_name, q, expected) => {
      expect(ids(await index.search(query({ q, sort: "relevance", limit: 100 })))).toEqual(expected);
    });

    it("allows no typo in a word of four letters", async () => {
      expect((await index.search(query({ q: "qlin", sort: "relevance" }))).total).toBe(0);
    });

    it("finds either word around OR", async () => {
      const r = await index.search(query({ q: "lockbit OR qilin", sort: "relevance", limit: 100 }));
      expect(ids(r)).toEqual([
        "inc_fx01",
        "inc_fx06",
        "inc_fx09",
        "inc_fx13",
        "inc_fx19",
        "inc_fx21",
        "inc_fx25",
        "inc_fx27",
      ]);
      expect(r.total).toBe(8);
      expect(sum(r.facets.victim_type)).toBe(8);
    });

    it("ANDs an OR group with the words beside it", async () => {
      expect(ids(await index.search(query({ q: "lockbit OR qilin hospital", sort: "relevance", limit: 100 })))).toEqual(
        ["inc_fx01", "inc_fx06", "inc_fx13", "inc_fx21", "inc_fx27"],
      );
    });

    it("matches a quoted phrase only with its words together and in order", async () => {
      expect(ids(await index.search(query({ q: '"theatres ran"', sort: "relevance" })))).toEqual(["inc_fx13"]);
      expect((await index.search(query({ q: '"ran theatres"', sort: "relevance" }))).total).toBe(0);
      expect(ids(await index.search(query({ q: "ran theatres", sort: "relevance" })))).toEqual(["inc_fx13"]);
    });

    it("says when a query matched an alias", async () => {
      const r = await index.search(query({ q: "Sodinokibi", sort: "relevance" }));
      expect(r.readings).toEqual([{ kind: "alias", said: "Sodinokibi", name: "REvil", slug: "revil" }]);
      expect((await index.search(query({ q: "REvil", sort: "relevance" }))).readings ?? []).toEqual([]);
    });

    it("says when a query took a place for a country", async () => {
      const r = await index.search(query({ q: "Scottish", sort: "relevance" }));
      expect(r.readings).toContainEqual({ kind: "place", said: "Scottish", country: "GB" });
    });

    it.each<[string, string[]]>([
      ["elective", ["inc_fx01"]],
      ["Brendan", ["inc_fx01"]],
      ["Lubbock", ["inc_fx19"]],
    ])("finds %j, which only a source's text says, with a snippet of it", async (q, expected) => {
      const r = await index.search(query({ q, sort: "relevance" }));
      expect(ids(r)).toEqual(expected);
      expect(r.hits[0]!.snippet).toMatch(new RegExp(`<mark>${q}</mark>`, "i"));
    });

    it("ranks a name in a title above the same name in a source's text", async () => {
      const r = await index.search(query({ q: "Greyhaven", sort: "relevance" }));
      expect(r.hits.map((h) => h.id)).toEqual(["inc_fx13", "inc_fx01"]);
    });

    it.each<[string, Partial<SearchQuery>, string[]]>([
      ["one impact", { impact: ["operations-cancelled"] }, ["inc_fx01", "inc_fx06", "inc_fx13"]],
      [
        "an impact and a country (operations cancelled · GB)",
        { impact: ["operations-cancelled"], country: ["GB"] },
        ["inc_fx01", "inc_fx06"],
      ],
      ["two impacts (either)", { impact: ["systems-offline", "services-closed"] }, ["inc_fx03", "inc_fx08"]],
      ["an impact and text", { q: "Qilin", impact: ["paper-records"] }, ["inc_fx06"]],
    ])("filters by impact: %s", async (_name, over, expected) => {
      const r = await index.search(query({ limit: 100, ...over }));
      expect(ids(r)).toEqual(expected);
      expect(r.total).toBe(expected.length);
    });

    it("counts incidents per impact on care", async () => {
      const r = await index.search(query());
      expect(r.facets.impact).toEqual({
        "operations-cancelled": 3,
        "paper-records": 2,
        "ambulance-diversion": 1,
        "systems-offline": 1,
        "appointments-cancelled": 1,
        "services-closed": 1,
      });
    });

    it.each<[string, Partial<SearchQuery>, string[]]>([
      ["claimed", { claim: ["claimed"] }, ["inc_fx05", "inc_fx14", "inc_fx19"]],
      ["claimed and a country", { claim: ["claimed"], country: ["US"] }, ["inc_fx14", "inc_fx19"]],
      ["claimed and a group", { claim: ["claimed"], attacker: ["rhysida"] }, ["inc_fx05", "inc_fx19"]],
      ["claimed and text", { q: "Clop", claim: ["claimed"] }, ["inc_fx14"]],
      ["confirmed, including incidents stored without a status", { claim: ["confirmed"], attacker: ["rhysida"] }, []],
      ["confirmed and a group", { claim: ["confirmed"], attacker: ["clop"] }, ["inc_fx04", "inc_fx23"]],
    ])("filters by claim status: %s", async (_name, over, expected) => {
      const r = await index.search(query({ limit: 100, ...over }));
      expect(ids(r)).toEqual(expected);
      expect(r.total).toBe(expected.length);
    });

    it("ORs the two claim statuses: every incident is one or the other", async () => {
      const r = await index.search(query({ claim: ["claimed", "confirmed"], limit: 100 }));
      expect(r.total).toBe(FIXTURE_INCIDENTS.length);
    });

    it.each<[string, Partial<SearchQuery>, Record<string, number>]>([
      ["everything", {}, { claimed: 3, confirmed: 27 }],
      ["a country (count tables)", { country: ["GB"] }, { claimed: 1, confirmed: 7 }],
      ["text", { q: "Rhysida" }, { claimed: 2 }],
    ])("counts incidents per claim status exactly: %s", async (_name, over, expected) => {
      const r = await index.search(query(over));
      expect(r.facets.claim).toEqual(expected);
      expect(sum(r.facets.claim)).toBe(r.total);
    });

    it.each<[string, Partial<SearchQuery>]>([
      ["no text", { country: ["US"] }],
      ["text", { q: "ransomware" }],
    ])("keeps the other claim status listed with its count once one is picked (%s)", async (_name, over) => {
      const picked = await index.search(query({ ...over, claim: ["claimed"] }));
      const unpicked = await index.search(query(over));
      expect(picked.facets.claim).toEqual(unpicked.facets.claim);
      expect(picked.total).toBe(unpicked.facets.claim.claimed ?? 0);
      // Other facets count the claimed incidents only.
      expect(sum(picked.facets.month!)).toBe(picked.total);
    });

    it.each<[string, Partial<SearchQuery>]>([
      ["no text", {}],
      ["text", { q: "ransomware" }],
    ])("keeps the other values of a picked facet listed with their counts (%s)", async (_name, over) => {
      const all = await index.search(query(over));
      const picked = await index.search(query({ ...over, attacker: ["lockbit"], impact: ["operations-cancelled"] }));
      const onlyImpact = await index.search(query({ ...over, impact: ["operations-cancelled"] }));
      const onlyGroup = await index.search(query({ ...over, attacker: ["lockbit"] }));
      // Each picked facet counts as if its own filter were absent: values of one facet are OR-ed.
      expect(picked.facets.attacker_groups).toEqual(onlyImpact.facets.attacker_groups);
      expect(picked.facets.impact).toEqual(onlyGroup.facets.impact);
      // Facets not picked count the whole selection.
      expect(sum(picked.facets.victim_type)).toBe(picked.total);
      expect(onlyGroup.facets.attacker_groups).toEqual(all.facets.attacker_groups);
    });

    it("ORs values within a facet and ANDs facets", async () => {
      const r = await index.search(
        query({ attacker: ["lockbit", "qilin"], victim_type: ["hospital", "imaging"], limit: 100 }),
      );
      expect(ids(r)).toEqual(["inc_fx01", "inc_fx13", "inc_fx21", "inc_fx25", "inc_fx27"]);
      expect(r.facets.victim_type).toEqual({ hospital: 4, laboratory: 1, "care-home": 1, clinic: 1, imaging: 1 });
      // Groups are counted over hospitals and imaging (the other facet), victim types over LockBit and Qilin.
      expect(r.facets.attacker_groups).toEqual({ LockBit: 4, Qilin: 1, REvil: 1, APT29: 1 });
    });

    it("reads APT-29 as a phrase, not as a column name", async () => {
      expect(ids(await index.search(query({ q: "APT-29", sort: "relevance" })))).toEqual(["inc_fx12", "inc_fx24"]);
    });

    it("lists the groups that have incidents with their counts and span", async () => {
      const groups = await index.groups();
      expect(groups[0]).toEqual({
        name: "LockBit",
        slug: "lockbit",
        incident_count: 5,
        first_seen: "2023-04-10T09:00:00.000Z",
        last_seen: "2024-09-02T18:00:00.000Z",
      });
      expect(groups.map((g) => g.slug).sort()).toEqual([
        "alphv",
        "apt29",
        "clop",
        "lockbit",
        "qilin",
        "revil",
        "rhysida",
      ]);
    });

    it("counts incidents per month and victim type, and the top groups of the last 90 days", async () => {
      const stats = await index.stats(query(), new Date("2030-01-01T00:00:00Z"));
      expect(stats.total).toBe(30);
      expect(sum(stats.per_month)).toBe(30);
      expect(stats.per_month_by_victim_type["2024-01"]).toEqual({ hospital: 2 });
      expect(stats.victim_types.hospital).toBe(8);
      // Window ends at the newest incident (2024-10-07), not at the far-away clock.
      expect(stats.top_groups_until).toBe("2024-10-07");
      expect(stats.top_groups).toEqual([
        { name: "LockBit", slug: "lockbit", count: 1 },
        { name: "Qilin", slug: "qilin", count: 1 },
      ]);
    });

    it("applies filters to stats", async () => {
      const stats = await index.stats(query({ attacker: ["alphv"] }), new Date("2024-04-01T00:00:00Z"));
      expect(stats.total).toBe(4);
      // The clock (2024-04-01) is earlier than the newest ALPHV incident, so it ends the window.
      expect(stats.top_groups_until).toBe("2024-04-01");
      expect(stats.top_groups).toEqual([{ name: "ALPHV", slug: "alphv", count: 2 }]);
    });

    it("replaces a changed incident and forgets a removed one", async () => {
      const changed = { ...FIXTURE_INCIDENTS[6]!, title: "Phishing campaign targets Zanzibar dental practices" };
      await index.upsert([changed]);
      expect(ids(await index.search(query({ q: "Zanzibar" })))).toEqual(["inc_fx07"]);
      expect(ids(await index.search(query({ q: "Lindenhof" })))).toEqual(["inc_fx07"]); // still in victim orgs
      await index.remove(["inc_fx07"]);
      expect((await index.search(query({ q: "Zanzibar" }))).total).toBe(0);
      await index.upsert([FIXTURE_INCIDENTS[6]!]);
      expect((await index.search(query())).total).toBe(30);
    });

    it("rebuilds to exactly the given incidents and reports progress", async () => {
      const progress: number[] = [];
      async function* batches() {
        yield FIXTURE_INCIDENTS.slice(0, 12);
        yield FIXTURE_INCIDENTS.slice(12, 20);
      }
      await index.rebuild(batches(), (done) => progress.push(done));
      expect(progress).toEqual([12, 20]);
      expect((await index.search(query())).total).toBe(20);
      await index.rebuild(
        (async function* () {
          yield FIXTURE_INCIDENTS;
        })(),
      );
      expect((await index.search(query())).total).toBe(30);
    });
  });
}

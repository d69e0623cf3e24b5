import { describe, expect, it } from "vitest";
import { buildIncident } from "../../src/cluster/build-incident";
import { resolveClaims } from "../../src/cluster/facts";
import { decodeSignature } from "../../src/cluster/signature";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { article, thornbury } from "../fixtures/cluster/stories";

const story = [thornbury.secondFollowUp, thornbury.rewrite, thornbury.original, thornbury.followUp, thornbury.reprint];
const feeds = new Map([
  [1, "V3"],
  [2, "Operating Theatre Journal"],
]);
const incident = buildIncident("inc_test", story, groupSlugOf, feeds);

describe("buildIncident", () => {
  it("takes first and last seen from the members' publication dates", () => {
    expect([incident.first_seen, incident.last_seen]).toEqual(["2024-03-01T09:00:00Z", "2024-03-25T08:00:00Z"]);
  });

  it("lists the sources in time order with what each one added", () => {
    expect(incident.sources.map((s) => [s.site, s.added])).toEqual([
      ["v3.example.co.uk", ["first report"]],
      ["theatre-journal.example.org", ["reprint"]],
      ["healthsec.example.com", ["ransom amount"]],
      ["news.example.net", ["ransom refused", "data leaked"]],
      ["regional.example.co.uk", ["people affected"]],
    ]);
  });

  it("names each source's feed from the lookup and keeps its syndication note", () => {
    expect(incident.sources.slice(0, 3).map((s) => [s.feed, s.provenance])).toEqual([
      ["V3", null],
      ["Operating Theatre Journal", "Source: v3"],
      [null, null],
    ]);
  });

  it("resolves conflicting ransom amounts by the number of sources and keeps the alternative", () => {
    expect(incident.ransom).toEqual({ status: "refused", amount: 250000, currency: "GBP" });
    const fact = incident.facts.find((f) => f.field === "ransom_amount")!;
    expect(fact.value).toBe("250000 GBP");
    expect(fact.sources).toEqual([thornbury.rewrite.url, thornbury.secondFollowUp.url]);
    expect(fact.alternatives).toEqual([{ value: "300000 GBP", sources: [thornbury.followUp.url] }]);
    expect(fact.quote).toBe("TCS has been told to pay £250,000 to stop the release of patient images.");
  });

  it("resolves conflicting victim types the same way, keeping the alternative", () => {
    expect(incident.victim.type).toBe("cosmetic-surgery");
    expect(incident.facts.find((f) => f.field === "victim_type")!.alternatives).toEqual([
      { value: "clinic", sources: [thornbury.followUp.url] },
    ]);
  });

  it("merges the spellings of one victim and keeps the others as alternatives", () => {
    expect(incident.victim.orgs).toEqual(["Thornbury Cosmetic Surgery"]);
    const fact = incident.facts.find((f) => f.field === "victim_org")!;
    expect(fact.alternatives.map((a) => a.value).sort()).toEqual(["TCS clinic", "Thornbury Cosmetic Surgery (TCS)"]);
  });

  it("takes the union of attack types and effects, in canonical order", () => {
    expect([incident.attack_types, incident.impact]).toEqual([["data-theft", "extortion"], ["data-leaked"]]);
  });

  it("writes a title and a summary from the merged facts", () => {
    expect(incident.title).toBe("Blue Heron steals patient photos from Thornbury Cosmetic Surgery");
    expect(incident.summary).toBe(
      "Thornbury Cosmetic Surgery, a cosmetic surgery clinic in the United Kingdom, was hit by a data theft attributed to Blue Heron. " +
        "The victim refused to pay the £250,000 demanded. 4,100 people are reported affected. Effects on care: stolen data published.",
    );
  });

  it("carries the members' evidence for the UI to quote", () => {
    expect(incident.evidence.map((e) => e.field)).toEqual(["attacker_groups", "ransom"]);
  });

  it("stores each source's signature so later near-duplicates are found without reloading articles", () => {
    expect(incident.sources.every((s) => typeof s.signature === "string" && s.signature.length === 252)).toBe(true);
  });

  it("takes a member's signature from the stored sources instead of hashing its text again", () => {
    const stored = decodeSignature(incident.sources[0]!.signature)!;
    const changedText = {
      ...thornbury.original,
      text: "Entirely different words that would hash to another signature altogether, if they were hashed at all.",
    };
    const rebuilt = buildIncident(
      "inc_test",
      [changedText],
      groupSlugOf,
      feeds,
      new Map([[thornbury.original.id, stored]]),
    );
    expect(rebuilt.sources[0]!.signature).toBe(incident.sources[0]!.signature);
  });

  it("gives the same incident whatever order the members come in", () => {
    expect(buildIncident("inc_test", [...story].reverse(), groupSlugOf, feeds)).toEqual(incident);
  });

  it("keeps an article without entities in the timeline only", () => {
    const bare = article({
      url: "https://x.example/bare",
      title: "Clinic update",
      text: "No details.",
      published: "2024-03-10T00:00:00Z",
      entities: null,
    });
    const built = buildIncident("inc_bare", [thornbury.original, bare], groupSlugOf);
    expect(built.sources.map((s) => s.added)).toEqual([["first report"], ["further coverage"]]);
    expect(built.victim.orgs).toEqual(["Thornbury Cosmetic Surgery"]);
  });
});

describe("resolving claims", () => {
  const at = (published: string, url: string) => article({ url, title: "t", text: "", published });
  it.each([
    {
      name: "the value most sources give",
      claims: [
        ["900", "2024-01-01"],
        ["600", "2024-01-05"],
        ["900", "2024-01-02"],
      ],
      expected: "900",
    },
    {
      name: "the most recent value when the sources are split evenly",
      claims: [
        ["600", "2024-01-01"],
        ["900", "2024-01-05"],
      ],
      expected: "900",
    },
  ])("chooses $name", ({ claims, expected }) => {
    const r = resolveClaims(
      "data_volume_bytes",
      claims.map(([value, day], i) => ({ value: value!, article: at(day!, `https://s${i}.example/`) })),
    );
    expect(r!.value).toBe(expected);
    expect(r!.fact.alternatives).toHaveLength(1);
  });

  it.each([
    {
      name: "the gazetteer's, which knows LockBit 3.0 as LockBit",
      slugOf: groupSlugOf,
      expected: [{ name: "LockBit", slug: "lockbit" }],
    },
    {
      name: "one that knows no aliases",
      slugOf: (n: string) => n.toLowerCase().replace(/\W+/g, "-"),
      expected: [
        { name: "LockBit", slug: "lockbit" },
        { name: "LockBit 3.0", slug: "lockbit-3-0" },
      ],
    },
  ])("merges group names by the slug function it is given: $name", ({ slugOf, expected }) => {
    const told = (url: string, group: string) =>
      article({
        url,
        title: "Harbour Clinic hit",
        text: "Harbour Clinic was hit.",
        published: "2024-03-01T09:00:00Z",
        entities: { relevant: true, attacker_groups: [group] },
      });
    const built = buildIncident(
      "inc_groups",
      [
        told("https://a.example/1", "LockBit"),
        told("https://b.example/2", "LockBit 3.0"),
        told("https://c.example/3", "LockBit"),
      ],
      slugOf,
    );
    expect(built.attacker_groups).toEqual(expected);
  });
});

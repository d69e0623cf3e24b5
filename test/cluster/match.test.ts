import { describe, expect, it } from "vitest";
import { incidentKeys, lookupKeys } from "../../src/cluster/keys";
import { bestMatch, DEFAULT_MATCH_OPTIONS, scoreMatch } from "../../src/cluster/match";
import { buildIncident } from "../../src/cluster/build-incident";
import { absorbProfile, articleProfile, incidentProfile, type MatchProfile } from "../../src/cluster/profile";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import type { Article } from "../../src/model";
import { arrivals, kestrelValley, quillfireDay, thornbury } from "../fixtures/cluster/stories";

const profile = (a: Article) =>
  articleProfile({ text: a.text, published: a.published, entities: a.entities! }, groupSlugOf);
function incidentOf(...members: Article[]): MatchProfile {
  const [first, ...rest] = members.map(profile);
  for (const p of rest) absorbProfile(first!, p);
  return first!;
}

describe("same-incident matching", () => {
  it.each([
    {
      name: "a word-for-word reprint whose extraction found no victim",
      article: thornbury.reprint,
      incident: [thornbury.original],
      joins: true,
    },
    {
      name: "a rewrite by another outlet with a different title",
      article: thornbury.rewrite,
      incident: [thornbury.original, thornbury.reprint],
      joins: true,
    },
    {
      name: "a follow-up three weeks later naming the victim by its acronym",
      article: thornbury.followUp,
      incident: [thornbury.original, thornbury.rewrite],
      joins: true,
    },
    {
      name: "a follow-up a week later",
      article: kestrelValley.firstFollowUp,
      incident: [kestrelValley.first],
      joins: true,
    },
    {
      name: "a new attack on the same hospital a year later",
      article: kestrelValley.nextYear,
      incident: [kestrelValley.first, kestrelValley.firstFollowUp],
      joins: false,
    },
    {
      name: "another victim of the same group on the same day",
      article: quillfireDay.ashgrove,
      incident: [quillfireDay.marlow],
      joins: false,
    },
    {
      name: "a different story altogether",
      article: kestrelValley.first,
      incident: [thornbury.original],
      joins: false,
    },
  ])("decides that $name joins: $joins", ({ article, incident, joins }) => {
    const r = scoreMatch(profile(article), incidentOf(...incident));
    expect(r.joins, JSON.stringify(r)).toBe(joins);
  });

  it("keeps apart two items written from one template about different victims, as breach trackers publish them", () => {
    const templated = (id: number, victim: string): Article => ({
      ...quillfireDay.marlow,
      id,
      url: `https://tracker.example/${id}`,
      title: `${victim} hit by Quillfire ransomware`,
      text: `${victim} in Ohio said a ransomware attack claimed by the Quillfire gang took its patient record systems offline. The group demanded $2 million and says it stole 300GB of data, including records of 4,000 patients. Planned operations were cancelled and staff moved to paper records while the systems were restored.`,
      entities: { ...quillfireDay.marlow.entities!, victim_orgs: [victim] },
    });
    const r = scoreMatch(
      profile(templated(801, "Larkhill Hospital")),
      incidentOf(templated(802, "Pembury Medical Center")),
    );
    expect(r.similarity, "the template makes the texts near-copies").toBeGreaterThanOrEqual(
      DEFAULT_MATCH_OPTIONS.nearDuplicate,
    );
    expect(r.joins, JSON.stringify(r)).toBe(false);
  });

  it("lets a near-duplicate join outside the time window, as an old story reprinted", () => {
    const late = { ...thornbury.reprint, published: "2024-09-01T00:00:00Z" };
    expect(scoreMatch(profile(late), incidentOf(thornbury.original)).joins).toBe(true);
  });

  it("follows the window it is given", () => {
    const narrow = { ...DEFAULT_MATCH_OPTIONS, windowDays: 5 };
    expect(scoreMatch(profile(kestrelValley.firstFollowUp), incidentOf(kestrelValley.first), narrow).joins).toBe(false);
  });

  it("joins a same-named victim with no dates known, as in the extract command", () => {
    const undated = (a: Article) =>
      articleProfile({ text: a.text, published: null, entities: a.entities! }, groupSlugOf);
    expect(scoreMatch(undated(kestrelValley.firstFollowUp), undated(kestrelValley.first)).joins).toBe(true);
  });
});

describe("choosing the best candidate", () => {
  it("picks what scoring every candidate would pick, for every fixture article against every other", () => {
    const profiles = arrivals.map(profile);
    for (const [i, p] of profiles.entries()) {
      const others = profiles.filter((_, j) => j !== i);
      const scored = others.map((c) => scoreMatch(p, c));
      const top = Math.max(-Infinity, ...scored.filter((r) => r.joins).map((r) => r.score));
      expect(bestMatch(p, others)).toBe(scored.findIndex((r) => r.joins && r.score === top));
    }
  });

  it("never compares the text of a candidate naming another victim", () => {
    const other = { ...profile(quillfireDay.marlow) };
    Object.defineProperty(other, "signatures", {
      get: () => {
        throw new Error("signatures read");
      },
    });
    expect(bestMatch(profile(quillfireDay.ashgrove), [other])).toBe(-1);
  });
});

describe("blocking keys", () => {
  it("files an incident under its victim, acronym, LSH bands, distinctive words and group context", () => {
    const keys = incidentKeys(profile(thornbury.rewrite));
    expect(keys).toEqual(
      expect.arrayContaining([
        "v:thornbury cosmetic surgery",
        "v:thornbury cosmetic",
        "a:tcs",
        "t:thornbury",
        "g:blue-heron|c:GB",
        "g:blue-heron|y:cosmetic-surgery",
      ]),
    );
    expect(keys.filter((k) => k.startsWith("lsh:"))).toHaveLength(21);
    expect(keys.some((k) => k.startsWith("u:"))).toBe(false);
  });

  it("files an incident without a named victim under its group context and LSH bands for named victims to find", () => {
    const p = profile({ ...quillfireDay.marlow, entities: { ...quillfireDay.marlow.entities!, victim_orgs: [] } });
    const keys = incidentKeys(p);
    expect(keys.filter((k) => k.startsWith("u:") && !k.startsWith("u:lsh:"))).toEqual([
      "u:quillfire|c:US",
      "u:quillfire|y:hospital",
    ]);
    expect(keys.filter((k) => k.startsWith("u:lsh:"))).toEqual(
      keys
        .filter((k) => k.startsWith("lsh:"))
        .map((k) => `u:${k}`)
        .sort(),
    );
  });

  it.each([
    {
      name: "naming its victim asks only near-copies that name no victim",
      article: thornbury.rewrite,
      prefix: "u:lsh:",
    },
    {
      name: "naming no victim asks every near-copy",
      article: { ...thornbury.rewrite, entities: { ...thornbury.rewrite.entities!, victim_orgs: [] } },
      prefix: "lsh:",
    },
  ])("lets an article $name in the strong tier", ({ article, prefix }) => {
    const bands = lookupKeys(profile(article)).strong.filter((k) => k.includes("lsh:"));
    expect(bands).toHaveLength(21);
    expect(bands.every((k) => k.startsWith(prefix))).toBe(true);
  });

  it.each([
    {
      name: "an article naming its victim",
      article: thornbury.rewrite,
      weak: ["t:cosmetic", "t:thornbury", "u:blue-heron|c:GB", "u:blue-heron|y:cosmetic-surgery"],
    },
    {
      name: "an article naming no victim",
      article: { ...thornbury.rewrite, entities: { ...thornbury.rewrite.entities!, victim_orgs: [] } },
      // and the distinctive words its text writes with a capital, where the victim may still be named
      weak: [
        "g:blue-heron|c:GB",
        "g:blue-heron|y:cosmetic-surgery",
        "t:blue",
        "t:bristol",
        "t:cosmetic",
        "t:heron",
        "t:patient",
        "t:thornbury",
      ],
    },
  ])("lets $name look up the weak tier by the keys that can lead to a join", ({ article, weak }) => {
    expect(lookupKeys(profile(article)).weak).toEqual(weak);
  });

  it("files initials apart from written acronyms, and lets each find the other", () => {
    const full = {
      ...thornbury.original,
      entities: { ...thornbury.original.entities!, victim_orgs: ["London Bridge Plastic Surgery"] },
    };
    const short = {
      ...thornbury.followUp,
      entities: { ...thornbury.followUp.entities!, victim_orgs: ["LBPS clinic"] },
    };
    expect(incidentKeys(profile(full))).toContain("i:lbps");
    expect(incidentKeys(profile(full))).not.toContain("a:lbps");
    expect(lookupKeys(profile(short)).strong).toEqual(expect.arrayContaining(["a:lbps", "i:lbps"]));
    expect(lookupKeys(profile(full)).strong).toContain("a:lbps");
    expect(lookupKeys(profile(full)).strong).not.toContain("i:lbps");
  });

  it("gives a text too short to compare no LSH band keys", () => {
    const short = { ...thornbury.rewrite, text: "Bristol clinic hit by hackers." };
    expect(incidentKeys(profile(short)).filter((k) => k.startsWith("lsh:"))).toEqual([]);
  });

  it("gives two victims of one group on one day no lookup key in common", () => {
    const filed = new Set(incidentKeys(profile(quillfireDay.marlow)));
    const asked = lookupKeys(profile(quillfireDay.ashgrove));
    expect([...asked.strong, ...asked.weak].filter((k) => filed.has(k))).toEqual([]);
  });
});

describe("incident profiles", () => {
  it("reads a stored incident with every spelling its sources used for the victim", () => {
    const incident = buildIncident(
      "inc_t",
      [thornbury.original, thornbury.secondFollowUp, thornbury.followUp],
      groupSlugOf,
    );
    const laterMention = { ...thornbury.followUp, published: "2024-04-01T00:00:00Z" };
    const r = scoreMatch(profile(laterMention), incidentProfile(incident));
    expect([r.victim, r.joins]).toEqual(["name", true]);
  });

  it("gives the same verdict on a stored incident as on the profiles it was built from", () => {
    const members = [kestrelValley.first, kestrelValley.firstFollowUp];
    const stored = incidentProfile(buildIncident("inc_k", members, groupSlugOf));
    for (const a of [kestrelValley.nextYear, quillfireDay.marlow, thornbury.original]) {
      expect(scoreMatch(profile(a), stored).joins).toBe(scoreMatch(profile(a), incidentOf(...members)).joins);
    }
  });
});

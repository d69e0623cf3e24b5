import { describe, expect, it } from "vitest";
import { filingKeys, incidentIdCandidates, joinChoices } from "../../src/cluster/decide";
import { incidentIdFor } from "../../src/cluster/incident-id";
import { DEFAULT_MATCH_OPTIONS } from "../../src/cluster/match";
import { articleProfile, type MatchProfile } from "../../src/cluster/profile";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { article } from "../fixtures/cluster/stories";

const profileOf = (
  title: string,
  victims: string[],
  groups: string[],
  published = "2026-11-20T08:00:00Z",
): MatchProfile => {
  const a = article({
    url: `https://news.example/${encodeURIComponent(title)}`,
    title,
    text: `${title}. ${"The attack disrupted services at the site. ".repeat(4)}`,
    published,
    entities: { victim_orgs: victims, attacker_groups: groups, victim_type: "hospital", country: "GB" },
  });
  return articleProfile({ text: a.text, published, entities: a.entities! }, groupSlugOf);
};

describe("joinChoices", () => {
  const arriving = profileOf("Kingsmere Hospital hit by Qilin", ["Kingsmere Hospital"], ["Qilin"]);
  const same = {
    id: "same",
    profile: profileOf("Qilin attack on Kingsmere Hospital", ["Kingsmere Hospital"], ["Qilin"]),
  };
  const other = { id: "other", profile: profileOf("Northvale Clinic hit by Akira", ["Northvale Clinic"], ["Akira"]) };

  it.each([
    ["a strong candidate that matches", [[same], [other]], ["same"]],
    ["no strong match, a weak one", [[other], [same]], ["same"]],
    ["a match in both tiers, strong first", [[same], [same]], ["same", "same"]],
    ["no candidate matches: found an incident", [[other], [other]], []],
    ["no candidates at all", [[], []], []],
  ])("%s", (_name, tiers, expected) => {
    expect(
      joinChoices(arriving, tiers as { id: string; profile: MatchProfile }[][], DEFAULT_MATCH_OPTIONS).map((c) => c.id),
    ).toEqual(expected);
  });
});

describe("filingKeys", () => {
  it("drops the no-victim-yet keys once the incident names a victim, and keeps them before", () => {
    const unnamed = profileOf("Hospital hit by Qilin", [], ["Qilin"]);
    expect(filingKeys(unnamed, false).some((k) => k.startsWith("u:"))).toBe(true);
    expect(filingKeys(unnamed, true).some((k) => k.startsWith("u:"))).toBe(false);
  });
});

describe("incidentIdCandidates", () => {
  it("offers the URL's own id first, then salted ones", () => {
    const ids = incidentIdCandidates("https://news.example/a");
    expect([ids.next().value, ids.next().value]).toEqual([
      incidentIdFor("https://news.example/a", 0),
      incidentIdFor("https://news.example/a", 1),
    ]);
  });
});

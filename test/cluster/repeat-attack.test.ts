// A later attack on a victim hit before is a different incident; without dates only the text says so.
import { describe, expect, it } from "vitest";
import { scoreMatch } from "../../src/cluster/match";
import { absorbProfile, articleProfile, decodeProfile, encodeProfile } from "../../src/cluster/profile";
import { saysAttackedAgain } from "../../src/cluster/repeat-attack";
import type { Entities } from "../../src/model";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { buildIncident } from "../../src/cluster/build-incident";
import { incidentProfile } from "../../src/cluster/profile";
import { publicIncident } from "../../src/cluster/public-incident";
import { article, NO_ENTITIES } from "../fixtures/cluster/stories";

describe("a text that says its victim was attacked again", () => {
  it.each([
    "Tarrow Point Clinic suffers second cyberattack in 14 months",
    "The hospital is recovering from another cyberattack, a year after its first.",
    "For the second time in just over a year, Tarrow Point Clinic has been hit by hackers.",
    "Tarrow Point Clinic was hit again on Tuesday.",
    "The clinic, attacked for a second time this year, said systems were offline.",
    "Tarrow Point has once again been targeted by a ransomware gang.",
    "It is the third ransomware attack on the health board since 2021.",
  ])("%s", (text) => {
    expect(saysAttackedAgain(text)).toBe(true);
  });

  it.each([
    "For the second time in six months, a medical practice in the town has said it will close.",
    "The attack is the latest in a string of incidents affecting hospitals.",
    "A second hospital in the region, Dunmore General, said it was not affected.",
    "Staff were told to change their passwords again.",
    "It was the second day of the outage at the clinic.",
  ])("not: %s", (text) => {
    expect(saysAttackedAgain(text)).toBe(false);
  });
});

const profileOf = (text: string, e: Partial<Entities>) =>
  articleProfile({ text, entities: { ...NO_ENTITIES, ...e } }, groupSlugOf);
const tarrow = { victim_orgs: ["Tarrow Point Clinic"], country: "US", victim_type: "clinic" as const };
const first = profileOf("Tarrow Point Clinic said a ransomware attack encrypted its servers.", {
  ...tarrow,
  attacker_groups: ["Medusa"],
});

describe("matching a later attack", () => {
  it.each([
    {
      name: "the second attack, no group named, stays apart from the first",
      text: "Tarrow Point Clinic is recovering from another cyberattack, a year after the last one.",
      e: tarrow,
      joins: false,
    },
    {
      name: "the second attack by another gang stays apart",
      text: "For the second time in a year, Tarrow Point Clinic has been hit by hackers; Akira claimed it.",
      e: { ...tarrow, attacker_groups: ["Akira"] },
      joins: false,
    },
    {
      name: "an article on the current attack calling it the second in a year joins when the gang agrees",
      text: "Medusa's attack on Tarrow Point Clinic is its second cyberattack in a year.",
      e: { ...tarrow, attacker_groups: ["Medusa"] },
      joins: true,
    },
    {
      name: "a follow-up that says nothing of an earlier attack joins",
      text: "Tarrow Point Clinic said 12,000 patients were affected.",
      e: tarrow,
      joins: true,
    },
  ])("$name", ({ text, e, joins }) => {
    expect(scoreMatch(profileOf(text, e), first).joins).toBe(joins);
  });

  it("lets the later attack's own follow-ups join it once one of its sources said so", () => {
    const second = profileOf("Tarrow Point Clinic hit again by hackers.", tarrow);
    const again = profileOf("Tarrow Point Clinic suffers second cyberattack in a year.", tarrow);
    expect(scoreMatch(again, second).joins).toBe(true);
    absorbProfile(first, profileOf("Tarrow Point Clinic said it would not pay.", tarrow));
    expect(first.repeat).toBe(false);
    absorbProfile(second, profileOf("Tarrow Point Clinic said it would not pay.", tarrow));
    expect(second.repeat).toBe(true);
  });

  it("keeps the sign through the stored profile", () => {
    const second = profileOf("Tarrow Point Clinic hit again by hackers.", tarrow);
    expect(decodeProfile(encodeProfile(second))?.repeat).toBe(true);
    expect(decodeProfile(encodeProfile(first))?.repeat).toBe(false);
  });

  it("marks the source that says so on a built incident, which the stored incident's profile reads", () => {
    const a = article({
      url: "https://tarrowherald.example/again",
      title: "Tarrow Point Clinic hit again",
      text: "Tarrow Point Clinic was hit again by hackers on Monday.",
      published: "2026-03-02T00:00:00Z",
      entities: tarrow,
    });
    const b = article({
      url: "https://tarrowherald.example/first",
      title: "Tarrow Point Clinic attacked",
      text: "Tarrow Point Clinic said hackers encrypted its servers.",
      published: "2025-01-02T00:00:00Z",
      entities: tarrow,
    });
    const later = buildIncident("inc_a", [a], groupSlugOf, new Map());
    const earlier = buildIncident("inc_b", [b], groupSlugOf, new Map());
    expect(later.sources[0]!.repeat).toBe(true);
    expect(earlier.sources[0]!.repeat).toBeUndefined();
    expect(incidentProfile(later).repeat).toBe(true);
    expect(incidentProfile(earlier).repeat).toBe(false);
    expect(publicIncident(later).sources[0]).not.toHaveProperty("repeat");
  });
});

// A late follow-up (a notification letter, a final count) that dates the attack it reports joins outside the window.
import { describe, expect, it } from "vitest";
import { scoreMatch } from "../../src/cluster/match";
import { absorbProfile, articleProfile } from "../../src/cluster/profile";
import { statedDates } from "../../src/cluster/stated-dates";
import type { Entities } from "../../src/model";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { NO_ENTITIES } from "../fixtures/cluster/stories";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("stated dates", () => {
  it.each([
    { text: "On March 3, 2025, we identified unusual activity.", ranges: [["2025-03-03", "2025-03-03"]] },
    { text: "on 3rd March 2025 the trust", ranges: [["2025-03-03", "2025-03-03"]] },
    { text: "the 14 of May 2025", ranges: [["2025-05-14", "2025-05-14"]] },
    { text: "Sept. 14, 2024", ranges: [["2024-09-14", "2024-09-14"]] },
    { text: "the attack in June 2025", ranges: [["2025-06-01", "2025-06-30"]] },
    { text: "updated 2022-08-12", ranges: [["2022-08-12", "2022-08-12"]] },
    { text: "between February 27 and March 3, 2025", ranges: [["2025-03-03", "2025-03-03"]] },
    { text: "we may 2 weeks", ranges: [] },
    { text: "an impossible March 45, 2025", ranges: [] },
  ])("$text", ({ text, ranges }) => {
    expect(statedDates(text)).toEqual(ranges.map(([a, b]) => [day(a!), day(b!)]));
  });

  it("stops at its limit", () => {
    expect(statedDates("March 2025. ".repeat(100), 5)).toHaveLength(5);
  });
});

const tarrow: Partial<Entities> = { victim_orgs: ["Tarrow Point Clinic"], country: "US", victim_type: "clinic" };
const profileOf = (text: string, published: string) =>
  articleProfile({ text, published, entities: { ...NO_ENTITIES, ...tarrow } }, groupSlugOf);
const incident = profileOf("Tarrow Point Clinic said hackers encrypted its servers.", "2025-03-04T10:00:00Z");
absorbProfile(incident, profileOf("Tarrow Point Clinic restores systems.", "2025-03-20T10:00:00Z"));

describe("a follow-up months after the last report", () => {
  it.each([
    {
      name: "a letter dating the attack to the incident's days joins",
      text: "On March 3, 2025, Tarrow Point Clinic identified unusual activity in its network.",
      joins: true,
    },
    {
      name: "a final count dating it by month joins",
      text: "Tarrow Point Clinic said 40,000 patients were affected by the March 2025 cyberattack.",
      joins: true,
    },
    {
      name: "an undated follow-up does not",
      text: "Tarrow Point Clinic said 40,000 patients were affected.",
      joins: false,
    },
    {
      name: "a date long before the incident does not",
      text: "Tarrow Point Clinic, founded in June 1998, said 40,000 patients were affected.",
      joins: false,
    },
    {
      name: "a later attack dating the earlier one as background does not",
      text: "Tarrow Point Clinic was hit again, months after the March 2025 attack.",
      joins: false,
    },
  ])("$name", ({ text, joins }) => {
    expect(scoreMatch(profileOf(text, "2025-08-15T10:00:00Z"), incident).joins).toBe(joins);
  });

  it("reads no dates when the article has none of its own (the extract command)", () => {
    expect(articleProfile({ text: "On March 3, 2025", entities: NO_ENTITIES }, groupSlugOf).stated).toEqual([]);
  });
});

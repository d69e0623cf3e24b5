// An article that names several victims (a roundup, a background paragraph) joins the incident of the one it names
// first, whatever group, country or type extraction gave it.
import { describe, expect, it } from "vitest";
import { bestMatch } from "../../src/cluster/match";
import { articleProfile } from "../../src/cluster/profile";
import type { Entities } from "../../src/model";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { NO_ENTITIES } from "../fixtures/cluster/stories";

const profileOf = (e: Partial<Entities>) =>
  articleProfile({ text: "", entities: { ...NO_ENTITIES, ...e } }, groupSlugOf);

const insurer = profileOf({ victim_orgs: ["Pellmoor Health Plan"], country: "US", victim_type: "insurer" });
const practice = profileOf({
  victim_orgs: ["Oxbury Orthopaedic Associates"],
  attacker_groups: ["RansomHub"],
  country: "US",
  victim_type: "clinic",
});
const hospital = profileOf({ victim_orgs: ["Tennick General Hospital"], country: "US", victim_type: "hospital" });

describe("the first-named victim", () => {
  it.each([
    {
      name: "a roundup leading with the insurer, the practice's gang and type extracted",
      e: {
        victim_orgs: ["Pellmoor Health Plan", "Oxbury Orthopaedic Associates"],
        attacker_groups: ["RansomHub"],
        country: "US",
        victim_type: "clinic" as const,
      },
      chosen: "insurer",
    },
    {
      name: "a roundup leading with the practice",
      e: { victim_orgs: ["Oxbury Orthopaedics", "Pellmoor Health Plan"], country: "US" },
      chosen: "practice",
    },
    {
      name: "a lead with no incident yet: the best score among the others",
      e: {
        victim_orgs: ["Wardle Eye Clinic", "Oxbury Orthopaedic Associates", "Pellmoor Health Plan"],
        attacker_groups: ["RansomHub"],
        country: "US",
      },
      chosen: "practice",
    },
    {
      name: "one victim only: the score decides",
      e: { victim_orgs: ["Tennick General Hospital"], country: "US" },
      chosen: "hospital",
    },
  ])("$name", ({ e, chosen }) => {
    const candidates = { insurer, practice, hospital };
    const i = bestMatch(profileOf(e), Object.values(candidates));
    expect(Object.keys(candidates)[i]).toBe(chosen);
  });

  it("is kept only for an article that names several victims", () => {
    expect(profileOf({ victim_orgs: ["Tennick General Hospital"] }).lead).toBeNull();
    expect(profileOf({ victim_orgs: ["Tennick General Hospital", "Pellmoor Health Plan"] }).lead?.names).toContain(
      "tennick general hospital",
    );
  });
});

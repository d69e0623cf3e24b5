import { describe, expect, it } from "vitest";
import { articleProfile, decodeProfile, encodeProfile, incidentProfile } from "../../src/cluster/profile";
import { buildIncident } from "../../src/cluster/build-incident";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { thornbury } from "../fixtures/cluster/stories";

describe("stored match profiles", () => {
  it("read back exactly the profile of an incident, signatures included", () => {
    const members = [thornbury.original, thornbury.reprint];
    const profile = incidentProfile(buildIncident("inc_t", members, groupSlugOf, new Map()));
    expect(profile.signatures.length).toBe(2);
    expect(decodeProfile(encodeProfile(profile))).toEqual(profile);
  });

  it("keep unknown dates and empty sets as they are", () => {
    const profile = articleProfile(
      {
        text: "too short",
        published: null,
        entities: { ...thornbury.original.entities!, victim_orgs: [], country: null },
      },
      groupSlugOf,
    );
    expect(decodeProfile(encodeProfile(profile))).toEqual(profile);
  });

  it.each(["", "not json", "null", "[]", '{"n":[]}', '{"n":"x","a":[],"i":[],"t":[],"g":[],"c":[],"y":[],"s":[]}'])(
    "answer null for a malformed value (%j), so the caller reads the incident instead",
    (text) => expect(decodeProfile(text)).toBeNull(),
  );
});

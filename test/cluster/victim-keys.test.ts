import { describe, expect, it } from "vitest";
import { compareVictims, victimKeys } from "../../src/cluster/victim-keys";

describe("victim names", () => {
  it.each([
    { a: ["London Bridge Plastic Surgery"], b: ["LBPS clinic"], expected: "acronym" },
    { a: ["Thornbury Cosmetic Surgery (TCS)"], b: ["TCS"], expected: "acronym" },
    { a: ["The Kestrel Valley Hospital"], b: ["Kestrel Valley Hospital Inc."], expected: "name" },
    { a: ["Kestrel Valley NHS Foundation Trust"], b: ["Kestrel Valley Hospital"], expected: "name" },
    { a: ["Marlow Ridge Health"], b: ["Marlow Ridge Health Regional Medical Center"], expected: "contains" },
    { a: ["Hôpital de Thornbury"], b: ["Hopital de Thornbury"], expected: "name" },
    { a: ["Marlow Ridge Medical Center"], b: ["Ashgrove Children's Hospital"], expected: "conflict" },
    { a: ["Saint Anthony Hospital"], b: ["Southern Arizona Hospital"], expected: "conflict" },
    { a: ["London Bridge Plastic Surgery"], b: ["LBPS"], expected: "acronym" },
    { a: ["Community Hospital"], b: ["Community Health Centers"], expected: "conflict" },
    { a: ["NHS Lothian"], b: ["NHS Tayside"], expected: "conflict" },
    { a: ["Health System"], b: ["Kestrel Valley Health System"], expected: "conflict" },
    { a: [], b: ["Kestrel Valley Hospital"], expected: "unknown" },
  ])("finds $a and $b to be a $expected relation", ({ a, b, expected }) => {
    expect(compareVictims(victimKeys(a), victimKeys(b))).toBe(expected);
    expect(compareVictims(victimKeys(b), victimKeys(a))).toBe(expected);
  });

  it("ties a name to the acronym the text puts after it", () => {
    const keys = victimKeys(
      ["Ostwick Fertility Partners"],
      "Ostwick Fertility Partners (OFPX) said on Monday that its systems were down.",
    );
    expect(keys.acronyms.has("ofpx")).toBe(true);
    expect(compareVictims(keys, victimKeys(["OFPX"]))).toBe("acronym");
  });

  it("keeps generic words out of the distinctive tokens", () => {
    expect([...victimKeys(["Kestrel Valley Regional Medical Center"]).tokens]).toEqual(["kestrel"]);
  });

  it.each([
    { name: "Kalomi Dental Care", tokens: ["kalomi"] },
    { name: "Brenmoor Ambulance Service", tokens: ["brenmoor"] },
    { name: "Ashgrove Care Homes", tokens: ["ashgrove"] },
    { name: "Dental Care", tokens: ["dental"] },
    { name: "Pathology Services", tokens: ["pathology"] },
  ])(
    "gives $name the loose tokens $tokens: kind-of-body words only when nothing else is distinctive",
    ({ name, tokens }) => {
      expect([...victimKeys([name]).tokens]).toEqual(tokens);
    },
  );
});

// "X, one of the largest diagnostics companies in Brazil": a member of a class told by a plural in "-ies" is described by
// it as by any other plural, so a name with no health word of its own is the victim, typed by the class.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: one of a class told by a plural in -ies", () => {
  it.each([
    [
      "diagnostics companies, then a place",
      "Grupo Sabin, one of the largest diagnostics companies in Brazil, said its systems were unavailable after a cyberattack.",
      ["Grupo Sabin"],
      "laboratory",
    ],
    [
      "a place's possessive before the class",
      "Vantiq, one of Chile's biggest diagnostics companies, said hackers had encrypted its servers.",
      ["Vantiq"],
      "laboratory",
    ],
    [
      "a class outside healthcare names no victim",
      "Orion, one of the largest logistics companies in Brazil, said hackers had encrypted its servers.",
      [],
      null,
    ],
  ])("%s", (_label, body, victims, type) => {
    const got = extract("Cyberattack disrupts services", body);
    expect([got.victim_orgs, got.victim_type]).toEqual([victims, type]);
  });
});

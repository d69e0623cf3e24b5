// A parent named with no common health word ("Tarrow Biochem": a biochemistry company is a life-sciences one, as a
// biotech is) and told by the unit it owns ("The company, whose Tarrow Diagnostic Labs unit runs blood testing") is the
// victim; the unit given by "whose" is part of it, unless the clause tells the unit hit.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a parent told with its unit", () => {
  it.each([
    [
      "a parent whose lab unit is named",
      "Tarrow Biochem said attackers copied clinical test data of 1 million people in a ransomware attack. The Boston-based company, whose Tarrow Diagnostic Labs unit runs blood testing, took its systems offline.",
      ["Tarrow Biochem"],
    ],
    [
      "a biochemicals maker as the object of a theft",
      "Hackers stole research files from Quillan Biochemicals in a ransomware attack, the company said.",
      ["Quillan Biochemicals"],
    ],
    [
      "a unit the clause tells hit",
      "Kestrel Health, whose Kestrel Valley Hospital unit was hit by ransomware, said care continued.",
      ["Kestrel Health", "Kestrel Valley Hospital"],
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Ransomware attack", body).victim_orgs).toEqual(want);
  });
});

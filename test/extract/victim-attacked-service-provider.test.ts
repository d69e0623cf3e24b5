// A body named once as the one the attack targeted, described as an organisation whose relative clause says it works
// for healthcare bodies ("The attack targeted X, the not-for-profit that runs IT and payroll for the two hospitals"),
// is a victim beside them; one only described so, and not told attacked, is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Kestrel Hospital and Tarn Hospital were hit by ransomware. ";

describe("victims: an attacked provider described by what it runs for healthcare bodies", () => {
  it.each([
    [
      "a company that runs IT for them",
      "The attack targeted Northline Shared Services, the company that runs IT and payroll for the two hospitals.",
    ],
    [
      "a not-for-profit, past a long relative clause",
      "The attack, first seen on Monday, targeted Northline Shared Services, the not-for-profit that runs IT, supply chain and accounts payable for the two hospitals.",
    ],
  ])("%s", (_label, rest) => {
    expect(extract("Cyber attack", LEAD + rest).victim_orgs).toEqual([
      "Kestrel Hospital",
      "Tarn Hospital",
      "Northline Shared Services",
    ]);
  });

  it("not when only described", () => {
    expect(
      extract(
        "Cyber attack",
        `${LEAD}Northline Shared Services, the company that runs IT for the two hospitals, said it was helping.`,
      ).victim_orgs,
    ).toEqual(["Kestrel Hospital", "Tarn Hospital"]);
  });
});

// A sentence that opens on a name and says what it is ("X is a supplier of ... to hospitals", "X, based in Y, is a ...")
// describes it as an apposition does: a brand with no health word is then a healthcare victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims described by a copula", () => {
  it.each<[string, string, string, string]>([
    [
      "Brantley Systems says hackers encrypted its servers",
      "The company found the encrypted servers on Monday. Brantley Systems, based in Austin, Texas, is a supplier of billing software to dental practices.",
      "Brantley Systems",
      "health-it-vendor",
    ],
    [
      "Quillon reports ransomware attack",
      "Systems were encrypted over the weekend, the company said. Quillon is a maker of infusion pumps and other medical devices.",
      "Quillon",
      "pharma-medtech",
    ],
    [
      "Larkmoor discloses data breach",
      "Hackers stole customers' prescription records, the company said. Larkmoor, headquartered in Toledo, is a pharmacy chain with 40 stores.",
      "Larkmoor",
      "pharmacy",
    ],
  ])("%s", (title, text, victim, type) => {
    const got = extract(title, text);
    expect([got.relevant, got.victim_orgs, got.victim_type]).toEqual([true, [victim], type]);
  });

  it("reads no description in a copula the name does not open", () => {
    const got = extract(
      "Ransomware hits Harwick Hospital",
      "Ransomware encrypted the servers of Harwick Hospital on Monday. What happened at Brantley is a reminder, a consultant said.",
    );
    expect(got.victim_orgs).toEqual(["Harwick Hospital"]);
  });
});

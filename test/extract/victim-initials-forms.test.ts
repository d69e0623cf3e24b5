// A short form that opens on a victim's initials is that victim, not a second one: "Managed Care of North America
// (MCNA Dental)", "University of Vermont Medical Center" and "UVM Medical Center". Initials of other words stay apart.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a short form opening on a victim's initials folds into it", () => {
  it.each([
    [
      "the initials and a trade word, in brackets",
      "Orchard Care of West Arkansas (OCWA Dental) said hackers stole patient records in a ransomware attack. OCWA Dental is notifying members.",
      ["Orchard Care of West Arkansas"],
    ],
    [
      "letters of the name, then the name's own last words",
      "A ransomware attack hit the University of Delmont Medical Center. UDM Medical Center said its records system was offline.",
      ["University of Delmont Medical Center"],
    ],
  ])("%s", (_label, body, victims) => {
    expect(extract("Data breach at dental plan", body).victim_orgs).toEqual(victims);
  });

  it("a name whose initials differ stays a second victim", () => {
    const e = extract(
      "Two clinics hit",
      "A ransomware attack hit Kestrel Valley Medical Center and BRT Medical Center, both in Ohio.",
    );
    expect(e.victim_orgs).toEqual(["Kestrel Valley Medical Center", "BRT Medical Center"]);
  });
});

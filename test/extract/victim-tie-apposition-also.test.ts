// A body tied to the victim in an apposition after its name, then said to be hit too: "The University of Kestrel (UK),
// the clinic's parent entity, was also affected by the attack" is a victim beside it (unseen-bank-rw4-pages.ts), as it
// was with the tie told before the name.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "The Rhysida gang struck Harlan Cancer Institute (HCI) in Oregon last month and stole patient files.";

describe("victims: a tied body also hit, the tie after its name", () => {
  it.each([
    ["The University of Marlow (UM), HCI's parent entity, was also affected by the attack.", "University of Marlow"],
    ["Brenton College, the institute's parent, was also hit by the attack.", "Brenton College"],
  ])("%s", (sentence, also) => {
    const victims = extract("Rhysida hits Harlan Cancer Institute", `${LEAD} ${sentence}`).victim_orgs;
    expect(victims.some((v) => v.startsWith(also))).toBe(true);
  });

  it("leaves out a parent named without saying it was hit", () => {
    const victims = extract(
      "Rhysida hits Harlan Cancer Institute",
      `${LEAD} The University of Marlow, HCI's parent entity, said it was helping the institute.`,
    ).victim_orgs;
    expect(victims.some((v) => v.startsWith("University of Marlow"))).toBe(false);
  });
});

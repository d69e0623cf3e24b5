// Patients moved elsewhere may be told by a clause of their own between the verb and where they go: "sending new
// patients who need admission to other hospitals" is a diversion, as "sending patients to other hospitals" is
// (blind-ee02). A thing sent that is no patient is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const OPENING = "Corrow Valley Hospital in Ohio was hit by a cyberattack on Monday.";

describe("impact: diverted patients told by a clause", () => {
  it.each([
    ["who-clause", "Since the attack it has been sending new patients who need admission to other hospitals."],
    ["that-clause", "It is transferring patients that require surgery to nearby hospitals."],
    ["needing", "Paramedics are taking patients needing emergency care to other hospitals in the county."],
  ])("%s", (_label, sentence) => {
    expect(extract("Hospital hit by cyberattack", `${OPENING} ${sentence}`).impact).toContain("ambulance-diversion");
  });

  it("a letter forwarded to other hospitals is no diversion", () => {
    const e = extract(
      "Hospital hit by cyberattack",
      `${OPENING} It sent a warning that was forwarded to other hospitals.`,
    );
    expect(e.impact).not.toContain("ambulance-diversion");
  });
});

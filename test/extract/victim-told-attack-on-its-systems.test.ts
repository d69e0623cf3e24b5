// A body named once and described as a healthcare one is a victim when the text tells the attack was on its own
// systems: a system "used by" it ("the attack was on a system used by X, a physician practice it owns"), or its own
// report of an attack on "its" or "their" systems ("X and its insurer Y confirmed that a ransomware attack has affected
// their systems"). A tie to the victim without such a report stays a tie.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a body told attacked through its own systems", () => {
  it("a system used by a practice the victim owns", () => {
    expect(
      extract(
        "Cyber attack",
        "Kestrel Health Network said the attack was on a system used by Brightmoor, a physician practice it owns.",
      ).victim_orgs,
    ).toEqual(["Kestrel Health Network", "Brightmoor"]);
  });

  it("a tie that reports the attack on their systems", () => {
    expect(
      extract(
        "Cyber attack",
        "The Kestrel Health Network and its insurer Brightmoor Mutual confirmed that a ransomware attack has affected their systems.",
      ).victim_orgs,
    ).toContain("Brightmoor Mutual");
  });

  it.each([
    [
      "a partner's systems",
      "Kestrel Health Network was hit by ransomware. Brightmoor, a dental practice group, said the attack had disrupted a partner's systems.",
    ],
    [
      "no effect on its systems",
      "Kestrel Health Network was hit by ransomware. Its parent Brightmoor said the attack had no effect on its systems.",
    ],
  ])("no second victim: %s", (_label, body) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual(["Kestrel Health Network"]);
  });
});

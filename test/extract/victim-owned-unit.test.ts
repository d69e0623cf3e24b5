// "Norbury Health said patients at its Kellan Cancer Hospital had treatments rescheduled": a unit that a body named
// before it in the sentence owns ("its") is part of that body, not a second victim, unless it is itself told attacked.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a unit the victim owns", () => {
  it.each<[string, string, string[]]>([
    [
      "Norbury Health hit by ransomware",
      "Norbury Health said a ransomware attack had disrupted its systems. It said some patients at its Kellan Cancer Hospital had treatments rescheduled.",
      ["Norbury Health"],
    ],
    [
      "Cyberattack at Marsh Valley Health System",
      "Marsh Valley Health System was hit by a cyberattack on Sunday. Marsh Valley Health System moved ambulances from its Oakridge Memorial Hospital to other sites.",
      ["Marsh Valley Health System"],
    ],
  ])("%s", (title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });

  it("keeps a unit told attacked itself", () => {
    expect(
      extract(
        "Norbury Health hit by ransomware",
        "Norbury Health said hackers attacked its Kellan Cancer Hospital, encrypting servers there. Kellan Cancer Hospital was hit hardest.",
      ).victim_orgs,
    ).toEqual(["Norbury Health", "Kellan Cancer Hospital"]);
  });
});

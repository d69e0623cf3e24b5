import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a hospital the victim runs, told in passing, is no second victim", () => {
  it.each([
    [
      "Tarnbrook Health hit by ransomware",
      "Tarnbrook Health, which operates Tarnbrook General Hospital in Ohio, said a ransomware attack had taken its systems offline.",
      ["Tarnbrook Health"],
    ],
    [
      "Cyberattack at Eastmere Care Group",
      "Eastmere Care Group, which runs Eastmere Community Hospital and two clinics, has been hit by a cyberattack.",
      ["Eastmere Care Group"],
    ],
    // Named as hit in its own right, the hospital is a victim too.
    [
      "Cyberattack at Eastmere Care Group",
      "Eastmere Care Group, which runs Eastmere Community Hospital, has been hit by a cyberattack. The attack on Eastmere Community Hospital forced it to divert ambulances.",
      ["Eastmere Care Group", "Eastmere Community Hospital"],
    ],
  ])("%j: %j", (title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

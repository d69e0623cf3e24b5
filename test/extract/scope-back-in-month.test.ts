// "Back in February" dates another incident when it opens the account ("Back in May, the same gang hit a clinic"), but
// right after the attack a sentence tells it dates that attack: "says it was hit by a cyberattack back in February".
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ridgeway ambulance service notifies patients";
describe("scope: an attack dated 'back in <month>' by the sentence that tells it", () => {
  it.each([
    ["Ridgeway Ambulance Service says it was hit by a ransomware attack back in March.", ["ransomware"]],
    [
      "Ridgeway Ambulance Service disclosed a breach back in 2023 in which hackers stole patient files.",
      ["data-theft"],
    ],
    [
      "Ridgeway Ambulance Service was hit by a cyberattack back in June that encrypted its dispatch servers.",
      ["ransomware"],
    ],
  ])("%s", (text, types) => {
    const got = extract(T, text);
    expect([got.relevant, got.attack_types]).toEqual([true, types]);
  });

  it.each([
    "Ridgeway Ambulance Service was hit on Monday. Back in May, the Akira gang encrypted the servers of a school.",
    "Ridgeway Ambulance Service was hit on Monday. The Akira gang encrypted the servers of a school back in May.",
  ])("still reads another account so dated as background: %s", (text) => {
    expect(extract(T, text).attacker_groups).toEqual([]);
  });
});

// "It is not the first attack on a hospital in the region: in 2022 X ... after a ransomware attack" goes on to an
// earlier incident: what it tells is background, not this attack's kind or effects.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Klinikum Talheim cut off from the internet after IT security incident";
const open =
  "The Klinikum Talheim has disconnected its IT from the internet after an IT security incident, a spokesman said.";

describe("scope: 'not the first attack' opens an earlier incident", () => {
  it.each([
    [
      "not the first attack on a hospital",
      "It is not the first attack on a hospital in the region: in 2022 the Klinikum Nordstadt was hit by a ransomware attack.",
    ],
    [
      "not the first cyberattack",
      "This is not the first cyberattack in Hesse, where a clinic paid a ransom after a ransomware attack in 2021.",
    ],
  ])("%s", (_label, body) => {
    expect(extract(T, `${open} ${body}`).attack_types).toEqual(["unknown"]);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A cyber incident told by a phrase that opens on an uncommon word: the incident pattern is tried only where its
// opening words begin, so each of these words must stay listed.
describe("a cyber incident told without a cyber noun", () => {
  it.each([
    ["e-mail fraud", "Valley Royal Hospital lost $200,000 to e-mail fraud last month, the hospital said."],
    ["an impostor", "Valley Royal Hospital wired $200,000 after an email from someone posing as its chief executive."],
    [
      "a flood of traffic",
      "Protesters flooded the hospital's website with traffic on Monday, Valley Royal Hospital said.",
    ],
    ["an unknown party", "An unknown party encrypted some of Valley Royal Hospital's systems on Monday."],
  ])("%s", (_name, text) => {
    expect(extract("Valley Royal Hospital incident", text).relevant).toBe(true);
  });
});

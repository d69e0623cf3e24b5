// Attacker groups in two forms the reworded money bank found: a group named only in a general statement of how gangs
// fare ("gangs that hit pipelines tend to be dismantled, as DarkSide was") is an example, not this attack's; a group
// whose name is an ordinary word, in quotation marks beside the attackers ("the attackers point to the 'Monti' board")
// is named.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Larchmont Medical Center";
describe("attackers: general statements and quoted names", () => {
  it.each([
    [
      "a group as an example in a general statement",
      "The Akira gang claimed the attack on Larchmont Medical Center. Gangs that hit critical infrastructure tend to be dismantled, as DarkSide was after its 2021 pipeline attack.",
      ["Akira"],
    ],
    [
      "a group in a statement of how attackers usually work",
      "Larchmont Medical Center was hit by ransomware on Friday. Attackers usually steal data before encrypting it, as Conti did for years.",
      [],
    ],
    [
      "a generic sentence that still claims this attack keeps its group",
      "Hackers typically strike at weekends, and the Play gang claimed the attack on Larchmont Medical Center on Saturday.",
      ["Play"],
    ],
    [
      "an ordinary-word name in quotation marks beside 'the attackers'",
      "A screenshot released by the attackers who hit Larchmont Medical Center points to the 'Monti' board.",
      ["Monti"],
    ],
    [
      "an ordinary-word name in quotation marks beside 'the criminals'",
      'Larchmont Medical Center said the criminals signed their note "Blackout".',
      ["Blackout"],
    ],
  ])("%s", (_shape, text, groups) => {
    expect(extract(T, text).attacker_groups).toEqual(groups);
  });

  it("a quoted ordinary word with no attacker nearby names no group", () => {
    expect(
      extract(T, "Larchmont Medical Center called its recovery plan 'Monti' after a local hill.").attacker_groups,
    ).toEqual([]);
  });
});

// A group whose name is also an ordinary word counts where the text introduces it as naming itself ("a gang that
// calls itself Termite"), as it does after "called" or "dubbed"; the word alone stays a word.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Fertility clinic chain Brightwater IVF hit by cyber attack";

describe("attackers: a group that calls itself by an ordinary word", () => {
  it.each([
    ["which calls itself", "The group, which calls itself Termite, listed Brightwater IVF on its site.", ["Termite"]],
    ["calling itself", "A gang calling itself Play says it took files from Brightwater IVF.", ["Play"]],
    ["who call themselves", "Criminals who call themselves Royal posted Brightwater IVF's files.", ["Royal"]],
    ["the word alone", "Termite damage closed a wing of Brightwater IVF's head office after the attack.", []],
  ])("%s", (_label, body, groups) => {
    expect(
      extract(T, `Brightwater IVF in Perth, Australia, disclosed a cyber attack. ${body}`).attacker_groups,
    ).toEqual(groups);
  });
});

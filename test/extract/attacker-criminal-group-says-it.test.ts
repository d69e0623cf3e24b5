// A group the gazetteer does not know, introduced as a "criminal group" or speaking of what it did ("the criminal group
// Vexor says it took 300 gigabytes"), is the attacker; a researcher's "the group Microsoft says tracks" stays no group.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers steal data from Kestrel Lab";
const open = "Kestrel Lab in Rijswijk said it had been hacked.";

describe("attackers: a criminal group speaking of its attack", () => {
  it.each([
    ["a criminal group that says it took", "The criminal group Vexor says it took 300 gigabytes of files.", ["Vexor"]],
    ["a ransomware group that said it stole", "The ransomware group Vexor said it stole patient records.", ["Vexor"]],
    ["a reporter after the group noun", "The threat group Microsoft says is behind it has not been named.", []],
  ])("%s", (_label, body, groups) => {
    expect(extract(T, `${open} ${body}`).attacker_groups).toEqual(groups);
  });
});

// A group whose name is an ordinary word is named by an apposition that calls it a group ("Embargo, a group first seen
// in April, says ..."), as by "the Embargo group"; not by one that calls it a group of bodies or a business group.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Data stolen from Harwick Dental Care";
describe("gazetteer: an apposition calling the name a group", () => {
  it.each([
    ["Embargo, a group first seen in April, says it stole 200GB from Harwick Dental Care.", ["Embargo"]],
    ["Interlock, a newer gang, has claimed the attack on Harwick Dental Care.", ["Interlock"]],
    ["Lynx, the crew behind dozens of leaks, listed Harwick Dental Care on Friday.", ["Lynx"]],
  ])("%s", (text, groups) => {
    expect(extract(T, text).attacker_groups).toEqual(groups);
  });

  it.each([
    "Play, a group of dental surgeries in Leeds, said Harwick Dental Care had been hacked.",
    "Harwick Dental Care belongs to Embargo, a healthcare group based in Leeds, which said data was stolen.",
  ])("not %s", (text) => {
    expect(extract(T, text).attacker_groups).toEqual([]);
  });
});

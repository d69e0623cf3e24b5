// A provider that will not name its attack calls it a "network security issue" or an "IT security issue": that is a
// cyber incident of unknown kind, as "security incident" is; a security issue in an app's code is not one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("an incident called a network or IT security issue", () => {
  it.each([
    [
      "Brandon General Hospital says it is dealing with a network security issue and has moved some services to paper.",
      [true, ["unknown"]],
    ],
    [
      "Harlow Family Clinic reported an IT security issue that took its phone lines down on Monday.",
      [true, ["unknown"]],
    ],
    [
      "Kestrel Valley Medical Center said a computer security issue found on Friday is under investigation.",
      [true, ["unknown"]],
    ],
    ["Harlow Family Clinic fixed a security issue in its booking app's code before the update shipped.", [false, []]],
  ])("%s", (text, want) => {
    const e = extract(text, "");
    expect([e.relevant, e.attack_types]).toEqual(want);
  });
});

// A description's "Charlotte, North Carolina-based" holds a comma between the town and its state: the description goes
// on past it to its noun, which makes a name without a healthcare word a healthcare victim. A plural practice noun
// ("one of the largest orthopaedic practices") types a specialty practice as its singular does, and so does an
// orthopaedic institute's name.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a town and its state before '-based'", () => {
  it.each<[string, string[], string | null]>([
    [
      "Vennard Plasma, a Charlotte, North Carolina-based plasma collector that runs 90 donation centers, closed its centers after a cyberattack.",
      ["Vennard Plasma"],
      "other-healthcare",
    ],
    ["Corvale, a Boise, Idaho-based home care agency, said hackers stole client records.", ["Corvale"], "care-home"],
    ["Tessmark, a Dayton, Ohio-based logistics company, said hackers stole client records.", [], null],
  ])("%s", (text, victims, type) => {
    const e = extract("Cyberattack", text);
    expect(e.victim_orgs).toEqual(victims);
    expect(e.victim_type).toBe(type);
  });
});

describe("specialty practices in the plural, and orthopaedic institutes", () => {
  it.each<[string, string]>([
    [
      "Larch Spine Center, one of the largest orthopaedic practices in the state, said attackers stole patient data.",
      "clinic",
    ],
    ["Harlow Orthopaedic Institute said attackers stole patient data from its servers.", "clinic"],
  ])("%s", (text, type) => {
    expect(extract("Ransomware attack", text).victim_type).toBe(type);
  });
});

// A news rundown labels each item with a slug in capitals before a colon ("CHILDREN'S HOSPITAL: ..."): the story's label,
// not the name of a body, even when it holds a healthcare word; a lone acronym before a colon may still be one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a rundown's slug in capitals is no name", () => {
  it.each([
    [
      "CHILDREN'S HOSPITAL: Brandon Children's Hospital says hackers stole the files of 3,100 patients.",
      ["Brandon Children's Hospital"],
    ],
    ["HEALTH NEWS: Harlow Family Clinic says a ransomware attack took its systems offline.", ["Harlow Family Clinic"]],
    [
      "MEDICAL CENTER BREACH: Kestrel Valley Medical Center says an intruder copied patient records.",
      ["Kestrel Valley Medical Center"],
    ],
  ])("%s", (text, want) => {
    expect(extract("Tonight", text).victim_orgs).toEqual(want);
  });
});

// A dateline gives the city in capitals, then the state or country and a dash before the story's first word: "MARIETTA,
// Ohio - Memorial Health System is diverting ...". The place and its dash open no name.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a dateline's state and dash are no part of the name after them", () => {
  it.each([
    [
      "a one-word state",
      "BRAMFORD, Ohio - Tillbrook Health System is diverting ambulances after a ransomware attack.",
      "Tillbrook Health System",
    ],
    [
      "a two-word state",
      "LAS CRUCES, New Mexico - Pinecrest Medical Center took its systems offline after a cyberattack.",
      "Pinecrest Medical Center",
    ],
    [
      "an en dash",
      "BRAMFORD, Ohio – Tillbrook Health System is diverting ambulances after a ransomware attack.",
      "Tillbrook Health System",
    ],
  ])("%s", (_label, body, victim) => {
    expect(extract("Hospital hit by cyberattack", body).victim_orgs).toEqual([victim]);
  });
});

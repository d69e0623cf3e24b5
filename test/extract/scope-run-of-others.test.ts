// Other incidents told inside one sentence with this one: a clause after a colon or semicolon dated "last <month>" or
// "last <season>" ("... a frequent target: last August a gang knocked X offline"), and a run of attacks this one is
// "among" told on after a semicolon ("Its hospitals are among several ... this year; in Ohio, X's data was posted by
// ...") (blind-ee01, blind-ee05). The other incident's group and victim are not this one's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const STORY = "Corrow Valley Hospital in Ohio took its systems offline after a cyberattack on Monday.";

describe("other incidents told in a clause of their own", () => {
  it.each([
    [
      "a clause after a colon dated by a month",
      "Hospitals in the state are a frequent target: last March a gang calling itself Akira knocked Brennet Health's clinics offline.",
    ],
    [
      "a sentence opening on a month",
      "Last March, the Akira gang knocked Brennet Health's clinics offline for a week.",
    ],
    [
      "a clause after a semicolon dated by a season",
      "The region has had a hard year; last spring the Akira gang knocked Brennet Health's clinics offline.",
    ],
    [
      "a run this attack is among, told on after a semicolon",
      "Its hospitals are among several in the Midwest to be disrupted this year; in Indiana, Brennet Health's data was posted by the Akira gang.",
    ],
    [
      "a run this attack is one of, told on after a colon",
      "The attack is one of a string of incidents in the region: in May, Brennet Health's data was posted by the Akira gang.",
    ],
  ])("%s", (_label, sentence) => {
    const e = extract("Hospital takes systems offline after cyberattack", `${STORY} ${sentence}`);
    expect(e.attacker_groups).toEqual([]);
    expect(e.victim_orgs).toEqual(["Corrow Valley Hospital"]);
  });

  it.each([
    [
      "this attack dated by a month inside the clause",
      "The hospital said the attack it suffered last March was claimed by the Akira gang.",
    ],
    ["this attack told after a colon", "The hospital gave an update: the Akira gang has claimed the attack."],
  ])("%s keeps its facts", (_label, sentence) => {
    const e = extract("Hospital takes systems offline after cyberattack", `${STORY} ${sentence}`);
    expect(e.attacker_groups).toEqual(["Akira"]);
  });
});

// Words telling another incident than this one, read over the opening of a sentence up to a cue (impact.ts
// aboutAnotherIncident), where the opening may end inside a word of the sentence.
import { describe, expect, it } from "vitest";
import { aboutAnotherIncident } from "../../src/extract/impact";
import { buildDocument, splitSentences } from "../../src/extract/text";

function opening(sentence: string, end: number): boolean {
  const s = splitSentences(buildDocument("Headline", sentence)).find((x) => !x.inTitle)!;
  return aboutAnotherIncident(s.text.slice(0, end), s);
}

describe("another incident told before a cue", () => {
  it.each<[string, number, boolean]>([
    ["In a previous breach the clinic diverted ambulances to Eastbrook.", 40, true],
    ["A separate incident at the lab in March took its phones offline.", 30, true],
    ["Two years ago the hospital lost its scheduling system for a week.", 20, true],
    ["After a 2019 attack the practice went back to paper records.", 40, true],
    ["After a 2019 attack the practice went back to paper records.", 16, false],
    ["The fine after a 2019 attack sent the practice back to paper records.", 50, false],
    ["An attack on the same clinic took its phones offline for a day.", 40, true],
    // The opening ends inside a word: the pattern reads the piece before the cut as a word of its own.
    ["An attack on the sameday clinic took its phones offline for a day.", 21, true],
    ["Three years agone, they say, the clinic went back to paper.", 15, true],
    ["After a 2019 attacker's visit the practice went back to paper.", 19, true],
    ["The hospital diverted ambulances after the attack on Monday.", 50, false],
  ])("%j up to %i: %s", (sentence, end, another) => {
    expect(opening(sentence, end)).toBe(another);
  });
});

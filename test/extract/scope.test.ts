import { describe, expect, it } from "vitest";
import { isHypothetical, isNegated } from "../../src/extract/scope";

const at = (text: string, cue: string) => text.indexOf(cue);

describe("isNegated", () => {
  it.each([
    ["Systems are not offline.", "offline", true],
    ["Care has not been disrupted.", "disrupted", true],
    ["Patients weren't affected.", "affected", true],
    ["The trust refused to cancel operations.", "cancel", true],
    ["The clinic declined to postpone surgery.", "postpone", true],
    ["The portal is no longer offline.", "offline", true],
    ["No data was stolen; systems went offline.", "offline", false],
    ["Nothing was taken, but systems went offline.", "offline", false],
    ["Systems went offline.", "offline", false],
  ])("%s (%s)", (text, cue, negated) => {
    expect(isNegated(text, at(text, cue))).toBe(negated);
  });

  it.each([
    ["The data was not encrypted, which forced staff offline.", "offline"],
    ["The clinic was not named - its systems went offline.", "offline"],
    ["Patients were not harmed, whereas the systems went offline.", "offline"],
  ])("stops at a clause boundary however wide the window: %s", (text, cue) => {
    expect(isNegated(text, at(text, cue), 10)).toBe(false);
  });
});

describe("isHypothetical", () => {
  it.each([
    ["Operations may be postponed.", "postponed", true],
    ["The gang threatened to publish the files.", "publish", true],
    ["If systems stay down, surgery will be cancelled.", "cancelled", true],
    ["It was unclear whether data was leaked.", "leaked", true],
    ["Operations were postponed.", "postponed", false],
    ["Staff could not log in; operations were postponed.", "postponed", false],
  ])("%s (%s)", (text, cue, hypothetical) => {
    expect(isHypothetical(text, at(text, cue))).toBe(hypothetical);
  });
});

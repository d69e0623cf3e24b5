import { afterEach, describe, expect, it } from "vitest";
import { openEveryGate } from "../../src/extract/cue-gate";
import { matchesAt, wordOpenings } from "../../src/extract/openings";

describe("where a pattern opening on given words can open", () => {
  const openings = wordOpenings("the said demand*");
  afterEach(() => openEveryGate(false));
  it.each([
    ["The hospital said it", [0, 13]],
    ["Theatre lists; other said-so", [21]],
    ["demands, demanded and demand_s but not redemand", [0, 9, 22]],
    ["THE SAID", [0, 4]],
    ["the_said 9the", []],
    ["Nothing here.", []],
    ["the \u017fame", null],
    ["4 \u212aB said", null],
  ])("%j", (text, expected) => {
    expect(openings(text)).toEqual(expected);
  });
  it('opens on any word beginning with a digit with "#"', () => {
    expect(wordOpenings("days #")("Given 14 days, 3rd and x4")).toEqual([6, 9, 15]);
  });
  it("reads the text whole when every gate is open", () => {
    openEveryGate(true);
    expect(openings("the hospital said")).toBeNull();
  });
  it("refuses a word that is not lower-case letters", () => {
    expect(() => wordOpenings("The")).toThrow();
  });
});

describe("matches tried only where they can open", () => {
  const SAID = /\b(?:the ([\p{L}\-]+(?: [\p{L}\-]+)?) (?:said|says)|(?:said|says) the ([\p{L}\-]+))\b/giu;
  const openings = wordOpenings("the said says");
  const globalScan = (text: string) => [...text.matchAll(SAID)].map((m) => [m.index, m[0]]);
  it.each([
    "The hospital said it was hit, the trust says, and said the clinic.",
    "Said the spokesperson: the the said nothing.",
    "the health board said the trust said",
    "No statement was made.",
    "The \u017fame clinic said so, the clinic said.",
  ])("%s", (text) => {
    expect(matchesAt(SAID, text, openings(text)).map((m) => [m.index, m[0]])).toEqual(globalScan(text));
  });
  it.each([[1], [2]])("stops after %i matches when asked", (limit) => {
    const text = "the clinic said, the trust said, the board said";
    const all = ["the clinic said", "the trust said", "the board said"];
    expect(matchesAt(SAID, text, openings(text), limit).map((m) => m[0])).toEqual(all.slice(0, limit));
    expect(matchesAt(SAID, text, null, limit).map((m) => m[0])).toEqual(all.slice(0, limit));
  });
});

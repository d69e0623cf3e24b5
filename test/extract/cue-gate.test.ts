import { describe, expect, it } from "vitest";
import { wordGates, wordsOf } from "../../src/extract/cue-gate";
import type { Sentence } from "../../src/extract/text";

const sentence = (text: string): Sentence => ({ index: 0, start: 0, end: text.length, text, paragraph: 0, inTitle: false, background: false, generic: false, boilerplate: false });

describe("cue gates", () => {
  it.each([
    ["Files were Encrypted; data-leak site", ["files", "were", "encrypted", "data", "leak", "site"]],
    ["Staff couldn't use the Hôpital's EPR", ["staff", "couldn", "t", "use", "the", "h", "pital", "s", "epr"]],
    ["", []],
  ])("splits %j into the words a non-Unicode \\b separates", (text, words) => {
    expect(wordsOf(sentence(text))).toEqual(words);
  });

  const gates = wordGates({ cancel: "cancel* postpon*", leak: "leak* published", none: "" });
  it.each([
    ["Surgeries were cancelled.", ["cancel"]],
    ["Clinics POSTPONED visits and data was published.", ["cancel", "leak"]],
    ["The gang runs a data-leak site.", ["leak"]],
    ["Republished advice", []],
    ["Nothing happened.", []],
  ])("opens the gates whose words %j holds", (text, open) => {
    const hits = gates.hits(sentence(text));
    expect((["cancel", "leak", "none"] as const).filter((k) => hits & gates.bit[k])).toEqual(open);
  });
});

import { describe, expect, it } from "vitest";
import { wordGates } from "../../src/extract/cue-gate";
import type { Sentence } from "../../src/extract/text";

const sentence = (text: string): Sentence => ({
  index: 0,
  start: 0,
  end: text.length,
  text,
  paragraph: 0,
  inTitle: false,
  background: false,
  generic: false,
  boilerplate: false,
});

describe("cue gates", () => {
  const gates = wordGates({ cancel: "cancel* postpon*", leak: "leak* published", hospital: "hopital pital", none: "" });
  it.each([
    ["Surgeries were cancelled.", ["cancel"]],
    ["Clinics POSTPONED visits and data was published.", ["cancel", "leak"]],
    ["The gang runs a data-leak site.", ["leak"]],
    ["Republished advice", []],
    ["Nothing happened.", []],
    ["L'Hôpital de la Ville", ["hospital"]],
    ["x", []],
  ])("opens the gates whose words %j holds (words split where a non-Unicode \\b splits them)", (text, open) => {
    const hits = gates.hits(sentence(text));
    expect((["cancel", "leak", "hospital", "none"] as const).filter((k) => hits & gates.bit[k])).toEqual(open);
  });
});

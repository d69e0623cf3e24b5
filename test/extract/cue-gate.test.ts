import { describe, expect, it } from "vitest";
import { openGates, wordGates } from "../../src/extract/cue-gate";
import { buildDocument, splitSentences } from "../../src/extract/text";
import { sentence } from "./sentence-fixture";

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

describe("gates worked out for a whole document at once", () => {
  const gates = wordGates({ cancel: "cancel* postpon*", leak: "leak* published" });
  const doc = buildDocument(
    "Clinic POSTPONES visits",
    "Surgeries were cancelled.\nData was published on a leak site. Republished advice followed.\n\nNothing else.",
  );
  it.each(splitSentences(doc).map((s) => [s.text, s] as const))("%j opens what its own text opens", (_, s) => {
    const alone = gates.hits({ ...s, gates: undefined });
    openGates([s], doc);
    expect(gates.hits(s)).toBe(alone);
  });
});

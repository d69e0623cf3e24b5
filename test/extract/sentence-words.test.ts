import { afterEach, describe, expect, it } from "vitest";
import { openEveryGate, openGates, wordGates } from "../../src/extract/cue-gate";
import { openingWords } from "../../src/extract/opening-words";
import { buildDocument, splitSentences } from "../../src/extract/text";
import { sentence } from "./sentence-fixture";

// A sentence's words are runs of ASCII letters, digits and "_" (what a non-Unicode `\b` separates): apostrophes, curly
// quotes, hyphens and every character past ASCII end a word.
const table = openingWords({ the: "the", said: "said", hosp: "hospit*", num: "#", t: "t", op: "op" });
const { the, said, hosp, num, t, op } = table.bit;
const CASES: [string, string, number[] | null][] = [
  ["empty text", "", []],
  ["no listed word", "Nothing here.", []],
  ["apostrophe", "The hospital's staff said", [0, the, 4, hosp, 21, said]],
  ["curly apostrophe", "the hospital\u2019s don\u2019t", [0, the, 4, hosp, 19, t]],
  ["curly quotes", "\u201cthe\u201d said", [1, the, 6, said]],
  ["hyphen", "co-op said-so", [3, op, 6, said]],
  ["digits", "3rd hospital, 40 beds, x4", [0, num, 4, hosp, 14, num]],
  ["a listed word that is also a figure", "999 said", [0, num, 4, said]],
  ["accented letter", "H\u00f4pital the caf\u00e9the", [8, the, 16, the]],
  ["non-Latin scripts", "\u75c5\u9662 the \u0442he \u0645\u0633\u062a\u0634\u0641\u0649 said", [3, the, 18, said]],
  ["underscore joins", "the_said said_", []],
  ["upper case", "SAID THE Hospital", [0, said, 5, the, 9, hosp]],
  ["stem as a prefix and whole", "hospitality hospit hospi", [0, hosp, 12, hosp]],
  ["long s: read whole", "the \u017fame", null],
  ["Kelvin sign: read whole", "4 \u212aB said", null],
];

describe("a sentence's words", () => {
  afterEach(() => openEveryGate(false));
  it.each(CASES)("%s: %j", (_, text, expected) => {
    expect(table.find(text)).toEqual(expected);
    expect(table.findIn(sentence(text))).toEqual(expected);
  });

  const gates = wordGates({ the: "the", hosp: "hospit*", said: "said" });
  // A text read whole for its openings still opens the gates of the words it holds.
  const WORDS_OF_WHOLE: Record<string, number[]> = { "the \u017fame": [0, the], "4 \u212aB said": [4, said] };
  it.each(CASES)("%s: the gates open on the same words (%j)", (_, text, expected) => {
    const hits = gates.hits(sentence(text));
    const found = expected ?? WORDS_OF_WHOLE[text]!;
    const holds = (bit: number) => found.some((b, k) => k % 2 === 1 && b & bit);
    expect(!!(hits & gates.bit.the)).toBe(holds(the));
    expect(!!(hits & gates.bit.hosp)).toBe(holds(hosp));
    expect(!!(hits & gates.bit.said)).toBe(holds(said));
  });

  it("reads each sentence of a document from the document's words as from its own text", () => {
    const doc = buildDocument("The hospital\u2019s outage", CASES.map(([, text]) => `${text}.`).join("\n"));
    const sentences = splitSentences(doc);
    openGates(sentences, doc);
    for (const s of sentences) expect(table.findIn(s)).toEqual(table.find(s.text));
  });

  it("reads every text whole when every gate is open", () => {
    openEveryGate(true);
    expect(table.findIn(sentence("the hospital said"))).toBeNull();
  });
});

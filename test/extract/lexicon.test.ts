import { describe, expect, it } from "vitest";
import { compileLexicon, readWords, wordStarts } from "../../src/extract/lexicon";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Case-sensitive literals, as the place lexicons are built.
const PLACES = ["New York", "New", "York", "D.C.", "Kent", "Québec", "Île-de-France", "Niger", "N.Y.", "8-K"].sort(
  (a, b) => b.length - a.length,
);
const places = compileLexicon(PLACES, {
  source: escape,
  literal: (k) => k,
  key: (k) => k.slice(0, 2),
  ignoreCase: false,
  notAfter: ".-",
  notBefore: "(?![\\p{L}\\p{N}]|\\.[\\p{L}])",
});

// Case-insensitive names with skeletons, as the gazetteer is built: separators may come and go between parts.
const NAMES = ["LockBit 3.0", "LockBit", "Bian-Lian", "A-Team", "Lapsus$", "Play", "The Dark Overlord", "NoName057(16)", "Hellcat"];
const names = compileLexicon(NAMES, {
  source: (n) =>
    n
      .split(/[\s\-./]+/)
      .map((part) =>
        part
          .split(/(?<=[a-z])(?=[A-Z0-9])/)
          .map(escape)
          .join("[\\s\\-.]?"),
      )
      .join("[\\s\\-./]*"),
  key: (n) => n.slice(0, 2),
  ignoreCase: true,
  skeleton: (n) => n.replace(/[\s\-./]+/g, "").toLowerCase(),
});

const found = (hits: { entry: string; start: number; end: number }[]) => hits.map((h) => [h.entry, h.start, h.end]);

describe("readWords", () => {
  it.each([
    ["Two words", [0, 4]],
    ["  Québec-City, 2024!", [2, 9, 15]],
    ["", []],
    ["x", [0]],
  ])("finds the words of %j where wordStarts does", (text, starts) => {
    expect(readWords(text).starts).toEqual(starts);
    expect(wordStarts(text)).toEqual(starts);
  });

  it("hashes words alike whatever the case of their ASCII letters", () => {
    const { hashes } = readWords("York YORK york Yorks");
    expect(new Set(hashes.slice(0, 3)).size).toBe(1);
    expect(hashes[0]).not.toBe(0);
    expect(hashes[3]).not.toBe(hashes[0]);
  });

  it("gives a word past ASCII no hash", () => {
    expect(readWords("Zürich or Zurich").hashes.map((h) => h === 0)).toEqual([true, false, false]);
  });
});

describe("Lexicon.findWords", () => {
  const texts = [
    "A hospital in New York was hit.",
    "It moved from New Yorkshire to York.",
    "Offices in Washington D.C. and Québec closed; N.Y. too.",
    "The Île-de-France region and Kentucky, not Kent.",
    "an 8-K filing about Niger.Delta and D.C.-based staff",
    "LockBit3.0 and Lock Bit 3 0 and BIAN LIAN and BianLian claimed it.",
    "The ATeam, the A-Team and the A Team; Lapsus$ and lapsus.",
    "Play, played, PLAY-ransomware and a Play.",
    // A word that opens a longer name, followed by what does and does not go on with it.
    "The Dark Overlord, the dark overlord, THE-DARK.OVERLORD, the darkness and the company, then the",
    "NoName057(16) and NoName057 (16), no name; Hell cat, hellcats, Hell-Cat and hell é",
    "x",
    "",
  ];

  it.each(texts)("finds what find finds in %j", (text) => {
    const words = readWords(text);
    expect(found(places.findWords(words))).toEqual(found(places.find(text)));
    expect(found(names.findWords(words))).toEqual(found(names.find(text)));
  });

  it.each([
    // Each range as a sentence of the text would have it.
    ["Offices in Washington D.C. and Québec closed. New York too.", 0, 45],
    ["Offices in Washington D.C. and Québec closed. New York too.", 46, 59],
    // A range ending inside a place's name finds only what the range holds.
    ["We are in New York now.", 10, 13],
    ["We are in New York now.", 0, 16],
    // A range that cuts a word.
    ["Kentucky and Kent", 4, 17],
    // A tail read at the range's end: "Kent." is a place where the range ends, not before ".Delta".
    ["in Kent.Delta", 0, 8],
    ["in Kent.Delta", 0, 13],
  ])("finds in %j from %i to %i what find finds in that slice", (text, from, to) => {
    const words = readWords(text);
    expect(found(places.findWords(words, from, to))).toEqual(found(places.find(text.slice(from, to))));
    expect(found(names.findWords(words, from, to))).toEqual(found(names.find(text.slice(from, to))));
  });
});

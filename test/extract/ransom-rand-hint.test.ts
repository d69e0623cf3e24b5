// mayHoldRand is a hand search standing in for the pattern RAND opens with: it must say what the pattern says.
import { describe, expect, it } from "vitest";
import { mayHoldRand } from "../../src/extract/ransom";

const OPENING = /(?<![\p{L}\p{N}])R ?\d/u;

describe("mayHoldRand", () => {
  it.each([
    ["The gang demanded R10 million from the clinic.", true],
    ["A ransom of R 5m was asked.", true],
    ["(R250,000) was the figure named.", true],
    ["R4m opened the headline", true],
    ["Reuters reported the attack on 3 May.", false],
    ["FOR10 is a product code, as is XR5.", false],
    ["The price was 1R5 in the ledger.", false],
    ["A name like éR5 is no sum.", false],
    ["An astral letter \u{1d400}R5 before it.", false],
    ["An astral symbol \u{1f600}R5 before it.", true],
    ["R$ 40,000 in reais", false],
    ["R  5 with two spaces", false],
    ["ends with R", false],
    ["ends with R ", false],
    ["RR5 is read from the second R", false],
    ["-R7m after a dash", true],
  ])("%j", (text, expected) => {
    expect(OPENING.test(text)).toBe(expected);
    expect(mayHoldRand(text)).toBe(expected);
  });
});

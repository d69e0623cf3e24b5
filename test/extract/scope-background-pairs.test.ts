// Background phrases made of two common words ("last year", "after it hit", "known for"): a sentence holding both is
// read as background whichever of the pair's words it holds elsewhere.
import { describe, expect, it } from "vitest";
import { classifySentences } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";

function background(sentence: string): boolean {
  const sentences = splitSentences(buildDocument("Headline", sentence));
  classifySentences(sentences);
  return sentences.find((s) => !s.inTitle)!.background;
}

describe("a background phrase of two common words", () => {
  it.each([
    "The gang attacked a dialysis chain last year.",
    "Other companies hit by the gang include a dialysis chain.",
    "Weeks after it hit the dialysis chain, the gang went quiet.",
    "Before this, the gang attacked a dialysis chain.",
    "Prior to that, the gang attacked a dialysis chain.",
    "The same group also attacked a dialysis chain.",
    "The gang is known for attacks on dialysis chains.",
    "The gang also claimed an attack on a dialysis chain.",
    "Other victims include a dialysis chain.",
    "In other news, a dialysis chain said it was attacked.",
    "The gang had already attacked a dialysis chain.",
  ])("%j", (sentence) => {
    expect(background(sentence)).toBe(true);
  });

  it.each([
    "The hospital was hit by ransomware last week.",
    "The hospital said the attack was known to staff before noon.",
    "The gang claimed the attack on its leak site this year.",
  ])("but not %j, which holds one word of a pair", (sentence) => {
    expect(background(sentence)).toBe(false);
  });
});
